"""PDF files with a text layer to an article: lines joined into paragraphs by the layout, words
split at line ends joined again, running headers, footers and page numbers left out, larger
lines as headings."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING

from readmark.core.html_import import ExtractedArticle, single_line
from readmark.core.importing import PasswordNeededError, ScanError, UnreadableFileError

if TYPE_CHECKING:
    from collections.abc import Callable

    from readmark.core.pdf_ocr import PageProgress, RecognisedPage
from readmark.core.text import BlockKind, language_of

# A gap between lines this many times the body's line height starts a new paragraph.
_PARAGRAPH_GAP = 1.45
# Lines this much taller than the body's are headings (when short enough to be one).
_HEADING_SCALE = 1.18
_MAX_HEADING_CHARACTERS = 160
# Running headers and footers stand in this share of the page's height at its top or bottom.
_MARGIN_SHARE = 0.09
PAGE_NUMBER = re.compile(r"(?:page\s*)?[\divxlc]{1,6}(?:\s*(?:/|of)\s*\d{1,6})?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# A word broken at a line's end: a letter, a hyphen, then the next line begins in lower case.
# A list's bullet: the common marks, or a symbol font's private-use glyph.
_BULLET = re.compile("\\s*[\u2022\u25e6\u25aa\u25cf\u2013\u2043\ue000-\uf8ff]\\s+")
# Captions and footnotes are set smaller than the body; footnotes in a page's lowest third.
_SMALL_SCALE = 0.93
_FOOTNOTE_SHARE = 0.33
_CAPTION = re.compile(r"(figure|fig\.|table|photo(graph)?|chart|map|image|plate)\s*\d", re.I)
_NOTE_MARK = re.compile(r"(\d{1,3}|[*†‡])\s")
# A page with fewer characters of text than this (a page number, a stamp) and a picture over
# this share of it is a scanned page.
_SCANNED_PAGE_CHARACTERS = 20
_SCANNED_PAGE_SHARE = 0.5
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
    # Imported here: loading PDFium takes a moment that other imports need not wait.
    import pypdfium2  # type: ignore[import-untyped]  # it ships no type hints

    from readmark.core import pdf_ocr  # it uses this module

    try:
        document = pypdfium2.PdfDocument(data, password=password)
    except pypdfium2.PdfiumError as error:
        if "password" in str(error).lower():
            reason = (
                "is locked, and that password does not open it"
                if password
                else ("is locked with a password")
            )
            raise PasswordNeededError(reason, name) from None
        raise UnreadableFileError("is not a PDF it can read: it may be damaged", name) from None
    left_out = ""
    try:
        pages = [_page_lines(document, index) for index in range(len(document))]
        title = single_line(document.get_metadata_value("Title") or "")
        author = single_line(document.get_metadata_value("Author") or "")
        scanned = not any(line.text.strip() for lines in pages for line in lines)
        scanned_pages = [] if scanned else _scanned_pages(document, pages)
        if (scanned or scanned_pages) and ocr:
            installed = pdf_ocr.ocr_languages()
            # A whole scan has no text to tell its language by: the system's is taken.
            text = " ".join(line.text for lines in pages for line in lines)
            told = language_of(text) if text.strip() else ""
            language = ocr_language or pdf_ocr.default_ocr_language(installed, told)
            if scanned:
                parts = pdf_ocr.recognise_pdf(document, name, progress, language)
            else:
                read = pdf_ocr.recognise_pages(document, scanned_pages, name, progress, language)
                parts = _in_page_order(pages, read)
        elif scanned:
            raise ScanError(
                "has no text in it: it is a scan or pictures of pages"
                + (
                    ", which text recognition (OCR) can read"
                    if pdf_ocr.ocr_available()
                    else ", which would need text recognition (OCR) first: install Tesseract "
                    "to have Readmark do it"
                ),
                name,
            )
        elif scanned_pages and pdf_ocr.ocr_available():
            raise ScanError(
                f"has no text on {_page_list(scanned_pages)}: "
                f"{'it is a scan' if len(scanned_pages) == 1 else 'they are scans'}, "
                "which text recognition (OCR) can read",
                name,
            )
        else:
            if scanned_pages:
                one = len(scanned_pages) == 1
                left_out = (
                    f"{_page_list(scanned_pages).capitalize()} of “{name}” "
                    f"{'was' if one else 'were'} left out: "
                    f"{'it is a scan' if one else 'they are scans'}, with no text in "
                    f"{'it' if one else 'them'}, which would need text recognition (OCR): "
                    f"install Tesseract to have Readmark read {'it' if one else 'them'}"
                )
            parts = _in_page_order(pages, {})  # any stamp or title on a scanned page kept
    finally:
        document.close()
    if (
        parts
        and parts[0][0] == "heading"
        and (not title or title.casefold() in parts[0][1].casefold())
    ):
        title = parts.pop(0)[1]
    return ExtractedArticle(title=title, parts=tuple(parts), author=author, left_out=left_out)


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
    """ "page 3", "pages 2 and 5", "pages 2, 4–7 and 9": counted from 1, as readers count, runs
    of pages as ranges."""
    runs = [
        [index for _, index in run]
        for _, run in groupby(enumerate(indices), key=lambda pair: pair[1] - pair[0])
    ]
    named = [f"{run[0] + 1}–{run[-1] + 1}" if len(run) > 1 else f"{run[0] + 1}" for run in runs]
    if len(indices) == 1:
        return f"page {named[0]}"
    if len(named) == 1:
        return f"pages {named[0]}"
    return f"pages {', '.join(named[:-1])} and {named[-1]}"


def _in_page_order(
    pages: list[list[_Line]], recognised: dict[int, RecognisedPage]
) -> list[tuple[BlockKind, str]]:
    """The blocks of a PDF whose `recognised` pages were read by text recognition, each run of
    pages read the one way or the other in its place, footnotes of the text pages last."""
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
            body, footnotes = _blocks(text_lines)
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
    """Lines joined into blocks (see _blocks), footnotes last, under "Notes"."""
    parts, notes = _blocks(lines)
    return [*parts, ("heading", "Notes"), *notes] if notes else parts


def _blocks(lines: list[_Line]) -> tuple[list[tuple[BlockKind, str]], list[tuple[BlockKind, str]]]:
    """Lines joined into blocks, and the footnotes among them: a larger gap, a change of
    page-position order or of size begins a new one; taller short lines are headings; quotes,
    captions and footnotes are told by their margins and type."""
    body = statistics.median(line.height for line in lines)
    margins = _Margins(
        left=Counter(round(line.left) for line in lines).most_common(1)[0][0],
        right=max(line.right for line in lines),
        body=body,
    )
    parts: list[tuple[BlockKind, str]] = []
    notes: list[tuple[BlockKind, str]] = []
    current: list[str] = []
    block: list[_Line] = []
    kind: BlockKind = "paragraph"
    previous: _Line | None = None

    def flush() -> None:
        text = single_line(" ".join(current))
        if text and kind == "paragraph" and margins.footnote(block, text):
            notes.append(("paragraph", text))
        elif text:
            parts.append((margins.kind(block, text) if kind == "paragraph" else kind, text))
        current.clear()
        block.clear()

    for line in lines:
        bullet = _BULLET.match(line.text)
        if bullet:
            line.text = line.text[bullet.end() :]
        line_kind: BlockKind = (
            "list_item"
            if bullet
            else "heading"
            if line.height > body * _HEADING_SCALE and len(line.text) <= _MAX_HEADING_CHARACTERS
            else "paragraph"
        )
        same_page = previous is not None and line.page == previous.page
        gap = (
            previous is not None
            and same_page
            and (
                previous.bottom - line.top
                > max(body, previous.height, line.height) * (_PARAGRAPH_GAP - 1)
                or line.top > previous.top + body  # a new column or a jump up the page
            )
        )
        if kind == "list_item" and line_kind == "paragraph" and not gap:
            line_kind = "list_item"  # an item's next line, set under its text
        new_block = (
            previous is None
            or (line.page != previous.page and not _continues(previous, line))
            or gap
            # A first line set in from the one before, as books begin paragraphs.
            or (
                previous is not None
                and same_page
                and kind != "list_item"
                and line.left > previous.left + body
            )
            or line_kind != kind
            or bullet is not None
        )
        if new_block and current:
            flush()
        kind = line_kind
        if current and BROKEN_WORD.search(current[-1]) and line.text.strip()[:1].islower():
            current[-1] = current[-1][:-1] + line.text.strip()  # the word, whole again
        else:
            current.append(line.text.strip())
        block.append(line)
        previous = line
    flush()
    return parts, notes


@dataclass(frozen=True)
class _Margins:
    """Where the body text stands, to tell quotes, captions and footnotes from it."""

    left: float
    right: float
    body: float  # the body's line height

    def kind(self, lines: list[_Line], text: str) -> BlockKind:
        """A paragraph's kind: a caption by its smaller type and its opening word ("Figure 2"),
        a quote by being set in from both margins over two lines or more."""
        if _small(lines, self.body) and _CAPTION.match(text):
            return "caption"
        if len(lines) >= 2 and all(
            line.left >= self.left + self.body and line.right <= self.right - self.body
            for line in lines
        ):
            return "quote"
        return "paragraph"

    def footnote(self, lines: list[_Line], text: str) -> bool:
        """Small type in a page's lowest third that begins with its number or mark."""
        first = lines[0]
        return (
            _small(lines, self.body)
            and first.bottom < first.page_height * _FOOTNOTE_SHARE
            and _NOTE_MARK.match(text) is not None
        )


def _small(lines: list[_Line], body: float) -> bool:
    return statistics.median(line.height for line in lines) < body * _SMALL_SCALE


def _continues(previous: _Line, line: _Line) -> bool:
    """Whether a page's first line goes on with the paragraph the page before ended with:
    that one ended without closing punctuation."""
    return not previous.text.rstrip().endswith(SENTENCE_ENDS)
