"""The whole loop without the mouse: import, tag, note, find and export from the keyboard."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow


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
