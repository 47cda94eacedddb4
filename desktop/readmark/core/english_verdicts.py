"""Kinds of English language that decide between a claim and an opinion without a cue word of
their own, read by core/stance.py. Judgements: how a thing is done ("the set moves
beautifully", "came together in a powerful way"), a verdict verb ("the costumes work"), what a
work is really about, a hortative ("let's"). Records: what a relative clause says is not the
sentence's point ("read 17 points that members must consider"), a plan with its cost ("will cost
£48m"), what was not yet known ("It was not immediately clear how many"), and a report with a
comment appended after a comma ("met Lavrov on Tuesday, a visit that revived questions")."""

from __future__ import annotations

import re
from collections.abc import Callable

from readmark.core.english_lexicon import (
    PREDICATE_POLARITY,
    PREDICATE_SUBJECTIVITY,
    part_of_speech,
    subjective_words,
)
from readmark.core.english_plots import WORKS
from readmark.core.english_predicates import clause_before

Find = Callable[[str], "re.Match[str] | None"]

# A relative clause: "which", "who", "where", or "that" after a noun phrase ("a bridge that
# will …"), not after a verb ("owners fear that removing parking will …").
_RELATIVE = re.compile(
    r"\b(?:which|who|where)\b|\b(?:the|an?|this|these|those|its|their|his|her|our|\d+)\s"
    r"(?:[\w-]+\s){1,3}that\b"
)


def in_main_clause(pattern: re.Pattern[str]) -> Find:
    """A search for the pattern outside relative clauses, which describe something ("work began
    on a bridge that will link the harbours", "a situation where staff need to be supervised")
    rather than predict or oblige."""

    def find(sentence: str) -> re.Match[str] | None:
        return next(
            (
                m
                for m in pattern.finditer(sentence)
                if not _RELATIVE.search(clause_before(sentence, m.start()))
            ),
            None,
        )

    return find


# How a thing is done, said with an adverb of value: closing its clause ("the set moves
# beautifully", "the band played superbly, and …") or between "is" and a participle ("is
# beautifully shot"); or with a phrase of manner ("in a powerful way").
_CLOSING_ADVERB = re.compile(r"\b[a-z]+\s+([a-z]{3,}ly)(?=\s*(?:[,;.!]|$))")
_ADVERB_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+([a-z]{3,}ly)\s+[a-z]+(?:ed|en|wn|ung|ot)\b"
)
# … or the writer's own feeling in how they act: "one quality I have proudly attributed to".
_WRITER_ADVERB = re.compile(
    r"\b(?:I|[Ww]e)(?:\s+(?:have|had|am|was|were|are))?\s+([a-z]{3,}ly)\s+[a-z]+"
)
_MANNER_PHRASE = re.compile(r"\bin an?\s+(?:\w+ly\s+)?([a-z-]+)\s+(?:way|manner|fashion)\b")


def _adjectives(adverb: str) -> set[str]:
    """The adjectives an adverb in "-ly" may be made from: "beautifully" from "beautiful",
    "happily" from "happy", "terribly" from "terrible", "gently" from "gentle"."""
    return {adverb[:-2], adverb[:-3] + "y", adverb[:-1] + "e"}


def evaluative_manner(sentence: str, counted: bool) -> str:
    """The words judging how something is done, or "". An adverb of a sentence with a figure or
    a date measures what it reports ("won easily by 40 votes"); a phrase of manner still judges."""
    phrase = _MANNER_PHRASE.search(sentence)
    if phrase and phrase.group(1) in subjective_words(PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY):
        return phrase.group(0)
    adverbs = (_CLOSING_ADVERB, _ADVERB_BEFORE_PARTICIPLE, _WRITER_ADVERB)
    for pattern in () if counted else adverbs:
        for match in pattern.finditer(sentence):
            if _adjectives(match.group(1)) & subjective_words():
                return match.group(0)
    return ""


# A verb of success or failure with nothing after it: a verdict on how well a thing does its
# work ("The costumes work.", "Not every song lands.", "The second act drags, but …").
_VERDICT_VERB = re.compile(
    r"\b(?:(?:does|do|did)\s+not\s+|(?:doesn|don|didn)[’']t\s+)?"
    r"(?:works?|worked|lands?|landed|clicks?|clicked|soars?|soared|drags?|dragged|sags?|sagged|"
    r"falters?|faltered|misfires?|misfired|fizzles?|fizzled|flops?|flopped|shines?|shone|"
    r"sparkles?|sparkled|delivers?|delivered|disappoints?|disappointed|satisf(?:y|ies|ied))"
    r"(?=\s*(?:[.!;]|,\s+(?:but|and|though|yet)\b))"
)
# The writer rallying the reader to what should be done: "let's exercise good foresight", "Let
# us be clear" (not "let us know", a request for news).
_HORTATIVE = re.compile(r"\b(?i:let[’']s|let us)\b(?!\s+know\b)")


# … a noun where a determiner, a preposition or a verb comes before it ("to conduct their work",
# "for hard work", "to find work").
_BEFORE_A_NOUN = re.compile(
    r"(?i:a|an|the|this|that|its|their|his|her|our|my|your|of|to|for|at|in|on|by|with|no|hard|"
    r"good|much|more)"
)


# What a work is really about, in the reviewer's reading: "The novel isn't about the railroad",
# "the film is ultimately about grief".
_WORK_ABOUT = re.compile(
    rf"\b(?:{WORKS})\s+(?:is|was)(?:n[’']t\s+|\s+(?:(?:not|just|only|more|less|even|\w+ly)\s+)+)"
    r"about\b"
)


def judged_without_cue(sentence: str) -> re.Match[str] | None:
    """A verdict on how well a thing does its work, or on what a work is really about."""
    for match in _VERDICT_VERB.finditer(sentence):
        before = (sentence[: match.start()].split() or [""])[-1]
        if not _BEFORE_A_NOUN.fullmatch(before) and not part_of_speech(before).startswith("VB"):
            return match
    return _WORK_ABOUT.search(sentence)


def hortative(sentence: str) -> re.Match[str] | None:
    return _HORTATIVE.search(sentence)


# What was not known when a report was written is a record, not a judgement: "It was not
# immediately clear how many are missing", "It was unclear whether", "It is not yet known who".
_UNKNOWN = re.compile(
    r"\b(?i:it)\s+(?:was|wasn[’']t|is|isn[’']t)\s+(?:not\s+)?(?:yet\s+|immediately\s+)?"
    r"(?:un)?(?:clear|known)\s+(?:immediately\s+)?(?:how|whether|if|who|what|when|where|why)\b"
    r"(?<!is clear why)(?<!is clear how)"
)


def not_yet_known(sentence: str) -> bool:
    return _UNKNOWN.search(sentence) is not None


# A modifier appended to a report after a comma: an appositive ("…, a visit that revived
# questions"), a relative ("…, which put him at odds"), a hedged aside ("…, perhaps the final
# chance") or a participle ("…, raising fears of").
_APPENDED = re.compile(
    r",\s+(?:an?\s|which\b|perhaps\b|possibly\b|in what\b|(?:marking|raising|prompting|"
    r"putting|leaving|sparking|fuelling|fueling|deepening|underscoring)\b)"
)


def reported_before_comment(sentence: str) -> str:
    """The report a sentence opens with, when a comment is appended to it after a comma, or ""."""
    appended = _APPENDED.search(sentence)
    return sentence[: appended.start()] if appended else ""


# A plan with its cost or its rhythm on record is no prediction: "will cost £48m", "will visit
# twice a week".
PLANNED = re.compile(
    r"\bwill\s+(?:\w+\s+){0,3}?(?:[$€£]\s?\d|\d[\d,.]*\s?(?:%|per|m\b|bn\b|million|billion)|"
    r"(?:once|twice|\w+\s+times)\s+a\b)"
)
