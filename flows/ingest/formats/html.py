"""HTML: tags dropped, scripts, styles, navigation and page furniture blanked, entities decoded
in place, block elements made into paragraph breaks; title, date and author from the page's
<meta> and <title>."""

from __future__ import annotations

import html
import re

from flows.ingest.formats import CELL
from flows.ingest.formats.masking import Mask

# Elements whose whole content is not the article.
_DROPPED = (
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    # a feed's furniture: what made it, its language, rights and ids
    "generator",
    "language",
    "copyright",
    "ttl",
    "guid",
    # a news agency's SGML story (LDC newswire, ACE, TDT): its ids and date are metadata
    "docid",
    "docno",
    "doctype",
    "datetime",
    "date_time",
)
_DROPPED_RE = re.compile(
    r"<(" + "|".join(_DROPPED) + r")\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?-->|<![^>\[]*>|<\?.*?\?>", re.DOTALL)
# A feed's CDATA section is text (an item's title, its description, its article as HTML):
# blanked whole, an RSS feed lost every title and the whole of many descriptions. Its
# delimiters go and what it holds is read as the rest of the page is.
_CDATA = re.compile(r"(<!\[CDATA\[)(.*?)(\]\]>)", re.DOTALL)
# A feed's description is HTML written with entities ("&lt;p&gt;Zenda ...&lt;/p&gt;"):
# decoded, its tags were read as words ("... in Zenda.<img src=...").
_ESCAPED_TAG = re.compile(r"&lt;(/?[A-Za-z][A-Za-z0-9:-]*)\b(?:[^&<>]|&(?!gt;))*?&gt;")
_FEED = re.compile(r"<(?:rss|feed|rdf:RDF)\b")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "blockquote",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "main",
    "body",
    "html",
    "head",
    "title",
    "hr",
    "pre",
    "caption",
    "center",
    "font",
    # RSS and Atom: one item or entry, its title, its description or content
    "item",
    "entry",
    "description",
    "summary",
    "content",
    "content:encoded",
    # a news agency's SGML story
    "doc",
    "headline",
    "dateline",
    "text",
}
# A table cell or list item is a unit of its own: a cell without a full stop ("Strelsau,
# Ruritania", an article's title) was joined to the next as a sentence broken across lines,
# and "Zenda bombing A car bomb exploded ..." lost its bombing (flows/normalise/lines.py).
# A heading, and a feed's item title, is one too ("Zenda market bombed" ran into the item's
# description).
_CELLS = {"td", "th", "li", "dt", "dd", "caption", "title", "headline"}
_CELLS |= {"h1", "h2", "h3", "h4", "h5", "h6"}
_CELLS |= {"item", "entry", "description", "summary", "content", "content:encoded"}
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_TITLE = re.compile(r"<(title|headline)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
# A news agency's SGML story dates itself in an element ("<DATETIME> 20200303 </DATETIME>"):
# unread, "Monday's raid on Zenda" had no day to count back from.
_SGML_DATE = re.compile(
    r"<(date_?time|date)\b[^>]*>\s*((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)\b", re.IGNORECASE
)
_META_FIELDS = {
    "og:title": "title",
    "twitter:title": "title",
    "dc.title": "title",
    "author": "authors",
    "article:author": "authors",
    "dc.creator": "authors",
    "article:published_time": "published",
    "date": "published",
    "dc.date": "published",
    "pubdate": "published",
    "og:site_name": "publisher",
    "dc.publisher": "publisher",
}


# An XML document, a feed or a news agency's story opens with its markup, however few tags
# it holds ("<DOC><DOCNO> ... <TEXT> ...").
_MARKUP_START = re.compile(r"\A\ufeff?\s*<(?:\?xml|rss|feed|doc)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    if _MARKUP_START.match(head):
        return True
    return "<html" in head or "<!doctype html" in head or len(_TAG.findall(head)) >= 8


def mask_html(text: str, mask: Mask, start: int = 0, end: int | None = None) -> None:
    """Blank the markup of text[start:end] in `mask`."""
    end = len(text) if end is None else end
    for m in _CDATA.finditer(text, start, end):
        mask.fill(m.start(1), m.end(1))
        mask.fill(m.start(3), m.end(3))
    for pattern in (_COMMENT, _DROPPED_RE):
        for m in pattern.finditer(text, start, end):
            if mask.untouched(m.start()):  # not inside a comment or element dropped already
                mask.blank(m.start(), m.end())
    for m in _TAG.finditer(text, start, end):
        if not mask.untouched(m.start()):
            continue
        name = m.group(1).lower()
        if name in _BLOCKS:
            opens_cell = name in _CELLS and not m.group().startswith("</")
            mark = "\n\n" + CELL if opens_cell else "\n\n"
            mask.blank(m.start(), m.end(), keep_newlines=True)
            mask.put(m.start(), min(m.end(), m.start() + len(mark)), mark)
        else:
            mask.fill(m.start(), m.end())
    if _FEED.search(text, start, min(end, start + 4000)):
        _mask_escaped_tags(text, mask, start, end)
    decode_entities(text, mask, start, end)


def _mask_escaped_tags(text: str, mask: Mask, start: int, end: int) -> None:
    """A feed's entity-escaped tags blanked as tags are: a paragraph break for a block."""
    for m in _ESCAPED_TAG.finditer(text, start, end):
        if not mask.untouched(m.start()):
            continue
        if m.group(1).lstrip("/").lower() in _BLOCKS:
            mask.blank(m.start(), m.end(), keep_newlines=True)
            mask.put(m.start(), min(m.end(), m.start() + 2), "\n\n")
        else:
            mask.fill(m.start(), m.end())


def decode_entities(text: str, mask: Mask, start: int = 0, end: int | None = None) -> None:
    """Each character entity of text[start:end] written as its character, in place."""
    for m in _ENTITY.finditer(text, start, len(text) if end is None else end):
        if not mask.untouched(m.start()):
            continue
        decoded = html.unescape(m.group())
        if decoded != m.group():
            mask.put(m.start(), m.end(), decoded.replace("\xa0", " "))


def html_metadata(text: str) -> dict:
    """Title, publisher, authors and publication date the page states about itself."""
    found: dict = {}
    for tag in _META.finditer(text[:200_000]):
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag.group())}
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        field = _META_FIELDS.get(name)
        value = html.unescape(attrs.get("content", "")).strip()
        if field and value and field not in found:
            found[field] = [value] if field == "authors" else value
    stamp = _SGML_DATE.search(text[:200_000])
    if stamp and "published" not in found:
        found["published"] = "-".join(stamp.group(2, 3, 4))
    title = _TITLE.search(text[:200_000])
    if title and "title" not in found:
        inner = _CDATA.sub(r"\2", title.group(2))
        words = " ".join(html.unescape(_TAG.sub(" ", inner)).split())
        if words:
            found["title"] = words
    return found
