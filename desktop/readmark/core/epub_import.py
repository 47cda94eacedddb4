"""EPUB books to one article: the spine's chapters in reading order, their blocks by kind."""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from typing import Any
from urllib.parse import unquote

import lxml.etree  # type: ignore[import-untyped]  # lxml ships no type hints

from readmark.core.bounded import RefusedInputError, read_member
from readmark.core.extracted import ExtractedArticle, single_line
from readmark.core.html_import import page_text, parse_page
from readmark.core.importing import MAX_FILE_BYTES, UnreadableFileError
from readmark.core.text import BlockKind
from readmark.core.texts import tr

Parts = list[tuple[BlockKind, str]]

_CONTAINER = "META-INF/container.xml"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_ROOTFILE = "{urn:oasis:names:tc:opendocument:xmlns:container}rootfile"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})
# All the chapters together may unpack to this much; a book's text is a few megabytes.
MAX_BOOK_BYTES = 4 * MAX_FILE_BYTES
# Entities are never expanded (a few hundred bytes could grow to gigabytes) nor DTDs fetched.
_XML_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
)

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that begin a block of their own; anything else (em, a, span…) runs within a line.
_BLOCKS = _HEADINGS | {
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
_NEVER_TEXT = frozenset({"script", "style", "head", "title", "template", "svg", "math"})


def extract_epub(data: bytes, name: str) -> ExtractedArticle:
    """The book in an EPUB file's bytes; UnreadableFileError, with the reason, if it holds none."""
    try:
        book = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        reason = tr("is not an EPUB book it can read: it is damaged, or another kind of file")
        raise UnreadableFileError(reason, name) from None
    with book:
        reader = _Reader(book, name)
        package_path = reader.package_path()
        package = reader.xml(package_path)
        parts: Parts = []
        for chapter in reader.chapters(package, package_path):
            _add_blocks(parse_page(page_text(chapter, name, None), name).body, parts, "paragraph")
    if not parts:  # a book of pictures: comics, or scans
        raise UnreadableFileError(tr("has no text in it"), name)
    metadata = package.find(f"{_OPF}metadata")
    return ExtractedArticle(
        title=_dc(metadata, "title"),
        parts=tuple(parts),
        author=", ".join(single_line(c.text or "") for c in _all_dc(metadata, "creator")),
        published=_iso_date(_dc(metadata, "date")),
    )


class _Reader:
    """Reads a book's members, each and all together within their limits."""

    def __init__(self, book: zipfile.ZipFile, name: str) -> None:
        self.book = book
        self.name = name
        self.budget = MAX_BOOK_BYTES

    def member(self, path: str) -> bytes:
        if path not in self.book.NameToInfo:
            missing = tr("is not a complete EPUB book: “{path}” is missing")
            raise UnreadableFileError(missing.format(path=path), self.name)
        try:
            data = read_member(self.book, path, self.budget)
        except RefusedInputError as refused:
            refusal = tr("cannot be opened: {refusal}").format(refusal=refused)
            raise UnreadableFileError(refusal, self.name) from None
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            damaged = tr("is damaged: “{path}” cannot be unpacked").format(path=path)
            raise UnreadableFileError(damaged, self.name) from None
        self.budget -= len(data)
        return data

    def xml(self, path: str) -> Any:
        try:
            return lxml.etree.fromstring(self.member(path), parser=_XML_PARSER)
        except lxml.etree.XMLSyntaxError:
            damaged = tr("is damaged: “{path}” is not valid XML").format(path=path)
            raise UnreadableFileError(damaged, self.name) from None

    def package_path(self) -> str:
        """The package document (OPF) the container names."""
        rootfile = self.xml(_CONTAINER).find(f".//{_ROOTFILE}")
        if rootfile is None or not rootfile.get("full-path"):
            raise UnreadableFileError(tr("is not an EPUB book: it names no package"), self.name)
        return str(rootfile.get("full-path"))

    def chapters(self, package: Any, package_path: str) -> list[bytes]:
        """The XHTML of every chapter in the spine, in reading order; the navigation document
        (the book's own table of contents) is left out."""
        if "META-INF/encryption.xml" in self.book.NameToInfo and self._chapters_encrypted():
            raise UnreadableFileError(
                tr("is protected by DRM, so its text cannot be read"), self.name
            )
        folder = posixpath.dirname(package_path)
        manifest = {item.get("id"): item for item in package.iterfind(f"{_OPF}manifest/{_OPF}item")}
        chapters = []
        for reference in package.iterfind(f"{_OPF}spine/{_OPF}itemref"):
            item = manifest.get(reference.get("idref"))
            if item is None or item.get("media-type") not in _XHTML_TYPES:
                continue
            if "nav" in (item.get("properties") or "").split():
                continue
            href = unquote((item.get("href") or "").partition("#")[0])
            chapters.append(self.member(posixpath.normpath(posixpath.join(folder, href))))
        if not chapters:
            raise UnreadableFileError(tr("is not an EPUB book: it has no chapters"), self.name)
        return chapters

    def _chapters_encrypted(self) -> bool:
        """Whether anything but fonts is encrypted (publishers obfuscate fonts they embed)."""
        encryption = self.xml("META-INF/encryption.xml")
        references = encryption.iterfind(".//{http://www.w3.org/2001/04/xmlenc#}CipherReference")
        fonts = (".otf", ".ttf", ".woff", ".woff2")
        return any(not r.get("URI", "").lower().endswith(fonts) for r in references)


def _add_blocks(container: Any, parts: Parts, kind: BlockKind) -> None:
    """Appends the blocks under `container`, as `kind` unless their tag says otherwise; text
    between blocks (as in a <div> with text and paragraphs) makes a block of its own."""
    loose = [container.text or ""]
    for child in container:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _NEVER_TEXT or not tag:
            loose.append(child.tail or "")
            continue
        if tag not in _BLOCKS:
            loose += [_text(child), child.tail or ""]
            continue
        _add(parts, kind, "".join(loose))
        loose = [child.tail or ""]
        if tag in _HEADINGS:
            _add(parts, "heading", _text(child))
        elif tag == "li":
            _add(parts, "list_item", _text(child, skip={"ul", "ol"}))
            for nested in child.iterchildren("ul", "ol"):
                _add_blocks(nested, parts, "list_item")
        else:
            _add_blocks(child, parts, _KINDS.get(tag, kind))
    _add(parts, kind, "".join(loose))


_KINDS: dict[str, BlockKind] = {
    "blockquote": "quote",
    "figcaption": "caption",
    "ul": "list_item",
    "ol": "list_item",
}


def _text(element: Any, skip: frozenset[str] | set[str] = frozenset()) -> str:
    """The element's text with its descendants' but `skip` ones; a line break as a space."""
    if element.tag == "br":
        return " "
    pieces = [element.text or ""]
    for child in element:
        if child.tag not in skip and child.tag not in _NEVER_TEXT and isinstance(child.tag, str):
            pieces.append(_text(child, skip))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _add(parts: Parts, kind: BlockKind, text: str) -> None:
    text = single_line(text)
    if text:
        parts.append((kind, text))


def _dc(metadata: Any, field: str) -> str:
    return next((single_line(e.text or "") for e in _all_dc(metadata, field)), "")


def _all_dc(metadata: Any, field: str) -> list[Any]:
    return [] if metadata is None else metadata.findall(f"{_DC}{field}")


def _iso_date(value: str) -> str:
    """YYYY-MM-DD from an EPUB date (YYYY, YYYY-MM-DD or a full timestamp), else nothing."""
    day = value[:10]
    return day if len(day) == 10 and day[4] == "-" and day[7] == "-" else ""
