"""Synchronising a library with its team: pull what others changed since the last pull, then
push what waits in the outbox.

Each pull is one library transaction and each push one server transaction, and both can be
repeated: a pull records the last change number in the transaction that applies the changes, and
a push sends whole rows (an upsert of the same row changes nothing) and clears its outbox entries
only after the server committed. A sync stopped at any moment loses nothing, and the next one
completes it. Pulling first gives this laptop the team's identities for the codebook, so that its
passages go out under them in the same sync.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from sqlalchemy import (
    Connection,
    Engine,
    column,
    delete,
    func,
    insert,
    select,
    table,
    text,
    update,
)

from readmark.core.curation import CONSENSUS
from readmark.store import team_link, team_server
from readmark.store.database import writer
from readmark.store.pgpass import remember_password
from readmark.store.tables import Base

_DOCUMENT_FIELDS = (
    "title",
    "source",
    "text",
    "blocks",
    "author",
    "published",
    "site",
    "url",
    "label",
)
_TAG_FIELDS = ("name", "colour", "shortcut", "position", "description", "fields")
# A server time as the library stores one (store/tables.py UTCDateTime): naive UTC text.
_STORED_TIME = "to_char({} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')"
_DOCUMENTS = Base.metadata.tables["documents"]
_TAGS = Base.metadata.tables["tags"]
_ANNOTATIONS = Base.metadata.tables["annotations"]


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    waiting: int  # changes that stay in the outbox (a code the lead has not added yet)
    not_sent: int  # changes to what is not this coder's to change, kept on this laptop only


@dataclass(frozen=True)
class _Outgoing:
    entries: list[tuple[str, str, int]]  # (kind, key, version) in the outbox when it was read
    documents: dict[str, dict[str, Any]]  # content hash → row, for the documents to send
    removed_documents: list[str]
    tags: dict[str, dict[str, Any]]  # uuid → row (parent as parent_uuid)
    removed_tags: list[str]
    annotations: list[tuple[Any, ...]]  # rows as _ANNOTATION_COLUMNS lists them
    removed_annotations: list[str]


def sync(engine: Engine) -> SyncResult:
    """Pulls the others' changes from the library's team, then pushes this library's."""
    with writer(engine).begin() as connection:
        url = team_link.setting(connection, team_link.TEAM_URL)
        if url is not None:
            team_link.keep_current(connection)
    if url is None:
        raise team_server.TeamError(
            "This library is not in a team; join one with `readmark team join URL`."
        )
    with team_server.connect(url) as server:
        return _sync(engine, server, *_who(server))


def join(engine: Engine, url: str) -> SyncResult:
    """Links the library to the team at `url` and syncs it for the first time. The password
    the address carries goes to libpq's password file, not into the library."""
    address, password = team_server.coder_address(url)
    with team_server.connect(address, password) as server:
        coder, is_lead = _who(server)
        if password is not None:
            remember_password(address, password)
        with writer(engine).begin() as connection:
            team_link.link(connection, address, coder)
        return _sync(engine, server, coder, is_lead)


def _sync(
    engine: Engine, server: psycopg.Connection[tuple[object, ...]], coder: str, is_lead: bool
) -> SyncResult:
    received = _pull(engine, server, coder)
    sent, waiting, not_sent = _push(engine, server, coder, is_lead)
    if sent:
        # Outside the push's transaction, so heard at once; a word lost on the way costs only
        # the others' minute's wait.
        with suppress(psycopg.Error):
            server.execute("SELECT pg_notify(%s, session_user)", (team_server.CHANNEL,))
    with writer(engine).begin() as connection:
        team_link.set_setting(connection, team_link.TEAM_SYNCED_AT, datetime.now(UTC).isoformat())
    return SyncResult(sent, received, waiting, not_sent)


def _who(server: psycopg.Connection[tuple[object, ...]]) -> tuple[str, bool]:
    """This login's name and whether it leads, once the server's schema is one this Readmark
    writes (TeamError otherwise)."""
    team_server.check_version(server)
    row = server.execute(
        "SELECT session_user, coalesce((SELECT is_lead FROM coders "
        "WHERE name = session_user AND active), false)"
    ).fetchone()
    assert row is not None
    return str(row[0]), bool(row[1])


def _outgoing(engine: Engine) -> _Outgoing:
    with engine.connect() as connection:
        # The driver's own cursor, plain tuples: SQLAlchemy's rows and parsing of 100,000
        # passages, for psycopg to write them out again, were most of a large push.
        library = connection.connection.driver_connection
        assert library is not None
        entries = library.execute("SELECT kind, key, version FROM team_outbox").fetchall()
        keys: dict[str, list[str]] = {"document": [], "tag": [], "annotation": []}
        for kind, key, _version in entries:
            keys[kind].append(key)
        annotations = _waiting_annotations(library, keys["annotation"])
        # The documents of the passages too: the team may not have them yet.
        of_passages = json.dumps(list({row[_DOCUMENT_HASH] for row in annotations}))
        documents = _rows(
            connection,
            select(
                _DOCUMENTS.c.content_hash.label("key"),
                *(_DOCUMENTS.c[name] for name in _DOCUMENT_FIELDS),
            ).where(
                _DOCUMENTS.c.content_hash.in_(_waiting_keys("document"))
                | _DOCUMENTS.c.content_hash.in_(
                    select(column("value")).select_from(func.json_each(of_passages))
                )
            ),
        )
        tags = _rows(connection, _tag_query())
    present = {row[_ID] for row in annotations}
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


_ANNOTATION_COLUMNS = (
    'id, document_hash, tag_uuid, start, "end", exact, prefix, suffix, note, created_at, '
    "updated_at, coder, field_values"
)
# In an annotation row, outgoing or pulled: its columns in _ANNOTATION_COLUMNS' order.
_ID, _DOCUMENT_HASH, _TAG_UUID, _CODER = 0, 1, 2, 11
# The waiting passages, each with the team's names for its document and tag. The documents'
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
    library (a first push), the whole table is read in its order and sifted here: looking
    100,000 of them up one by one, by their ids, took twice as long."""
    # The largest rowid stands for the table's size, found without counting.
    (size,) = library.execute("SELECT coalesce(max(rowid), 0) FROM annotations").fetchone()
    if 2 * len(waiting) < size:
        return library.execute(
            _OUTGOING_ANNOTATIONS
            + " WHERE a.id IN (SELECT key FROM team_outbox WHERE kind = 'annotation')"
        ).fetchall()
    wanted = set(waiting)
    return [row for row in library.execute(_OUTGOING_ANNOTATIONS) if row[_ID] in wanted]


def _tag_query() -> Any:
    parent = _TEAM_TAGS.alias("parent")
    return (
        select(
            _TEAM_TAGS.c.uuid.label("key"),
            *(_TAGS.c[name] for name in _TAG_FIELDS),
            parent.c.uuid.label("parent_uuid"),
        )
        .join(_TEAM_TAGS, _TEAM_TAGS.c.tag_id == _TAGS.c.id)
        .outerjoin(parent, parent.c.tag_id == _TAGS.c.parent_id)
        .where(_TEAM_TAGS.c.uuid.in_(_waiting_keys("tag")))
    )


def _push(
    engine: Engine, server: psycopg.Connection[tuple[object, ...]], coder: str, is_lead: bool
) -> tuple[int, int, int]:
    outgoing = _outgoing(engine)
    if not outgoing.entries:
        return 0, 0, 0
    # A lead shares the agreed version too: the team lets a lead write the consensus coder's.
    writable = {coder, CONSENSUS} if is_lead else {coder}
    own = [row for row in outgoing.annotations if row[_CODER] in writable]
    with server.transaction():
        server_tags = {str(row[0]) for row in server.execute("SELECT uuid FROM tags")}
        if is_lead:
            _send_tags(server, outgoing)
            server_tags |= set(outgoing.tags)
        held = [str(row[_ID]) for row in own if row[_TAG_UUID] not in server_tags]
        _send_documents(server, outgoing, is_lead)
        _send_annotations(
            server,
            [row for row in own if row[_TAG_UUID] in server_tags],
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
                (key, *(row[name] for name in _DOCUMENT_FIELDS))
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
            f"SELECT {_ANNOTATION_COLUMNS} FROM annotations WITH NO DATA"
        )
        with server.cursor() as cursor:
            copy_rows = f"COPY incoming_annotations ({_ANNOTATION_COLUMNS}) FROM STDIN"
            with cursor.copy(copy_rows) as copy:
                for row in annotations:
                    copy.write_row(row)
        server.execute(
            f"INSERT INTO annotations ({_ANNOTATION_COLUMNS}) "
            f"SELECT {_ANNOTATION_COLUMNS} FROM incoming_annotations ON CONFLICT (id) DO UPDATE "
            "SET document_hash = excluded.document_hash, tag_uuid = excluded.tag_uuid, "
            'start = excluded.start, "end" = excluded."end", exact = excluded.exact, '
            "prefix = excluded.prefix, suffix = excluded.suffix, note = excluded.note, "
            "updated_at = excluded.updated_at, field_values = excluded.field_values, "
            "removed = false"
        )
    if removed:
        # Row-level security keeps this to the coder's own passages.
        server.execute("UPDATE annotations SET removed = true WHERE id = ANY(%s)", (removed,))


def _pull(engine: Engine, server: psycopg.Connection[tuple[object, ...]], coder: str) -> int:
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
    others = [row for row in annotations if row[_CODER] != coder]
    return len(documents) + len(tags) + len(others)


def _document_ids(connection: Connection) -> dict[str, int]:
    return {
        str(key): int(value)
        for key, value in connection.execute(select(_DOCUMENTS.c.content_hash, _DOCUMENTS.c.id))
    }


def _apply_documents(connection: Connection, rows: Sequence[Any]) -> None:
    known = _document_ids(connection)
    # Labels on documents relabelled here and not sent yet are newer than the team's.
    waiting = _waiting(connection, "document")
    now = datetime.now(UTC)
    for content_hash, *fields, removed, _seq in rows:
        if removed:
            connection.execute(delete(_DOCUMENTS).where(_DOCUMENTS.c.content_hash == content_hash))
        elif content_hash in known:
            if content_hash in waiting:
                continue
            label = fields[_DOCUMENT_FIELDS.index("label")]
            connection.execute(
                update(_DOCUMENTS)
                .where(_DOCUMENTS.c.id == known[content_hash], _DOCUMENTS.c.label != label)
                .values(label=label)
            )
        else:
            values = dict(zip(_DOCUMENT_FIELDS, fields, strict=True))
            connection.execute(
                insert(_DOCUMENTS).values(
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
        for tag_id, name in connection.execute(select(_TAGS.c.id, _TAGS.c.name))
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
                connection.execute(delete(_TAGS).where(_TAGS.c.id == tag_id))
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
                insert(_TAGS).values(**values).returning(_TAGS.c.id)
            ).scalar_one()
        else:
            connection.execute(update(_TAGS).where(_TAGS.c.id == tag_id).values(**values))
        # The team's identity replaces the one this laptop gave the tag.
        connection.execute(
            text("INSERT OR REPLACE INTO team_tags (tag_id, uuid) VALUES (:id, :uuid)"),
            {"id": tag_id, "uuid": uuid},
        )
        by_uuid[uuid], by_name[str(name).casefold()] = tag_id, tag_id
        parents.append((tag_id, parent_uuid))
    for tag_id, parent_uuid in parents:
        parent = by_uuid.get(parent_uuid) if parent_uuid else None
        connection.execute(update(_TAGS).where(_TAGS.c.id == tag_id).values(parent_id=parent))


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
    # The driver's executemany on plain tuples: binding 100,000 rows through SQLAlchemy's
    # types took as long as SQLite's writing them.
    if removed:
        connection.exec_driver_sql("DELETE FROM annotations WHERE id = ?", removed)
    if present:
        connection.exec_driver_sql(_UPSERT_ANNOTATION, present)
