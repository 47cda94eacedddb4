"""Anchors: a passage's offsets with its exact text and the context needed to find it again."""

from __future__ import annotations

from dataclasses import dataclass

from readmark.core.text import trim_span

CONTEXT_LENGTH = 32


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def anchor_selection(text: str, start: int, end: int) -> Anchor | None:
    """The anchor for a selection, trimmed of surrounding whitespace; None if nothing is left."""
    start, end = trim_span(text, min(start, end), max(start, end))
    if start == end:
        return None
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT_LENGTH) : start],
        suffix=text[end : end + CONTEXT_LENGTH],
    )
