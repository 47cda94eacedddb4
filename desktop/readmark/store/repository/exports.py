"""The repository's export: every annotation as a row for an exporter, with its document's facts,
its links and the evidence for it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import closing

from sqlalchemy import Row, bindparam, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine.interfaces import DBAPICursor

from readmark.core.fields import decode_values
from readmark.core.links import EvidencePassage, Link, links_column
from readmark.core.model import ExportRow
from readmark.core.text import BlockIndex, decode_blocks
from readmark.store.repository.connection import LibraryConnection, core_connection
from readmark.store.repository.records import ANNOTATIONS
from readmark.store.tables import DocumentRow, TagRow


class ExportsPart(LibraryConnection):
    """The library's annotations as export rows."""

    def export_rows(self, document_id: int | None = None) -> Iterator[ExportRow]:
        """Every annotation (of one document, or all) in reading order, ready for an exporter."""
        documents = select(*_EXPORTED_DOCUMENT).order_by(DocumentRow.imported_at, DocumentRow.id)
        if document_id is not None:
            documents = documents.where(DocumentRow.id == document_id)
        with (
            self._transaction(write=False) as session,
            closing(core_connection(session).connection.cursor()) as cursor,
        ):
            links_of = _links_by_document(cursor.execute(_DOCUMENT_LINKS, (document_id,) * 3))
            evidence_of = _evidence_by_document(
                cursor.execute(_DOCUMENT_EVIDENCE, (document_id,) * 2)
            )
            for document in session.execute(documents).all():
                links = _links_by_passage(links_of.get(document.id, ()))
                evidence = _evidence_by_claim(evidence_of.get(document.id, ()))
                yield from _document_rows(cursor, document, links, evidence)


def _document_rows(
    cursor: DBAPICursor,
    document: Row[int, str, str, str, str, str, str, str, str],
    links: dict[str, list[Link]],
    evidence: dict[str, list[EvidencePassage]],
) -> Iterator[ExportRow]:
    """A document's annotations as export rows, in reading order; `document` has the columns of
    _EXPORTED_DOCUMENT."""
    doc_id, title, source, author, published, site, url, encoded, label = document
    blocks = BlockIndex(decode_blocks(encoded))
    # Streamed: fetchall() builds every row in one call that holds the interpreter, and the
    # window's thread waits for all of it when the export runs on a worker.
    rows = cursor.execute(_EXPORT_ANNOTATIONS, (doc_id,))
    for (
        start,
        end,
        tag_name,
        exact,
        note,
        created,
        updated,
        orphaned,
        origin,
        coder,
        values,
        annotation_id,
        reason,
    ) in rows:
        block, paragraph = blocks.locate(start)
        # Positional, in the order of ExportRow's fields: one is built for every exported row,
        # and keywords cost a share of the export (benchmarks/README.md).
        yield ExportRow(
            doc_id,
            title,
            source,
            tag_name,
            exact,
            note,
            start,
            end,
            paragraph,
            created,
            updated,
            block.kind if block is not None else "",
            author,
            published,
            site,
            url,
            bool(orphaned),
            origin,
            coder,
            decode_values(values),
            label,
            annotation_id,
            links_column(annotation_id, links[annotation_id]) if links else "",
            tuple(evidence.get(annotation_id, ())) if evidence else (),
            reason,
        )


# What an export row tells of its document.
_EXPORTED_DOCUMENT = (
    DocumentRow.id,
    DocumentRow.title,
    DocumentRow.source,
    DocumentRow.author,
    DocumentRow.published,
    DocumentRow.site,
    DocumentRow.url,
    DocumentRow.blocks,
    DocumentRow.label,
)
# A document's annotations for an export, in the order of the reading-order index (SQLite never
# sorts the whole library's), the times as stored text. Run on the driver's own cursor, so that
# no ORM object, result row or datetime is made for a cell of an export.
_EXPORT_ANNOTATIONS = str(
    select(
        ANNOTATIONS.c.start,
        ANNOTATIONS.c.end,
        TagRow.__table__.c.name,
        ANNOTATIONS.c.exact,
        ANNOTATIONS.c.note,
        ANNOTATIONS.c.created_at,
        ANNOTATIONS.c.updated_at,
        ANNOTATIONS.c.orphaned,
        ANNOTATIONS.c.origin,
        ANNOTATIONS.c.coder,
        ANNOTATIONS.c.field_values,
        ANNOTATIONS.c.id,
        ANNOTATIONS.c.reason,
    )
    .join(TagRow.__table__, ANNOTATIONS.c.tag_id == TagRow.__table__.c.id)
    .where(ANNOTATIONS.c.document_id == bindparam("document_id"))
    .order_by(ANNOTATIONS.c.start, ANNOTATIONS.c.end.desc())
    .compile(dialect=sqlite.dialect())
)

# Every link with the documents of its two passages, read once for an export: no query runs
# per passage, so a library without links exports as if links did not exist.
_DOCUMENT_LINKS = (
    "SELECT s.document_id, t.document_id, l.source_id, l.target_id, l.kind FROM links l "
    "LEFT JOIN annotations s ON s.id = l.source_id LEFT JOIN annotations t ON t.id = l.target_id "
    "WHERE ? IS NULL OR s.document_id = ? OR t.document_id = ? ORDER BY l.rowid"
)


# The passages that support or contradict passages, with their words and article, and the
# document of the passage they support (the claim).
_DOCUMENT_EVIDENCE = (
    "SELECT c.document_id, l.target_id, l.kind, a.id, a.exact, d.title, d.url FROM links l "
    "JOIN annotations c ON c.id = l.target_id "
    "JOIN annotations a ON a.id = l.source_id JOIN documents d ON d.id = a.document_id "
    "WHERE l.kind IN ('supports', 'contradicts') AND (? IS NULL OR c.document_id = ?) "
    "ORDER BY l.rowid"
)


def _links_by_document(
    rows: Iterable[tuple[int | None, int | None, str, str, str]],
) -> dict[int, list[tuple[str, str, str]]]:
    """The links touching each document's passages, by document id, in the links' order."""
    found: dict[int, list[tuple[str, str, str]]] = {}
    for source_document, target_document, *link in rows:
        for document in {source_document, target_document} - {None}:
            found.setdefault(document, []).append(tuple(link))  # type: ignore[arg-type]
    return found


def _evidence_by_document(
    rows: Iterable[tuple[int, str, str, str, str, str, str]],
) -> dict[int, list[tuple[str, str, str, str, str, str]]]:
    """The evidence rows of each document's claims, by document id, in the links' order."""
    found: dict[int, list[tuple[str, str, str, str, str, str]]] = {}
    for document, *evidence in rows:
        found.setdefault(document, []).append(tuple(evidence))  # type: ignore[arg-type]
    return found


def _evidence_by_claim(
    rows: Iterable[tuple[str, str, str, str, str, str]],
) -> dict[str, list[EvidencePassage]]:
    found: dict[str, list[EvidencePassage]] = {}
    for claim_id, kind, passage_id, exact, title, url in rows:
        passage = EvidencePassage(passage_id, kind, exact, title, url)  # type: ignore[arg-type]
        found.setdefault(claim_id, []).append(passage)  # kinds stored from LINK_KINDS
    return found


def _links_by_passage(rows: Iterable[tuple[str, str, str]]) -> defaultdict[str, list[Link]]:
    """Each passage's links, by its id (a passage without links is not a key until asked)."""
    found: defaultdict[str, list[Link]] = defaultdict(list)
    for source, target, kind in rows:
        link = Link(source, target, kind)  # type: ignore[arg-type]  # stored from LINK_KINDS
        found[source].append(link)
        found[target].append(link)
    return found
