"""Markdown: front matter read as metadata and blanked; code, images, link targets, reference
definitions and raw HTML blanked; the words of links and headings kept.

Block structure (fences, indented code, HTML blocks) comes from markdown-it-py's source map;
inline syntax is blanked by pattern within the lines of prose blocks.
"""

from __future__ import annotations

import re
import tomllib

import yaml
from markdown_it import MarkdownIt

from flows.ingest.formats import CELL
from flows.ingest.formats.html import decode_entities, mask_html
from flows.ingest.formats.masking import Mask

_FRONT = re.compile(
    r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)^(?:\1|\.\.\.)[ \t]*\r?$", re.M | re.S
)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
# The link's words may hold an editor's bracketed insertion ("Leave [the] town now").
_LINK = re.compile(r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(([^()\n]*(?:\([^()\n]*\))?[^()\n]*)\)")
# "[80][81]" after a sentence is a run of an encyclopedia's footnote markers, not a reference
# link whose words are "80": read as a link, it left "Kismayo.80 In early June 2012" and glued
# two sentences (and their dates) into one. The normaliser drops such markers.
_REF_LINK = re.compile(r"\[(?!\d{1,3}\]\[\d{1,3}\])([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]*>")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+", re.M)
# Emphasis and code spans: the delimiters go, the words stay. "_" only at word edges, as
# CommonMark reads it (snake_case is not emphasis).
_EMPHASIS = re.compile(
    r"(\*{1,3}|~~|`+)(?=[^\s*~`])([^\n]*?[^\s*~`])\1"
    r"|(?<![\w_])(__|_)(?=[^\s_])([^\n]*?[^\s_])\3(?![\w_])"
)
# "* * *" inside a line: a thematic break (an <hr>) that a page flattened into one line of
# Markdown kept; what follows it is no continuation of the words before ("...Civilians * * *
# **Strelsau** – The ministry ...": a subtitle glued to the dateline's sentence).
_INLINE_BREAK = re.compile(r"(?<!\S)([*_])(?:[^\S\n]+\1){2,}(?!\S)")
# Site generators' template tags in Markdown sources: Hugo shortcodes ("{{< figure src=... >}}",
# "{{% notice %}}"), Liquid tags and outputs of Jekyll ("{% include x.html %}", "{{ page.title }}").
# They are no words: a shortcode line glued "{{< youtube ... >}} The ZLF attacked ..." into the
# sentence after it. Bounded, so a stray brace cannot swallow a page.
_TEMPLATE_TAG = re.compile(r"\{\{[<%].{0,2000}?[%>]\}\}|\{%.{0,2000}?%\}|\{\{.{0,500}?\}\}", re.S)
# MDX (Markdown with JSX, as Astro and Next.js sites keep their pages): a line of ES module
# code ("import Figure from '../components/Figure.astro';", "export const meta = {...}") is no
# prose. Only at a line's start and in the form of a statement, so a sentence that begins
# "Import duties ..." or "Exports fell ..." stays.
_ESM_LINE = re.compile(
    r"^(?:import\s+(?:[\w{}*,\s]+\s+from\s+)?['\"][^'\"\n]+['\"];?"
    r"|export\s+(?:const|let|var|function|default)\b[^\n]*)[ \t]*$",
    re.M,
)
_INLINE_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*\b[^<>\n]*>")
_MD = MarkdownIt("commonmark").enable("table")
# A table's cell separators (an escaped "\|" is text) and its delimiter row ("---|:--:|").
_PIPE = re.compile(r"(?<!\\)\|")
_DELIMITER_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_META_KEYS = {
    "title": "title",
    "post_title": "title",
    "headline": "title",
    "date": "published",
    "published": "published",
    "post_date": "published",
    "author": "authors",
    "authors": "authors",
    "publisher": "publisher",
    "source": "publisher",
    "source_url": "source_url",
    "original_url": "source_url",
    "link": "source_url",
    "url": "source_url",
}


_URL_LINK = re.compile(r"\]\((?:https?://|www\.|/|\.\.?/)[^)\s]*\)")


def looks_like_markdown(text: str) -> bool:
    """Front matter, or links whose targets are addresses: "[words](https://…)"."""
    return bool(_FRONT.match(text)) or len(_URL_LINK.findall(text[:20000])) >= 3


def front_matter_metadata(block: str, fence: str = "---") -> dict:
    """The metadata fields of a YAML (---) or TOML (+++) front matter block."""
    try:
        data = tomllib.loads(block) if fence == "+++" else yaml.safe_load(block)
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    found: dict = {}
    for key, value in data.items():
        field = _META_KEYS.get(str(key).lower())
        if not field or field in found or value in (None, ""):
            continue
        if field == "authors":
            found[field] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
        elif not isinstance(value, dict | list):
            found[field] = str(value)
    return found


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for m in re.finditer("\n", text):
        starts.append(m.end())
    return starts


def _mark_cells(text: str, mask: Mask, start: int, end: int) -> None:
    """A table's delimiter row blanked, and CELL at each of its rows' "|", so that every cell
    is read on its own (flows/normalise/lines.py): "| Zenda | car bomb | The ZLF bombed ..."
    glued the cells into one sentence, and an event's date came from the row above."""
    for row in re.finditer(r"[^\n]+", text[start:end]):
        a, b = start + row.start(), start + row.end()
        if _DELIMITER_ROW.match(text, a, b):
            mask.blank(a, b)
            continue
        for pipe in _PIPE.finditer(text, a, b):
            mask.put(pipe.start(), pipe.end(), CELL)


def mask_markdown(text: str, mask: Mask) -> dict:
    """Blank Markdown syntax in `mask`; returns the front matter's metadata."""
    metadata: dict = {}
    body_start = 0
    front = _FRONT.match(text)
    if front:
        metadata = front_matter_metadata(front.group(2), front.group(1))
        mask.blank(0, front.end())
        body_start = front.end()
    starts = _line_starts(text)
    line0 = text.count("\n", 0, body_start)  # markdown-it numbers the body's lines from 0
    for token in _MD.parse(text[body_start:]):
        if token.map is None or token.type not in (
            "fence",
            "code_block",
            "html_block",
            "table_open",
        ):
            continue
        first_line = line0 + token.map[0]
        last_line = line0 + token.map[1]
        start = starts[first_line]
        end = starts[last_line] if last_line < len(starts) else len(text)
        if token.type == "table_open":
            _mark_cells(text, mask, start, end)
        elif token.type == "html_block":
            mask_html(text, mask, start, end)
        else:
            mask.blank(start, end)
    for pattern in (_IMAGE, _REF_DEF, _AUTOLINK):
        for m in pattern.finditer(text, body_start):
            mask.blank(m.start(), m.end())
    for m in _LINK.finditer(text, body_start):
        mask.fill(m.start(), m.start() + 1)
        mask.fill(m.end(1), m.end())
    for m in _REF_LINK.finditer(text, body_start):
        mask.fill(m.start(), m.start() + 1)
        mask.fill(m.end(1), m.end())
    # emphasis never spans a break: "*Subtitle* * * * **Strelsau** –"
    unbroken = _INLINE_BREAK.sub(lambda m: "\n" * len(m.group()), text)
    for m in _EMPHASIS.finditer(unbroken, body_start):
        opened = 1 if m.group(1) else 3
        mask.fill(m.start(opened), m.end(opened))
        mask.fill(m.end(opened + 1), m.end())
    # a heading never continues the line before it, nor runs into the next; nor does a
    # template tag or a flattened break
    for pattern in (_HEADING, _TEMPLATE_TAG, _INLINE_BREAK):
        for m in pattern.finditer(text, body_start):
            mask.blank(m.start(), m.end())
            mask.put(m.end() - 1, m.end(), CELL)
    for m in _ESM_LINE.finditer(text, body_start):
        mask.blank(m.start(), m.end())
    for m in _INLINE_HTML.finditer(text, body_start):
        mask_html(text, mask, m.start(), m.end())
    decode_entities(text, mask, body_start)
    return metadata
