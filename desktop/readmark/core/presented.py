"""A paragraph of speech without marks that the paragraph before presents without a colon, by
what it is and whose ("These are her reasons.", "Here is Mr Lund's statement in full."): a block
quote of the one it belongs to (core/suggestions.py asks)."""

from __future__ import annotations

import re

from readmark.core.pronouns import resolve
from readmark.core.speaker_phrases import NAME

# What a speaker's words are called when they are presented.
_WORDS = (
    "words reasons statement letter message reply response answer explanation argument post note "
    "remarks speech comments testimony account appeal plea demands verdict"
)
_PRESENTS = re.compile(
    r"(?:These|Here|This|Below|Following)\s+(?:is|are)\s+"
    r"(?:(?:an?|some)\s+(?:excerpts?|extracts?|parts?)\s+(?:of|from)\s+)?"
    rf"(?:(?P<pronoun>his|her|their)|(?P<name>{NAME})[’']s)\s+(?:(?:full|own|complete)\s+)?"
    rf"(?:{'|'.join(_WORDS.split())})(?:\s+in\s+full)?\s*[.:]?\s*$"
)
_PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}


def presented_speaker(text: str, paragraph_start: int, paragraph_end: int) -> str:
    """Whose words the paragraph ending at `paragraph_end` presents, when its last sentence does;
    "" otherwise. "Her" stands for the one "she" would."""
    sentence = text.rfind(". ", paragraph_start, paragraph_end) + 2
    presents = _PRESENTS.search(text, max(sentence, paragraph_start), paragraph_end)
    if not presents:
        return ""
    if presents.group("name"):
        return presents.group("name")
    pronoun = _PRONOUN_OF[presents.group("pronoun")]
    at = (presents.start(), presents.start())
    return resolve(text, at, pronoun, "", paragraph_start, frozenset())
