"""The reader's accept or reject of suggestions as one undo step: the passages it tagged (or the
suggestions it turned down) together with what the suggester learned from it, so that Ctrl+Z
takes back both and the suggester knows again only what it knew before."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

Spans = list[tuple[int, int, int]]


@dataclass(frozen=True)
class Learning:
    """What a decision teaches the suggester: the learned record before and after it, and how
    each side is stored (`decide` on redo, `take_back` on undo, given the record)."""

    before: str
    after: str
    decide: Callable[[str], None]
    take_back: Callable[[str], None]


class DecisionCommand(QUndoCommand):
    """Stores the learning's `after` on redo and its `before` on undo; `tagged`, when the
    decision tagged passages, is their own undo step, run first (a refused one makes the
    decision nothing). `changed` runs after every undo and every redo but the first, when the
    suggestions shown may differ."""

    def __init__(
        self,
        text: str,
        learning: Learning,
        changed: Callable[[], None],
        tagged: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text)
        self._before, self._after = learning.before, learning.after
        self._decide, self._take_back, self._changed = learning.decide, learning.take_back, changed
        self._tagged = tagged
        self._first = True

    def redo(self) -> None:
        if self._tagged is not None:
            self._tagged.redo()
            if self._tagged.isObsolete():  # the store refused it: nothing was decided
                self.setObsolete(True)
                return
        self._decide(self._after)
        if not self._first:
            self._changed()
        self._first = False

    def undo(self) -> None:
        if self._tagged is not None:
            self._tagged.undo()
        self._take_back(self._before)
        self._changed()
