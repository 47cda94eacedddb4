"""Offsets, blocks and trimming, including characters outside the Basic Multilingual Plane."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readmark.core.anchoring import anchor_selection
from readmark.core.text import (
    Block,
    BlockIndex,
    Utf16Map,
    is_right_to_left,
    line_starts,
    split_blocks,
    trim_span,
    widen_to_words,
)

# Text rich in astral characters (emoji, CJK extension B, maths letters) among ordinary ones.
astral_text = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF, exclude_categories=("Cs",)),
        st.characters(exclude_categories=("Cs",)),
    )
)


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@given(astral_text, st.data())
def test_utf16_map_agrees_with_the_codec(text: str, data: st.DataObject) -> None:
    mapping = Utf16Map(text)
    offset = data.draw(st.integers(0, len(text)))
    position = utf16_units(text[:offset])
    assert mapping.to_utf16(offset) == position
    assert mapping.from_utf16(position) == offset
    assert mapping.utf16_length == utf16_units(text)


def test_a_position_inside_a_surrogate_pair_rounds_down_to_the_character() -> None:
    mapping = Utf16Map("a😀b")
    assert [mapping.from_utf16(p) for p in range(5)] == [0, 1, 1, 2, 3]


def test_blocks_title_and_paragraphs() -> None:
    text = "Headline\n\nOne line.\nSame paragraph.\n\n\nTwo."
    assert split_blocks(text) == [
        Block("title", 0, 8),
        Block("paragraph", 10, 35),
        Block("paragraph", 38, 42),
    ]


def test_a_long_or_lone_first_line_is_not_a_title() -> None:
    assert split_blocks("Only one line")[0].kind == "paragraph"
    assert split_blocks("x" * 300 + "\n\nbody")[0].kind == "paragraph"


def test_paragraph_numbers_count_body_paragraphs_from_one() -> None:
    text = "Headline\n\nFirst.\n\nSecond."
    blocks = BlockIndex(split_blocks(text))
    assert [blocks.paragraph_number(text.index(w)) for w in ("Head", "First", "Second")] == [
        0,
        1,
        2,
    ]
    untitled = BlockIndex(split_blocks("First.\nstill first\n\nSecond."))
    assert untitled.paragraph_number(0) == 1 and untitled.paragraph_number(22) == 2
    assert untitled.block_at(22) == Block("paragraph", 20, 27)


def test_line_starts_are_qt_block_starts() -> None:
    assert line_starts("ab\n\ncd\n") == [0, 3, 4, 7]


@given(st.text(), st.integers(-5, 200), st.integers(-5, 200))
def test_trimmed_span_lies_inside_and_has_no_outer_whitespace(text: str, a: int, b: int) -> None:
    start, end = trim_span(text, min(a, b), max(a, b))
    assert 0 <= start <= end <= len(text)
    if start < end:
        assert not text[start].isspace() and not text[end - 1].isspace()


def test_selection_anchor_is_trimmed_and_carries_context() -> None:
    text = "He said:  ‘We will win.’ \n Then left."
    anchor = anchor_selection(text, text.index("‘") - 2, text.index("’") + 3)
    assert anchor is not None
    assert anchor.exact == "‘We will win.’"
    assert anchor.prefix == "He said:  " and anchor.suffix.startswith(" \n Then")


def test_a_whitespace_only_selection_gives_no_anchor() -> None:
    assert anchor_selection("a   b", 1, 4) is None


# Words of letters, digits, joiners and emoji, separated by spaces, punctuation and paragraphs.
wordy_text = st.lists(
    st.one_of(
        st.sampled_from(["fatal", "Mary", "don't", "well-known", "café", "cafe\u0301", "42"]),
        st.sampled_from([" ", ".", "\n\n", '"', "😀", "𝐀𝐁", " — "]),
        astral_text.filter(lambda t: len(t) < 4),
    ),
    max_size=12,
).map("".join)


@given(wordy_text, st.data())
def test_a_selection_widened_to_words_keeps_what_was_chosen_and_cuts_no_word(
    text: str, data: st.DataObject
) -> None:
    a, b = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=2)))
    start, end = widen_to_words(text, a, b)
    assert start <= a <= b <= end
    assert widen_to_words(text, start, end) == (start, end)  # already whole words
    picked = text[a:b]
    if picked and all(c.isalnum() or unicodedata.category(c) == "Mn" for c in picked):
        assert (start, end) == (a, b)  # letters within one word stay exact
    elif (start, end) != (a, b):
        # Each end moved only across letters, and stops where a word does.
        for grown in (text[start:a], text[b:end]):
            assert all(not c.isspace() and c not in '."😀' for c in grown)
        utf16 = Utf16Map(text)
        assert utf16.from_utf16(utf16.to_utf16(start)) == start
        assert utf16.from_utf16(utf16.to_utf16(end)) == end


def test_a_drag_that_ends_mid_word_takes_the_whole_word() -> None:
    text = 'It was fatal.\n\n"Mary said so, 😀don\'t you 𝐀𝐁𝐂."'
    start, end = widen_to_words(text, text.index("tal"), text.index("Mary") + 2)
    assert text[start:end] == 'fatal.\n\n"Mary'
    start, end = widen_to_words(text, text.index("on't"), text.index("𝐁"))
    assert text[start:end] == "don't you 𝐀𝐁𝐂"
    assert widen_to_words(text, 9, 11) == (9, 11)  # inside "fatal": letters picked exactly


@pytest.mark.parametrize(
    ("text", "right_to_left"),
    [
        ("صوّت المجلس على إغلاق المكتبة.", True),
        ("המועצה הצביעה לסגור את הספרייה.", True),
        ("The council voted to close the library.", False),
        ("The council said «نعم» to the library, and then closed it.", False),
        ("مجلس المدينة: the Council, 2024", True),
        ("2024 — 42 %", False),
        ("", False),
    ],
)
def test_a_text_is_right_to_left_where_most_of_its_letters_are(
    text: str, right_to_left: bool
) -> None:
    assert is_right_to_left(text) is right_to_left
