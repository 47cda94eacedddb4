"""The thin bars above the reader (an exercise's instructions, the offer to fold repeats): a line
of words with its buttons beside it, on a note's paper, taking as little of the reader as they can.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from readmark.ui.application_theme import palette_theme
from readmark.ui.colours import notice_style

# Qt.TextFormat.PlainText, set as a property: the bar is made for the first look, which does not
# wait for the Qt namespace (see readmark.ui).
PLAIN_TEXT = 0
# Narrower than this, a bar puts its buttons under its message.
STACKED_BELOW_WIDTH = 480


class NoticeBar(QFrame):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._theme = ""
        self._dress()
        # Told by the application: Qt sends a widget with a style sheet no palette events.
        application = QGuiApplication.instance()
        assert isinstance(application, QGuiApplication)
        application.paletteChanged.connect(self._dress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("textFormat", PLAIN_TEXT)  # a teacher's words, as typed
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(4)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        # A line of words and a row of buttons: the buttons' height is the bar's.
        self._layout.setContentsMargins(10, 2, 6, 2)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.message, 1)
        self._layout.addLayout(self._buttons)
        self.hide()

    def add_button(self, text: str) -> QPushButton:
        button = QPushButton(text, self)
        self._buttons.addWidget(button)
        return button

    def say(self, message: str, more: str = "") -> None:
        """Shows the bar with `message`; `more`, what a curious reader may want, on hover."""
        self.message.setText(message)
        self.setToolTip(more)
        self.show()

    def _dress(self, _: object = None) -> None:
        """A light note in a light application, a dark one in a dark application."""
        theme = palette_theme(QGuiApplication.palette())
        if theme != self._theme:
            self._theme = theme
            self.setStyleSheet(notice_style(self.objectName(), theme))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # Beside a narrow reader the buttons go under the message, which keeps whole lines.
        narrow = event.size().width() < STACKED_BELOW_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)
