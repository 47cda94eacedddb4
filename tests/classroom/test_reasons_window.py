"""A student gives a reason with each tag (Ctrl+Shift+1-5 or the list's right-click menu); the
reason goes in the work file, and the teacher's Class Results shows the class's confusion
matrix with the reasons given with its mistakes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from readmark.core.exercise_files import read_exercise, read_work
from readmark.ui.confusion_view import RIGHT_MARK, WRONG_MARK

from .test_classroom_window import Start, make_exercise, start, tag  # noqa: F401 (a fixture)


def press(qtbot: QtBot, window: object, keys: str) -> None:
    window.activateWindow()  # type: ignore[attr-defined]
    QApplication.processEvents()
    qtbot.keySequence(window.panel.table, QKeySequence(keys))  # type: ignore[attr-defined]


def test_reasons_given_by_keys_reach_the_class_results(
    qtbot: QtBot,
    start: Start,  # noqa: F811 (the fixture)
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, teacher, exercise_path = make_exercise(start, tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ana", True))
    window, ana = start("Ana")
    assert not ana.reasons.menu.isEnabled()  # no exercise open: no reasons to give
    ana.open_exercise_file(exercise_path)
    assert ana.reasons.menu.isEnabled()

    tag(window, "This is a disgrace", "claim")  # an opinion, taken for a claim
    press(qtbot, window, "Ctrl+Shift+5")  # because of an evaluative word
    assert window.panel.memo.annotation.reason == "evaluative word"
    assert "Reason: <i>evaluative word</i>" in window.panel.memo.context.text()
    press(qtbot, window, "Ctrl+Z")
    assert window.panel.memo.annotation.reason == ""
    assert "Reason" not in window.panel.memo.context.text()
    press(qtbot, window, "Ctrl+Y")
    tag(window, "The mayor said prices rose 42 % in 2024", "opinion")
    ana.reasons.actions["hedge"].trigger()  # as from the list's right-click menu
    tag(window, "“We will act,” the mayor promised", "claim")  # right, for no reason given

    work_path = ana.export_work(tmp_path / "Ana.rmwork")
    assert work_path is not None
    exercise = read_exercise((exercise_path).read_bytes())
    work = read_work(work_path.read_bytes(), exercise)
    assert {(p.exact, p.reason) for p in work.passages} == {
        ("This is a disgrace", "evaluative word"),
        ("The mayor said prices rose 42 % in 2024", "hedge"),
        ("“We will act,” the mayor promised", ""),
    }

    dialog = teacher.class_results([work_path])
    assert dialog is not None
    view = dialog.confusion
    dialog.tabs.setCurrentWidget(view)
    assert dialog.shown_table() == "confusion"
    model = view.model
    columns = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert columns == ["called\nclaim", "called\nopinion", "called\nstatistic", "left\nuntagged"]
    assert rows == ["the key's claim", "the key's opinion", "the key's statistic"]
    cells = [[model.item(r, c).text() for c in range(4)] for r in range(3)]
    # The statistic is a third of the passage Ana called an opinion: too little to answer it.
    assert cells == [["1", "1", "0", "0"], ["1", "0", "0", "0"], ["0", "0", "0", "1"]]
    assert model.item(0, 0).background().color() == RIGHT_MARK
    assert model.item(1, 0).background().color() == WRONG_MARK
    reasons = " ".join(view.reasons.text().split())
    assert "<b>claim called opinion</b> (1 answer): hedge 1" in reasons
    assert "<b>opinion called claim</b> (1 answer): evaluative word 1" in reasons
    assert reasons.count("<li>") == 2

    dialog.resize(900, 560)
    # docs/class-confusion.png is this picture; a test run keeps the repository as it is.
    assert dialog.grab().save(str(tmp_path / "class-confusion.png"))
