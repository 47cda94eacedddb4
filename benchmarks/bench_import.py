"""Benchmark 7, import: 500 articles of 30 KB imported one after another into a new library
(`library.import_files`, as File > Import and `readmark import` do), the cost of each of files
400 to 500 against that of the first 30 in the same import."""

from __future__ import annotations

import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

from benchmarks import common
from benchmarks.data import SEED, make_text

FILES = 500
SIZE = 30_000
FIRST = 30  # the baseline: the cost per file while the library is nearly empty
LATE = range(400, FILES)  # the cost per file with hundreds of documents in the library
RUNS = 5


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` generated articles as plain-text files, each with a different text."""
    paths = []
    for number in range(count):
        text, _ = make_text(SIZE, SEED + number)
        path = folder / f"article-{number:04}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def import_times(library: Path, files: list[Path]) -> list[float]:
    """Imports `files` into a new library at `library`; the seconds each file took."""
    from readmark.services.documents import import_files
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    library.unlink(missing_ok=True)
    repository = LibraryRepository(open_library(library))
    repository.set_setting("seeded", "1")
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


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        files = write_articles(Path(folder), FILES)
        library = Path(folder, "library.sqlite3")
        import_times(library, files[:FIRST])  # warm-up: modules loaded, files in the page cache
        first, late, longest = [], [], []
        for _ in range(RUNS):
            seconds = import_times(library, files)
            first.append(common.median(seconds[:FIRST]))
            late.append(common.median(seconds[LATE.start : LATE.stop]))
            longest.append(max(seconds))
    result = {
        "case": f"per file, files {LATE.start}-{LATE.stop} of {FILES} ({SIZE // 1000} KB each)",
        "app_ms": common.ms(common.median(late)),
        "baseline_ms": common.ms(common.median(first)),
        "longest_ms": common.ms(common.median(longest)),
    }
    print(result, file=sys.stderr)
    common.report({"benchmark": "import", "results": [result]})


if __name__ == "__main__":
    main()
