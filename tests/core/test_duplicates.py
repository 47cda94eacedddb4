"""The repeats check: its shortcuts never change an answer of the plain comparison."""

from __future__ import annotations

import random
import unicodedata
from difflib import SequenceMatcher

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from readmark.core import duplicates
from readmark.core.duplicates import (
    _FOLD,
    SIMILARITY,
    _alike_in_steps,
    _common_subsequence,
    _comparable,
    _ratio_in_steps,
    near_duplicates_in_steps,
)
from readmark.core.steps import run_to_end
from readmark.core.text import split_blocks

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
    assert run_to_end(_alike_in_steps(first, second)) == plain


@given(st.text())
def test_comparable_folds_as_a_translation_table_would(text: str) -> None:
    folded = unicodedata.normalize("NFKC", text).translate(str.maketrans(_FOLD))
    assert _comparable(text) == " ".join(folded.casefold().split())


@given(st.text(st.sampled_from("abc d\u00e9😀"), min_size=1, max_size=300), st.text(max_size=300))
@example("a" * 40 + "b" * 3, "b" * 3 + "a" * 40)
def test_the_ratio_in_steps_is_the_matchers_ratio(first: str, second: str) -> None:
    second = first[: len(second)] + second  # often a shared stretch, as repeats have
    expected = SequenceMatcher(None, first, second, autojunk=False).ratio()
    assert run_to_end(_ratio_in_steps(first, second)) == expected


def paragraph(words: random.Random) -> str:
    """A long paragraph of the few words a dull report uses: alike by every cheap bound."""
    vocabulary = [
        "the",
        "market",
        "report",
        "growth",
        "spring",
        "station",
        "said",
        "year",
        "study",
        "of",
        "in",
    ]
    return " ".join(words.choice(vocabulary) for _ in range(220))


def test_two_long_paragraphs_of_the_same_few_words_are_told_apart_without_the_matcher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Alike by every other bound: the matcher's first search over them took 20 ms in one step.
    words = random.Random(7)
    first, second = paragraph(words), paragraph(words)

    def no_matcher(*_: object, **__: object) -> None:
        raise AssertionError("the matcher was asked")

    monkeypatch.setattr(duplicates, "SequenceMatcher", no_matcher)
    assert run_to_end(_alike_in_steps(first, second)) is False


def test_a_repeated_long_paragraph_is_found_between_pauses() -> None:
    said = paragraph(random.Random(8))
    said_again = said.replace(" market ", " markets ", 3)  # as a second scrape has it
    text = "\n\n".join(["Title", said, paragraph(random.Random(9)), said_again])
    blocks = split_blocks(text)

    assert run_to_end(near_duplicates_in_steps(text, blocks)) == [3]  # two blocks back


def longest_common_subsequence(a: str, b: str) -> int:
    """The textbook table, row by row."""
    above = [0] * (len(b) + 1)
    for character in a:
        row = [0]
        for at, other in enumerate(b):
            row.append(above[at] + 1 if character == other else max(above[at + 1], row[at]))
        above = row
    return above[-1]


@given(
    st.text(st.sampled_from("ab c😀é"), max_size=80),
    st.text(st.sampled_from("ab c😀x"), max_size=80),
)
def test_the_bit_parallel_common_subsequence_is_the_tables(first: str, second: str) -> None:
    assert _common_subsequence(first, second) == longest_common_subsequence(first, second)
