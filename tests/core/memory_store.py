"""A library held in dictionaries, implementing core.command_apply.AnnotationStore: command logic
tested without SQLite. Like the repository, a failed call or batch changes nothing."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from readmark.core.anchoring import Anchor
from readmark.core.fields import FieldValues
from readmark.core.links import Link
from readmark.core.model import Annotation, Article, Document, Tag, TagSpec


class MemoryStore:
    def __init__(self, documents: Sequence[Document] = (), tags: Sequence[Tag] = ()) -> None:
        self.documents = {d.id: d for d in documents}
        self.tags = {t.id: t for t in tags}
        self.annotations: dict[str, Annotation] = {}
        self.held_links: set[Link] = set()
        self.settings: dict[str, str] = {}

    def state(self) -> tuple[object, ...]:
        """Everything held, comparable between two moments."""
        held = (dict(self.documents), dict(self.tags), dict(self.annotations))
        return (*held, frozenset(self.held_links), frozenset(self.settings.items()))

    @contextmanager
    def batch(self) -> Iterator[None]:
        saved = copy.copy(self.documents), copy.copy(self.tags), copy.copy(self.annotations)
        saved_links = set(self.held_links)
        try:
            yield
        except BaseException:
            self.documents, self.tags, self.annotations = saved
            self.held_links = saved_links
            raise

    def _annotation(self, annotation_id: str) -> Annotation:
        if annotation_id not in self.annotations:
            raise KeyError(f"There is no annotation {annotation_id}.")
        return self.annotations[annotation_id]

    def add_annotation(self, annotation: Annotation) -> Annotation:
        if annotation.document_id not in self.documents or annotation.tag_id not in self.tags:
            raise KeyError("Its document or tag is not in the library.")
        if annotation.id in self.annotations:
            raise KeyError(f"Annotation {annotation.id} is here already.")
        self.annotations[annotation.id] = annotation
        return annotation

    def remove_annotation(self, annotation_id: str) -> Annotation:
        removed = self.annotations.pop(self._annotation(annotation_id).id)
        # As SQLite's cascade does.
        self.held_links = {
            k for k in self.held_links if annotation_id not in (k.source_id, k.target_id)
        }
        return removed

    def add_annotations(self, annotations: Sequence[Annotation]) -> int:
        with self.batch():
            for annotation in annotations:
                self.add_annotation(annotation)
        return len(annotations)

    def remove_annotations(self, annotation_ids: Sequence[str]) -> list[Annotation]:
        with self.batch():
            return [self.remove_annotation(i) for i in annotation_ids]

    def _change(self, annotation_id: str, **values: object) -> tuple[Annotation, Annotation]:
        before = self._annotation(annotation_id)
        after = self.annotations[annotation_id] = replace(before, **values)  # type: ignore[arg-type]
        return before, after

    def set_tag(self, annotation_id: str, tag_id: int) -> tuple[Annotation, Annotation]:
        if tag_id not in self.tags:
            raise KeyError(f"There is no tag {tag_id}.")
        return self._change(annotation_id, tag_id=tag_id)

    def set_note(self, annotation_id: str, note: str) -> tuple[Annotation, Annotation]:
        return self._change(annotation_id, note=note)

    def set_field_values(
        self, annotation_id: str, values: FieldValues
    ) -> tuple[Annotation, Annotation]:
        return self._change(annotation_id, field_values=values)

    def remove_document(self, document_id: int) -> tuple[Document, list[Annotation]]:
        document = self.documents.pop(document_id)
        gone = [a for a in self.annotations.values() if a.document_id == document_id]
        for annotation in gone:
            self.remove_annotation(annotation.id)
        return document, gone

    def restore_document(self, document: Document, annotations: list[Annotation]) -> Document:
        with self.batch():
            self.documents[document.id] = document
            self.add_annotations(annotations)
        return document

    def revise_document(
        self, document_id: int, article: Article, placed: dict[str, Anchor | None]
    ) -> Document:
        texts = ("title", "source", "text", "content_hash", "blocks", "author", "published")
        fields = {name: getattr(article, name) for name in (*texts, "site", "url", "file_path")}
        revised = replace(
            self.documents[document_id], **fields, reading_position=0, folded_blocks=None
        )
        for annotation_id, anchor in placed.items():
            if anchor is None:
                self._change(annotation_id, orphaned=True)
            else:
                a = anchor
                self._change(annotation_id, orphaned=False, start=a.start, end=a.end)
                self._change(annotation_id, prefix=a.prefix, suffix=a.suffix)
        self.documents[document_id] = revised
        return revised

    def set_document_label(self, document_id: int, label: str) -> str:
        before = self.documents[document_id]
        self.documents[document_id] = replace(before, label=label)
        return before.label

    def set_reason(self, annotation_id: str, reason: str) -> tuple[Annotation, Annotation]:
        return self._change(annotation_id, reason=reason)

    def setting(self, key: str) -> str | None:
        return self.settings.get(key)

    def set_setting(self, key: str, value: str) -> None:
        self.settings[key] = value

    def links(
        self,
        *,
        document_id: int | None = None,
        annotation_ids: Sequence[str] = (),
        tag_id: int | None = None,
    ) -> list[Link]:
        chosen = set(annotation_ids) | {
            a.id
            for a in self.annotations.values()
            if a.document_id == document_id or a.tag_id == tag_id
        }
        return [k for k in self.held_links if {k.source_id, k.target_id} & chosen]

    def add_links(self, links: Sequence[Link]) -> list[Link]:
        for link in links:
            self._annotation(link.source_id)
            self._annotation(link.target_id)
        added = [k for k in dict.fromkeys(links) if k not in self.held_links]
        self.held_links |= set(added)
        return added

    def remove_links(self, links: Sequence[Link]) -> list[Link]:
        removed = [k for k in dict.fromkeys(links) if k in self.held_links]
        self.held_links -= set(removed)
        return removed

    def add_tag(self, spec: TagSpec, tag_id: int | None = None) -> Tag:
        if any(t.name == spec.name for t in self.tags.values()):
            raise KeyError(f"A tag “{spec.name}” is here already.")
        new_id = tag_id if tag_id is not None else max(self.tags, default=0) + 1
        position = max((t.position for t in self.tags.values()), default=-1) + 1
        tag = Tag(new_id, spec.name, spec.colour, spec.shortcut, position, spec.description)
        self.tags[new_id] = replace(tag, parent_id=spec.parent_id, fields=spec.fields)
        return self.tags[new_id]

    def update_tag(self, tag: Tag) -> tuple[Tag, Tag]:
        before = self.tags[tag.id]
        self.tags[tag.id] = tag
        return before, tag

    def remove_tag(
        self, tag_id: int, reassign_to: int | None
    ) -> tuple[Tag, list[Annotation], list[Annotation]]:
        with self.batch():
            tag = self.tags.pop(tag_id)
            on_it = [a for a in self.annotations.values() if a.tag_id == tag_id]
            if reassign_to is None:
                return tag, [], [self.remove_annotation(a.id) for a in on_it]
            for annotation in on_it:
                self.set_tag(annotation.id, reassign_to)
            return tag, on_it, []
