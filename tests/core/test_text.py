"""Offsets, blocks and trimming, including characters outside the Basic Multilingual Plane."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.anchoring import anchor_selection
from readmark.core.text import (
    Block,
    BlockIndex,
    Utf16Map,
    line_starts,
    split_blocks,
    trim_span,
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
