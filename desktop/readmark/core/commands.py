"""Edit commands as plain data, and the change record of one carried out: `command_apply`
carries a command out, `command_words` words it for the undo menu."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from readmark.core.fields import FieldValues
from readmark.core.links import Link
from readmark.core.model import Annotation, Article, CodeEntry, Document, Tag, TagSpec


@dataclass(frozen=True)
class AddAnnotation:
    annotation: Annotation


@dataclass(frozen=True)
class RemoveAnnotation:
    annotation_id: str


@dataclass(frozen=True)
class AddAnnotations:
    """Many annotations at once (an import's, put back): one statement, not one each."""

    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class RemoveAnnotations:
    annotation_ids: tuple[str, ...]


@dataclass(frozen=True)
class Retag:
    annotation_id: str
    tag_id: int


@dataclass(frozen=True)
class EditNote:
    annotation_id: str
    note: str


@dataclass(frozen=True)
class EditFields:
    """Gives a passage its fields' values (all of them: the inverse puts the old set back)."""

    annotation_id: str
    values: FieldValues
    field: str = ""  # the one field changed, for the undo menu's words


@dataclass(frozen=True)
class RemoveDocument:
    document_id: int


@dataclass(frozen=True)
class RestoreDocument:
    """Puts a removed document back with its annotations (undoing RemoveDocument)."""

    document: Document
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class ReviseDocument:
    """Puts one version of a document's text in place of another (an update undone or redone),
    under the same id. Its passages stay as they are: the batch around it takes them out and
    puts the other version's back."""

    document_id: int
    article: Article
    previous: Article  # the version it replaces, which the inverse puts back


@dataclass(frozen=True)
class AddTag:
    spec: TagSpec


@dataclass(frozen=True)
class UpdateTag:
    """Gives a tag new values: name, colour, shortcut, place, description, group."""

    tag: Tag


@dataclass(frozen=True)
class RemoveTag:
    """Removes a tag; its annotations move to another tag (a merge) or are deleted (None)."""

    tag_id: int
    reassign_to: int | None


@dataclass(frozen=True)
class RestoreTag:
    """Undoes RemoveTag: the tag back in its place, its annotations back on it."""

    tag: Tag
    moved: tuple[str, ...]
    deleted: tuple[Annotation, ...]
    merged_into: int | None = None  # where `moved` went: a redo merges them again


@dataclass(frozen=True)
class ImportCodebook:
    """Adds the codebook's tags that are missing (matched by name) and updates the others'
    colour and description."""

    entries: tuple[CodeEntry, ...]
    existing: tuple[Tag, ...]


@dataclass(frozen=True)
class AddLinks:
    links: tuple[Link, ...]


@dataclass(frozen=True)
class RemoveLinks:
    links: tuple[Link, ...]


@dataclass(frozen=True)
class LabelDocument:
    """Says what kind of information a document is ("" takes its label off)."""

    document_id: int
    label: str


@dataclass(frozen=True)
class GiveReason:
    """A student's cue for a passage's tag ("" for none)."""

    annotation_id: str
    reason: str


@dataclass(frozen=True)
class ChangeSetting:
    """A library setting's new value ("" for none): a decision the undo stack keeps, as a
    curator's disagreement left out."""

    key: str
    value: str


@dataclass(frozen=True)
class Batch:
    """Several commands as one user action: one transaction, one undo step."""

    commands: tuple[Command, ...]


Command = (
    AddAnnotation
    | RemoveAnnotation
    | AddAnnotations
    | RemoveAnnotations
    | Retag
    | EditNote
    | EditFields
    | RemoveDocument
    | RestoreDocument
    | ReviseDocument
    | AddTag
    | UpdateTag
    | RemoveTag
    | RestoreTag
    | ImportCodebook
    | AddLinks
    | RemoveLinks
    | LabelDocument
    | GiveReason
    | ChangeSetting
    | Batch
)
ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    annotation: Annotation


@dataclass(frozen=True)
class Applied:
    """The change record of an operation (a command applied, or an import done in one
    transaction): what undoes it, and what changed, for the window to show. The controller
    alone turns a record into signals and an undo step."""

    inverse: Command
    changes: tuple[Change, ...]
    removed_document: Document | None = None
    restored_document: Document | None = None  # added or put back: the window opens it
    tags_changed: bool = False
    # Documents whose passages changed with no record of each (an annotation file merged in):
    # the window reads the shown one again if it is among them, else opens the first.
    touched_documents: tuple[int, ...] = ()
    links_changed: bool = False
    labelled_document: int | None = None  # the document whose label changed
    settings_changed: tuple[str, ...] = ()  # the library settings' keys it changed


NOTHING_TO_UNDO = Batch(())
