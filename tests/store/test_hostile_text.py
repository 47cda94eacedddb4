"""Any text a user or a bad file can produce is stored, read back and exported."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_article, new_annotation
from readmark.core.csv_export import neutralise_cell, write_csv
from readmark.core.text import storable
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

HOSTILE = [
    "\u202eevil\u202c",
    "ע\u05b4בְרִית",
    "e\u0301\u0302\u0303",
    "😀🏳️‍🌈",
    "\x00",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\u2028",
    "'=1+1",
    "\r\n",
]
notes = st.lists(st.one_of(st.text(max_size=5), st.sampled_from(HOSTILE)), max_size=12).map("".join)


@pytest.fixture(scope="module")
def shared_library(tmp_path_factory: pytest.TempPathFactory) -> LibraryRepository:
    repository = LibraryRepository(open_library(tmp_path_factory.mktemp("h") / "l.sqlite3"))
    repository.add_article(make_article("Title\n\nBody text with room for notes."))
    return repository


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(note=notes)
def test_any_note_is_stored_and_exported(shared_library: LibraryRepository, note: str) -> None:
    text = shared_library.document(1).text
    added = shared_library.add_annotation(
        new_annotation(1, shared_library.tags()[0].id, 7, 11, text)
    )
    _, after = shared_library.set_note(added.id, note)
    assert after.note == storable(note)
    assert "\x00" not in after.note and not any(0xD800 <= ord(c) <= 0xDFFF for c in after.note)

    stream = io.StringIO(newline="")
    write_csv((r for r in shared_library.export_rows(1) if r.note == after.note), stream)
    stream.getvalue().encode("utf-8")  # the file can be written
    rows = list(csv.DictReader(io.StringIO(stream.getvalue().lstrip("\ufeff"), newline="")))
    assert neutralise_cell(after.note) in {row["note"] for row in rows}
    shared_library.remove_annotation(added.id)


def test_a_whole_chapter_as_one_passage_and_ten_thousand_annotations(tmp_path: Path) -> None:
    chapter = "\n\n".join(f"Paragraph {i}: " + "words of a long chapter " * 30 for i in range(150))
    text = "A book\n\n" + chapter
    repository = LibraryRepository(open_library(tmp_path / "l.sqlite3"))
    document, _ = repository.add_article(make_article(text))
    tag = repository.tags()[0].id
    whole = repository.add_annotation(new_annotation(document.id, tag, 8, len(text), text))
    assert len(whole.exact) > 100_000
    with repository.batch():
        for i in range(10_000):
            start = 8 + (i * 37) % (len(text) - 60)
            repository.add_annotation(new_annotation(document.id, tag, start, start + 40, text))
    stored = repository.annotations(document.id)
    assert len(stored) == 10_001
    assert all(text[a.start : a.end] == a.exact for a in stored)
    stream = io.StringIO(newline="")
    assert write_csv(repository.export_rows(document.id), stream) == 10_001
    rows = list(csv.DictReader(io.StringIO(stream.getvalue().lstrip("\ufeff"), newline="")))
    assert max(len(r["passage"]) for r in rows) == len(whole.exact)
