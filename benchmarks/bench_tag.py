"""Benchmark 2, tag: one annotation added by a key press (and undone by Ctrl+Z) while 100 /
1,000 / 10,000 / 50,000 exist, from the key press to the highlight painted and the row
committed. The 100 figure is the baseline for the others. Each is measured in the whole window,
then again with the highlights strip beside the scroll bar hidden, and with the annotation list
hidden as well, to show their shares."""

from __future__ import annotations

import sys
import time
from typing import Any

from benchmarks import common
from benchmarks.data import annotation_count, library_file

COUNTS = [100, 1_000, 10_000, 50_000]
SIZE = 3_000_000
PLACES = 15  # passages tagged (and untagged) per count, spread through the document
KINDS = ("add", "undo")
# The whole window; the highlights strip hidden; the strip and the annotation list hidden.
PHASES = ("", "_bare", "_no_list")


def passage_at(text: str, fraction: float) -> tuple[int, int]:
    """A sentence-sized passage a reader might select near `fraction` of the text."""
    start = text.find(". ", int(len(text) * fraction)) + 2
    end = text.find(" ", start + 60)
    return start, end


def press(window: Any, key: Any, modifier: Any = None) -> float:
    """Milliseconds from a key press in the reader to the end of the pass that repainted it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    since = common.WATCH.count
    start = time.perf_counter()
    QTest.keyClick(window.view, key, modifier or Qt.KeyboardModifier.NoModifier)
    ended = common.WATCH.wait(since)
    return (ended - start) * 1000


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
    figures: dict[str, list[float]] = {f"{kind}{phase}": [] for phase in PHASES for kind in KINDS}
    for phase in PHASES:
        # Then again with the highlights strip hidden, and with the annotation list hidden too,
        # to show their shares apart.
        if phase == "_bare":
            window.overview.hide()
        if phase == "_no_list":
            window.panel_dock.hide()
        for place in range(PLACES + 1):  # the first is a warm-up
            start, end = passage_at(text, (place + 0.5) / (PLACES + 1))
            window.view.select_span(start, end)
            window.view.setFocus()
            common.settle()
            tag_ms = press(window, Qt.Key.Key_1)
            if annotation_count(library) != before + 1:
                raise AssertionError("the annotation was not committed")
            undo_ms = press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            if annotation_count(library) != before:
                raise AssertionError("the undo was not committed")
            if place:
                figures["add" + phase].append(tag_ms)
                figures["undo" + phase].append(undo_ms)
    rows = window.panel.model.rowCount()
    common.close_window(window)
    if rows != count:
        raise AssertionError(f"{rows} rows in the panel, {count} expected")
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
