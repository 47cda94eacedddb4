"""Edit commands as plain data; `apply` carries one out and returns its inverse."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Literal, Protocol

from readmark.core.model import Annotation, Document


class AnnotationStore(Protocol):
    """What the commands need of the store; each call is one transaction."""

    def add_annotation(self, annotation: Annotation) -> Annotation: ...

    def remove_annotation(self, annotation_id: str) -> Annotation: ...

    def set_tag(self, annotation_id: str, tag_id: int) -> tuple[Annotation, Annotation]: ...

    def set_note(self, annotation_id: str, note: str) -> tuple[Annotation, Annotation]: ...

    def remove_document(self, document_id: int) -> tuple[Document, list[Annotation]]: ...

    def restore_document(self, document: Document, annotations: list[Annotation]) -> Document: ...

    def batch(self) -> AbstractContextManager[None]:
        """Everything inside is one transaction."""
        ...


@dataclass(frozen=True)
class AddAnnotation:
    annotation: Annotation


@dataclass(frozen=True)
class RemoveAnnotation:
    annotation_id: str


@dataclass(frozen=True)
class Retag:
    annotation_id: str
    tag_id: int


@dataclass(frozen=True)
class EditNote:
    annotation_id: str
    note: str


@dataclass(frozen=True)
class RemoveDocument:
    document_id: int


@dataclass(frozen=True)
class RestoreDocument:
    """Puts a removed document back with its annotations (undoing RemoveDocument)."""

    document: Document
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class Batch:
    """Several commands as one user action: one transaction, one undo step."""

    commands: tuple[Command, ...]


Command = (
    AddAnnotation | RemoveAnnotation | Retag | EditNote | RemoveDocument | RestoreDocument | Batch
)
ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    annotation: Annotation


@dataclass(frozen=True)
class Applied:
    """The outcome of a command: what to undo it with, and which annotations changed how."""

    inverse: Command
    changes: tuple[Change, ...]
    removed_document: Document | None = None
    restored_document: Document | None = None


def apply(command: Command, store: AnnotationStore) -> Applied:
    if isinstance(command, Batch):
        with store.batch():
            done = [apply(c, store) for c in command.commands]
        inverse = Batch(tuple(a.inverse for a in reversed(done)))
        return Applied(inverse, tuple(change for a in done for change in a.changes))
    if isinstance(command, RemoveDocument):
        document, annotations = store.remove_document(command.document_id)
        return Applied(RestoreDocument(document, tuple(annotations)), (), removed_document=document)
    if isinstance(command, RestoreDocument):
        restored = store.restore_document(command.document, list(command.annotations))
        return Applied(RemoveDocument(restored.id), (), restored_document=restored)
    if isinstance(command, AddAnnotation):
        added = store.add_annotation(command.annotation)
        return Applied(RemoveAnnotation(added.id), (Change("added", added),))
    if isinstance(command, RemoveAnnotation):
        removed = store.remove_annotation(command.annotation_id)
        return Applied(AddAnnotation(removed), (Change("removed", removed),))
    if isinstance(command, Retag):
        before, after = store.set_tag(command.annotation_id, command.tag_id)
        return Applied(Retag(before.id, before.tag_id), (Change("changed", after),))
    before, after = store.set_note(command.annotation_id, command.note)
    return Applied(EditNote(before.id, before.note), (Change("changed", after),))


def describe(command: Command, tag_names: dict[int, str]) -> str:
    """The undo-menu wording for a command."""
    if isinstance(command, Batch):
        if len(command.commands) == 1:
            return describe(command.commands[0], tag_names)
        kinds = {type(c) for c in command.commands}
        if kinds == {RemoveAnnotation}:
            return f"Delete {len(command.commands)} annotations"
        if kinds == {Retag}:
            return f"Change tag of {len(command.commands)} annotations"
        return f"{len(command.commands)} changes"
    if isinstance(command, AddAnnotation):
        return f"Tag as {tag_names.get(command.annotation.tag_id, 'tag')}"
    if isinstance(command, RemoveAnnotation):
        return "Delete annotation"
    if isinstance(command, RemoveDocument):
        return "Remove document"
    if isinstance(command, RestoreDocument):
        return f"Restore “{command.document.title}”"
    if isinstance(command, Retag):
        return f"Change tag to {tag_names.get(command.tag_id, 'tag')}"
    return "Edit note"
