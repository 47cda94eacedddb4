"""The library's rows as core records and back, shared by the parts of the repository, and the
errors for a row that is not there."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from readmark.core.fields import decode_specs, decode_values, encode_values
from readmark.core.model import Annotation, Article, Document, Tag, annotation_in_bulk
from readmark.core.text import decode_blocks, encode_blocks
from readmark.core.texts import tr
from readmark.store.tables import AnnotationRow, Base, DocumentRow, TagRow


class NotFoundError(LookupError):
    """A document or annotation that is not (or no longer) in the library."""


class UnreadableDocumentError(NotFoundError):
    """A document whose stored text is not text: the library file was damaged around it."""


def now() -> datetime:
    return datetime.now(UTC)


# The annotations table, typed as the Table it is (the mapping declares a FromClause).
ANNOTATIONS = Base.metadata.tables[AnnotationRow.__tablename__]
# Annotation's fields in order, each the name of its column in the annotations table.
ANNOTATION_FIELDS = tuple(field.name for field in fields(Annotation))


def new_document_row(record: Article | Document, **fields: Any) -> DocumentRow:
    """A new row holding an article's (or a removed document's) text, structure and facts."""
    return DocumentRow(
        title=record.title,
        source=record.source,
        text=record.text,
        content_hash=record.content_hash,
        blocks=encode_blocks(record.blocks),
        author=record.author,
        published=record.published,
        site=record.site,
        url=record.url,
        file_path=record.file_path,
        **fields,
    )


def as_document(row: DocumentRow, text: str | None = None) -> Document:
    """The row as a Document, with `text` if given instead of the row's (same) text."""
    if text is None:
        text = row.text
    if not isinstance(text, str):  # SQLite keeps whatever was written, even over text
        raise UnreadableDocumentError(
            tr(
                "The document “{title}” cannot be read: its text in the "
                "library is damaged. File > Restore from Backup… brings back "
                "an earlier copy of the library."
            ).format(title=row.title)
        )
    folded = None if row.folded_blocks is None else tuple(json.loads(row.folded_blocks))
    return Document(
        id=row.id,
        title=row.title,
        source=row.source,
        text=text,
        content_hash=row.content_hash,
        imported_at=row.imported_at,
        reading_position=row.reading_position,
        blocks=tuple(decode_blocks(row.blocks)),
        author=row.author,
        published=row.published,
        site=row.site,
        url=row.url,
        file_path=row.file_path,
        folded_blocks=folded,
        label=row.label,
    )


def as_tag(row: TagRow) -> Tag:
    return Tag(
        row.id,
        row.name,
        row.colour,
        row.shortcut,
        row.position,
        row.description,
        row.parent_id,
        decode_specs(row.fields),
    )


def annotation_values(annotation: Annotation) -> dict[str, Any]:
    """An annotation's fields by column name, for an insert."""
    values = {name: getattr(annotation, name) for name in ANNOTATION_FIELDS}
    values["field_values"] = encode_values(annotation.field_values)
    return values


def as_annotation(row: AnnotationRow) -> Annotation:
    return annotation_in_bulk(
        id=row.id,
        document_id=row.document_id,
        tag_id=row.tag_id,
        start=row.start,
        end=row.end,
        exact=row.exact,
        prefix=row.prefix,
        suffix=row.suffix,
        note=row.note,
        created_at=row.created_at,
        updated_at=row.updated_at,
        orphaned=row.orphaned,
        origin=row.origin,
        coder=row.coder,
        field_values=decode_values(row.field_values),
        reason=row.reason,
    )


def annotation_row(session: Session, annotation_id: str) -> AnnotationRow:
    row = session.get(AnnotationRow, annotation_id)
    if row is None:
        raise NotFoundError(
            tr("The annotation {annotation_id} is no longer in the library.").format(
                annotation_id=annotation_id
            )
        )
    return row
