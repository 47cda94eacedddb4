"""Long work written as a generator that yields between its steps: a window runs it a few steps
at a time between paints (ui/sliced_work.py); anything else runs it through at once."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")


def run_to_end(steps: Generator[None, None, T]) -> T:
    """Runs every step at once; returns what the generator returns."""
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            result: T = finished.value
            return result
