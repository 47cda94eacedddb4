"""Benchmark 3, scroll: painting the reader at ten places through the book at 1x, 4x and 16x (a
10 MB book with 100,000 annotations at 16x), against a bare read-only QPlainTextEdit showing the
same text. Each sweep goes to ten places no earlier sweep showed, so that it pays for whatever
the view does when text first comes into view. The sweeps begin once the reader has formatted
the text out of view, which it does between paints after opening (how long that takes is
reported beside); a sweep right after the first paint, before that, is timed too, against the
bare view's right after its own first paint. The longest event-loop stall of the sweeps is the
longest single place."""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks import common
from benchmarks.data import book_library

SWEEPS = 7
PLACES = 10


def open_window(scale: int) -> tuple[Any, float]:
    """The window on the book, swept once right after its first paint; the milliseconds of
    that sweep."""
    from readmark.app import create_window

    library = book_library(scale)
    common.forget_layout(library)
    since = common.WATCH.count
    window = create_window(str(library))
    window.show()
    common.WATCH.wait(since)
    early = sweep(window.view, SWEEPS)
    return window, early


def bare_view(text: str) -> tuple[Any, float]:
    """A bare QPlainTextEdit of the reader's size and font on `text`, swept once right after
    its first paint; the milliseconds of that sweep."""
    view = common.bare_view_class()()
    view.setReadOnly(True)
    view.setFont(common.reader_font())
    view.resize(*common.READER_SIZE)
    since = common.WATCH.count
    view.setPlainText(text)
    view.show()
    common.WATCH.wait(since)
    return view, sweep(view, SWEEPS)


def sweep(view: Any, number: int) -> float:
    """Milliseconds to scroll to and paint ten places, each followed by the event-loop pass that
    carries out whatever the paint left pending (in the window: the highlights strip too)."""
    app = common.qt_app()
    bar = view.verticalScrollBar()
    total = 0.0
    for place in range(PLACES):
        fraction = (place + (number + 1) / (SWEEPS + 3)) / PLACES
        start = time.perf_counter()
        bar.setValue(int(fraction * bar.maximum()))
        view.viewport().repaint()
        app.processEvents()
        total += time.perf_counter() - start
    return total * 1000


def measure(scale: int) -> dict[str, Any]:
    window, early = open_window(scale)
    ahead_ms = common.wait_for_reader(window)
    bare, bare_early = bare_view(window.view.text)
    common.settle()
    sweep(window.view, -1)  # warm-up
    sweep(bare, -1)
    app, baseline = [], []
    with common.stalls() as stalls:
        for number in range(SWEEPS - 1):
            app.append(sweep(window.view, number))
            baseline.append(sweep(bare, number))
    common.close_window(window)
    common.close_window(bare)
    return {
        "case": f"{common.book_label(scale)}, {PLACES} places",
        "scale": scale,
        "app_ms": round(common.median(app), 2),
        "baseline_ms": round(common.median(baseline), 2),
        "early_ms": round(early, 2),
        "early_baseline_ms": round(bare_early, 2),
        "ahead_ms": round(ahead_ms),
        "stall_ms": round(stalls.longest * 1000, 1),
    }


def main() -> None:
    common.qt_app()
    common.watch_reader()
    results = []
    for scale in common.scales():
        results.append(measure(scale))
        print(results[-1], file=sys.stderr)
    common.report({"benchmark": "scroll", "results": results})


if __name__ == "__main__":
    main()
