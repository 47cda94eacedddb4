"""The repository's documents: adding, finding, revising, removing and restoring them, their
reading state, and the suggestions turned down in them."""

from __future__ import annotations

import json

from sqlalchemy import func, insert, select
from sqlalchemy.orm import defer

from readmark.core.anchoring import Anchor
from readmark.core.model import Annotation, Article, Document, DocumentSummary
from readmark.core.text import encode_blocks
from readmark.core.texts import tr
from readmark.store.repository.connection import LibraryConnection
from readmark.store.repository.records import (
    ANNOTATIONS,
    NotFoundError,
    annotation_row,
    annotation_values,
    as_annotation,
    as_document,
    new_document_row,
    now,
)
from readmark.store.tables import AnnotationRow, DocumentRow, RejectedSuggestionRow, SettingRow


class DocumentsPart(LibraryConnection):
    """The library's documents."""

    def add_article(self, article: Article) -> tuple[Document, bool]:
        """Adds an article; one with the same text already in the library is returned instead.

        The flag says whether a new document was created.
        """
        with self._transaction() as session:
            existing = session.scalars(
                select(DocumentRow).where(DocumentRow.content_hash == article.content_hash)
            ).first()
            if existing is not None:
                return as_document(existing), False
            row = new_document_row(article, imported_at=now(), reading_position=0)
            session.add(row)
            session.flush()
            return as_document(row), True

    def document_with_text(self, content_hash: str) -> Document | None:
        with self._transaction(write=False) as session:
            row = session.scalars(
                select(DocumentRow).where(DocumentRow.content_hash == content_hash)
            ).first()
            return None if row is None else as_document(row)

    def document_from_file(self, file_path: str) -> Document | None:
        """The newest document imported from this file, if any."""
        with self._transaction(write=False) as session:
            row = session.scalars(
                select(DocumentRow)
                .where(DocumentRow.file_path == file_path)
                .order_by(DocumentRow.imported_at.desc())
            ).first()
            return None if row is None else as_document(row)

    def document_from_url(self, url: str) -> Document | None:
        """The newest document imported from this web address (its #fragment and a last "/"
        aside), if any."""
        address = url.split("#", 1)[0].rstrip("/")
        with self._transaction(write=False) as session:
            row = session.scalars(
                select(DocumentRow)
                .where(DocumentRow.url.in_([address, f"{address}/", url]))
                .order_by(DocumentRow.imported_at.desc())
            ).first()
            return None if row is None else as_document(row)

    def documents(self) -> list[DocumentSummary]:
        counts = (
            select(AnnotationRow.document_id, func.count().label("n"))
            .group_by(AnnotationRow.document_id)
            .subquery()
        )
        query = (
            select(
                DocumentRow.id,
                DocumentRow.title,
                DocumentRow.source,
                DocumentRow.imported_at,
                func.coalesce(counts.c.n, 0),
                DocumentRow.label,
            )
            .outerjoin(counts, counts.c.document_id == DocumentRow.id)
            .order_by(DocumentRow.imported_at, DocumentRow.id)
        )
        with self._transaction(write=False) as session:
            return [DocumentSummary(*row) for row in session.execute(query)]

    def document(self, document_id: int, held: Document | None = None) -> Document:
        """The document. `held`, a copy the caller has of it already (the first look's), lends
        its text if the library's is the same, which is then not read again: for a book, that
        is megabytes read, decoded and held twice."""
        with self._transaction(write=False) as session:
            lending = held if held is not None and held.id == document_id else None
            options = [defer(DocumentRow.text)] if lending is not None else []
            row = session.get(DocumentRow, document_id, options=options)
            if row is None:
                raise NotFoundError(
                    tr("There is no document {document_id} in this library.").format(
                        document_id=document_id
                    )
                )
            if lending is not None and lending.content_hash == row.content_hash:
                return as_document(row, lending.text)
            return as_document(row)

    def document_hashes(self) -> dict[int, str]:
        """The content hash of every document, by document id."""
        query = select(DocumentRow.id, DocumentRow.content_hash)
        with self._transaction(write=False) as session:
            return {document_id: digest for document_id, digest in session.execute(query)}

    def revise_document(
        self, document_id: int, article: Article, placed: dict[str, Anchor | None]
    ) -> Document:
        """Puts a new version of a document's text in place, with every annotation moved to its
        new anchor, or marked orphaned where `placed` has None: all in one transaction."""
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(
                    tr("There is no document {document_id} in this library.").format(
                        document_id=document_id
                    )
                )
            row.title, row.source, row.text = article.title, article.source, article.text
            row.content_hash, row.blocks = article.content_hash, encode_blocks(article.blocks)
            row.author, row.published, row.site = article.author, article.published, article.site
            row.url, row.file_path = article.url, article.file_path
            row.folded_blocks = None  # the blocks changed: ask about repeats afresh
            row.reading_position = 0
            for annotation_id, anchor in placed.items():
                annotation = annotation_row(session, annotation_id)
                annotation.orphaned = anchor is None
                if anchor is not None:
                    annotation.start, annotation.end = anchor.start, anchor.end
                    annotation.prefix, annotation.suffix = anchor.prefix, anchor.suffix
            session.flush()
            return as_document(row)

    def remove_document(self, document_id: int) -> tuple[Document, list[Annotation]]:
        """Removes a document and its annotations; returns both, so that it can be restored."""
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(
                    tr("There is no document {document_id} in this library.").format(
                        document_id=document_id
                    )
                )
            rows = session.scalars(
                select(AnnotationRow).where(AnnotationRow.document_id == document_id)
            ).all()
            removed = (as_document(row), [as_annotation(a) for a in rows])
            for annotation in rows:
                session.delete(annotation)
            session.delete(row)
            return removed

    def restore_document(self, document: Document, annotations: list[Annotation]) -> Document:
        """Puts a removed document back (under its old id unless that was taken since)."""
        with self._transaction() as session:
            taken = session.get(DocumentRow, document.id) is not None
            folded = document.folded_blocks
            row = new_document_row(
                document,
                id=None if taken else document.id,
                imported_at=document.imported_at,
                reading_position=document.reading_position,
                folded_blocks=None if folded is None else json.dumps(list(folded)),
                label=document.label,
            )
            session.add(row)
            session.flush()
            if annotations:
                session.execute(
                    insert(ANNOTATIONS),
                    [annotation_values(a) | {"document_id": row.id} for a in annotations],
                )
            return as_document(row)

    def set_folded_blocks(self, document_id: int, folded: tuple[int, ...]) -> Document:
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(
                    tr("There is no document {document_id} in this library.").format(
                        document_id=document_id
                    )
                )
            row.folded_blocks = json.dumps(list(folded))
            session.flush()
            return as_document(row)

    def set_document_label(self, document_id: int, label: str) -> str:
        """Labels a document (what kind of information it is; "" for none); returns the label
        it had."""
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id, options=[defer(DocumentRow.text)])
            if row is None:
                raise NotFoundError(
                    tr("There is no document {document_id} in this library.").format(
                        document_id=document_id
                    )
                )
            before, row.label = row.label, label
            return before

    def set_reading_position(self, document_id: int, offset: int) -> None:
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is not None:
                row.reading_position = offset

    def rejected_suggestions(self, document_id: int) -> set[tuple[int, int, int]]:
        """(tag id, start, end) of the suggestions the reader turned down in a document."""
        query = select(
            RejectedSuggestionRow.tag_id, RejectedSuggestionRow.start, RejectedSuggestionRow.end
        ).where(RejectedSuggestionRow.document_id == document_id)
        with self._transaction(write=False) as session:
            return {(t, s, e) for t, s, e in session.execute(query)}

    def reject_suggestions(
        self,
        document_id: int,
        spans: list[tuple[int, int, int]],
        setting: tuple[str, str] | None = None,
        *,
        rejected: bool = True,
    ) -> None:
        """Turns suggestions down (or, not `rejected`, takes that back), with a setting written in
        the same transaction (what the suggester learned from it), so neither is kept alone."""
        with self._transaction() as session:
            for tag_id, start, end in spans:
                row = RejectedSuggestionRow(
                    document_id=document_id, tag_id=tag_id, start=start, end=end
                )
                if rejected:
                    session.merge(row)
                else:
                    stored = session.get(RejectedSuggestionRow, (document_id, tag_id, start, end))
                    if stored is not None:
                        session.delete(stored)
            if setting is not None:
                session.merge(SettingRow(key=setting[0], value=setting[1]))
