"""One article as it arrives in four formats (plain text, Markdown with front matter, a saved
web page, a PDF report page) gives the same events, and every quote points at its own file."""

import html
import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from flows.pipeline import build_dataset
from schemas.views import connect_release
from tests.pdfs import HEADER, report_pdf

TITLE = "Boko Haram strikes Diffa"
PARAGRAPHS = [
    "Gunmen from Boko Haram attacked a police station in Diffa, Niger, on 12 March 2015, "
    "killing four officers, officials said.",
    "On 14 March 2015, soldiers arrested twelve suspects in Diffa.",
    "Al-Shabaab fighters kidnapped two aid workers near Mandera, Kenya, on 3 April 2015.",
]
TEXT = TITLE + "\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
MARKDOWN = (
    "---\n"
    f"title: {TITLE}\n"
    "date: 2015-04-05\n"
    "author: Jane Roe\n"
    "---\n\n"
    f"# {TITLE}\n\n"
    + PARAGRAPHS[0].replace("Boko Haram", "[Boko Haram](https://en.wikipedia.org/wiki/Boko_Haram)")
    + "\n\n![Diffa market](https://example.org/diffa.jpg)\n\n"
    + PARAGRAPHS[1].replace("soldiers", "**soldiers**")
    + "\n\n```\nattack killed 99 in Paris on 1 May 2016\n```\n\n"
    + PARAGRAPHS[2]
    + "\n"
)
PAGE = (
    "<!DOCTYPE html><html><head><title>" + TITLE + " | Example News</title>"
    '<meta name="author" content="Jane Roe">'
    '<meta property="article:published_time" content="2015-04-05T08:00:00Z">'
    "<script>var story = 'a bombing killed 40 in Paris on 2 May 2016';</script></head><body>"
    '<nav><a href="/">Home</a> | <a href="/world">World</a> | Attacks in Paris</nav>'
    "<article><h1>"
    + TITLE
    + "</h1>\n"
    + "\n".join(
        "<p>" + p.replace("Boko Haram", '<a href="/t/bh">Boko Haram</a>') + "</p>"
        for p in PARAGRAPHS
    )
    + "\n</article><footer>&copy; 2015 Example News. Gunmen, attacks and more.</footer>"
    "</body></html>\n"
)


@pytest.fixture(scope="module")
def four_formats(tmp_path_factory):
    base = tmp_path_factory.mktemp("formats")
    raw = base / "raw"
    raw.mkdir()
    (raw / "article.txt").write_text(TEXT, encoding="utf-8")
    (raw / "article.md").write_text(MARKDOWN, encoding="utf-8")
    (raw / "article.html").write_text(PAGE, encoding="utf-8")
    pdf = report_pdf(
        [[TITLE + "\n\n" + PARAGRAPHS[0], PARAGRAPHS[1]], [PARAGRAPHS[2]]],
        title=TITLE,
        author="Jane Roe",
        created=datetime(2015, 4, 5, tzinfo=UTC),
    )
    (raw / "article.pdf").write_bytes(pdf)
    out = base / "outputs"
    build_dataset(raw_dir=str(raw), out_dir=str(out))
    return raw, connect_release(out)


def events_by_document(con) -> dict:
    rows = con.execute(
        """
        SELECT m.doc_id, e.event_type, e.date_start, e.perpetrators
        FROM event_mentions m JOIN events_readable e USING (event_id)
        """
    ).fetchall()
    found: dict = {}
    for doc_id, *event in rows:
        found.setdefault(doc_id, set()).add(tuple(event))
    return found


def test_the_same_article_in_four_formats_gives_the_same_events(four_formats):
    raw, con = four_formats
    found = events_by_document(con)
    assert set(found) == {"article.txt", "article.md", "article.html", "article.pdf"}
    plain = found["article.txt"]
    assert {t for t, _, _ in plain} >= {"attack", "capture_arrest", "kidnapping"}
    for doc_id in ("article.md", "article.html", "article.pdf"):
        assert found[doc_id] == plain, doc_id
    dates = {str(d) for _, d, _ in plain}
    assert {"2015-03-12", "2015-03-14", "2015-04-03"} <= dates  # nothing from code or script


def _words_in_order(quote: str, span: str) -> bool:
    pos = 0
    for word in quote.split():
        pos = span.find(word, pos)
        if pos < 0:
            return False
        pos += len(word)
    return True


def test_every_quote_points_at_its_words_in_its_own_file(four_formats):
    raw, con = four_formats
    layer = "\f".join(
        p.extract_text() for p in PdfReader(io.BytesIO((raw / "article.pdf").read_bytes())).pages
    )
    texts = {
        "article.txt": TEXT,
        "article.md": (raw / "article.md").read_text(encoding="utf-8"),
        "article.html": (raw / "article.html").read_text(encoding="utf-8"),
        "article.pdf": layer,
    }
    rows = con.execute(
        "SELECT doc_id, char_start, char_end, page, quote FROM event_mentions "
        "UNION ALL SELECT doc_id, char_start, char_end, page, quote FROM relations"
    ).fetchall()
    assert {r[0] for r in rows} == set(texts)
    for doc_id, start, end, page, quote in rows:
        span = texts[doc_id][start:end]
        if doc_id == "article.txt":
            assert span == quote
        else:
            assert _words_in_order(quote, html.unescape(span)), (doc_id, span, quote)
        if doc_id == "article.pdf":
            assert page == layer.count("\f", 0, start) + 1
            assert HEADER not in quote
        else:
            assert page is None
        assert not re.search(r"[<>\[\]*`]|https?:", quote)  # markup is never evidence


def test_metadata_in_the_file_fills_the_documents_table(four_formats):
    raw, con = four_formats
    rows = con.execute(
        "SELECT doc_id, format, title, authors, published, metadata_fields, n_pages "
        "FROM documents ORDER BY doc_id"
    ).fetchall()
    by_id = {r[0]: r[1:] for r in rows}
    assert by_id["article.txt"][:2] == ("plain", TITLE)
    for doc_id, fmt, pages in (
        ("article.md", "markdown", None),
        ("article.html", "html", None),
        ("article.pdf", "pdf", 2),
    ):
        got = by_id[doc_id]
        assert got[0] == fmt and got[1].startswith(TITLE) and got[2] == ["Jane Roe"]
        assert (
            str(got[3]) == "2015-04-05"
            and got[4] == "authors=file; published=file; title=file"
            and got[5] == pages
        )
