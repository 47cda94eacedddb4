"""Search the Library: every match in the texts, then the notes that match, each with its
annotation; the notes read as plain rows, and only the matching ones as annotations."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import event

from factories import make_article, new_annotation
from readmark.services.documents import search_library
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.store.repository.search import SEARCHED_NOTES
from readmark.store.tables import AnnotationRow

TEXT = "Headline\n\nThe council’s budget rose.\n\nAnother paragraph about the council's plans."


def test_texts_then_notes_are_found_and_only_matching_notes_read_whole(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT, title="Budget story"))
    tag = repository.tags()[0].id
    for number in range(30):
        note = "ask the council’s press office" if number == 7 else f"note {number}"
        annotation = new_annotation(document.id, tag, 10 + number, 20 + number, TEXT)
        repository.add_annotation(replace(annotation, note=note))
    loaded: list[object] = []

    def load(row: object, _context: object) -> None:
        loaded.append(row)

    event.listen(AnnotationRow, "load", load)
    try:
        hits = search_library(repository, "council's")
    finally:
        event.remove(AnnotationRow, "load", load)

    assert [TEXT[h.start : h.end] for h in hits[:2]] == ["council’s", "council's"]
    assert all(h.annotation is None and h.document_title == "Budget story" for h in hits[:2])
    [noted] = hits[2:]
    assert noted.annotation is not None and noted.annotation.note.startswith("ask the")
    assert (noted.start, noted.end) == (17, 27)
    assert noted.context == "ask the council’s press office"
    assert len(loaded) == 1  # the one note that matched, not all thirty


def test_notes_are_found_in_reading_order_reading_only_the_noted_passages(
    isolated_paths: Path,
) -> None:
    # A search reads every note: from the index of noted passages it reads them in the text's
    # order, and never the rows of the passages without a note (four in five, in use).
    engine = open_library(isolated_paths)
    repository = LibraryRepository(engine)
    document, _ = repository.add_article(make_article(TEXT, title="Budget story"))
    tag = repository.tags()[0].id
    for start in (40, 12, 30, 12, 25):
        noted = replace(new_annotation(document.id, tag, start, start + 5, TEXT), note="budget")
        repository.add_annotation(noted)
        repository.add_annotation(new_annotation(document.id, tag, start + 1, start + 6, TEXT))

    hits = [hit for hit in search_library(repository, "budget") if hit.annotation]

    assert [hit.start for hit in hits] == [12, 12, 25, 30, 40]
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {SEARCHED_NOTES}", (document.id,))
        steps = [step[-1] for step in plan]
    assert steps == ["SEARCH annotations USING COVERING INDEX ix_annotations_notes (document_id=?)"]
    repository.dispose()
