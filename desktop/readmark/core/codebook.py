"""Codebooks as REFI-QDA codebook files (.qdc), so that a class or a team can share one."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from typing import BinaryIO

from readmark.core.bounded import checked_colour
from readmark.core.model import CodeEntry, Tag
from readmark.core.texts import tr

NAMESPACE = "urn:QDA-XML:codebook:1.0"
_Q = f"{{{NAMESPACE}}}"


class CodebookError(ValueError):
    """A file that is not a codebook Readmark can read; the message is for the user."""


# Plain text can hold characters XML 1.0 cannot carry at all.
_XML_UNSAFE = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF])


def xml_text(value: str) -> str:
    """`value` without the characters XML cannot carry."""
    return value.translate(_XML_UNSAFE)


def code_guid(tag_name: str) -> str:
    """A tag's code guid: the same name gives the same guid in every export and codebook."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"readmark:tag:{tag_name}"))


def append_codes(parent: ElementTree.Element, tags: Sequence[Tag], namespace: str) -> None:
    """Adds the tags under `parent` as a REFI-QDA <Codes> element (of a codebook or of a
    project, by `namespace`); groups become nested codes."""
    q = f"{{{namespace}}}"
    codes = ElementTree.SubElement(parent, f"{q}Codes")
    elements: dict[int, ElementTree.Element] = {}
    for tag in sorted(tags, key=lambda t: (t.parent_id is not None, t.position)):
        outer = elements.get(tag.parent_id, codes) if tag.parent_id is not None else codes
        element = ElementTree.SubElement(
            outer,
            f"{q}Code",
            {
                "guid": code_guid(tag.name),
                "name": xml_text(tag.name),
                "isCodable": "true",
                "color": tag.colour.upper(),
            },
        )
        if tag.description:
            ElementTree.SubElement(element, f"{q}Description").text = xml_text(tag.description)
        elements[tag.id] = element


def write_qdc(tags: list[Tag], stream: BinaryIO) -> None:
    """Writes the tags as a REFI-QDA codebook."""
    ElementTree.register_namespace("", NAMESPACE)
    root = ElementTree.Element(f"{_Q}CodeBook", {"origin": "Readmark"})
    append_codes(root, tags, NAMESPACE)
    ElementTree.indent(root)
    ElementTree.ElementTree(root).write(stream, encoding="utf-8", xml_declaration=True)


def read_qdc(data: bytes) -> list[CodeEntry]:
    """The codes of a REFI-QDA codebook, parents before their children."""
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        not_xml = tr("it is not a codebook file (not XML: {error})").format(error=error)
        raise CodebookError(not_xml) from None
    if root.tag != f"{_Q}CodeBook":
        raise CodebookError(tr("it is not a REFI-QDA codebook (no CodeBook element)"))
    entries = code_entries(root.find(f"{_Q}Codes"), NAMESPACE)
    if not entries:
        raise CodebookError(tr("it holds no codes"))
    return entries


def code_entries(codes: ElementTree.Element | None, namespace: str) -> list[CodeEntry]:
    """The codes under a REFI-QDA <Codes> element (of a codebook or of a project, by
    `namespace`), parents before their children."""
    return [entry for _, entry in read_codes(codes, f"{{{namespace}}}")]


def read_codes(codes: ElementTree.Element | None, q: str) -> list[tuple[str, CodeEntry]]:
    """The codes under a <Codes> element (`q`, its namespace in braces), each with its guid
    (lower case, braces aside), parents before their children."""
    found: list[tuple[str, CodeEntry]] = []
    for code in codes.findall(f"{q}Code") if codes is not None else []:
        _read_code(code, None, found, q)
    return found


def _read_code(
    code: ElementTree.Element, group: str | None, found: list[tuple[str, CodeEntry]], q: str
) -> None:
    name = (code.get("name") or "").strip()
    if not name:
        raise CodebookError(tr("a code in it has no name"))
    # Readmark groups one level deep: deeper codes join their top-level ancestor's group,
    # except that a category (a code not to be coded with) is always a group of its own.
    if code.get("isCodable", "true").strip().lower() == "false":
        group = None
    description = (code.findtext(f"{q}Description") or "").strip()
    guid = (code.get("guid") or "").strip().strip("{}").lower()
    found.append((guid, CodeEntry(name, checked_colour(code.get("color")), description, group)))
    for child in code.findall(f"{q}Code"):
        _read_code(child, group or name, found, q)
