"""A paragraph of speech without marks that the paragraph before presents without a colon, by
what it is and whose ("These are her reasons.", "Here is Mr Lund's statement in full."): a block
quote of the one it belongs to (core/suggestions.py asks)."""

from __future__ import annotations

import re

from readmark.core.named_people import people
from readmark.core.pronouns import resolve
from readmark.core.speaker_phrases import NAME, subject_after

# What a speaker's words are called when they are presented.
_WORDS = (
    "words reasons statement letter message reply response answer explanation argument post note "
    "remarks speech comments testimony account appeal plea demands verdict advice warning tweet "
    "email"
)
WORD_OF_SPEECH = f"(?:{'|'.join(_WORDS.split())})"
_PRESENTS = re.compile(
    r"(?:These|Here|This|Below|Following)\s+(?:is|are)\s+"
    r"(?:(?:an?|some)\s+(?:excerpts?|extracts?|parts?)\s+(?:of|from)\s+)?"
    rf"(?:(?P<pronoun>his|her|their)|(?P<name>{NAME})[’']s)\s+(?:(?:full|own|complete)\s+)?"
    rf"{WORD_OF_SPEECH}(?:\s+in\s+full)?\s*[.:]?\s*$"
)
PRONOUN_OF = {"his": "he", "her": "she", "their": "they"}


def presented_speaker(text: str, paragraph_start: int, paragraph_end: int) -> str:
    """Whose words the paragraph ending at `paragraph_end` presents, when its last sentence does;
    "" otherwise. "Her" stands for the one "she" would."""
    sentence = text.rfind(". ", paragraph_start, paragraph_end) + 2
    presents = _PRESENTS.search(text, max(sentence, paragraph_start), paragraph_end)
    if not presents:
        return ""
    if presents.group("name"):
        return presents.group("name")
    pronoun = PRONOUN_OF[presents.group("pronoun")]
    return resolve(text, presents.start(), pronoun, "", paragraph_start, frozenset())


# Whose words a lead-in ending in a colon names as its subject: "Ana Lim’s answer is simple:",
# "Her message:", "The message from the mayor was clear:", "For Ana Lim, the answer is:".
_OWNED_WORDS = re.compile(
    rf"^(?:(?P<name>{NAME})[’']s|(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)"
    r"|(?P<role>(?:The|the)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*)[’']s(?=\s)|(?:The|the|A|a)"
    rf"(?=\s+(?:\w+\s+)?{WORD_OF_SPEECH}\s+(?:from|of|by)\s))"
    rf"\s+(?:\w+\s+)?{WORD_OF_SPEECH}\b(?:\s+(?:from|of|by)\s+(?P<source>[^,:;]+?)(?=\s+(?:is|was|are|were)\b|$))?"
    rf"|^For\s+(?P<view>{NAME}),"
)


def owner_of_words(lead_in: str) -> str:
    """The one whose words the lead-in of a quotation names as its subject (a pronoun for whom
    it stands to be found); "" when it names none."""
    owned = _OWNED_WORDS.search(lead_in.strip())
    if not owned:
        return ""
    if owned.group("pronoun"):
        return PRONOUN_OF[owned.group("pronoun").lower()]
    if owned.group("view"):  # a person's, not "For Christmas,"
        return next(iter(people(owned.group("view"))), "")
    source = owned.group("source")
    owner = owned.group("name") or owned.group("role")  # "The mayor's response was"
    return owner or (subject_after(source) if source else "")


# Whose view a sentence gives in passing: "The plan, in her view, was “a disaster”".
_IN_THEIR_VIEW = re.compile(r"\b[Ii]n\s+(his|her|their)\s+(?:view|words|opinion|eyes)\b")


def owner_before_quotation(before: str) -> str:
    """Whose words a sentence credits before its quotation without a verb of speech: the one "in
    her view" stands for, or the owner of the words it opens with before "is" or "was" ("The
    mayor's response was “Absolutely not.”"); "" when none."""
    view = _IN_THEIR_VIEW.search(before)
    if view:
        return PRONOUN_OF[view.group(1).lower()]
    if re.search(r"\b(?:is|was|are|were)\s*$", before):
        return owner_of_words(before)
    return ""
