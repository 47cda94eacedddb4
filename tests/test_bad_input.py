"""Each kind of bad input gets its own clear message and leaves the library as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from readmark.core import importing
from readmark.services.documents import import_files
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository


def make_empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def make_binary(folder: Path) -> Path:
    path = folder / "report.txt"  # really a PNG
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def make_large(folder: Path) -> Path:
    path = folder / "book.txt"
    path.write_text("A line of a very long book.\n" * 2000, encoding="utf-8")
    return path


def make_unreadable(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)  # reading it would block: it is refused before reading
    return path


def make_missing(folder: Path) -> Path:
    return folder / "gone.txt"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (make_empty, "“empty.txt” is empty."),
        (make_binary, "“report.txt” is not a text file: it looks like binary data."),
        (make_large, "“book.txt” is too large to open (55 KB; the limit is 50 KB)."),
        (make_unreadable, "“pipe.txt” is not a regular file."),
        (make_missing, "“gone.txt” could not be found."),
    ],
    ids=["empty", "binary", "too large", "unreadable", "missing"],
)
def test_bad_input_is_refused_with_its_reason_and_changes_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make,
    message: str,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(importing, "MAX_FILE_BYTES", 50 * 1024)
    repository = LibraryRepository(open_library(tmp_path / "library.sqlite3"))
    before = repository.documents()
    [outcome] = import_files(repository, [make(tmp_path)])
    assert outcome.document is None and outcome.error == message
    assert repository.documents() == before
