"""The people a text names: full names, names in apposition to a role, the short names of
people named so, and subjects a relative "who" shows to be people; and the surnames used alone
that open its sentences."""

from __future__ import annotations

import re
from bisect import bisect_right

from readmark.core.english_lexicon import part_of_speech
from readmark.core.speaker_phrases import (
    JOINED_ARTICLE,
    NAME_WORD,
    NOT_ABBREVIATED,
    TITLE,
    UPPER,
)
from readmark.core.speaker_words import NOT_FIRST_NAMES, POSSESSIVES

# A surname's capitalised word, a capital inside it after a prefix too ("McMullen", "DeWine").
_SURNAME = rf"(?:Mc|Mac|De|Di|Du|La|Le)?[{UPPER}][a-zß-ÿ’'-]+"
# What may stand between the words of a name: a particle ("Mohammed bin Salman", "Ursula von der
# Leyen") or an initial ("George W. Bush").
_LINK = rf"\s(?:(?:bin|ibn|bint|al|von|van)\s(?:(?:der|den)\s)?|[{UPPER}]\.\s)?"
# A person's name: capitalised words, up to five with a role's ("Prime Minister John Key"), not
# the word opening a sentence ("For Dev Patel, …"), nor
# a place before a title ("Massachusetts Gov. Maura Healey": the name is "Gov. Maura Healey").
_FULL_NAME = re.compile(
    rf"\b(?!(?i:{'|'.join(sorted(NOT_FIRST_NAMES))})\s)(?:{TITLE}\s)?"
    rf"[{UPPER}][a-zß-ÿ’'-]+(?:{_LINK}{JOINED_ARTICLE}?{_SURNAME}){{1,4}}"
    rf"\b(?:{NOT_ABBREVIATED}|(?!\.))"
)

# A word alone opening a sentence, before a lowercase word or an age: "Lopez has a different
# view.", "Okafor, 61, has lived here".
_SENTENCE_OPENING_WORD = re.compile(
    rf"(?:^|[.!?]\s+)([{UPPER}][a-zß-ÿ’'-]+)(?=\s+[a-z]|,\s+\d)", re.MULTILINE
)


def lone_names(text: str) -> list[str]:
    """Words alone opening sentences of `text` that the English lexicon does not know in lower
    case, in order: surnames used alone ("Lopez", "Kowalski"), places too."""
    return [
        m.group(1)
        for m in _SENTENCE_OPENING_WORD.finditer(text)
        if m.group(1).lower() not in NOT_FIRST_NAMES and not part_of_speech(m.group(1).lower())
    ]


# A subject a relative "who" shows to be a person: "His daughter, who drove him in, …".
_SUBJECT_WHO = re.compile(
    r"\b(?:His|Her|Their|A|An|The|One|Another)\s(?:[\w’'-]+\s){0,3}?[\w’'-]+(?=,?\s+who\b)"
)
# A name in apposition to a role, a first name alone too: "the father, Gideon, refuses".
_NAME_AFTER_ROLE = re.compile(
    rf"\b(?i:the|a|an|his|her|their|its|{'|'.join(POSSESSIVES)})\s(?:[\w’'-]+\s){{0,3}}?"
    rf"[a-zäöüA-ZÄÖÜ][\w-]*,\s"
    rf"((?:{NAME_WORD}\s)*[{UPPER}][a-zß-ÿ-]+),"
)
# A surname alone before a role in apposition: "Kowalski, the club's manager, was furious",
# "Sofia, an 11-year-old girl who …".
_NAME_BEFORE_ROLE = re.compile(
    rf"\b([{UPPER}][a-zß-ÿ’'-]+),\s(?:the|a|an|his|her|their|its)\s(?:[\w’'-]+\s){{0,3}}?"
    rf"[a-z][\w’'-]*(?:,|\s+who\b)"
)
# Capitalised words after an article, a possessive or a preposition of place name a place or a
# body, not a person ("the Reading Trust", "the company's Linden Court home", "on Bridge Street"),
# and so do those after "of X and" ("Department of Health and Human Services").
_AFTER_ARTICLE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|on|in|at|near|along)|[’']s|\bof\s[{UPPER}][a-z]+\sand)\s$"
)
_CAPITALISED = re.compile(rf"\b[{UPPER}][a-zß-ÿ-]+\b")
_POSSESSIVE = re.compile(r"[’']s$")


def people(text: str, short_names: frozenset[str] = frozenset()) -> list[str]:
    """The people `text` names, in order: full names and names in apposition to a role (a surname
    too, before its role), the short names (a surname, a first name) of people named so, and
    subjects shown to be people by "who"; not capitalised words after an article or a possessive
    ("the Reading Trust")."""
    # Capitalised words in a row: people, places, bodies. A loop, not list(): between matches
    # the interpreter can go to another thread (the window's, when a worker suggests).
    runs = [run for run in _FULL_NAME.finditer(text)]
    named = dict(
        _person_after_title(text, m)
        for m in runs
        if not _AFTER_ARTICLE.search(text, max(0, m.start() - 24), m.start())
    )
    named |= {m.start(1): m.group(1) for m in _NAME_AFTER_ROLE.finditer(text)}
    named |= {
        m.start(1): m.group(1)
        for m in _NAME_BEFORE_ROLE.finditer(text)
        if not _AFTER_ARTICLE.search(text, max(0, m.start() - 24), m.start())
    }
    found = {at: _POSSESSIVE.sub("", name) for at, name in named.items()}
    starts = [m.start() for m in runs]

    def in_a_run(at: int) -> bool:
        before = bisect_right(starts, at) - 1
        return before >= 0 and at < runs[before].end()

    found |= {
        m.start(): m.group(0)
        for m in _CAPITALISED.finditer(text)
        if m.group(0) in short_names and not in_a_run(m.start())
    }
    found |= {m.start(): m.group(0) for m in _SUBJECT_WHO.finditer(text)}
    return [found[at] for at in sorted(found)]


# A title "of" a body before a run of capitalised words: "Secretary of State Mike Pompeo".
_TITLE_OF = re.compile(rf"[{UPPER}][\w-]*\s+of\s+$")


def _person_after_title(text: str, run: re.Match[str]) -> tuple[int, str]:
    """Where a run of capitalised words begins and what it says, the body a title is "of" left
    out ("Secretary of State Mike Pompeo" names "Mike Pompeo", not "State Mike Pompeo"): the last
    two words, a first name and a surname, where three or more follow a title's "of"."""
    words = run.group(0).split()
    if len(words) < 3 or not _TITLE_OF.search(text, max(0, run.start() - 30), run.start()):
        return run.start(), run.group(0)
    person = " ".join(words[-2:])
    return run.start() + run.group(0).rindex(person), person
