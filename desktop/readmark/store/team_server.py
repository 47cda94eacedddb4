"""The team library on PostgreSQL: its schema, its version, and its coders' logins.

Ownership lives in the server, not in the app: every coder logs in with a role of their own, and
row-level security lets a role change only its own annotations; only a lead changes the codebook
or the documents' standing (blind, removed). Nothing is ever deleted: a removal is a tombstone, so
that every laptop hears of it. Each write takes the next number of `change_seq`; writers hold one
advisory lock until they commit, so numbers become visible in order and a pull can resume after
the last number it saw.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from readmark.core.texts import tr

if TYPE_CHECKING:
    import sqlalchemy
    from alembic.config import Config

# The head of the team schema's migrations (team_migrations/versions); every sync compares it
# with the version the server records in team_meta.
TEAM_SCHEMA_VERSION = 5
MIGRATIONS = Path(__file__).with_name("team_migrations")
# Taken (per transaction) by every writer, so that change numbers commit in order.
WRITE_LOCK = 0x52454144  # "READ"
# A sync that sent changes says so here (LISTEN/NOTIFY), its login as the payload: open windows
# of the team pull at once rather than at their next minute's sync.
CHANNEL = "readmark_team"
_CODER_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]{0,62}")


class TeamError(Exception):
    """A team library that cannot be used as asked; the message is for the user."""


class TeamUnreachableError(TeamError):
    """The team's server could not be reached, or went away midway: a coder is offline, and
    their changes wait for the next sync."""


@contextmanager
def connect(
    url: str, password: str | None = None
) -> Iterator[psycopg.Connection[tuple[object, ...]]]:
    """A connection to the team database, its failures told in words. Without `password`,
    libpq finds it in its password file. Each `transaction()` block is one server transaction
    (autocommit outside them); a connection lost inside the block is a TeamError too."""
    extra: dict[str, Any] = {} if password is None else {"password": password}
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=10, **extra)
    except psycopg.OperationalError as error:
        raise TeamUnreachableError(
            tr("Could not reach the team library: {reason}").format(reason=first_line(error))
        ) from error
    with connection:
        try:
            yield connection
        except psycopg.OperationalError as error:
            # The server went away or gave up midway: each push, pull and lead's change is one
            # transaction, so nothing was half written.
            raise TeamUnreachableError(
                tr(
                    "The connection to the team library was lost ({reason}). "
                    "Nothing was half written; try again to complete it."
                ).format(reason=first_line(error))
            ) from error


def first_line(error: Exception) -> str:
    """An error's first line, for a sentence a user reads."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def coders_role(connection: psycopg.Connection[tuple[object, ...]]) -> str:
    """The group role that holds every coder's rights on this database."""
    (database,) = connection.execute("SELECT current_database()").fetchone() or ("",)
    return f"readmark_{database}_coders"


def server_version(connection: psycopg.Connection[tuple[object, ...]]) -> int:
    """The team schema's version on the server (0 where there is none)."""
    exists = connection.execute("SELECT to_regclass('public.team_meta') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return 0
    row = connection.execute("SELECT value FROM team_meta WHERE key = 'schema_version'").fetchone()
    return int(str(row[0])) if row else 0


def check_version(connection: psycopg.Connection[tuple[object, ...]]) -> None:
    """TeamError unless this Readmark writes the server's team schema."""
    version = server_version(connection)
    if version == 0:
        raise TeamError(
            tr(
                "That database holds no team library; a lead sets it up with "
                "`readmark team init URL`."
            )
        )
    if version > TEAM_SCHEMA_VERSION:
        raise TeamError(
            tr(
                "The team library was upgraded by a newer Readmark (team "
                "schema {version}; this version knows up to {needed}). Update "
                "Readmark to sync; nothing was written."
            ).format(version=version, needed=TEAM_SCHEMA_VERSION)
        )
    if version < TEAM_SCHEMA_VERSION:
        raise TeamError(
            tr(
                "The team library has team schema {version}; this Readmark "
                "needs {needed}. A lead upgrades it with `readmark team "
                "upgrade URL`."
            ).format(version=version, needed=TEAM_SCHEMA_VERSION)
        )


def init_team(url: str) -> bool:
    """Creates the team schema in an empty database; False if it is there already."""
    with connect(url) as connection:
        if server_version(connection) > 0:
            upgrade_team(url)
            return False
        others = connection.execute(
            "SELECT tablename FROM pg_tables "
            "WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY tablename"
        ).fetchall()
        if others:
            names = ", ".join(str(row[0]) for row in others[:5])
            raise TeamError(
                tr(
                    "That database already holds other tables ({names}); a team "
                    "library needs an empty database of its own. Nothing was "
                    "changed."
                ).format(names=names)
            )
        group = coders_role(connection)
        exists = connection.execute(
            "SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
        _migrate(connection, 0)
    return True


def upgrade_team(url: str) -> tuple[int, int]:
    """Takes the server's team schema to this Readmark's version: (before, after)."""
    with connect(url) as connection:
        before = server_version(connection)
        if before == 0:
            raise TeamError(
                tr("That database holds no team library; use `readmark team init URL`.")
            )
        if before > TEAM_SCHEMA_VERSION:
            check_version(connection)
        _migrate(connection, before)
    return before, max(before, TEAM_SCHEMA_VERSION)


def revision(version: int) -> str:
    """The Alembic revision that takes the team schema to `version`."""
    return f"{version:04d}"


def migrations(connection: sqlalchemy.Connection | None = None) -> Config:
    """Alembic's configuration for the team schema, made in code: its scripts are in the package
    (team_migrations), and migrations run on `connection` (a SQLAlchemy one)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _migrate(connection: psycopg.Connection[tuple[object, ...]], version: int) -> None:
    """Runs the team schema's migrations from `version` (the server's, 0 for none) to this
    Readmark's, in one transaction that holds the writers' lock. A team set up before Alembic
    kept its version in team_meta alone: it is stamped with that revision first."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    # Alembic speaks SQLAlchemy: this same connection, out of autocommit for one transaction.
    engine = create_engine(
        "postgresql+psycopg://",
        creator=lambda: connection,
        poolclass=StaticPool,
        isolation_level="READ COMMITTED",
    )
    with engine.begin() as migrating:
        migrating.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
        config = migrations(migrating)
        if version and MigrationContext.configure(migrating).get_current_revision() is None:
            command.stamp(config, revision(version))
        command.upgrade(config, "head")


def run_migration(statements: str, version: int) -> None:
    """For the team schema's migrations (team_migrations/versions): runs `statements` inside the
    migration's transaction, where {group} names the group role of the team's coders and {lock}
    the writers' lock, then records `version` in team_meta. Readmark reads that version at every
    sync, and the Readmarks made before Alembic read nothing else (and refuse a newer one)."""
    from alembic import op

    server = op.get_bind().connection.driver_connection
    assert server is not None
    group = sql.Identifier(coders_role(server))
    server.execute(sql.SQL(statements).format(group=group, lock=sql.Literal(WRITE_LOCK)))
    server.execute(
        "INSERT INTO team_meta (key, value) VALUES ('schema_version', %s) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (str(version),),
    )


def add_coder(url: str, name: str, lead: bool = False) -> str:
    """Creates `name`'s login on the team database; returns its one-time password."""
    if not _CODER_NAME.fullmatch(name):
        raise TeamError(
            tr(
                "“{name}” cannot be a coder's login: use a letter, then "
                "letters, digits, '.', '_' or '-' (at most 63)."
            ).format(name=name)
        )
    password = secrets.token_urlsafe(18)
    with connect(url) as connection:
        check_version(connection)
        # The password goes to the server already hashed (SCRAM), so no log ever holds it.
        secret = connection.pgconn.encrypt_password(
            password.encode(), name.encode(), b"scram-sha-256"
        ).decode()
        role = sql.Identifier(name)
        with connection.transaction():
            exists = connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,))
            verb = "ALTER" if exists.fetchone() else "CREATE"
            connection.execute(
                sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(role, sql.Literal(secret))
            )
            connection.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(coders_role(connection)), role)
            )
            connection.execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(str(connection.info.dbname)), role
                )
            )
            connection.execute(
                "INSERT INTO coders (name, is_lead, active) VALUES (%s, %s, true) "
                "ON CONFLICT (name) DO UPDATE SET is_lead = excluded.is_lead, active = true",
                (name, lead),
            )
    return password


def remove_coder(url: str, name: str) -> None:
    """Takes `name`'s login away; their passages stay in the team library."""
    with connect(url) as connection:
        check_version(connection)
        row = connection.execute("SELECT 1 FROM coders WHERE name = %s", (name,)).fetchone()
        if row is None:
            raise TeamError(tr("There is no coder called “{name}” in this team.").format(name=name))
        with connection.transaction():
            connection.execute("UPDATE coders SET active = false WHERE name = %s", (name,))
            connection.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(name)))
            connection.execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(coders_role(connection)), sql.Identifier(name)
                )
            )


def set_blind(url: str, document: str, blind: bool) -> str:
    """Marks a team document blind, or reveals it (also while the whole team is blind);
    `document` is its title or the start of its content hash. Returns the title. A reveal
    renumbers the document's passages as changes, so that every coder's next pull brings the
    ones their blind pulls left out."""
    with connect(url) as connection:
        check_version(connection)
        matches = connection.execute(
            "SELECT content_hash, title FROM documents WHERE NOT removed "
            "AND (title = %s OR content_hash LIKE %s || '%%')",
            (document, document.lower() if len(document) >= 6 else "-"),
        ).fetchall()
        if not matches:
            raise TeamError(
                tr("The team library has no document “{document}”.").format(document=document)
            )
        if len(matches) > 1:
            raise TeamError(
                tr(
                    "“{document}” names {count} documents; give the start of one's "
                    "content hash instead (`readmark show` prints it)."
                ).format(document=document, count=len(matches))
            )
        ((content_hash, title),) = matches
        with connection.transaction():
            connection.execute(
                "UPDATE documents SET blind = %s, revealed = NOT %s WHERE content_hash = %s",
                (blind, blind, content_hash),
            )
            if not blind:
                _renumber(connection, str(content_hash))
    return str(title)


def set_team_blind(url: str, blind: bool) -> None:
    """Marks the whole team blind (every document, those added later too, until revealed), or
    reveals every document. TeamError unless the login leads the team."""
    with connect(url) as connection:
        check_version(connection)
        with connection.transaction():
            changed = connection.execute("UPDATE team_standing SET blind = %s", (blind,))
            if changed.rowcount != 1:
                raise TeamError(tr("Only a lead of the team makes it blind or reveals it."))
            connection.execute(
                "UPDATE documents SET revealed = false WHERE revealed"
                if blind
                else "UPDATE documents SET blind = false, revealed = false WHERE blind OR revealed"
            )
            if not blind:
                _renumber(connection, None)


def _renumber(connection: psycopg.Connection[tuple[object, ...]], document: str | None) -> None:
    """Gives the passages on `document` (on every document if None) new change numbers (the
    trigger does), so that every coder's next pull brings those a blind pull left out."""
    connection.execute(
        "UPDATE annotations SET removed = removed WHERE %s::text IS NULL OR document_hash = %s",
        (document, document),
    )


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", ""})
SECURE_MODES = frozenset({"require", "verify-ca", "verify-full"})


def coder_address(url: str) -> tuple[str, str | None]:
    """A coder's team address as it is kept in their library (no password in it), and the
    password the address carried. TLS is required for any host that is not this machine: an
    address without `sslmode` gets `require`, and a weaker mode is refused."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.ProgrammingError as error:
        raise TeamError(
            tr("That is not a PostgreSQL address: {reason}").format(reason=first_line(error))
        ) from error
    if not parts.get("user") or not parts.get("dbname"):
        raise TeamError(
            tr(
                "Give the team address with your login and the database, as in "
                "postgresql://NAME@HOST/DATABASE."
            )
        )
    password = parts.pop("password", None)
    hosts = str(parts.get("host") or "").split(",")
    remote = [host for host in hosts if host not in LOCAL_HOSTS and not host.startswith("/")]
    mode = str(parts.get("sslmode") or "")
    if remote and mode not in SECURE_MODES:
        if mode:
            raise TeamError(
                tr(
                    "sslmode={mode} would send your team's work unencrypted to "
                    "{host}; a team library on another machine needs TLS "
                    "(sslmode=require or verify-full)."
                ).format(mode=mode, host=remote[0])
            )
        parts["sslmode"] = "require"
    return make_conninfo(**{key: str(value) for key, value in parts.items()}), (
        None if password is None else str(password)
    )
