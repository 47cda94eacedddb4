"""Files written whole or not at all, and the errors and progress shared by the services that
read and write them (exchange, annotation import, classroom)."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

T = TypeVar("T")


class ExchangeError(Exception):
    """An export or import that cannot be done; str() is a sentence to show the user."""


class CancelledError(Exception):
    """The user stopped an export (no file was written) or an import (nothing was changed)."""


# Told how many annotations an export has written so far; returns False to stop it.
Progress = Callable[[int], bool]
# Rows between two calls of a Progress: often enough to follow, rarely enough to cost nothing.
PROGRESS_EVERY = 500


def write_whole(path: Path, write: Callable[[Path], T]) -> T:
    """Runs `write` on a file beside `path`, then puts it in place: the file appears whole or
    not at all, and a file already there stays as it was if writing fails."""
    partial = path.with_name(f".{path.name}.part")
    try:
        result = write(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return result


def write_stream(path: Path, write: Callable[[BinaryIO], T]) -> T:
    """As write_whole, for a writer of bytes to an open file."""

    def to_file(partial: Path) -> T:
        with partial.open("wb") as stream:
            return write(stream)

    return write_whole(path, to_file)


def write_text(path: Path, newline: str, write: Callable[[TextIO], T]) -> T:
    """As write_stream, for a writer of UTF-8 text with these line ends."""

    def to_stream(stream: BinaryIO) -> T:
        text = io.TextIOWrapper(stream, encoding="utf-8", newline=newline)
        result = write(text)
        text.flush()
        text.detach()  # the file is write_stream's to close
        return result

    return write_stream(path, to_stream)
