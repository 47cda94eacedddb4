"""Suggestions follow the reader's decisions: a kind turned down again and again is held back in
the whole library, the panel says so, and Forget What It Learned brings it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow, suggest_and_wait

PREDICTION = "opinion · prediction"


def cues(window: MainWindow) -> list[str]:
    return [s.cue for s in window.suggestions.model.rows]


def listed_again(qtbot: QtBot, window: MainWindow) -> None:
    """Waits for the suggestions listed again after a change (computed on a worker thread)."""
    qtbot.waitUntil(lambda: window.suggestions.summary.text() != "Looking for suggestions…")


def reject_one(qtbot: QtBot, window: MainWindow, cue: str) -> None:
    window.suggestions.table.selectRow(cues(window).index(cue))
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Delete)


def test_a_kind_rejected_three_times_is_held_back_until_forgotten(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    suggest_and_wait(qtbot, window)
    assert cues(window).count(PREDICTION) == 5
    assert window.suggestions.learned.isHidden() and window.suggestions.forget.isHidden()
    for _ in range(3):
        reject_one(qtbot, window, PREDICTION)

    suggest_and_wait(qtbot, window)  # asked again: the other two predictions are not proposed
    assert PREDICTION not in cues(window)
    assert window.suggestions.learned.isVisible()
    assert window.suggestions.learned.text() == (
        "Held back, as you turned them down: opinion · prediction (you kept 0 of 3 like this)."
    )
    window.close()

    again = open_window()  # learned for the library, not for one window
    suggest_and_wait(qtbot, again)
    assert PREDICTION not in cues(again)
    qtbot.mouseClick(again.suggestions.forget, Qt.MouseButton.LeftButton)
    listed_again(qtbot, again)
    assert cues(again).count(PREDICTION) == 2  # the three rejected stay rejected
    assert again.suggestions.learned.isHidden()


def test_a_kept_kind_says_so_in_its_reason(qtbot: QtBot, window: MainWindow) -> None:
    suggest_and_wait(qtbot, window)
    quote = cues(window).index("quote · direct speech in quotation marks")
    window.suggestions.table.selectRow(quote)
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Return)
    suggest_and_wait(qtbot, window)
    reasons = [s.reason for s in window.suggestions.model.rows if s.cue.startswith("quote")]
    assert reasons and all(r.endswith(" · you kept 1 of 1 like this") for r in reasons)
    assert window.suggestions.learned.isHidden() and window.suggestions.forget.isVisible()


def ctrl(qtbot: QtBot, window: MainWindow, key: Qt.Key, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.suggestions.table, key, modifiers)


def test_ctrl_z_takes_back_an_accept_and_what_it_taught(qtbot: QtBot, window: MainWindow) -> None:
    suggest_and_wait(qtbot, window)
    listed = len(cues(window))
    quote = cues(window).index("quote · direct speech in quotation marks")
    chosen = window.suggestions.model.rows[quote]
    window.suggestions.table.selectRow(quote)
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Return)
    assert window.controller.learned() and len(cues(window)) == listed - 1
    annotations = len(window.panel.model.rows)

    ctrl(qtbot, window, Qt.Key.Key_Z)  # one step: the passage and the count go together
    listed_again(qtbot, window)
    assert len(window.panel.model.rows) == annotations - 1
    assert window.controller.learned() == {}
    assert chosen.exact in [s.exact for s in window.suggestions.model.rows]
    assert not any("you kept" in s.reason for s in window.suggestions.model.rows)
    assert window.suggestions.forget.isHidden()

    ctrl(qtbot, window, Qt.Key.Key_Z, shift=True)  # and redo brings both back
    listed_again(qtbot, window)
    assert len(window.panel.model.rows) == annotations
    kept = window.controller.learned()["quote · direct speech in quotation marks"]
    assert (kept.kept, kept.rejected) == (1, 0)
    assert chosen.exact not in [s.exact for s in window.suggestions.model.rows]


def test_ctrl_z_takes_back_a_reject_that_held_a_kind_back(qtbot: QtBot, window: MainWindow) -> None:
    suggest_and_wait(qtbot, window)
    for _ in range(3):
        reject_one(qtbot, window, PREDICTION)
    suggest_and_wait(qtbot, window)
    assert PREDICTION not in cues(window) and window.suggestions.learned.isVisible()

    ctrl(qtbot, window, Qt.Key.Key_Z)  # the third rejection, and its count, taken back
    listed_again(qtbot, window)
    tally = window.controller.learned()[PREDICTION]
    assert (tally.kept, tally.rejected) == (0, 2)
    assert cues(window).count(PREDICTION) == 3  # no longer held back; the two stay rejected
    assert window.suggestions.learned.isHidden()
    assert window.controller.undo_stack.undoText() == "Reject 1 suggestion"
