"""PDFs the tests write themselves with fpdf2: a report page layout with a running header,
page numbers in the footer, two columns, a word hyphenated across lines and a footnote."""

from __future__ import annotations

from datetime import UTC, datetime

from fpdf import FPDF

HEADER = "Sahel Security Review | March 2015"


class ReportPdf(FPDF):
    """Every page carries the running header and its number in the footer."""

    def header(self) -> None:
        self.set_font("helvetica", size=8)
        self.cell(0, 6, HEADER, align="C")
        self.ln(10)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("helvetica", size=8)
        self.cell(0, 6, str(self.page_no()), align="C")


def _info(pdf: FPDF, title: str | None, author: str | None, created: datetime | None) -> None:
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_creation_date(created or datetime(2000, 1, 1, tzinfo=UTC))


def report_pdf(
    pages: list[list[str]],
    title: str | None = None,
    author: str | None = None,
    created: datetime | None = None,
    footnote: str | None = None,
) -> bytes:
    """Pages of one or two columns (a list of column texts each; "\\n" breaks a line where
    it stands), the footnote at the foot of the first page. Latin-1 text only (core fonts)."""
    pdf = ReportPdf()
    _info(pdf, title, author, created)
    for number, columns in enumerate(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=11)
        top, width = pdf.get_y(), 190 / len(columns)
        for i, column in enumerate(columns):
            pdf.set_xy(10 + i * width, top)
            pdf.multi_cell(width - 6, 5, column)
        if footnote and number == 0:
            pdf.set_font("helvetica", size=8)
            pdf.set_xy(10, 265)
            pdf.cell(0, 5, footnote)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    """A page with a drawing and no text: what a scanner makes, without OCR."""
    pdf = FPDF()
    _info(pdf, None, None, None)
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


def encrypted_pdf(text: str) -> bytes:
    """A PDF that needs a user password to open."""
    pdf = FPDF()
    _info(pdf, None, None, None)
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 5, text)
    return bytes(pdf.output())
