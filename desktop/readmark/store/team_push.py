"""Pushing a library's changes to its team: what waits in the outbox goes out in one server
transaction, and leaves the outbox only once the server has committed it (team_sync)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, column, func, select, table

from readmark.core.curation import CONSENSUS
from readmark.store import team_link
from readmark.store.database import writer
from readmark.store.team_rows import (
    ANNOTATION_COLUMNS,
    CODER,
    DOCUMENT_FIELDS,
    DOCUMENT_HASH,
    DOCUMENTS,
    ID,
    TAG_UUID,
    TAGS,
)

_TAG_FIELDS = ("name", "colour", "shortcut", "position", "description", "fields")


@dataclass(frozen=True)
class _Outgoing:
    entries: list[tuple[str, str, int]]  # (kind, key, version) in the outbox when it was read
    documents: dict[str, dict[str, Any]]  # content hash → row, for the documents to send
    removed_documents: list[str]
    tags: dict[str, dict[str, Any]]  # uuid → row (parent as parent_uuid)
    removed_tags: list[str]
    annotations: list[tuple[Any, ...]]  # rows as ANNOTATION_COLUMNS lists them
    removed_annotations: list[str]


def push(
    engine: Engine, server: psycopg.Connection[tuple[object, ...]], coder: str, is_lead: bool
) -> tuple[int, int, int]:
    """Sends what waits in the outbox in one server transaction, then clears what went out;
    returns how many changes were sent, how many wait and how many are not sent (SyncResult)."""
    outgoing = _outgoing(engine)
    if not outgoing.entries:
        return 0, 0, 0
    # A lead shares the agreed version too: the team lets a lead write the consensus coder's.
    writable = {coder, CONSENSUS} if is_lead else {coder}
    own = [row for row in outgoing.annotations if row[CODER] in writable]
    with server.transaction():
        server_tags = {str(row[0]) for row in server.execute("SELECT uuid FROM tags")}
        if is_lead:
            _send_tags(server, outgoing)
            server_tags |= set(outgoing.tags)
        held = [str(row[ID]) for row in own if row[TAG_UUID] not in server_tags]
        _send_documents(server, outgoing, is_lead)
        _send_annotations(
            server,
            [row for row in own if row[TAG_UUID] in server_tags],
            outgoing.removed_annotations,
        )
    kept = set(held)
    cleared = [
        (kind, key, version)
        for kind, key, version in outgoing.entries
        if not (kind == "annotation" and key in kept)
    ]
    with writer(engine).begin() as connection:
        team_link.clear_sent(connection, cleared)
    foreign = len(outgoing.annotations) - len(own)
    codebook = 0 if is_lead else len(outgoing.tags) + len(outgoing.removed_tags)
    return len(cleared) - foreign - codebook, len(held), foreign + codebook


def _send_tags(server: psycopg.Connection[tuple[object, ...]], outgoing: _Outgoing) -> None:
    for uuid, row in outgoing.tags.items():
        server.execute(
            "INSERT INTO tags (uuid, name, colour, shortcut, position, description, fields, "
            "parent_uuid) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT (uuid) DO UPDATE "
            "SET name = excluded.name, colour = excluded.colour, shortcut = excluded.shortcut, "
            "position = excluded.position, description = excluded.description, "
            "fields = excluded.fields, parent_uuid = excluded.parent_uuid, removed = false",
            (uuid, *(row[name] for name in _TAG_FIELDS), row["parent_uuid"]),
        )
    for uuid in outgoing.removed_tags:
        server.execute("UPDATE tags SET removed = true WHERE uuid = %s", (uuid,))


def _send_documents(
    server: psycopg.Connection[tuple[object, ...]],
    outgoing: _Outgoing,
    is_lead: bool,
) -> None:
    with server.cursor() as cursor:
        cursor.executemany(
            "INSERT INTO documents (content_hash, title, source, text, blocks, author, published, "
            "site, url, label) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (content_hash) DO NOTHING",
            [
                (key, *(row[name] for name in DOCUMENT_FIELDS))
                for key, row in outgoing.documents.items()
            ],
        )
        if is_lead:
            # A document's label is the team's, a lead's to set (as the codebook); a coder's
            # own label reaches the team only on a document the team did not have.
            cursor.executemany(
                "UPDATE documents SET label = %s WHERE content_hash = %s AND label <> %s",
                [(row["label"], key, row["label"]) for key, row in outgoing.documents.items()],
            )
    if is_lead and outgoing.removed_documents:
        server.execute(
            "UPDATE documents SET removed = true WHERE content_hash = ANY(%s)",
            (outgoing.removed_documents,),
        )


def _send_annotations(
    server: psycopg.Connection[tuple[object, ...]],
    annotations: list[tuple[Any, ...]],
    removed: list[str],
) -> None:
    if annotations:
        # COPY into a table of this transaction, then one upsert: a round trip per row was
        # most of a large push.
        server.execute(
            "CREATE TEMPORARY TABLE incoming_annotations ON COMMIT DROP AS "
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WITH NO DATA"
        )
        with server.cursor() as cursor:
            copy_rows = f"COPY incoming_annotations ({ANNOTATION_COLUMNS}) FROM STDIN"
            with cursor.copy(copy_rows) as copy:
                for row in annotations:
                    copy.write_row(row)
        server.execute(
            f"INSERT INTO annotations ({ANNOTATION_COLUMNS}) "
            f"SELECT {ANNOTATION_COLUMNS} FROM incoming_annotations ON CONFLICT (id) DO UPDATE "
            "SET document_hash = excluded.document_hash, tag_uuid = excluded.tag_uuid, "
            'start = excluded.start, "end" = excluded."end", exact = excluded.exact, '
            "prefix = excluded.prefix, suffix = excluded.suffix, note = excluded.note, "
            "updated_at = excluded.updated_at, field_values = excluded.field_values, "
            "removed = false"
        )
    if removed:
        # Row-level security keeps this to the coder's own passages.
        server.execute("UPDATE annotations SET removed = true WHERE id = ANY(%s)", (removed,))


def _outgoing(engine: Engine) -> _Outgoing:
    with engine.connect() as connection:
        # The driver's own cursor, plain tuples: passages that psycopg writes out again are
        # not made into SQLAlchemy's rows on the way.
        library = connection.connection.driver_connection
        assert library is not None
        entries = library.execute("SELECT kind, key, version FROM team_outbox").fetchall()
        keys: dict[str, list[str]] = {"document": [], "tag": [], "annotation": []}
        for kind, key, _version in entries:
            keys[kind].append(key)
        annotations = _waiting_annotations(library, keys["annotation"])
        # The documents of the passages too: the team may not have them yet.
        of_passages = json.dumps(list({row[DOCUMENT_HASH] for row in annotations}))
        documents = _rows(
            connection,
            select(
                DOCUMENTS.c.content_hash.label("key"),
                *(DOCUMENTS.c[name] for name in DOCUMENT_FIELDS),
            ).where(
                DOCUMENTS.c.content_hash.in_(_waiting_keys("document"))
                | DOCUMENTS.c.content_hash.in_(
                    select(column("value")).select_from(func.json_each(of_passages))
                )
            ),
        )
        tags = _rows(connection, _tag_query())
    present = {row[ID] for row in annotations}
    return _Outgoing(
        entries=entries,
        documents=documents,
        removed_documents=[key for key in keys["document"] if key not in documents],
        tags=tags,
        removed_tags=[key for key in keys["tag"] if key not in tags],
        annotations=annotations,
        removed_annotations=[key for key in keys["annotation"] if key not in present],
    )


def _rows(connection: Connection, query: Any) -> dict[str, dict[str, Any]]:
    return {str(row["key"]): dict(row) for row in connection.execute(query).mappings()}


_TEAM_TAGS = table("team_tags", column("tag_id"), column("uuid"))
_OUTBOX = table("team_outbox", column("kind"), column("key"))


def _waiting_keys(kind: str) -> Any:
    return select(_OUTBOX.c.key).where(_OUTBOX.c.kind == kind)


# hashes are read once each, before the join: a hash is stored past its document's text, and
# reading it per passage walked the text's overflow pages every time.
_OUTGOING_ANNOTATIONS = (
    "WITH hashes AS MATERIALIZED (SELECT id, content_hash FROM documents) "
    'SELECT a.id, h.content_hash, t.uuid, a.start, a."end", a.exact, a.prefix, a.suffix, '
    # The stored times are naive UTC text: PostgreSQL reads them as they are, zone added.
    "a.note, a.created_at || '+00', a.updated_at || '+00', a.coder, a.field_values "
    "FROM annotations a JOIN hashes h ON h.id = a.document_id "
    "JOIN team_tags t ON t.tag_id = a.tag_id"
)


def _waiting_annotations(library: sqlite3.Connection, waiting: list[str]) -> list[Any]:
    """The passages waiting in the outbox, as the team's rows. When they are most of the
    library (a first push), the whole table is read in its order and sifted here, one pass
    instead of a lookup per id."""
    # The largest rowid stands for the table's size, found without counting.
    (size,) = library.execute("SELECT coalesce(max(rowid), 0) FROM annotations").fetchone()
    if 2 * len(waiting) < size:
        return library.execute(
            _OUTGOING_ANNOTATIONS
            + " WHERE a.id IN (SELECT key FROM team_outbox WHERE kind = 'annotation')"
        ).fetchall()
    wanted = set(waiting)
    return [row for row in library.execute(_OUTGOING_ANNOTATIONS) if row[ID] in wanted]


def _tag_query() -> Any:
    parent = _TEAM_TAGS.alias("parent")
    return (
        select(
            _TEAM_TAGS.c.uuid.label("key"),
            *(TAGS.c[name] for name in _TAG_FIELDS),
            parent.c.uuid.label("parent_uuid"),
        )
        .join(_TEAM_TAGS, _TEAM_TAGS.c.tag_id == TAGS.c.id)
        .outerjoin(parent, parent.c.tag_id == TAGS.c.parent_id)
        .where(_TEAM_TAGS.c.uuid.in_(_waiting_keys("tag")))
    )
