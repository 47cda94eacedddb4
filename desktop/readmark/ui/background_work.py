"""Work that takes longer than a frame, on a thread of its own, so the window keeps painting:
long work the window waits for (exports, imports, a class's results) with progress and Cancel
(run_in_background), and reading or computing it need not wait for, its outcome handed back
when it comes (run_on_thread). The work touches no Qt object, and reads the library on a
connection of its own (each thread takes its own from the store's pool)."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from readmark.ui.interpreter_turns import share_the_interpreter

T = TypeVar("T")

# The dialog shows only for work that takes longer than this: most is done before.
SHOW_AFTER_MS = 500
# How long the dialog waits for the work to pause at its next report before showing anyway
# (work that reports seldom), and the longest the work stays paused.
PAUSE_WAIT_MS = 50
PAUSE_LONGEST_S = 1.0
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
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress,
    QEvent.Type.ContextMenu,
    QEvent.Type.Drop,
})  # fmt: skip


def _yield_to_the_window() -> None:
    """Lowers this thread's priority on Linux, which gives each thread its own (elsewhere the
    id is no process's), so that on a busy machine the scheduler runs the window's first: it
    halved the longest stalls of the window in tests/ui/test_responsive_work.py on a loaded
    two-core machine, for work that leaves the interpreter often (files, SQLite). Work that
    holds the interpreter (pure Python) is better left at the window's priority: the window
    waits for the interpreter, and a thread holding it while the scheduler passes it over makes
    the window wait the longer."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


_jobs: list[str] = []  # the titles of the jobs running now


def working() -> bool:
    """Whether a job runs: its writes are no outside change to watch for (the window shows
    them from its change record when it ends)."""
    return bool(_jobs)


class Cancel:
    """The Cancel button's state, read by the work's thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def press(self) -> None:
        self._event.set()

    def pressed(self) -> bool:
        return self._event.is_set()


class _Pause:
    """The work's thread waiting at its next report while the progress dialog shows. Showing
    it repaints the whole window (no longer the active one), which enters Python hundreds of
    times, each entry waiting its turn at the interpreter while the work holds it."""

    def __init__(self) -> None:
        self._asked = threading.Event()
        self._over = threading.Event()

    def ask(self) -> None:
        self._asked.set()

    def asked(self) -> bool:
        return self._asked.is_set()

    def wait(self) -> None:
        """On the work's thread: until the window lets it go on, PAUSE_LONGEST_S at most."""
        self._over.wait(PAUSE_LONGEST_S)

    def end(self) -> None:
        self._asked.clear()
        self._over.set()


class _AfterRepaint(QObject):
    """Calls `then` once `window` has handled its next update request (its repaint), or when
    `done` is called before."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        self._called = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self.done)  # after this event is handled
        return False

    def done(self) -> None:
        if self._called or not shiboken6.isValid(self):
            return
        self._called = True
        self._window.removeEventFilter(self)
        self.deleteLater()
        self._then()


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


class _InputHold(QObject):
    """Keeps a person's input from the app's windows while the work runs, so that the library
    does not change under the work; the progress dialog, shown later, still takes it. Held
    where the platform delivers input, at each window's QWindow, so that no other event enters
    Python. A shortcut is first offered to the window as a ShortcutOverride; accepting that
    keeps the shortcut from firing."""

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._windows = [w for w in QGuiApplication.topLevelWindows() if w.isVisible()]
        for window in self._windows:
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return kind in _INPUT

    def release(self) -> None:
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self.deleteLater()


class _ProgressShown:
    """The progress dialog, made only for work that lasts (most is done before it would show),
    with the last report for it to start from."""

    def __init__(self, parent: QWidget, title: str, label: str, cancel_text: str) -> None:
        self.cancel = Cancel()
        self.pause = _Pause()
        self._parent, self._title, self._cancel_text = parent, title, cancel_text
        self._dialog: WorkDialog | None = None
        self._window_had_keys = False
        self._done, self._total, self._text = 0, 0, label
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(SHOW_AFTER_MS)

    def _on_timeout(self) -> None:
        """First asks the work to pause: the dialog shows once it has (show), or once
        PAUSE_WAIT_MS have passed with no pause, which is the second time out."""
        if self.pause.asked():
            self.show()
        else:
            self.pause.ask()
            self._timer.start(PAUSE_WAIT_MS)

    def report(self, done: int, total: int, text: str) -> None:
        self._done, self._total, self._text = done, total, text or self._text
        if self._dialog is not None:
            self._dialog.show_progress(done, total, text)

    def show(self) -> None:
        if self._dialog is not None:
            return
        self._timer.stop()
        dialog = self._dialog = WorkDialog(self._parent, self._title, self._text, self._cancel_text)
        dialog.cancel_button.clicked.connect(self.cancel.press)
        dialog.cancel_button.clicked.connect(lambda: dialog.cancel_button.setEnabled(False))
        if self._total:
            dialog.show_progress(self._done, self._total, "")
        # The dialog takes the keys, and gives them back when it closes (see close).
        self._window_had_keys = self._parent.window().isActiveWindow()
        dialog.show()
        self._end_pause_after_repaint()

    def _end_pause_after_repaint(self) -> None:
        """Lets the work go on once the window has repainted (the next update it handles), or
        after PAUSE_WAIT_MS where it has nothing to repaint."""
        repainted = _AfterRepaint(self._parent.window(), self.pause.end)
        QTimer.singleShot(PAUSE_WAIT_MS, repainted.done)

    def close(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            had_the_keys = self._window_had_keys or self._dialog.isActiveWindow()
            self._dialog.hide()  # close() would ask reject(), which presses Cancel
            self._dialog.deleteLater()
            if had_the_keys:  # given back to the window, where no window manager does
                self._parent.window().activateWindow()


@dataclass(frozen=True)
class Finished(Generic[T]):
    """What the work gave, or the error it ended with."""

    value: T | None = None
    error: BaseException | None = None


class Running(QObject, Generic[T]):
    """Work on a daemon thread of its own (one waiting on a server out of reach never keeps the
    app from quitting). Made on the GUI thread, it lives there: the signals the work's thread
    emits reach the GUI thread queued."""

    progressed = Signal(int, int, str)
    paused = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[], T], name: str, yielding: bool = False) -> None:
        """`yielding`: at a lower priority than the window's (see _yield_to_the_window)."""
        super().__init__()
        self._yielding = yielding
        self.outcome: Finished[T] = Finished(error=RuntimeError(f"{name} has not finished"))
        self._work = work
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._receiver: tuple[Callable[[Finished[T]], None], QObject] | None = None

    def start(self) -> None:
        """Starts the thread, once what is to hear of it is connected."""
        share_the_interpreter()
        self._thread.start()

    def wait(self, seconds: float | None = None) -> bool:
        """Waits at most `seconds` for the thread; whether it has ended."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def hand_to(self, done: Callable[[Finished[T]], None], owner: QObject) -> None:
        """Has `done` called with the outcome, on the GUI thread, unless `owner` has been
        deleted by then or the run dropped."""
        self._receiver = (done, owner)
        self.finished.connect(self._hand_over)
        _handing_over.add(self)

    def drop(self) -> None:
        """Hands the outcome to no one: a newer request supersedes this one, or what it was for
        has gone. The thread runs out (Python cannot stop it), its result unread."""
        self._receiver = None

    def _run(self) -> None:
        if self._yielding:
            _yield_to_the_window()
        try:
            self.outcome = Finished(value=self._work())
        except BaseException as error:  # handed to the GUI thread, raised there or shown
            self.outcome = Finished(error=error)
        finally:
            with contextlib.suppress(RuntimeError):  # the app quit: no one is left to hear it
                self.finished.emit()

    def _hand_over(self) -> None:
        # The thread ends within moments of emitting `finished`. Waiting for it keeps the last
        # reference off it: a Running released there was deleted on that thread while this one
        # deleted it too (the heap corruption seen on xcb).
        self._thread.join()
        _handing_over.discard(self)
        self.deleteLater()
        if self._receiver is not None and shiboken6.isValid(self._receiver[1]):
            self._receiver[0](self.outcome)


# Runs whose outcome is still to be handed over: a Running collected before its queued
# `finished` arrives would take the report with it.
_handing_over: set[Running[Any]] = set()


def run_on_thread(
    work: Callable[[], T], done: Callable[[Finished[T]], None], owner: QObject, name: str
) -> Running[T]:
    """Runs `work` on a thread of its own and `done` with its outcome on this one, unless
    `owner` has been deleted by then (a window closed meanwhile) or the run was dropped."""
    running = Running(work, name)
    running.hand_to(done, owner)
    running.start()
    return running


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
    last_report = [0.0]  # when

    def step(done: int, total: int, text: str = "") -> bool:
        now = time.monotonic()
        if now - last_report[0] >= REPORT_EVERY_S or done >= total or text:
            last_report[0] = now
            running.progressed.emit(done, total, text)
        if shown.pause.asked():
            running.paused.emit()
            shown.pause.wait()
        return not shown.cancel.pressed()

    running = Running(lambda: work(step), f"Readmark: {title}", yielding=True)
    running.progressed.connect(shown.report)
    running.paused.connect(shown.show)
    loop = QEventLoop()
    running.finished.connect(loop.quit)
    hold = _InputHold(parent)
    _jobs.append(title)
    running.start()
    try:
        loop.exec()
    finally:
        shown.pause.end()  # the loop left by an error: no paused work to wait for
        running.wait()
        _jobs.remove(title)
        hold.release()
        shown.close()
    if running.outcome.error is not None:
        raise running.outcome.error
    return cast(T, running.outcome.value)  # no error: what `work` returned
