"""Scanned pages among a PDF's text pages, and the language text recognition reads them in."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from external_tools import require_ocr_language, require_tool
from factories import scanned_pdf
from readmark.core import pdf_ocr
from readmark.core.importing import ScanError, read_article
from readmark.core.pdf_import import _page_list
from readmark.services.documents import import_locked
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

PDFS = Path(__file__).parent / "pdf"


def blocks(path: Path, **options: object) -> list[tuple[str, str]]:
    article = read_article(path, **options)  # type: ignore[arg-type]
    return [(b.kind, article.text[b.start : b.end]) for b in article.blocks]


def test_a_report_with_a_scanned_page_is_read_whole_in_page_order_once_agreed(
    tmp_path: Path,
) -> None:
    require_tool("tesseract", "tesseract-ocr")
    # The report's second page scanned (a picture, no text), its first kept as LibreOffice wrote it.
    mixed = scanned_pdf(PDFS / "report.pdf", tmp_path / "mixed.pdf", pages={1})
    with pytest.raises(ScanError) as refused:
        read_article(mixed)
    assert str(refused.value) == (
        "“mixed.pdf” has no text on page 2: it is a scan, which text recognition (OCR) can read."
    )
    pages: list[tuple[int, int]] = []
    recognised = blocks(mixed, ocr=True, progress=lambda *page: pages.append(page) or True)
    assert pages == [(0, 1)]  # only the scanned page is read by recognition
    # The paragraph the page break cuts is whole again, the blocks as the text layer gives them.
    assert recognised == blocks(PDFS / "report.pdf")


def test_tesseract_reads_each_page_on_one_thread_unless_the_user_says_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A stand-in Tesseract that writes down the thread limit it was given, and reads "Text."
    told = tmp_path / "told"
    fake = tmp_path / "bin" / "tesseract"
    fake.parent.mkdir()
    fake.write_text(
        f'#!/bin/sh\n[ "$1" = stdin ] && echo "$OMP_THREAD_LIMIT" >> {told}\necho eng\necho Text.\n'
    )
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(fake.parent))
    monkeypatch.delenv("OMP_THREAD_LIMIT", raising=False)
    scan = scanned_pdf(PDFS / "report.pdf", tmp_path / "scan.pdf", dots_per_inch=30, pages={1})
    assert "Text." in read_article(scan, ocr=True).text
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    read_article(scan, ocr=True)
    assert told.read_text().split() == ["1", "4"]


def test_without_tesseract_the_text_pages_come_in_and_the_scanned_ones_are_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mixed = scanned_pdf(PDFS / "report.pdf", tmp_path / "mixed.pdf", pages={1})
    monkeypatch.setenv("PATH", str(tmp_path))  # no Tesseract
    article = read_article(mixed)
    assert article.left_out == (
        "Page 2 of “mixed.pdf” was left out: it is a scan, with no text in it, which would need "
        "text recognition (OCR): install Tesseract to have Readmark read it"
    )
    # The first page's paragraphs are in; the last ones, on the scanned page, are not.
    assert "Findings of the inspection\n\nParagraph 1. The harbour trust" in article.text
    assert "Paragraph 8." not in article.text


@pytest.mark.parametrize("system", ["de_DE", "German_Germany"], ids=["posix", "windows"])
def test_the_reading_language_is_the_articles_or_the_systems_where_tesseract_has_it(
    monkeypatch: pytest.MonkeyPatch, system: str
) -> None:
    monkeypatch.setattr(pdf_ocr.locale, "getlocale", lambda: (system, "UTF-8"))
    installed = ["deu", "eng", "fra"]
    assert pdf_ocr.default_ocr_language(installed, "fr") == "fra"
    assert pdf_ocr.default_ocr_language(installed, "es") == "deu"  # no Spanish: the system's
    assert pdf_ocr.default_ocr_language(["eng"], "fr") == "eng"


def test_a_french_scan_is_read_in_french_with_its_accents_on_a_french_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require_ocr_language("fra")
    # lettre.pdf: lettre.fodt beside it, written by LibreOffice (soffice --headless --convert-to
    # pdf): a title and two paragraphs of 12 pt French, accents on every line.
    scan = scanned_pdf(PDFS / "lettre.pdf", tmp_path / "lettre.pdf")
    monkeypatch.setattr(pdf_ocr.locale, "getlocale", lambda: ("fr_FR", "UTF-8"))
    recognised = blocks(scan, ocr=True)
    # Tesseract reads some typographic apostrophes as straight ones: the same word either way.
    assert [(kind, text.replace("'", "’")) for kind, text in recognised] == blocks(
        PDFS / "lettre.pdf"
    )


def test_a_long_scan_stopped_part_way_reads_no_further_and_adds_nothing(tmp_path: Path) -> None:
    require_tool("tesseract", "tesseract-ocr")
    import pypdfium2

    report = pypdfium2.PdfDocument(PDFS / "report.pdf")
    long = pypdfium2.PdfDocument.new()
    for _ in range(4):
        long.import_pages(report)
    long.save(tmp_path / "long.pdf")
    scan = scanned_pdf(tmp_path / "long.pdf", tmp_path / "scan.pdf", dots_per_inch=100)
    library = LibraryRepository(open_library(tmp_path / "lib.sqlite3"))
    pages: list[tuple[int, int]] = []

    def stop_at_the_third_page(done: int, total: int) -> bool:
        pages.append((done, total))
        return done < 2

    outcome = import_locked(library, scan, None, ocr=True, pages=stop_at_the_third_page)
    assert outcome.error == "“scan.pdf” was not imported: its text recognition was stopped."
    assert pages == [(0, 8), (1, 8), (2, 8)]  # pages 3 to 8 never drawn nor read
    assert library.documents() == []


@given(st.sets(st.integers(min_value=0, max_value=300), min_size=1))
def test_the_scanned_pages_named_are_those_pages_runs_as_ranges(indices: set[int]) -> None:
    named = _page_list(sorted(indices))
    numbers: set[int] = set()
    for part in named.replace(" and ", ", ").split(", "):
        first, _, last = part.partition("–")
        numbers.update(range(int(first), int(last or first) + 1))
    assert numbers == {index + 1 for index in indices}
