"""SQLite's check of every page runs where it can find something: at the start after a crash, and
with the daily backup, not at every start (70-180 ms, growing with the library)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from readmark.store.backup import list_backups
from readmark.store.database import DamagedLibraryError, open_library

# A session of Readmark in a process of its own: it opens the library, writes to it, and then
# ends as asked: normally, with the daily backup first, or all at once as in a crash (a kill, a
# power cut), which runs nothing more.
SESSION = """
import os, sys
from pathlib import Path
from readmark.store.backup import backup_if_due
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

path, ending = Path(sys.argv[1]), sys.argv[2]
repository = LibraryRepository(open_library(path))
repository.set_setting("last_seen", ending)
if ending == "backup":
    try:
        backup_if_due(path)
    except Exception as error:
        print(error)
if ending == "crash":
    os._exit(1)
"""


def session(library: Path, ending: str) -> str:
    finished = subprocess.run(
        [sys.executable, "-c", SESSION, str(library), ending], capture_output=True, text=True
    )
    assert finished.returncode == (1 if ending == "crash" else 0), finished.stderr
    return finished.stdout


def damage_a_page_the_start_does_not_read(library: Path) -> bytes:
    """Scribbles over the page of an index of annotations, as a torn write would leave it."""
    with sqlite3.connect(library) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        (page,) = db.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_annotations_document_tag'"
        ).fetchone()
    db.close()
    data = bytearray(library.read_bytes())
    data[(page - 1) * page_size : page * page_size] = b"\xa5" * page_size
    library.write_bytes(bytes(data))
    return bytes(data)


def test_a_start_after_a_clean_exit_does_not_check_every_page(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    session(library, "normal exit")
    damage_a_page_the_start_does_not_read(library)

    open_library(library).dispose()  # the damage goes unseen: the pages were not all read


def test_a_start_after_a_crash_finds_a_damaged_page(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    session(library, "crash")
    damaged = damage_a_page_the_start_does_not_read(library)

    with pytest.raises(DamagedLibraryError, match="is damaged"):
        open_library(library)
    assert library.read_bytes() == damaged


def test_the_daily_backup_finds_the_damage_and_the_next_start_offers_recovery(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite3"
    session(library, "normal exit")
    damage_a_page_the_start_does_not_read(library)

    said = session(library, "backup")

    assert "failed its daily check: it is damaged" in said
    assert list_backups(library) == []  # a damaged copy never takes a good one's place
    with pytest.raises(DamagedLibraryError, match="is damaged"):
        open_library(library)


def test_a_check_that_passes_is_not_repeated_at_the_next_start(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    session(library, "crash")
    session(library, "normal exit")  # checks every page: all is well
    damage_a_page_the_start_does_not_read(library)

    open_library(library).dispose()


def test_opening_the_library_again_in_the_same_session_does_not_check_every_page(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite3"
    session(library, "normal exit")
    open_library(library).dispose()  # this process's marker stays until it ends
    damage_a_page_the_start_does_not_read(library)

    open_library(library).dispose()  # no crash since this process opened it: no check


def test_another_process_still_holding_the_library_makes_the_opening_check(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite3"
    session(library, "normal exit")
    open_library(library).dispose()
    damage_a_page_the_start_does_not_read(library)
    # A marker of a process that is running (the test's parent), as a second window leaves it.
    library.with_name(f"{library.name}-open-{os.getppid()}").touch()

    with pytest.raises(DamagedLibraryError, match="is damaged"):
        open_library(library)
