"""Edit commands as plain data; `apply` carries one out and returns its inverse."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from readmark.core.model import Annotation


class AnnotationStore(Protocol):
    """What the commands need of the store; each call is one transaction."""

    def add_annotation(self, annotation: Annotation) -> Annotation: ...

    def remove_annotation(self, annotation_id: str) -> Annotation: ...

    def set_tag(self, annotation_id: str, tag_id: int) -> tuple[Annotation, Annotation]: ...

    def set_note(self, annotation_id: str, note: str) -> tuple[Annotation, Annotation]: ...


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


Command = AddAnnotation | RemoveAnnotation | Retag | EditNote
ChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class Applied:
    """The outcome of a command: what to undo it with, and which annotation changed how."""

    inverse: Command
    kind: ChangeKind
    annotation: Annotation


def apply(command: Command, store: AnnotationStore) -> Applied:
    if isinstance(command, AddAnnotation):
        added = store.add_annotation(command.annotation)
        return Applied(RemoveAnnotation(added.id), "added", added)
    if isinstance(command, RemoveAnnotation):
        removed = store.remove_annotation(command.annotation_id)
        return Applied(AddAnnotation(removed), "removed", removed)
    if isinstance(command, Retag):
        before, after = store.set_tag(command.annotation_id, command.tag_id)
        return Applied(Retag(before.id, before.tag_id), "changed", after)
    before, after = store.set_note(command.annotation_id, command.note)
    return Applied(EditNote(before.id, before.note), "changed", after)


def describe(command: Command, tag_names: dict[int, str]) -> str:
    """The undo-menu wording for a command."""
    if isinstance(command, AddAnnotation):
        return f"Tag as {tag_names.get(command.annotation.tag_id, 'tag')}"
    if isinstance(command, RemoveAnnotation):
        return "Delete annotation"
    if isinstance(command, Retag):
        return f"Change tag to {tag_names.get(command.tag_id, 'tag')}"
    return "Edit note"
