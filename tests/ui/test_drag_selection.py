"""A drag with the mouse across paragraphs selects whole words; begun with Alt, exact characters."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from readmark.ui.main_window import MainWindow

from .conftest import qt_position


def point_before(window: MainWindow, offset: int) -> QPoint:
    """Where on the reader's viewport the character at a code-point offset begins."""
    cursor = window.view.textCursor()
    cursor.setPosition(qt_position(window, offset))
    return window.view.cursorRect(cursor).center()


def drag(window: MainWindow, start: int, end: int, alt: bool = False) -> str:
    """Drags the mouse from one offset to another, as a hand would; returns what is selected."""
    viewport = window.view.viewport()
    modifiers = Qt.KeyboardModifier.AltModifier if alt else Qt.KeyboardModifier.NoModifier
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(viewport, left, modifiers, point_before(window, start))
    middle = (point_before(window, start) + point_before(window, end)) / 2
    for point in (middle, point_before(window, end)):
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, left, modifiers, point_before(window, end))
    begin, finish = window.view.selected_span()
    return window.controller.document.text[begin:finish]


def test_a_drag_across_paragraphs_ending_mid_word_takes_whole_words(window: MainWindow) -> None:
    text = window.controller.document.text
    start = text.index("suicide") + 3  # "sui|cide"
    end = text.index("Vladimir") + 2  # "Vl|adimir", in the next paragraph
    selected = drag(window, start, end)
    assert selected.startswith("suicide drones")
    assert selected.endswith("itself.\n\nSuch an attack would have been unthinkable when Vladimir")


def test_an_alt_drag_selects_exact_characters(window: MainWindow) -> None:
    text = window.controller.document.text
    start = text.index("suicide") + 3
    end = text.index("Vladimir") + 2
    assert drag(window, start, end, alt=True) == text[start:end]


def test_a_drag_within_one_word_picks_its_letters(window: MainWindow) -> None:
    text = window.controller.document.text
    start = text.index("unbelievable") + 2
    assert drag(window, start, start + 6) == "believ"
