"""The records Readmark works with: documents, tags and annotations, as frozen dataclasses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, make_dataclass
from datetime import datetime
from typing import Any

from readmark.core.fields import DEFAULT_FIELDS, FieldSpec, FieldValues
from readmark.core.links import EvidencePassage
from readmark.core.text import Block


@dataclass(frozen=True)
class CodeEntry:
    """A tag as a file declares it (a codebook, a project, an annotation file): to add or to
    match by name, with its group's name if any."""

    name: str
    colour: str
    description: str
    parent: str | None
    fields: tuple[FieldSpec, ...] = ()  # what its passages record (a Readmark file's tags)


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    colour: str  # "#rrggbb", the tag's strong colour; views derive lighter tints from it
    shortcut: str
    position: int
    description: str = ""
    parent_id: int | None = None  # tags group one level deep: claim > statistical claim
    fields: tuple[FieldSpec, ...] = ()  # what its passages record besides a note

    @property
    def label(self) -> str:
        """The name as menus and buttons show it: "Claim" for "claim"."""
        return self.name[:1].upper() + self.name[1:]


@dataclass(frozen=True, slots=True)
class TagSpec:
    """A tag as declared before it has a row in the store."""

    name: str
    colour: str
    shortcut: str
    description: str = ""
    parent_id: int | None = None
    fields: tuple[FieldSpec, ...] = ()


def free_keys(tags: Sequence[Tag]) -> list[str]:
    """The digit keys no tag uses yet, in order: the ones new tags may take."""
    taken = {tag.shortcut for tag in tags}
    return [key for key in "123456789" if key not in taken]


# Okabe-Ito colours: distinguishable with the common forms of colour blindness. The descriptions
# show in tooltips, in reports and on a class's worksheets.
DEFAULT_TAGS: tuple[TagSpec, ...] = (
    TagSpec(
        "claim",
        "#0072B2",
        "1",
        "A statement of fact that could be checked: a figure, an event, who did or said what.",
        fields=DEFAULT_FIELDS["claim"],
    ),
    TagSpec(
        "opinion",
        "#E69F00",
        "2",
        "A judgement, belief or forecast: what someone thinks, which no source can prove.",
    ),
    TagSpec(
        "caption",
        "#009E73",
        "3",
        "Text that describes a photo, chart or video.",
        fields=DEFAULT_FIELDS["caption"],
    ),
    TagSpec(
        "quote",
        "#CC79A7",
        "4",
        "Words given as someone's own, in quotation marks or attributed.",
        fields=DEFAULT_FIELDS["quote"],
    ),
)


@dataclass(frozen=True, slots=True)
class FileComment:
    """A comment that came in a file (Word, OpenDocument) on the passage [start, end)."""

    start: int
    end: int
    note: str
    author: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A text ready to enter the library: what an importer produces."""

    title: str
    text: str
    source: str  # where it came from, as a reader would cite it: URL, site, or file
    content_hash: str
    blocks: tuple[Block, ...]
    author: str = ""
    published: str = ""  # ISO date when known
    site: str = ""
    url: str = ""
    file_path: str = ""  # the file it was read from, to recognise a changed version later
    comments: tuple[FileComment, ...] = ()  # offered to the user as annotations on import
    left_out: str = ""  # what of the file could not be brought in, and why: a sentence


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: int
    title: str
    source: str
    imported_at: datetime
    annotation_count: int
    label: str = ""  # what kind of information it is: see core.document_labels


@dataclass(frozen=True, slots=True)
class Document:
    id: int
    title: str
    source: str
    text: str
    content_hash: str
    imported_at: datetime
    reading_position: int  # code-point offset of the first visible character
    blocks: tuple[Block, ...] = ()
    author: str = ""
    published: str = ""
    site: str = ""
    url: str = ""
    file_path: str = ""
    folded_blocks: tuple[int, ...] | None = None  # None: the reader has not decided yet
    label: str = ""  # what kind of information it is: see core.document_labels


def article_of(document: Document) -> Article:
    """The article a document holds: its text, structure and facts, as they were imported."""
    return Article(
        title=document.title,
        text=document.text,
        source=document.source,
        content_hash=document.content_hash,
        blocks=document.blocks,
        author=document.author,
        published=document.published,
        site=document.site,
        url=document.url,
        file_path=document.file_path,
    )


@dataclass(frozen=True, slots=True)
class Annotation:
    """A tagged passage. Offsets are code points into the document's text, end exclusive."""

    id: str
    document_id: int
    tag_id: int
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    note: str
    created_at: datetime
    updated_at: datetime
    # Its passage was not found in a newer version of the document: kept, listed, not shown.
    orphaned: bool = False
    origin: str = ""  # "suggestion" when the reader accepted it from Tools > Suggest Tags
    coder: str = ""  # who tagged it: the user name set in Preferences when it was made
    field_values: FieldValues = ()  # its tag's fields that have a value: (name, value)
    reason: str = ""  # in an exercise, the student's cue for the tag (core.exercise.REASONS)

    @staticmethod
    def new_id() -> str:
        import uuid  # here: the first paint does not wait for its import

        return uuid.uuid4().hex


# The same slots as Annotation's, unfrozen: a frozen dataclass sets each field through
# object.__setattr__, 3.5 µs an annotation, a third of reading a book's 100,000 passages.
_UnfrozenAnnotation = make_dataclass(
    "_UnfrozenAnnotation",
    [(field.name, field.type, field) for field in fields(Annotation)],
    slots=True,
    eq=False,
)


def annotation_in_bulk(*values: Any, **named: Any) -> Annotation:
    """Annotation(*values, **named), made four times as fast, for reads of many: made
    unfrozen, then given its class, whose slots are laid out the same (which is what lets
    Python change an object's class)."""
    made: Annotation = _UnfrozenAnnotation(*values, **named)
    made.__class__ = Annotation
    return made


# Not frozen, unlike the records above: an export makes one per annotation, a hundred thousand
# at a time, and a frozen dataclass sets each field through object.__setattr__. None is kept
# or shared.
@dataclass(slots=True)
class ExportRow:
    """One annotation with the document and tag facts an export needs."""

    document_id: int
    document_title: str
    document_source: str
    tag: str
    passage: str
    note: str
    start: int
    end: int
    paragraph: int
    # UTC texts as the store keeps them, "YYYY-MM-DD HH:MM:SS.ffffff": a CSV export writes its
    # local times straight from them, making no datetime object per cell.
    created_utc: str
    updated_utc: str
    block: str = ""  # the kind of block the passage starts in: paragraph, caption, quote, ...
    author: str = ""
    published: str = ""
    site: str = ""
    url: str = ""
    orphaned: bool = False
    origin: str = ""
    coder: str = ""
    field_values: FieldValues = ()
    document_label: str = ""  # see core.document_labels
    annotation_id: str = ""
    links: str = ""  # its links to other passages, as core.links.links_column writes them
    # The passages linked as supporting or contradicting it (a claim's evidence).
    evidence: tuple[EvidencePassage, ...] = ()
    reason: str = ""  # in an exercise, the student's cue for the tag (core.exercise.REASONS)


def utc_moment(text: str) -> datetime:
    """The aware moment a UTC text (or any ISO form without a zone) names."""
    return datetime.fromisoformat(text + "+00:00")  # aware as parsed, not made naive first


def default_coder() -> str:
    """The name annotations are made under until the user sets one: their login name."""
    import getpass  # here, as uuid above

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name in the environment nor the password database
        return "me"
