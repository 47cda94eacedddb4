"""Opening a library file: engine, SQLite pragmas and transactions, checks, creation, upgrades."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from readmark.core.fields import encode_specs
from readmark.core.model import DEFAULT_TAGS
from readmark.core.texts import tr
from readmark.store.backup import make_backup
from readmark.store.clean_exit import mark_open, needs_check, passed_check
from readmark.store.migrations import upgrade
from readmark.store.schema import SCHEMA_VERSION
from readmark.store.tables import Base, TagRow

# Execution option naming how a transaction begins; writers take the lock at once (IMMEDIATE) so
# that two processes on one library queue up instead of failing half way.
BEGIN_MODE = "readmark_begin"


# What SQLite says, in words a reader acts on.
_PLAIN_REASONS = {
    "database or disk is full": "the disk is full",
    "attempt to write a readonly database": "the library file is read-only",
    "database is locked": "another program is holding the library",
}


def plain_reason(error: Exception) -> str:
    """Why a write to the library failed, as a reader says it (SQLite's own words otherwise)."""
    detail = str(getattr(error, "orig", None) or error)
    return _PLAIN_REASONS.get(detail, detail)


class LibraryError(Exception):
    """A library that cannot be opened; the message is for the user."""


class DamagedLibraryError(LibraryError):
    """A library file that is not a database, or fails SQLite's quick check."""


def open_library(path: Path) -> Engine:
    """An engine on the library at `path`, created with the default tags if it does not exist,
    and upgraded (after a backup copy) if an older Readmark wrote it.

    A damaged file, or one written by a newer Readmark, is refused and left untouched. Every
    page is checked after a crash (or while another process has the library open).
    """
    existed = _check_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = connect(path)
    try:
        with engine.connect() as connection:
            version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
            # Every page is checked only where a process may have left the library half
            # written (see clean_exit); a clean start skips the check.
            if existed and needs_check(path):
                _quick_check(connection, path)
                passed_check(path)
        if version < 0:
            raise DamagedLibraryError(
                tr(
                    "The library “{path}” is damaged: its schema version "
                    "({version}) is not one Readmark ever wrote. The file was left "
                    "untouched."
                ).format(path=path, version=version)
            )
        if version > SCHEMA_VERSION:
            raise LibraryError(
                tr(
                    "The library “{path}” was written by a newer version of "
                    "Readmark (schema {version}; this version reads up to "
                    "{newest}). Update Readmark to open it; the file was left "
                    "untouched."
                ).format(path=path, version=version, newest=SCHEMA_VERSION)
            )
        if 0 < version < SCHEMA_VERSION:
            make_backup(path, reason=f"before upgrade to schema {SCHEMA_VERSION}")
        with engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"}).begin() as connection:
            _create_or_upgrade(connection)
        _seed_default_tags(engine)
        mark_open(path)
    except DatabaseError as error:
        engine.dispose()
        # OperationalError is a passing state (locked, no room); any other is a damaged file.
        kind = (
            LibraryError
            if isinstance(error.orig, sqlite3.OperationalError)
            else DamagedLibraryError
        )
        raise kind(
            tr(
                "The library “{path}” could not be opened: {reason}. The file was left untouched."
            ).format(path=path, reason=error.orig)
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def connect(path: Path) -> Engine:
    """An engine on the library at `path` with the app's pragmas, and no checks: for a
    library open_library has opened already, from work on a thread of its own."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def checkpoint(engine: Engine) -> None:
    """Copies what the engine's connections wrote to the write-ahead log into the library
    file, as far as no reader holds it back. Else the next commit of any connection does it:
    after a large import, the window's thread at its next small write, which must not wait
    for the import's pages."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")


class ChangeWatch:
    """Notices commits to the library made by other connections: another window, `readmark
    import`, a sync. SQLite's data_version, read on a connection kept for the purpose, goes up
    whenever another connection commits. The app's own writes go through the engine's other
    connections, so they count too: what a change sets off must be harmless to repeat."""

    def __init__(self, path: Path) -> None:
        # Autocommit: reading the version never holds a transaction open against writers.
        self._connection = sqlite3.connect(path, isolation_level=None)
        self._seen = self._version()

    def _version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def changed(self) -> bool:
        """Whether anyone has committed since the last call (or since the watch began); a
        library busy at that moment says so at the next call."""
        try:
            version = self._version()
        except sqlite3.OperationalError:
            return False
        changed, self._seen = version != self._seen, version
        return changed

    def close(self) -> None:
        self._connection.close()


def writer(engine: Engine) -> Engine:
    """The same engine, beginning each transaction with the write lock taken."""
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})


def _create_or_upgrade(connection: Connection) -> None:
    # Read again under the write lock: another process may have done this meanwhile.
    version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
    if version == 0:
        Base.metadata.create_all(connection)
    elif version < SCHEMA_VERSION:
        upgrade(connection, version)
    else:
        return
    connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _check_file(path: Path) -> bool:
    """Whether a library exists at `path`; LibraryError if something else is there."""
    if path.is_dir():
        raise LibraryError(tr("“{path}” is a folder, not a library file.").format(path=path))
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return False
    except OSError as error:
        raise LibraryError(
            tr("The library “{path}” could not be read: {reason}.").format(
                path=path, reason=error.strerror
            )
        ) from error
    if size == 0:
        return False
    # SQLite reads the header, not open(): closing any descriptor of the file would drop every
    # lock this process holds on it (POSIX), SQLite's too, and another process could then
    # checkpoint beneath a connection this one keeps open, damaging the library.
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as probe:
            probe.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as error:
        if "unable to open" in str(error):
            raise LibraryError(
                tr("The library “{path}” could not be read: {reason}.").format(
                    path=path, reason=error
                )
            ) from error
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error):
            raise DamagedLibraryError(
                tr(
                    "“{path}” is not a Readmark library (it is not an SQLite "
                    "database). The file was left untouched."
                ).format(path=path)
            ) from error
    if not os.access(path, os.W_OK):
        raise LibraryError(
            tr(
                "The library “{path}” is read-only, and Readmark saves every "
                "change as you make it. Make the file writable, or copy it "
                "somewhere you can write, and open that."
            ).format(path=path)
        )
    return True


def _quick_check(connection: Connection, path: Path) -> None:
    problems = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchmany(3)]
    if problems != ["ok"]:
        raise DamagedLibraryError(
            tr("The library “{path}” is damaged ({problems}). The file was left untouched.").format(
                path=path, problems="; ".join(problems)
            )
        )


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's begin event issue BEGIN itself, so that every transaction, DDL included,
    # is a real one (the sqlite3 module would otherwise start them only before writes).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # WAL with synchronous=NORMAL survives a crash of the process, and a commit waits for no
    # flush to disk.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    # Half a megabyte of pages, not SQLite's two: the system keeps the file's pages in memory
    # anyway, and a window held the rest as a copy of what it had last read.
    cursor.execute("PRAGMA cache_size = -512")
    cursor.close()


def _on_begin(connection: Connection) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _seed_default_tags(engine: Engine) -> None:
    with Session(writer(engine)) as session, session.begin():
        if session.scalars(select(TagRow.id).limit(1)).first() is not None:
            return
        session.add_all(
            TagRow(
                name=spec.name,
                colour=spec.colour,
                shortcut=spec.shortcut,
                description=spec.description,
                position=index,
                fields=encode_specs(spec.fields),
            )
            for index, spec in enumerate(DEFAULT_TAGS)
        )
