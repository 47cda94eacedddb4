"""Whether a sentence is the quotation's, found by bisection over the quotations (near-linear
in an article's length), is what comparing it with every quotation says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.suggestions import _Coverage, _quoted

positions = st.integers(min_value=-5, max_value=200)
spans = st.lists(st.tuples(positions, positions), max_size=12)


def quoted_by_every_span(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """The definition: compare the sentence with each span."""
    opens = any(s <= start + 1 < e for s, e in taken)
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in taken)
    return opens or inside * 2 >= end - start


@given(spans, positions, positions)
def test_a_sentence_is_quoted_as_every_span_says(
    taken: list[tuple[int, int]], start: int, end: int
) -> None:
    assert _quoted(start, end, _Coverage(taken)) == quoted_by_every_span(start, end, taken)


@given(spans, positions, positions)
def test_the_overlaps_summed_are_those_of_every_span(
    taken: list[tuple[int, int]], start: int, end: int
) -> None:
    covered = _Coverage(taken)
    assert covered.within(start, end) == sum(max(0, min(end, e) - max(start, s)) for s, e in taken)
    assert covered.at(start) == sum(s <= start < e for s, e in taken)
