"""CSV export of annotations, in the form Excel and LibreOffice open correctly by double-click."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import datetime
from typing import TextIO

from readmark.core.model import ExportRow

CSV_HEADER = (
    "document_id",
    "document",
    "source",
    "tag",
    "passage",
    "note",
    "start",
    "end",
    "paragraph",
    "created",
    "updated",
    "block",
    "author",
    "published",
    "site",
    "url",
    "orphaned",
    "origin",
)

# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """`value`, with a leading apostrophe if a spreadsheet would otherwise run it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def write_csv(rows: Iterable[ExportRow], stream: TextIO) -> int:
    """Write a header and one record per row; return the number of rows.

    `stream` must be opened with encoding="utf-8" and newline="", so that line ends inside a
    passage reach the file unchanged.
    """
    # The byte-order mark is how Excel knows the file is UTF-8 rather than the ANSI code page.
    stream.write("\ufeff")
    writer = csv.writer(stream, quoting=csv.QUOTE_MINIMAL, doublequote=True, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    count = 0
    for row in rows:
        writer.writerow(
            (
                row.document_id,
                neutralise_cell(row.document_title),
                neutralise_cell(row.document_source),
                neutralise_cell(row.tag),
                neutralise_cell(row.passage),
                neutralise_cell(row.note),
                row.start,
                row.end,
                row.paragraph,
                _local_time(row.created_at),
                _local_time(row.updated_at),
                row.block,
                neutralise_cell(row.author),
                row.published,
                neutralise_cell(row.site),
                neutralise_cell(row.url),
                "yes" if row.orphaned else "",
                row.origin,
            )
        )
        count += 1
    return count


def _local_time(moment: datetime) -> str:
    # Spreadsheets recognise this form as a date and time; the reader thinks in local time.
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")
