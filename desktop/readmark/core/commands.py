"""Edit commands as plain data; `apply` carries one out and returns its inverse."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from typing import Literal, Protocol, assert_never

from readmark.core.fields import FieldValues
from readmark.core.links import Link
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

    def set_document_label(self, document_id: int, label: str) -> str: ...

    def set_reason(self, annotation_id: str, reason: str) -> tuple[Annotation, Annotation]: ...

    def links(
        self,
        *,
        document_id: int | None = None,
        annotation_ids: Sequence[str] = (),
        tag_id: int | None = None,
    ) -> list[Link]: ...

    def add_links(self, links: Sequence[Link]) -> list[Link]:
        """Adds the links not there yet; returns those."""
        ...

    def remove_links(self, links: Sequence[Link]) -> list[Link]:
        """Removes those of the links that are there; returns them."""
        ...

    def setting(self, key: str) -> str | None: ...

    def set_setting(self, key: str, value: str) -> None: ...

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


def apply(command: Command, store: AnnotationStore) -> Applied:
    """Carries out `command` on the store and returns its change record. A passage's removal
    takes its links with it (the store's cascade), and the record's inverse puts them back."""
    match command:
        case RemoveAnnotation(annotation_id):
            return _keeping_links(command, store, store.links(annotation_ids=(annotation_id,)))
        case RemoveAnnotations(annotation_ids):
            return _keeping_links(command, store, store.links(annotation_ids=annotation_ids))
        case RemoveDocument(document_id):
            return _keeping_links(command, store, store.links(document_id=document_id))
        case RemoveTag(tag_id, None):
            return _keeping_links(command, store, store.links(tag_id=tag_id))
        case _:
            return _apply(command, store)


def _keeping_links(command: Command, store: AnnotationStore, links: list[Link]) -> Applied:
    if not links:
        return _apply(command, store)
    with store.batch():
        applied = _apply(command, store)
    inverse = Batch((applied.inverse, AddLinks(tuple(links))))
    return replace(applied, inverse=inverse, links_changed=True)


def _apply(command: Command, store: AnnotationStore) -> Applied:
    match command:
        case Batch(commands):
            return _apply_batch(commands, store)
        case ImportCodebook():
            return _import_codebook(command, store)
        case AddLinks() | RemoveLinks() | LabelDocument() | GiveReason():
            return _apply_to_links_and_labels(command, store)
        case ChangeSetting(key, value):
            was = store.setting(key) or ""
            store.set_setting(key, value)
            return Applied(ChangeSetting(key, was), (), settings_changed=(key,))
        case AddTag() | UpdateTag() | RemoveTag() | RestoreTag():
            return _apply_to_tags(command, store)
        case RemoveDocument(document_id):
            document, annotations = store.remove_document(document_id)
            return Applied(RestoreDocument(document, tuple(annotations)), (), document)
        case RestoreDocument(document, annotations):
            restored = store.restore_document(document, list(annotations))
            return Applied(RemoveDocument(restored.id), (), restored_document=restored)
        case AddAnnotations(annotations):
            store.add_annotations(annotations)
            inverse = RemoveAnnotations(tuple(a.id for a in annotations))
            return Applied(inverse, tuple(Change("added", a) for a in annotations))
        case RemoveAnnotations(annotation_ids):
            taken = store.remove_annotations(annotation_ids)
            return Applied(AddAnnotations(tuple(taken)), tuple(Change("removed", a) for a in taken))
        case AddAnnotation(annotation):
            added = store.add_annotation(annotation)
            return Applied(RemoveAnnotation(added.id), (Change("added", added),))
        case RemoveAnnotation(annotation_id):
            removed = store.remove_annotation(annotation_id)
            return Applied(AddAnnotation(removed), (Change("removed", removed),))
        case Retag(annotation_id, tag_id):
            before, after = store.set_tag(annotation_id, tag_id)
            return Applied(Retag(before.id, before.tag_id), (Change("changed", after),))
        case EditFields(annotation_id, values, field):
            before, after = store.set_field_values(annotation_id, values)
            undo = EditFields(before.id, before.field_values, field)
            return Applied(undo, (Change("changed", after),))
        case EditNote(annotation_id, note):
            before, after = store.set_note(annotation_id, note)
            return Applied(EditNote(before.id, before.note), (Change("changed", after),))
        case _:
            assert_never(command)


def _apply_batch(commands: tuple[Command, ...], store: AnnotationStore) -> Applied:
    with store.batch():
        done = [apply(c, store) for c in commands]
    inverse = Batch(tuple(a.inverse for a in reversed(done)))
    changes = tuple(change for a in done for change in a.changes)
    # A batch that removes or restores a document (an import undone or redone) says so.
    gone = next((a.removed_document for a in done if a.removed_document), None)
    back = next((a.restored_document for a in reversed(done) if a.restored_document), None)
    touched = tuple(dict.fromkeys(i for a in done for i in a.touched_documents))
    return Applied(
        inverse,
        changes,
        gone,
        back,
        any(a.tags_changed for a in done),
        touched,
        any(a.links_changed for a in done),
        next((a.labelled_document for a in done if a.labelled_document is not None), None),
        tuple(dict.fromkeys(key for a in done for key in a.settings_changed)),
    )


def _apply_to_links_and_labels(
    command: AddLinks | RemoveLinks | LabelDocument | GiveReason, store: AnnotationStore
) -> Applied:
    match command:
        case AddLinks(links):
            added = store.add_links(links)
            return Applied(RemoveLinks(tuple(added)), (), links_changed=True)
        case RemoveLinks(links):
            removed = store.remove_links(links)
            return Applied(AddLinks(tuple(removed)), (), links_changed=True)
        case LabelDocument(document_id, label):
            before = store.set_document_label(document_id, label)
            return Applied(LabelDocument(document_id, before), (), labelled_document=document_id)
        case GiveReason(annotation_id, reason):
            was, now = store.set_reason(annotation_id, reason)
            return Applied(GiveReason(was.id, was.reason), (Change("changed", now),))
        case _:
            assert_never(command)


def _apply_to_tags(
    command: AddTag | UpdateTag | RemoveTag | RestoreTag, store: AnnotationStore
) -> Applied:
    match command:
        case AddTag(spec):
            added = store.add_tag(spec)
            return Applied(RemoveTag(added.id, None), (), tags_changed=True)
        case UpdateTag(tag):
            before, _ = store.update_tag(tag)
            return Applied(UpdateTag(before), (), tags_changed=True)
        case RemoveTag(tag_id, target):
            tag, moved, deleted = store.remove_tag(tag_id, target)
            changes = tuple(Change("removed", a) for a in deleted) + tuple(
                Change("changed", replace(a, tag_id=target)) for a in moved if target is not None
            )
            inverse = RestoreTag(tag, tuple(a.id for a in moved), tuple(deleted), target)
            return Applied(inverse, changes, tags_changed=True)
        case RestoreTag():
            return _restore_tag(command, store)
        case _:
            assert_never(command)


def _restore_tag(command: RestoreTag, store: AnnotationStore) -> Applied:
    tag = command.tag
    with store.batch():
        spec = TagSpec(tag.name, tag.colour, tag.shortcut, tag.description, tag.parent_id)
        store.add_tag(spec, tag_id=tag.id)
        store.update_tag(tag)  # back in its old place in the order
        changes = tuple(
            Change("changed", store.set_tag(i, tag.id)[1]) for i in command.moved
        ) + tuple(Change("added", store.add_annotation(a)) for a in command.deleted)
    return Applied(RemoveTag(tag.id, command.merged_into), changes, tags_changed=True)


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
    match command:
        case Batch(commands):
            return _describe_batch(commands, tag_names)
        case AddAnnotation(annotation):
            return f"Tag as {tag_names.get(annotation.tag_id, 'tag')}"
        case RemoveAnnotation():
            return "Delete annotation"
        case RemoveAnnotations(annotation_ids):
            return f"Delete {len(annotation_ids)} annotations"
        case AddAnnotations(annotations):
            return f"Add {len(annotations)} annotations"
        case RemoveDocument():
            return "Remove document"
        case RestoreDocument(document):
            return f"Restore “{document.title}”"
        case AddTag(spec):
            return f"New tag “{spec.name}”"
        case UpdateTag(tag):
            return f"Change tag “{tag.name}”"
        case RemoveTag(tag_id, None):
            return f"Delete tag {tag_names.get(tag_id, '')}".rstrip()
        case RemoveTag(_, reassign_to):
            return f"Merge into {tag_names.get(reassign_to or 0, 'tag')}"
        case RestoreTag(tag):
            return f"Restore tag “{tag.name}”"
        case ImportCodebook():
            return "Import codebook"
        case EditFields(field=field):
            return f"Set {field}" if field else "Edit fields"
        case Retag(_, tag_id):
            return f"Change tag to {tag_names.get(tag_id, 'tag')}"
        case AddLinks():
            return "Link passages"
        case RemoveLinks():
            return "Remove link"
        case LabelDocument(_, label):
            return f"Label as {label}" if label else "Remove document label"
        case GiveReason(_, reason):
            return f"Give reason: {reason}" if reason else "Remove reason"
        case EditNote():
            return "Edit note"
        case ChangeSetting():
            return "Change setting"
        case _:
            assert_never(command)


def _describe_batch(commands: tuple[Command, ...], tag_names: dict[int, str]) -> str:
    if len(commands) == 1:
        return describe(commands[0], tag_names)
    kinds = {type(c) for c in commands}
    if kinds == {RemoveAnnotation}:
        return f"Delete {len(commands)} annotations"
    if kinds == {Retag}:
        return f"Change tag of {len(commands)} annotations"
    if kinds == {UpdateTag}:
        return "Reorder tags"
    return f"{len(commands)} changes"
