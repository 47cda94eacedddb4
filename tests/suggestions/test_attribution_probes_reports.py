"""Probes of the attributions real court, press-conference and sports reports (Shields Gazette,
Press-Enterprise, Macleay Argus, Wigan Today) showed the rules missing, written for these tests
with invented names: a speech over paragraphs whose marks a page mixes. Scored the way the
evaluation scores speakers."""

from __future__ import annotations

import pytest

from .evaluate import speaker_right
from .test_attribution_probes import speakers

# Each body, and the speaker a reader credits its last quotation with.

# A speech over paragraphs that a page opens curly and reopens or closes straight, or the other
# way round, is one quotation.
MIXED_MARKS = {
    'Coach Ivo Brandt was pleased.\n\nHe said: “It was hard work.\n\n"We never stopped."': (
        "Ivo Brandt"
    ),
    'Captain Nils Fader said: "We were tired.\n\n“The bench won it for us.”': "Nils Fader",
    'Dora Vik added: “I am proud.\n\n“We had no luck.\n\n"Next year we go again."': "Dora Vik",
}

PROBES = MIXED_MARKS


@pytest.mark.parametrize(("body", "accepted"), PROBES.items())
def test_last_quotation_has_its_speaker(body: str, accepted: str) -> None:
    found = speakers(body)
    assert found and speaker_right(found[-1][1], accepted), f"{found} for {accepted!r}"


@pytest.mark.parametrize("body", MIXED_MARKS)
def test_a_speech_in_mixed_marks_is_one_quotation(body: str) -> None:
    (words, _), *more = speakers(body)
    assert not more and body.endswith(words) and words[1:].startswith(("It", "We", "I am")), words
