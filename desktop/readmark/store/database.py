"""Opening a library file: engine, SQLite pragmas, schema creation and version check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from readmark.core.model import DEFAULT_TAGS
from readmark.store.schema import SCHEMA_VERSION, Base, TagRow

SQLITE_HEADER = b"SQLite format 3\x00"


class LibraryError(Exception):
    """A library that cannot be opened; the message is for the user."""


def open_library(path: Path) -> Engine:
    """An engine on the library at `path`, created with the default tags if it does not exist.

    A file that is not a library, or one written by a newer Readmark, is refused untouched.
    """
    _check_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    try:
        with engine.begin() as connection:
            version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
            if version > SCHEMA_VERSION:
                raise LibraryError(
                    f"The library “{path}” was written by a newer version of Readmark "
                    f"(schema {version}; this version reads up to {SCHEMA_VERSION}). "
                    "Update Readmark to open it; the file was left untouched."
                )
            if version == 0:
                Base.metadata.create_all(connection)
                connection.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        _seed_default_tags(engine)
    except DatabaseError as error:
        engine.dispose()
        raise LibraryError(
            f"The library “{path}” could not be opened: {error.orig}. The file was left untouched."
        ) from error
    except LibraryError:
        engine.dispose()
        raise
    return engine


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise LibraryError(f"“{path}” is a folder, not a library file.")
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as error:
        raise LibraryError(f"The library “{path}” could not be read: {error.strerror}.") from error
    if header and header != SQLITE_HEADER:
        raise LibraryError(
            f"“{path}” is not a Readmark library (it is not an SQLite database). "
            "The file was left untouched."
        )


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # WAL with synchronous=NORMAL survives a crash of the process and commits in well under 1 ms.
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.close()


def _seed_default_tags(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        if session.scalars(select(TagRow.id).limit(1)).first() is not None:
            return
        session.add_all(
            TagRow(name=spec.name, colour=spec.colour, shortcut=spec.shortcut, position=index)
            for index, spec in enumerate(DEFAULT_TAGS)
        )
