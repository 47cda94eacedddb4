"""Reading that takes longer than a frame, run on a thread of its own while the window goes on;
its result handed back on the GUI thread. The work opens its own connection (each thread takes
its own from the store's pool) and touches no widget."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

T = TypeVar("T")
# How often the GUI thread looks whether the work has finished.
READY_CHECK_MS = 15


@dataclass(frozen=True)
class Finished(Generic[T]):
    """What the work gave, or the error it ended with."""

    value: T | None = None
    error: Exception | None = None


def run_on_thread(
    work: Callable[[], T], done: Callable[[Finished[T]], None], owner: QObject, name: str
) -> None:
    """Runs `work` on a new thread and `done` with its outcome on this one, unless `owner` has
    been deleted by then (a window closed meanwhile)."""
    finished: list[Finished[T]] = []

    def run() -> None:
        try:
            finished.append(Finished(value=work()))
        except Exception as error:  # handed to `done`, on the GUI thread
            finished.append(Finished(error=error))

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()

    def check() -> None:
        if thread.is_alive():
            QTimer.singleShot(READY_CHECK_MS, owner, check)
        else:
            done(finished[0])

    QTimer.singleShot(READY_CHECK_MS, owner, check)
