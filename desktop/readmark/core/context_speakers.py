"""What the sentences and paragraphs around a quotation say of its speaker, when its own
sentence does not: the sentence it belongs to, a verb of speech in the sentence before, the
person the paragraph before introduces (see attribution.py)."""

from __future__ import annotations

import re

from readmark.core.named_people import lone_names, people
from readmark.core.quotation_marks import QUOTED
from readmark.core.speaker_phrases import (
    NAME,
    SENTENCE_BOUNDARY,
    clause_subject,
    subject_after,
    subject_before,
)
from readmark.core.speaker_words import PRONOUNS
from readmark.core.speech_verbs import INVERTED_SPEECH, SPEECH_VERB


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding the quotation: from the last full stop before it to the next after."""
    before = [m.end() for m in SENTENCE_BOUNDARY.finditer(text, max(0, start - 400), start)]
    # A quotation may end the sentence, unless a lowercase word goes on ("“Why?” asked one"), or
    # a name and its verb after a question or an exclamation ("“Why?” Lim asks.").
    goes_on = re.match(r"\s+[a-z]", text[end : end + 3]) or _speaker_follows(text, end)
    after = SENTENCE_BOUNDARY.search(text, end if goes_on else max(start, end - 2))
    if after and text[end - 2 : end - 1] == "," and _line_break(text, after.start()):
        # "“We are ready,”\nMr Smith\nsaid.": a comma before the mark goes on past line breaks
        after = next(
            (
                m
                for m in SENTENCE_BOUNDARY.finditer(text, after.end())
                if not _line_break(text, m.start())
            ),
            None,
        )
    return (before[-1] if before else max(0, start - 400)), (after.end() if after else len(text))


def _line_break(text: str, at: int) -> bool:
    """Whether a lone line break (not a paragraph's end) stands at `at`."""
    return text[at : at + 1] == "\n" and "\n" not in (text[at - 1 : at], text[at + 1 : at + 2])


_NAME_AFTER = re.compile(rf"[ \t]+(?:{NAME})[ \t]+")


def _speaker_follows(text: str, end: int) -> bool:
    """Whether a name and its verb of speech follow a quotation ending in "?" or "!"."""
    name = _NAME_AFTER.match(text, end, end + 80) if text[end - 2 : end - 1] in ("?", "!") else None
    return bool(name and SPEECH_VERB.match(text, name.end()))


def speaker_of_sentence_before(text: str, paragraph: int, sentence_start: int) -> str:
    """The subject of a verb of speech in the sentence before, of the same paragraph and without
    quotations of its own ("Orbell writes about the marsh with tenderness. The reeds are “…”",
    "Das sei falsch, sagte der Minister. „…“")."""
    before_start = sentence_around(text, sentence_start - 2, sentence_start - 2)[0]
    sentence = text[max(before_start, paragraph) : sentence_start]
    verb = SPEECH_VERB.search(sentence)
    if not verb or QUOTED.search(sentence):
        return ""
    if verb.group(0) in INVERTED_SPEECH and sentence[: verb.start()].rstrip().endswith(","):
        # its subject after it, a clause of reported speech first: "Das sei falsch, sagte er."
        return subject_after(sentence[verb.end() :])
    return subject_before(sentence[: verb.start()])


def introduced(text: str, short_names: frozenset[str]) -> str:
    """The person the text before a quotation opening its sentence ends on, named first in the
    last sentence of its paragraph ("Mayor Ana Reis was blunt about the floods."), or a surname
    alone opening it."""
    before = text.rsplit("\n\n", 1)[-1]
    if QUOTED.search(before):
        return ""  # that paragraph's own quotation has its own speaker
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    opening = (last.split() or [""])[0]
    if opening.lower() in PRONOUNS:
        return opening  # "She has seen it before. “…”": whom "she" stands for
    return next(iter(people(last, short_names) or lone_names(last)), "")  # "Lim was blunt."


def introducing(text: str, paragraph: int, short_names: frozenset[str]) -> str:
    """The person the paragraph before the one starting at `paragraph` introduces, without
    quoting them: the subject of its last sentence, if a person ("Her colleague, Tom Reddy,
    agreed.", "Lim is not convinced."); "" otherwise."""
    before = text[:paragraph].rsplit("\n\n", 1)[-1].strip()
    if not before or QUOTED.search(before):
        return ""
    return _person_subject(re.split(r"(?<=[.!?])\s+", before)[-1], short_names)


def introducing_anywhere(text: str, paragraph: int, short_names: frozenset[str]) -> str:
    """The person the paragraph before the one starting at `paragraph` introduces in any of its
    sentences, without quoting them, the last so named ("Stacy Sirnadis lives at the end of the
    road. There are cars underwater.\n\n“…,” she says."); "" otherwise."""
    before = text[:paragraph].rsplit("\n\n", 1)[-1].strip()
    if not before or QUOTED.search(before):
        return ""
    # each sentence, and each clause "but" or "and" joins ("…, but spokesman Ivo Kral denied …"),
    # read as a sentence of its own
    clauses = re.split(r"(?<=[.!?])\s+|,\s+(?:but|and|while|whereas)\s+", before)
    opened = (clause[:1].upper() + clause[1:] for clause in reversed(clauses))
    return next(filter(None, (_person_subject(s, short_names) for s in opened)), "")


def _person_subject(sentence: str, short_names: frozenset[str]) -> str:
    """The subject of a sentence if it names a person ("Her colleague, Tom Reddy, agreed.")."""
    subject = clause_subject(sentence)
    named = people(sentence, short_names) + lone_names(sentence)
    return subject if subject and any(subject.endswith(name) for name in named) else ""


def whole_paragraph(text: str, start: int, end: int) -> bool:
    before = text[:start].rsplit("\n\n", 1)[-1]
    after = text[end:].split("\n\n", 1)[0]
    return not before.strip() and not after.strip(" .!?…\n")  # «…». ends the paragraph too
