"""Plain-text import: a file's bytes, in whatever encoding, to a normalised Article."""

from __future__ import annotations

import codecs
import hashlib
import math
import re
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from readmark.core.markdown_import import markdown_parts
from readmark.core.model import Article, FileComment
from readmark.core.text import BlockKind, assemble, split_blocks
from readmark.core.texts import tr

if TYPE_CHECKING:
    from readmark.core.extracted import Comment, ExtractedArticle
    from readmark.core.pdf_ocr import PageProgress

MAX_FILE_BYTES = 50 * 1024 * 1024

# charset-normalizer decodes everything it is given once per candidate code page (1.3 s for
# 40 MB), and a few pages of text are plenty to recognise an encoding.
_SAMPLE_BYTES = 64 * 1024

_WIDE_BOMS = (
    # UTF-32 LE first: its mark begins with the UTF-16 LE mark.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# charset-normalizer names the language well but, between Latin code pages that score alike, it
# often reads Windows-1252 French or Portuguese as Baltic or Central European ("grand-mčre").
# Windows-1252 is what these languages' legacy files almost always are.
_CP1252_LANGUAGES = frozenset({
    "Catalan", "Danish", "Dutch", "English", "Finnish", "French", "German", "Icelandic",
    "Indonesian", "Italian", "Norwegian", "Portuguese", "Spanish", "Swedish",
})  # fmt: skip
# How much more noise than the best guess Windows-1252 may show and still be preferred.
_CP1252_CHAOS_MARGIN = 0.05

# CRLF first, so that it becomes one line break rather than two.
_LINE_BREAKS = ("\r\n", "\r", "\v", "\f", "\x85", "\u2028", "\u2029")
# Control characters, stray byte-order marks (files joined together), lone surrogates and the
# noncharacters U+FFFE and U+FFFF: none is text a reader can see or select (nor can XML hold it).
_UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\ufeff\ud800-\udfff\ufffe\uffff]")
# Spelt with a literal prefix, which the regex engine scans for fast; "\n{3,}" is 15 times slower.
_BLANK_LINES = re.compile("\n\n\n+")


# A closing line naming where a scraped article came from ("source: example.com").
_SOURCE_LINE = re.compile(r"(?:^|\n\n)(?i:source|via)\s*:\s*([^\n]{1,200})\Z")


class UnreadableFileError(Exception):
    """A file that cannot become an article; str() is a sentence to show the user."""

    def __init__(self, reason: str, name: str | None = None) -> None:
        self.reason = reason
        self.name = name
        said = tr("“{name}” {reason}.") if name else tr("The file {reason}.")
        super().__init__(said.format(name=name, reason=reason))


class PasswordNeededError(UnreadableFileError):
    """A file locked with a password (a PDF): read_article can read it given the password."""


class ScanError(UnreadableFileError):
    """A PDF of scanned pages without a text layer: read_article can read it with `ocr`
    where Tesseract is installed (see pdf_ocr.ocr_available)."""


def decode_text(data: bytes) -> str:
    """The text `data` holds, whatever its encoding; UnreadableFileError if it is not text."""
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            # A damaged file still gets the encoding its mark names, except that FF FE 00 00 also
            # begins UTF-16 LE text whose first character is NUL.
            errors = "strict" if codec.startswith("utf-32") else "replace"
            try:
                return data[len(bom) :].decode(codec, errors)
            except UnicodeDecodeError:
                continue
    if b"\x00" in data:
        # Only UTF-16 or UTF-32 text without a mark has NUL bytes; anything else is binary.
        return _decode_detected(data, data[:_SAMPLE_BYTES], wide=True)
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return _decode_detected(data, _sample_around(data, error.start), wide=False)


def _sample_around(data: bytes, position: int) -> bytes:
    """Whole lines of `data`, up to _SAMPLE_BYTES, from the line holding byte `position`.

    The sample must hold the bytes that are not UTF-8, and whole lines, since a multi-byte
    character cut in two would rule its encoding out.
    """
    start = data.rfind(b"\n", 0, position) + 1
    if position - start > _SAMPLE_BYTES // 2:
        start = position
    end = start + _SAMPLE_BYTES
    if end >= len(data):
        return data[start:]
    cut = data.rfind(b"\n", start, end)
    return data[start : cut + 1 if cut != -1 else end]


def _decode_detected(data: bytes, sample: bytes, *, wide: bool) -> str:
    import charset_normalizer  # here, not at start-up: most files say what they are

    matches = charset_normalizer.from_bytes(sample)
    best = matches.best()
    if best is None or (wide and not best.encoding.startswith(("utf_16", "utf_32"))):
        raise UnreadableFileError(tr("is not a text file: it looks like binary data"))
    encoding = best.encoding
    for match in matches:
        if "cp1252" in match.could_be_from_charset and (
            # A tie goes to Windows-1252, by far the commonest legacy encoding; short texts
            # leave the language guess unreliable ("Hungarian" for French).
            match.chaos <= best.chaos
            or (
                match.language in _CP1252_LANGUAGES
                and match.chaos <= best.chaos + _CP1252_CHAOS_MARGIN
            )
        ):
            encoding = "cp1252"
            break
    # Bytes the sample did not show may not fit; a stray replacement character beats refusal.
    return data.decode(encoding, "replace")


def normalise_text(text: str) -> str:
    """The canonical form of a text: every offset the app stores points into this. Idempotent."""
    for line_break in _LINE_BREAKS:
        text = text.replace(line_break, "\n")
    text = _UNWANTED.sub("", text)
    # Line by line rather than a regex: a regex backtracks quadratically on long runs of spaces.
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def without_unwanted(text: str) -> str:
    """`text` without the control characters, stray marks and surrogates that normalise_text
    drops (line breaks and tabs stay): for a name or a note that arrives in a file."""
    return _UNWANTED.sub("", text)


def title_from_text(text: str, fallback: str) -> str:
    """The line the reader shows as the title (see split_blocks), else `fallback`."""
    blocks = split_blocks(text)
    if blocks and blocks[0].kind == "title":
        return text[blocks[0].start : blocks[0].end].strip()
    return fallback


def content_hash(text: str) -> str:
    """SHA-256 (hex) of a text already normalised, as an Article's text always is."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_from_bytes(data: bytes, source: str, fallback_title: str) -> Article:
    """A plain-text article: blank lines separate its blocks; a short first line is its title;
    a closing "source: …" line becomes its source."""
    name = PurePath(source).name or source
    text = _decoded(data, name)
    # Searched for in the last paragraph alone: over a whole book, one search holds the
    # interpreter for as long as the window may stand still.
    last_paragraph = max(0, text.rfind("\n\n"))
    cited = _SOURCE_LINE.search(text, last_paragraph)
    if cited and cited.start() > 0:
        text = text[: cited.start()].rstrip()
        source = cited.group(1).strip()
    return Article(
        title=title_from_text(text, fallback_title),
        text=text,
        source=source,
        content_hash=content_hash(text),
        blocks=tuple(split_blocks(text)),
    )


def article_from_parts(
    title: str,
    parts: list[tuple[BlockKind, str]],
    source: str,
    fallback_title: str,
    *,
    author: str = "",
    published: str = "",
    site: str = "",
    url: str = "",
) -> Article:
    """An article from an importer that found the structure (Markdown, HTML): title and blocks
    joined into one canonical text."""
    text, blocks = assemble(title, ((kind, normalise_text(part)) for kind, part in parts))
    if not text:
        raise UnreadableFileError(tr("has no text in it"), PurePath(source).name or source)
    return Article(
        title=" ".join(title.split()) or fallback_title,
        text=text,
        source=url or source,
        content_hash=content_hash(text),
        blocks=tuple(blocks),
        author=author,
        published=published,
        site=site,
        url=url,
    )


def markdown_article(data: bytes, source: str, fallback_title: str) -> Article:
    name = PurePath(source).name or source
    title, parts = markdown_parts(_decoded(data, name))
    return article_from_parts(title, parts, source, fallback_title)


def pasted_article(text: str, when: datetime, html: str = "") -> Article:
    """An article from the clipboard: HTML there is extracted like a saved page; otherwise the
    plain text, titled by its first line or the time of pasting."""
    label = f"Pasted {when.strftime('%Y-%m-%d %H:%M')}"
    if html.strip():
        try:
            return html_article(html.encode("utf-8"), label, label)
        except UnreadableFileError:
            pass  # a snippet with no article structure: its plain text will do
    return article_from_bytes(text.encode("utf-8"), label, label)


def html_article(data: bytes, source: str, fallback_title: str) -> Article:
    """The article in a web page saved from a browser (HTML or MHTML), with its metadata."""
    # Imported here: html_import uses this module's decoder and error.
    from readmark.core.html_import import extract_html, extract_mhtml

    name = PurePath(source).name or source
    extract = extract_mhtml if name.lower().endswith((".mhtml", ".mht")) else extract_html
    return _extracted_article(extract(data, name), source, fallback_title)


def epub_article(data: bytes, source: str, fallback_title: str) -> Article:
    """A book in an EPUB file: its chapters in reading order, as one article."""
    from readmark.core.epub_import import extract_epub

    return _extracted_article(extract_epub(data, PurePath(source).name), source, fallback_title)


def docx_article(data: bytes, source: str, fallback_title: str) -> Article:
    """A Word document: its paragraphs by style, footnotes at the end."""
    from readmark.core.office_import import extract_docx

    return _extracted_article(extract_docx(data, PurePath(source).name), source, fallback_title)


def odt_article(data: bytes, source: str, fallback_title: str) -> Article:
    """An OpenDocument text (LibreOffice Writer): its paragraphs by style, footnotes at the end."""
    from readmark.core.office_import import extract_odt

    return _extracted_article(extract_odt(data, PurePath(source).name), source, fallback_title)


def pdf_article(
    data: bytes,
    source: str,
    fallback_title: str,
    password: str | None = None,
    *,
    ocr: bool = False,
    progress: PageProgress | None = None,
    ocr_language: str | None = None,
) -> Article:
    """A PDF's text layer: paragraphs by the layout, without running headers and footers; a
    scan's recognised text (in `ocr_language`, else the article's or system's) where `ocr`."""
    from readmark.core.pdf_import import extract_pdf

    page = extract_pdf(
        data,
        PurePath(source).name,
        password,
        ocr=ocr,
        progress=progress,
        ocr_language=ocr_language,
    )
    return _extracted_article(page, source, fallback_title)


def _extracted_article(page: ExtractedArticle, source: str, fallback_title: str) -> Article:
    article = article_from_parts(
        page.title,
        list(page.parts),
        source,
        fallback_title,
        author=page.author,
        published=page.published,
        site=page.site,
        url=page.url,
    )
    comments = tuple(_placed(article, c) for c in page.comments)
    return replace(article, comments=comments, left_out=page.left_out)


def _placed(article: Article, comment: Comment) -> FileComment:
    """The comment on its passage in the article's text: the first place its words stand from
    the block it began in; the whole block where they cannot be found (never dropped)."""
    first = 1 if article.blocks[0].kind == "title" else 0  # parts come after any title
    block = article.blocks[min(comment.part + first, len(article.blocks) - 1)]
    start = article.text.find(comment.quote, block.start) if comment.quote else -1
    if start == -1:
        return FileComment(block.start, block.end, comment.note, comment.author)
    return FileComment(start, start + len(comment.quote), comment.note, comment.author)


def _decoded(data: bytes, name: str) -> str:
    try:
        text = normalise_text(decode_text(data))
    except UnreadableFileError as error:
        raise UnreadableFileError(error.reason, name) from None
    if not text:
        raise UnreadableFileError(tr("is empty"), name)
    return text


def read_article(
    path: Path,
    password: str | None = None,
    *,
    ocr: bool = False,
    progress: PageProgress | None = None,
    ocr_language: str | None = None,
) -> Article:
    """The article in a text file; UnreadableFileError, with the reason, for anything else.
    A PDF is opened with `password`, and read by text recognition if a scan and `ocr`."""
    try:
        resolved = path.resolve()
        status = resolved.stat()
        if stat.S_ISDIR(status.st_mode):
            raise UnreadableFileError(tr("is a folder, not a file"), path.name)
        if not stat.S_ISREG(status.st_mode):
            # Devices and pipes: reading one could block forever or never end.
            raise UnreadableFileError(tr("is not a regular file"), path.name)
        if status.st_size > MAX_FILE_BYTES:
            too_large = tr("is too large to open ({size}; the limit is {limit})")
            limit = _size(MAX_FILE_BYTES)
            raise UnreadableFileError(
                too_large.format(size=_size(status.st_size), limit=limit), path.name
            )
        data = resolved.read_bytes()
    except OSError as error:
        raise UnreadableFileError(_os_reason(error), path.name) from error
    except ValueError as error:  # a path with a NUL character in it
        raise UnreadableFileError(
            tr("could not be read: its name is not valid"), path.name
        ) from error
    if password is not None or ocr:  # only a PDF needs them (PasswordNeededError, ScanError)
        article = pdf_article(
            data,
            str(resolved),
            path.stem,
            password,
            ocr=ocr,
            progress=progress,
            ocr_language=ocr_language,
        )
    else:
        read = _READERS.get(resolved.suffix.lower(), article_from_bytes)
        article = read(data, str(resolved), path.stem)
    return replace(article, file_path=str(resolved))


def _size(count: int) -> str:
    # Rounded up, so a file just over the limit never reads as equal to it.
    for unit, scale in ((tr("{count} MB"), 1024 * 1024), (tr("{count} KB"), 1024)):
        if count >= scale:
            return unit.format(count=math.ceil(count / scale))
    return tr("{count} bytes").format(count=count)


def _os_reason(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return tr("could not be found")
    if isinstance(error, PermissionError):
        return tr("could not be read: permission denied")
    detail = (error.strerror or str(error) or type(error).__name__).rstrip(".")
    return tr("could not be read: {detail}").format(detail=f"{detail[:1].lower()}{detail[1:]}")


_READERS = {
    ".md": markdown_article,
    ".markdown": markdown_article,
    ".html": html_article,
    ".htm": html_article,
    ".mhtml": html_article,
    ".mht": html_article,
    ".epub": epub_article,
    ".docx": docx_article,
    ".odt": odt_article,
    ".pdf": pdf_article,
}


def reader_for(name: str) -> Callable[[bytes, str, str], Article] | None:
    """The reader of a file by its name's suffix (.docx, .epub…); None for plain text."""
    return _READERS.get(PurePath(name).suffix.lower())


# What a folder import picks up; a file named directly is read whatever its name.
ARTICLE_SUFFIXES = frozenset({".txt", ".text", *_READERS})
