"""Benchmark 4, export: every annotation of the many-documents library (500 documents of 30 KB
with 200,000 annotations at 16x, a quarter and a sixteenth of that at 4x and 1x) to CSV and to
XLSX through the app's export, as `readmark export` runs it (the library opened, and its checks
made, inside the timed region), against the same rows written from a bare sqlite3 cursor with
the csv module. The same exports made from the window (File > Export), with the longest
event-loop stall meanwhile, are reported beside."""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import common
from benchmarks.data import many_library

RUNS = {1: 5, 4: 3, 16: 3}
XLSX_TARGET = 3.0  # the workbook, against the bare CSV

# The same rows, columns and order as the app's export; the paragraph number, the block kind
# and the links are left empty: the app works them out from each document's structure and the
# links table (which this library leaves empty).
BARE_QUERY = """
SELECT a.document_id, d.title, d.source, t.name, a.exact, a.note, a.start, a."end", '',
       a.created_at, a.updated_at, '', d.author, d.published, d.site, d.url, a.orphaned,
       a.origin, a.coder, d.content_hash, d.label, a.id, '', a.reason
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
    """`readmark export`'s work: the library opened (its checks made), every row written."""
    from readmark.services.exchange import ExportOptions, export
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    start = time.perf_counter()
    repository = LibraryRepository(open_library(library))
    count = export(repository, out, kind, ExportOptions())  # the whole library, as the menu
    seconds = time.perf_counter() - start
    repository.dispose()
    return seconds, count


def window_export(library: Path, folder: Path, kind: str) -> float:
    """The export made from the window (File > Export, the whole library); the longest
    event-loop stall (ms) until the file is written."""
    from readmark.app import create_window
    from readmark.services.exchange import ExportOptions

    common.forget_layout(library)
    window = create_window(str(library))
    window.show()
    common.settle()
    out = Path(folder, f"window.{kind}")
    out.unlink(missing_ok=True)
    message = window.statusBar().currentMessage
    app = common.qt_app()
    with common.stalls() as stalls:
        window.commands.exchange.export_to(out, kind, ExportOptions())
        while not message().startswith("Exported"):
            app.processEvents()
        common.turn_after_work()
    common.close_window(window)
    return stalls.longest * 1000


def measure(scale: int, folder: str) -> list[dict[str, Any]]:
    documents = common.many_documents(scale)
    library = many_library(scale)
    bare_out, app_out = Path(folder, "bare.csv"), Path(folder, "app.csv")
    bare_export(library, bare_out)  # warm-up: the file in the page cache, modules loaded
    app_export(library, app_out)
    bare, app, workbook = [], [], []
    for _ in range(RUNS.get(scale, 3)):
        bare.append(bare_export(library, bare_out))
        seconds, count = app_export(library, app_out)
        app.append(seconds)
        # The workbook, against the same bare CSV: styled cells take longer.
        seconds, xlsx_count = app_export(library, Path(folder, "app.xlsx"), "xlsx")
        workbook.append(seconds)
    expected = documents * common.MANY_PER_DOCUMENT
    if count != expected or xlsx_count != count:
        raise AssertionError(f"{count} rows exported, {xlsx_count} in the workbook")
    label = common.many_label(scale)
    return [
        {
            "case": f"CSV, {label}",
            "kind": "CSV",
            "scale": scale,
            "app_ms": common.ms(common.median(app)),
            "baseline_ms": common.ms(common.median(bare)),
            "stall_ms": round(window_export(library, Path(folder), "csv"), 1),
        },
        {
            "case": f"XLSX, {label}",
            "kind": "XLSX",
            "scale": scale,
            "app_ms": common.ms(common.median(workbook)),
            "baseline_ms": common.ms(common.median(bare)),
            "target": XLSX_TARGET,
            "stall_ms": round(window_export(library, Path(folder), "xlsx"), 1),
        },
    ]


def main() -> None:
    common.qt_app()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for scale in common.scales():
            results += measure(scale, folder)
            print(results[-2:], file=sys.stderr)
    common.report({"benchmark": "export", "results": results})


if __name__ == "__main__":
    main()
