"""PDF files with a text layer to an article: lines joined into paragraphs by the layout, words
split at line ends joined again, running headers, footers and page numbers left out, larger
lines as headings."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, Any

from readmark.core.extracted import ExtractedArticle, single_line
from readmark.core.importing import PasswordNeededError, ScanError, UnreadableFileError

if TYPE_CHECKING:
    from collections.abc import Callable

    from readmark.core.pdf_ocr import PageProgress, RecognisedPage
from readmark.core.text import BlockKind, language_of
from readmark.core.texts import tr

# Running headers and footers stand in this share of the page's height at its top or bottom.
_MARGIN_SHARE = 0.09
PAGE_NUMBER = re.compile(r"(?:page\s*)?[\divxlc]{1,6}(?:\s*(?:/|of)\s*\d{1,6})?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A page with fewer characters of text than this (a page number, a stamp) and a picture over
# this share of it is a scanned page.
_SCANNED_PAGE_CHARACTERS = 20
_SCANNED_PAGE_SHARE = 0.5
# A word broken at a line's end: a letter, a hyphen, then the next line begins in lower case.
BROKEN_WORD = re.compile(r"(?<=[^\W\d_])[-\u00ad]\Z")
# How a paragraph that a page break does not cut ends.
SENTENCE_ENDS = (".", "!", "?", ":", "”", '"', "»")


@dataclass
class _Line:
    text: str
    left: float
    bottom: float
    top: float
    page: int
    page_height: float
    right: float = 0.0

    @property
    def height(self) -> float:
        return self.top - self.bottom


def extract_pdf(
    data: bytes,
    name: str,
    password: str | None = None,
    *,
    ocr: bool = False,
    progress: PageProgress | None = None,
    ocr_language: str | None = None,
) -> ExtractedArticle:
    """The text of a PDF's text layer, by its layout; for a scan without one, or the scanned
    pages among those with text, the text that recognition (Tesseract) reads in `ocr_language`
    (else the article's or the system's language) where `ocr`, else ScanError (a scan, or
    scanned pages with Tesseract there to read them) or the pages said `left_out`;
    UnreadableFileError, with the reason, for a PDF locked with a password or a damaged file."""
    document = _open_pdf(data, name, password)
    try:
        pages = [_page_lines(document, index) for index in range(len(document))]
        title = single_line(document.get_metadata_value("Title") or "")
        author = single_line(document.get_metadata_value("Author") or "")
        parts, left_out = _article_parts(document, pages, name, ocr, progress, ocr_language)
    finally:
        document.close()
    if (
        parts
        and parts[0][0] == "heading"
        and (not title or title.casefold() in parts[0][1].casefold())
    ):
        title = parts.pop(0)[1]
    return ExtractedArticle(title=title, parts=tuple(parts), author=author, left_out=left_out)


def _open_pdf(data: bytes, name: str, password: str | None) -> Any:
    """The PDF, open in pypdfium2; PasswordNeededError or UnreadableFileError if it will not
    open."""
    # Imported here: loading PDFium takes a moment that other imports need not wait.
    import pypdfium2  # type: ignore[import-untyped]  # it ships no type hints

    try:
        return pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            reason = (
                tr("is locked, and that password does not open it")
                if password
                else tr("is locked with a password")
            )
            raise PasswordNeededError(reason, name) from None
        raise UnreadableFileError(tr("is not a PDF it can read: it may be damaged"), name) from None


def _article_parts(
    document: Any,
    pages: list[list[_Line]],
    name: str,
    ocr: bool,
    progress: PageProgress | None,
    ocr_language: str | None,
) -> tuple[list[tuple[BlockKind, str]], str]:
    """The PDF's blocks, its scanned pages read by text recognition where `ocr`, and what was
    left out, said for the reader; ScanError where recognition would read what is missing."""
    from readmark.core import pdf_ocr  # it uses this module

    scanned = not any(line.text.strip() for lines in pages for line in lines)
    scanned_pages = [] if scanned else _scanned_pages(document, pages)
    if (scanned or scanned_pages) and ocr:
        return _recognised(document, pages, scanned_pages, name, progress, ocr_language), ""
    if scanned:
        raise ScanError(
            tr(
                "has no text in it: it is a scan or pictures of pages, which text recognition "
                "(OCR) can read"
            )
            if pdf_ocr.ocr_available()
            else tr(
                "has no text in it: it is a scan or pictures of pages, which would need text "
                "recognition (OCR) first: install Tesseract to have Readmark do it"
            ),
            name,
        )
    if scanned_pages and pdf_ocr.ocr_available():
        scans = (
            tr("has no text on page {pages}: it is a scan, which text recognition (OCR) can read")
            if len(scanned_pages) == 1
            else tr(
                "has no text on pages {pages}: they are scans, which text recognition (OCR) "
                "can read"
            )
        )
        raise ScanError(scans.format(pages=_page_list(scanned_pages)), name)
    left_out = _scans_left_out(scanned_pages, name) if scanned_pages else ""
    return _in_page_order(pages, {}), left_out  # any stamp or title on a scanned page kept


def _recognised(
    document: Any,
    pages: list[list[_Line]],
    scanned_pages: list[int],
    name: str,
    progress: PageProgress | None,
    ocr_language: str | None,
) -> list[tuple[BlockKind, str]]:
    """The blocks of a PDF with its `scanned_pages` read by text recognition, or every page
    where there are none (a scan with no text at all), in `ocr_language` if given."""
    from readmark.core import pdf_ocr

    installed = pdf_ocr.ocr_languages()
    # A whole scan has no text to tell its language by: the system's is taken.
    text = " ".join(line.text for lines in pages for line in lines)
    told = language_of(text) if text.strip() else ""
    language = ocr_language or pdf_ocr.default_ocr_language(installed, told)
    if not scanned_pages:
        return pdf_ocr.recognise_pdf(document, name, progress, language)
    read = pdf_ocr.recognise_pages(document, scanned_pages, name, progress, language)
    return _in_page_order(pages, read)


def _scans_left_out(scanned_pages: list[int], name: str) -> str:
    """What the reader is told of scanned pages left out, with no Tesseract to read them."""
    left_out = (
        tr(
            "Page {pages} of “{name}” was left out: it is a scan, with no text in it, which "
            "would need text recognition (OCR): install Tesseract to have Readmark read it"
        )
        if len(scanned_pages) == 1
        else tr(
            "Pages {pages} of “{name}” were left out: they are scans, with no text in them, "
            "which would need text recognition (OCR): install Tesseract to have Readmark read "
            "them"
        )
    )
    return left_out.format(pages=_page_list(scanned_pages), name=name)


def _append_across_page(
    parts: list[tuple[BlockKind, str]], more: list[tuple[BlockKind, str]]
) -> None:
    """Adds `more` to `parts`, its first paragraph joined to the last one of `parts` where that
    ended mid-sentence (a paragraph cut by a page break, its pages read two ways)."""
    if more and parts and parts[-1][0] == more[0][0] == "paragraph":
        previous, first = parts[-1][1], more[0][1]
        if not previous.endswith(SENTENCE_ENDS):
            whole = BROKEN_WORD.search(previous) and first[:1].islower()
            joined = previous[:-1] + first if whole else f"{previous} {first}"
            parts[-1] = ("paragraph", joined)
            more = more[1:]
    parts.extend(more)


def _scanned_pages(document: object, pages: list[list[_Line]]) -> list[int]:
    """The pages, among others with text, that hold next to no text but a picture over most
    of the page: scanned pages."""
    import pypdfium2.raw  # type: ignore[import-untyped]

    scanned = []
    for index, lines in enumerate(pages):
        if sum(len(line.text.strip()) for line in lines) >= _SCANNED_PAGE_CHARACTERS:
            continue
        page = document[index]  # type: ignore[index]
        try:
            area = page.get_width() * page.get_height()
            for picture in page.get_objects(filter=[pypdfium2.raw.FPDF_PAGEOBJ_IMAGE]):
                left, bottom, right, top = picture.get_bounds()
                if (right - left) * (top - bottom) >= area * _SCANNED_PAGE_SHARE:
                    scanned.append(index)
                    break
        finally:
            page.close()
    return scanned


def _page_list(indices: list[int]) -> str:
    """ "3", "2 and 5", "2, 4–7 and 9": pages counted from 1, as readers count, runs of pages
    as ranges."""
    runs = [
        [index for _, index in run]
        for _, run in groupby(enumerate(indices), key=lambda pair: pair[1] - pair[0])
    ]
    named = [f"{run[0] + 1}–{run[-1] + 1}" if len(run) > 1 else f"{run[0] + 1}" for run in runs]
    if len(named) == 1:
        return named[0]
    return tr("{pages} and {last}").format(pages=", ".join(named[:-1]), last=named[-1])


def _in_page_order(
    pages: list[list[_Line]], recognised: dict[int, RecognisedPage]
) -> list[tuple[BlockKind, str]]:
    """The blocks of a PDF whose `recognised` pages were read by text recognition, each run of
    pages read the one way or the other in its place, footnotes of the text pages last."""
    from readmark.core.pdf_blocks import blocks
    from readmark.core.pdf_ocr import edge_keys, recognised_parts

    text = [line for index, page in enumerate(pages) if index not in recognised for line in page]
    # A header stands in the text pages' margins and opens the recognised ones alike.
    edges = _margin_keys(text) + Counter(k for page in recognised.values() for k in edge_keys(page))
    count = len({line.page for line in text}) + len(recognised)

    def running(key: str) -> bool:
        return is_running(edges[key], count)

    lines = _without_running_lines(text, running)
    parts: list[tuple[BlockKind, str]] = []
    notes: list[tuple[BlockKind, str]] = []
    for scan, run in groupby(range(len(pages)), key=lambda index: index in recognised):
        indices = set(run)
        if scan:
            run_pages = [recognised[index] for index in sorted(indices)]
            _append_across_page(parts, recognised_parts(run_pages, running))
        elif text_lines := [line for line in lines if line.page in indices]:
            body, footnotes = blocks(text_lines)
            _append_across_page(parts, body)
            notes += footnotes
    return [*parts, ("heading", "Notes"), *notes] if notes else parts


def _page_lines(document: object, index: int) -> list[_Line]:
    """The page's lines in PDFium's reading order, each with where it stands."""
    page = document[index]  # type: ignore[index]
    height = page.get_height()
    text_page = page.get_textpage()
    lines: list[_Line] = []
    units: list[bytes] = []  # the line's UTF-16 code units: PDFium counts characters in them
    boxes: list[tuple[float, float, float, float]] = []

    def end_line() -> None:
        text = b"".join(units).decode("utf-16-le", "replace")
        if text.strip() and boxes:
            lines.append(
                _Line(
                    text=text,
                    left=min(b[0] for b in boxes),
                    right=max(b[2] for b in boxes),
                    bottom=statistics.median(b[1] for b in boxes),
                    top=statistics.median(b[3] for b in boxes),
                    page=index,
                    page_height=height,
                )
            )
        units.clear()
        boxes.clear()

    try:
        text = text_page.get_text_range().encode("utf-16-le", "surrogatepass")
        for char in range(min(text_page.count_chars(), len(text) // 2)):
            unit = text[2 * char : 2 * char + 2]
            if unit in (b"\r\x00", b"\n\x00"):
                if unit == b"\n\x00":
                    end_line()
                continue
            units.append(unit)
            if unit not in (b" \x00", b"\t\x00"):
                boxes.append(text_page.get_charbox(char, loose=True))
        end_line()
    finally:
        text_page.close()
        page.close()
    return lines


def _in_margin(line: _Line) -> bool:
    margin = line.page_height * _MARGIN_SHARE
    return line.top > line.page_height - margin or line.bottom < margin


def _margin_keys(lines: list[_Line]) -> Counter[str]:
    """On how many pages each line in a page's margin stands (numbers counted alike)."""
    return Counter(
        k for k, _ in {(running_key(line.text), line.page) for line in lines if _in_margin(line)}
    )


def is_running(count: int, pages: int) -> bool:
    """Whether a line standing at a page's edge on `count` of the `pages` is a running header
    or footer: it stands on at least two, and half of them."""
    return count >= 2 and count * 2 >= pages


def _without_running_lines(lines: list[_Line], running: Callable[[str], bool]) -> list[_Line]:
    """The lines without page numbers, and without the headers and footers that stand in a
    page's margin, told by their running_key."""
    return [
        line
        for line in lines
        if not (
            _in_margin(line)
            and (PAGE_NUMBER.fullmatch(single_line(line.text)) or running(running_key(line.text)))
        )
    ]


def running_key(text: str) -> str:
    """A line as running headers and footers repeat it, page numbers counted alike."""
    return _DIGITS.sub("#", single_line(text).casefold())


def _paragraphs(lines: list[_Line]) -> list[tuple[BlockKind, str]]:
    """Lines joined into blocks (see pdf_blocks.blocks), footnotes last, under "Notes"."""
    from readmark.core.pdf_blocks import blocks  # it uses this module

    parts, notes = blocks(lines)
    return [*parts, ("heading", "Notes"), *notes] if notes else parts
