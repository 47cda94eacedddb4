"""A library's link to a team: tag identities, the outbox of changes not yet sent, and the
settings that say where the team is and how far this library has pulled.

Triggers fill the outbox, so every path that changes the library (window, command line, imports)
is heard without knowing about teams. While pulled changes are applied, the setting
`team_applying` is present inside that same transaction, and the triggers stay quiet: what came
from the team does not go back to it.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, text

from readmark.core.model import default_coder
from readmark.store.schema import CODER_SETTING

TEAM_URL = "team_url"
TEAM_CODER = "team_coder"
TEAM_PULLED = "team_pulled_seq"
TEAM_SYNCED_AT = "team_synced_at"
TEAM_APPLYING = "team_applying"

_QUIET = f"NOT EXISTS (SELECT 1 FROM settings WHERE key = '{TEAM_APPLYING}')"


def _queue(kind: str, key: str) -> str:
    return (
        f"INSERT OR REPLACE INTO team_outbox (kind, key, version) "
        f"SELECT '{kind}', {key}, "
        f"(SELECT coalesce(max(version), 0) + 1 FROM team_outbox) WHERE {_QUIET};"
    )


_LINK = [
    "CREATE TABLE IF NOT EXISTS team_tags ("
    " tag_id INTEGER PRIMARY KEY REFERENCES tags(id) ON DELETE CASCADE,"
    " uuid TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS team_outbox ("
    " kind TEXT NOT NULL, key TEXT NOT NULL, version INTEGER NOT NULL,"
    " PRIMARY KEY (kind, key))",
    "CREATE INDEX IF NOT EXISTS ix_team_outbox_version ON team_outbox (version)",
    "INSERT OR IGNORE INTO team_tags (tag_id, uuid)"
    " SELECT id, lower(hex(randomblob(16))) FROM tags",
    "CREATE TRIGGER IF NOT EXISTS team_tag_added AFTER INSERT ON tags BEGIN"
    " INSERT INTO team_tags (tag_id, uuid) VALUES (NEW.id, lower(hex(randomblob(16))));"
    + _queue("tag", "(SELECT uuid FROM team_tags WHERE tag_id = NEW.id)")
    + " END",
    "CREATE TRIGGER IF NOT EXISTS team_tag_changed AFTER UPDATE ON tags BEGIN "
    + _queue("tag", "(SELECT uuid FROM team_tags WHERE tag_id = NEW.id)")
    + " END",
    "CREATE TRIGGER IF NOT EXISTS team_tag_removed BEFORE DELETE ON tags BEGIN "
    + _queue("tag", "(SELECT uuid FROM team_tags WHERE tag_id = OLD.id)")
    + " END",
    "CREATE TRIGGER IF NOT EXISTS team_document_added AFTER INSERT ON documents BEGIN "
    + _queue("document", "NEW.content_hash")
    + " END",
    # A lead's label is the team's (team_sync); another coder's is sent and left there.
    "CREATE TRIGGER IF NOT EXISTS team_document_labelled AFTER UPDATE OF label ON documents "
    "BEGIN " + _queue("document", "NEW.content_hash") + " END",
    "CREATE TRIGGER IF NOT EXISTS team_document_removed AFTER DELETE ON documents BEGIN "
    + _queue("document", "OLD.content_hash")
    + " END",
]
_LINK += [
    f"CREATE TRIGGER IF NOT EXISTS team_annotation_{event.lower()} AFTER {event} ON annotations "
    f"BEGIN {_queue('annotation', row + '.id')} END"
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD"))
]


def keep_current(connection: Connection) -> None:
    """Makes the link's tables and triggers those of this Readmark (each only if missing): a
    library linked by an older one gains the triggers added since."""
    for statement in _LINK:
        connection.exec_driver_sql(statement)


def link(connection: Connection, url: str, coder: str) -> None:
    """Links the library to the team at `url` (no password in it) as `coder`: the passages this
    library's user made become `coder`'s, new ones are made under that name, and everything
    waits to be sent."""
    own = setting(connection, CODER_SETTING) or default_coder()
    # Before the triggers are made (a library linked before has them: quietly), so that
    # renaming 100,000 passages does not run them 100,000 times; everything is queued below.
    set_setting(connection, TEAM_APPLYING, "1")
    connection.execute(
        text("UPDATE annotations SET coder = :coder WHERE coder = :own"),
        {"coder": coder, "own": own},
    )
    connection.execute(text("DELETE FROM settings WHERE key = :key"), {"key": TEAM_APPLYING})
    keep_current(connection)
    set_setting(connection, TEAM_URL, url)
    set_setting(connection, TEAM_CODER, coder)
    set_setting(connection, CODER_SETTING, coder)
    connection.exec_driver_sql(
        "INSERT OR IGNORE INTO team_outbox (kind, key, version) "
        "SELECT 'document', content_hash, 0 FROM documents UNION ALL "
        "SELECT 'tag', uuid, 0 FROM team_tags UNION ALL "
        "SELECT 'annotation', id, 0 FROM annotations"
    )


def clear_sent(connection: Connection, sent: list[tuple[str, str, int]]) -> None:
    """Takes the changes the team has committed (kind, key, version) out of the outbox. Only
    those versions: a change made meanwhile has a newer one, and waits for the next push."""
    connection.exec_driver_sql(
        "DELETE FROM team_outbox WHERE rowid IN (SELECT o.rowid FROM json_each(?) AS sent "
        "JOIN team_outbox AS o ON o.kind = sent.value ->> 0 AND o.key = sent.value ->> 1 "
        "AND o.version = sent.value ->> 2)",
        (json.dumps(sent),),
    )


def is_linked(connection: Connection) -> bool:
    return setting(connection, TEAM_URL) is not None


def setting(connection: Connection, key: str) -> str | None:
    row = connection.execute(text("SELECT value FROM settings WHERE key = :key"), {"key": key})
    value = row.scalar_one_or_none()
    return None if value is None else str(value)


def set_setting(connection: Connection, key: str, value: str) -> None:
    connection.execute(
        text("INSERT OR REPLACE INTO settings (key, value) VALUES (:key, :value)"),
        {"key": key, "value": value},
    )


def waiting(connection: Connection) -> int:
    """How many changes wait to be sent."""
    if not is_linked(connection):
        return 0
    return int(connection.exec_driver_sql("SELECT count(*) FROM team_outbox").scalar_one())
