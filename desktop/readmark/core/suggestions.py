"""Suggested passages for the four default tags, each with the reason it was suggested.

Quotes (quotation marks and dialogue dashes in English, French, German or Spanish, with the
speaker from the attribution: core/attribution.py) and captions (a picture's label, credit or
date line, a repeated block: core/captions.py) follow firm rules. Opinions and claims
are judged sentence by sentence from linguistic evidence (core/stance.py) in English articles,
and from the lexicons of French and German adjectives in theirs (core/stance_languages.py).
Offline, no model, a few ms per page. A reason is kept in English (the learner counts its
kind of evidence, core/suggestion_learning.py) and shown in the reader's language.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate

from readmark.core.attribution import quotations
from readmark.core.block_quote_speakers import block_quote_speaker
from readmark.core.captions import caption_blocks
from readmark.core.echoed_words import with_echoes
from readmark.core.english_plots import retells_the_plot, story_characters
from readmark.core.interviews import interviewee
from readmark.core.presented import presented_speaker
from readmark.core.quotation_marks import QUOTED
from readmark.core.sign_offs import signed_off
from readmark.core.stance import Stance, judge
from readmark.core.stance_languages import judge_for
from readmark.core.text import Block, language_of, sentence_segmenter
from readmark.core.texts import QT_TR_NOOP, tr

QUOTE, CAPTION, CLAIM, OPINION = "quote", "caption", "claim", "opinion"


@dataclass(frozen=True)
class Suggestion:
    tag: str
    start: int
    end: int
    exact: str
    reason: str
    speaker: str = ""


# The kinds of evidence a reason names (here and in core/stance.py), shown through tr().
REASON_KINDS = frozenset(
    (
        QT_TR_NOOP("question"),
        QT_TR_NOOP("first person"),
        QT_TR_NOOP("judgement"),
        QT_TR_NOOP("stance"),
        QT_TR_NOOP("view credited to someone"),
        QT_TR_NOOP("prediction"),
        QT_TR_NOOP("obligation"),
        QT_TR_NOOP("hedge"),
        QT_TR_NOOP("estimate"),
        QT_TR_NOOP("reaction reported"),
        QT_TR_NOOP("judgement reported"),
        QT_TR_NOOP("advice reported"),
        QT_TR_NOOP("evaluative"),
        QT_TR_NOOP("subjectivity lexicon"),
        QT_TR_NOOP("generalisation"),
        QT_TR_NOOP("figure"),
        QT_TR_NOOP("date"),
        QT_TR_NOOP("named source"),
        QT_TR_NOOP("names"),
        QT_TR_NOOP("past event"),
        QT_TR_NOOP("routine or relation"),
        QT_TR_NOOP("a plain statement"),
        QT_TR_NOOP("marked as a caption by the importer"),
        QT_TR_NOOP("caption line"),
        QT_TR_NOOP("ends with a dateline"),
        QT_TR_NOOP("repeated in the text, as captions are"),
        QT_TR_NOOP("quoted inside a quotation"),
        QT_TR_NOOP("direct speech in quotation marks"),
        QT_TR_NOOP("block quote"),
        QT_TR_NOOP("speaker"),
    )
)
_NOTED_SOURCE = re.compile(r" \(([a-z ]+)\)$")  # "'dire' (subjectivity lexicon)"


def shown_reason(reason: str) -> str:
    """A reason in the reader's language: each kind of evidence it names translated, the
    article's words it quotes as they are ("hedge: 'may'", "block quote; speaker: Ana")."""
    parts = []
    for part in reason.split("; "):
        kind, _, evidence = part.partition(": ")
        evidence = _NOTED_SOURCE.sub(lambda noted: f" ({_kind(noted.group(1))})", evidence)
        said = tr("{kind}: {evidence}").format(kind=_kind(kind), evidence=evidence)
        parts.append(said if evidence else _kind(kind))
    return reduce(lambda said, more: tr("{reason}; {more}").format(reason=said, more=more), parts)


def _kind(kind: str) -> str:
    return tr(kind) if kind in REASON_KINDS else kind  # a kind not yet translated, as it is


def suggest(text: str, blocks: list[Block]) -> list[Suggestion]:
    """Suggestions for a document, in reading order."""
    captions = _captions(text, blocks)
    caption_spans = [(s.start, s.end) for s in captions]
    # Quotations in a caption are the caption's; in a title or heading, not tagged (RULES.md).
    headings = [(b.start, b.end) for b in blocks if b.kind in ("title", "heading")]
    untagged = _Spans(caption_spans + headings)
    quotes = [q for q in _quotes(text, blocks) if not untagged.hold(q.start, q.end)]
    taken = caption_spans + [(q.start, q.end) for q in quotes]
    sentences = _sentences(text, blocks, taken)
    found = captions + quotes + sentences
    return sorted(found, key=lambda s: (s.start, -s.end))


def _captions(text: str, blocks: list[Block]) -> list[Suggestion]:
    return [
        Suggestion(CAPTION, block.start, block.end, text[block.start : block.end], reason)
        for block, reason in caption_blocks(text, blocks)
    ]


def _quotes(text: str, blocks: list[Block]) -> list[Suggestion]:
    quoted = with_echoes(text, signed_off(text, quotations(text)))
    spans = _Spans([(q.start, q.end) for q in quoted])
    found = [b for b in _block_quotes(text, blocks) if not spans.hold(b.start, b.end, 0.5)]
    for quote in quoted:
        words = text[quote.start : quote.end]
        if quote.inner:
            reason = "quoted inside a quotation"
        else:
            reason = "direct speech in quotation marks"
            reason += f"; speaker: {quote.speaker}" if quote.speaker else ""
        found.append(Suggestion(QUOTE, quote.start, quote.end, words, reason, quote.speaker))
    return found


def _block_quotes(text: str, blocks: list[Block]) -> list[Suggestion]:
    """Quoted paragraphs without marks: a block quote the importer found, or a paragraph that a
    lead-in with a verb of speech hands over to ("Katak notes:") or presents ("These are her
    reasons."), with the lead-in's speaker."""
    found = []
    for index, block in enumerate(blocks):
        words = text[block.start : block.end]
        if QUOTED.search(words) or block.kind not in ("quote", "paragraph") or index == 0:
            continue
        lead_in = blocks[index - 1]
        speaker = block_quote_speaker(
            text, (lead_in.start, lead_in.end), spoken=block.kind != "quote"
        )
        speaker = speaker or presented_speaker(text, lead_in.start, lead_in.end)
        if block.kind == "paragraph" and not speaker:
            continue
        reason = "block quote" + (f"; speaker: {speaker}" if speaker else "")
        found.append(Suggestion(QUOTE, block.start, block.end, words, reason, speaker))
    return found


def _sentences(text: str, blocks: list[Block], taken: list[tuple[int, int]]) -> list[Suggestion]:
    # English by core/stance.py; French, German and Spanish by core/stance_languages.py.
    language = language_of(text)
    judge_sentence = judge if language == "en" else judge_for(language)
    if judge_sentence is None:
        return []
    found = []
    covered = _Coverage(taken)
    quotes_at = {start for start, _ in taken}
    interview = bool(interviewee(text))
    characters = story_characters(text) if language == "en" else frozenset()
    for block in blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        body = text[block.start : block.end]
        if _QUESTION_LABEL.match(body) or (interview and _ASKED.fullmatch(body.strip())):
            continue  # an interview's question is not tagged, labelled or a paragraph alone
        for span in sentence_segmenter(language).segment(body):
            start = block.start + span.start
            words = span.sent.rstrip()
            end = start + len(words)
            if not words.strip():
                continue
            if _quoted(start, end, covered):
                # "X issued the following statement: “…”": the lead-in is the writer's.
                words = _lead_in(words, start, quotes_at)
                end = start + len(words)
                if not words:
                    continue
            stance = judge_sentence(words)
            if stance is not None and not _retold(stance, words, characters):
                found.append(Suggestion(stance.tag, start, end, words, stance.reason))
    return found


def _retold(stance: Stance, sentence: str, characters: frozenset[str]) -> bool:
    """Whether a claim is a story retold ("Cora lives on a cotton plantation"): about one of its
    characters, on evidence a story has too (names, a past verb, a plain sentence; not a figure,
    a date or a source)."""
    weak = stance.reason.startswith(("names", "past event", "a plain statement"))
    return stance.tag == CLAIM and weak and retells_the_plot(sentence, characters)


# The interviewer's label opening a question: "Q:", "Q.", "Question:", "Q :", "Frage:".
_QUESTION_LABEL = re.compile(r"(?:Q|Question|Frage)\s?[:.]\s")
# A paragraph of one question, as an interviewer's is: "¿Vive bien de la cerámica?".
_ASKED = re.compile(r"[^.!?\n]+\?")


def _lead_in(sentence: str, start: int, quotes_at: set[int]) -> str:
    """The words before a colon that hands a sentence over to its quotation (one of those
    starting at `quotes_at`), when they are a statement of their own (eight words or more); ""
    otherwise."""
    colon = sentence.find(":")
    rest = sentence[colon + 1 :]
    quote_at = start + colon + 1 + len(rest) - len(rest.lstrip())
    if colon < 0 or quote_at not in quotes_at:
        return ""
    return sentence[: colon + 1] if len(sentence[:colon].split()) >= 8 else ""


def _quoted(start: int, end: int, covered: _Coverage) -> bool:
    """A sentence that opens with a quotation, or is mostly quoted, is the quotation's: its words
    are the speaker's, not the writer's claim or opinion."""
    opens = covered.at(start + 1) > 0
    return opens or covered.within(start, end) * 2 >= end - start


class _Coverage:
    """How many of some spans [start, end) cover each position, and their overlaps with a
    passage summed (a position two spans cover counts twice), each found by bisection: asking
    every span for every sentence took a 1 MB article over a minute."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        changes: dict[int, int] = {}
        for start, end in spans:
            if start < end:
                changes[start] = changes.get(start, 0) + 1
                changes[end] = changes.get(end, 0) - 1
        self._points = sorted(changes)
        self._counts: list[int] = []  # how many spans cover [points[i], points[i + 1])
        self._before: list[int] = []  # the overlaps summed over everything before points[i]
        count = summed = 0
        for index, point in enumerate(self._points):
            summed += count * (point - self._points[index - 1]) if index else 0
            self._before.append(summed)
            count += changes[point]
            self._counts.append(count)

    def at(self, position: int) -> int:
        """How many spans hold `position`."""
        index = bisect_right(self._points, position) - 1
        return self._counts[index] if index >= 0 else 0

    def within(self, start: int, end: int) -> int:
        """The spans' overlaps with [start, end), summed."""
        return max(0, self._up_to(end) - self._up_to(start))

    def _up_to(self, position: int) -> int:
        index = bisect_right(self._points, position) - 1
        if index < 0:
            return 0
        return self._before[index] + self._counts[index] * (position - self._points[index])


class _Spans:
    """Spans [start, end) asked whether one of them holds a share of a passage, by bisection over
    their starts: asking every span for every passage took a 1 MB article seconds."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self._furthest = list(accumulate((end for _, end in self._spans), max))

    def hold(self, start: int, end: int, share: float = 1.0) -> bool:
        """Whether one span holds at least `share` (over 0, at most 1) of [start, end)."""
        needed = share * max(1, end - start)
        first_after = bisect_right(self._starts, start)
        # Of those starting at or before the passage, the one ending furthest holds the most.
        if first_after and min(end, self._furthest[first_after - 1]) - start >= needed:
            return True
        # Those starting within it: few, and each asked by one passage when passages are apart.
        within = self._spans[first_after : bisect_left(self._starts, end)]
        return any(min(end, e) - s >= needed for s, e in within)
