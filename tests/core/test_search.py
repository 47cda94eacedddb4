"""Finding words as a reader types them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.search import find_all

TEXT = "Putin’s war. PUTIN said: “putin's” — Putin-era policy; re-elected."


def test_any_case_and_any_quote_style() -> None:
    assert [TEXT[s:e] for s, e in find_all(TEXT, "putin's")] == ["Putin’s", "putin's"]
    assert len(find_all(TEXT, "putin")) == 4
    assert [TEXT[s:e] for s, e in find_all(TEXT, '"putin')] == ["“putin"]
    assert [TEXT[s:e] for s, e in find_all(TEXT, "re-elected")] == ["re-elected"]


def test_nothing_for_an_empty_query_and_regex_characters_are_literal() -> None:
    assert find_all(TEXT, "  ") == []
    assert find_all("a.b axb (c)", ".b") == [(1, 3)]
    assert find_all("a.b axb (c)", "(c)") == [(8, 11)]


@given(st.text(alphabet="abcAB '’-– x"), st.text(alphabet="abAB'-", min_size=1))
def test_matches_point_at_the_words(text: str, query: str) -> None:
    def fold(s: str) -> str:
        return s.lower().replace("’", "'").replace("–", "-")

    found = find_all(text, query)
    assert all(fold(text[start:end]) == fold(query) for start, end in found)
    expected = sum(fold(text[i : i + len(query)]) == fold(query) for i in range(len(text)))
    assert len(found) <= expected  # matches do not overlap, so some may be skipped
    assert (len(found) > 0) == (expected > 0)


def test_french_german_and_spanish_quotation_marks_answer_a_straight_quote() -> None:
    text = "Il a dit « oui » puis „ja“, »ja« et «sí», et ‹non›."
    assert [text[s:e] for s, e in find_all(text, '"oui"')] == ["« oui »"]
    assert [text[s:e] for s, e in find_all(text, '"ja"')] == ["„ja“", "»ja«"]
    assert [text[s:e] for s, e in find_all(text, '"sí"')] == ["«sí»"]
    assert [text[s:e] for s, e in find_all(text, "'non'")] == ["‹non›"]


def test_a_typed_space_finds_the_no_break_spaces_french_sets_before_punctuation() -> None:
    text = "Pourquoi\u202f? Parce que «\u00a0la loi\u00a0» le dit."
    assert [text[s:e] for s, e in find_all(text, "pourquoi ?")] == ["Pourquoi\u202f?"]
    assert [text[s:e] for s, e in find_all(text, '"la loi"')] == ["«\u00a0la loi\u00a0»"]
