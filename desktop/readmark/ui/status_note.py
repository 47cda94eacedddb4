"""Notes in the status bar that a passing status tip does not wipe out.

Hovering a toolbar button shows its tip in the status bar, and leaving it clears the bar: an
import's "Added …" went with it, seconds after it came, and the user saw no word at all. A note
comes back when the tip goes, until its own time is up; any other message replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import QDeadlineTimer, QEvent, QObject
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QMainWindow


class StatusNote(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._bar = window.statusBar()
        self._text = ""
        self._until = QDeadlineTimer(0)
        self._tip_shown = False
        self._bar.messageChanged.connect(self._on_bar_message_changed)
        window.installEventFilter(self)

    def show(self, text: str, timeout_ms: int) -> None:
        self._text = text
        self._until = QDeadlineTimer(timeout_ms)
        self._bar.showMessage(text, timeout_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.StatusTip or not isinstance(event, QStatusTipEvent):
            return False
        self._tip_shown = bool(event.tip())
        left = self._until.remainingTime()
        if self._tip_shown or not self._text or left <= 0:
            return False  # the window shows the tip, or clears the bar
        self._bar.showMessage(self._text, left)  # the tip went: the note comes back
        return True

    def _on_bar_message_changed(self, message: str) -> None:
        if message and message != self._text and not self._tip_shown:
            self._text = ""  # another message took the note's place


def show_note(window: QMainWindow, text: str, timeout_ms: int) -> None:
    """Shows `text` in the window's status bar for `timeout_ms`, through status tips."""
    note = window.findChild(StatusNote) or StatusNote(window)
    note.show(text, timeout_ms)
