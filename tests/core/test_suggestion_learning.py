"""The suggester's record of the reader's decisions, per kind of evidence."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.suggestion_learning import Tally, cue_of, decode, encode, recorded


def test_a_cue_names_the_evidence_not_the_words_it_matched() -> None:
    assert cue_of("opinion", "hedge: 'may'") == "opinion · hedge"
    assert cue_of("quote", "direct speech in quotation marks; speaker: Kim") == (
        "quote · direct speech in quotation marks"
    )
    assert cue_of("opinion", "evaluative: 'dire' (subjectivity lexicon)") == "opinion · evaluative"


def test_a_cue_is_held_back_after_three_rejections_that_outweigh_what_was_kept() -> None:
    tallies = recorded({}, ["opinion · hedge"] * 2, kept=False)
    assert not tallies["opinion · hedge"].held_back
    tallies = recorded(tallies, ["opinion · hedge"], kept=False)
    assert tallies["opinion · hedge"].held_back
    assert not Tally(kept=2, rejected=5).held_back and Tally(kept=2, rejected=6).held_back


@given(st.dictionaries(st.text(), st.tuples(st.integers(0, 99), st.integers(0, 99))))
def test_tallies_survive_storing(raw: dict[str, tuple[int, int]]) -> None:
    tallies = {cue: Tally(*counts) for cue, counts in raw.items()}
    assert decode(encode(tallies)) == tallies


def test_an_unreadable_record_counts_as_none() -> None:
    assert decode("not json") == {} and decode('{"a": 3}') == {} and decode(None) == {}
