"""Benchmark 2, tag: one annotation added by a key press (and undone by Ctrl+Z) while 100 /
1,000 / 10,000 / 50,000 exist, from the key press to the highlight painted and the row
committed. The 100 figure is the baseline for the others. After a tag the annotation list (with
its counts and the highlights strip) repaints in the event-loop pass after the reader's: the time
until it has is reported beside."""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks import common
from benchmarks.data import annotation_count, library_file

COUNTS = [100, 1_000, 10_000, 50_000]
SIZE = 3_000_000
PLACES = 15  # passages tagged (and untagged) per count, spread through the document


def passage_at(text: str, fraction: float) -> tuple[int, int]:
    """A sentence-sized passage a reader might select near `fraction` of the text."""
    start = text.find(". ", int(len(text) * fraction)) + 2
    end = text.find(" ", start + 60)
    return start, end


def watch_list(window: Any) -> common.PaintWatch:
    """A PaintWatch of the annotation list's rows."""
    from PySide6.QtCore import QEvent, QObject

    watch = common.PaintWatch()

    class Filter(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint:
                watch.painted()
            return False

    viewport = window.panel.table.viewport()
    viewport.installEventFilter(Filter(viewport))  # the viewport keeps it
    return watch


def press(
    window: Any, rows: common.PaintWatch, key: Any, modifier: Any = None
) -> tuple[float, float]:
    """Milliseconds from a key press in the reader to the end of the pass that repainted it,
    and to the end of the one that repainted the annotation list."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    since, rows_since = common.WATCH.count, rows.count
    start = time.perf_counter()
    QTest.keyClick(window.view, key, modifier or Qt.KeyboardModifier.NoModifier)
    painted = common.WATCH.wait(since)
    listed = rows.wait(rows_since)
    return (painted - start) * 1000, (listed - start) * 1000


def measure(count: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt

    from readmark.app import create_window

    library = library_file(common.cache_folder(), f"tag-{count}", [(SIZE, count)], decided=True)
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
    rows = watch_list(window)
    figures: dict[str, list[float]] = {
        name: [] for name in ("add", "add_listed", "undo", "undo_listed")
    }
    for place in range(PLACES + 1):  # the first is a warm-up
        start, end = passage_at(text, (place + 0.5) / (PLACES + 1))
        window.view.select_span(start, end)
        window.view.setFocus()
        common.settle()
        tag_ms, tag_listed_ms = press(window, rows, Qt.Key.Key_1)
        if annotation_count(library) != before + 1:
            raise AssertionError("the annotation was not committed")
        undo_ms, undo_listed_ms = press(
            window, rows, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
        )
        if annotation_count(library) != before:
            raise AssertionError("the undo was not committed")
        if place:
            for name, value in (
                ("add", tag_ms),
                ("add_listed", tag_listed_ms),
                ("undo", undo_ms),
                ("undo_listed", undo_listed_ms),
            ):
                figures[name].append(value)
    listed = window.panel.model.rowCount()
    common.close_window(window)
    if listed != count:
        raise AssertionError(f"{listed} rows in the panel, {count} expected")
    result: dict[str, Any] = {"case": f"{count:,} annotations", "count": count}
    for name, values in figures.items():
        result[f"{name}_ms"] = round(common.median(values), 2)
    return result


def main() -> None:
    common.qt_app()
    common.watch_reader()
    results = []
    for count in COUNTS:
        results.append(measure(count))
        print(results[-1], file=sys.stderr)
    common.report({"benchmark": "tag", "results": results})


if __name__ == "__main__":
    main()
