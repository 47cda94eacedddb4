"""A real main window on a temporary library, shown offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readmark.app import create_window
from readmark.core.text import Utf16Map
from readmark.ui.main_window import MainWindow

OpenWindow = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, isolated_paths: Path, messages: list[str]) -> Iterator[OpenWindow]:
    """Starts the app as a user would; call again after closing to restart on the same library."""
    windows: list[MainWindow] = []

    def start() -> MainWindow:
        # The windows of the tests before, closed, are deleted now rather than in the first event
        # loop this test runs: deleting a window takes tens of milliseconds in one turn.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window = create_window(str(isolated_paths))
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()  # window shortcuts (keys 1-4, Ctrl+Z) need the active window
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield start
    for window in windows:
        window.close()


@pytest.fixture
def window(open_window: OpenWindow) -> MainWindow:
    return open_window()


@pytest.fixture
def dark_desktop(qapp: QApplication) -> Iterator[None]:
    """The application in a dark desktop's palette, light text on dark, as a dark system theme
    gives it."""
    saved = QPalette(qapp.palette())
    palette = QPalette()
    role = QPalette.ColorRole
    for part, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
    ):
        palette.setColor(part, QColor(colour))
    qapp.setPalette(palette)
    yield
    qapp.setPalette(saved)


def select_text(window: MainWindow, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Selects a phrase in the reader as a user's drag would; returns its code-point span."""
    text = window.controller.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    window.view.select_span(start, end)
    return start, end


def select_qt_range(window: MainWindow, qt_start: int, qt_end: int) -> None:
    cursor = window.view.textCursor()
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    window.view.setTextCursor(cursor)


def qt_position(window: MainWindow, offset: int) -> int:
    return Utf16Map(window.controller.document.text).to_utf16(offset)


def click_at_offset(qtbot: QtBot, window: MainWindow, offset: int) -> None:
    """Clicks the reader in the middle of the character at a code-point offset."""
    view = window.view
    cursor = view.textCursor()
    cursor.setPosition(qt_position(window, offset))
    left = view.cursorRect(cursor)
    cursor.setPosition(qt_position(window, offset + 1))
    right = view.cursorRect(cursor)
    point = QPoint((left.center().x() + right.center().x()) // 2, left.center().y())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def format_at(window: MainWindow, offset: int) -> QTextCharFormat | None:
    """The highlight format Qt paints at a code-point offset, if any.

    The reader formats a block by the time it paints it, so the offset is brought into view (as
    a reader would scroll to it) and painted first.
    """
    view = window.view
    position = qt_position(window, offset)
    cursor = view.textCursor()
    cursor.setPosition(position)
    if not view.viewport().rect().intersects(view.cursorRect(cursor)):
        view.scroll_to(offset)
    view.viewport().repaint()
    return layout_format_at(window, offset)


def layout_format_at(window: MainWindow, offset: int) -> QTextCharFormat | None:
    """The highlight format a code-point offset's block holds for it now, shown or not."""
    position = qt_position(window, offset)
    block = window.view.document().findBlock(position)
    inside = position - block.position()
    ranges = block.layout().formats()  # keep the list alive while reading its formats
    for fmt_range in ranges:
        if fmt_range.start <= inside < fmt_range.start + fmt_range.length:
            return QTextCharFormat(fmt_range.format)
    return None


def select_words_by_keys(
    qtbot: QtBot, window: MainWindow, block_number: int, words: int, key: Qt.Key = Qt.Key.Key_Right
) -> None:
    """Selects the first `words` words of a paragraph as a keyboard user does: Ctrl+Home, down
    to it, Home, then Ctrl+Shift+`key` (Left in a right-to-left line) once a word."""
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(10):  # down the wrapped title lines and the blank line after it
        if view.textCursor().blockNumber() == block_number:
            break
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(words):
        qtbot.keyClick(
            view, key, Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        )


def suggest_and_wait(qtbot: QtBot, window: MainWindow) -> None:
    """Tools > Suggest Tags, then waits for the list (computed on a worker thread)."""
    window.library.suggest_tags()
    qtbot.waitUntil(lambda: not window.suggestions.computing)
