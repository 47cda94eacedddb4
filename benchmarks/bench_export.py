"""Benchmark 4, export: 100,000 annotations (twenty documents) to CSV and to XLSX through the
app's export, against the same rows written from a bare sqlite3 cursor with the csv module."""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import common
from benchmarks.data import library_file

DOCUMENTS = 20
PER_DOCUMENT = 5_000
SIZE = 150_000
RUNS = 5
XLSX_TARGET = 3.0  # the workbook, against the bare CSV

# The same rows, columns and order as the app's export, but for the paragraph number and
# block kind, which the app works out from each document's structure.
BARE_QUERY = """
SELECT a.document_id, d.title, d.source, t.name, a.exact, a.note, a.start, a."end",
       a.created_at, a.updated_at, d.author, d.published, d.site, d.url, a.orphaned, a.origin,
       a.coder, d.content_hash
FROM annotations AS a
JOIN documents AS d ON d.id = a.document_id
JOIN tags AS t ON t.id = a.tag_id
ORDER BY d.imported_at, d.id, a.start, a."end" DESC
"""


def bare_export(library: Path, out: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(library)
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerows(connection.execute(BARE_QUERY))
    connection.close()
    return time.perf_counter() - start


def app_export(library: Path, out: Path, kind: str = "csv") -> tuple[float, int]:
    from readmark.services.exchange import ExportOptions, export
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    repository = LibraryRepository(open_library(library))  # open, as the window has it
    start = time.perf_counter()
    count = export(repository, out, kind, ExportOptions())  # the whole library, as the menu
    seconds = time.perf_counter() - start
    repository.dispose()
    return seconds, count


def main() -> None:
    library = library_file(common.cache_folder(), "export", [(SIZE, PER_DOCUMENT)] * DOCUMENTS)
    with tempfile.TemporaryDirectory() as folder:
        bare_out, app_out = Path(folder, "bare.csv"), Path(folder, "app.csv")
        bare_export(library, bare_out)  # warm-up: the file in the page cache, modules loaded
        app_export(library, app_out)
        bare, app, workbook = [], [], []
        for _ in range(RUNS):
            bare.append(bare_export(library, bare_out))
            seconds, count = app_export(library, app_out)
            app.append(seconds)
            # The workbook, against the same bare CSV: styled cells take longer.
            seconds, xlsx_count = app_export(library, Path(folder, "app.xlsx"), "xlsx")
            workbook.append(seconds)
        if count != DOCUMENTS * PER_DOCUMENT or xlsx_count != count:
            raise AssertionError(f"{count} rows exported, {xlsx_count} in the workbook")
    results = [
        {
            "case": f"{count:,} annotations to CSV",
            "app_ms": common.ms(common.median(app)),
            "baseline_ms": common.ms(common.median(bare)),
        },
        {
            "case": f"{count:,} annotations to XLSX",
            "app_ms": common.ms(common.median(workbook)),
            "baseline_ms": common.ms(common.median(bare)),
            "target": XLSX_TARGET,
        },
    ]
    print(results, file=sys.stderr)
    common.report({"benchmark": "export", "results": results})


if __name__ == "__main__":
    main()
