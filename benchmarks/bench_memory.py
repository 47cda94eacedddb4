"""Benchmark 6, memory: the peak memory of the app with the 3 MB document and its 50,000
annotations open, against a bare PySide6 process showing the same text."""

from __future__ import annotations

import sys

from benchmarks import common
from benchmarks.bench_start import launch
from benchmarks.data import library_file

SIZE = 3_000_000
COUNT = 50_000
RUNS = 3
# The event loop runs this long after the window is complete (the library open, the panel
# filled) before the peak is read.
HOLD_MS = 1_000


def main() -> None:
    library = library_file(common.cache_folder(), f"tag-{COUNT}", [(SIZE, COUNT)], decided=True)
    common.forget_layout(library)
    launch("bare", library)  # warm-up: bytecode compiled, files in the page cache
    common.forget_layout(library)
    launch("app", library)
    bare, app = [], []
    for _ in range(RUNS):
        bare.append(launch("bare", library, HOLD_MS).peak_kib)
        common.forget_layout(library)
        app.append(launch("app", library, HOLD_MS).peak_kib)
    result = {
        "case": f"3 MB, {COUNT:,} annotations open, peak",
        "app_mib": round(common.median(app) / 1024, 1),
        "baseline_mib": round(common.median(bare) / 1024, 1),
    }
    print(result, file=sys.stderr)
    common.report({"benchmark": "memory", "results": [result]})


if __name__ == "__main__":
    main()
