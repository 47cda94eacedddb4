"""Spans (passages, suggestions) by where they start: which of them overlap a stretch of text,
in log time plus the spans found. Plain Python, so that a worker thread can build a book's."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate
from operator import attrgetter
from typing import Generic, Protocol, TypeVar

# Spans longer than this (in code points) are kept apart, so that finding the spans over a line
# looks back at most this far among the others however long a few of them are.
LONG_SPAN = 2048


class Spanned(Protocol):
    """Anything drawn over a stretch of text in a tag's colour."""

    @property
    def tag_id(self) -> int: ...

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=Spanned)
_start = attrgetter("start")


class SpanIndex(Generic[S]):
    """Spans by where they start: which of them overlap a stretch of text, in log time plus the
    spans found."""

    def __init__(self, spans: Iterable[S] = ()) -> None:
        short: list[S] = []
        long: list[S] = []
        for span in spans:
            (long if span.end - span.start > LONG_SPAN else short).append(span)
        short.sort(key=_start)  # they come in reading order: the sort only checks
        long.sort(key=_start)
        self._short, self._short_starts = short, [s.start for s in short]
        self._long, self._long_starts = long, [s.start for s in long]
        self._long_reach: list[int] = []
        self._reach_long()

    def __iter__(self) -> Iterator[S]:
        yield from self._short
        yield from self._long

    def __len__(self) -> int:
        return len(self._short) + len(self._long)

    def add(self, span: S) -> None:
        spans, starts = self._lists(span)
        at = bisect_right(starts, span.start)
        starts.insert(at, span.start)
        spans.insert(at, span)
        if spans is self._long:
            self._reach_long()

    def remove(self, span: S, same: Callable[[S], bool]) -> S | None:
        """Takes out the span over the same stretch for which `same` holds, and returns it."""
        spans, starts = self._lists(span)
        at = bisect_left(starts, span.start)
        while at < len(spans) and starts[at] == span.start:
            if spans[at].end == span.end and same(spans[at]):
                found = spans[at]
                del spans[at], starts[at]
                if spans is self._long:
                    self._reach_long()
                return found
            at += 1
        return None

    def overlapping(self, start: int, end: int) -> list[S]:
        """The spans sharing at least one character with [start, end)."""
        first = bisect_right(self._short_starts, start - LONG_SPAN)
        last = bisect_left(self._short_starts, end)
        found = [s for s in self._short[first:last] if s.end > start]
        first = bisect_right(self._long_reach, start)
        last = bisect_left(self._long_starts, end)
        found += [s for s in self._long[first:last] if s.end > start]
        return found

    def _reach_long(self) -> None:
        """How far the long spans reach, each with those before it: the ones before the first
        to reach past a place all end before it, and a search skips them."""
        self._long_reach = list(accumulate((s.end for s in self._long), max))

    def _lists(self, span: S) -> tuple[list[S], list[int]]:
        if span.end - span.start > LONG_SPAN:
            return self._long, self._long_starts
        return self._short, self._short_starts
