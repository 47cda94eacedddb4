"""The last-read document, read with the standard library's sqlite3 alone, so that the window
can show it before SQLAlchemy and the rest of the app have loaded.

Only reads, and only a library of the current schema that has been started before: anything
else (no file yet, a first start, an older or newer schema, a damaged file) gives None, and the
app opens the library the usual way, with its upgrades, checks and messages.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readmark.core.fields import decode_specs
from readmark.core.model import Annotation, Document, Tag, annotation_in_bulk, utc_moment
from readmark.core.text import decode_blocks
from readmark.store.schema import (
    DOCUMENT_COLUMNS,
    LAST_DOCUMENT_KEY,
    SCHEMA_VERSION,
    SEEDED_KEY,
    TAG_COLUMNS,
)

_DOCUMENT_COLUMNS = ", ".join(DOCUMENT_COLUMNS)


# Characters around the reading position whose highlights the first look reads: a screen shows
# a few thousand. (Scrolled further before the library is open, the reader shows the text
# without its highlights for that moment.)
HIGHLIGHTS_BEFORE, HIGHLIGHTS_AFTER = 20_000, 60_000


@dataclass(frozen=True)
class FirstLook:
    document: Document
    # What the reader draws, in reading order, around the reading position: each annotation's
    # place, tag and coder, with the passage, note and times left empty. The panel and the
    # rest of the text get them whole from the library.
    highlights: list[Annotation]
    tags: list[Tag]
    settings: dict[str, str]


def first_look(path: Path) -> FirstLook | None:
    """The document the reader had open last (else the first one), with the highlights around
    its reading position, the tags and the library's settings; None where the usual opening
    must decide."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(connection)
    except (sqlite3.Error, ValueError, TypeError):  # damaged, or not what this schema holds
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> FirstLook | None:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version != SCHEMA_VERSION:
        return None
    settings = dict(connection.execute("SELECT key, value FROM settings"))
    if SEEDED_KEY not in settings:
        return None  # a first start: the sample articles come in, and the first one opens
    last = settings.get(LAST_DOCUMENT_KEY, "")
    row = None
    if last.isdigit():
        query = f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?"
        row = connection.execute(query, (int(last),)).fetchone()
    if row is None:
        query = f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id LIMIT 1"
        row = connection.execute(query).fetchone()
    if row is None:
        return None
    document = _document(row)
    when = document.imported_at  # one moment shared by the highlights, which show no time
    low, high = _around(document.reading_position)
    highlights = [
        annotation_in_bulk(
            id=annotation_id,
            document_id=document.id,
            tag_id=tag_id,
            start=start,
            end=end,
            exact="",
            prefix="",
            suffix="",
            note="",
            created_at=when,
            updated_at=when,
            orphaned=bool(orphaned),
            coder=coder,
        )
        for annotation_id, tag_id, start, end, orphaned, coder in connection.execute(
            'SELECT id, tag_id, start, "end", orphaned, coder FROM annotations '
            'WHERE document_id = ? AND start < ? AND "end" > ? '
            'ORDER BY start, "end" DESC, created_at',
            (document.id, high, low),
        )
    ]
    tags = [
        Tag(tag_id, name, colour, key, position, description, parent, decode_specs(fields))
        for tag_id, name, colour, key, position, description, parent, fields in connection.execute(
            f"SELECT {', '.join(TAG_COLUMNS)} FROM tags ORDER BY position"
        )
    ]
    return FirstLook(document, highlights, tags, settings)


def _around(position: int) -> tuple[int, int]:
    """The stretch of text (start, end) whose highlights the first look reads: the screen that
    opens at `position`, many times over, so that its cost does not grow with the document's
    count."""
    return max(0, position - HIGHLIGHTS_BEFORE), position + HIGHLIGHTS_AFTER


def _document(row: Any) -> Document:
    (id_, title, source, text, content_hash, imported, position, blocks, *facts) = row
    author, published, site, url, file_path, folded, label = facts
    if not isinstance(text, str) or not isinstance(position, int):
        raise TypeError("not what this schema holds")  # the usual opening will say what is wrong
    return Document(
        id=id_,
        title=title,
        source=source,
        text=text,
        content_hash=content_hash,
        imported_at=utc_moment(imported),
        reading_position=position,
        blocks=tuple(decode_blocks(blocks)),
        author=author,
        published=published,
        site=site,
        url=url,
        file_path=file_path,
        folded_blocks=None if folded is None else tuple(json.loads(folded)),
        label=label,
    )
