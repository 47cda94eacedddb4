"""Edit commands as plain data; `apply` carries one out and returns its inverse."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from readmark.core.fields import FieldValues
from readmark.core.model import Annotation, CodeEntry, Document, Tag, TagSpec, free_keys


class AnnotationStore(Protocol):
    """What the commands need of the store; each call is one transaction."""

    def add_annotation(self, annotation: Annotation) -> Annotation: ...

    def remove_annotation(self, annotation_id: str) -> Annotation: ...

    def add_annotations(self, annotations: Sequence[Annotation]) -> int: ...

    def remove_annotations(self, annotation_ids: Sequence[str]) -> list[Annotation]: ...

    def set_tag(self, annotation_id: str, tag_id: int) -> tuple[Annotation, Annotation]: ...

    def set_note(self, annotation_id: str, note: str) -> tuple[Annotation, Annotation]: ...

    def set_field_values(
        self, annotation_id: str, values: FieldValues
    ) -> tuple[Annotation, Annotation]: ...

    def remove_document(self, document_id: int) -> tuple[Document, list[Annotation]]: ...

    def add_tag(self, spec: TagSpec, tag_id: int | None = None) -> Tag: ...

    def update_tag(self, tag: Tag) -> tuple[Tag, Tag]: ...

    def remove_tag(
        self, tag_id: int, reassign_to: int | None
    ) -> tuple[Tag, list[Annotation], list[Annotation]]: ...

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


@dataclass(frozen=True)
class ImportCodebook:
    """Adds the codebook's tags that are missing (matched by name) and updates the others'
    colour and description."""

    entries: tuple[CodeEntry, ...]
    existing: tuple[Tag, ...]


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
    | AddTag
    | UpdateTag
    | RemoveTag
    | RestoreTag
    | ImportCodebook
    | Batch
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
    tags_changed: bool = False


def apply(command: Command, store: AnnotationStore) -> Applied:
    if isinstance(command, Batch):
        with store.batch():
            done = [apply(c, store) for c in command.commands]
        inverse = Batch(tuple(a.inverse for a in reversed(done)))
        changes = tuple(change for a in done for change in a.changes)
        # A batch that removes or restores a document (an import undone or redone) says so.
        gone = next((a.removed_document for a in done if a.removed_document), None)
        back = next((a.restored_document for a in done if a.restored_document), None)
        return Applied(inverse, changes, gone, back, any(a.tags_changed for a in done))
    if isinstance(command, ImportCodebook):
        return _import_codebook(command, store)
    if isinstance(command, (AddTag, UpdateTag, RemoveTag, RestoreTag)):
        return _apply_to_tags(command, store)
    if isinstance(command, RemoveDocument):
        document, annotations = store.remove_document(command.document_id)
        return Applied(RestoreDocument(document, tuple(annotations)), (), removed_document=document)
    if isinstance(command, RestoreDocument):
        restored = store.restore_document(command.document, list(command.annotations))
        return Applied(RemoveDocument(restored.id), (), restored_document=restored)
    if isinstance(command, AddAnnotations):
        store.add_annotations(command.annotations)
        ids = tuple(a.id for a in command.annotations)
        return Applied(
            RemoveAnnotations(ids), tuple(Change("added", a) for a in command.annotations)
        )
    if isinstance(command, RemoveAnnotations):
        taken = store.remove_annotations(command.annotation_ids)
        return Applied(AddAnnotations(tuple(taken)), tuple(Change("removed", a) for a in taken))
    if isinstance(command, AddAnnotation):
        added = store.add_annotation(command.annotation)
        return Applied(RemoveAnnotation(added.id), (Change("added", added),))
    if isinstance(command, RemoveAnnotation):
        removed = store.remove_annotation(command.annotation_id)
        return Applied(AddAnnotation(removed), (Change("removed", removed),))
    if isinstance(command, Retag):
        before, after = store.set_tag(command.annotation_id, command.tag_id)
        return Applied(Retag(before.id, before.tag_id), (Change("changed", after),))
    if isinstance(command, EditFields):
        before, after = store.set_field_values(command.annotation_id, command.values)
        undo = EditFields(before.id, before.field_values, command.field)
        return Applied(undo, (Change("changed", after),))
    before, after = store.set_note(command.annotation_id, command.note)
    return Applied(EditNote(before.id, before.note), (Change("changed", after),))


def _apply_to_tags(
    command: AddTag | UpdateTag | RemoveTag | RestoreTag, store: AnnotationStore
) -> Applied:
    if isinstance(command, AddTag):
        added = store.add_tag(command.spec)
        return Applied(RemoveTag(added.id, None), (), tags_changed=True)
    if isinstance(command, UpdateTag):
        before, _ = store.update_tag(command.tag)
        return Applied(UpdateTag(before), (), tags_changed=True)
    if isinstance(command, RemoveTag):
        tag, moved, deleted = store.remove_tag(command.tag_id, command.reassign_to)
        target = command.reassign_to
        changes = tuple(Change("removed", a) for a in deleted) + tuple(
            Change("changed", replace(a, tag_id=target)) for a in moved if target is not None
        )
        inverse = RestoreTag(tag, tuple(a.id for a in moved), tuple(deleted))
        return Applied(inverse, changes, tags_changed=True)
    tag = command.tag
    with store.batch():
        spec = TagSpec(tag.name, tag.colour, tag.shortcut, tag.description, tag.parent_id)
        store.add_tag(spec, tag_id=tag.id)
        store.update_tag(tag)  # back in its old place in the order
        changes = tuple(
            Change("changed", store.set_tag(i, tag.id)[1]) for i in command.moved
        ) + tuple(Change("added", store.add_annotation(a)) for a in command.deleted)
    return Applied(RemoveTag(tag.id, None), changes, tags_changed=True)


def _import_codebook(command: ImportCodebook, store: AnnotationStore) -> Applied:
    by_name = {tag.name: tag for tag in command.existing}
    keys = free_keys(command.existing)
    undo: list[Command] = []
    with store.batch():
        for entry in command.entries:
            parent = by_name.get(entry.parent) if entry.parent else None
            parent_id = parent.id if parent is not None else None
            known = by_name.get(entry.name)
            if known is None:
                key = keys.pop(0) if keys else ""
                spec = TagSpec(entry.name, entry.colour, key, entry.description, parent_id)
                by_name[entry.name] = store.add_tag(spec)
                undo.append(RemoveTag(by_name[entry.name].id, None))
            else:
                changed = replace(
                    known,
                    colour=entry.colour,
                    description=entry.description,
                    parent_id=parent_id if known.parent_id is None else known.parent_id,
                )
                before, by_name[entry.name] = store.update_tag(changed)
                undo.append(UpdateTag(before))
    return Applied(Batch(tuple(reversed(undo))), (), tags_changed=True)


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
        if kinds == {UpdateTag}:
            return "Reorder tags"
        return f"{len(command.commands)} changes"
    if isinstance(command, AddAnnotation):
        return f"Tag as {tag_names.get(command.annotation.tag_id, 'tag')}"
    if isinstance(command, RemoveAnnotation):
        return "Delete annotation"
    if isinstance(command, RemoveAnnotations):
        return f"Delete {len(command.annotation_ids)} annotations"
    if isinstance(command, AddAnnotations):
        return f"Add {len(command.annotations)} annotations"
    if isinstance(command, RemoveDocument):
        return "Remove document"
    if isinstance(command, RestoreDocument):
        return f"Restore “{command.document.title}”"
    if isinstance(command, AddTag):
        return f"New tag “{command.spec.name}”"
    if isinstance(command, UpdateTag):
        return f"Change tag “{command.tag.name}”"
    if isinstance(command, RemoveTag):
        if command.reassign_to is not None:
            return f"Merge into {tag_names.get(command.reassign_to, 'tag')}"
        return f"Delete tag {tag_names.get(command.tag_id, '')}".rstrip()
    if isinstance(command, RestoreTag):
        return f"Restore tag “{command.tag.name}”"
    if isinstance(command, ImportCodebook):
        return "Import codebook"
    if isinstance(command, EditFields):
        return f"Set {command.field}" if command.field else "Edit fields"
    if isinstance(command, Retag):
        return f"Change tag to {tag_names.get(command.tag_id, 'tag')}"
    return "Edit note"
