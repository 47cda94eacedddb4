"""Opening libraries: pragmas, schema version, and files that are not libraries."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from readmark.store import database
from readmark.store.database import DamagedLibraryError, LibraryError, open_library
from readmark.store.schema import SCHEMA_VERSION


def test_new_library_records_schema_version_uses_wal_and_a_small_cache(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "library.sqlite3"
    engine = open_library(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        # Half a megabyte of pages cached (negative: KiB), not SQLite's two.
        assert connection.exec_driver_sql("PRAGMA cache_size").scalar_one() == -512
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_file_that_is_not_a_library_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"my precious notes, not a database")
    with pytest.raises(DamagedLibraryError, match="not an SQLite database"):
        open_library(path)
    assert path.read_bytes() == b"my precious notes, not a database"


def test_a_library_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    open_library(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer version of Readmark"):
        open_library(path)
    assert path.read_bytes() == before


def test_a_truncated_library_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    open_library(path).dispose()
    data = path.read_bytes()
    path.write_bytes(data[:200])
    with pytest.raises(DamagedLibraryError, match="could not be opened"):
        open_library(path)
    assert path.read_bytes() == data[:200]


def test_a_read_only_library_is_refused_with_a_plain_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    open_library(path).dispose()
    monkeypatch.setattr(database.os, "access", lambda *_args: False)  # root ignores chmod
    with pytest.raises(LibraryError, match="is read-only"):
        open_library(path)


def test_a_folder_in_place_of_the_library_is_refused(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="is a folder"):
        open_library(tmp_path)


def test_opening_a_library_again_keeps_this_process_hold_on_it(tmp_path: Path) -> None:
    """A window and its sync open one library twice: the second opening must not release the
    first's locks (closing any descriptor of a file drops the process's POSIX locks on it), or
    another process could take the library from under it, as `readmark sync` did, damaging it."""
    path = tmp_path / "library.sqlite3"
    first = open_library(path)
    with first.connect() as connection:
        connection.exec_driver_sql("SELECT count(*) FROM tags").all()
        open_library(path).dispose()
        other = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sqlite3, sys; connection = sqlite3.connect(sys.argv[1], timeout=0); "
                "print(connection.execute('PRAGMA journal_mode = DELETE').fetchone()[0])",
                str(path),
            ],
            capture_output=True,
            text=True,
        )
        assert "database is locked" in other.stderr
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
    first.dispose()
