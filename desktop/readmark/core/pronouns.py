"""Whom "he", "she" and "they" stand for when they credit a quotation: the person the text
named last before it, as a reader takes them (see attribution.py)."""

from __future__ import annotations

import re

from readmark.core.speaker_phrases import PRONOUNS, SENTENCE_BOUNDARY, lone_names, people


def resolve(
    text: str,
    at: tuple[int, int],
    who: str,
    last_speaker: str,
    since: int,
    short_names: frozenset[str],
) -> str:
    """A pronoun (its sentence and its quotation starting `at`) stands for the person last named
    between `since` and its sentence ("Mr Reddy was unmoved. He called it “…”", "His daughter,
    who drove him in, is here. “…,” she says"), else the last speaker quoted, else the last
    person named, else the last word alone opening a sentence that names someone ("Lopez has a
    different view.")."""
    if who.lower() not in PRONOUNS:
        return who
    sentence, start = at
    named = people(text[since:sentence], short_names) if sentence > since else []
    if not named and last_speaker:
        return last_speaker
    if named:
        return _likeliest(text[since:sentence], named)
    named = people(text[:start], short_names) or lone_names(text[:start])
    return named[-1] if named else who


def _likeliest(passage: str, named: list[str]) -> str:
    """Of the people a passage names, the one a pronoun after it stands for: the subject of the
    last sentence that names anyone, where a name opens it ("Paul Abara met the mayor, Lisa
    Grant. “…,” he said"), else the last named."""
    last = passage.rfind(named[-1])
    opening = max((m.end() for m in SENTENCE_BOUNDARY.finditer(passage, 0, last)), default=0)
    sentence = passage[opening:].lstrip()
    opens = (name for name in named if re.match(rf"{re.escape(name)}(?![\w-])", sentence))
    return next(opens, named[-1])
