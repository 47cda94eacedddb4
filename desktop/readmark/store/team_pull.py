"""Pulling a team's changes into a library: what others changed since the last pull, applied
in one library transaction with the last change number, and never sent back (team_sync)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, delete, insert, select, text, update

from readmark.store import team_link
from readmark.store.database import writer
from readmark.store.tables import Base
from readmark.store.team_rows import CODER, DOCUMENT_FIELDS, DOCUMENTS, TAGS

# A server time as the library stores one (store/tables.py UTCDateTime): naive UTC text.
_STORED_TIME = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
_ANNOTATIONS = Base.metadata.tables["annotations"]


def pull(engine: Engine, server: psycopg.Connection[tuple[object, ...]], coder: str) -> int:
    """Applies the changes made since the last pull; returns how many were others'."""
    with engine.connect() as connection:
        pulled = int(team_link.setting(connection, team_link.TEAM_PULLED) or 0)
    with server.transaction():
        server.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        documents = server.execute(
            "SELECT content_hash, title, source, text, blocks, author, published, site, url, "
            "label, removed, seq FROM documents WHERE seq > %s ORDER BY seq",
            (pulled,),
        ).fetchall()
        tags = server.execute(
            "SELECT uuid, name, colour, shortcut, position, description, fields, parent_uuid, "
            "removed, seq FROM tags WHERE seq > %s ORDER BY seq",
            (pulled,),
        ).fetchall()
        annotations = server.execute(
            'SELECT id, document_hash, tag_uuid, start, "end", exact, prefix, suffix, note, '
            f"{_STORED_TIME.format('created_at')}, {_STORED_TIME.format('updated_at')}, "
            "coder, field_values, removed, seq FROM annotations WHERE seq > %s ORDER BY seq",
            (pulled,),
        ).fetchall()
    last = max((int(str(row[-1])) for row in (*documents, *tags, *annotations)), default=pulled)
    if last == pulled:
        return 0
    with writer(engine).begin() as connection:
        team_link.set_setting(connection, team_link.TEAM_APPLYING, "1")
        _apply_documents(connection, documents)
        _apply_tags(connection, tags)
        _apply_annotations(connection, annotations)
        team_link.set_setting(connection, team_link.TEAM_PULLED, str(last))
        connection.execute(
            text("DELETE FROM settings WHERE key = :key"), {"key": team_link.TEAM_APPLYING}
        )
    others = [row for row in annotations if row[CODER] != coder]
    return len(documents) + len(tags) + len(others)


def _document_ids(connection: Connection) -> dict[str, int]:
    return {
        str(key): int(value)
        for key, value in connection.execute(select(DOCUMENTS.c.content_hash, DOCUMENTS.c.id))
    }


def _apply_documents(connection: Connection, rows: Sequence[Any]) -> None:
    known = _document_ids(connection)
    # Labels on documents relabelled here and not sent yet are newer than the team's.
    waiting = _waiting(connection, "document")
    now = datetime.now(UTC)
    for content_hash, *fields, removed, _seq in rows:
        if removed:
            connection.execute(delete(DOCUMENTS).where(DOCUMENTS.c.content_hash == content_hash))
        elif content_hash in known:
            if content_hash in waiting:
                continue
            label = fields[DOCUMENT_FIELDS.index("label")]
            connection.execute(
                update(DOCUMENTS)
                .where(DOCUMENTS.c.id == known[content_hash], DOCUMENTS.c.label != label)
                .values(label=label)
            )
        else:
            values = dict(zip(DOCUMENT_FIELDS, fields, strict=True))
            connection.execute(
                insert(DOCUMENTS).values(
                    content_hash=content_hash,
                    imported_at=now,
                    reading_position=0,
                    file_path="",
                    **values,
                )
            )


def _tag_ids(connection: Connection) -> dict[str, int]:
    return {
        str(uuid): int(tag_id)
        for tag_id, uuid in connection.exec_driver_sql("SELECT tag_id, uuid FROM team_tags")
    }


def _apply_tags(connection: Connection, rows: Sequence[Any]) -> None:
    by_uuid = _tag_ids(connection)
    by_name = {
        str(name).casefold(): int(tag_id)
        for tag_id, name in connection.execute(select(TAGS.c.id, TAGS.c.name))
    }
    parents: list[tuple[int, str | None]] = []
    waiting = _waiting(connection, "tag")
    for (
        uuid,
        name,
        colour,
        shortcut,
        position,
        description,
        fields,
        parent_uuid,
        removed,
        _,
    ) in rows:
        if uuid in waiting:  # this laptop's newer change goes out at the next push
            continue
        tag_id = by_uuid.get(uuid) or by_name.get(str(name).casefold())
        if removed:
            if tag_id is not None and not _tag_in_use(connection, tag_id):
                connection.execute(delete(TAGS).where(TAGS.c.id == tag_id))
            continue
        values = {
            "name": name,
            "colour": colour,
            "shortcut": shortcut,
            "position": position,
            "description": description,
            "fields": fields,
        }
        if tag_id is None:
            tag_id = connection.execute(
                insert(TAGS).values(**values).returning(TAGS.c.id)
            ).scalar_one()
        else:
            connection.execute(update(TAGS).where(TAGS.c.id == tag_id).values(**values))
        # The team's identity replaces the one this laptop gave the tag.
        connection.execute(
            text("INSERT OR REPLACE INTO team_tags (tag_id, uuid) VALUES (:id, :uuid)"),
            {"id": tag_id, "uuid": uuid},
        )
        by_uuid[uuid], by_name[str(name).casefold()] = tag_id, tag_id
        parents.append((tag_id, parent_uuid))
    for tag_id, parent_uuid in parents:
        parent = by_uuid.get(parent_uuid) if parent_uuid else None
        connection.execute(update(TAGS).where(TAGS.c.id == tag_id).values(parent_id=parent))


def _tag_in_use(connection: Connection, tag_id: int) -> bool:
    query = select(_ANNOTATIONS.c.id).where(_ANNOTATIONS.c.tag_id == tag_id).limit(1)
    return connection.execute(query).first() is not None


def _waiting(connection: Connection, kind: str) -> set[str]:
    query = text("SELECT key FROM team_outbox WHERE kind = :kind")
    return {str(key) for (key,) in connection.execute(query, {"kind": kind})}


_UPSERT_ANNOTATION = (
    'INSERT INTO annotations (id, document_id, tag_id, start, "end", exact, prefix, suffix, '
    "note, created_at, updated_at, coder, field_values) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, "
    'tag_id = excluded.tag_id, start = excluded.start, "end" = excluded."end", '
    "exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix, "
    "note = excluded.note, updated_at = excluded.updated_at, coder = excluded.coder, "
    "field_values = excluded.field_values"
)


def _apply_annotations(connection: Connection, rows: Sequence[Any]) -> None:
    documents, tags = _document_ids(connection), _tag_ids(connection)
    waiting = _waiting(connection, "annotation")
    removed: list[tuple[str]] = []
    present: list[tuple[Any, ...]] = []
    for annotation_id, document_hash, tag_uuid, *fields, gone, _seq in rows:
        if annotation_id in waiting:  # this laptop's newer change goes out at the next push
            continue
        if gone:
            removed.append((annotation_id,))
            continue
        document_id, tag_id = documents.get(document_hash), tags.get(tag_uuid)
        if document_id is None or tag_id is None:
            continue  # its document or code was removed here
        present.append((annotation_id, document_id, tag_id, *fields))
    # The driver's executemany on plain tuples: no SQLAlchemy type binds a pulled row, so a
    # large pull costs SQLite's writing alone.
    if removed:
        connection.exec_driver_sql("DELETE FROM annotations WHERE id = ?", removed)
    if present:
        connection.exec_driver_sql(_UPSERT_ANNOTATION, present)
