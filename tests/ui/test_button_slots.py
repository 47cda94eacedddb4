"""Every button in the toolbar and the bars above the reader, clicked with the mouse: each does
what its menu item does, and none hands its `checked` value to a slot that takes something else
(a click on the exercise bar's Export My Work… once reached the slot as the file's path, and did
nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from classroom.test_classroom_window import (  # noqa: F401 (the fixture)
    Start,
    make_exercise,
    start,
    student_work,
)
from readmark.ui.exercise_dialogs import FeedbackDialog
from readmark.ui.main_window import MainWindow

from .conftest import select_text
from .test_every_command import every_question_declined  # noqa: F401 (the fixture)


def buttons_of(bar: QWidget) -> list[QAbstractButton]:
    """The bar's own buttons (not a field's clear button), in the order they were made."""
    own = Qt.FindChildOption.FindDirectChildrenOnly
    found = bar.findChildren(QAbstractButton, "", own)
    return [button for button in found if button.isVisible()]


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """A click of the mouse, with whatever the slot raises kept as a test failure."""
    with qtbot.captureExceptions() as raised:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not raised, f"{button.text()!r} raised {raised[0][1]!r}"


def test_the_exercise_bar_buttons_check_and_export_the_students_work(
    qtbot: QtBot,
    start: Start,  # noqa: F811 (the fixture)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    _, _, exercise = make_exercise(start, tmp_path)
    window, actions, _ = student_work(
        start, tmp_path, exercise, "Ana", [("This is a disgrace", "opinion")], monkeypatch
    )
    chosen = tmp_path / "chosen" / "Ana's work.rmwork"
    chosen.parent.mkdir()
    asked: list[str] = []

    def save_as(_parent: object, title: str, *args: object) -> tuple[str, str]:
        asked.append(title)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    clicked = buttons_of(actions.banner)
    assert [b.text() for b in clicked] == ["Check My Work", "Export My Work…"]
    for button in clicked:
        click(qtbot, button)

    assert asked == ["Export My Work"]
    assert chosen.read_bytes()  # the work, where the student chose
    assert "Exported 1 passages" in window.statusBar().currentMessage()
    feedback = window.findChildren(FeedbackDialog)
    assert len(feedback) == 1 and feedback[0].isVisible()
    assert messages == []


def test_the_repeats_bar_buttons_fold_and_keep(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.repeats_bar
    fold, keep = buttons_of(bar)
    click(qtbot, fold)
    assert window.controller.document.folded_blocks  # folded
    assert not bar.isVisible()
    window.commands.menus.show_repeats_action.trigger()  # shown again
    assert window.controller.document.folded_blocks == ()
    bar.offer(11)
    click(qtbot, keep)
    assert window.controller.document.folded_blocks == () and not bar.isVisible()


def test_the_find_bar_buttons_step_through_the_matches_and_close(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.find_bar
    bar.open_bar()
    qtbot.keyClicks(bar.field, "Putin")
    first = window.view.textCursor().selectionStart()
    previous, following, close = buttons_of(bar)
    click(qtbot, following)
    assert window.view.textCursor().selectionStart() > first
    click(qtbot, previous)
    assert window.view.textCursor().selectionStart() == first
    click(qtbot, close)
    assert not bar.isVisible()


def test_the_toolbar_buttons_tag_undo_redo_and_ask_for_files(
    qtbot: QtBot,
    window: MainWindow,
    every_question_declined: list[str],  # noqa: F811 (the fixture)
) -> None:
    asked = every_question_declined
    select_text(window, "Such an attack would have been unthinkable")
    buttons = {
        button.text(): button
        for button in buttons_of(window.toolbar)
        if isinstance(button, QToolButton) and button.isEnabled()
    }
    assert {"Open", "Claim", "Opinion", "Caption", "Quote", "Export Document as CSV"} <= set(
        buttons
    )
    click(qtbot, buttons["Opinion"])
    assert [a.exact for a in window.panel.model.rows] == [
        "Such an attack would have been unthinkable"
    ]
    undo = next(b for b in buttons_of(window.toolbar) if b.text() == "Undo")
    click(qtbot, undo)
    assert window.panel.model.rows == []
    redo = next(b for b in buttons_of(window.toolbar) if b.text() == "Redo")
    click(qtbot, redo)
    assert len(window.panel.model.rows) == 1
    for name in ("Open", "Export Document as CSV"):
        click(qtbot, buttons[name])
    assert len(asked) == 2  # a file dialog each, declined: nothing else happened
    assert len(window.panel.model.rows) == 1
