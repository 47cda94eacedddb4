"""The repository's annotations: a document's passages as stored or as a window shows them,
and adding, changing and removing them, one or many at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import closing
from datetime import datetime
from sys import intern
from typing import Any

from sqlalchemy import (
    LargeBinary,
    String,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.dialects import sqlite

from readmark.core.fields import FieldValues, decode_values, encode_values
from readmark.core.model import Annotation, annotation_in_bulk, utc_moment
from readmark.core.text import storable
from readmark.core.texts import tr
from readmark.store.repository.connection import LibraryConnection, core_connection
from readmark.store.repository.records import (
    ANNOTATION_FIELDS,
    ANNOTATIONS,
    NotFoundError,
    annotation_row,
    annotation_values,
    as_annotation,
    now,
)
from readmark.store.tables import AnnotationRow


class AnnotationsPart(LibraryConnection):
    """The library's annotations."""

    def annotations(self, document_id: int, *, as_shown: bool = False) -> list[Annotation]:
        """The document's annotations in reading order. `as_shown`, as a window shows them:
        each passage's prefix and suffix are left empty, and its words too unless it is
        orphaned, since they stand in the text at its offsets; its `updated_at` is its
        `created_at`, since a window shows neither. Only finding a passage again in a changed
        text reads the context, so a window holds of each passage only what it shows.
        Every change to an annotation returns it as stored."""
        # The driver's rows, the two times read as their stored text: no ORM row, no Core
        # processing of a cell and no UTCDateTime conversion per passage, since opening a
        # document with tens of thousands of passages waits for this read.
        with (
            self._transaction(write=False) as session,
            closing(core_connection(session).connection.cursor()) as cursor,
        ):
            rows = cursor.execute(_ANNOTATIONS_OF_DOCUMENT[as_shown], (document_id,))
            return [
                annotation_in_bulk(
                    annotation_id,
                    document,
                    tag,
                    start,
                    end,
                    exact,
                    prefix,
                    suffix,
                    note,
                    (made := utc_moment(created)),
                    made if updated == created else utc_moment(updated),  # one moment, shared
                    bool(orphaned),  # SQLite hands back 0 or 1
                    # A handful of coders and origins: one string each, not one per row.
                    intern(origin),
                    intern(coder),
                    decode_values(values),
                    intern(reason),
                )
                for (
                    annotation_id,
                    document,
                    tag,
                    start,
                    end,
                    exact,
                    prefix,
                    suffix,
                    note,
                    created,
                    updated,
                    orphaned,
                    origin,
                    coder,
                    values,
                    reason,
                ) in rows
            ]

    def annotation_fingerprint(
        self, document_id: int, coders: frozenset[str] | None = None
    ) -> tuple[int, ...]:
        """Sums over a document's passages (of `coders` only, if given) that change with what a
        window shows of them: shown_fingerprint of the passages a window holds is equal unless
        another program changed them. SQLite sums them, so that a check for outside changes
        reads no passage into Python."""
        columns = AnnotationRow.__table__.c
        query = select(
            func.count(),
            *(
                func.total(part)
                for part in (
                    columns.tag_id,
                    columns.start,
                    columns.end,
                    columns.orphaned,
                    # In bytes: SQLite's length() of a text stops at a NUL character.
                    func.length(cast(columns.note, LargeBinary)),
                    func.length(cast(columns.coder, LargeBinary)),
                    func.length(cast(columns.field_values, LargeBinary)),
                )
            ),
        ).where(columns.document_id == document_id)
        if coders is not None:
            query = query.where(columns.coder.in_(coders))
        with self._transaction(write=False) as session:
            row = session.execute(query).one()
        return tuple(int(value) for value in row)

    def coders(self) -> list[str]:
        """The names the library's annotations were made under."""
        query = select(AnnotationRow.coder).distinct()
        with self._transaction(write=False) as session:
            return list(session.scalars(query))

    def annotations_with_ids(self, ids: Iterable[str]) -> dict[str, Annotation]:
        """Those of the given annotation ids that are in the library, with their annotations."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Annotation] = {}
        with self._transaction(write=False) as session:
            for first in range(0, len(wanted), 500):  # SQLite limits the parameters per query
                chunk = wanted[first : first + 500]
                query = select(AnnotationRow).where(AnnotationRow.id.in_(chunk))
                found.update((row.id, as_annotation(row)) for row in session.scalars(query))
        return found

    def add_annotation(self, annotation: Annotation) -> Annotation:
        self.add_annotations([annotation])
        return annotation  # stored as it is: the columns have no defaults it lacks

    def add_annotations(self, annotations: Sequence[Annotation]) -> int:
        """Adds many annotations in one transaction (or the running batch's)."""
        if not annotations:
            return 0
        with self._transaction() as session:
            # A Core insert (executemany): the ORM's unit of work was most of a tag's store time.
            session.flush()  # first what the session holds, such as a delete in the same batch
            session.execute(insert(ANNOTATIONS), [annotation_values(a) for a in annotations])
        return len(annotations)

    def remove_annotation(self, annotation_id: str) -> Annotation:
        with self._transaction() as session:
            row = annotation_row(session, annotation_id)
            removed = as_annotation(row)
            session.delete(row)
            return removed

    def remove_annotations(self, annotation_ids: Sequence[str]) -> list[Annotation]:
        """Removes many annotations in one transaction; returns them as they were."""
        removed: list[Annotation] = []
        with self._transaction() as session:
            session.flush()
            for first in range(0, len(annotation_ids), 500):  # SQLite's parameter limit
                chunk = annotation_ids[first : first + 500]
                rows = session.scalars(select(AnnotationRow).where(AnnotationRow.id.in_(chunk)))
                removed.extend(as_annotation(row) for row in rows)
                session.execute(delete(ANNOTATIONS).where(ANNOTATIONS.c.id.in_(chunk)))
            if len(removed) != len(set(annotation_ids)):
                raise NotFoundError(tr("Some of those annotations are no longer in the library."))
        return removed

    def set_tag(self, annotation_id: str, tag_id: int) -> tuple[Annotation, Annotation]:
        return self._change_annotation(annotation_id, tag_id=tag_id)

    def set_field_values(
        self, annotation_id: str, values: FieldValues
    ) -> tuple[Annotation, Annotation]:
        return self._change_annotation(annotation_id, field_values=encode_values(values))

    def set_note(self, annotation_id: str, note: str) -> tuple[Annotation, Annotation]:
        return self._change_annotation(annotation_id, note=storable(note))

    def set_reason(self, annotation_id: str, reason: str) -> tuple[Annotation, Annotation]:
        return self._change_annotation(annotation_id, reason=reason)

    def merge_annotation(
        self, annotation_id: str, tag_id: int, note: str, updated_at: datetime
    ) -> tuple[Annotation, Annotation]:
        """Gives an annotation the tag, note and time of a newer copy of it (from an import)."""
        with self._transaction() as session:
            row = annotation_row(session, annotation_id)
            before = as_annotation(row)
            row.tag_id, row.note, row.updated_at = tag_id, storable(note), updated_at
            session.flush()
            return before, as_annotation(row)

    def _change_annotation(
        self, annotation_id: str, **columns: Any
    ) -> tuple[Annotation, Annotation]:
        """Gives an annotation new column values, now as its time of change: (before, after)."""
        with self._transaction() as session:
            row = annotation_row(session, annotation_id)
            before = as_annotation(row)
            for name, value in columns.items():
                setattr(row, name, value)
            row.updated_at = now()
            session.flush()
            return before, as_annotation(row)


# The annotations table's columns in the order of Annotation's fields, the times as stored text.
_ANNOTATION_COLUMNS_AS_STORED = tuple(
    type_coerce(AnnotationRow.__table__.c[name], String)
    if name in ("created_at", "updated_at")
    else AnnotationRow.__table__.c[name]
    for name in ANNOTATION_FIELDS
)
# The same as a window shows them: an empty prefix and suffix, and words only for an orphan
# (SQLite hands back one shared empty string); the time it was made read for the time it last
# changed, so that the two share one moment.
_SHOWN_COLUMNS = tuple(
    literal("")
    if name in ("prefix", "suffix")
    else case((AnnotationRow.__table__.c.orphaned, column), else_=literal(""))
    if name == "exact"
    else _ANNOTATION_COLUMNS_AS_STORED[ANNOTATION_FIELDS.index("created_at")]
    if name == "updated_at"
    else column
    for name, column in zip(ANNOTATION_FIELDS, _ANNOTATION_COLUMNS_AS_STORED, strict=True)
)


# A document's annotations in reading order, as stored and as shown (see annotations), as SQL
# for the driver, the document's id its one parameter.
_ANNOTATIONS_OF_DOCUMENT = {
    shown: str(
        select(*(_SHOWN_COLUMNS if shown else _ANNOTATION_COLUMNS_AS_STORED))
        .where(AnnotationRow.__table__.c.document_id == literal_column("?"))
        .order_by(
            AnnotationRow.__table__.c.start,
            AnnotationRow.__table__.c.end.desc(),
            AnnotationRow.__table__.c.created_at,
        )
        .compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    )
    for shown in (False, True)
}
