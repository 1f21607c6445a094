"""HTML: tags dropped, scripts, styles, navigation and page furniture blanked, entities decoded
in place, block elements made into paragraph breaks; title, date and author from the page's
<meta> and <title>."""

from __future__ import annotations

import html
import re

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
)
_DROPPED_RE = re.compile(
    r"<(" + "|".join(_DROPPED) + r")\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<![^>]*>|<\?.*?\?>", re.DOTALL)
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
}
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z:_-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
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


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return "<html" in head or "<!doctype html" in head or len(_TAG.findall(head)) >= 8


def mask_html(text: str, mask: Mask, start: int = 0, end: int | None = None) -> None:
    """Blank the markup of text[start:end] in `mask`."""
    end = len(text) if end is None else end
    for pattern in (_COMMENT, _DROPPED_RE):
        for m in pattern.finditer(text, start, end):
            if mask.untouched(m.start()):  # not inside a comment or element dropped already
                mask.blank(m.start(), m.end())
    for m in _TAG.finditer(text, start, end):
        if not mask.untouched(m.start()):
            continue
        if m.group(1).lower() in _BLOCKS:
            mask.blank(m.start(), m.end(), keep_newlines=True)
            mask.put(m.start(), min(m.end(), m.start() + 2), "\n\n")
        else:
            mask.fill(m.start(), m.end())
    decode_entities(text, mask, start, end)


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
    title = _TITLE.search(text[:200_000])
    if title and "title" not in found:
        words = " ".join(html.unescape(_TAG.sub(" ", title.group(1))).split())
        if words:
            found["title"] = words
    return found
