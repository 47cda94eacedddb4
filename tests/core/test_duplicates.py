"""The repeats check: its shortcuts never change an answer of the plain comparison."""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from hypothesis import example, given
from hypothesis import strategies as st

from readmark.core.duplicates import _FOLD, SIMILARITY, _alike, _comparable

WORDS = st.text(st.sampled_from("ab cd’“”—\u00a0éΣ"), max_size=60)


@st.composite
def near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a copy with a few characters changed, added or dropped (or another text)."""
    first = draw(WORDS)
    second = list(first)
    for _ in range(draw(st.integers(0, 4))):
        place = draw(st.integers(0, len(second)))
        change = draw(st.sampled_from(["insert", "delete", "replace"]))
        if change == "insert" or not second:
            second.insert(place, draw(st.sampled_from("ab’-")))
        elif change == "delete":
            del second[min(place, len(second) - 1)]
        else:
            second[min(place, len(second) - 1)] = draw(st.sampled_from("xy”"))
    return first, draw(st.one_of(st.just("".join(second)), WORDS))


@given(near_pairs())
@example(("a" * 23 + "b" * 2, "a" * 25))  # 2 * 23 / 50 = 0.92 exactly: alike
def test_alike_answers_as_the_plain_ratio(pair: tuple[str, str]) -> None:
    first, second = pair
    plain = bool(first) and bool(second)
    plain = plain and SequenceMatcher(None, first, second, autojunk=False).ratio() >= SIMILARITY
    assert _alike(first, second) == plain


@given(st.text())
def test_comparable_folds_as_a_translation_table_would(text: str) -> None:
    folded = unicodedata.normalize("NFKC", text).translate(str.maketrans(_FOLD))
    assert _comparable(text) == " ".join(folded.casefold().split())
