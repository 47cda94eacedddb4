"""`apply` carries out an edit command on the store and returns its change record, whose
inverse undoes it."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Protocol, assert_never

from readmark.core.anchoring import Anchor
from readmark.core.commands import (
    AddAnnotation,
    AddAnnotations,
    AddLinks,
    AddTag,
    Applied,
    Batch,
    Change,
    ChangeSetting,
    Command,
    EditFields,
    EditNote,
    GiveReason,
    ImportCodebook,
    LabelDocument,
    RemoveAnnotation,
    RemoveAnnotations,
    RemoveDocument,
    RemoveLinks,
    RemoveTag,
    RestoreDocument,
    RestoreTag,
    Retag,
    ReviseDocument,
    UpdateTag,
)
from readmark.core.fields import FieldValues
from readmark.core.links import Link
from readmark.core.model import Annotation, Article, Document, Tag, TagSpec, free_keys


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

    def revise_document(
        self, document_id: int, article: Article, placed: dict[str, Anchor | None]
    ) -> Document:
        """Puts the article's text in place, each passage of `placed` at its new anchor (or
        orphaned, at None)."""
        ...

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
        case ReviseDocument(document_id, article, previous):
            revised = store.revise_document(document_id, article, {})
            return Applied(ReviseDocument(document_id, previous, article), (), None, revised)
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
