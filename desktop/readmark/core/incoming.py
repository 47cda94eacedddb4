"""What an annotation file holds, as every annotation import (Web Annotation, CSV, REFI-QDA)
hands it to the library to match with its documents and tags."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from readmark.core.fields import FieldValues
from readmark.core.links import LinkKind
from readmark.core.model import Article, CodeEntry
from readmark.core.text import BLOCK_KINDS, Block, split_blocks


class ExchangeFormatError(ValueError):
    """A file that cannot be read as annotations; str() is a reason to show the user."""


@dataclass(frozen=True)
class IncomingDocument:
    """A document as an annotation file names it."""

    key: str  # how the file's annotations refer to it
    content_hash: str  # "" when the file does not say
    title: str
    article: Article | None  # the whole text, when the file carries it
    url: str = ""  # the web address the file names it by, when it does
    label: str = ""  # what kind of information it is (core.document_labels), when it says


@dataclass(frozen=True)
class IncomingAnnotation:
    """An annotation read from a file, before it is matched to the library's documents and tags.
    Offsets are code points into the document's text, end exclusive."""

    document_key: str
    tag: str
    start: int
    end: int
    exact: str
    note: str = ""
    id: str | None = None  # a uuid hex; None when the file gives no stable identity
    prefix: str | None = None
    suffix: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    orphaned: bool = False
    origin: str = ""
    coder: str = ""  # who made it, when the file says
    address: str = ""  # the web address its target names, if any
    where: str = ""  # where it stands in the file, for messages
    field_values: FieldValues = ()  # its tag's fields, where the file gives them
    # Its links to other passages of the file, as a Readmark file gives them: (kind, their id).
    links: tuple[tuple[LinkKind, str], ...] = ()


@dataclass(frozen=True)
class Incoming:
    documents: tuple[IncomingDocument, ...]
    annotations: tuple[IncomingAnnotation, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (what, why) the reader already passed over
    tags: tuple[CodeEntry, ...] = ()  # the tags the file declares, parents first


def sound_blocks(value: object, text: str) -> tuple[Block, ...]:
    """The blocks as a file wrote them ([[kind, start, end], ...]), if they are sound for this
    text; else found afresh."""
    blocks: list[Block] = []
    if isinstance(value, list):
        for entry in value:
            if not (isinstance(entry, list) and len(entry) == 3):
                break
            kind, start, end = entry
            if kind not in BLOCK_KINDS or not (is_whole_number(start) and is_whole_number(end)):
                break
            if not 0 <= start <= end <= len(text) or (blocks and start < blocks[-1].end):
                break
            blocks.append(Block(kind, start, end))
        else:
            if blocks:
                return tuple(blocks)
    return tuple(split_blocks(text))


def is_whole_number(value: object) -> bool:
    """An int and not a bool: JSON's true would pass for 1 as an offset."""
    return isinstance(value, int) and not isinstance(value, bool)
