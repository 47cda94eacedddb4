"""Benchmark 2, tag: one annotation added by a key press (and undone by Ctrl+Z) in the book at
1x, 4x and 16x (6,250 to 100,000 annotations), from the key press to the end of the event-loop
pass in which everything it changed has repainted: the reader, the annotation list, its counts
and the highlights strip (debounced work included), the row committed. The 1x figure is the
baseline for the others; the time to the reader's paint alone and the longest event-loop stall
are reported beside."""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks import common
from benchmarks.data import annotation_count, book_library

PLACES = 15  # passages tagged (and untagged) per count, spread through the document


def passage_at(text: str, fraction: float) -> tuple[int, int]:
    """A sentence-sized passage a reader might select near `fraction` of the text."""
    start = text.find(". ", int(len(text) * fraction)) + 2
    end = text.find(" ", start + 60)
    return start, end


def watch_paints(widget: Any) -> common.PaintWatch:
    """A PaintWatch of one widget's paints."""
    from PySide6.QtCore import QEvent, QObject

    watch = common.PaintWatch()

    class Filter(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                watch.painted()
            return False

    widget.installEventFilter(Filter(widget))  # the widget keeps it
    return watch


def side_watches(window: Any) -> list[common.PaintWatch]:
    """Paint watches of what a tag changes beside the reader: the list's rows, its counts and
    the highlights strip."""
    return [
        watch_paints(window.panel.table.viewport()),
        watch_paints(window.panel._filter_buttons[None]),  # "All" and its count
        watch_paints(window.overview),
    ]


def press(
    window: Any, sides: list[common.PaintWatch], key: Any, modifier: Any = None
) -> tuple[float, float]:
    """Milliseconds from a key press in the reader to the end of the pass that repainted it,
    and to the end of the pass by which the list, its counts and the strip had all repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    since, sides_since = common.WATCH.count, [side.count for side in sides]
    start = time.perf_counter()
    QTest.keyClick(window.view, key, modifier or Qt.KeyboardModifier.NoModifier)
    painted = common.WATCH.wait(since)
    everything = max([painted] + [s.wait(n, 10) for s, n in zip(sides, sides_since, strict=True)])
    return (painted - start) * 1000, (everything - start) * 1000


def measure(scale: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt

    from readmark.app import create_window

    _, count = common.book(scale)
    library = book_library(scale)
    common.forget_layout(library)
    since = common.WATCH.count
    window = create_window(str(library))
    window.show()
    window.activateWindow()
    common.WATCH.wait(since)
    common.wait_for_reader(window)
    app = common.qt_app()
    while not window.isActiveWindow():
        app.processEvents()
    text = window.view.text
    before = annotation_count(library)
    sides = side_watches(window)
    figures: dict[str, list[float]] = {
        name: [] for name in ("add", "add_reader", "undo", "undo_reader")
    }
    longest_stall = 0.0
    for place in range(PLACES + 1):  # the first is a warm-up
        start, end = passage_at(text, (place + 0.5) / (PLACES + 1))
        window.view.select_span(start, end)
        window.view.setFocus()
        common.settle()
        with common.stalls() as stall:
            tag_reader_ms, tag_ms = press(window, sides, Qt.Key.Key_1)
            if annotation_count(library) != before + 1:
                raise AssertionError("the annotation was not committed")
            undo_reader_ms, undo_ms = press(
                window, sides, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
            )
            if annotation_count(library) != before:
                raise AssertionError("the undo was not committed")
        if place:
            longest_stall = max(longest_stall, stall.longest * 1000)
            for name, value in (
                ("add", tag_ms),
                ("add_reader", tag_reader_ms),
                ("undo", undo_ms),
                ("undo_reader", undo_reader_ms),
            ):
                figures[name].append(value)
    listed = window.panel.model.rowCount()
    common.close_window(window)
    if listed != count:
        raise AssertionError(f"{listed} rows in the panel, {count} expected")
    result: dict[str, Any] = {
        "case": common.book_label(scale),
        "scale": scale,
        "count": count,
        "stall_ms": round(longest_stall, 1),
    }
    for name, values in figures.items():
        result[f"{name}_ms"] = round(common.median(values), 2)
    return result


def main() -> None:
    common.qt_app()
    common.watch_reader()
    results = []
    for scale in common.scales():
        results.append(measure(scale))
        print(results[-1], file=sys.stderr)
    common.report({"benchmark": "tag", "results": results})


if __name__ == "__main__":
    main()
