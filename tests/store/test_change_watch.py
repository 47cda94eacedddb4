"""The library notices commits made through other connections (another program, a window)."""

from __future__ import annotations

from pathlib import Path

from factories import make_article
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository


def test_a_commit_elsewhere_is_noticed_once_and_reading_is_not(isolated_paths: Path) -> None:
    window = LibraryRepository(open_library(isolated_paths))
    other_program = LibraryRepository(open_library(isolated_paths))
    try:
        assert not window.changed_elsewhere()  # starts watching
        other_program.documents()
        assert not window.changed_elsewhere()
        other_program.add_article(make_article("Elsewhere\n\nAdded by another program."))
        assert window.changed_elsewhere()
        assert not window.changed_elsewhere()
    finally:
        window.dispose()
        other_program.dispose()
