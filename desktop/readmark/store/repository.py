"""The one facade over the library: every operation is one session and one transaction."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from sys import intern
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    LargeBinary,
    String,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session, defer

from readmark.core.anchoring import Anchor
from readmark.core.fields import (
    FieldValues,
    decode_specs,
    decode_values,
    encode_specs,
    encode_values,
)
from readmark.core.links import EvidencePassage, Link, links_column
from readmark.core.model import (
    Annotation,
    Article,
    Document,
    DocumentSummary,
    ExportRow,
    Tag,
    TagSpec,
    default_coder,
    utc_moment,
)
from readmark.core.passage_sums import passage_sums as shown_fingerprint  # noqa: F401
from readmark.core.text import BlockIndex, decode_blocks, encode_blocks, storable
from readmark.store.database import ChangeWatch, writer
from readmark.store.schema import CODER_SETTING
from readmark.store.tables import (
    AnnotationRow,
    Base,
    DocumentRow,
    LinkRow,
    RejectedSuggestionRow,
    SettingRow,
    TagRow,
)


class NotFoundError(LookupError):
    """A document or annotation that is not (or no longer) in the library."""


class UnreadableDocumentError(NotFoundError):
    """A document whose stored text is not text: the library file was damaged around it."""


def _now() -> datetime:
    return datetime.now(UTC)


class LibraryRepository:
    def __init__(self, engine: Engine) -> None:
        self._reader = engine
        self._writer = writer(engine)
        self._batch: Session | None = None
        self._watch: ChangeWatch | None = None

    def dispose(self) -> None:
        """Closes every connection, so that the file can be moved or replaced."""
        self.stop_watching()
        self._reader.dispose()

    def changed_elsewhere(self) -> bool:
        """Whether the library was changed through another connection since last asked (see
        ChangeWatch); the first call starts watching and answers False."""
        if self._watch is None:
            self._watch = ChangeWatch(Path(str(self._reader.url.database)))
            return False
        return self._watch.changed()

    def stop_watching(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[Session]:
        """One session and transaction per operation, or the batch's when one is running."""
        if self._batch is not None:
            yield self._batch
            return
        engine = self._writer if write else self._reader
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Runs the operations inside as one transaction: all of them are stored, or none."""
        if self._batch is not None:
            yield
            return
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            self._batch = session
            try:
                yield
            finally:
                self._batch = None

    # Documents

    def add_article(self, article: Article) -> tuple[Document, bool]:
        """Adds an article; one with the same text already in the library is returned instead.

        The flag says whether a new document was created.
        """
        with self._transaction() as session:
            existing = session.scalars(
                select(DocumentRow).where(DocumentRow.content_hash == article.content_hash)
            ).first()
            if existing is not None:
                return _document(existing), False
            row = _document_row(article, imported_at=_now(), reading_position=0)
            session.add(row)
            session.flush()
            return _document(row), True

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

    def texts(self) -> Iterator[tuple[int, str, str]]:
        """(id, title, text) of every document, for searching the library."""
        for document_id, title, (text,) in self._by_document(_SEARCHED_TEXT):
            yield document_id, title, text

    def notes(self) -> Iterator[tuple[str, str, str]]:
        """(annotation id, document title, note) of every annotation with a note, in the
        documents' order and then the text's, for searching the library."""
        for _, title, (annotation_id, note) in self._by_document(_SEARCHED_NOTES):
            yield annotation_id, title, note

    def _by_document(self, statement: str) -> Iterator[tuple[int, str, Any]]:
        """(id, title, row) for each row of a statement run for each document in turn (its one
        parameter the document's id), in the documents' order, as the driver reads the rows (a
        search reads every text and note: Core's rows took half as long again as the search).
        One query over every document sorted all its rows before the first came: a quarter of
        a second at 200,000 notes, before a search could show anything."""
        with (
            self._transaction(write=False) as session,
            closing(_connection(session).connection.cursor()) as cursor,
        ):
            for document_id, title in cursor.execute(_SEARCHED_DOCUMENTS).fetchall():
                for row in cursor.execute(statement, (document_id,)):
                    yield document_id, title, row

    def document_with_text(self, content_hash: str) -> Document | None:
        with self._transaction(write=False) as session:
            row = session.scalars(
                select(DocumentRow).where(DocumentRow.content_hash == content_hash)
            ).first()
            return None if row is None else _document(row)

    def document_from_file(self, file_path: str) -> Document | None:
        """The newest document imported from this file, if any."""
        with self._transaction(write=False) as session:
            row = session.scalars(
                select(DocumentRow)
                .where(DocumentRow.file_path == file_path)
                .order_by(DocumentRow.imported_at.desc())
            ).first()
            return None if row is None else _document(row)

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
            return None if row is None else _document(row)

    def revise_document(
        self, document_id: int, article: Article, placed: dict[str, Anchor | None]
    ) -> Document:
        """Puts a new version of a document's text in place, with every annotation moved to its
        new anchor, or marked orphaned where `placed` has None: all in one transaction."""
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"There is no document {document_id} in this library.")
            row.title, row.source, row.text = article.title, article.source, article.text
            row.content_hash, row.blocks = article.content_hash, encode_blocks(article.blocks)
            row.author, row.published, row.site = article.author, article.published, article.site
            row.url, row.file_path = article.url, article.file_path
            row.folded_blocks = None  # the blocks changed: ask about repeats afresh
            row.reading_position = 0
            for annotation_id, anchor in placed.items():
                annotation = self._annotation_row(session, annotation_id)
                annotation.orphaned = anchor is None
                if anchor is not None:
                    annotation.start, annotation.end = anchor.start, anchor.end
                    annotation.prefix, annotation.suffix = anchor.prefix, anchor.suffix
            session.flush()
            return _document(row)

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
                raise NotFoundError(f"There is no document {document_id} in this library.")
            if lending is not None and lending.content_hash == row.content_hash:
                return _document(row, lending.text)
            return _document(row)

    def remove_document(self, document_id: int) -> tuple[Document, list[Annotation]]:
        """Removes a document and its annotations; returns both, so that it can be restored."""
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"There is no document {document_id} in this library.")
            rows = session.scalars(
                select(AnnotationRow).where(AnnotationRow.document_id == document_id)
            ).all()
            removed = (_document(row), [_annotation(a) for a in rows])
            for annotation in rows:
                session.delete(annotation)
            session.delete(row)
            return removed

    def restore_document(self, document: Document, annotations: list[Annotation]) -> Document:
        """Puts a removed document back (under its old id unless that was taken since)."""
        with self._transaction() as session:
            taken = session.get(DocumentRow, document.id) is not None
            folded = document.folded_blocks
            row = _document_row(
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
                    insert(_ANNOTATIONS),
                    [_annotation_values(a) | {"document_id": row.id} for a in annotations],
                )
            return _document(row)

    def set_folded_blocks(self, document_id: int, folded: tuple[int, ...]) -> Document:
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"There is no document {document_id} in this library.")
            row.folded_blocks = json.dumps(list(folded))
            session.flush()
            return _document(row)

    def set_document_label(self, document_id: int, label: str) -> str:
        """Labels a document (what kind of information it is; "" for none); returns the label
        it had."""
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id, options=[defer(DocumentRow.text)])
            if row is None:
                raise NotFoundError(f"There is no document {document_id} in this library.")
            before, row.label = row.label, label
            return before

    def set_reading_position(self, document_id: int, offset: int) -> None:
        with self._transaction() as session:
            row = session.get(DocumentRow, document_id)
            if row is not None:
                row.reading_position = offset

    # Tags

    def tags(self) -> list[Tag]:
        with self._transaction(write=False) as session:
            rows = session.scalars(select(TagRow).order_by(TagRow.position))
            return [_tag(row) for row in rows]

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
            return _tag(row)

    def update_tag(self, tag: Tag) -> tuple[Tag, Tag]:
        """Changes a tag's name, colour, shortcut, place, description or group."""
        with self._transaction() as session:
            row = session.get(TagRow, tag.id)
            if row is None:
                raise NotFoundError(f"The tag “{tag.name}” is no longer in the library.")
            before = _tag(row)
            row.name, row.colour, row.shortcut = tag.name, tag.colour, tag.shortcut
            row.position, row.description, row.parent_id = (
                tag.position,
                tag.description,
                tag.parent_id,
            )
            row.fields = encode_specs(tag.fields)
            session.flush()
            return before, _tag(row)

    def remove_tag(
        self, tag_id: int, reassign_to: int | None
    ) -> tuple[Tag, list[Annotation], list[Annotation]]:
        """Removes a tag: its annotations move to `reassign_to`, or are deleted when None.

        Returns the tag, the annotations moved (as they were) and those deleted.
        """
        with self._transaction() as session:
            row = session.get(TagRow, tag_id)
            if row is None:
                raise NotFoundError(f"The tag {tag_id} is no longer in the library.")
            tag = _tag(row)
            rows = session.scalars(select(AnnotationRow).where(AnnotationRow.tag_id == tag_id))
            moved, deleted = [], []
            for annotation in rows.all():
                if reassign_to is None:
                    deleted.append(_annotation(annotation))
                    session.delete(annotation)
                else:
                    moved.append(_annotation(annotation))
                    annotation.tag_id = reassign_to
            session.flush()
            session.delete(row)
            return tag, moved, deleted

    # Annotations

    def annotations(self, document_id: int, *, as_shown: bool = False) -> list[Annotation]:
        """The document's annotations in reading order. `as_shown`, as a window shows them:
        each passage's prefix and suffix are left empty, and its words too unless it is
        orphaned, since they stand in the text at its offsets; its `updated_at` is its
        `created_at`, since a window shows neither. Only finding a passage again in a changed
        text reads the context; a window showing fifty thousand passages holds 9 MB less
        without it, 18 MB less without their words, and 2 MB less with one moment each.
        Every change to an annotation returns it as stored."""
        # The driver's rows, the two times read as their stored text: neither ORM rows, nor
        # Core's processing of each cell, nor the UTCDateTime conversion, which were most of the
        # time for a document with tens of thousands of annotations (at 100,000, Core's rows
        # took as long again as the driver's).
        with (
            self._transaction(write=False) as session,
            closing(_connection(session).connection.cursor()) as cursor,
        ):
            rows = cursor.execute(_ANNOTATIONS_OF_DOCUMENT[as_shown], (document_id,))
            return [
                Annotation(
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

    def coder(self) -> str:
        """The name this library's user makes annotations under."""
        return self.setting(CODER_SETTING) or default_coder()

    def set_coder(self, name: str) -> None:
        self.set_setting(CODER_SETTING, name)

    def annotation_fingerprint(
        self, document_id: int, coders: frozenset[str] | None = None
    ) -> tuple[int, ...]:
        """Sums over a document's passages (of `coders` only, if given) that change with what a
        window shows of them: shown_fingerprint of the passages a window holds is equal unless
        another program changed them. A tenth of the time of reading them all to compare: at
        50,000, 36-100 ms against 450-1,050 ms on a busy two-core machine."""
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

    def add_annotation(self, annotation: Annotation) -> Annotation:
        self.add_annotations([annotation])
        return annotation  # stored as it is: the columns have no defaults it lacks

    def remove_annotation(self, annotation_id: str) -> Annotation:
        with self._transaction() as session:
            row = self._annotation_row(session, annotation_id)
            removed = _annotation(row)
            session.delete(row)
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

    def _change_annotation(
        self, annotation_id: str, **columns: Any
    ) -> tuple[Annotation, Annotation]:
        """Gives an annotation new column values, now as its time of change: (before, after)."""
        with self._transaction() as session:
            row = self._annotation_row(session, annotation_id)
            before = _annotation(row)
            for name, value in columns.items():
                setattr(row, name, value)
            row.updated_at = _now()
            session.flush()
            return before, _annotation(row)

    # Links between passages

    def links(
        self,
        *,
        document_id: int | None = None,
        annotation_ids: Sequence[str] = (),
        tag_id: int | None = None,
    ) -> list[Link]:
        """The links that touch (at either end) a document's passages, or those given, or a
        tag's; in the order they were made."""
        # Each link's two passages looked up by their ids: choosing the passages first read
        # every one of a document's rows (1.4 s at 100,000, as the document opened).
        source, target = _LINK_SOURCE, _LINK_TARGET
        chosen: list[Any] = []
        if document_id is not None:
            chosen.append(
                or_(source.c.document_id == document_id, target.c.document_id == document_id)
            )
        if tag_id is not None:
            chosen.append(or_(source.c.tag_id == tag_id, target.c.tag_id == tag_id))
        for first in range(0, len(annotation_ids), 400):  # SQLite's parameter limit, two uses
            ids = list(annotation_ids[first : first + 400])
            chosen.append(or_(_LINKS.c.source_id.in_(ids), _LINKS.c.target_id.in_(ids)))
        found: dict[Link, None] = {}
        with self._transaction(write=False) as session:
            for touching in chosen:
                query = (
                    select(_LINKS.c.source_id, _LINKS.c.target_id, _LINKS.c.kind)
                    .join(source, source.c.id == _LINKS.c.source_id)
                    .join(target, target.c.id == _LINKS.c.target_id)
                    .where(touching)
                    .order_by(literal_column("links.rowid"))
                )
                found.update((Link(*row), None) for row in _connection(session).execute(query))
        return list(found)

    def add_links(self, links: Sequence[Link]) -> list[Link]:
        """Adds the links not there yet (both passages must be); returns those."""
        with self._transaction() as session:
            for link in links:
                self._annotation_row(session, link.source_id)
                self._annotation_row(session, link.target_id)
            there = set(self.links(annotation_ids=[k.source_id for k in links]))
            added = [k for k in dict.fromkeys(links) if k not in there]
            if added:
                session.execute(
                    insert(_LINKS),
                    [
                        {"source_id": k.source_id, "target_id": k.target_id, "kind": k.kind}
                        for k in added
                    ],
                )
            return added

    def remove_links(self, links: Sequence[Link]) -> list[Link]:
        """Removes those of the links that are there; returns them."""
        removed = []
        with self._transaction() as session:
            connection = _connection(session)
            for link in dict.fromkeys(links):
                gone = connection.execute(
                    delete(_LINKS).where(
                        _LINKS.c.source_id == link.source_id,
                        _LINKS.c.target_id == link.target_id,
                        _LINKS.c.kind == link.kind,
                    )
                )
                if gone.rowcount:
                    removed.append(link)
        return removed

    @staticmethod
    def _annotation_row(session: Session, annotation_id: str) -> AnnotationRow:
        row = session.get(AnnotationRow, annotation_id)
        if row is None:
            raise NotFoundError(f"The annotation {annotation_id} is no longer in the library.")
        return row

    # Export

    def export_rows(self, document_id: int | None = None) -> Iterator[ExportRow]:
        """Every annotation (of one document, or all) in reading order, ready for an exporter."""
        documents = select(
            DocumentRow.id,
            DocumentRow.title,
            DocumentRow.source,
            DocumentRow.author,
            DocumentRow.published,
            DocumentRow.site,
            DocumentRow.url,
            DocumentRow.blocks,
            DocumentRow.label,
        ).order_by(DocumentRow.imported_at, DocumentRow.id)
        if document_id is not None:
            documents = documents.where(DocumentRow.id == document_id)
        with (
            self._transaction(write=False) as session,
            closing(_connection(session).connection.cursor()) as cursor,
        ):
            links_of = _links_by_document(cursor.execute(_DOCUMENT_LINKS, (document_id,) * 3))
            evidence_of = _evidence_by_document(
                cursor.execute(_DOCUMENT_EVIDENCE, (document_id,) * 2)
            )
            for (
                doc_id,
                title,
                source,
                author,
                published,
                site,
                url,
                encoded,
                label,
            ) in session.execute(documents).all():
                blocks = BlockIndex(decode_blocks(encoded))
                links = _links_by_passage(links_of.get(doc_id, ()))
                evidence = _evidence_by_claim(evidence_of.get(doc_id, ()))
                # Streamed: fetchall() builds every row in one call that holds the interpreter,
                # and the window's thread waits for all of it when the export runs on a worker.
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
                    # In the order of ExportRow's fields: keywords made the record three
                    # times as slow to build, a sixth of a CSV export's time.
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

    # Library-wide settings

    def setting(self, key: str) -> str | None:
        # A plain select: the window reads a dozen settings as it opens, and session.get's
        # identity-map work took several times as long as the query.
        query = select(SettingRow.__table__.c.value).where(SettingRow.__table__.c.key == key)
        with self._transaction(write=False) as session:
            value: str | None = _connection(session).execute(query).scalar()
            return value

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction() as session:
            session.merge(SettingRow(key=key, value=value))

    # Exchange

    def document_hashes(self) -> dict[int, str]:
        """The content hash of every document, by document id."""
        query = select(DocumentRow.id, DocumentRow.content_hash)
        with self._transaction(write=False) as session:
            return {document_id: digest for document_id, digest in session.execute(query)}

    def annotations_with_ids(self, ids: Iterable[str]) -> dict[str, Annotation]:
        """Those of the given annotation ids that are in the library, with their annotations."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, Annotation] = {}
        with self._transaction(write=False) as session:
            for first in range(0, len(wanted), 500):  # SQLite limits the parameters per query
                chunk = wanted[first : first + 500]
                query = select(AnnotationRow).where(AnnotationRow.id.in_(chunk))
                found.update((row.id, _annotation(row)) for row in session.scalars(query))
        return found

    def add_annotations(self, annotations: Sequence[Annotation]) -> int:
        """Adds many annotations in one transaction (or the running batch's)."""
        if not annotations:
            return 0
        with self._transaction() as session:
            # A Core insert (executemany): the ORM's unit of work was most of a tag's store time.
            session.flush()  # first what the session holds, such as a delete in the same batch
            session.execute(insert(_ANNOTATIONS), [_annotation_values(a) for a in annotations])
        return len(annotations)

    def remove_annotations(self, annotation_ids: Sequence[str]) -> list[Annotation]:
        """Removes many annotations in one transaction; returns them as they were."""
        removed: list[Annotation] = []
        with self._transaction() as session:
            session.flush()
            for first in range(0, len(annotation_ids), 500):  # SQLite's parameter limit
                chunk = annotation_ids[first : first + 500]
                rows = session.scalars(select(AnnotationRow).where(AnnotationRow.id.in_(chunk)))
                removed.extend(_annotation(row) for row in rows)
                session.execute(delete(_ANNOTATIONS).where(_ANNOTATIONS.c.id.in_(chunk)))
            if len(removed) != len(set(annotation_ids)):
                raise NotFoundError("Some of those annotations are no longer in the library.")
        return removed

    def merge_annotation(
        self, annotation_id: str, tag_id: int, note: str, updated_at: datetime
    ) -> tuple[Annotation, Annotation]:
        """Gives an annotation the tag, note and time of a newer copy of it (from an import)."""
        with self._transaction() as session:
            row = self._annotation_row(session, annotation_id)
            before = _annotation(row)
            row.tag_id, row.note, row.updated_at = tag_id, storable(note), updated_at
            session.flush()
            return before, _annotation(row)


def _connection(session: Session) -> Connection:
    """The session's connection, for Core statements; what the session holds (in a batch) is
    written first, so that they see it."""
    session.flush()
    return session.connection()


def _document_row(record: Article | Document, **fields: Any) -> DocumentRow:
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


def _document(row: DocumentRow, text: str | None = None) -> Document:
    """The row as a Document, with `text` if given instead of the row's (same) text."""
    if text is None:
        text = row.text
    if not isinstance(text, str):  # SQLite keeps whatever was written, even over text
        raise UnreadableDocumentError(
            f"The document “{row.title}” cannot be read: its text in the library is damaged. "
            "File > Restore from Backup… brings back an earlier copy of the library."
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


def _tag(row: TagRow) -> Tag:
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


# The annotations table, typed as the Table it is (the mapping declares a FromClause).
_ANNOTATIONS = Base.metadata.tables[AnnotationRow.__tablename__]
_LINKS = Base.metadata.tables[LinkRow.__tablename__]
# A link's two passages, made once: an alias costs milliseconds to make, and the window reads
# a document's links after every change.
_LINK_SOURCE = AnnotationRow.__table__.alias("source")
_LINK_TARGET = AnnotationRow.__table__.alias("target")

# A document's annotations for an export, in the order of the reading-order index (SQLite never
# sorts the whole library's), the times as stored text. Run on the driver's own cursor: the
# ORM path with its datetime per cell took three times as long, Core's result rows a tenth more.
_EXPORT_ANNOTATIONS = str(
    select(
        _ANNOTATIONS.c.start,
        _ANNOTATIONS.c.end,
        TagRow.__table__.c.name,
        _ANNOTATIONS.c.exact,
        _ANNOTATIONS.c.note,
        _ANNOTATIONS.c.created_at,
        _ANNOTATIONS.c.updated_at,
        _ANNOTATIONS.c.orphaned,
        _ANNOTATIONS.c.origin,
        _ANNOTATIONS.c.coder,
        _ANNOTATIONS.c.field_values,
        _ANNOTATIONS.c.id,
        _ANNOTATIONS.c.reason,
    )
    .join(TagRow.__table__, _ANNOTATIONS.c.tag_id == TagRow.__table__.c.id)
    .where(_ANNOTATIONS.c.document_id == bindparam("document_id"))
    .order_by(_ANNOTATIONS.c.start, _ANNOTATIONS.c.end.desc())
    .compile(dialect=sqlite.dialect())
)

# Every link with the documents of its two passages, read once for an export: probing the
# links of each passage in turn cost a fifth of a CSV export in a library with no links.
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


# What a search of the library reads: see texts() and notes().
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
_SEARCHED_NOTES = str(
    select(AnnotationRow.id, AnnotationRow.note)
    .where(AnnotationRow.document_id == bindparam("document_id"))
    .where(AnnotationRow.note != literal_column("''"))
    .order_by(AnnotationRow.start)
    .compile(dialect=sqlite.dialect())
)

# The annotations table's columns in the order of Annotation's fields, the times as stored text.
_ANNOTATION_FIELDS = tuple(field.name for field in fields(Annotation))
_ANNOTATION_COLUMNS_AS_STORED = tuple(
    type_coerce(AnnotationRow.__table__.c[name], String)
    if name in ("created_at", "updated_at")
    else AnnotationRow.__table__.c[name]
    for name in _ANNOTATION_FIELDS
)
# The same as a window shows them: an empty prefix and suffix, and words only for an orphan
# (SQLite hands back one shared empty string); the time it was made read for the time it last
# changed, so that the two share one moment.
_SHOWN_COLUMNS = tuple(
    literal("")
    if name in ("prefix", "suffix")
    else case((AnnotationRow.__table__.c.orphaned, column), else_=literal(""))
    if name == "exact"
    else _ANNOTATION_COLUMNS_AS_STORED[_ANNOTATION_FIELDS.index("created_at")]
    if name == "updated_at"
    else column
    for name, column in zip(_ANNOTATION_FIELDS, _ANNOTATION_COLUMNS_AS_STORED, strict=True)
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


def _annotation_values(annotation: Annotation) -> dict[str, Any]:
    """An annotation's fields by column name, for an insert."""
    values = {name: getattr(annotation, name) for name in _ANNOTATION_FIELDS}
    values["field_values"] = encode_values(annotation.field_values)
    return values


def _annotation(row: AnnotationRow) -> Annotation:
    return Annotation(
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
