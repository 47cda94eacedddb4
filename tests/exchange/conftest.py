"""A library with tagged passages of every awkward kind, and a way to see all it holds."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factories import make_article, new_annotation
from readmark.core.model import Annotation, Document
from readmark.services.documents import seed_first_start
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

# A text with what trips exporters up: formula-like lines, a character outside the Basic
# Multilingual Plane (two UTF-16 units, one code point), curly quotes, accents, a tab.
SECOND_TEXT = (
    "Spreadsheets and “quotes”\n\n"
    "=SUM(A1:A2) is what a careless export would run.\n\n"
    "The party 🎉 in Ærøskøbing was café-crème, naïve and déjà vu.\n\n"
    "+44 20 7946 0000 is a number, -2 is too, and @cmd is a mention.\n\n"
    "A last line with a tab\there."
)
CREATED = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=UTC)


@dataclass
class Library:
    repository: LibraryRepository
    path: Path
    documents: list[Document]
    annotations: list[Annotation]


def open_repository(path: Path) -> LibraryRepository:
    return LibraryRepository(open_library(path))


def add_second_article(repository: LibraryRepository) -> Document:
    document, _ = repository.add_article(
        make_article(SECOND_TEXT, title="Spreadsheets and “quotes”", source="test")
    )
    return document


def passage(
    document: Document, tag_id: int, words: str, occurrence: int = 0, **changes: object
) -> Annotation:
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(words, start + 1)
    annotation = new_annotation(document.id, tag_id, start, start + len(words), document.text)
    moment = CREATED + timedelta(minutes=start)
    return replace(annotation, created_at=moment, updated_at=moment, **changes)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """The sample article and a second one, with annotations: nested, noted (quotes, line
    breaks, formula-like notes), accepted from a suggestion, orphaned, and on astral text; a
    claim, a quote and a caption with their fields' values (links, an emoji, a formula start)."""
    path = tmp_path / "laptop-a.sqlite3"
    repository = open_repository(path)
    first = seed_first_start(repository)
    assert first is not None
    second = add_second_article(repository)
    claim, opinion, caption, quote = repository.tags()
    annotations = [
        passage(
            first,
            claim.id,
            "Two suicide drones had somehow managed to penetrate",
            field_values=(
                ("verdict", "mostly true"),
                ("check-worthiness", "check-worthy factual"),
                ("evidence", "https://example.org/drones\npassage:abc"),
            ),
        ),
        passage(
            first,
            quote.id,
            "suicide drones",
            note="Inside the claim: “nested”.",
            field_values=(("speaker", "Ms Ōkubo 🙂"), ("speaker's role", "=witness")),
        ),
        passage(
            first,
            opinion.id,
            "Vladimir Putin declared war on Ukraine a year earlier",
            note='Line one\nline two, with "double" quotes and a comma',
        ),
        passage(
            first,
            caption.id,
            "Pictured",
            origin="suggestion",
            field_values=(("media context", "decontextualised"),),
        ),
        passage(second, claim.id, "=SUM(A1:A2) is what a careless export would run."),
        passage(second, quote.id, "The party 🎉 in Ærøskøbing", note="=1+1 is not a formula"),
        passage(second, opinion.id, "+44 20 7946 0000", note="-minus\ttab"),
        passage(second, caption.id, "A last line with a tab\there."),
    ]
    # An annotation whose words are gone from a newer version of its document.
    orphan = passage(second, opinion.id, "naïve and déjà vu", note="kept, not shown")
    annotations.append(
        replace(orphan, start=900, end=917, exact="words no longer here", orphaned=True)
    )
    for annotation in annotations:
        repository.add_annotation(annotation)
    return Library(repository, path, [first, second], annotations)


def content(repository: LibraryRepository) -> tuple[object, ...]:
    """Everything a library holds that an import could change, to compare before and after."""
    documents = tuple(
        (d.id, d.title, d.content_hash, d.text, d.blocks)
        for d in (repository.document(s.id) for s in repository.documents())
    )
    annotations = tuple(
        sorted(repr(a) for s in repository.documents() for a in repository.annotations(s.id))
    )
    tags = tuple(repository.tags())
    return documents, annotations, tags
