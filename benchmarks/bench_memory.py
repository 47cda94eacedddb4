"""Benchmark 6, memory: the peak memory of the app with the book open (10 MB with 100,000
annotations at 16x), against a bare PySide6 process showing the same text and holding the same
annotation rows, read with sqlite3."""

from __future__ import annotations

import sys

from benchmarks import common
from benchmarks.bench_start import launch
from benchmarks.data import book_library

RUNS = 3
# The event loop runs this long after the window is complete (the library open, the panel
# filled) before the peak is read.
HOLD_MS = 1_000


def measure(scale: int) -> dict[str, object]:
    library = book_library(scale)
    common.forget_layout(library)
    launch("bare", library)  # warm-up: bytecode compiled, files in the page cache
    common.forget_layout(library)
    launch("app", library)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(launch("bare", library, HOLD_MS).peak_kib)
        common.forget_layout(library)
        app.append(launch("app", library, HOLD_MS).peak_kib)
    return {
        "case": f"{common.book_label(scale)} open, peak",
        "scale": scale,
        "app_mib": round(common.median(app) / 1024, 1),
        "baseline_mib": round(common.median(bare) / 1024, 1),
    }


def main() -> None:
    results = []
    for scale in common.scales():
        results.append(measure(scale))
        print(results[-1], file=sys.stderr)
    common.report({"benchmark": "memory", "results": results})


if __name__ == "__main__":
    main()
