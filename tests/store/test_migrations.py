"""Upgrading libraries written by every past schema version, after a backup, in one transaction."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from readmark.core.model import default_coder
from readmark.store import migrations
from readmark.store.backup import list_backups
from readmark.store.database import LibraryError, open_library
from readmark.store.repository import LibraryRepository
from readmark.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def past_libraries() -> list[Path]:
    return sorted(FIXTURES.glob("library-v*.sqlite3"))


def schema_of(path: Path) -> dict[str, object]:
    """Tables' columns and indexes' keys as SQLite reports them (not the CREATE text, which
    ALTER TABLE writes differently)."""
    with sqlite3.connect(path) as db:
        names = db.execute(
            "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
        schema: dict[str, object] = {}
        for kind, name, table in names:
            if kind == "table":
                schema[name] = sorted(db.execute(f"PRAGMA table_info({name})").fetchall())
            else:
                keys = db.execute(f"PRAGMA index_xinfo({name})").fetchall()
                schema[name] = (table, [key[1:4] for key in keys if key[5]])
        return schema


def test_every_schema_version_has_a_fixture_and_a_migration_step() -> None:
    versions = sorted(int(p.stem.split("-v")[1]) for p in past_libraries())
    assert versions == list(range(1, SCHEMA_VERSION))
    assert len(migrations.MIGRATIONS) == SCHEMA_VERSION - 1


@pytest.mark.parametrize("fixture", past_libraries(), ids=lambda p: p.stem)
def test_a_past_library_is_upgraded_keeping_everything(tmp_path: Path, fixture: Path) -> None:
    library = tmp_path / "library.sqlite3"
    shutil.copy(fixture, library)
    before = sqlite3.connect(library)
    notes_before = sorted(before.execute("SELECT id, exact, note, tag_id FROM annotations"))
    before.close()

    repository = LibraryRepository(open_library(library))

    with sqlite3.connect(library) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    upgraded_annotations = repository.annotations(1)
    after = sorted((a.id, a.exact, a.note, a.tag_id) for a in upgraded_annotations)
    assert after == notes_before and len(after) == 4
    # Made before coders existed (schema 4): by this library's user; since, as stored.
    version = int(fixture.stem.split("-v")[1])
    coders = {a.coder for a in upgraded_annotations}
    assert coders == ({default_coder()} if version < 4 else {"reader"})
    upgraded = repository.document(1)
    assert upgraded.reading_position == 120
    assert upgraded.blocks[0].kind == "title" and len(upgraded.blocks) > 40
    fresh = tmp_path / "fresh.sqlite3"
    open_library(fresh).dispose()
    assert schema_of(library) == schema_of(fresh)  # upgraded exactly to what new libraries get

    [backup] = list_backups(library)
    assert f"before upgrade to schema {SCHEMA_VERSION}" in backup.reason
    assert schema_of(backup.path) == schema_of(fixture)  # the library as it was before
    with sqlite3.connect(backup.path) as db:
        assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 4


def test_a_failing_upgrade_leaves_the_library_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library.sqlite3"
    shutil.copy(past_libraries()[0], library)
    original = schema_of(library)

    def half_done(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("DROP INDEX IF EXISTS ix_annotations_document_start")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", [half_done])
    with pytest.raises(Exception, match="disk I/O error"):
        open_library(library)
    assert schema_of(library) == original
    with sqlite3.connect(library) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_newer_library_is_refused_and_not_backed_up_or_changed(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    open_library(library).dispose()
    with sqlite3.connect(library) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = library.read_bytes()
    with pytest.raises(LibraryError, match="newer version"):
        open_library(library)
    assert library.read_bytes() == before
    assert list_backups(library) == []
