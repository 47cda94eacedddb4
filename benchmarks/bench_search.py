"""Benchmark 8, search: the library searched for words it does not hold (so every text and
every note is read), 500 documents of 30 KB with 200,000 annotations, through
`library.search_library` as Search the Library has it, against the same texts and notes read
with sqlite3 and searched with one compiled `re` pattern."""

from __future__ import annotations

import re
import sqlite3
import sys
import time
from pathlib import Path

from benchmarks import common
from benchmarks.data import library_file

DOCUMENTS = 500
SIZE = 30_000
PER_DOCUMENT = 400
QUERY = "zebra crossing"  # in no text and no note
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


def app_search(library: Path) -> tuple[float, int]:
    from readmark.services.documents import search_library
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    repository = LibraryRepository(open_library(library))  # open, as the window has it
    start = time.perf_counter()
    hits = search_library(repository, QUERY)
    seconds = time.perf_counter() - start
    repository.dispose()
    return seconds, len(hits)


def main() -> None:
    library = library_file(
        common.cache_folder(), "search", [(SIZE, PER_DOCUMENT)] * DOCUMENTS, decided=True
    )
    bare_search(library)  # warm-up: the file in the page cache, modules loaded
    app_search(library)
    bare, app = [], []
    for _ in range(RUNS):
        seconds, bare_hits = bare_search(library)
        bare.append(seconds)
        seconds, app_hits = app_search(library)
        app.append(seconds)
    if bare_hits or app_hits:
        raise AssertionError(f"{bare_hits} / {app_hits} hits for words in no text")
    result = {
        "case": f"no hits, {DOCUMENTS} documents of 30 KB, "
        f"{DOCUMENTS * PER_DOCUMENT:,} annotations",
        "app_ms": common.ms(common.median(app)),
        "baseline_ms": common.ms(common.median(bare)),
    }
    print(result, file=sys.stderr)
    common.report({"benchmark": "search", "results": [result]})


if __name__ == "__main__":
    main()
