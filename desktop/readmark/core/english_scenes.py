"""A scene or a plot told in the present ("A collie sleeps under the table", "Maeve climbs the
tower"): an action in the simple present by one person or thing the text follows, which no
record could check. News says what happened in the past; a habit or a state in the present
("The public pays for this", "A protected lane costs a fraction") is a claim. So, in the present,
is a plot placed inside its work ("In the novel, …") or a scene set by the clock ("By ten the
generators have fallen silent")."""

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


# A plot told inside its work: an opening frame that places it in the book, the film or the show
# ("In the novel, …", "In one scene, …", "At the end of each episode, …", "Over the course of the
# book, …"), or a story's "meanwhile", with a verb in the present.
_PLOT_FRAME = re.compile(
    r"^(?:In|At|Over|During|Throughout|By)\s+(?:the\s+|one\s+|its\s+|an?\s+|each\s+|every\s+|"
    r"his\s+|her\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:novel|book|film|movie|story|episode|scene|"
    r"series|season|show|chapter|act|sequel|play|opening|finale|climax|end)s?\b[^,]{0,40},"
    r"|,\s+meanwhile,"
)
_WORD = re.compile(r"[a-z]+")


_NUMBER = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# A scene set by the clock or by an occasion no record dates ("By seven o'clock", "By ten", "by
# half past", "On a grey Tuesday morning", "At dawn") and told in the present: what the writer
# watches happen, not an event to check (a time with a date or a past verb is a record).
_CLOCK_FRAME = re.compile(
    rf"(?:^|,\s+and\s+|\band\s+)(?i:by|at|until|around|just after|just before)\s+(?:{_NUMBER}"
    rf"(?:\s*o[’']clock)?|half past(?:\s+{_NUMBER})?|dawn|dusk|nightfall|sunrise|sunset|"
    r"midnight|midday|noon)\b"
    r"|^(?:On|In)\s+an?\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+day\s+)?(?:morning|afternoon|evening|night)\b"
)
_FUTURE = re.compile(r"\b(?:will|would|shall|tomorrow|tonight)\b|[’']ll\b")


def framed_scene(sentence: str) -> str:
    """The frame of a plot told inside its work or of a scene set by the clock, when what follows
    it is told in the present ("In the final season, the club was relegated" is a record), or
    ""."""
    frame = _PLOT_FRAME.search(sentence)
    if not frame and not _FUTURE.search(sentence):
        frame = _CLOCK_FRAME.search(sentence)
    if not frame:
        return ""
    tenses = {part_of_speech(w) for w in _WORD.findall(sentence[frame.end() :])}
    return "" if "VBD" in tenses else frame.group(0)


# A character given with the player in brackets, "Marlene (Sally Hughes)", "the Waitress (very
# efficient Alexandra Goodman)": a review telling the plot through its cast.
CAST = re.compile(
    r"\b[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*\s\((?:[a-z]+\s){0,2}[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+)+\)"
)


def cast_plot(sentence: str) -> str:
    """A plot a review tells in the present through characters and their players ("Isabella
    (Karianne Flaathen) and Pope Joan (Rhonda Aldrich) arrive"), or "": a past verb makes it a
    record of the production ("Marlene (Sally Hughes) won the award")."""
    cast = CAST.search(sentence)
    if not cast or "VBD" in {part_of_speech(w) for w in _WORD.findall(sentence)}:
        return ""
    return cast.group(0)
