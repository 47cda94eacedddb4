"""Long work (exports, imports, a class's results) on a thread of its own, with progress and
Cancel: the GUI thread only shows how far it is, so the window keeps painting while it runs."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

T = TypeVar("T")

# The dialog shows only for work that takes longer than this: most is done before.
SHOW_AFTER_MS = 500
# The longest the dialog's figures wait for the next report: often enough to follow, rarely
# enough that reports cost the work nothing.
REPORT_EVERY_S = 0.05

# How much lower than the window's the work thread's priority is (a nice value).
WORKER_NICENESS = 10

# Told how much of how much is done (and, optionally, what is being done); False: stop.
Step = Callable[..., bool]

# What a person does to a window; the window waits, the work goes on, until it is done.
_INPUT = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
    QEvent.Type.Drop,
})  # fmt: skip


def _yield_to_the_window() -> None:
    """Lowers this thread's priority on Linux, which gives each thread its own (elsewhere the
    id is no process's), so that on a busy machine the scheduler runs the window's first: it
    halved the longest stalls of the window in tests/ui/test_responsive_work.py on a loaded
    two-core machine."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


_running: list[str] = []  # the titles of the jobs running now


def working() -> bool:
    """Whether a job runs: its writes are no outside change to watch for (the window shows
    them from its change record when it ends)."""
    return bool(_running)


class Cancel:
    """The Cancel button's state, read by the work's thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def press(self) -> None:
        self._event.set()

    def pressed(self) -> bool:
        return self._event.is_set()


class WorkDialog(QDialog):
    """What the work has done, of how much, and a button that stops it."""

    def __init__(self, parent: QWidget, title: str, label: str, cancel_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.label = QLabel(label, self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(
            cancel_text, QDialogButtonBox.ButtonRole.RejectRole
        )
        for widget in (self.label, self.bar, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)

    def show_progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        if text:
            self.label.setText(text)

    def reject(self) -> None:  # Escape, or closing the dialog: stop the work, as Cancel does
        self.cancel_button.click()


class _Relay(QObject):
    """Carries the work thread's reports to the GUI thread (queued: it lives on the latter)."""

    progressed = Signal(int, int, str)
    finished = Signal()


class _InputHold(QObject):
    """Keeps a person's input from the window while the work runs (the dialog, a window of its
    own, still takes it): the library must not change under the work."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() not in _INPUT or not isinstance(watched, QWidget):
            return False
        return watched.window() is self._window


class _ProgressShown:
    """The progress dialog, made only for work that lasts (most is done before it would show),
    with the last report for it to start from."""

    def __init__(self, parent: QWidget, title: str, label: str, cancel_text: str) -> None:
        self.cancel = Cancel()
        self._parent, self._title, self._cancel_text = parent, title, cancel_text
        self._dialog: WorkDialog | None = None
        self._done, self._total, self._text = 0, 0, label
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(SHOW_AFTER_MS)

    def report(self, done: int, total: int, text: str) -> None:
        self._done, self._total, self._text = done, total, text or self._text
        if self._dialog is not None:
            self._dialog.show_progress(done, total, text)

    def _show(self) -> None:
        dialog = self._dialog = WorkDialog(self._parent, self._title, self._text, self._cancel_text)
        dialog.cancel_button.clicked.connect(self.cancel.press)
        dialog.cancel_button.clicked.connect(lambda: dialog.cancel_button.setEnabled(False))
        if self._total:
            dialog.show_progress(self._done, self._total, "")
        dialog.show()

    def close(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()


class _Outcome(Generic[T]):
    def __init__(self) -> None:
        self.result: list[T] = []
        self.error: BaseException | None = None


def run_in_background(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[Step], T],
    cancel_text: str = "Cancel",
) -> T:
    """Runs `work(step)` on a thread of its own and returns what it returns, or raises what it
    raised. Meanwhile the event loop turns (a local one, as a modal dialog's does): the window
    paints, and after SHOW_AFTER_MS a dialog shows the progress `work` reports through `step`,
    which answers False once Cancel is pressed. `work` must not touch Qt objects, and uses a
    connection of its own to the library."""
    shown = _ProgressShown(parent, title, label, cancel_text)
    relay = _Relay()
    relay.progressed.connect(shown.report)
    loop = QEventLoop()
    relay.finished.connect(loop.quit)
    outcome: _Outcome[T] = _Outcome()
    last_report = [0.0]  # when

    def step(done: int, total: int, text: str = "") -> bool:
        now = time.monotonic()
        if now - last_report[0] >= REPORT_EVERY_S or done >= total or text:
            last_report[0] = now
            relay.progressed.emit(done, total, text)
        return not shown.cancel.pressed()

    def run() -> None:
        _yield_to_the_window()
        try:
            outcome.result.append(work(step))
        except BaseException as error:  # raised again on the GUI thread, to the caller
            outcome.error = error
        finally:
            relay.finished.emit()

    hold = _InputHold(parent.window())
    application = QApplication.instance()
    assert application is not None
    application.installEventFilter(hold)
    thread = threading.Thread(target=run, name=f"Readmark: {title}", daemon=True)
    _running.append(title)
    thread.start()
    try:
        loop.exec()
    finally:
        thread.join()
        _running.remove(title)
        application.removeEventFilter(hold)
        shown.close()
        hold.deleteLater()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result[0]
