"""Work run on a thread of its own reaches the GUI thread whole, and only once that thread has
ended: the thread holds nothing then that could be released, and its run deleted, there while
the GUI thread deletes the run too."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject
from pytestqt.qtbot import QtBot

from readmark.ui.background_work import Finished, run_on_thread


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
