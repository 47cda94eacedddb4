"""The panel's check that the store handed its passages over in reading order."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from factories import new_annotation
from readmark.core.model import Annotation
from readmark.ui.annotation_model import in_reading_order, reading_order

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


@given(st.lists(passages, max_size=12))
def test_in_reading_order_answers_as_comparing_every_neighbour_whole(
    annotations: list[Annotation],
) -> None:
    whole = all(reading_order(a) <= reading_order(b) for a, b in pairwise(annotations))
    assert in_reading_order(annotations) == whole
    assert in_reading_order(sorted(annotations, key=reading_order))
