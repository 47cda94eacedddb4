"""Finding words in a text the way a reader types them: any case, straight or typographic quotes
(English, French, German, Spanish), plain or no-break spaces."""

from __future__ import annotations

import re

# A straight quote typed by the reader matches the typographic ones printed in articles, in
# English, French (« » with the no-break spaces inside them), German („ “ ‚ ‘ » «) and Spanish;
# a space typed matches a no-break or narrow no-break space.
_QUOTE_CLASSES = {
    "'": "['‘’‚′‹›]",
    '"': '["“”„″«»]',
    "-": "[-‐‑–—―]",
    " ": "[ \u00a0\u202f\u2009]",
}
_OPENING_GUILLEMET = '(?:«[ \u00a0\u202f]|["“”„″«»])'
_CLOSING_GUILLEMET = '(?:[ \u00a0\u202f]»|["“”„″«»])'


def pattern_for(query: str) -> re.Pattern[str] | None:
    """A case-insensitive pattern for the words typed; None for an empty query."""
    if not query.strip():
        return None
    parts = [_QUOTE_CLASSES.get(ch) or re.escape(ch) for ch in query]
    for index, ch in enumerate(query):
        if ch == '"':  # French guillemets hold a space inside: « mot » is found by "mot"
            opening = index == 0 or query[index - 1].isspace()
            parts[index] = _OPENING_GUILLEMET if opening else _CLOSING_GUILLEMET
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
