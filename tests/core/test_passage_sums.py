"""A window's running sums over its passages stay equal to summing them afresh."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from factories import new_annotation
from readmark.core.model import Annotation
from readmark.core.passage_sums import PassageSums, passage_sums

TEXT = "Ελλάδα café 📈 " * 20
passages = st.builds(
    lambda start, length, tag, note, coder: replace(
        new_annotation(1, tag, start, start + length, TEXT), note=note, coder=coder
    ),
    st.integers(0, 200),
    st.integers(1, 40),
    st.integers(1, 4),
    st.text(max_size=8),
    st.sampled_from(["", "Ann", "Zoë"]),
)


@given(first=st.lists(passages, max_size=8), steps=st.lists(st.tuples(st.booleans(), passages)))
def test_added_and_removed_one_by_one_they_sum_as_a_fresh_count(
    first: list[Annotation], steps: list[tuple[bool, Annotation]]
) -> None:
    held = list(first)
    sums = PassageSums(passage_sums(held))
    for add, passage in steps:
        if add or not held:
            held.append(passage)
            sums.add(passage)
        else:
            sums.remove(held.pop(len(passage.note) % len(held)))
        assert sums.value() == passage_sums(held)
