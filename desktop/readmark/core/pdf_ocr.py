"""Text recognition (OCR) of a scanned PDF through the Tesseract command, where it is installed:
each page drawn by PDFium, read by Tesseract, its paragraphs joined as a text layer's are."""

from __future__ import annotations

import locale
import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable, Sequence

from readmark.core.extracted import single_line
from readmark.core.importing import UnreadableFileError
from readmark.core.pdf_import import (
    BROKEN_WORD,
    PAGE_NUMBER,
    SENTENCE_ENDS,
    is_running,
    running_key,
)
from readmark.core.text import BlockKind
from readmark.core.texts import tr

# Tesseract reads best at 300 dots per inch; PDF pages measure 72 points to the inch.
_SCALE = 300 / 72
# Seconds one page may take before the reading is given up (a huge page, a stuck program).
_PAGE_TIMEOUT = 300
# Tesseract reads a page on one thread unless told otherwise: its OpenMP threads spin against
# each other (a page took 13.9 s on two cores, 2.3 s on one thread; see pdf_ocr's commit).
_ONE_THREAD = {"OMP_THREAD_LIMIT": "1"}
# A paragraph of one line this short, without closing punctuation, is a heading.
_MAX_HEADING_WORDS = 12

# Called before each page with (pages read, pages in all); False stops the reading.
PageProgress = Callable[[int, int], bool]


# Tesseract's name for the languages a system is commonly set to (ISO 639-1 codes).
_TESSERACT_LANGUAGES = {
    "en": "eng", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "pt": "por", "nl": "nld",
    "sv": "swe", "da": "dan", "nb": "nor", "no": "nor", "fi": "fin", "pl": "pol", "cs": "ces",
    "ru": "rus", "uk": "ukr", "tr": "tur", "el": "ell", "hu": "hun", "ro": "ron", "ca": "cat",
}  # fmt: skip


def ocr_available() -> bool:
    """Whether the Tesseract command is installed, to read scans."""
    return shutil.which("tesseract") is not None


def ocr_languages() -> list[str]:
    """The languages Tesseract can read here (its "traineddata" files), as it names them
    ("eng", "fra"), without its script detector; none where it is not installed."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return []
    try:
        listed = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    # The first line says where the files are; the rest name one language each.
    names = listed.stdout.decode("utf-8", "replace").splitlines()[1:]
    return sorted(name.strip() for name in names if name.strip() and name.strip() != "osd")


def default_ocr_language(installed: list[str], article_language: str = "") -> str:
    """The language to read a scan in: the article's (told from its text pages) or else the
    system's, where Tesseract has it; English otherwise."""
    # Windows names it in words ("French_France"): normalize gives the codes ("fr_FR.…").
    named = locale.getlocale()[0] or os.environ.get("LANG") or "en"
    system = locale.normalize(named).split("_")[0].lower()
    for language in (article_language, system):
        name = _TESSERACT_LANGUAGES.get(language, "")
        if name in installed:
            return name
    return "eng"


def recognise_pdf(
    document: object, name: str, progress: PageProgress | None = None, language: str = "eng"
) -> list[tuple[BlockKind, str]]:
    """The text Tesseract reads, in `language`, on the pages of an open pypdfium2 document:
    paragraphs as it finds them, words broken at line ends joined, page numbers and running
    lines left out."""
    count = len(document)  # type: ignore[arg-type]
    pages = list(recognise_pages(document, range(count), name, progress, language).values())
    edges = Counter(key for page in pages for key in edge_keys(page))
    parts = recognised_parts(pages, lambda key: is_running(edges[key], count))
    if not parts:
        raise UnreadableFileError(tr("has no text that text recognition could read"), name)
    return parts


# A page as text recognition reads it: its paragraphs, each a list of its lines.
RecognisedPage = list[list[str]]


def recognise_pages(
    document: object,
    indices: Sequence[int],
    name: str,
    progress: PageProgress | None = None,
    language: str = "eng",
) -> dict[int, RecognisedPage]:
    """Each of the pages at `indices` read by Tesseract in `language`, one page drawn at a
    time: a long scan never holds more than one page's picture."""
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise UnreadableFileError(
            tr("needs text recognition, and Tesseract is not installed"), name
        )
    pages: dict[int, RecognisedPage] = {}
    for done, index in enumerate(indices):
        if progress is not None and not progress(done, len(indices)):
            raise UnreadableFileError(
                tr("was not imported: its text recognition was stopped"), name
            )
        text = _read_page(tesseract, document, index, name, language)
        pages[index] = [block.split("\n") for block in text.split("\n\n") if block.strip()]
    return pages


def edge_keys(page: RecognisedPage) -> set[str]:
    """The running keys of a page's first and last paragraphs, where headers and footers are."""
    return {running_key(" ".join(page[0])), running_key(" ".join(page[-1]))} if page else set()


def recognised_parts(
    pages: Sequence[RecognisedPage], running: Callable[[str], bool]
) -> list[tuple[BlockKind, str]]:
    """Recognised pages in a row as blocks, without page numbers and the paragraphs whose
    running_key is `running`; a paragraph cut by a page break joined again."""
    parts: list[tuple[BlockKind, str]] = []
    for page in pages:
        for lines in page:
            joined = _joined(lines)
            if not joined or PAGE_NUMBER.fullmatch(joined) or running(running_key(joined)):
                continue
            if parts and parts[-1][0] == "paragraph" and _continues(parts[-1][1], joined):
                parts[-1] = ("paragraph", _joined([parts[-1][1], joined]))
            else:
                parts.append((_kind(lines, joined), joined))
    return parts


def _read_page(tesseract: str, document: object, index: int, name: str, language: str) -> str:
    page = document[index]  # type: ignore[index]
    try:
        bitmap = page.render(scale=_SCALE, grayscale=True)
    finally:
        page.close()
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    bitmap.close()  # PDFium's copy of the picture, freed now rather than when collected
    if stride != width:  # rows padded to a word boundary
        pixels = b"".join(pixels[row * stride : row * stride + width] for row in range(height))
    image = f"P5 {width} {height} 255\n".encode() + pixels  # a grey-scale PGM, read from stdin
    try:
        done = subprocess.run(
            [tesseract, "stdin", "stdout", "-l", language],
            input=image,
            env={**_ONE_THREAD, **os.environ},
            capture_output=True,
            timeout=_PAGE_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        unread = tr("could not be read by Tesseract: {error}").format(error=error)
        raise UnreadableFileError(unread, name) from None
    if done.returncode != 0:
        detail = single_line(done.stderr.decode("utf-8", "replace"))[:200]
        raise UnreadableFileError(
            tr("could not be read by Tesseract: {error}").format(error=detail), name
        )
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
    return not previous.endswith(SENTENCE_ENDS) and bool(text)
