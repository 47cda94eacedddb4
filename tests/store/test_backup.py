"""Backups: consistent copies, daily rotation, restore that never overwrites, damage detection."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factories import make_article, new_annotation
from readmark.store import backup as backups
from readmark.store.backup import (
    KEEP_BACKUPS,
    backup_if_due,
    is_healthy,
    list_backups,
    make_backup,
    restore_backup,
)
from readmark.store.clean_exit import request_check
from readmark.store.database import DamagedLibraryError, open_library
from readmark.store.repository import LibraryRepository

TEXT = "Title\n\nA sentence to tag, and another one."


def library_with_annotations(path: Path, count: int) -> LibraryRepository:
    repository = LibraryRepository(open_library(path))
    document, _ = repository.add_article(make_article(TEXT))
    tag = repository.tags()[0].id
    for _ in range(count):
        repository.add_annotation(new_annotation(document.id, tag, 7, 17, TEXT))
    return repository


def count_annotations(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM annotations").fetchone()[0])


def test_a_backup_taken_while_the_library_is_open_has_every_committed_row(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    repository = library_with_annotations(library, 3)  # rows still in the WAL file
    made = make_backup(library)
    assert is_healthy(made.path)
    assert count_annotations(made.path) == 3
    repository.add_annotation(new_annotation(1, repository.tags()[1].id, 0, 5, TEXT))
    assert count_annotations(made.path) == 3  # a copy, not a link


def test_daily_backup_only_when_the_newest_is_older_than_a_day_and_only_a_few_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library.sqlite3"
    library_with_annotations(library, 1)
    assert backup_if_due(library) is not None
    assert backup_if_due(library) is None  # made a moment ago

    clock = [datetime.now(UTC)]

    class Later(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
            return clock[0]

    monkeypatch.setattr(backups, "datetime", Later)
    for day in range(1, KEEP_BACKUPS + 3):
        clock[0] = datetime.now(UTC) + timedelta(days=day, minutes=1)
        assert backup_if_due(library) is not None
    kept = list_backups(library)
    assert len(kept) == KEEP_BACKUPS
    assert kept[0].made_at > kept[-1].made_at


def test_restoring_a_backup_keeps_the_replaced_library_beside_it(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    repository = library_with_annotations(library, 2)
    saved = make_backup(library, reason="manual")
    repository.add_annotation(new_annotation(1, repository.tags()[0].id, 0, 5, TEXT))
    assert count_annotations(library) == 3

    kept = restore_backup(saved.path, library)

    assert count_annotations(library) == 2
    assert kept is not None and kept.exists() and count_annotations(kept) == 3
    assert LibraryRepository(open_library(library)).annotations(1)  # opens normally


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    library_with_annotations(library, 1)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(sqlite3.DatabaseError, match="damaged"):
        restore_backup(broken, library)
    assert count_annotations(library) == 1


def test_a_library_failing_the_quick_check_is_refused_untouched(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    library_with_annotations(library, 50)
    with sqlite3.connect(library) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(library.read_bytes())
    for offset in range(page_size * 2 + 40, min(len(data), page_size * 4), 7):
        data[offset] = 0xA5  # scribble over b-tree pages, keep the header
    library.write_bytes(bytes(data))
    request_check(library)  # as a crash or the daily backup's check leaves it
    damaged = library.read_bytes()
    with pytest.raises(DamagedLibraryError, match=r"damaged|malformed"):
        open_library(library)
    assert library.read_bytes() == damaged
