"""Writes a REFI-QDA project (.qdpx) of documents, tags and coded passages; `refi_qda` says
how the format holds them."""

from __future__ import annotations

import io
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import PurePosixPath, PureWindowsPath
from typing import BinaryIO

from readmark.core.codebook import append_codes, code_guid, xml_text
from readmark.core.fields import described
from readmark.core.model import Annotation, Document, Tag
from readmark.core.refi_qda import (
    BLOCKS_VARIABLE,
    NAMESPACE,
    PROJECT_FILE,
    SOURCES_FOLDER,
    VARIABLES,
    user_guid,
)
from readmark.core.text import encode_blocks

_Q = f"{{{NAMESPACE}}}"
_BLOCKS_GUID = str(uuid.uuid5(uuid.NAMESPACE_URL, "readmark:variable:blocks"))


def source_guid(content_hash: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:document:{content_hash}"))


def selection_guid(annotation_id: str) -> str:
    try:
        return str(uuid.UUID(hex=annotation_id))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:annotation:{annotation_id}"))


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
    _write_users(root, documents, user)
    if tags:
        append_codes(ElementTree.SubElement(root, f"{_Q}CodeBook"), tags, NAMESPACE)
    variables = _write_variables(root, documents)
    names = {tag.id: tag.name for tag in tags}
    texts: list[tuple[str, str]] = []
    written = 0
    if documents:
        sources = ElementTree.SubElement(root, f"{_Q}Sources")
        for document, annotations in documents:
            guid = source_guid(document.content_hash)
            source = _write_source(sources, guid, document, user)
            for annotation in annotations:
                if annotation.orphaned or annotation.tag_id not in names:
                    continue
                coder = user_guid(annotation.coder) if annotation.coder else user
                _write_selection(source, annotation, names[annotation.tag_id], coder)
                written += 1
            _write_values(source, document, variables, local_paths)
            texts.append((f"{SOURCES_FOLDER}/{guid}.txt", document.text))
    _write_archive(root, texts, stream)
    return written


def _write_users(
    root: ElementTree.Element,
    documents: Sequence[tuple[Document, Sequence[Annotation]]],
    user: str,
) -> None:
    users = ElementTree.SubElement(root, f"{_Q}Users")
    # Coders first, the busiest first: QualCoder opens a project as its first user, and shows
    # others' codings only once the reader picks another name.
    passages = Counter(a.coder for _, annotations in documents for a in annotations if a.coder)
    for coder, _ in sorted(passages.items(), key=lambda item: (-item[1], item[0])):
        ElementTree.SubElement(
            users, f"{_Q}User", {"guid": user_guid(coder), "name": xml_text(coder)}
        )
    ElementTree.SubElement(users, f"{_Q}User", {"guid": user, "name": "Readmark"})


def _write_variables(
    root: ElementTree.Element, documents: Sequence[tuple[Document, Sequence[Annotation]]]
) -> dict[str, str]:
    """Declares the variables of the document facts some document has, and the blocks';
    returns the facts' variable guids by field."""
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
    return variable_guids


def _write_source(
    sources: ElementTree.Element, guid: str, document: Document, user: str
) -> ElementTree.Element:
    return ElementTree.SubElement(
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


def _write_values(
    source: ElementTree.Element,
    document: Document,
    variable_guids: dict[str, str],
    local_paths: bool,
) -> None:
    for field, variable in variable_guids.items():
        value = getattr(document, field)
        if field == "source" and not local_paths:
            value = _without_folders(value)
        if value:
            _write_value(source, variable, value)
    _write_value(source, _BLOCKS_GUID, encode_blocks(document.blocks))


def _write_archive(
    root: ElementTree.Element, texts: list[tuple[str, str]], stream: BinaryIO
) -> None:
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
