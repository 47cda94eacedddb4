"""Near-duplicate neighbouring blocks: the repeats scraped articles carry (captions twice, once
with straight and once with curly quotes)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from difflib import SequenceMatcher

from readmark.core.text import Block

# Blocks this alike (after folding quotes, dashes, spaces and case) count as one said twice.
SIMILARITY = 0.92
_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-",
                       "—": "-", "\u00a0": " "})  # fmt: skip


def near_duplicates(text: str, blocks: list[Block]) -> list[int]:
    """Indexes of blocks that repeat the block just before them (or the one before that, since
    scraped captions often come in pairs of pairs)."""
    keys = [_comparable(text[b.start : b.end]) for b in blocks]
    repeats: list[int] = []
    for index in range(1, len(blocks)):
        if blocks[index].kind == "title":
            continue
        for earlier in (index - 1, index - 2):
            if earlier < 0 or earlier in repeats:
                continue
            if _alike(keys[earlier], keys[index]):
                repeats.append(index)
                break
    return repeats


def _comparable(block_text: str) -> str:
    folded = unicodedata.normalize("NFKC", block_text).translate(_FOLD)
    return " ".join(folded.casefold().split())


def _alike(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    # Each test bounds ratio() from above and is far cheaper: ratio() runs only on likely pairs.
    return (
        matcher.real_quick_ratio() >= SIMILARITY
        and matcher.quick_ratio() >= SIMILARITY
        and _trigram_bound(a, b) >= SIMILARITY
        and matcher.ratio() >= SIMILARITY
    )


def _trigram_bound(a: str, b: str) -> float:
    """An upper bound of SequenceMatcher(None, a, b).ratio() from shared trigrams.

    Its M matched characters come in K runs, each of L characters sharing L - 2 trigrams, so
    the shared trigrams number C >= M - 2K; runs are separated by unmatched characters, so
    K - 1 <= T - 2M (T = len(a) + len(b)). Hence M <= (C + 2T + 2) / 5."""
    shared = (_trigrams(a) & _trigrams(b)).total()
    total = len(a) + len(b)
    return 2 * (shared + 2 * total + 2) / (5 * total)


def _trigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 3] for i in range(len(text) - 2))
