"""REFI-QDA projects (.qdpx), the exchange format of qualitative-analysis software (NVivo,
ATLAS.ti, MAXQDA, QualCoder): writing documents, tags and coded passages, and reading them back.

A .qdpx is a zip archive holding `project.qde` (XML in the urn:QDA-XML:project:1.0 namespace,
Project.xsd of 18 March 2019) and the sources' texts in `sources/`. Each document becomes a
TextSource whose plain text is `sources/<guid>.txt`; each tag a Code (groups nest); each
annotation a PlainTextSelection (guid = the annotation's id) with one Coding of its tag and
its note as the selection's Description, its fields' values after it under a "Fields:" line
(the format gives a selection no variables). Positions count characters (code points) of the
source text, end exclusive, as Readmark's offsets do; the texts are UTF-8 with no byte-order
mark, so position 0 is the file's first character (REFI-QDA 1.5, section 10.2).
"""

from __future__ import annotations

import io
import json
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath, PureWindowsPath
from typing import BinaryIO

from readmark.core.bounded import RefusedInputError, read_member
from readmark.core.codebook import CodebookError, append_codes, code_guid, read_codes, xml_text
from readmark.core.fields import described, undescribed
from readmark.core.importing import MAX_FILE_BYTES, content_hash
from readmark.core.model import Annotation, Article, CodeEntry, Document, Tag
from readmark.core.refi_positions import SourceText, counting_of
from readmark.core.text import encode_blocks, storable
from readmark.core.web_annotation import (
    ExchangeFormatError,
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    sound_blocks,
)

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_FILE = "project.qde"
SOURCES_FOLDER = "sources"
_Q = f"{{{NAMESPACE}}}"
# Document facts that become the sources' variables, under these names.
VARIABLES = (
    ("source", "Source"),
    ("author", "Author"),
    ("published", "Published"),
    ("site", "Site"),
    ("url", "URL"),
    ("label", "Document label"),  # what kind of information it is: core.document_labels
)
# The kinds of a document's blocks (title, heading, quote, ...), which REFI-QDA has no place
# for, as a text variable other tools show and pass on: [[kind, start, end], ...] as JSON.
BLOCKS_VARIABLE = "Readmark blocks"
_BLOCKS_GUID = str(uuid.uuid5(uuid.NAMESPACE_URL, "readmark:variable:blocks"))
_READ_VARIABLES = (*VARIABLES, ("blocks", BLOCKS_VARIABLE))


def user_guid(coder: str) -> str:
    """A coder's user guid ("" for Readmark itself): the same name, the same guid."""
    return str(
        uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:user:{coder}" if coder else "readmark:user")
    )


def source_guid(content_hash: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:document:{content_hash}"))


def selection_guid(annotation_id: str) -> str:
    try:
        return str(uuid.UUID(hex=annotation_id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:annotation:{annotation_id}"))


# Writing


def write_qdpx(
    documents: Sequence[tuple[Document, Sequence[Annotation]]],
    tags: Sequence[Tag],
    stream: BinaryIO,
    *,
    project_name: str,
    origin: str,
    created: datetime,
    local_paths: bool = False,
) -> int:
    """Writes a REFI-QDA project; returns how many coded passages it holds. Orphaned
    annotations are left out: their offsets no longer point at their words. A document read
    from a file on this computer gives its file's name as its source, unless `local_paths`
    asks for the whole path (its folders name the user)."""
    user = user_guid("")
    root = ElementTree.Element(
        f"{_Q}Project",
        {
            "name": xml_text(project_name),
            "origin": xml_text(origin),
            "creatingUserGUID": user,
            "creationDateTime": _time(created),
        },
    )
    users = ElementTree.SubElement(root, f"{_Q}Users")
    # Coders first, the busiest first: QualCoder opens a project as its first user, and shows
    # others' codings only once the reader picks another name.
    passages = Counter(a.coder for _, annotations in documents for a in annotations if a.coder)
    for coder, _ in sorted(passages.items(), key=lambda item: (-item[1], item[0])):
        ElementTree.SubElement(
            users, f"{_Q}User", {"guid": user_guid(coder), "name": xml_text(coder)}
        )
    ElementTree.SubElement(users, f"{_Q}User", {"guid": user, "name": "Readmark"})
    if tags:
        append_codes(ElementTree.SubElement(root, f"{_Q}CodeBook"), tags, NAMESPACE)
    used = [
        (field, label)
        for field, label in VARIABLES
        if any(getattr(document, field) for document, _ in documents)
    ]
    variable_guids = {
        field: str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:variable:{field}"))
        for field, _ in used
    }
    variables = ElementTree.SubElement(root, f"{_Q}Variables")
    for field, label in used:
        ElementTree.SubElement(
            variables,
            f"{_Q}Variable",
            {"guid": variable_guids[field], "name": label, "typeOfVariable": "Text"},
        )
    ElementTree.SubElement(
        variables,
        f"{_Q}Variable",
        {"guid": _BLOCKS_GUID, "name": BLOCKS_VARIABLE, "typeOfVariable": "Text"},
    )
    names = {tag.id: tag.name for tag in tags}
    texts: list[tuple[str, str]] = []
    written = 0
    if documents:
        sources = ElementTree.SubElement(root, f"{_Q}Sources")
        for document, annotations in documents:
            guid = source_guid(document.content_hash)
            source = ElementTree.SubElement(
                sources,
                f"{_Q}TextSource",
                {
                    "guid": guid,
                    "name": xml_text(document.title),
                    "plainTextPath": f"internal://{guid}.txt",
                    "creatingUser": user,
                    "creationDateTime": _time(document.imported_at),
                },
            )
            for annotation in annotations:
                if annotation.orphaned or annotation.tag_id not in names:
                    continue
                coder = user_guid(annotation.coder) if annotation.coder else user
                _write_selection(source, annotation, names[annotation.tag_id], coder)
                written += 1
            for field, _ in used:
                value = getattr(document, field)
                if field == "source" and not local_paths:
                    value = _without_folders(value)
                if value:
                    _write_value(source, variable_guids[field], value)
            _write_value(source, _BLOCKS_GUID, encode_blocks(document.blocks))
            texts.append((f"{SOURCES_FOLDER}/{guid}.txt", document.text))
    ElementTree.indent(root)
    xml = io.BytesIO()
    # The project's namespace as the default one (no prefix), as other tools write it. The
    # codebook writer registers its own the same way before writing.
    ElementTree.register_namespace("", NAMESPACE)
    ElementTree.ElementTree(root).write(xml, encoding="utf-8", xml_declaration=True)
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PROJECT_FILE, xml.getvalue())
        for name, text in texts:
            # No byte-order mark: REFI-QDA counts from the file's first code point, and QualCoder
            # reads a mark as a character, which would put every passage one character early.
            archive.writestr(name, text.encode("utf-8"))
    return written


def _write_value(source: ElementTree.Element, variable: str, value: str) -> None:
    entry = ElementTree.SubElement(source, f"{_Q}VariableValue")
    ElementTree.SubElement(entry, f"{_Q}VariableRef", {"targetGUID": variable})
    ElementTree.SubElement(entry, f"{_Q}TextValue").text = xml_text(value)


def _write_selection(
    source: ElementTree.Element, annotation: Annotation, tag: str, user: str
) -> None:
    guid = selection_guid(annotation.id)
    selection = ElementTree.SubElement(
        source,
        f"{_Q}PlainTextSelection",
        {
            "guid": guid,
            "name": xml_text(annotation.exact),
            "startPosition": str(annotation.start),
            "endPosition": str(annotation.end),
            "creatingUser": user,
            "creationDateTime": _time(annotation.created_at),
            "modifyingUser": user,
            "modifiedDateTime": _time(annotation.updated_at),
        },
    )
    description = described(annotation.note, annotation.field_values)
    if description:
        ElementTree.SubElement(selection, f"{_Q}Description").text = xml_text(description)
    coding = ElementTree.SubElement(
        selection,
        f"{_Q}Coding",
        {
            "guid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:coding:{annotation.id}")),
            "creatingUser": user,
            "creationDateTime": _time(annotation.created_at),
        },
    )
    ElementTree.SubElement(coding, f"{_Q}CodeRef", {"targetGUID": code_guid(tag)})


def _without_folders(source: str) -> str:
    """A source that is a file's absolute path (POSIX, Windows or file: URL) as the file's name."""
    path = source.removeprefix("file://")
    for flavour in (PurePosixPath, PureWindowsPath):
        if flavour(path).is_absolute():
            return flavour(path).name
    return source


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Reading


def read_qdpx(data: bytes) -> Incoming:
    """The text sources and coded text selections of a REFI-QDA project. Each coding of a
    selection is one annotation, its tag the code's name; the selection's description and
    its notes make the note. Raises ExchangeFormatError for a file that is not a project."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise ExchangeFormatError(
            "it is not a REFI-QDA project (not a readable zip archive)"
        ) from None
    with archive:
        members = {info.filename: info for info in archive.infolist() if not info.is_dir()}
        project = PROJECT_FILE if PROJECT_FILE in members else None
        if project is None:
            found = [name for name in members if name.lower().endswith(".qde") and "/" not in name]
            if not found:
                raise ExchangeFormatError("it is not a REFI-QDA project (no project.qde in it)")
            project = found[0]
        root = _parse_project(_member(archive, members, project))
        return _ProjectReader(archive, members, root).read()


def _member(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str) -> bytes:
    try:
        return read_member(archive, members[name], MAX_FILE_BYTES)
    except RefusedInputError as error:
        raise ExchangeFormatError(str(error)) from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise ExchangeFormatError(f"it is damaged: “{name}” cannot be unpacked ({error})") from None
    except NotImplementedError:
        raise ExchangeFormatError(f"its “{name}” is packed in a way Readmark cannot read") from None


def _parse_project(data: bytes) -> ElementTree.Element:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise ExchangeFormatError(f"its project.qde is not XML ({error})") from None
    if not (root.tag.startswith("{urn:QDA-XML:project:") and root.tag.endswith("}Project")):
        raise ExchangeFormatError("its project.qde is not a REFI-QDA project (no Project element)")
    return root


class _ProjectReader:
    def __init__(
        self,
        archive: zipfile.ZipFile,
        members: dict[str, zipfile.ZipInfo],
        root: ElementTree.Element,
    ) -> None:
        self._archive = archive
        self._members = {name.lower(): info for name, info in members.items()}
        self._root = root
        self._q = root.tag[: root.tag.index("}") + 1]  # the file's own namespace version
        self._counting = counting_of(root.get("origin") or "")  # how its positions count
        self._codes: dict[str, str] = {}  # guid -> name
        self._tags: list[CodeEntry] = []  # the codebook's codes, groups first
        self._notes: dict[str, str] = {}  # guid -> text
        self._variables: dict[str, str] = {}  # guid -> field
        self._users: dict[str, str] = {}  # guid -> name
        self.skipped: list[tuple[str, str]] = []

    def read(self) -> Incoming:
        q = self._q
        codebook = self._root.find(f"{q}CodeBook")
        codes = codebook.find(f"{q}Codes") if codebook is not None else None
        try:
            listed = read_codes(codes, q)
        except CodebookError as error:
            raise ExchangeFormatError(f"its codebook cannot be read: {error}") from None
        for guid, entry in listed:
            self._tags.append(entry)
            if guid:
                self._codes[guid] = entry.name
        readmark = user_guid("")
        for user in self._root.iter(f"{q}User"):
            guid, name = _guid(user.get("guid")), (user.get("name") or "").strip()
            if guid and name and guid != readmark:
                self._users[guid] = name
        labels = {label.lower(): field for field, label in _READ_VARIABLES}
        for variable in self._root.iter(f"{q}Variable"):
            field = labels.get((variable.get("name") or "").strip().lower())
            if field is not None:
                self._variables[_guid(variable.get("guid"))] = field
        notes = self._root.find(f"{q}Notes")
        for note in notes.findall(f"{q}Note") if notes is not None else []:
            text = self._text_of(note, "a note")
            if text is not None:
                self._notes[_guid(note.get("guid"))] = text
        documents: list[IncomingDocument] = []
        annotations: list[IncomingAnnotation] = []
        sources = self._root.find(f"{q}Sources")
        for source in list(sources) if sources is not None else []:
            name = source.get("name") or "(unnamed source)"
            if source.tag != f"{q}TextSource":
                kind = source.tag.rsplit("}", 1)[-1]
                if source.findall(f".//{q}Coding"):
                    self.skipped.append((f"“{name}”", f"a {kind}: Readmark reads text sources"))
                continue
            read = self._source(source, name)
            if read is not None:
                documents.append(read[0])
                annotations.extend(read[1])
        return Incoming(
            tuple(documents), tuple(annotations), tuple(self.skipped), tuple(self._tags)
        )

    def _source(
        self, source: ElementTree.Element, name: str
    ) -> tuple[IncomingDocument, list[IncomingAnnotation]] | None:
        q = self._q
        raw = self._text_of(source, f"“{name}”")
        if raw is None:
            return None
        source_text = SourceText(raw)
        text = source_text.text
        facts = {field: "" for field, _ in _READ_VARIABLES}
        for value in source.findall(f"{q}VariableValue"):
            ref = value.find(f"{q}VariableRef")
            field = self._variables.get(_guid(ref.get("targetGUID") if ref is not None else ""))
            if field is not None:
                facts[field] = (value.findtext(f"{q}TextValue") or "").strip()
        key = _guid(source.get("guid")) or name
        digest = content_hash(text)
        article = Article(
            title=name,
            text=text,
            source=facts["source"] or name,
            content_hash=digest,
            blocks=sound_blocks(_json(facts["blocks"]), text),
            author=facts["author"],
            published=facts["published"],
            site=facts["site"],
            url=facts["url"],
        )
        annotations: list[IncomingAnnotation] = []
        for selection in source.findall(f"{q}PlainTextSelection"):
            annotations.extend(self._selection(selection, key, source_text))
        return IncomingDocument(key, digest, name, article, label=facts["label"]), annotations

    def _selection(
        self, selection: ElementTree.Element, key: str, source: SourceText
    ) -> list[IncomingAnnotation]:
        q = self._q
        guid = _guid(selection.get("guid"))
        where = f"selection {guid or '(no guid)'}"
        try:
            given = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
        except ValueError:
            self.skipped.append((where, "its start and end positions are not whole numbers"))
            return []
        span = source.place(*given, selection.get("name") or "", self._counting)
        if span is None:
            self.skipped.append((where, "its positions lie outside the source's text"))
            return []
        start, end = span
        # As written: a note's leading spaces (an indented list, a quoted block) are its own.
        description, field_values = undescribed(selection.findtext(f"{q}Description") or "")
        notes = [description]
        for ref in selection.findall(f"{q}NoteRef"):
            notes.append(self._notes.get(_guid(ref.get("targetGUID")), ""))
        note = "\n\n".join(n for n in notes if n.strip())
        created = _parse_time(selection.get("creationDateTime"))
        updated = _parse_time(selection.get("modifiedDateTime")) or created
        codings = selection.findall(f"{q}Coding")
        if not codings:
            self.skipped.append((where, "it is not coded (a selection with no code)"))
        found = []
        for coding in codings:
            code_ref = coding.find(f"{q}CodeRef")
            target = _guid(code_ref.get("targetGUID") if code_ref is not None else "")
            tag = self._codes.get(target)
            if tag is None:
                self.skipped.append((where, "it is coded with a code the project does not list"))
                continue
            # One coding keeps the selection's guid as its id; several get one each.
            identity = guid if len(codings) == 1 else f"{guid}/{target}"
            coder = coding.get("creatingUser") or selection.get("creatingUser")
            found.append(
                IncomingAnnotation(
                    document_key=key,
                    tag=tag,
                    start=start,
                    end=end,
                    exact=source.text[start:end],
                    note=note,
                    id=_identity(identity) if guid else None,
                    created_at=created,
                    updated_at=updated,
                    coder=self._users.get(_guid(coder), ""),
                    where=where,
                    field_values=field_values,
                )
            )
        return found

    def _text_of(self, element: ElementTree.Element, what: str) -> str | None:
        """A source's or note's plain text: inline, or a file inside the archive."""
        inline = element.find(f"{self._q}PlainTextContent")
        if inline is not None:
            return storable(inline.text or "")
        path = element.get("plainTextPath") or ""
        if not path:
            if element.tag.endswith("}Note"):
                return None  # a note with no text: nothing to keep
            self.skipped.append((what, "it has no plain text"))
            return None
        if not path.startswith("internal://"):
            self.skipped.append((what, f"its text is outside the project file ({path})"))
            return None
        name = f"{SOURCES_FOLDER}/{path[len('internal://') :]}".lower()
        info = self._members.get(name)
        if info is None:
            self.skipped.append((what, f"its text file “{path}” is missing from the project"))
            return None
        data = _member(self._archive, {name: info}, name)
        try:
            return storable(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            self.skipped.append((what, "its text file is not UTF-8"))
            return None


def _json(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None  # not ours, or damaged: the blocks are found afresh


def _guid(value: str | None) -> str:
    return (value or "").strip().strip("{}").lower()


def _identity(guid: str) -> str:
    try:
        return uuid.UUID(guid).hex
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, f"qdpx:{guid}").hex


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
