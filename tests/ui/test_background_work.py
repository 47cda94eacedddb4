"""Work run on a thread of its own reaches the GUI thread whole, and only once that thread has
ended: the thread holds nothing then that could be released, and its run deleted, there while
the GUI thread deletes the run too. Long work waits while its progress dialog shows."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit
from pytestqt.qtbot import QtBot

from readmark.ui import background_work
from readmark.ui.background_work import Finished, Step, WorkDialog, run_in_background, run_on_thread


def test_each_outcome_arrives_once_its_thread_has_ended(qtbot: QtBot) -> None:
    owner = QObject()
    threads_alive: list[bool] = []
    outcomes: list[int | None] = []
    for number in range(300):
        waiting = QEventLoop()  # the window's own loop, waiting as the work ends

        def received(outcome: Finished[int], waiting: QEventLoop = waiting) -> None:
            outcomes.append(outcome.value)
            name = f"readmark-test-{outcome.value}"
            threads_alive.append(any(t.name == name for t in threading.enumerate()))
            waiting.quit()

        run_on_thread(lambda n=number: n, received, owner, f"readmark-test-{number}")
        waiting.exec()
    assert outcomes == list(range(300))
    assert threads_alive.count(True) == 0


class _Repaints(QObject):
    """Notes each repaint of a window (its update requests) in `log`."""

    def __init__(self, window: QMainWindow, log: list[str], seen: threading.Event) -> None:
        super().__init__(window)
        self._log, self._seen = log, seen
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.UpdateRequest and "dialog" in self._log:
            self._log.append("repaint")
            self._seen.set()
        return False


def test_the_work_waits_while_its_dialog_shows_and_the_window_repaints(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing the dialog repaints the whole window, no longer the active one; were the work
    to go on, each of the many times that repaint enters Python would wait for the work to let
    go of the interpreter (benchmark 4's window export stood still 50-70 ms there)."""
    monkeypatch.setattr(background_work, "SHOW_AFTER_MS", 100)
    window = QMainWindow()
    window.setCentralWidget(QPlainTextEdit("A passage of the article. " * 500))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    log: list[str] = []
    repainted = threading.Event()
    _Repaints(window, log, repainted)
    shown = WorkDialog.showEvent

    def show_event(dialog: WorkDialog, event: object) -> None:
        log.append("dialog")
        shown(dialog, event)
        # The repaint the window's deactivation asks for where the dialog takes the focus (not
        # under Xvfb with no window manager).
        window.update()

    monkeypatch.setattr(WorkDialog, "showEvent", show_event)

    def work(step: Step) -> int:
        steps = steps_after_repaint = 0
        deadline = time.monotonic() + 10
        # Steps with nothing between them, as often as work can report, until a while after
        # the window has repainted with the dialog up.
        while steps_after_repaint < 100:
            assert time.monotonic() < deadline, "the window never repainted"
            log.append("step")
            steps += 1
            step(steps, 10**9)
            steps_after_repaint += repainted.is_set()
        return steps

    steps = run_in_background(window, "Exporting", "Exporting annotations…", work)
    shown_at = log.index("dialog")
    repaint_at = log.index("repaint", shown_at)
    assert steps > 100
    assert "step" not in log[shown_at:repaint_at]  # it waited from the showing to the repaint
    assert "step" in log[repaint_at:]  # and went on after
