"""Benchmark 1, open: from the library file to the complete window (the library open, the panels
filled, every highlight placed), at 1x, 4x and 16x (a 10 MB book with 100,000 annotations),
against reading the same text and every row with sqlite3 and showing the text in a bare
QPlainTextEdit. The app opens the library as it does at start (app.start_window): the article
read last first, the rest of the window after; the first paint is kept beside, and the longest
the event loop stood still from the first paint until the work after opening has ended."""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Generator
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.data import book_library

RUNS = {1: 5, 4: 3, 16: 3}


def bare_open(library: Path) -> float:
    """The bare work: the text and the annotation rows read with sqlite3, the text shown."""
    common.settle()
    since = common.WATCH.count
    start = time.perf_counter()
    connection = sqlite3.connect(library)
    document_id, text = connection.execute(
        "SELECT id, text FROM documents ORDER BY id DESC LIMIT 1"
    ).fetchone()
    rows = connection.execute(
        'SELECT * FROM annotations WHERE document_id = ? ORDER BY start, "end" DESC',
        (document_id,),
    ).fetchall()
    connection.close()
    view = common.bare_view_class()()
    view.setReadOnly(True)
    view.setFont(common.reader_font())
    view.resize(*common.READER_SIZE)
    view.setPlainText(text)
    view.show()
    ended = common.WATCH.wait(since)
    assert rows
    common.close_window(view)
    return ended - start


class RepeatsClock:
    """Times the window's check for repeated blocks (core.duplicates, run in steps between
    paints as a document opens), so that its share of the open is shown apart, with its
    longest step."""

    def __init__(self) -> None:
        self.spent = 0.0
        self.longest = 0.0
        self.calls = 0
        import readmark.ui.controller as controller
        from readmark.core.duplicates import near_duplicates_in_steps as original
        from readmark.core.text import Block

        def timed(text: str, blocks: list[Block]) -> Generator[None, None, list[int]]:
            steps = original(text, blocks)
            while True:
                start = time.perf_counter()
                try:
                    next(steps)
                except StopIteration as finished:
                    self.calls += 1
                    found: list[int] = finished.value
                    return found
                finally:
                    took = time.perf_counter() - start
                    self.spent += took
                    self.longest = max(self.longest, took)
                yield

        controller.near_duplicates_in_steps = timed  # type: ignore[attr-defined]


def complete(window: Any, count: int) -> bool:
    """Whether the window is complete: the library open, every annotation listed and placed."""
    return bool(
        window.attached
        and window.panel.model.rowCount() == count
        and window.view.placed_count() == count
    )


def app_open(
    library: Path, repeats: RepeatsClock, count: int, watched: bool = True
) -> dict[str, float]:
    """The app, as it starts: library file to the first painted window (the article read last
    with its highlights, read at a first look), then on to the complete window (the library
    open, the panels filled, every highlight placed). Seconds to each, the repeats check before
    and after the first paint, the annotations in view checked as drawn, and if `watched` the
    longest stall from the first paint (as start's: before it no window is on screen to wait
    on) until the work after opening (formatting the text ahead, the repeats check) has ended.
    The event loop waits for events as the window's does; the stall watch's timer, ticking on
    every pass, takes the interpreter from the thread reading the passages (at 16x the window
    was complete a second later with it): times come from runs without it."""
    from PySide6.QtCore import QEventLoop

    from readmark.app import start_window

    common.forget_layout(library)
    common.settle()
    repeats.spent = repeats.longest = 0.0
    calls = repeats.calls
    since = common.WATCH.count
    stalls = common.StallWatch()
    start = time.perf_counter()
    window = start_window(library)
    assert window is not None
    painted = common.WATCH.wait(since)
    if watched:
        stalls.start()
    spent = repeats.spent
    app = common.qt_app()
    limit = time.perf_counter() + 120
    while not complete(window, count) and time.perf_counter() < limit:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    completed = time.perf_counter()
    # The window may run the check once the article is shown: wait for it, to time it apart.
    while (repeats.calls == calls or window.view.formatting_ahead) and time.perf_counter() < limit:
        app.processEvents()
    figures = {
        "seconds": completed - start,
        "painted_seconds": painted - start,
        "stall_ms": stalls.stop() if watched else 0.0,
        "repeats": spent,
        "repeats_after": repeats.spent - spent,
        "repeats_longest_step": repeats.longest,
        "drawn": check_highlights(window),
    }
    common.close_window(window)
    return figures


def check_highlights(window: Any) -> int:
    """How many annotations are in view; fails if any of them is not drawn."""
    view = window.view
    block = view.firstVisibleBlock()
    offset = view.contentOffset()
    bottom = view.viewport().height()
    rows = [a for a in window.panel.model.rows if not a.orphaned]
    checked = 0
    while block.isValid() and view.blockBoundingGeometry(block).translated(offset).top() < bottom:
        first = view.code_point(block.position())
        last = view.code_point(block.position() + block.length() - 1)
        for annotation in rows:
            if annotation.start < last and annotation.end > first:
                at = max(annotation.start, first)
                if at >= last:
                    continue
                inside = view.qt_position(at) - block.position()
                ranges = block.layout().formats()
                if not any(r.start <= inside < r.start + r.length for r in ranges):
                    raise AssertionError(f"annotation at {annotation.start} is not drawn")
                checked += 1
        block = block.next()
    return checked


def main() -> None:
    from readmark.ui.sliced_work import SLICE_SECONDS

    common.qt_app()
    common.watch_reader()
    repeats = RepeatsClock()
    results = []
    for scale in common.scales():
        _, count = common.book(scale)
        library = book_library(scale, decided=False)
        bare_open(library)  # warm-up: fonts, caches, first layout
        app_open(library, repeats, count)
        bare, runs, watched = [], [], []
        for _ in range(RUNS.get(scale, 3)):
            bare.append(bare_open(library))
            runs.append(app_open(library, repeats, count, watched=False))
            watched.append(app_open(library, repeats, count))
        results.append(
            {
                "case": common.book_label(scale),
                "scale": scale,
                "app_ms": common.ms(common.median([r["seconds"] for r in runs])),
                "painted_ms": common.ms(common.median([r["painted_seconds"] for r in runs])),
                "stall_ms": round(max(r["stall_ms"] for r in watched), 1),
                "baseline_ms": common.ms(common.median(bare)),
                "repeats_ms": common.ms(common.median([r["repeats"] for r in runs])),
                "repeats_after_ms": common.ms(common.median([r["repeats_after"] for r in runs])),
                "repeats_step_ms": common.ms(max(r["repeats_longest_step"] for r in runs)),
                "slice_ms": common.ms(SLICE_SECONDS),
                "highlights_checked": int(min(r["drawn"] for r in runs)),
            }
        )
        print(results[-1], file=sys.stderr)
    common.report({"benchmark": "open", "results": results})


if __name__ == "__main__":
    main()
