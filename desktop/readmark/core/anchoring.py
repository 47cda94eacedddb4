"""Anchors: a passage's offsets with its exact text and context, and finding it again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from readmark.core.model import Annotation
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


def anchored_annotation(
    anchor: Anchor,
    document_id: int,
    tag_id: int,
    coder: str,
    now: datetime,
    note: str = "",
) -> Annotation:
    """A new annotation of `coder` on the anchored passage, made `now`."""
    return Annotation(
        id=Annotation.new_id(),
        document_id=document_id,
        tag_id=tag_id,
        start=anchor.start,
        end=anchor.end,
        exact=anchor.exact,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        note=note,
        created_at=now,
        updated_at=now,
        coder=coder,
    )


def locate(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """Where the anchored passage stands in `text` (a new version of its document): the
    occurrence of its exact words whose surrounding text matches best, the nearest to its old
    place on a tie; None if the words are gone."""
    if not anchor.exact:
        return None
    best: tuple[int, int] | None = None
    best_score = (-1, 0)
    index = text.find(anchor.exact)
    while index != -1:
        end = index + len(anchor.exact)
        context = _shared_tail(text[max(0, index - len(anchor.prefix)) : index], anchor.prefix)
        context += _shared_head(text[end : end + len(anchor.suffix)], anchor.suffix)
        score = (context, -abs(index - anchor.start))
        if score > best_score:
            best, best_score = (index, end), score
        index = text.find(anchor.exact, index + 1)
    return best


def _shared_head(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _shared_tail(a: str, b: str) -> int:
    return _shared_head(a[::-1], b[::-1])
