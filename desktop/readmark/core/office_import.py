"""Word (.docx) and OpenDocument (.odt) files to an article: paragraphs and their kinds by style,
footnotes at the end, and the comments the file's readers left, with the passages they mark."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from abc import ABC, abstractmethod
from typing import Any

import lxml.etree  # type: ignore[import-untyped]  # lxml ships no type hints

from readmark.core.article_builder import ArticleBuilder
from readmark.core.bounded import RefusedInputError, read_member
from readmark.core.extracted import ExtractedArticle, single_line
from readmark.core.importing import MAX_FILE_BYTES, UnreadableFileError
from readmark.core.text import BlockKind
from readmark.core.texts import tr

# Every part of a document together may unpack to this much.
MAX_DOCUMENT_BYTES = 4 * MAX_FILE_BYTES
_XML_PARSER = lxml.etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, huge_tree=False
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_DCTERMS = "{http://purl.org/dc/terms/}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"

# Paragraph styles, by the name a user sees (lower case, spaces), that give a block its kind.
_HEADING_STYLE = re.compile(r"(heading|überschrift|titre|título|titolo)\s*\d*|subtitle")
_QUOTE_STYLES = frozenset({"quote", "intense quote", "quotations", "block text", "block quotation"})
_CAPTION_STYLES = frozenset({"caption", "figure", "illustration", "table", "drawing", "text"})
_LIST_STYLE = re.compile(r"list( (bullet|number|paragraph|contents))?( \d)?")
_SKIPPED_STYLES = frozenset({"footnote text", "footnote", "endnote text", "endnote"})


class _Package:
    """A zip package's parts, each read within what is left of the document's allowance."""

    def __init__(self, data: bytes, name: str, unreadable: str) -> None:
        self.name = name
        self.budget = MAX_DOCUMENT_BYTES
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise UnreadableFileError(unreadable, name) from None

    def xml(self, path: str, required: bool = True) -> Any:
        if path not in self.zip.NameToInfo:
            if required:
                missing = tr("is not a complete document: “{path}” is missing")
                raise UnreadableFileError(missing.format(path=path), self.name)
            return None
        try:
            data = read_member(self.zip, path, self.budget)
        except RefusedInputError as refused:
            refusal = tr("cannot be opened: {refusal}").format(refusal=refused)
            raise UnreadableFileError(refusal, self.name) from None
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            damaged = tr("is damaged: “{path}” cannot be unpacked").format(path=path)
            raise UnreadableFileError(damaged, self.name) from None
        self.budget -= len(data)
        try:
            return lxml.etree.fromstring(data, parser=_XML_PARSER)
        except lxml.etree.XMLSyntaxError:
            damaged = tr("is damaged: “{path}” is not valid XML").format(path=path)
            raise UnreadableFileError(damaged, self.name) from None


class _Reader(ABC):
    """Reads a package's blocks into an ArticleBuilder, and makes the article of them: each
    format walks its own elements, and names its own title, author and date."""

    def __init__(self, package: _Package) -> None:
        self.package = package
        self.builder = ArticleBuilder()

    def article(self, body: Any) -> ExtractedArticle:
        """The article of the blocks under `body`; UnreadableFileError if they hold no text."""
        self.blocks(body)
        title, author, published = self.metadata()
        article = self.builder.article(single_line(title), single_line(author), published)
        if not article.parts:
            raise UnreadableFileError(tr("has no text in it"), self.package.name)
        return article

    @abstractmethod
    def blocks(self, container: Any) -> None:
        """Adds the blocks under `container`, in reading order."""

    @abstractmethod
    def metadata(self) -> tuple[str, str, str]:
        """The document's title, author and the date it was made, as its package names them."""


def extract_docx(data: bytes, name: str) -> ExtractedArticle:
    """The text of a Word document; UnreadableFileError, with the reason, if it holds none."""
    package = _Package(
        data, name, tr("is not a Word document it can read: it is damaged, or another kind of file")
    )
    document = package.xml("word/document.xml")
    body = document.find(f"{W}body")
    return _DocxReader(package).article(body if body is not None else document)


class _DocxReader(_Reader):
    """A Word document's paragraphs and tables, kinds by their styles, with its footnotes,
    endnotes and comments."""

    def __init__(self, package: _Package) -> None:
        super().__init__(package)
        self.styles = _docx_styles(package.xml("word/styles.xml", required=False))
        self.footnotes = _docx_notes(package.xml("word/footnotes.xml", required=False), "footnote")
        self.endnotes = _docx_notes(package.xml("word/endnotes.xml", required=False), "endnote")
        # Each comment's note and author, by its id.
        self.comments = {
            c.get(f"{W}id"): (single_line(_docx_plain(c)), c.get(f"{W}author") or "")
            for c in _all(package.xml("word/comments.xml", required=False), f"{W}comment")
        }

    def blocks(self, container: Any) -> None:
        for child in container:
            if child.tag == f"{W}p":
                kind = _docx_kind(child, self.styles)
                self.inline(child)
                self.builder.end_block(kind or "paragraph")
            elif child.tag == f"{W}tbl":
                for row in child.iterfind(f"{W}tr"):
                    self.builder.table_row(
                        [single_line(_docx_plain(c)) for c in row.iterfind(f"{W}tc")]
                    )
            elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
                self.blocks(child)

    def inline(self, element: Any) -> None:
        builder = self.builder
        for child in element:
            tag = child.tag
            if tag == f"{W}t":
                builder.text(child.text or "")
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                builder.text(" ")
            elif tag == f"{W}noBreakHyphen":
                builder.text("\u2011")
            elif tag == f"{W}footnoteReference":
                builder.cite(self.footnotes.get(child.get(f"{W}id"), ""))
            elif tag == f"{W}endnoteReference":
                builder.cite(self.endnotes.get(child.get(f"{W}id"), ""))
            elif tag == f"{W}commentRangeStart":
                builder.begin_comment(child.get(f"{W}id"))
            elif tag == f"{W}commentRangeEnd":
                key = child.get(f"{W}id")
                builder.end_comment(key, *self.comments.get(key, ("", "")))
            elif tag in _DOCX_NOT_TEXT or tag.endswith("}Fallback"):
                continue  # deleted text, field codes, text boxes; a drawing's second rendering
            else:
                self.inline(child)

    def metadata(self) -> tuple[str, str, str]:
        core = self.package.xml("docProps/core.xml", required=False)
        return (
            _find_text(core, f"{_DC}title"),
            _find_text(core, f"{_DC}creator"),
            _find_text(core, f"{_DCTERMS}created"),
        )


_DOCX_NOT_TEXT = frozenset({
    f"{W}delText", f"{W}instrText", f"{W}del", f"{W}pPr", f"{W}rPr", f"{W}txbxContent",
    f"{W}footnoteRef", f"{W}endnoteRef", f"{W}commentReference", f"{W}delInstrText",
})  # fmt: skip


def _docx_styles(styles: Any) -> dict[str, tuple[str, str]]:
    """Each paragraph style's id: its name (lower case) and its outline level, if it has one,
    followed through the styles it is based on."""
    own = {}
    for style in _all(styles, f"{W}style"):
        name = style.find(f"{W}name")
        based = style.find(f"{W}basedOn")
        level = style.find(f"{W}pPr/{W}outlineLvl")
        own[style.get(f"{W}styleId")] = (
            (name.get(f"{W}val") if name is not None else "").lower(),
            based.get(f"{W}val") if based is not None else "",
            level.get(f"{W}val") if level is not None else "",
        )
    resolved = {}
    for style_id, (name, based, level) in own.items():
        seen = {style_id}
        while not level and based in own and based not in seen:
            seen.add(based)
            level, based = own[based][2], own[based][1]
        resolved[style_id] = (name, level)
    return resolved


def _docx_kind(paragraph: Any, styles: dict[str, tuple[str, str]]) -> BlockKind | None:
    properties = paragraph.find(f"{W}pPr")
    style_id = ""
    level = ""
    listed = False
    if properties is not None:
        style = properties.find(f"{W}pStyle")
        style_id = style.get(f"{W}val") if style is not None else ""
        outline = properties.find(f"{W}outlineLvl")
        level = outline.get(f"{W}val") if outline is not None else ""
        number = properties.find(f"{W}numPr/{W}numId")
        listed = number is not None and number.get(f"{W}val") not in (None, "0")
    name, style_level = styles.get(style_id, (style_id.lower(), ""))
    return _kind(name, level or style_level, listed)


def _kind(style: str, outline_level: str, listed: bool) -> BlockKind:
    """A block's kind from its style's name, its outline level (0-8; 9 is body text) and
    whether it is numbered or bulleted."""
    style = style.replace("_20_", " ").replace("_", " ").strip()
    if style == "title":
        return "heading"
    if _HEADING_STYLE.fullmatch(style) or outline_level in tuple("012345678"):
        return "heading"
    if style in _QUOTE_STYLES:
        return "quote"
    if style in _CAPTION_STYLES:
        return "caption"
    if listed or _LIST_STYLE.fullmatch(style):
        return "list_item"
    return "paragraph"


def _docx_notes(notes: Any, kind: str) -> dict[str, str]:
    return {
        note.get(f"{W}id"): single_line(_docx_plain(note))
        for note in _all(notes, f"{W}{kind}")
        if note.get(f"{W}type") in (None, "normal")
    }


def _docx_plain(element: Any) -> str:
    """The text under an element, paragraphs apart, without deleted text or field codes."""
    pieces = []
    for node in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}p"):
        pieces.append(node.text or "" if node.tag == f"{W}t" else " ")
    return "".join(pieces)


def extract_odt(data: bytes, name: str) -> ExtractedArticle:
    """The text of an OpenDocument text; UnreadableFileError, with the reason, if it holds none."""
    package = _Package(
        data,
        name,
        tr("is not an OpenDocument text it can read: it is damaged, or another kind of file"),
    )
    content = package.xml("content.xml")
    text = content.find(f"{OFFICE}body/{OFFICE}text")
    return _OdtReader(package, content).article(text if text is not None else content)


class _OdtReader(_Reader):
    """An OpenDocument text's paragraphs, headings, lists and tables, kinds by their styles,
    with its notes and comments."""

    def __init__(self, package: _Package, content: Any) -> None:
        super().__init__(package)
        self.styles = _odt_styles(content, package.xml("styles.xml", required=False))
        # The comments begun, by name, and those on a point, that end with their paragraph.
        self.annotations: dict[str, Any] = {}
        self.ending_with_paragraph: list[str] = []

    def blocks(self, container: Any, kind: BlockKind | None = None) -> None:
        for child in container:
            tag = child.tag
            if tag in (f"{TEXT}p", f"{TEXT}h"):
                self.paragraph(child, kind)
            elif tag == f"{TEXT}list":
                self.blocks(child, "list_item")
            elif tag in (f"{TEXT}list-item", f"{TEXT}list-header", f"{TEXT}section"):
                self.blocks(child, kind)
            elif tag == f"{_TABLE}table":
                for row in child.iter(f"{_TABLE}table-row"):
                    cells = row.iterfind(f"{_TABLE}table-cell")
                    self.builder.table_row([single_line(_odt_plain(c)) for c in cells])

    def paragraph(self, element: Any, kind: BlockKind | None) -> None:
        """A paragraph or heading, of the list's `kind` where it is in one."""
        style = self.styles.get(element.get(f"{TEXT}style-name") or "", "")
        level = "0" if element.tag == f"{TEXT}h" else ""
        self.inline(element)
        for key in self.ending_with_paragraph:
            self.end_annotation(key)
        self.ending_with_paragraph.clear()
        if style in _SKIPPED_STYLES:
            self.builder.pieces = []
            return
        self.builder.end_block(kind if kind and level == "" else _kind(style, level, False))

    def inline(self, element: Any) -> None:
        builder = self.builder
        if element.text:
            builder.text(element.text)
        for child in element:
            tag = child.tag
            if tag == f"{TEXT}s":
                builder.text(" " * int(child.get(f"{TEXT}c") or 1))
            elif tag in (f"{TEXT}tab", f"{TEXT}line-break"):
                builder.text(" ")
            elif tag == f"{TEXT}note":
                body = child.find(f"{TEXT}note-body")
                builder.cite(single_line(_odt_plain(body)) if body is not None else "")
            elif tag == f"{OFFICE}annotation":
                key = child.get(f"{OFFICE}name") or f"point-{id(child)}"
                self.annotations[key] = child
                builder.begin_comment(key)
                if not child.get(f"{OFFICE}name"):  # a comment on a point: the paragraph it is in
                    builder.marking[key][1].extend(builder.pieces)
                    self.ending_with_paragraph.append(key)
            elif tag == f"{OFFICE}annotation-end":
                self.end_annotation(child.get(f"{OFFICE}name"))
            elif tag not in _ODT_NOT_TEXT:
                self.inline(child)
            if child.tail:
                builder.text(child.tail)

    def end_annotation(self, key: str) -> None:
        annotation = self.annotations.get(key)
        if annotation is None:
            return
        note = single_line(" ".join(_odt_plain(p) for p in annotation.iterfind(f"{TEXT}p")))
        self.builder.end_comment(key, note, _find_text(annotation, f"{_DC}creator"))

    def metadata(self) -> tuple[str, str, str]:
        meta = self.package.xml("meta.xml", required=False)
        return (
            _find_text(meta, f"{OFFICE}meta/{_DC}title"),
            _find_text(meta, f"{OFFICE}meta/{_META}initial-creator")
            or _find_text(meta, f"{OFFICE}meta/{_DC}creator"),
            _find_text(meta, f"{OFFICE}meta/{_META}creation-date"),
        )


_ODT_NOT_TEXT = frozenset({
    f"{TEXT}note-citation", f"{OFFICE}annotation", f"{TEXT}tracked-changes",
    f"{TEXT}bookmark", f"{TEXT}soft-page-break",
})  # fmt: skip


def _odt_styles(*documents: Any) -> dict[str, str]:
    """Each paragraph style's name: the display name (lower case) of the named style it is, or
    that an automatic style (P1, P2…) derives from."""
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    for document in documents:
        for style in _all(document, f"{_STYLE}style"):
            name = style.get(f"{_STYLE}name") or ""
            names[name] = (style.get(f"{_STYLE}display-name") or name).lower()
            parents[name] = style.get(f"{_STYLE}parent-style-name") or ""
    resolved = {}
    for name in names:
        current, seen = name, set()
        # Automatic styles borrow their parent's meaning; named styles keep their own.
        while (
            current in parents
            and parents[current]
            and current not in seen
            and _automatic(current, documents)
        ):
            seen.add(current)
            current = parents[current]
        resolved[name] = names.get(current, current.lower())
    return resolved


def _automatic(name: str, documents: tuple[Any, ...]) -> bool:
    return any(
        document is not None
        and document.find(f"{OFFICE}automatic-styles/{_STYLE}style[@{_STYLE}name='{name}']")
        is not None
        for document in documents
        if "'" not in name
    )


def _odt_plain(element: Any) -> str:
    """The text under an element, without note citations; spaces as they are counted."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == f"{TEXT}s":
            pieces.append(" " * int(child.get(f"{TEXT}c") or 1))
        elif child.tag in (f"{TEXT}tab", f"{TEXT}line-break", f"{TEXT}p"):
            pieces.append(" " + _odt_plain(child) if child.tag == f"{TEXT}p" else " ")
        elif child.tag not in _ODT_NOT_TEXT and child.tag != f"{_DC}creator":
            pieces.append(_odt_plain(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _find_text(element: Any, path: str) -> str:
    found = element.find(path) if element is not None else None
    return (found.text or "") if found is not None else ""


def _all(element: Any, tag: str) -> list[Any]:
    return [] if element is None else list(element.iter(tag))
