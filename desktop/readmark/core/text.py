"""Positions in a document's text: UTF-16 conversion, blocks and paragraphs, passage trimming."""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pysbd

BlockKind = Literal["title", "heading", "paragraph", "caption", "quote", "list_item"]
BLOCK_KINDS: tuple[BlockKind, ...] = (
    "title", "heading", "paragraph", "caption", "quote", "list_item",
)  # fmt: skip
LIST_BULLET = "• "

# Longest first line that still reads as a headline rather than a paragraph.
MAX_TITLE_LENGTH = 200


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts code-point offsets (what the store keeps) to UTF-16 units (what Qt counts) and back.

    Only characters outside the Basic Multilingual Plane differ, so the map keeps their positions
    alone and each conversion is a binary search.
    """

    def __init__(self, text: str) -> None:
        # Found by the regex engine, which scans in C: no Python step per character of a text of
        # megabytes.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's first unit.
        self._astral_utf16 = [cp + n for n, cp in enumerate(self._astral)]
        self._length = len(text)

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """The code point at a UTF-16 position; a position inside a surrogate pair rounds down."""
        # Each astral character wholly before `position` took one extra unit.
        before = bisect.bisect_right(self._astral_utf16, position - 2)
        offset = position - before
        if before < len(self._astral_utf16) and self._astral_utf16[before] == position - 1:
            offset -= 1
        return max(0, min(offset, self._length))

    def same_between(self, start: int, end: int) -> bool:
        """Whether [start, end) holds no astral character, so that within it UTF-16 positions
        are code-point offsets plus one constant."""
        return bisect.bisect_left(self._astral, start) == bisect.bisect_left(self._astral, end)

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)


@dataclass(frozen=True)
class Block:
    """A run of non-blank lines. Offsets are code points, end exclusive."""

    kind: BlockKind
    start: int
    end: int


def line_starts(text: str) -> list[int]:
    """Code-point offset of the start of each line (each Qt text block)."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def split_blocks(text: str) -> list[Block]:
    """The document's blocks: its title (a short single first line) and paragraphs."""
    blocks: list[Block] = []
    start = None
    position = 0
    for line in text.split("\n"):
        blank = not line.strip()
        if start is None and not blank:
            start = position
        elif start is not None and blank:
            blocks.append(Block("paragraph", start, position - 1))
            start = None
        position += len(line) + 1
    if start is not None:
        blocks.append(Block("paragraph", start, len(text)))
    if len(blocks) > 1:
        first = blocks[0]
        headline = text[first.start : first.end]
        if "\n" not in headline and len(headline) <= MAX_TITLE_LENGTH:
            blocks[0] = Block("title", first.start, first.end)
    return blocks


def assemble(title: str, parts: Iterable[tuple[BlockKind, str]]) -> tuple[str, list[Block]]:
    """One canonical text from a title and body blocks (each made one clean line), a blank line
    between blocks; with the blocks' kinds and offsets. List items get a bullet."""
    pieces: list[str] = []
    blocks: list[Block] = []
    position = 0
    for kind, content in [("title", title), *parts]:
        line = _SPACES.sub(" ", content).strip(" ")
        if not line:
            continue
        if kind == "list_item" and not _LIST_MARK.match(line):
            line = LIST_BULLET + line
        if pieces:
            position += 2
        blocks.append(Block(kind, position, position + len(line)))
        pieces.append(line)
        position += len(line)
    return "\n\n".join(pieces), blocks


# Line breaks and runs of ordinary spaces become one space; a no-break space is kept, as written.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_LIST_MARK = re.compile(r"([•\-*–]|\d+[.)]|[a-z][.)])\s")


class BlockIndex:
    """Which block an offset falls in, by binary search over the blocks' starts."""

    def __init__(self, blocks: list[Block]) -> None:
        self._blocks = blocks
        self._starts = [block.start for block in blocks]
        self._numbered_from = 0 if blocks and blocks[0].kind == "title" else 1

    def block_at(self, offset: int) -> Block | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        return self._blocks[max(0, index)] if self._blocks else None

    def paragraph_number(self, offset: int) -> int:
        """1-based number of the body block holding `offset` (the title is 0)."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1) + self._numbered_from

    def locate(self, offset: int) -> tuple[Block | None, int]:
        """`block_at(offset)` and `paragraph_number(offset)` in one search."""
        index = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return (self._blocks[index] if self._blocks else None), index + self._numbered_from


def is_right_to_left(text: str, sample: int = 2000) -> bool:
    """Whether a text is written mostly right to left (Arabic, Hebrew, Persian, Urdu): more of
    the letters in its first `sample` characters are of right-to-left scripts than not."""
    rightward = leftward = 0
    for character in text[:sample]:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            rightward += 1
        elif kind == "L":
            leftward += 1
    return rightward > leftward


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) so the passage neither begins nor ends with whitespace."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Characters that join two letters into one word: "don't", "well-known".
_WORD_JOINERS = frozenset("'\u2019-\u2010\u00ad")


def _is_word_character(text: str, index: int) -> bool:
    """Whether text[index] is part of a word: a letter, digit or combining mark, or a joiner
    between two of them."""
    if not 0 <= index < len(text):
        return False
    char = text[index]
    if char in _WORD_JOINERS:
        return _is_letter_or_digit(text, index - 1) and _is_letter_or_digit(text, index + 1)
    return _is_letter_or_digit(text, index)


def _is_letter_or_digit(text: str, index: int) -> bool:
    return 0 <= index < len(text) and (
        text[index] == "_" or unicodedata.category(text[index])[0] in "LNM"
    )


def widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) grown so that neither end cuts a word in two, as a word processor's drag
    selects; a selection inside one word is left exact (the user is picking letters)."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if all(_is_word_character(text, i) for i in range(start, end)):
        return start, end
    while _is_word_character(text, start - 1) and _is_word_character(text, start):
        start -= 1
    while _is_word_character(text, end - 1) and _is_word_character(text, end):
        end += 1
    return start, end


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """`text` without NUL, and with lone surrogates (from broken input) made U+FFFD, so that it
    can be stored, exported and shown anywhere."""
    return _UNSTORABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def encode_blocks(blocks: Iterable[Block]) -> str:
    """Blocks as compact JSON, for storage."""
    return json.dumps([[b.kind, b.start, b.end] for b in blocks], separators=(",", ":"))


def decode_blocks(encoded: str) -> list[Block]:
    return [Block(kind, start, end) for kind, start, end in json.loads(encoded)]


# Words common in one language's prose and rare in the others', for telling an article's language.
_COMMON_WORDS = {
    "en": "the and of to is was that with for said have this",
    "fr": "les des est une dans pour qui pas sur avec été selon",
    "de": "der die und das ist nicht mit den sich von auch wurde",
    "es": "los las del por una para con como fue según pero sus",
}
_WORDS = re.compile(r"\w+")


def language_of(text: str, sample: int = 5000) -> str:
    """The article's language among en, fr, de and es, from its commonest words; English when
    the text is too short or in none of them."""
    counts = dict.fromkeys(_COMMON_WORDS, 0)
    lookup = {w: lang for lang, words in _COMMON_WORDS.items() for w in words.split()}
    for word in _WORDS.findall(text[:sample].lower()):
        if word in lookup:
            counts[lookup[word]] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > counts["en"] else "en"


def sentence_segmenter(language: str = "en") -> pysbd.Segmenter:
    """Sentences of a language (en, fr, de, es) with their places in the text (pysbd). A new one
    each time, as making one is cheap: a Segmenter keeps the text it segments on itself, so
    threads segmenting at once (suggestions, an export) must not share one. pysbd loads when
    suggestions or a passage's context are first asked for: nothing before waits for it."""
    import pysbd

    return pysbd.Segmenter(language=language, clean=False, char_span=True)
