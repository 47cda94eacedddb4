"""The repository on a real temporary library: what is stored is what comes back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import make_article, new_annotation
from readmark.core.text import storable
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository, NotFoundError

TEXT = "Headline\n\nFirst paragraph says 😀 something.\n\nSecond paragraph quotes ‘a man’."


def test_new_library_has_the_four_default_tags_in_order(repository: LibraryRepository) -> None:
    assert [t.name for t in repository.tags()] == ["claim", "opinion", "caption", "quote"]
    assert [t.shortcut for t in repository.tags()] == ["1", "2", "3", "4"]


def test_adding_the_same_text_twice_returns_the_first_document(
    repository: LibraryRepository,
) -> None:
    first, created = repository.add_article(make_article(TEXT))
    again, created_again = repository.add_article(make_article(TEXT, title="Other"))
    assert created and not created_again
    assert again.id == first.id and again.title == "A title"
    assert len(repository.documents()) == 1


def test_annotation_round_trips_with_offsets_and_aware_times(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim = repository.tags()[0]
    start = TEXT.index("says")
    stored = repository.add_annotation(
        new_annotation(document.id, claim.id, start, start + 12, TEXT)
    )
    [loaded] = repository.annotations(document.id)
    assert loaded == stored
    assert loaded.exact == "says 😀 somet"
    assert loaded.created_at.tzinfo is not None


def test_annotations_come_in_reading_order_outer_before_nested(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    tag = repository.tags()[0].id
    later = repository.add_annotation(new_annotation(document.id, tag, 40, 50, TEXT))
    inner = repository.add_annotation(new_annotation(document.id, tag, 12, 20, TEXT))
    outer = repository.add_annotation(new_annotation(document.id, tag, 12, 30, TEXT))
    assert [a.id for a in repository.annotations(document.id)] == [outer.id, inner.id, later.id]


def test_annotations_share_one_string_per_coder(repository: LibraryRepository) -> None:
    # A document's annotations are mostly one or two people's: one name each, not one a row.
    document, _ = repository.add_article(make_article(TEXT))
    tag = repository.tags()[0].id
    for start in (0, 12, 40):
        made = new_annotation(document.id, tag, start, start + 8, TEXT)
        repository.add_annotation(replace(made, coder="".join(["Ana ", "Lima"])))
    first, *others = repository.annotations(document.id)
    assert first.coder == "Ana Lima"
    assert all(other.coder is first.coder for other in others)


def test_retag_and_note_return_before_and_after(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim, opinion = repository.tags()[:2]
    added = repository.add_annotation(new_annotation(document.id, claim.id, 0, 8, TEXT))
    before, after = repository.set_tag(added.id, opinion.id)
    assert (before.tag_id, after.tag_id) == (claim.id, opinion.id)
    _, noted = repository.set_note(added.id, "check the source")
    assert repository.annotations(document.id) == [noted]
    assert noted.note == "check the source" and noted.tag_id == opinion.id


def test_removing_a_missing_annotation_says_so(repository: LibraryRepository) -> None:
    with pytest.raises(NotFoundError, match="no longer in the library"):
        repository.remove_annotation("nope")


def test_annotation_of_unknown_tag_is_refused_and_nothing_is_stored(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    with pytest.raises(Exception, match="FOREIGN KEY"):
        repository.add_annotation(new_annotation(document.id, 999, 0, 8, TEXT))
    assert repository.annotations(document.id) == []


def test_documents_list_counts_annotations(repository: LibraryRepository) -> None:
    repository.add_article(make_article(TEXT, title="A"))
    b, _ = repository.add_article(make_article(TEXT + " more", title="B"))
    tag = repository.tags()[0].id
    repository.add_annotation(new_annotation(b.id, tag, 0, 8, TEXT))
    assert [(d.title, d.annotation_count) for d in repository.documents()] == [("A", 0), ("B", 1)]


def test_export_rows_number_paragraphs_after_the_title(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    tag = repository.tags()[3]
    start = TEXT.index("‘a man’")
    repository.add_annotation(new_annotation(document.id, tag.id, start, start + 7, TEXT))
    repository.add_annotation(new_annotation(document.id, tag.id, 0, 8, TEXT))
    rows = list(repository.export_rows(document.id))
    assert [(r.passage, r.paragraph, r.tag) for r in rows] == [
        ("Headline", 0, "quote"),
        ("‘a man’", 2, "quote"),
    ]


def test_settings_and_reading_position_persist_across_reopen(isolated_paths) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    document, _ = repository.add_article(make_article(TEXT))
    repository.set_setting("last_document_id", str(document.id))
    repository.set_reading_position(document.id, 42)
    reopened = LibraryRepository(open_library(isolated_paths))
    assert reopened.setting("last_document_id") == str(document.id)
    assert reopened.document(document.id).reading_position == 42


@settings(max_examples=40)
@given(passage=st.text(min_size=1), note=st.text())
def test_any_unicode_passage_and_note_is_stored_exactly(
    tmp_path_factory: pytest.TempPathFactory, passage: str, note: str
) -> None:
    repository = LibraryRepository(open_library(tmp_path_factory.mktemp("lib") / "l.sqlite3"))
    text = f"Title\n\n{passage}"
    document, _ = repository.add_article(make_article(text))
    added = repository.add_annotation(
        new_annotation(document.id, repository.tags()[0].id, 7, len(text), text)
    )
    repository.set_note(added.id, note)
    [loaded] = repository.annotations(document.id)
    assert (loaded.exact, loaded.note) == (passage, storable(note))  # NUL cannot be shown
