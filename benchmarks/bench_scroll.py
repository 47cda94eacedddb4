"""Benchmark 3, scroll: painting the reader at ten places through a 3 MB document with 50,000
annotations, against the same document with none. Each sweep goes to ten places no earlier
sweep showed, so that it pays for whatever the reader does when text first comes into view.
The sweeps begin once the reader has formatted the text out of view, which it does between
paints after opening, while the top is read; how long that takes is reported beside."""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks import common
from benchmarks.data import library_file

SIZE = 3_000_000
COUNT = 50_000
SWEEPS = 7
PLACES = 10


def open_window(count: int) -> tuple[Any, float]:
    """The window on the document, and the milliseconds its reader took to format ahead."""
    from readmark.app import create_window

    library = library_file(common.cache_folder(), f"tag-{count}", [(SIZE, count)], decided=True)
    common.forget_layout(library)
    since = common.WATCH.count
    window = create_window(str(library))
    window.show()
    common.WATCH.wait(since)
    ahead_ms = common.wait_for_reader(window)
    # The strip beside the scroll bar is timed apart (below): here only the reader paints.
    window.overview.hide()
    common.settle()
    return window, ahead_ms


def sweep(window: Any, number: int) -> float:
    """Milliseconds to scroll to and paint ten places, each followed by the event loop pass that
    carries out whatever the paint left pending."""
    app = common.qt_app()
    view = window.view
    bar = view.verticalScrollBar()
    total = 0.0
    for place in range(PLACES):
        fraction = (place + (number + 1) / (SWEEPS + 2)) / PLACES
        start = time.perf_counter()
        bar.setValue(int(fraction * bar.maximum()))
        view.viewport().repaint()
        app.processEvents()
        total += time.perf_counter() - start
    return total * 1000


def strip_paint(window: Any) -> float:
    """Median milliseconds to paint the highlights strip beside the scroll bar."""
    window.overview.show()
    common.settle()
    times: list[float] = []
    for _ in range(5):
        with common.timed(times):
            window.overview.repaint()
    window.overview.hide()
    return common.median(times)


def main() -> None:
    common.qt_app()
    common.watch_reader()
    (annotated, ahead_ms), (bare, bare_ahead_ms) = open_window(COUNT), open_window(0)
    sweep(annotated, -1)  # warm-up
    sweep(bare, -1)
    with_annotations, without = [], []
    for number in range(SWEEPS):
        with_annotations.append(sweep(annotated, number))
        without.append(sweep(bare, number))
    strips = (strip_paint(annotated), strip_paint(bare))
    common.close_window(annotated)
    common.close_window(bare)
    result = {
        "case": f"3 MB, {COUNT:,} annotations, {PLACES} places",
        "app_ms": round(common.median(with_annotations), 2),
        "baseline_ms": round(common.median(without), 2),
        "strip_ms": round(strips[0], 2),
        "strip_baseline_ms": round(strips[1], 2),
        "ahead_ms": round(ahead_ms),
        "ahead_baseline_ms": round(bare_ahead_ms),
    }
    print(result, file=sys.stderr)
    common.report({"benchmark": "scroll", "results": [result]})


if __name__ == "__main__":
    main()
