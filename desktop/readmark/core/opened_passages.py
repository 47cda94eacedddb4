"""A document's passages as a window takes them when it opens the document, with what the window
derives from the whole list worked out once, where the passages are read: on a worker thread
for a book, whose hundred thousand passages take tens of milliseconds a pass in Python."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import compress, islice, pairwise
from operator import attrgetter, eq, le

from readmark.core.model import Annotation
from readmark.core.passage_sums import passage_sums
from readmark.core.span_index import SpanIndex


def reading_order(annotation: Annotation) -> tuple[int, int, datetime]:
    return (annotation.start, -annotation.end, annotation.created_at)


def in_reading_order(annotations: Sequence[Annotation]) -> bool:
    """Whether the annotations come in reading order. Their starts are compared in C; only
    neighbours that start together are compared whole, so a book opening makes no key per
    passage."""
    starts = list(map(attrgetter("start"), annotations))
    if not all(map(le, starts, islice(starts, 1, None))):
        return False
    together = compress(pairwise(annotations), map(eq, starts, islice(starts, 1, None)))
    return all(reading_order(a) <= reading_order(b) for a, b in together)


@dataclass(frozen=True)
class OpenedPassages:
    """The passages a window shows of a document. One window takes them: its reader keeps
    `placed` up to date from then on, and its list the rest."""

    in_order: list[Annotation]  # all of them, in reading order
    placed: SpanIndex[Annotation]  # those with a place in the text (not orphaned)
    tag_counts: Counter[int]
    coder_counts: Counter[str]
    sums: tuple[int, ...]  # core.passage_sums of them all

    @classmethod
    def of(cls, annotations: Sequence[Annotation]) -> OpenedPassages:
        """Works them out (the store hands passages over in reading order: that is checked
        rather than sorted)."""
        if in_reading_order(annotations):
            in_order = list(annotations)
        else:
            in_order = sorted(annotations, key=reading_order)
        return cls(
            in_order,
            SpanIndex(a for a in in_order if not a.orphaned),
            Counter(map(attrgetter("tag_id"), in_order)),
            Counter(map(attrgetter("coder"), in_order)),
            passage_sums(in_order),
        )
