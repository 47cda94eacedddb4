"""English predicates that judge: "is a lovely film", "was the worst decision", "it is cheap",
"the ferry is the island's lifeline", a statement about a kind ("Public transport is not a
luxury"); read by core/stance.py."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import (
    PREDICATE_POLARITY,
    PREDICATE_SUBJECTIVITY,
    part_of_speech,
    subjective_words,
)
from readmark.core.english_stance_words import EVALUATIVE_NOUNS, IDIOMS, JUDGING_ADJECTIVES

# A set phrase that judges: "sets the tone", "falls flat", "a drop in the ocean".
IDIOM = re.compile(rf"\b(?:{IDIOMS})\b")


def clause_before(sentence: str, position: int) -> str:
    """The words of the clause up to a position: back to the last comma, colon or dash."""
    return re.split(r"[,;:—–]", sentence[:position])[-1]


# The predicate of "is"/"was" a judgement: "is a lovely film", "was the worst decision", "it's
# the most absurd rule" (an evaluative adjective of the lexicon, or an evaluative superlative).
_COPULA_NP = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|remains?|becomes?|became|(?i:it|that|this|what|there)[’']s|"
    # … or what an event marks: "Today's launch marks an important milestone".
    r"marks|marked)\s+"
    r"(?:not\s+)?(?:a|an|the|one of the|such an?|quite an?)\s+((?:most|least)\s+)?"
    r"([a-z-]+)\b"
)
# … or a noun that judges, after "is" or a verb that characterises: "was a fiasco", "reflects the
# failure of", "is an utter mess".
_VALUED_NOUN = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|(?:has|have|had) been|remains?|becomes?|became|"
    r"(?i:it|that|this|what)[’']s|(?:reflect|represent|prove|expose|mark|demonstrate|"
    r"underline|show)(?:s|ed|d)?|"
    r"amount(?:s|ed)? to|look(?:s|ed)? like)\s+"
    r"(?:not\s+)?(?:a|an|the|one of the|such an?|quite an?|another|no)\s+"
    r"([a-z-]+)(?:\s+([a-z-]+))?\b"
)
_EVALUATIVE_SUPERLATIVES = {"best", "worst", "finest", "greatest", "loveliest", "silliest"}
# … or a comparison of an evaluative adjective: "is even more troubling", "was less absurd".
_COPULA_COMPARED = re.compile(
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|remains?|becomes?|became)\s+(?:not\s+)?(?:even\s+|far\s+|much\s+)?"
    r"(?:more|less|most|least)\s+([a-z-]+)\b"
)
# … or an adjective rated subjective after a verb that links it to its subject ("it is cheap",
# "the takes are raw"), where the adjective is the point of the sentence.
_COPULA_ADJECTIVE = re.compile(  # not in a relative clause ("images that are free for use")
    r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )"
    r"\b(?:(?:is|are|was|were)(?:n[’']t)?|remains?|seems?|looks?|sounds?|(?i:it|that|this|what)[’']s)\s+"
    r"(?:not\s+)?(?:\w+ly\s+)?(?!(?:able|unable|many|more|most|greater|full|late|top|primary)\b)"
    r"([a-z-]+)\b(?!\s+(?:to|of)\b)"
)
# … or a superlative after a determiner ("their best", "the strongest pair", "its most personal
# record"), unless it measures ("the largest city", "the most recent report").
_SUPERLATIVE = re.compile(
    r"\b(?:the|their|its|his|her|our|my|your|[A-Za-z]+[’']s)\s+((?:most|least)\s+[a-z-]+|[a-z]+est)\b"
)
_MEASURED_WORDS = (
    "largest biggest smallest highest lowest longest shortest oldest youngest newest latest "
    "earliest tallest deepest widest heaviest fastest slowest nearest farthest furthest "
    "closest richest poorest busiest warmest coldest hottest driest wettest popular recent "
    "common likely populous visited used expensive frequent "
    # An ordinal counts ("This is his third attempt", "the last British production"): a record.
    "first second third fourth fifth sixth seventh eighth ninth tenth last final"
)
MEASURED = frozenset(_MEASURED_WORDS.split())
# The writer's feeling or certainty: "We were shocked to read …", "I am proud that …", "we’re
# not sure why …", "I was, at first, a little skeptical".
_FEELING = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:I|[Ww]e)(?:\s+(?:am|are|was|were|feel|felt|remain|"
    r"remained)|[’'](?:m|re))(?:,[^,]{1,30},)?\s+(?:not\s+)?"
    r"(?:(?:\w+ly|a little|a bit|rather|quite|somewhat)\s+)?([a-z-]+)\b"
)


# Someone's attitude, unpersuaded or unmoved: "Mr Reddy was unmoved", "Islanders are not
# convinced" (verbs of persuasion and feeling; "was moved to the harbour" is a move).
_UNPERSUADED = re.compile(
    r"(?:\b(?:am|is|are|was|were|remains?|remained|seems?|seemed)\s+|[’'](?:m|re)\s+)(?:not\s+|un)"
    r"(?:convinced|persuaded|impressed|moved|satisfied|reassured|swayed|deterred)\b"
)


# A clause of time or condition ("when the air is cool", "if the plan is a disaster"): what it
# says is not what the sentence asserts.
_CONDITION = re.compile(r"\b(?i:when|whenever|if|unless|once|until|before|after)\b")


def _asserted(sentence: str, match: re.Match[str]) -> bool:
    return not _CONDITION.search(clause_before(sentence, match.start()))


def evaluative_predicate(sentence: str) -> str:
    for match in _COPULA_NP.finditer(sentence):
        head = match.group(2)
        evaluative = head in _EVALUATIVE_SUPERLATIVES or head in subjective_words()
        if evaluative and _asserted(sentence, match):
            return match.group(0)
    for match in _VALUED_NOUN.finditer(sentence):
        if match.group(1) in EVALUATIVE_NOUNS and _asserted(sentence, match):
            return sentence[match.start() : match.end(1)]
        if match.group(2) in EVALUATIVE_NOUNS and _asserted(sentence, match):
            return match.group(0)
    for match in _COPULA_ADJECTIVE.finditer(sentence):
        rated = subjective_words(PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY) | JUDGING_ADJECTIVES
        if match.group(1) in rated and _asserted(sentence, match):
            return match.group(0)
    for match in _SUPERLATIVE.finditer(sentence):
        words = match.group(1).split()
        first, head = words[0], words[-1]
        # "Most" or "least" before a noun counts ("the most votes", "for the most part").
        if first in ("most", "least") and part_of_speech(head).startswith("NN"):
            continue
        superlative = part_of_speech(first) == "JJS" or first in ("most", "least")
        if superlative and head not in MEASURED and first not in MEASURED:
            return match.group(0)
    unpersuaded = _UNPERSUADED.search(sentence)
    if unpersuaded:
        return unpersuaded.group(0)
    # The writer's own state is a predicate: rated as one ("skeptical", "wary").
    for pattern, rated in (
        (_COPULA_COMPARED, subjective_words()),
        (_FEELING, subjective_words(PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY)),
    ):
        for match in pattern.finditer(sentence):
            if match.group(1) in rated:
                return match.group(0).lstrip(",;:—– ")
    return ""


# "X is a/the …" or "X is <adjective>" opening the sentence, its subject a pronoun or a phrase,
# not a name: said of something with nothing to check it by, it is a judgement.
_CHARACTERISATION = re.compile(
    r"^(?:[A-Z][a-z]*)(?:\s(?!(?:that|which|who)\b)[a-z][\w’'-]*){0,5}?(?:\s(?:(?:is|are|was|were)(?:n[’']t)?)\s"
    r"|[’']s\s)(?:not\s)?(?:\w+ly\s)?(?P<determiner>(?:(?:the\s)?[a-z]+[’']s|a|an|another|the|"
    r"their|its|his|her|our|my|your)\s)?"
    r"(?P<head>[a-z-]+)"
)


def characterisation(sentence: str) -> str:
    said = _CHARACTERISATION.match(sentence)
    if not said:
        return ""
    head = said.group("head")
    if head in MEASURED or part_of_speech(head) == "JJS" or head == "case":
        return ""  # "is the largest", "is (not) the case"
    if _DEFINITION.match(sentence) and _RESTRICTED.match(sentence, said.end()):
        return ""  # a definition: "A heat network is a system of pipes that …"
    return said.group(0) if said.group("determiner") or part_of_speech(head) == "JJ" else ""


# A definition names a kind with "a"/"an" and says what it is, a head the rest restricts.
_DEFINITION = re.compile(r"^An?\s")
_RESTRICTED = re.compile(r"\s(?:of|that|which|who|whose|where|in which|for|used)\b")


# A statement about a kind, in the present: "Political activism is not …", "Children are …".
GENERIC = re.compile(
    r"([A-Z][a-z-]+)((?:\s[a-z-]+){0,3}?)\s(?:is|are|can|cannot|can[’']t|has|have|does|do)\b"
)


def names_a_kind(first: str, rest: str) -> bool:
    """Whether a sentence opening with these words names a kind of thing (an adjective or a
    common noun with no determiner), by the part of speech the tagger's lexicon gives them."""
    kinds = ("JJ", "NN", "NNS")
    if rest.split() and any(part_of_speech(w) not in (*kinds, "VBG") for w in rest.split()):
        return False
    return part_of_speech(first) in kinds or (
        # The lexicon gives a capitalised form only where one is common ("Public" as NNP).
        part_of_speech(first) in ("NNP", "") and part_of_speech(first.lower()) in kinds
    )


# "This is …"/"That was …" summing up what came before in the writer's words: "This is the Lib
# Dems' dilemma", "That is the heart of the problem"; not a count or a record ("This is his third
# attempt", "That was the largest fine") nor a place or time a relative clause picks out ("This is
# the hall where …").
_SUMMING_UP = re.compile(
    r"^(?:This|That)(?:[’']s|\s+(?:is|was))\s+(?:not\s+)?(?:\w+ly\s+)?(?P<phrase>(?:the|an?|"
    r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)*[’']s?)\s[^,;:.!?]*)"
)
_PICKED_OUT = re.compile(r"\b(?:where|when|which|who|whose)\b")


def summing_up(sentence: str) -> str:
    said = _SUMMING_UP.match(sentence)
    if not said or _PICKED_OUT.search(said.group("phrase")):
        return ""
    words = said.group("phrase").lower().split()
    if any(w in MEASURED or part_of_speech(w) == "JJS" for w in words):
        return ""
    return said.group(0)
