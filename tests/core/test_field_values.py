"""Field values: what each kind accepts, and their storage form read back unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readmark.core.fields import (
    DEFAULT_FIELDS,
    FIELD_KINDS,
    FieldError,
    FieldSpec,
    checked_value,
    decode_specs,
    decode_values,
    encode_specs,
    encode_values,
    fields_text,
    in_order,
    parse_fields_text,
    with_value,
)

VERDICT = DEFAULT_FIELDS["claim"][0]


@pytest.mark.parametrize(
    ("spec", "typed", "kept"),
    [
        (VERDICT, " mostly false ", "mostly false"),
        (FieldSpec("count", "number"), "3,50", "3.5"),
        (FieldSpec("when", "date"), "2024-02-29", "2024-02-29"),
        (
            FieldSpec("evidence", "link"),
            "https://example.org/a  passage:abc\nhttp://x.y",
            "https://example.org/a\npassage:abc\nhttp://x.y",
        ),
        (FieldSpec("speaker", "text"), "  Ms Okonkwo 🙂 ", "Ms Okonkwo 🙂"),
        (VERDICT, "   ", ""),
    ],
)
def test_a_value_is_kept_in_its_plain_form(spec: FieldSpec, typed: str, kept: str) -> None:
    assert checked_value(spec, typed) == kept


@pytest.mark.parametrize(
    ("spec", "typed", "reason"),
    [
        (VERDICT, "pants on fire", "verdict is one of true, mostly true"),
        (FieldSpec("count", "number"), "many", "count is a number"),
        (FieldSpec("when", "date"), "2023-02-29", "when is a date (YYYY-MM-DD)"),
        (FieldSpec("evidence", "link"), "example.org", "not “example.org”"),
    ],
)
def test_a_value_its_field_cannot_hold_is_refused_with_the_reason(
    spec: FieldSpec, typed: str, reason: str
) -> None:
    with pytest.raises(FieldError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        checked_value(spec, typed)


def test_setting_keeps_order_and_an_empty_value_removes_the_field() -> None:
    values = with_value(with_value((), "b", "2"), "a", "1")
    assert values == (("b", "2"), ("a", "1"))
    assert with_value(values, "b", "") == (("a", "1"),)
    assert in_order(values, (FieldSpec("a", "text"), FieldSpec("b", "text"))) == (
        ("a", "1"),
        ("b", "2"),
    )


names = st.text(min_size=1, max_size=20)
values = st.text(min_size=1, max_size=40).filter(str.strip)


@given(st.dictionaries(names, values, max_size=5))
def test_values_read_back_as_written(found: dict[str, str]) -> None:
    pairs = tuple(found.items())
    assert decode_values(encode_values(pairs)) == pairs


@given(st.lists(st.tuples(names, st.sampled_from(["text", "choice", "link"]), st.lists(names))))
def test_field_definitions_read_back_as_written(entries: list) -> None:
    specs = tuple(FieldSpec(n, k, tuple(c)) for n, k, c in entries)
    assert decode_specs(encode_specs(specs)) == specs


def test_values_another_program_garbled_are_read_as_none() -> None:
    assert decode_values("{not json") == ()
    assert decode_values("[1, 2]") == ()


words = (
    st.text(
        alphabet=st.characters(blacklist_characters=":,()\n\r", blacklist_categories=("Cs", "Cc")),
        min_size=1,
        max_size=12,
    )
    .map(str.strip)
    .filter(bool)
)


@given(
    st.lists(
        st.tuples(words, st.sampled_from(FIELD_KINDS), st.lists(words, min_size=1, max_size=4)),
        max_size=5,
        unique_by=lambda entry: entry[0],
    )
)
def test_the_codebook_editors_text_reads_back_as_the_fields(entries: list) -> None:
    specs = tuple(
        FieldSpec(name, kind, tuple(choices) if kind == "choice" else ())
        for name, kind, choices in entries
    )
    assert parse_fields_text(fields_text(specs)) == specs


def test_a_field_kept_by_name_keeps_its_description() -> None:
    [verdict] = parse_fields_text("verdict: choice (true, false)", DEFAULT_FIELDS["claim"])
    assert verdict.description == DEFAULT_FIELDS["claim"][0].description
    with pytest.raises(FieldError, match="already a field called"):
        parse_fields_text("a: text\na: link")
