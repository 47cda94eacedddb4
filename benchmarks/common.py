"""What every benchmark shares: an offscreen Qt application, waiting for a paint, medians, and
handing results back to run_all as one JSON line."""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# Offscreen (inherited by the processes benchmarks start), on the desktop-sized screen the tests
# use: the platform's own 800 x 800 is smaller than a first window, which fits itself into it.
DESKTOP_SCREEN = Path(__file__).resolve().parents[1] / "tests" / "desktop_screen.json"
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DESKTOP_SCREEN}"

RESULT_MARK = "BENCHMARK-RESULT "
# The reader's text area in a new 1280 x 820 main window (docks open, side margins taken off):
# the bare baselines show their text in a view of this size, in the reader's font.
READER_SIZE = (477, 740)

# The scales every benchmark runs at (run_all's --sizes picks some): 16x is a 10 MB book with
# 100,000 annotations, and a library of 500 documents of 30 KB with 200,000.
SCALES = (1, 4, 16)
BOOK_BYTES, BOOK_ANNOTATIONS = 625_000, 6_250  # at 1x
MANY_SIZE, MANY_PER_DOCUMENT = 30_000, 400  # bytes and annotations of each document


def scales() -> list[int]:
    """The scales of this run: READMARK_BENCH_SIZES (run_all sets it), all three by default."""
    chosen = os.environ.get("READMARK_BENCH_SIZES", "")
    return [int(x) for x in chosen.split(",") if x.strip()] or list(SCALES)


def book(scale: int) -> tuple[int, int]:
    """One long document at `scale`: its bytes and its annotations."""
    return BOOK_BYTES * scale, BOOK_ANNOTATIONS * scale


def many_documents(scale: int) -> int:
    """How many documents of MANY_SIZE the many-documents library holds at `scale`."""
    return 500 * scale // 16


def book_label(scale: int) -> str:
    size, count = book(scale)
    return f"{scale}x: {size / 1e6:g} MB, {count:,} annotations"


def many_label(scale: int) -> str:
    documents = many_documents(scale)
    return f"{scale}x: {documents} documents, {documents * MANY_PER_DOCUMENT:,} annotations"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def report(result: dict[str, Any]) -> None:
    """Hands the benchmark's figures to run_all (which reads stdout for this line)."""
    print(RESULT_MARK + json.dumps(result), flush=True)


def cache_folder() -> Path:
    """Where run_all keeps the generated libraries of this run."""
    return Path(os.environ.get("READMARK_BENCH_CACHE", Path(__file__).with_name(".cache")))


def qt_app() -> Any:
    """The application, collecting cycles on its thread as the app's does."""
    from PySide6.QtWidgets import QApplication

    from readmark.ui.cycle_collector import collect_cycles_on_this_thread

    app = QApplication.instance() or QApplication(sys.argv[:1])
    collect_cycles_on_this_thread(app)
    return app


class PaintWatch:
    """Counts finished paints of the reader (ArticleView) and of the bare baseline views, and
    when the latest one ended."""

    def __init__(self) -> None:
        self.count = 0
        self.ended = 0.0

    def painted(self) -> None:
        self.count += 1
        self.ended = time.perf_counter()

    def wait(self, since: int, timeout: float = 300.0) -> float:
        """Runs the event loop until the view has painted again (its `since`-th paint was the last
        before); returns the moment the event loop pass that painted it ended, so that every
        widget painted in the same pass (the whole window on a first show) counts too."""
        app = qt_app()
        limit = time.perf_counter() + timeout
        while self.count <= since:
            app.processEvents()
            if time.perf_counter() > limit:
                raise TimeoutError("the view never painted")
        return time.perf_counter()


WATCH = PaintWatch()


def watch_reader() -> None:
    """Makes every ArticleView report the end of each paint to WATCH."""
    from readmark.ui.article_view import ArticleView

    original = ArticleView.paintEvent

    def paint(self: Any, event: Any) -> None:
        original(self, event)
        WATCH.painted()

    ArticleView.paintEvent = paint  # type: ignore[method-assign]


class StallWatch:
    """The longest the event loop stood still while it ran: a timer with no interval ticks on
    every pass, and the largest gap between two ticks is how long a key press or a scroll would
    have waited. Work that blocks the GUI thread outside the event loop (a call the benchmark
    makes itself) counts whole, as it would in the window."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        qt_app()
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Milliseconds of the longest stall since start()."""
        self._tick()
        self._timer.stop()
        return self.longest * 1000


@contextmanager
def stalls() -> Iterator[StallWatch]:
    """Watches the event loop for the block's length: `watch.longest` (seconds) after it."""
    watch = StallWatch()
    watch.start()
    try:
        yield watch
    finally:
        watch.stop()


# How long a stall watch goes on after the work it watches: what the work leaves to the turns
# after it (a list laid out, an article opened) stalls them too.
AFTER_WORK_S = 0.5


def turn_after_work() -> None:
    """Turns the event loop for AFTER_WORK_S, as the window goes on after a piece of work."""
    app = qt_app()
    end = time.perf_counter() + AFTER_WORK_S
    while time.perf_counter() < end:
        app.processEvents()


def wait_for_reader(window: Any) -> float:
    """Runs the event loop until the reader has formatted the text out of view, as it does in
    slices after opening while the reader reads the top; returns the milliseconds it took."""
    app = qt_app()
    start = time.perf_counter()
    while window.view.formatting_ahead:
        app.processEvents()
    return (time.perf_counter() - start) * 1000


def bare_view_class() -> Any:
    """A plain read-only QPlainTextEdit that reports its paints to WATCH."""
    from PySide6.QtWidgets import QPlainTextEdit

    class BareView(QPlainTextEdit):
        def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
            super().paintEvent(event)
            WATCH.painted()

    return BareView


def reader_font() -> Any:
    """The font the reader opens with, so that a bare view shows text at the same size."""
    from PySide6.QtGui import QFont

    from readmark.ui.article_view import READING_FONTS

    font = QFont()
    font.setFamilies(READING_FONTS)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(max(12.0, QFont().pointSizeF() * 1.3))
    return font


def settle() -> None:
    """Lets Qt delete what was closed, and Python collect it, between runs."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app = qt_app()
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


@contextmanager
def timed(into: list[float]) -> Iterator[None]:
    start = time.perf_counter()
    yield
    into.append((time.perf_counter() - start) * 1000)


def forget_layout(library: Path, docks_too: bool = True) -> None:
    """Drops the window geometry a closed window saved, so that every run opens a new window's
    1280 x 820 layout (the offscreen platform restores saved geometry smaller), and unless told
    otherwise where its docks were."""
    import sqlite3

    keys = ("window_geometry", "window_state") if docks_too else ("window_geometry",)
    with sqlite3.connect(library) as connection:
        connection.executemany("DELETE FROM settings WHERE key = ?", [(key,) for key in keys])
    connection.close()


def close_window(window: Any) -> None:
    window.close()
    window.deleteLater()
    settle()


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)
