"""Turns of reported speech that hide whose words a quotation carries: a pronoun reported by
someone else ("Netanyahu's office said he told …"), a surname spelt like a verb of speech
("“…,” Said told Global Voices.")."""

from __future__ import annotations

import re

from readmark.core.speaker_phrases import subject_before
from readmark.core.speaker_words import PRONOUNS
from readmark.core.speech_verbs import SPEECH_VERB


def reporting_subject(opening: str, pronoun: str) -> str:
    """Who reports a pronoun's words, the pronoun standing for them or for the one they speak
    for: "Netanyahu's office said he told the U.S. president that Israel would “…”", "Lee said
    she had warned them"; "" for any other subject."""
    if pronoun.lower() not in ("he", "she", "they"):
        return ""
    reported = re.compile(rf"\s+(?:that\s+)?{pronoun}\s+(?:(?:had|has|have)\s+)?$")
    for verb in reversed(list(SPEECH_VERB.finditer(opening))):
        if reported.match(opening, verb.end()):
            outer = subject_before(opening[: verb.start()])
            return outer if outer.lower() not in (*PRONOUNS, "it") else ""
    return ""


def a_surname(after: str, verb: re.Match[str]) -> bool:
    """Whether a verb of speech after a quotation is a surname, capitalised before a verb of
    speech ("“…,” Said told Global Voices.")."""
    return verb.group(0)[:1].isupper() and bool(SPEECH_VERB.match(after, verb.end() + 1))
