"""Work run on a thread of its own reaches the GUI thread whole, and only once that thread has
ended: the thread holds nothing then that could be released, and its run deleted, there while
the GUI thread deletes the run too. Long work waits while its progress dialog shows."""

from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
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


class _Person:
    """Types, presses a shortcut and clicks as the platform delivers them: to the window's
    QWindow, whose shortcut map and modality apply (QTest on a widget goes round both)."""

    def __init__(self, window: QMainWindow) -> None:
        self.edit = QLineEdit()
        self.button = QPushButton("Add")
        self.clicks: list[str] = []
        self.shortcuts: list[str] = []
        self.button.clicked.connect(lambda: self.clicks.append("clicked"))
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        window.setCentralWidget(panel)
        action = QAction("Undo", window)
        action.setShortcut(QKeySequence("Ctrl+K"))
        action.triggered.connect(lambda: self.shortcuts.append("Ctrl+K"))
        window.addAction(action)
        self._window = window
        self.beside = QLineEdit()  # a window of its own left open beside the main one
        self.beside.setWindowTitle("Codebook")

    def acts(self) -> None:
        handle = self._window.windowHandle()
        for key in (Qt.Key.Key_A, Qt.Key.Key_B):
            QTest.keyClick(handle, key)
        QTest.keyClick(handle, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        centre = self.button.mapTo(self._window, self.button.rect().center())
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        QTest.keyClick(self.beside.windowHandle(), Qt.Key.Key_C)

    def what_happened(self) -> tuple[str, str, list[str], list[str]]:
        return self.edit.text(), self.beside.text(), self.clicks, self.shortcuts


def test_the_window_takes_no_input_while_work_runs_and_its_dialog_does(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background_work, "SHOW_AFTER_MS", 200)
    window = QMainWindow()
    qtbot.addWidget(window)
    person = _Person(window)
    qtbot.addWidget(person.beside)
    person.beside.show()
    window.show()
    qtbot.waitActive(window)
    person.edit.setFocus()
    during: list[tuple[str, str, list[str], list[str]]] = []

    def act_then_cancel() -> None:
        """Acts on the window before the progress dialog shows (which, modal, would hold the
        window's input itself), then presses Escape in the dialog once it shows."""
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, WorkDialog)]
        if not during:
            assert not dialogs
            person.acts()
            during.append(person.what_happened())
        elif dialogs and dialogs[0].isVisible():
            QTest.keyClick(dialogs[0].windowHandle(), Qt.Key.Key_Escape)

    def work(step: Step) -> str:
        deadline = time.monotonic() + 10
        while step(1, 2):  # until Escape in the dialog cancels it
            assert time.monotonic() < deadline, "Escape in the dialog did not cancel"
            time.sleep(0.002)
        return "cancelled"

    looking = QTimer(window)
    looking.timeout.connect(act_then_cancel)
    looking.start(10)
    assert run_in_background(window, "Exporting", "Exporting…", work) == "cancelled"
    assert during == [("", "", [], [])]
    qtbot.waitUntil(window.isActiveWindow)  # given back by the dialog: no window manager here
    person.acts()  # the same acts reach the window once the work is done
    assert person.what_happened() == ("ab", "c", ["clicked"], ["Ctrl+K"])


def test_work_that_ends_after_the_app_let_go_of_it_ends_quietly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A thread still working as the app quits (the library's sums, say) finds the object it
    reports to deleted: it ends without an error on its thread."""
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda failure: failures.append(failure.exc_value))
    release = threading.Event()
    running = background_work.Running(release.wait, "readmark-test-quitting")
    running.start()
    shiboken6.delete(running)  # as the app's objects go when it quits
    release.set()
    assert running.wait(5)
    assert failures == []
