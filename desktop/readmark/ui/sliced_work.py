"""Long work on the GUI thread, a few milliseconds at a time, with paints and input between."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Generator
from time import perf_counter
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
# How long the works' steps run, all works together, before the event loop has its turn: well
# inside a frame.
SLICE_SECONDS = 0.008
# How soon a work is wanted, the most wanted first: what the reader waits on (the window being
# built), what shows once done (the highlights strip's marks), and work ahead of need
# (formatting the text out of view, the check for repeats).
AWAITED, SHOWN, AHEAD = range(3)


class SlicedWork(QObject, Generic[T]):
    """Runs a generator's steps (it yields between them and returns its result) a slice at a
    time, and hands the result to `done`. Works running at once share one slice of
    SLICE_SECONDS an event-loop turn, the most `urgent` first (see _Turns). Once done it is its
    parent's no more; it stops, its `done` never called, when its parent is deleted first."""

    def __init__(
        self,
        steps: Generator[None, None, T],
        done: Callable[[T], None],
        parent: QObject,
        urgency: int = SHOWN,
    ) -> None:
        super().__init__(parent)
        self._steps, self._done = steps, done
        self.urgency = urgency

    def start(self) -> None:
        """Runs the first slice now: small work is done before this returns."""
        until = perf_counter() + SLICE_SECONDS
        while self.step():
            if perf_counter() >= until:
                _TURNS.add(self)
                return

    def start_soon(self) -> None:
        """Runs the first slice once the event loop has had its turn (the work can wait)."""
        _TURNS.add(self)

    def cancel(self) -> None:
        """Abandons the work (before it is done)."""
        _TURNS.discard(self)
        self._steps.close()
        self._let_go()

    def step(self) -> bool:
        """Runs one step; False once the work is done (its result handed to `done`), or gone
        with its parent."""
        if not shiboken6.isValid(self):
            self._steps.close()
            return False
        try:
            next(self._steps)
        except StopIteration as finished:
            self._let_go()
            self._done(finished.value)
            return False
        return True

    def _let_go(self) -> None:
        """Leaves the work to Python, which deletes it with its last reference, outside its own
        events: never to Qt's deferred deletion, which now and then corrupted the heap."""
        self.setParent(None)


class _Turns:
    """Every running work's slices, from one timer: in each event-loop turn the works run, the
    most urgent first and the oldest first among equals, until SLICE_SECONDS is spent, so that
    works running at once never add up to a longer turn."""

    def __init__(self) -> None:
        self._works: list[tuple[int, int, SlicedWork[Any]]] = []  # urgency, order, work
        self._added = 0
        self._timer: QTimer | None = None  # made with the first work: after the application

    def add(self, work: SlicedWork[Any]) -> None:
        self._added += 1
        insort(self._works, (work.urgency, self._added, work), key=lambda entry: entry[:2])
        if self._timer is None:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._run_turn)
        if not self._timer.isActive():
            self._timer.start(0)

    def discard(self, work: SlicedWork[Any]) -> None:
        self._works = [entry for entry in self._works if entry[2] is not work]

    def _run_turn(self) -> None:
        until = perf_counter() + SLICE_SECONDS
        while self._works:  # at least one step a turn, however short the slices
            entry = self._works[0]
            if not entry[2].step() and entry in self._works:  # done: `done` may have changed
                self._works.remove(entry)  # the works, or cancelled this one
            if perf_counter() >= until:
                break
        if self._works:
            assert self._timer is not None
            self._timer.start(0)


_TURNS = _Turns()
