"""Words a sentence credits to someone without a verb of speech: a quoted verb phrase that is a
person's own predicate ("Coach Ana Lind “can't fault” her side's effort", "Mayor Tom Ruiz “will
not back down”"), a quoted feeling after "is" (own_feelings.py), the owner of the words a sentence
opens with (presented.py), the owner of the words a lead-in ends with ("with his tweet, “…”"). A
sports or court report's lead often quotes the words the person goes on to say; a thing as the
subject ("The bridge “will not last”") credits no one."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import part_of_speech
from readmark.core.named_people import people
from readmark.core.own_feelings import feeling_owner
from readmark.core.presented import PRONOUN_OF, WORD_OF_SPEECH, owner_before_quotation
from readmark.core.speaker_phrases import NAME, clause_subject, subject_before
from readmark.core.speaker_words import PRONOUNS

# A modal or a verb in a tense of its own, not a form of "be" (a quoted state after "is" is a
# feeling or held at arm's length): "can't", "will", "has", "refuses", "deserved".
_FINITE = ("MD", "VBZ", "VBD", "VBP")
_BE = frozenset(("is", "was", "are", "were", "am", "be", "been", "being"))
_NEGATION = re.compile(r"(?i)n[’']t$")


def owner_without_speech(before: str, words: str) -> str:
    """Whose words a sentence credits before its quotation without a verb of speech (a pronoun
    for whom it stands to be found); "" when it credits no one."""
    return (
        feeling_owner(before, words)
        or owner_before_quotation(before)
        or predicate_owner(before, words)
    )


def predicate_owner(before: str, words: str) -> str:
    """The person whose predicate the quoted words are, the sentence before them being that
    person's name or "he"/"she" ("Coach Ana Lind “can't fault” …": "Ana Lind"); "" otherwise."""
    inside = words[1:-1].split()
    if not inside or len(inside) > 6 or not before.strip() or before.rstrip()[-1] in ",;:—–(":
        return ""
    verb = _NEGATION.sub("", inside[0]).lower()
    verb = {"ca": "can", "wo": "will", "sha": "shall"}.get(verb, verb)
    if verb in _BE or part_of_speech(verb) not in _FINITE:
        return ""
    subject = subject_before(before)
    if subject.lower() in ("he", "she") or subject in people(subject):
        return subject if before.rstrip().endswith(subject) else ""
    return ""


# A lead-in that ends with someone's words, named, before a comma or nothing: "Modi sent the
# country buzzing with his tweet, “…”", "Ana Lim’s statement, “…”, was read out".
_POSSESSED_WORDS = re.compile(
    rf"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<name>{NAME})[’']s)\s+(?:[a-z]+\s+)?"
    rf"{WORD_OF_SPEECH}s?\s*,?\s*$"
)


def possessed_lead_in(lead_in: str) -> str:
    """Whose words a lead-in without a colon ends with: a name's, or the subject's of its clause
    that "his" or "her" stands for ("Modi sent the country buzzing with his tweet,": "Modi"), else
    the pronoun ("he"), for whom it stands to be found; "" when it ends with no one's words."""
    owned = _POSSESSED_WORDS.search(lead_in)
    if not owned:
        return ""
    if owned.group("name"):
        return owned.group("name")
    pronoun = PRONOUN_OF[owned.group("pronoun").lower()]
    subject = clause_subject(lead_in[: owned.start()])
    if subject.lower() in PRONOUNS:
        return pronoun  # "He took her advice, “…”": not his
    return subject or pronoun
