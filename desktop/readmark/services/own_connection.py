"""A connection of its own to the library, for long work on a thread of its own (an export,
an import of many files): SQLite connections are not shared between threads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from readmark.store.database import checkpoint, connect
from readmark.store.repository import LibraryRepository


@contextmanager
def own_connection(library: Path) -> Iterator[LibraryRepository]:
    """The library at `library` (opened already, with open_library) through a new engine,
    closed when done."""
    engine = connect(library)
    try:
        yield LibraryRepository(engine)
        checkpoint(engine)  # here, on the work's thread: not at the window's next write
    finally:
        engine.dispose()
