"""A scene or a plot told in the present ("A collie sleeps under the table", "Maeve climbs the
tower"): an action in the simple present by one person or thing the text follows, which no
record could check. News says what happened in the past; a habit or a state in the present
("The public pays for this", "A protected lane costs a fraction") is a claim."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import part_of_speech
from readmark.core.english_stance_words import STATIVE_VERBS

# The subject one follows: a pronoun, a name, or an indefinite or possessive noun phrase ("A
# teenager in a paper hat", "his grandmother"), after an opening adverbial ("In the final act,")
# and before an apposition (", a marine biologist in her thirties,").
_SCENE = re.compile(
    r"^(?:[A-Z][a-z]*(?:\s[\w’'-]+){0,5},\s+)?"
    r"(?P<subject>She|He|(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)|"
    r"(?i:an?|his|her|their)\s[a-z]+(?:\s(?:in|with|from|at|on)\s(?:an?|the|his|her)\s"
    r"(?:[a-z]+\s)?[a-z]+)?)"
    r"(?:,[^,]+,)?\s(?P<verb>[a-z]+s)\b(?!\s(?:been|not)\b)"
)


# What the tagger's lexicon gives a name, or a name that is also a noun ("Rose", "Grant").
_NAMES = {"", "NNP", "NN"}


def scene(sentence: str) -> str:
    """The words telling an action in the scene, or "" for any other sentence."""
    match = _SCENE.match(sentence)
    if not match or match.group("verb") in STATIVE_VERBS:
        return ""
    first = (match.group("name") or "").split()[:1]
    if first and {part_of_speech(first[0]), part_of_speech(first[0].lower())} - _NAMES:
        return ""  # "The", "Every" or "Parked", not a name
    return match.group(0)
