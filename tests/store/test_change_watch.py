"""The library notices commits made through other connections (another program, a window)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import make_article, new_annotation
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository, shown_fingerprint


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


TEXT = "Ünïcode 👩‍🔬 notes and passages, sixty characters or so of text."


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    passages=st.lists(
        st.tuples(
            st.integers(0, 40),
            st.integers(0, 3),
            st.text(max_size=12),
            st.sampled_from(["ana", "Bő", "🦊"]),
            st.booleans(),
            st.sampled_from([(), (("verdict", "false"),), (("speaker", "Ōkubo 🙂"),)]),
        ),
        max_size=8,
    )
)
def test_a_documents_sums_in_the_store_equal_those_of_its_passages_as_a_window_holds_them(
    repository: LibraryRepository,
    passages: list[tuple[int, int, str, str, bool, tuple[tuple[str, str], ...]]],
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    tags = [tag.id for tag in repository.tags()]
    for start, tag, note, coder, orphaned, values in passages:
        annotation = new_annotation(document.id, tags[tag], start, start + 9, TEXT)
        repository.add_annotation(
            replace(annotation, note=note, coder=coder, orphaned=orphaned, field_values=values)
        )
    try:
        shown = repository.annotations(document.id, as_shown=True)
        assert repository.annotation_fingerprint(document.id) == shown_fingerprint(shown)
        ana = frozenset({"ana"})
        assert repository.annotation_fingerprint(document.id, ana) == shown_fingerprint(
            [a for a in shown if a.coder in ana]
        )
    finally:
        repository.remove_document(document.id)
