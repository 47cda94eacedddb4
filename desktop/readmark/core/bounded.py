"""Reading what arrives in files without trusting it: zip members read against a cap (a member's
declared size can lie), JSON refused when it nests deeper than any file of ours does, and
colours that go into pages checked.

Each refusal is a `RefusedInputError` whose str() is a clause for the caller's message ("its … is
larger than 50 MB").
"""

from __future__ import annotations

import itertools
import json
import re
import zipfile
from typing import Any

from readmark.core.texts import tr

CHUNK_BYTES = 1024 * 1024
# Our files nest a few levels; 200 leaves room for any honest tool and stays far below
# Python's recursion limit, so a hostile file is refused before the parser recurses.
MAX_JSON_DEPTH = 200

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


FALLBACK_COLOUR = "#999999"
_COLOUR = re.compile(r"#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})")


class RefusedInputError(ValueError):
    """A file's contents refused as too large or too deep; str() says why, as a clause."""


def read_member(archive: zipfile.ZipFile, member: str | zipfile.ZipInfo, cap: int) -> bytes:
    """The member's bytes, read in chunks and refused as soon as they pass `cap` bytes,
    whatever size the archive declares. Raises RefusedInputError; the zip module's own errors
    (a bad CRC, a damaged stream) pass through."""
    name = member.filename if isinstance(member, zipfile.ZipInfo) else member
    info = member if isinstance(member, zipfile.ZipInfo) else archive.getinfo(member)
    if info.file_size > cap:
        raise _unpacks_too_large(name, cap)
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            total += len(chunk)
            if total > cap:
                raise _unpacks_too_large(name, cap)
            chunks.append(chunk)
    return b"".join(chunks)


def load_json(data: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """json.loads, after refusing text whose arrays and objects nest deeper than `max_depth`
    (RefusedInputError). A byte-order mark is allowed; json.JSONDecodeError and
    UnicodeDecodeError pass through as json.loads raises them."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    if nesting_depth(text) > max_depth:
        raise _nests_too_deep(max_depth)
    try:
        return json.loads(text)
    except RecursionError:  # a depth the scan above could not see: still a refusal
        raise _nests_too_deep(max_depth) from None


def nesting_depth(text: str) -> int:
    """How deep arrays and objects nest in JSON text, brackets inside strings not counted.
    The scanning is done by the regular expression engine, so it stays linear and cheap."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    steps = (1 if bracket in "[{" else -1 for bracket in brackets)
    return max(itertools.accumulate(steps), default=0)


def checked_colour(value: str | None, fallback: str = FALLBACK_COLOUR) -> str:
    """A colour that arrived in a file as "#RRGGBB" (upper case): "#abc" is "#AABBCC";
    anything else, which could carry markup into a page, is `fallback` (grey)."""
    if value is None or not _COLOUR.fullmatch(value.strip()):
        return fallback
    digits = value.strip()[1:]
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    return "#" + digits.upper()


def _unpacks_too_large(name: str, cap: int) -> RefusedInputError:
    too_large = tr("its “{name}” unpacks to more than {size}")
    return RefusedInputError(too_large.format(name=name, size=_size(cap)))


def _nests_too_deep(max_depth: int) -> RefusedInputError:
    return RefusedInputError(
        tr("its contents nest more than {depth} levels deep").format(depth=max_depth)
    )


def _size(count: int) -> str:
    return tr("{count} MB").format(count=count // (1024 * 1024))
