"""Suggested passages for the four default tags, each with the reason it was suggested.

Quotes (quotation marks, with the speaker from the attribution) and captions (block kind,
"Pictured:", a closing dateline, a repeated block) follow firm rules. Opinions and claims are
hints from sentence-level cues: hedges, evaluative words, first person and predictions for
opinions; figures, dates and named sources for claims. Offline, no model, a few ms per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readmark.core.duplicates import near_duplicates
from readmark.core.text import Block, sentence_segmenter

QUOTE, CAPTION, CLAIM, OPINION = "quote", "caption", "claim", "opinion"


@dataclass(frozen=True)
class Suggestion:
    tag: str
    start: int
    end: int
    exact: str
    reason: str
    speaker: str = ""


# An opening mark at the start of a word, its closing mark not followed by a letter (so that
# the apostrophe in "Russia’s" or "don’t" does not end a quote).
_QUOTED = re.compile(r"(?<![\w’'])(“[^”]+”|‘(?:[^’]|’(?=\w))+’(?!\w)|\"[^\"\n]+\")", re.DOTALL)
_NAME = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|President|General)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)*"
_SPEECH = (
    r"(?:said|says|added|adds|argued|argues|believes|believed|warned|warns|told|claimed|"
    r"claims|explained|explains|insisted|insists|wrote|writes|stated|states|continued|noted)"
)
_AFTER = [
    re.compile(rf"^[,.]?\s*(?P<who>{_NAME}|he|she|they)\s+{_SPEECH}\b"),
    re.compile(rf"^[,.]?\s*{_SPEECH}\s+(?P<who>{_NAME})"),
    re.compile(rf"^[,.]?\s*according to\s+(?P<who>{_NAME})"),
]
_BEFORE = [
    re.compile(rf"(?P<who>{_NAME}|He|She|They)\s+{_SPEECH}\s*:\s*$"),
    re.compile(rf"[Aa]ccording to (?P<who>{_NAME}),?\s*$"),
]
_PICTURED = re.compile(r"\b(Pictured|Photo|Image|Above|Below|Left|Right)\s*:", re.IGNORECASE)
_DATELINE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s\d{1,2})?,\s(?:19|20)\d\d\s*$"
)

_OPINION_CUES = [
    ("first person", re.compile(r"\b(I|I’m|I'm|we|We|my|My|our|Our)\b")),
    # Case matters: "may" hedges, "May" is usually the month.
    (
        "hedge",
        re.compile(
            r"\b(believes?|thinks?|argues?|suggests?|seems?|appears? to|may|might|could|perhaps|"
            r"Perhaps|probably|Probably|likely|arguably|Arguably|should|must)\b"
        ),
    ),
    (
        "evaluative",
        re.compile(
            r"\b(unbelievable|unthinkable|disastrous|terrible|shocking|incredible|brilliant|"
            r"tyrant|doom|dangerous|sorrowful|slimmed|decisive|humiliating|catastrophic|"
            r"remarkable|worst|best|fever pitch|beginning of the end)\b",
            re.IGNORECASE,
        ),
    ),
    ("modal", re.compile(r"\b(will|won’t|won't|would)\b", re.IGNORECASE)),
    ("question", re.compile(r"\?\s*$")),
]
_CLAIM_CUES = [
    (
        "figure",
        re.compile(
            r"\b\d[\d,.]*\s*(?:%|per cent|percent|years?|km|miles|million|billion|people|"
            r"countries|drones|tanks)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|"
            r"hundred|thousand)\s+(?:years?|countries|drones|people|weeks|days)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "date",
        re.compile(
            r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December)\s\d{1,2}\b|\b(?:19|20)\d\d\b"
        ),
    ),
    ("named source", re.compile(r"\baccording to\b|\b(?:said|told|reported)\b", re.IGNORECASE)),
]


def suggest(text: str, blocks: list[Block]) -> list[Suggestion]:
    """Suggestions for a document, in reading order."""
    captions = _captions(text, blocks)
    caption_spans = [(s.start, s.end) for s in captions]
    quotes = [q for q in _quotes(text, blocks) if not _inside(q.start, q.end, caption_spans)]
    taken = caption_spans + [(q.start, q.end) for q in quotes]
    sentences = _sentences(text, blocks, taken)
    found = captions + quotes + sentences
    return sorted(found, key=lambda s: (s.start, -s.end))


def _captions(text: str, blocks: list[Block]) -> list[Suggestion]:
    repeated = set(near_duplicates(text, blocks))
    repeated |= {i - 1 for i in repeated} | {i - 2 for i in repeated if _alike_at(text, blocks, i)}
    found = []
    for index, block in enumerate(blocks):
        if block.kind == "title":
            continue
        words = text[block.start : block.end]
        if block.kind == "caption":
            reason = "marked as a caption by the importer"
        elif _PICTURED.search(words):
            reason = f"caption line: '{_PICTURED.search(words).group(0)}'"  # type: ignore[union-attr]
        elif _DATELINE.search(words) and not words.rstrip().endswith("."):
            reason = "ends with a dateline"
        elif index in repeated:
            reason = "repeated in the text, as captions are"
        else:
            continue
        found.append(Suggestion(CAPTION, block.start, block.end, words, reason))
    return found


def _alike_at(text: str, blocks: list[Block], index: int) -> bool:
    """Whether block `index` repeats the one two before it (not its neighbour)."""
    if index < 2:
        return False
    folded = [
        text[blocks[i].start : blocks[i].end].replace("’", "'")[:40] for i in (index, index - 2)
    ]
    return folded[0] == folded[1]


def _quotes(text: str, blocks: list[Block]) -> list[Suggestion]:
    found = [
        Suggestion(QUOTE, b.start, b.end, text[b.start : b.end], "block quote")
        for b in blocks
        if b.kind == "quote" and not _QUOTED.search(text[b.start : b.end])
    ]
    last_speaker = ""
    for match in _QUOTED.finditer(text):
        start, end = match.span()
        words = match.group(0)
        if "\n\n" in words and not _continues(words):
            continue  # a stray mark swallowed a paragraph break
        if len(words.split()) < 2 and words[0] in "\"'":
            continue  # a straight-quoted single word is a scare quote, not speech
        speaker = _speaker(text, start, end, last_speaker)
        last_speaker = speaker or last_speaker
        reason = "direct speech in quotation marks" + (f"; speaker: {speaker}" if speaker else "")
        found.append(Suggestion(QUOTE, start, end, words, reason, speaker))
        # A quotation quoted inside this one ("He told me ‘never again’") is a quote too.
        for inner in _QUOTED.finditer(text, start + 1, end - 1):
            found.append(
                Suggestion(QUOTE, *inner.span(), inner.group(0), "quoted inside a quotation")
            )
    return found


def _continues(words: str) -> bool:
    """A quote running over paragraphs: each new paragraph reopens it with a mark."""
    return all(part[:1] in '‘“"' for part in words.split("\n\n")[1:])


def _speaker(text: str, start: int, end: int, last_speaker: str) -> str:
    after = text[end : end + 80].split("\n")[0]
    before = text[max(0, start - 100) : start].split("\n")[-1]
    for pattern, context in [(p, after) for p in _AFTER] + [(p, before) for p in _BEFORE]:
        match = pattern.search(context)
        if match:
            return _resolve(text, start, match.group("who"), last_speaker)
    return ""


def _resolve(text: str, start: int, who: str, last_speaker: str) -> str:
    """A pronoun stands for the last speaker quoted, else the last person named as Mr or Ms."""
    if who.lower() not in ("he", "she", "they"):
        return who
    if last_speaker:
        return last_speaker
    earlier = re.findall(r"(?:Mr|Mrs|Ms|Dr|Prof)\.?\s[A-Z][\w’'-]+", text[:start])
    return earlier[-1] if earlier else who


def _sentences(text: str, blocks: list[Block], taken: list[tuple[int, int]]) -> list[Suggestion]:
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        body = text[block.start : block.end]
        for span in sentence_segmenter().segment(body):
            start = block.start + span.start
            words = span.sent.rstrip()
            end = start + len(words)
            if not words.strip() or _inside(start, end, taken, share=0.5):
                continue
            cue = _first_cue(words, _OPINION_CUES)
            tag = OPINION
            if cue is None:
                cue, tag = _first_cue(words, _CLAIM_CUES), CLAIM
            if cue is not None:
                found.append(Suggestion(tag, start, end, words, cue))
    return found


def _first_cue(sentence: str, cues: list[tuple[str, re.Pattern[str]]]) -> str | None:
    outside_quotes = _QUOTED.sub(" ", sentence)  # the speaker's words are the quote's, not ours
    for name, pattern in cues:
        match = pattern.search(outside_quotes)
        if match:
            return name if name == "question" else f"{name}: '{match.group(0).strip()}'"
    return None


def _inside(start: int, end: int, spans: list[tuple[int, int]], share: float = 1.0) -> bool:
    """Whether [start, end) lies (at least `share` of it) within one of the spans."""
    length = max(1, end - start)
    return any(min(end, e) - max(start, s) >= share * length for s, e in spans)
