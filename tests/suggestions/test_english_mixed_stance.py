"""Claims and opinions where an editorial, a news analysis or a review mixes them: the writer's
feeling, certainty or taste, what someone holds a thing to be, a thing cut down to what the writer
sees in it; and a count ("his third attempt"), which stays a record. Sentences written for these
tests, of the kinds three real tuning articles of those kinds showed (an editorial, an election
analysis, a film review)."""

from __future__ import annotations

import pytest

from .test_stance import tagged


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # The writer unsure, or liking something, in the present or the past.
        ("The school board met twice, and we’re not sure why.", "judgement: 'and we’re not sure'"),
        ("I am not convinced by the new timetable at all.", "judgement: 'am not convinced'"),
        ("Despite the reviews, I largely enjoyed the second season.", "first person"),
        ("We admired the volunteers who kept the museum open.", "first person"),
        ("On the whole, we liked the new layout of the market.", "first person"),
        # What someone holds a thing to be.
        ("Many fans consider it the band’s weakest album.", "view credited to someone"),
        ("Local anglers considered them a nuisance on the river.", "view credited to someone"),
        # A thing cut down to what the writer sees in it.
        ("The new parking charge is nothing but a tax on shoppers.", "judgement: 'is nothing but'"),
        ("The summit was little more than a photo opportunity.", "judgement: 'was little more"),
    ],
)
def test_feelings_tastes_and_held_views_are_opinions(sentence: str, reason: str) -> None:
    [(tag, shown)] = tagged(sentence)
    assert (tag, shown[: len(reason)]) == ("opinion", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        # A count is a record, whatever it counts.
        "This is his third attempt at the seat.",
        "It was the second closure of the plant this year.",
        # A council or a court that will consider something on a date.
        "The planning committee will consider it at its meeting on 4 March.",
    ],
)
def test_counts_and_scheduled_considerations_stay_claims(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]
