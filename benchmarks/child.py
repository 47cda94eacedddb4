"""The processes benchmarks 5 (start) and 6 (memory) launch: the app, or a bare PySide6 window
with a QPlainTextEdit showing the same text. Each prints when the text first finished painting
(time.monotonic(), the same clock in every process), when its window was complete (the app's
library open and its panels filled: the same moment for the bare window), the longest the event
loop stood still in between, and its peak memory, then quits.

Kept light on imports so that the two differ only in what they show:
  python -m benchmarks.child app LIBRARY [--hold MS]
  python -m benchmarks.child bare LIBRARY_OR_TEXT_FILE [--hold MS]

The bare process on a library reads its last document's text and every annotation row of it
with sqlite3, and holds them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

READER_SIZE = (477, 740)  # as in benchmarks/common.py, without importing it


def peak_kib() -> int:
    """This process's own peak resident memory. (getrusage's ru_maxrss is no good here: on
    Linux a process launched from a larger one reports at least that one's peak.)"""
    if sys.platform.startswith("linux"):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS counts bytes


def finish(hold_ms: int, ready: Callable[[], bool] = lambda: True) -> None:
    """Reports the paint that just ended, and when `ready()` (the app's window complete, its
    library open) first holds, checking every millisecond the event loop lets it (the longest
    wait is how long a click or a scroll would have waited); quits after `hold_ms` more of the
    event loop (so that work left for after the first paint counts in the peak memory too)."""
    painted = time.monotonic()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    checked = [painted, 0.0]  # the last check, and the longest wait for one

    def wait_until_ready() -> None:
        now = time.monotonic()
        checked[:] = [now, max(checked[1], now - checked[0])]
        if not ready():
            QTimer.singleShot(1, wait_until_ready)
            return
        complete = now
        pause = checked[1]

        def done() -> None:
            print(
                f"PAINTED {painted:.6f} READY {complete:.6f} PAUSE {pause:.6f} "
                f"PEAK_KIB {peak_kib()}",
                flush=True,
            )
            QApplication.quit()

        QTimer.singleShot(hold_ms, done)

    wait_until_ready()


def run_app(library: str, hold_ms: int) -> int:
    from readmark.ui.article_view import ArticleView

    original = ArticleView.paintEvent
    state = {"done": False}

    def paint(self: ArticleView, event: object) -> None:
        original(self, event)  # type: ignore[arg-type]
        if not state["done"] and self.text:
            state["done"] = True
            window: Any = self.window()
            # Complete: the library open, the panel filled, every highlight placed.
            finish(
                hold_ms,
                lambda: (
                    bool(window.attached)
                    and window.controller.document is not None
                    and window.controller.opening is None
                    and window.view.placed_count() == window.panel.model.rowCount()
                ),
            )

    ArticleView.paintEvent = paint  # type: ignore[method-assign]
    from readmark.cli import main

    return main(["--library", library])


def run_bare(source: str, hold_ms: int) -> int:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    rows: list[object] = []  # held until the process ends, as the app holds its annotations
    if source.endswith(".sqlite3"):
        import sqlite3

        connection = sqlite3.connect(source)
        document_id, text = connection.execute(
            "SELECT id, text FROM documents ORDER BY id DESC LIMIT 1"
        ).fetchone()
        rows = connection.execute(
            "SELECT * FROM annotations WHERE document_id = ?", (document_id,)
        ).fetchall()
        connection.close()
    else:
        with open(source, encoding="utf-8") as file:
            text = file.read()

    class BareView(QPlainTextEdit):
        done = False

        def paintEvent(self, event: object) -> None:  # noqa: N802 (Qt override)
            super().paintEvent(event)  # type: ignore[arg-type]
            if not self.done:
                self.done = True
                finish(hold_ms)

    app = QApplication(sys.argv[:1])
    view = BareView()
    view.setReadOnly(True)
    font = QFont()
    font.setFamilies(["Literata", "Charter", "Georgia", "Liberation Serif", "DejaVu Serif"])
    font.setPointSizeF(max(12.0, QFont().pointSizeF() * 1.3))
    view.setFont(font)
    view.resize(*READER_SIZE)
    view.setPlainText(text)
    view.show()
    shown = app.exec()
    del rows
    return shown


def main() -> int:
    kind, source = sys.argv[1], sys.argv[2]
    hold_ms = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--hold" else 0
    return run_app(source, hold_ms) if kind == "app" else run_bare(source, hold_ms)


if __name__ == "__main__":
    sys.exit(main())
