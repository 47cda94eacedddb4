"""The first look: the last-read document as the repository would give it, read with sqlite3
alone, or None wherever the usual opening has to decide."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_article, new_annotation
from readmark.core.model import Annotation
from readmark.store.database import open_library
from readmark.store.first_look import HIGHLIGHTS_AFTER, HIGHLIGHTS_BEFORE, first_look
from readmark.store.repository import LibraryRepository
from readmark.store.schema import LAST_DOCUMENT_KEY, SCHEMA_VERSION, SEEDED_KEY

FIXTURES = Path(__file__).with_name("fixtures")
TEXT = "Rivers 🌊 rise.\n\n“Levees hold,” said the engineer.\n\nA caption under the photo."


def highlights(annotations: list[Annotation]) -> list[tuple[object, ...]]:
    """What the reader draws of each annotation, in order: the first look gives no more."""
    return [(a.id, a.tag_id, a.start, a.end, a.orphaned, a.coder) for a in annotations]


def library_with_work(repository: LibraryRepository) -> int:
    """Two documents, the second read last, with annotations of two coders, a note, an orphan."""
    repository.add_article(make_article("An older article.\n\nIts second line.", "Older"))
    document = repository.add_article(make_article(TEXT, "Rivers"))[0]
    claim, quote = repository.tags()[0].id, repository.tags()[3].id
    mine = replace(new_annotation(document.id, claim, 0, 14, TEXT), note="check the figure")
    theirs = replace(new_annotation(document.id, quote, 17, 31, TEXT), coder="Ana")
    orphan = replace(new_annotation(document.id, claim, 33, 40, TEXT), orphaned=True)
    repository.add_annotations([theirs, mine, orphan])
    repository.set_setting(LAST_DOCUMENT_KEY, str(document.id))
    repository.set_setting("reading_theme", "dark")
    repository.set_setting(SEEDED_KEY, "1")  # the app was started before
    return document.id


def test_gives_what_the_repository_gives(isolated_paths: Path) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    document_id = library_with_work(repository)
    look = first_look(isolated_paths)
    assert look is not None
    assert look.document == repository.document(document_id)
    assert highlights(look.highlights) == highlights(repository.annotations(document_id))
    assert look.tags == repository.tags()
    assert look.settings["reading_theme"] == "dark"
    repository.dispose()


def test_without_a_last_document_the_first_one(isolated_paths: Path) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    repository.set_setting(LAST_DOCUMENT_KEY, "999")  # removed since
    look = first_look(isolated_paths)
    assert look is not None and look.document.title == "Older"
    repository.dispose()


def test_reads_and_changes_nothing(isolated_paths: Path) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    repository.dispose()
    before = isolated_paths.read_bytes()
    assert first_look(isolated_paths) is not None
    assert isolated_paths.read_bytes() == before


def test_none_where_the_usual_opening_must_decide(isolated_paths: Path, tmp_path: Path) -> None:
    assert first_look(tmp_path / "no-library-yet.sqlite3") is None
    empty = LibraryRepository(open_library(isolated_paths))
    assert first_look(isolated_paths) is None  # not started yet: the sample article comes first
    library_with_work(empty)
    empty.set_setting(SEEDED_KEY, "")
    empty.remove_document(1)
    empty.remove_document(2)
    assert first_look(isolated_paths) is None  # every document removed
    empty.dispose()

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    assert first_look(damaged) is None
    not_a_library = tmp_path / "notes.sqlite3"
    with sqlite3.connect(not_a_library) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        connection.execute("CREATE TABLE notes (body TEXT)")
    assert first_look(not_a_library) is None
    connection.close()

    garbled = tmp_path / "garbled.sqlite3"
    written = LibraryRepository(open_library(garbled))
    library_with_work(written)
    written.dispose()
    assert first_look(garbled) is not None
    with sqlite3.connect(garbled) as connection:
        connection.execute("UPDATE documents SET text = x'00ff'")  # bytes where text belongs
    connection.close()
    assert first_look(garbled) is None

    older = tmp_path / "library-v3.sqlite3"
    shutil.copy(FIXTURES / "library-v3.sqlite3", older)
    assert first_look(older) is None  # upgraded by the usual opening, after a backup
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(isolated_paths, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    assert first_look(newer) is None


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1))
def test_any_text_comes_back_the_same(tmp_path: Path, text: str) -> None:
    path = tmp_path / f"{abs(hash(text))}.sqlite3"
    repository = LibraryRepository(open_library(path))
    document = repository.add_article(make_article(text))[0]
    repository.add_annotation(new_annotation(document.id, 1, 0, len(document.text), document.text))
    repository.set_setting(SEEDED_KEY, "1")
    look = first_look(path)
    assert look is not None
    assert look.document == repository.document(document.id)
    assert highlights(look.highlights) == highlights(repository.annotations(document.id))
    repository.dispose()


def test_on_a_long_document_the_highlights_around_the_reading_position(
    isolated_paths: Path,
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    text = "\n\n".join(f"Paragraph {n}: the river rose, the levee held." for n in range(8000))
    document = repository.add_article(make_article(text, "Long"))[0]
    every = [
        new_annotation(document.id, 1, start, start + 20, text)
        for start in range(0, len(text) - 20, 997)
    ]
    position = len(text) // 2
    spanning = new_annotation(document.id, 2, 1000, position + 10, text)  # begun long before
    repository.add_annotations([*every, spanning])
    repository.set_reading_position(document.id, position)
    repository.set_setting(SEEDED_KEY, "1")
    look = first_look(isolated_paths)
    assert look is not None
    low, high = position - HIGHLIGHTS_BEFORE, position + HIGHLIGHTS_AFTER
    near = [a for a in repository.annotations(document.id) if a.start < high and a.end > low]
    assert highlights(look.highlights) == highlights(near)
    assert spanning.id in {a.id for a in look.highlights}
    assert len(look.highlights) < len(every) / 2
    repository.dispose()


def test_the_first_looks_columns_are_the_tables_columns() -> None:
    # The first look names columns without SQLAlchemy; a column added to a table must reach it.
    from readmark.store import schema, tables

    assert tuple(tables.DocumentRow.__table__.columns.keys()) == schema.DOCUMENT_COLUMNS
    assert tuple(tables.TagRow.__table__.columns.keys()) == schema.TAG_COLUMNS
