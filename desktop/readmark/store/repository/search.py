"""What a search of the library reads: every document's text and every note."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from typing import Any

from sqlalchemy import bindparam, literal_column, select
from sqlalchemy.dialects import sqlite

from readmark.store.repository.connection import LibraryConnection, core_connection
from readmark.store.tables import AnnotationRow, DocumentRow


class SearchPart(LibraryConnection):
    """The library's texts and notes, read for a search."""

    def texts(self) -> Iterator[tuple[int, str, str]]:
        """(id, title, text) of every document, for searching the library."""
        for document_id, title, (text,) in self._by_document(_SEARCHED_TEXT):
            yield document_id, title, text

    def notes(self) -> Iterator[tuple[str, str, str]]:
        """(annotation id, document title, note) of every annotation with a note, in the
        documents' order and then the text's, for searching the library."""
        for _, title, (annotation_id, note) in self._by_document(SEARCHED_NOTES):
            yield annotation_id, title, note

    def _by_document(self, statement: str) -> Iterator[tuple[int, str, Any]]:
        """(id, title, row) for each row of a statement run for each document in turn (its one
        parameter the document's id), in the documents' order, as the driver reads the rows (a
        search reads every text and note, and nothing but the driver touches them). One query
        per document, not one over all: no sort of the whole library stands between a search
        and its first results."""
        with (
            self._transaction(write=False) as session,
            closing(core_connection(session).connection.cursor()) as cursor,
        ):
            for document_id, title in cursor.execute(_SEARCHED_DOCUMENTS).fetchall():
                for row in cursor.execute(statement, (document_id,)):
                    yield document_id, title, row


_SEARCHED_TEXT = str(
    select(DocumentRow.text)
    .where(DocumentRow.id == bindparam("document_id"))
    .compile(dialect=sqlite.dialect())
)
_SEARCHED_DOCUMENTS = str(
    select(DocumentRow.id, DocumentRow.title)
    .order_by(DocumentRow.imported_at, DocumentRow.id)
    .compile(dialect=sqlite.dialect())
)
SEARCHED_NOTES = str(
    select(AnnotationRow.id, AnnotationRow.note)
    .where(AnnotationRow.document_id == bindparam("document_id"))
    .where(AnnotationRow.note != literal_column("''"))
    .order_by(AnnotationRow.start, AnnotationRow.id)  # ix_annotations_notes's order
    .compile(dialect=sqlite.dialect())
)
