"""What someone is reported to judge: "the minister said the flood has had a significant impact",
"the programme showed real commitment, she said". RULES.md reads a judgement credited to someone
as an opinion; read by core/stance.py."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import (
    PREDICATE_POLARITY,
    PREDICATE_SUBJECTIVITY,
    part_of_speech,
    subjective_words,
)
from readmark.core.english_stance_words import JUDGING_ADJECTIVES

# The reported words after the verb that reports them ("said (that) …", "told reporters …") …
_AFTER_VERB = re.compile(
    r"\b(?:says|said|told\s+[a-z]+|tells\s+[a-z]+)\s+(?:that\s+)?(?P<said>.+)$"
)
# … or before it, when the speaker closes the sentence ("…, the mayor said.").
_BEFORE_VERB = re.compile(r"^(?P<said>.+?),\s+(?:[\w’'.-]+\s+){1,6}?(?:says|said)\.$")
# … the judgement its predicate: "the plan was unfair", "she's safe", "remains difficult" (a rated
# word before a noun describes it: "because of dangerous flooding").
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|remains?|remained|seems?|seemed|looks?|looked|feels?|felt)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?([a-z-]+)\b|[’'](?:s|re)\s+(?:not\s+)?(?:\w+ly\s+)?([a-z-]+)\b"
)


# … or how a thing appeared to them: "said the worst appeared to be over", "the town seemed ready".
_IMPRESSION = re.compile(r"\b(?:appears?|appeared|seems?|seemed)\b")
# … or what someone called a thing: "critics called the rules unfair", "called it reckless".
_CALLED = re.compile(
    r"\b(?:call|calls|called|calling|deemed|branded|labelled|labeled)\s+"
    r"(?P<object>(?:it|them|this|that|the|its|their|his|her|these|those)\s+(?:[\w’'-]+\s*){1,4})"
)


def reported_judgement(sentence: str) -> str:
    """The evaluative word in what a sentence reports someone said, or "" if it reports none."""
    for match in _CALLED.finditer(sentence):
        words = match.group("object").split()
        for word, after in zip(words[1:], [*words[2:], ""], strict=True):
            # … the judgement after its object, not an adjective before a noun ("the unfair rules").
            if _rated(word) and not part_of_speech(after).startswith("NN"):
                return f"{match.group(0).split()[0]} … {word}"
    reported = _BEFORE_VERB.match(sentence) or _AFTER_VERB.search(sentence)
    if not reported:
        return ""
    impression = _IMPRESSION.search(reported.group("said"))
    if impression:
        return impression.group(0)
    for match in _PREDICATE.finditer(reported.group("said")):
        if _rated(match.group(1) or match.group(2)):
            return match.group(0)
    return ""


def _rated(word: str) -> bool:
    """An adjective the lexicon rates as judging, where it is the predicate."""
    rated = subjective_words(PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY) | JUDGING_ADJECTIVES
    return word in rated and part_of_speech(word) in ("JJ", "")
