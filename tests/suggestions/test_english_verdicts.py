"""Claims and opinions that turn on a kind of language rather than a cue word: an obligation or a
prediction inside a relative clause, which describes something rather than says what must be.
Sentences written for these tests, of the kinds four real tuning articles showed (a letter to the
editor, an editorial, a blog column, a theatre review; issue 26)."""

from __future__ import annotations

import pytest

from .test_stance import tagged


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # What must or needs to be, inside a relative clause, describes the thing it follows.
        ("The mayor read out 12 rules that every stallholder must follow.", "claim"),
        ("The charity runs a hostel for people who need to find work.", "claim"),
        ("The survey covered schools where pupils must walk more than a mile.", "claim"),
        # … in the main clause, it is the writer's demand.
        ("The council must listen to the families who live by the river.", "opinion"),
        ("Every stallholder should follow the 12 rules the mayor read out.", "opinion"),
    ],
)
def test_an_obligation_in_a_relative_clause_is_not_the_sentences_point(
    sentence: str, tag: str
) -> None:
    assert [found for found, _ in tagged(sentence)] == [tag]


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # A review telling the plot through characters and their players, in the present.
        ("Nora (Ellen Brack) and her sister Tess (Mai Ostrova) arrive at the farm.", None),
        ("In the second half the Captain (Paul Ferris) locks the crew below deck.", None),
        ("Meanwhile the Doctor (a nervy Tom Abel) hides the letter from his wife.", None),
        # A past verb makes it a record of the production; a judgement stays one.
        ("Nora (Ellen Brack) won the critics’ award for the part in 2019.", "claim"),
        ("Tess (Mai Ostrova) is superb, and the Captain (Paul Ferris) is dreadful.", "opinion"),
    ],
)
def test_a_plot_told_through_its_cast_is_not_a_claim(sentence: str, tag: str | None) -> None:
    assert [found for found, _ in tagged(sentence)] == ([tag] if tag else [])
