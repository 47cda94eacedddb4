"""PDFs with a text layer: paragraphs by the layout, running lines left out, clear refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from external_tools import require_tool
from factories import scanned_pdf
from readmark.core.importing import ScanError, UnreadableFileError, read_article
from readmark.core.pdf_import import _Line, _paragraphs

PDFS = Path(__file__).parent / "pdf"
REPEATED = (
    "The harbour trust has argued for years that the river wall cannot hold another winter, "
    "and its engineers have written to the council eleven times since the storms of 2019. "
) * 3


def test_a_two_page_report_comes_in_as_written_without_its_header_footer_or_page_numbers() -> None:
    # report.pdf: report.fodt beside it, written by LibreOffice 7.4 (soffice --headless
    # --convert-to pdf): a title, two headings, eight paragraphs of 11 pt text, a running header
    # and "Page N" footers, and a paragraph that runs over the page break.
    article = read_article(PDFS / "report.pdf")
    paragraphs = [("paragraph", f"Paragraph {n}. {REPEATED}".strip()) for n in range(1, 9)]
    assert [(b.kind, article.text[b.start : b.end]) for b in article.blocks] == [
        ("title", "River wall inspection"),
        ("heading", "Findings of the inspection"),
        *paragraphs[:4],
        ("heading", "What the council said"),
        *paragraphs[4:],
    ]


def pdf_bytes(document: pypdfium2.PdfDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def blank_pages() -> bytes:
    document = pypdfium2.PdfDocument.new()
    document.new_page(595, 842)
    document.new_page(595, 842)
    return pdf_bytes(document)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            blank_pages(),
            "has no text in it: it is a scan or pictures of pages, which would need text "
            "recognition (OCR) first: install Tesseract to have Readmark do it",
        ),
        (
            (PDFS / "locked.pdf").read_bytes(),
            "is locked with a password",
        ),
        (b"%PDF-1.7\n% cut off", "is not a PDF it can read: it may be damaged"),
    ],
    ids=["scan", "password", "damaged"],
)
def test_a_pdf_without_readable_text_is_refused_with_the_reason(
    tmp_path: Path, data: bytes, reason: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no Tesseract to offer
    path = tmp_path / "filing.pdf"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError) as refused:
        read_article(path)
    assert str(refused.value) == f"“filing.pdf” {reason}."


def test_a_scanned_report_is_refused_then_read_by_text_recognition_as_its_text_layer_is(
    tmp_path: Path,
) -> None:
    require_tool("tesseract", "tesseract-ocr")
    scan = scanned_pdf(PDFS / "report.pdf", tmp_path / "scan.pdf")
    with pytest.raises(ScanError) as refused:
        read_article(scan)
    assert str(refused.value) == (
        "“scan.pdf” has no text in it: it is a scan or pictures of pages, which text "
        "recognition (OCR) can read."
    )
    pages: list[tuple[int, int]] = []
    recognised = read_article(scan, ocr=True, progress=lambda *page: pages.append(page) or True)
    written = read_article(PDFS / "report.pdf")
    assert pages == [(0, 2), (1, 2)]
    assert recognised.title == "River wall inspection"
    assert [(b.kind, recognised.text[b.start : b.end]) for b in recognised.blocks] == [
        (b.kind, written.text[b.start : b.end]) for b in written.blocks
    ]


def test_text_recognition_stopped_part_way_adds_nothing(tmp_path: Path) -> None:
    require_tool("tesseract", "tesseract-ocr")
    scan = scanned_pdf(PDFS / "report.pdf", tmp_path / "scan.pdf")
    with pytest.raises(UnreadableFileError) as stopped:
        read_article(scan, ocr=True, progress=lambda done, total: done == 0)
    assert str(stopped.value) == "“scan.pdf” was not imported: its text recognition was stopped."


WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéø"), min_size=1, max_size=12)


@settings(max_examples=100)
@given(
    st.lists(st.lists(WORD, min_size=1, max_size=40), min_size=1, max_size=6),
    st.integers(min_value=20, max_value=70),
    st.booleans(),
)
def test_lines_set_as_paragraphs_come_back_as_those_paragraphs(
    paragraphs: list[list[str]], width: int, hyphenate: bool
) -> None:
    """Paragraphs set in lines of 12 pt with 2 pt leading and 8 pt between paragraphs, words
    broken at line ends with a hyphen where `hyphenate`, are joined back word for word."""
    lines: list[_Line] = []
    top = 800.0
    for words in paragraphs:
        line = ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                if hyphenate and len(word) >= 4:
                    line, word = f"{line} {word[:2]}-", word[2:]
                lines.append(_Line(line, 72, top - 12, top, 0, 842))
                top -= 14
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(_Line(line, 72, top - 12, top, 0, 842))
        top -= 14 + 8
    expected = [("paragraph", " ".join(words)) for words in paragraphs]
    # Lines that do not fit on one page still go in the order given.
    assert _paragraphs(lines) == expected


def test_bulleted_items_keep_their_second_lines_and_indented_lines_begin_paragraphs() -> None:
    # As LibreOffice sets them: a symbol font's bullet, the item's next line set under its text;
    # then book paragraphs with no gap between them, each first line set in by 0.8 cm.
    lines = [
        _Line("\uf095 Its engineers wrote to the", 89, 787, 797, 0, 842),
        _Line("council eleven times.", 107, 774, 784, 0, 842),
        _Line("\uf095 The survey came late.", 89, 753, 763, 0, 842),
        _Line("The trust argued for years that the", 93, 730, 740, 0, 842),
        _Line("wall would not hold.", 71, 718, 728, 0, 842),
        _Line("Its engineers wrote again in May", 93, 706, 716, 0, 842),
        _Line("and in June.", 71, 694, 704, 0, 842),
    ]
    assert _paragraphs(lines) == [
        ("list_item", "Its engineers wrote to the council eleven times."),
        ("list_item", "The survey came late."),
        ("paragraph", "The trust argued for years that the wall would not hold."),
        ("paragraph", "Its engineers wrote again in May and in June."),
    ]


def test_quotes_captions_and_footnotes_are_told_by_their_margins_and_type() -> None:
    # Body text 10 pt high from 71 to 524; a quotation set in 34 pt from both margins; a
    # caption and a footnote in 8 pt, the footnote at the foot of the page.
    def body_line(text: str, top: float, left: float = 71, right: float = 524) -> _Line:
        return _Line(text, left, top - 10, top, 0, 842, right)

    lines = [
        body_line("The trust wrote to the council eleven times since the storms of", 800),
        body_line("2019, and each time the answer was the same.", 788, right=300),
        body_line("We will not pay for work that was never done, and we will", 766, 105, 490),
        body_line("not be told when to pay for it.", 754, 105, 300),
        _Line("Figure 2: The northern section at low tide.", 71, 724, 732, 0, 842, 300),
        body_line("The hearing is set for June.", 710, right=250),
        _Line("1 Survey of March 2026, page four.", 71, 60, 68, 0, 842, 250),
    ]
    assert _paragraphs(lines) == [
        (
            "paragraph",
            "The trust wrote to the council eleven times since the storms of 2019, and each "
            "time the answer was the same.",
        ),
        (
            "quote",
            "We will not pay for work that was never done, and we will not be told when "
            "to pay for it.",
        ),
        ("caption", "Figure 2: The northern section at low tide."),
        ("paragraph", "The hearing is set for June."),
        ("heading", "Notes"),
        ("paragraph", "1 Survey of March 2026, page four."),
    ]
