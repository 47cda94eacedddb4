"""The whole loop without the mouse: import, tag, note, find and export from the keyboard."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow

from .conftest import select_text


def keys(qtbot: QtBot, sequence: str) -> None:
    """Presses a key sequence on whatever has the focus, as a user's keyboard would."""
    qtbot.keySequence(QApplication.focusWidget(), sequence)


def test_import_tag_note_find_and_export_without_the_mouse(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "council.txt"
    article.write_text(
        "Council meeting\n\nThe council voted to close the library. Residents were angry.",
        encoding="utf-8",
    )
    out = tmp_path / "coded.csv"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(article)], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))

    keys(qtbot, "Ctrl+O")  # the file dialog answers with the article
    assert window.windowTitle().startswith("Council meeting")

    view = window.view
    view.setFocus()
    keys(qtbot, "Ctrl+Home")
    while view.textCursor().blockNumber() < 2:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(7):  # "The council voted to close the library"
        qtbot.keyClick(
            view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        )
    qtbot.keyClick(view, Qt.Key.Key_1)

    keys(qtbot, "F6")  # to the annotations
    assert window.panel.table.hasFocus()
    qtbot.keyClick(window.panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is window.panel.memo.editor
    qtbot.keyClicks(editor, "Check the minutes")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    keys(qtbot, "Ctrl+F")
    qtbot.keyClicks(QApplication.focusWidget(), "residents")
    assert window.find_bar.count.text() == "1 of 1"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert view.hasFocus()

    keys(qtbot, "Ctrl+E")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert row["passage"].startswith("The council voted to close the library")
    assert (row["tag"], row["note"]) == ("claim", "Check the minutes")


def tab_stops(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    """Where Tab takes the keys, from `start` on, as a user pressing it `count` times sees."""
    start.setFocus()
    stops = []
    for _ in range(count):
        widget = QApplication.focusWidget()
        stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return stops


def test_tab_goes_library_article_panel_note_and_back(qtbot: QtBot, window: MainWindow) -> None:
    select_text(window, "Such an attack would have been unthinkable")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    panel = window.panel
    stops = tab_stops(qtbot, window.document_list, 12)
    order = [window.document_list, window.view, window.side_tabs.tabBar(), panel.table]
    order.append(panel.memo.editor)
    seen = [stops.index(widget) for widget in order]  # each is reached ...
    assert seen == sorted(seen), "in the order they are on screen"
    assert stops[len(set(stops))] is window.document_list  # and round again, no trap


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_pane_with_the_keys_is_ringed_in_the_highlight(
    qtbot: QtBot, window: MainWindow, theme: str
) -> None:
    window.commands.menus.comfort.choose_theme(theme)
    select_text(window, "Such an attack would have been unthinkable")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    qtbot.waitUntil(window.panel.table.updatesEnabled)  # the list shows after the reader
    panes = [window.document_list, window.view, window.panel.table, window.panel.memo.editor]
    window.document_list.setFocus()
    ringed_panes = []
    for _ in range(8):
        pane = QApplication.focusWidget()
        shot = window.grab().toImage()
        for other in panes:
            edge = QRect(other.mapTo(window, QPoint(0, 0)), other.size())
            middle = edge.center()
            sides = (QPoint(middle.x(), edge.top()), QPoint(middle.x(), edge.bottom()))
            sides += (QPoint(edge.left(), middle.y()), QPoint(edge.right(), middle.y()))
            highlight = other.palette().color(QPalette.ColorRole.Highlight).rgb()
            ringed = [shot.pixel(point) == highlight for point in sides]
            assert ringed == [other is pane] * 4, (type(other).__name__, type(pane).__name__)
        ringed_panes.append(pane)
        qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert set(panes) <= set(ringed_panes)
