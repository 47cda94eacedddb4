"""Reads a REFI-QDA project (.qdpx): its text sources and coded text selections; `refi_qda`
says how the format holds them."""

from __future__ import annotations

import io
import json
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from datetime import UTC, datetime

from readmark.core.bounded import RefusedInputError, read_member
from readmark.core.codebook import CodebookError, read_codes
from readmark.core.fields import undescribed
from readmark.core.importing import MAX_FILE_BYTES, content_hash
from readmark.core.incoming import (
    ExchangeFormatError,
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    sound_blocks,
)
from readmark.core.model import Article, CodeEntry
from readmark.core.refi_positions import SourceText, counting_of
from readmark.core.refi_qda import (
    BLOCKS_VARIABLE,
    PROJECT_FILE,
    SOURCES_FOLDER,
    VARIABLES,
    user_guid,
)
from readmark.core.text import storable
from readmark.core.texts import tr

_READ_VARIABLES = (*VARIABLES, ("blocks", BLOCKS_VARIABLE))


def read_qdpx(data: bytes) -> Incoming:
    """The text sources and coded text selections of a REFI-QDA project. Each coding of a
    selection is one annotation, its tag the code's name; the selection's description and
    its notes make the note. Raises ExchangeFormatError for a file that is not a project."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError):
        raise ExchangeFormatError(
            tr("it is not a REFI-QDA project (not a readable zip archive)")
        ) from None
    with archive:
        members = {info.filename: info for info in archive.infolist() if not info.is_dir()}
        project = PROJECT_FILE if PROJECT_FILE in members else None
        if project is None:
            found = [name for name in members if name.lower().endswith(".qde") and "/" not in name]
            if not found:
                raise ExchangeFormatError(tr("it is not a REFI-QDA project (no project.qde in it)"))
            project = found[0]
        root = _parse_project(_member(archive, members, project))
        return _ProjectReader(archive, members, root).read()


def _member(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str) -> bytes:
    try:
        return read_member(archive, members[name], MAX_FILE_BYTES)
    except RefusedInputError as error:
        raise ExchangeFormatError(str(error)) from None
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        damaged = tr("it is damaged: “{name}” cannot be unpacked ({error})")
        raise ExchangeFormatError(damaged.format(name=name, error=error)) from None
    except NotImplementedError:
        packed = tr("its “{name}” is packed in a way Readmark cannot read").format(name=name)
        raise ExchangeFormatError(packed) from None


def _parse_project(data: bytes) -> ElementTree.Element:
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        not_xml = tr("its project.qde is not XML ({error})").format(error=error)
        raise ExchangeFormatError(not_xml) from None
    if not (root.tag.startswith("{urn:QDA-XML:project:") and root.tag.endswith("}Project")):
        raise ExchangeFormatError(
            tr("its project.qde is not a REFI-QDA project (no Project element)")
        )
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
            unread = tr("its codebook cannot be read: {error}").format(error=error)
            raise ExchangeFormatError(unread) from None
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
