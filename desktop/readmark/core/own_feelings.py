"""A feeling someone is credited with in their own word, quoted after "is" with no verb of speech:
"He's “hopeful” that the governor will help", "She was “devastated”", "Lim remains “cautiously
optimistic”". The word is theirs (a reporter quotes what they said of themselves); a thing's
state in marks ("The bridge is “safe”") is held at arm's length, and credits no one."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import part_of_speech
from readmark.core.speaker_phrases import NAME

_COPULA = r"(?:[’']s|[’']re|\s+(?:is|was|are|were|remains|remained|feels|felt|seems|seemed))"
# A person as the subject: "he", "she", "they" or a capitalised name, then the copula and an
# adverb perhaps ("still", "very").
_FEELING = re.compile(
    rf"(?:^|(?<=[\s(]))(?P<who>[Hh]e|[Ss]he|[Tt]hey|{NAME}){_COPULA}"
    r"(?:\s+(?:still|very|so|now|quite|\w+ly))?\s*$"
)
# The word classes a feeling's first word has: "hopeful", "devastated", "cautiously".
_FEELING_WORDS = ("JJ", "VBN", "RB")


def feeling_owner(before: str, words: str) -> str:
    """Whom a quoted feeling after "is" belongs to ("He's “hopeful”": "He"); "" otherwise."""
    feeling = _FEELING.search(before)
    inside = words[1:-1].split()
    if not feeling or not inside or len(inside) > 4:
        return ""
    first = inside[0].strip(",.!?").lower()
    return feeling.group("who") if part_of_speech(first) in _FEELING_WORDS else ""
