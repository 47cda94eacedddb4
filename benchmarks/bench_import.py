"""Benchmark 7, import: articles of 30 KB imported one after another into a new library
(`library.import_files`, as File > Import and `readmark import` do), 31, 125 and 500 of them
(1x, 4x, 16x): the cost of each file of the last quarter of the import against that of the
first 30 in the same import. The same files imported through the window (File > Import), with
the longest event-loop stall meanwhile, are reported beside."""

from __future__ import annotations

import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.data import SEED, make_text

FIRST = 30  # the baseline: the cost per file while the library is nearly empty
RUNS = 5


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` generated articles as plain-text files, each with a different text."""
    paths = []
    for number in range(count):
        text, _ = make_text(common.MANY_SIZE, SEED + number)
        path = folder / f"article-{number:04}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def new_library(library: Path) -> Any:
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    for stale in library.parent.glob(f"{library.name}*"):  # the library and its WAL files
        stale.unlink()
    repository = LibraryRepository(open_library(library))
    repository.set_setting("seeded", "1")
    return repository


def import_times(library: Path, files: list[Path]) -> list[float]:
    """Imports `files` into a new library at `library`; the seconds each file took."""
    from readmark.services.documents import import_files

    repository = new_library(library)
    moments: list[float] = []

    def progress(done: int, total: int, path: Path) -> bool:
        moments.append(time.perf_counter())  # called before each file
        return True

    outcomes = import_files(repository, files, progress)
    moments.append(time.perf_counter())
    repository.dispose()
    if sum(o.created for o in outcomes) != len(files):
        raise AssertionError("not every file was added")
    return [after - before for before, after in pairwise(moments)]


def window_import(library: Path, folder: Path, count: int) -> float:
    """The folder imported through the window's File > Import; the longest stall (ms)."""
    from readmark.app import create_window

    new_library(library).dispose()
    window = create_window(str(library))
    window.show()
    common.settle()
    app = common.qt_app()
    with common.stalls() as stalls:
        window.files.import_paths([folder])
        while window.documents.rowCount() < count:  # listed, as the import's last turn does
            app.processEvents()
        common.turn_after_work()
    common.close_window(window)
    return stalls.longest * 1000


def main() -> None:
    common.qt_app()
    results = []
    most = max(common.many_documents(scale) for scale in common.scales())
    with tempfile.TemporaryDirectory() as folder:
        files = write_articles(Path(folder), most)
        library = Path(folder, "library", "library.sqlite3")
        library.parent.mkdir()
        import_times(library, files[:FIRST])  # warm-up: modules loaded, files in the page cache
        for scale in common.scales():
            count = common.many_documents(scale)
            chosen = files[:count]
            late_files = range(count - count // 4, count)
            first, late, longest = [], [], []
            for _ in range(RUNS):
                seconds = import_times(library, chosen)
                first.append(common.median(seconds[:FIRST]))
                late.append(common.median(seconds[late_files.start : late_files.stop]))
                longest.append(max(seconds))
            shown = Path(folder, f"import-{scale}x")
            shown.mkdir()
            for path in chosen:
                (shown / path.name).hardlink_to(path)  # the same files, in a folder of their own
            stall = window_import(library, shown, count)
            results.append(
                {
                    "case": f"{scale}x: per file, files {late_files.start + 1}-{count} of {count}",
                    "scale": scale,
                    "app_ms": common.ms(common.median(late)),
                    "baseline_ms": common.ms(common.median(first)),
                    "longest_ms": common.ms(common.median(longest)),
                    "stall_ms": round(stall, 1),
                }
            )
            print(results[-1], file=sys.stderr)
    common.report({"benchmark": "import", "results": results})


if __name__ == "__main__":
    main()
