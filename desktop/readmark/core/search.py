"""Finding words in a text the way a reader types them: any case, straight or curly quotes."""

from __future__ import annotations

import re

# A straight quote typed by the reader matches the typographic ones printed in articles.
_QUOTE_CLASSES = {"'": "['‘’‚′]", '"': '["“”„″]', "-": "[-‐‑–—]"}


def pattern_for(query: str) -> re.Pattern[str] | None:
    """A case-insensitive pattern for the words typed; None for an empty query."""
    if not query.strip():
        return None
    parts = [_QUOTE_CLASSES.get(ch) or re.escape(ch) for ch in query]
    return re.compile("".join(parts), re.IGNORECASE)


def find_all(text: str, query: str, limit: int = 10_000) -> list[tuple[int, int]]:
    """Every match of `query` in `text` as (start, end) code-point offsets, up to `limit`."""
    pattern = pattern_for(query)
    return [] if pattern is None else matches(pattern, text, limit)


def matches(pattern: re.Pattern[str], text: str, limit: int = 10_000) -> list[tuple[int, int]]:
    """Every match of a pattern_for pattern in `text`, as find_all has them: for many texts
    searched for the same words, the pattern made once."""
    found = []
    for match in pattern.finditer(text):
        found.append((match.start(), match.end()))
        if len(found) == limit:
            break
    return found
