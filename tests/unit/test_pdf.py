"""PDF: the text layer is the document's text; page furniture is not prose; a PDF that yields
no text says why."""

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.ingest.folder import ingest, prose_text
from flows.ingest.formats import quote_from_view
from flows.ingest.formats.pdf import PAGE_BREAK, page_at
from flows.normalise import load_boilerplate_rules, normalise
from tests.pdfs import HEADER, encrypted_pdf, image_only_pdf, report_pdf

RULES = load_boilerplate_rules(Path(__file__).parents[2] / "dictionaries" / "boilerplate.yaml")
LEFT = (
    "On 12 March 2015, gunmen from Boko Haram attacked a police station in Diffa, Niger, "
    "killing four officers. The attack was the third in the region that month."
)
RIGHT = (
    "Officials said the militants arrived at dawn. A spokes-\nman for the ministry condemned it.1"
)
SECOND = "Two days later, soldiers arrested twelve suspects in Diffa."


def read(tmp_path, data: bytes, name: str = "report.pdf"):
    (tmp_path / name).write_bytes(data)
    return ingest(tmp_path)[0]


def test_a_two_column_report_reads_as_its_prose_with_pages(tmp_path):
    data = report_pdf(
        [[LEFT, RIGHT], [SECOND]],
        title="Attack in Diffa",
        author="Jane Roe; John Doe",
        created=datetime(2015, 3, 14, tzinfo=UTC),
        footnote="1 Reuters, 13 March 2015.",
    )
    doc = read(tmp_path, data)
    assert (doc.status, doc.format, len(doc.page_starts)) == ("ok", "pdf", 2)
    assert doc.text.count(PAGE_BREAK) == 1 and doc.encoding is None
    assert (doc.title, doc.authors, str(doc.published)) == (
        "Attack in Diffa",
        ("Jane Roe", "John Doe"),
        "2015-03-14",
    )
    norm = normalise(prose_text(doc), RULES)
    assert HEADER not in norm.text  # the running header of both pages
    assert "spokesman for the ministry" in norm.text  # hyphenation rejoined
    assert not any(p == "1" or p == "2" for p in norm.text.split("\n"))  # page numbers
    assert "Reuters" not in norm.text and "condemned it." in norm.text  # the footnote
    assert "it.1" not in norm.text
    start = norm.text.index("Two days later")
    raw_start, raw_end = norm.raw_span(start, start + len(SECOND))
    assert doc.text[raw_start:raw_end] == SECOND and page_at(doc.page_starts, raw_start) == 2
    assert page_at(doc.page_starts, doc.text.index("gunmen from")) == 1


def test_the_quote_of_a_span_across_lines_is_its_words(tmp_path):
    doc = read(tmp_path, report_pdf([[LEFT]]))
    start, end = doc.text.index("gunmen"), doc.text.index("officers.") + len("officers.")
    assert (
        quote_from_view(doc.view, start, end)
        == LEFT[LEFT.index("gunmen") : LEFT.index("officers.") + len("officers.")]
    )


def test_a_pdf_without_text_is_no_text_layer_and_says_what_to_do(tmp_path):
    doc = read(tmp_path, image_only_pdf())
    assert doc.status == "no_text_layer" and "OCR" in doc.error and doc.text is None


def test_encrypted_and_corrupt_pdfs_are_unreadable_with_the_reason(tmp_path):
    (tmp_path / "locked.pdf").write_bytes(encrypted_pdf(LEFT))
    (tmp_path / "broken.pdf").write_bytes(report_pdf([[LEFT]])[:300])
    (tmp_path / "good.txt").write_text(LEFT, encoding="utf-8")
    docs = {d.doc_id: d for d in ingest(tmp_path)}
    assert docs["locked"].status == "unreadable" and "password" in docs["locked"].error
    assert docs["broken"].status == "unreadable" and "not a readable PDF" in docs["broken"].error
    assert docs["good"].status == "ok"


def test_a_pdf_saved_as_txt_is_read_as_a_pdf(tmp_path):
    doc = read(tmp_path, report_pdf([[LEFT]]), name="scraped.txt")
    assert doc.format == "pdf" and "gunmen from Boko Haram" in doc.text


@settings(max_examples=20, deadline=None)
@given(st.lists(st.text(alphabet="abc de.\n-1", min_size=1, max_size=60), min_size=1, max_size=3))
def test_any_pdf_text_maps_every_offset_to_its_page(tmp_path_factory, pages):
    doc = read(tmp_path_factory.mktemp("p"), report_pdf([[p] for p in pages]))
    if doc.status != "ok":
        assert doc.status == "no_text_layer"
        return
    assert len(doc.view) == len(doc.text) and len(doc.page_starts) == len(pages)
    for number, start in enumerate(doc.page_starts, start=1):
        assert page_at(doc.page_starts, start) == number
        assert start == 0 or doc.text[start - 1] == PAGE_BREAK
