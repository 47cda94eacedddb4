"""Suggestions follow the reader's decisions: a kind turned down again and again is held back in
the whole library, the panel says so, and Forget What It Learned brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow

PREDICTION = "opinion · prediction"


def cues(window: MainWindow) -> list[str]:
    return [s.cue for s in window.suggestions.model.rows]


def reject_one(qtbot: QtBot, window: MainWindow, cue: str) -> None:
    window.suggestions.table.selectRow(cues(window).index(cue))
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Delete)


def test_a_kind_rejected_three_times_is_held_back_until_forgotten(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    window.suggest_tags()
    assert cues(window).count(PREDICTION) == 5
    assert window.suggestions.learned.isHidden() and window.suggestions.forget.isHidden()
    for _ in range(3):
        reject_one(qtbot, window, PREDICTION)

    window.suggest_tags()  # asked again: the other two predictions are not proposed
    assert PREDICTION not in cues(window)
    assert window.suggestions.learned.isVisible()
    assert window.suggestions.learned.text() == (
        "Held back, as you turned them down: opinion · prediction (you kept 0 of 3 like this)."
    )
    window.close()

    again = open_window()  # learned for the library, not for one window
    again.suggest_tags()
    assert PREDICTION not in cues(again)
    qtbot.mouseClick(again.suggestions.forget, Qt.MouseButton.LeftButton)
    assert cues(again).count(PREDICTION) == 2  # the three rejected stay rejected
    assert again.suggestions.learned.isHidden()


def test_a_kept_kind_says_so_in_its_reason(qtbot: QtBot, window: MainWindow) -> None:
    window.suggest_tags()
    quote = cues(window).index("quote · direct speech in quotation marks")
    window.suggestions.table.selectRow(quote)
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Return)
    window.suggest_tags()
    reasons = [s.reason for s in window.suggestions.model.rows if s.cue.startswith("quote")]
    assert reasons and all(r.endswith(" · you kept 1 of 1 like this") for r in reasons)
    assert window.suggestions.learned.isHidden() and window.suggestions.forget.isVisible()
