"""A splitter whose panes keep the sizes they were given when a pane's minimum shrinks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QWidget


class SteadySplitter(QSplitter):
    """QSplitter grows a pane whose minimum grew, at its neighbours' cost, and hands the room
    back once that minimum shrinks again. Where a pane's minimum follows what it shows (the memo
    pane, with each passage's fields), choosing passage after passage would move the list above
    it up and down by a few pixels each time, and repaint the whole panel. Here a pane keeps
    the room it was given until the reader drags a handle or the splitter itself is resized."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget) -> None:
        super().__init__(orientation, parent)
        self._keeping = QTimer(self)
        self._keeping.setSingleShot(True)
        self._keeping.timeout.connect(self._keep_sizes)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            # A turn later: a pane's contents pass through minimums they do not keep while
            # they are laid out, and only the settled sizes are worth keeping.
            self._keeping.start(0)
        return handled

    def _keep_sizes(self) -> None:
        """The sizes laid out become the ones to keep, as a drag of a handle makes them."""
        self.setSizes(self.sizes())
