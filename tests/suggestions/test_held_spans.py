"""Whether a span holds a passage, and whether a quotation opens after a lead-in's colon, found by
bisection and a set (near-linear in an article's length), is what asking every span says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.suggestions import _lead_in, _Spans

positions = st.integers(min_value=-5, max_value=200)
spans = st.lists(st.tuples(positions, positions), max_size=12)
shares = st.sampled_from([0.5, 1.0])  # the shares the suggester asks for


def held_by_one_span(start: int, end: int, spans: list[tuple[int, int]], share: float) -> bool:
    """The definition: compare the passage with each span."""
    length = max(1, end - start)
    return any(min(end, e) - max(start, s) >= share * length for s, e in spans)


@given(spans, positions, positions, shares)
def test_a_passage_is_held_as_every_span_says(
    taken: list[tuple[int, int]], start: int, end: int, share: float
) -> None:
    assert _Spans(taken).hold(start, end, share) == held_by_one_span(start, end, taken, share)


def quote_after_colon(sentence: str, start: int) -> int:
    colon = sentence.find(":")
    rest = sentence[colon + 1 :]
    return start + colon + 1 + len(rest) - len(rest.lstrip())


def lead_in_by_every_span(sentence: str, start: int, taken: list[tuple[int, int]]) -> str:
    """The definition: look for a span starting where the quotation after the colon would."""
    colon = sentence.find(":")
    if colon < 0 or not any(s == quote_after_colon(sentence, start) for s, _ in taken):
        return ""
    return sentence[: colon + 1] if len(sentence[:colon].split()) >= 8 else ""


# A lead-in of a few words to ten, a colon or none, then a quotation or more words.
sentences = st.builds(
    lambda words, colon, after: "word " * words + colon + after,
    st.integers(min_value=0, max_value=10),
    st.sampled_from(["", ":", " :", ":  "]),
    st.sampled_from(["", "“Yes.”", "\n“Yes.”", "more words: “Yes.”"]),
)


@given(sentences, positions, spans, st.booleans())
def test_a_lead_in_is_the_one_every_span_says(
    sentence: str, start: int, taken: list[tuple[int, int]], quoted: bool
) -> None:
    if quoted:  # a quotation where the lead-in hands over, as there usually is
        taken = [*taken, (quote_after_colon(sentence, start), start + len(sentence))]
    quotes_at = {s for s, _ in taken}
    assert _lead_in(sentence, start, quotes_at) == lead_in_by_every_span(sentence, start, taken)
