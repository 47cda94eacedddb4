"""A drag in the reader selects whole words, as in a word processor, so that a passage does not
end mid-word."""

from __future__ import annotations

from readmark.core.text import Utf16Map, widen_to_words


def snapped_to_words(
    text: str, positions: Utf16Map, anchor: int, position: int
) -> tuple[int, int] | None:
    """The selection from `anchor` to `position` (Qt positions in `text`) grown to whole
    words, as (anchor, position); None when it is empty or whole words already."""
    if anchor == position:
        return None
    low, high = min(anchor, position), max(anchor, position)
    start, end = widen_to_words(text, positions.from_utf16(low), positions.from_utf16(high))
    start, end = positions.to_utf16(start), positions.to_utf16(end)
    if (start, end) == (low, high):
        return None
    # The anchor stays on the side where the drag began, so the drag carries on from there.
    return (start, end) if anchor < position else (end, start)
