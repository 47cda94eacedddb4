"""Near-duplicate neighbouring blocks: the repeats scraped articles carry (captions twice, once
with straight and once with curly quotes)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Generator
from difflib import SequenceMatcher
from unicodedata import normalize

from readmark.core.steps import run_to_end
from readmark.core.text import Block

# Blocks this alike (after folding quotes, dashes, spaces and case) count as one said twice.
SIMILARITY = 0.92
_FOLD = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-",
         "\u00a0": " "}  # fmt: skip
# Blocks compared between two pauses of near_duplicates_in_steps: few enough that a step
# never delays a paint.
STEP_BLOCKS = 16
# A search for the few characters to fold: str.translate looks every character of the text up.
_TO_FOLD = re.compile("[" + "".join(_FOLD) + "]")


def near_duplicates(text: str, blocks: list[Block]) -> list[int]:
    """Indexes of blocks that repeat the block just before them (or the one before that, since
    scraped captions often come in pairs of pairs)."""
    return run_to_end(near_duplicates_in_steps(text, blocks))


def near_duplicates_in_steps(text: str, blocks: list[Block]) -> Generator[None, None, list[int]]:
    """near_duplicates, pausing (yielding) every STEP_BLOCKS blocks: a window runs it between
    paints, so that a book's blocks never hold the window still. Returns the indexes."""
    keys: list[str] = []
    repeats: list[int] = []
    for index, block in enumerate(blocks):
        if index % STEP_BLOCKS == STEP_BLOCKS - 1:
            yield
        keys.append(_comparable(text[block.start : block.end]))
        if index == 0 or block.kind == "title":
            continue
        for earlier in (index - 1, index - 2):
            if earlier < 0 or earlier in repeats:
                continue
            if (yield from _alike_in_steps(keys[earlier], keys[index])):
                repeats.append(index)
                break
    return repeats


def _comparable(block_text: str) -> str:
    folded = _TO_FOLD.sub(lambda match: _FOLD[match.group()], normalize("NFKC", block_text))
    return " ".join(folded.casefold().split())


def _alike_in_steps(a: str, b: str) -> Generator[None, None, bool]:
    """Whether SequenceMatcher's ratio of the two reaches SIMILARITY, pausing before the
    costlier bounds and between the matcher's searches."""
    if not a or not b:
        return False
    if a == b:
        return True
    # Each test bounds SequenceMatcher's ratio() from above, in the form it computes it, and is
    # far cheaper: the matcher, whose set-up alone indexes every character of a block in
    # Python, is made only for likely pairs.
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < SIMILARITY:  # its real_quick_ratio()
        return False
    if 2.0 * (Counter(a) & Counter(b)).total() / total < SIMILARITY:  # its quick_ratio()
        return False
    if _trigram_bound(a, b) < SIMILARITY:
        return False
    yield
    if 2.0 * _common_subsequence(a, b) / total < SIMILARITY:
        return False
    return (yield from _ratio_in_steps(a, b)) >= SIMILARITY


def _common_subsequence(a: str, b: str) -> int:
    """The length of the longest common subsequence of the two, which bounds the characters
    SequenceMatcher matches (its blocks come in order in both), worked out a character of `a`
    at a time over bit sets of `b`'s positions (Hyyrö's bit-parallel algorithm)."""
    positions: dict[str, int] = {}
    for at, character in enumerate(b):
        positions[character] = positions.get(character, 0) | 1 << at
    every = (1 << len(b)) - 1
    row = every  # a 1 for each of b's positions not yet in the subsequence
    for character in a:
        matched = row & positions.get(character, 0)
        row = ((row + matched) | (row - matched)) & every
    return len(b) - row.bit_count()


def _ratio_in_steps(a: str, b: str) -> Generator[None, None, float]:
    """SequenceMatcher(None, a, b, autojunk=False).ratio(), yielding after each search for the
    longest match. Its matching blocks are the longest match of the whole and, recursively,
    those of the parts on either side; ratio() counts their characters whatever the order."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    matched = 0
    parts = [(0, len(a), 0, len(b))]
    while parts:
        a_low, a_high, b_low, b_high = parts.pop()
        at_a, at_b, size = matcher.find_longest_match(a_low, a_high, b_low, b_high)
        if size:
            matched += size
            if a_low < at_a and b_low < at_b:
                parts.append((a_low, at_a, b_low, at_b))
            if at_a + size < a_high and at_b + size < b_high:
                parts.append((at_a + size, a_high, at_b + size, b_high))
        yield
    return 2.0 * matched / (len(a) + len(b))


def _trigram_bound(a: str, b: str) -> float:
    """An upper bound of SequenceMatcher(None, a, b).ratio() from shared trigrams.

    Its M matched characters come in K runs, each of L characters sharing L - 2 trigrams, so
    the shared trigrams number C >= M - 2K; runs are separated by unmatched characters, so
    K - 1 <= T - 2M (T = len(a) + len(b)). Hence M <= (C + 2T + 2) / 5."""
    shared = (_trigrams(a) & _trigrams(b)).total()
    total = len(a) + len(b)
    return 2 * (shared + 2 * total + 2) / (5 * total)


def _trigrams(text: str) -> Counter[tuple[str, str, str]]:
    return Counter(zip(text, text[1:], text[2:], strict=False))  # the shorter ones end it
