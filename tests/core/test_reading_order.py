"""The check that the store handed its passages over in reading order, and what a window works out
from a document's passages as it opens it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from factories import new_annotation
from readmark.core.model import Annotation
from readmark.core.opened_passages import OpenedPassages, in_reading_order, reading_order
from readmark.core.passage_sums import passage_sums

TEXT = "word " * 40
passages = st.builds(
    lambda start, length, minutes: replace(
        new_annotation(1, 1, start, start + length, TEXT),
        created_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes),
    ),
    st.integers(0, 5),  # few starts: many passages start together
    st.integers(1, 4),
    st.integers(0, 3),
)
coded = st.builds(
    lambda passage, coder, orphaned: replace(passage, coder=coder, orphaned=orphaned),
    passages,
    st.sampled_from(["ana", "ben"]),
    st.booleans(),
)


@given(st.lists(passages, max_size=12))
def test_in_reading_order_answers_as_comparing_every_neighbour_whole(
    annotations: list[Annotation],
) -> None:
    whole = all(reading_order(a) <= reading_order(b) for a, b in pairwise(annotations))
    assert in_reading_order(annotations) == whole
    assert in_reading_order(sorted(annotations, key=reading_order))


@given(st.lists(coded, max_size=12))
def test_opened_passages_hold_what_the_window_shows_of_them(
    annotations: list[Annotation],
) -> None:
    opened = OpenedPassages.of(annotations)

    assert opened.in_order == sorted(annotations, key=reading_order)
    assert sorted(opened.placed, key=reading_order) == [
        a for a in opened.in_order if not a.orphaned
    ]  # orphans have no place in the text
    assert opened.tag_counts == Counter(a.tag_id for a in annotations)
    assert opened.coder_counts == Counter(a.coder for a in annotations)
    assert opened.sums == passage_sums(annotations)
