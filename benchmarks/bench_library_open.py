"""Opening the library (`open_library`, as the window and every `readmark` command do) on the
export benchmark's library at 16x (200,000 annotations in 500 documents): a start after a clean
exit, against one after a crash, which checks every page (PRAGMA quick_check). Not in run_all's
table; run it alone:

    .venv/bin/python -m benchmarks.bench_library_open
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from benchmarks import common
from benchmarks.data import many_library

RUNS = 7


def open_seconds(library: Path, after_crash: bool) -> float:
    from readmark.store.database import open_library

    if after_crash:  # the marker a process that was killed leaves behind (store/clean_exit.py)
        library.with_name(f"{library.name}-open-{os.getpid() + 1_000_000}").touch()
    start = time.perf_counter()
    engine = open_library(library)
    seconds = time.perf_counter() - start
    engine.dispose()
    for marker in library.parent.glob(f"{library.name}-open-*"):
        marker.unlink()  # as this process's own ending would
    return seconds


def main() -> None:
    library = many_library(16)
    open_seconds(library, True)  # warm-up: modules loaded, the file in the page cache
    clean, crashed = [], []
    for _ in range(RUNS):
        clean.append(open_seconds(library, False))
        crashed.append(open_seconds(library, True))
    result = {
        "case": f"{common.many_label(16)}, {library.stat().st_size / 1e6:.0f} MB",
        "app_ms": common.ms(common.median(clean)),
        "baseline_ms": common.ms(common.median(crashed)),
    }
    print(result, file=sys.stderr)
    common.report({"benchmark": "library_open", "results": [result]})


if __name__ == "__main__":
    main()
