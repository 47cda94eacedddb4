"""Text recognition (OCR) of a scanned PDF through the Tesseract command, where it is installed:
each page drawn by PDFium, read by Tesseract, its paragraphs joined as a text layer's are."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from collections.abc import Callable

from readmark.core.html_import import single_line
from readmark.core.importing import UnreadableFileError
from readmark.core.pdf_import import BROKEN_WORD, PAGE_NUMBER, running_key
from readmark.core.text import BlockKind

# Tesseract reads best at 300 dots per inch; PDF pages measure 72 points to the inch.
_SCALE = 300 / 72
# Seconds one page may take before the reading is given up (a huge page, a stuck program).
_PAGE_TIMEOUT = 300
# A paragraph of one line this short, without closing punctuation, is a heading.
_MAX_HEADING_WORDS = 12

# Called before each page with (pages read, pages in all); False stops the reading.
PageProgress = Callable[[int, int], bool]


def ocr_available() -> bool:
    """Whether the Tesseract command is installed, to read scans."""
    return shutil.which("tesseract") is not None


def recognise_pdf(
    document: object, name: str, progress: PageProgress | None = None
) -> list[tuple[BlockKind, str]]:
    """The text Tesseract reads on the pages of an open pypdfium2 document: paragraphs as it
    finds them, words broken at line ends joined, page numbers and running lines left out."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise UnreadableFileError("needs text recognition, and Tesseract is not installed", name)
    pages: list[list[list[str]]] = []  # each page's paragraphs, each a list of its lines
    count = len(document)  # type: ignore[arg-type]
    for index in range(count):
        if progress is not None and not progress(index, count):
            raise UnreadableFileError("was not imported: its text recognition was stopped", name)
        text = _read_page(tesseract, document, index, name)
        pages.append([block.split("\n") for block in text.split("\n\n") if block.strip()])
    # A page's first or last paragraph repeated on most pages is a running header or footer.
    edges = Counter(
        key
        for page in pages
        for key in {running_key(" ".join(page[0])), running_key(" ".join(page[-1]))}
        if page
    )
    parts: list[tuple[BlockKind, str]] = []
    for page in pages:
        for lines in page:
            joined = _joined(lines)
            key = running_key(joined)
            if PAGE_NUMBER.fullmatch(joined) or (edges[key] >= 2 and edges[key] * 2 >= count):
                continue
            if parts and parts[-1][0] == "paragraph" and _continues(parts[-1][1], joined):
                parts[-1] = ("paragraph", _joined([parts[-1][1], joined]))
            else:
                parts.append((_kind(lines, joined), joined))
    if not parts:
        raise UnreadableFileError("has no text that text recognition could read", name)
    return parts


def _read_page(tesseract: str, document: object, index: int, name: str) -> str:
    page = document[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=_SCALE, grayscale=True)
    finally:
        page.close()
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    if stride != width:  # rows padded to a word boundary
        pixels = b"".join(pixels[row * stride : row * stride + width] for row in range(height))
    image = f"P5 {width} {height} 255\n".encode() + pixels  # a grey-scale PGM, read from stdin
    try:
        done = subprocess.run(
            [tesseract, "stdin", "stdout"],
            input=image,
            capture_output=True,
            timeout=_PAGE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UnreadableFileError(f"could not be read by Tesseract: {error}", name) from None
    if done.returncode != 0:
        detail = single_line(done.stderr.decode("utf-8", "replace"))[:200]
        raise UnreadableFileError(f"could not be read by Tesseract: {detail}", name)
    return done.stdout.decode("utf-8", "replace").replace("\f", "")


def _joined(lines: list[str]) -> str:
    """Lines as one paragraph, a word broken at a line's end whole again."""
    text = ""
    for line in (single_line(line) for line in lines):
        if BROKEN_WORD.search(text) and line[:1].islower():
            text = text[:-1] + line
        elif line:
            text = f"{text} {line}" if text else line
    return text


def _kind(lines: list[str], text: str) -> BlockKind:
    """A heading: one short line without closing punctuation; else a paragraph."""
    short = len(lines) == 1 and len(text.split()) <= _MAX_HEADING_WORDS
    ended = text.endswith((".", ",", ";", ":", "!", "?", "”", '"'))
    return "heading" if short and not ended else "paragraph"


def _continues(previous: str, text: str) -> bool:
    """A paragraph cut by a page break: the one before ended mid-sentence."""
    return not previous.endswith((".", "!", "?", ":", "”", '"', "»")) and bool(text)
