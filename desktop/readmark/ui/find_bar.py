"""Ctrl+F in the article: every match highlighted, a count, next and previous."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from readmark.core.search import find_all
from readmark.ui.accessibility import clear_button
from readmark.ui.article_view import ArticleView
from readmark.ui.colours import LIGHT
from readmark.ui.translation import tr

# Drawing every match costs per match; past this many the count still shows, the rest do not.
MAX_DRAWN_MATCHES = 2000
MATCH_COLOUR = QColor("#ffe27a")


class FindBar(QFrame):
    closed = Signal()

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(tr("Find in article"))
        self.field.setAccessibleName(tr("Find in article"))
        clear_button(self.field)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.installEventFilter(self)  # Enter and Shift+Enter step through the matches
        self.count = QLabel(self)
        self.count.setMinimumWidth(90)
        previous = self._button(
            "↑", tr("Previous match (Shift+Enter, Shift+F3)"), self.find_previous
        )
        following = self._button("↓", tr("Next match (Enter, F3)"), self.find_next)
        close = self._button("✕", tr("Close (Esc)"), self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (previous, following, close):
            layout.addWidget(button)
        for keys, slot in (("F3", self.find_next), ("Shift+F3", self.find_previous)):
            shortcut = QShortcut(QKeySequence(keys), parent or self)
            shortcut.activated.connect(slot)
        self.hide()

    def _button(self, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])
        button.clicked.connect(slot)
        return button

    def open_bar(self) -> None:
        """Shows the bar with the reader's selection (if short) as the words to find."""
        selected = self._view.textCursor().selectedText()
        if selected and len(selected) < 80 and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.refresh()

    def close_bar(self) -> None:
        self._view.setExtraSelections([])
        self.hide()
        self._view.setFocus()
        self.closed.emit()

    def refresh(self) -> None:
        """Finds again, e.g. after another document opened."""
        if self.isVisible():
            self._search(self.field.text())

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                backwards = event.modifiers() & QtCore.Qt.KeyboardModifier.ShiftModifier
                self._step(-1 if backwards else 1)
                return True
            if event.key() == QtCore.Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _on_field_text_changed(self, text: str) -> None:
        self._search(text)

    def _search(self, query: str) -> None:
        self._matches = find_all(self._view.text, query)
        # Start from the match at or after the reading place, as browsers do.
        here = self._view.reading_position()
        self._current = next((i for i, (s, _) in enumerate(self._matches) if s >= here), 0)
        self._show()

    def _step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self._matches:
            self._current = (self._current + direction) % len(self._matches)
        self._show()

    def _show(self) -> None:
        if not self._matches:
            self.count.setText(tr("No matches") if self.field.text().strip() else "")
            self._view.setExtraSelections([])
            return
        self.count.setText(
            tr("{current} of {total}").format(current=self._current + 1, total=len(self._matches))
        )
        self._view.setExtraSelections(
            [self._selection(start, end) for start, end in self._matches[:MAX_DRAWN_MATCHES]]
        )
        self._view.select_span(*self._matches[self._current])

    def _selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = self._view.textCursor()
        cursor.setPosition(self._view.qt_position(start))
        cursor.setPosition(self._view.qt_position(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(MATCH_COLOUR)
        fmt.setForeground(LIGHT.ink)  # the mark is light in either theme: dark letters on it
        selection.format = fmt
        return selection
