"""The repository's codebook: its tags, and how many passages each tag has."""

from __future__ import annotations

from sqlalchemy import func, select

from readmark.core.fields import encode_specs
from readmark.core.model import Annotation, Tag, TagSpec
from readmark.core.texts import tr
from readmark.store.repository.connection import LibraryConnection
from readmark.store.repository.records import NotFoundError, as_annotation, as_tag
from readmark.store.tables import AnnotationRow, TagRow


class TagsPart(LibraryConnection):
    """The library's tags."""

    def tags(self) -> list[Tag]:
        with self._transaction(write=False) as session:
            rows = session.scalars(select(TagRow).order_by(TagRow.position))
            return [as_tag(row) for row in rows]

    def add_tag(self, spec: TagSpec, tag_id: int | None = None) -> Tag:
        """A new tag, last in the codebook (under `tag_id` when putting a removed tag back)."""
        with self._transaction() as session:
            last = session.scalar(select(func.max(TagRow.position))) or 0
            row = TagRow(
                id=tag_id,
                name=spec.name,
                colour=spec.colour,
                shortcut=spec.shortcut,
                position=last + 1,
                description=spec.description,
                parent_id=spec.parent_id,
                fields=encode_specs(spec.fields),
            )
            session.add(row)
            session.flush()
            return as_tag(row)

    def update_tag(self, tag: Tag) -> tuple[Tag, Tag]:
        """Changes a tag's name, colour, shortcut, place, description or group."""
        with self._transaction() as session:
            row = session.get(TagRow, tag.id)
            if row is None:
                raise NotFoundError(
                    tr("The tag “{name}” is no longer in the library.").format(name=tag.name)
                )
            before = as_tag(row)
            row.name, row.colour, row.shortcut = tag.name, tag.colour, tag.shortcut
            row.position, row.description, row.parent_id = (
                tag.position,
                tag.description,
                tag.parent_id,
            )
            row.fields = encode_specs(tag.fields)
            session.flush()
            return before, as_tag(row)

    def remove_tag(
        self, tag_id: int, reassign_to: int | None
    ) -> tuple[Tag, list[Annotation], list[Annotation]]:
        """Removes a tag: its annotations move to `reassign_to`, or are deleted when None.

        Returns the tag, the annotations moved (as they were) and those deleted.
        """
        with self._transaction() as session:
            row = session.get(TagRow, tag_id)
            if row is None:
                raise NotFoundError(
                    tr("The tag {tag_id} is no longer in the library.").format(tag_id=tag_id)
                )
            tag = as_tag(row)
            rows = session.scalars(select(AnnotationRow).where(AnnotationRow.tag_id == tag_id))
            moved, deleted = [], []
            for annotation in rows.all():
                if reassign_to is None:
                    deleted.append(as_annotation(annotation))
                    session.delete(annotation)
                else:
                    moved.append(as_annotation(annotation))
                    annotation.tag_id = reassign_to
            session.flush()
            session.delete(row)
            return tag, moved, deleted

    def tag_counts(
        self, document_id: int | None = None, coder: str | None = None
    ) -> dict[int, dict[int, int]]:
        """For each document id (or just one), how many annotations it has of each tag id
        (only `coder`'s, if given)."""
        query = select(AnnotationRow.document_id, AnnotationRow.tag_id, func.count()).group_by(
            AnnotationRow.document_id, AnnotationRow.tag_id
        )
        if document_id is not None:
            query = query.where(AnnotationRow.document_id == document_id)
        if coder is not None:
            query = query.where(AnnotationRow.coder == coder)
        counts: dict[int, dict[int, int]] = {}
        with self._transaction(write=False) as session:
            for document_id, tag_id, count in session.execute(query):
                counts.setdefault(document_id, {})[tag_id] = count
        return counts
