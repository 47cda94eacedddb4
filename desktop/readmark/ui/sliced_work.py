"""Long work on the GUI thread, a few milliseconds at a time, with paints and input between."""

from __future__ import annotations

from collections.abc import Callable, Generator
from time import perf_counter
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
# How long one slice runs before the event loop has its turn: well inside a frame.
SLICE_SECONDS = 0.008


class SlicedWork(QObject, Generic[T]):
    """Runs a generator's steps (it yields between them and returns its result) in slices of
    about SLICE_SECONDS, and hands the result to `done`. Deletes itself once done."""

    def __init__(
        self, steps: Generator[None, None, T], done: Callable[[T], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._steps, self._done = steps, done
        # Not the work's child: the work's deferred deletion must take no timer with it (a
        # child timer was now and then deleted twice then, aborting the process); the timer
        # goes with the work's Python object.
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run_slice)

    def start(self) -> None:
        """Runs the first slice now: small work is done before this returns."""
        self._run_slice()

    def start_soon(self) -> None:
        """Runs the first slice once the event loop has had its turn (the work can wait)."""
        self._timer.start(0)

    def cancel(self) -> None:
        """Abandons the work (before it is done)."""
        self._timer.stop()
        self._steps.close()
        self.deleteLater()

    def _run_slice(self) -> None:
        until = perf_counter() + SLICE_SECONDS
        try:
            next(self._steps)  # at least one step a slice, however short the slices
            while perf_counter() < until:
                next(self._steps)
        except StopIteration as finished:
            self.deleteLater()
            self._done(finished.value)
            return
        self._timer.start(0)
