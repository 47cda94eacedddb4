"""Benchmark 8, search: Search the Library, typed into its dialog, for words no text and no note
holds (so every text and every note is read), over 500 documents of 30 KB with 200,000
annotations at 16x (and a quarter and a sixteenth of that), from the search's start to its
last result listed, against the same texts and notes read with sqlite3 and searched with one
compiled `re` pattern. The dialog searches on a worker thread: the longest event-loop stall,
and the time to the first result of a common word, are reported beside, from runs of their
own (the stall watch's timer, ticking on every pass, takes the interpreter from the worker)."""

from __future__ import annotations

import re
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.data import many_library

QUERY = "zebra crossing"  # in no text and no note
COMMON = "harbour"  # in many texts: its first result shows while the search goes on
RUNS = 5


def bare_search(library: Path) -> tuple[float, int]:
    start = time.perf_counter()
    pattern = re.compile(re.escape(QUERY), re.IGNORECASE)
    connection = sqlite3.connect(library)
    hits = 0
    for _id, _title, text in connection.execute(
        "SELECT id, title, text FROM documents ORDER BY imported_at, id"
    ):
        hits += sum(1 for _ in pattern.finditer(text))
    for (note,) in connection.execute("SELECT note FROM annotations WHERE note != ''"):
        hits += sum(1 for _ in pattern.finditer(note))
    connection.close()
    return time.perf_counter() - start, hits


def dialog_search(dialog: Any, query: str, watched: bool) -> tuple[float, float, float, int]:
    """Seconds from the search's start to its first result listed and to its end, the
    longest stall (ms) meanwhile if `watched` (else 0), and the results listed. The event loop
    waits for the search's results as the window's does."""
    from PySide6.QtCore import QEventLoop

    app = common.qt_app()
    dialog.field.blockSignals(True)  # no search on typing: it starts below, timed
    dialog.field.setText(query)
    dialog.field.blockSignals(False)
    first = None
    watch = common.StallWatch()
    if watched:
        watch.start()
    start = time.perf_counter()
    dialog.search()
    while dialog.searching():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if first is None and dialog.results.rowCount():
            first = time.perf_counter()
    end = time.perf_counter()
    stall = watch.stop() if watched else 0.0
    count = dialog.results.rowCount()
    if first is None:
        first = end
    return end - start, first - start, stall, count


def measure(scale: int) -> dict[str, Any]:
    from readmark.app import create_window
    from readmark.ui.library_search import LibrarySearchDialog

    library = many_library(scale)
    common.forget_layout(library)
    window = create_window(str(library))
    window.show()
    window.library.search_library()
    dialog = window.findChild(LibrarySearchDialog)
    bare_search(library)  # warm-up: the file in the page cache, modules loaded
    dialog_search(dialog, QUERY, watched=False)
    bare, app, stalls = [], [], []
    for _ in range(RUNS):
        seconds, bare_hits = bare_search(library)
        bare.append(seconds)
        seconds, _, _, app_hits = dialog_search(dialog, QUERY, watched=False)
        app.append(seconds)
        stalls.append(dialog_search(dialog, QUERY, watched=True)[2])
        if bare_hits or app_hits:
            raise AssertionError(f"{bare_hits} / {app_hits} hits for words in no text")
    _, first, stall, listed = dialog_search(dialog, COMMON, watched=True)
    stalls.append(stall)
    if not listed:
        raise AssertionError(f"no result for {COMMON!r}")
    common.close_window(window)
    return {
        "case": f"no hits, {common.many_label(scale)}",
        "scale": scale,
        "app_ms": common.ms(common.median(app)),
        "baseline_ms": common.ms(common.median(bare)),
        "first_ms": common.ms(first),
        "stall_ms": round(max(stalls), 1),
    }


def main() -> None:
    common.qt_app()
    results = []
    for scale in common.scales():
        results.append(measure(scale))
        print(results[-1], file=sys.stderr)
    common.report({"benchmark": "search", "results": results})


if __name__ == "__main__":
    main()
