"""Excel workbook (XLSX) export: a sheet of annotations and a sheet of counts per tag and document.

Every text is written as a text cell, so nothing needs neutralising: a passage that begins with
"=" stays those characters. Numbers are numbers and times are times, in local time as the CSV
has them. Written with XlsxWriter in constant-memory mode, so rows stream to the file: two and a
half times as fast as openpyxl's write-only mode, which spent a third of its time hashing each
cell's style.
"""

from __future__ import annotations

import math
import re
import tempfile
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, BinaryIO

from xlsxwriter import Workbook  # type: ignore[import-untyped]
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]

from readmark.core.csv_export import CONTEXT_HEADER, CSV_HEADER, Contexts
from readmark.core.model import ExportRow, Tag, utc_moment

ANNOTATIONS_SHEET = "Annotations"
SUMMARY_SHEET = "Summary"
# Excel refuses a cell longer than this; a longer passage is cut, and says so at its end.
MAX_CELL_CHARS = 32_767
CUT_MARK = " […]"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
# Rows in an Excel sheet, the header's included. XlsxWriter would drop any more without a word.
MAX_ROWS = 1_048_576

# Column widths in characters, by column name; text columns wrap.
_WIDTHS = {
    "document_id": 12,
    "document": 30,
    "source": 24,
    "tag": 12,
    "passage": 60,
    "note": 40,
    "start": 8,
    "end": 8,
    "paragraph": 10,
    "created": 19,
    "updated": 19,
    "block": 10,
    "author": 18,
    "published": 11,
    "site": 16,
    "url": 24,
    "orphaned": 9,
    "origin": 11,
    "coder": 14,
    "document_hash": 20,
    "context_before": 40,
    "context_after": 40,
}
_WRAPPED = frozenset({"passage", "note", "context_before", "context_after"})
# Characters XML 1.0 cannot hold: shown as U+FFFD rather than written as escapes.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A row's height: points per line of text, and Excel's largest.
LINE_POINTS = 15.0
MAX_ROW_POINTS = 409.0
# Characters of ordinary text that fit in one unit of column width (a digit's width).
_CHARS_PER_WIDTH = 1.1
# How strongly a tag's colour tints its cell: light enough for black text to stay readable.
TINT = 0.35

HEADER_FILL = "E8E6E1"
_HEADER_STYLE = {"bold": True, "bottom": 1, "bottom_color": "#8A8580", "valign": "top"}
TAG_CELL = CSV_HEADER.index("tag")


class SheetFullError(ValueError):
    """More rows than an Excel sheet holds."""


class Book:
    """A workbook written sheet by sheet and row by row, its cells typed and styled alike
    throughout Readmark's workbooks: text top-aligned (some columns wrapped), numbers, and times
    in a date format. Text is always written as text, never as a formula.

    Used as a context: the file is finished when the block ends, and if it ends by an error (a
    stopped export) the rows kept aside on disk meanwhile are removed all the same."""

    def __init__(self, stream: BinaryIO) -> None:
        self._scratch = tempfile.TemporaryDirectory(prefix="readmark-", ignore_cleanup_errors=True)
        options = {"constant_memory": True, "nan_inf_to_errors": True, "tmpdir": self._scratch.name}
        self._book = Workbook(stream, options)
        self._book.set_properties({"author": "Readmark"})
        self._text = self._book.add_format({"valign": "top"})
        self._wrapped = self._book.add_format({"valign": "top", "text_wrap": True})
        self._time = self._book.add_format({"valign": "top", "num_format": TIME_FORMAT})
        self.bold = self._book.add_format({"valign": "top", "bold": True})
        self._fills: dict[tuple[str, bool], Any] = {}

    def sheet(
        self,
        name: str,
        header: Sequence[str],
        freeze: str,
        *,
        widths: Sequence[float] | None = None,
        header_fills: dict[int, str] | None = None,
    ) -> Sheet:
        """A new sheet with its header row written: bold on a fill (`header_fills` by column
        number, else HEADER_FILL), frozen above and left of the cell `freeze` names. Columns are
        as wide as `widths`, else as _WIDTHS has their names."""
        sheet = Sheet(self, self._book.add_worksheet(name), header)
        for number, column in enumerate(header):
            width = widths[number] if widths is not None else _WIDTHS.get(column, 14)
            # The column's own style, for the cells left empty (see Sheet.append).
            sheet.worksheet.set_column(number, number, width, self.cell_style(column, None))
        sheet.worksheet.freeze_panes(freeze)
        # Printed: across the page, every column on one page's width, the header on every page.
        sheet.worksheet.set_landscape()
        sheet.worksheet.fit_to_pages(1, 0)
        sheet.worksheet.repeat_rows(0)
        fills = header_fills or {}
        sheet.append(
            header,
            styles={
                n: self.filled(fills.get(n, HEADER_FILL), header=True) for n in range(len(header))
            },
        )
        return sheet

    def filled(self, fill: str, *, header: bool = False) -> Any:
        """A text cell's style on a fill (RRGGBB); a header's is bold with a line below."""
        style = self._fills.get((fill, header))
        if style is None:
            spec: dict[str, object] = dict(_HEADER_STYLE) if header else {"valign": "top"}
            spec |= {"bg_color": f"#{fill}", "pattern": 1}
            style = self._fills[fill, header] = self._book.add_format(spec)
        return style

    def cell_style(self, column: str, value: object) -> Any:
        if isinstance(value, datetime):
            return self._time
        return self._wrapped if column in _WRAPPED else self._text

    def __enter__(self) -> Book:
        return self

    def __exit__(self, error: type[BaseException] | None, *_: object) -> None:
        try:
            if error is None:
                self._book.close()
        except FileCreateError as failed:
            # The OSError it wraps (a full disk, a folder gone), which callers report.
            reason = failed.args[0] if failed.args else None
            raise reason if isinstance(reason, OSError) else OSError(str(failed)) from None
        finally:
            # XlsxWriter has no way to abandon a workbook: its sheets' row files would stay
            # open until collected, and Windows does not remove an open file.
            for worksheet in self._book.worksheets():
                if worksheet.row_data_fh is not None:
                    worksheet.row_data_fh.close()
            self._scratch.cleanup()


class Sheet:
    """A worksheet of a Book, written a row at a time from the top."""

    def __init__(self, book: Book, worksheet: Any, header: Sequence[str]) -> None:
        self._book, self.worksheet, self._header = book, worksheet, tuple(header)
        self.rows = 0  # written so far, the header's included

    def append(
        self,
        values: Sequence[object],
        *,
        height: float | None = None,
        styles: dict[int, Any] | None = None,
    ) -> None:
        """Writes a row: texts as text (cut to what Excel holds), numbers, times; None or ""
        leaves a cell empty. `styles` overrides the style of some cells (by column number)."""
        row, worksheet, book = self.rows, self.worksheet, self._book
        if row >= MAX_ROWS:
            raise SheetFullError(f"an Excel sheet holds at most {MAX_ROWS:,} rows")
        if height is not None:
            worksheet.set_row(row, height)  # before its cells: the rows before are written out
        for column, (name, value) in enumerate(zip(self._header, values, strict=True)):
            style = styles.get(column) if styles else None
            if value is None or value == "":
                # Left out unless it shows a fill: the column's style covers it, and writing
                # an empty cell cost as much as a full one (a third of the benchmark's cells).
                if style is not None:
                    worksheet.write_blank(row, column, None, style)
                continue
            if style is None:
                style = book.cell_style(name, value)
            if isinstance(value, str):
                worksheet.write_string(row, column, _storable(value), style)
            elif isinstance(value, datetime):
                worksheet.write_datetime(row, column, value, style)
            elif isinstance(value, int | float):
                worksheet.write_number(row, column, value, style)
            else:
                raise TypeError(f"a {type(value).__name__} cannot go in a cell")
        self.rows += 1

    def filter_rows(self) -> None:
        """Filter buttons on the header, over every row written."""
        self.worksheet.autofilter(0, 0, max(self.rows - 1, 0), len(self._header) - 1)


def write_xlsx(
    rows: Iterable[ExportRow],
    stream: BinaryIO,
    tags: Sequence[Tag],
    *,
    document_hashes: dict[int, str] | None = None,
    contexts: Contexts | None = None,
) -> int:
    """Writes the workbook; returns the number of annotations. The tags give the colours and
    the order of the summary's columns (a tag not among them is added after)."""
    hashes = document_hashes or {}
    header = CSV_HEADER + (CONTEXT_HEADER if contexts is not None else ())
    fills = {tag.name: tint(tag.colour) for tag in tags}
    counts: dict[tuple[int, str], int] = {}
    titles: dict[int, str] = {}
    with Book(stream) as book:
        sheet = book.sheet(ANNOTATIONS_SHEET, header, "B2")
        count = _write_rows(rows, book, sheet, header, hashes, fills, counts, titles, contexts)
        sheet.filter_rows()
        _write_summary(book, tags, fills, counts, titles)
    return count


def _write_rows(
    rows: Iterable[ExportRow],
    book: Book,
    sheet: Sheet,
    header: Sequence[str],
    hashes: dict[int, str],
    fills: dict[str, str],
    counts: dict[tuple[int, str], int],
    titles: dict[int, str],
    contexts: Contexts | None,
) -> int:
    """Appends a row per annotation, counting them by document and tag; returns how many."""
    count = 0
    for row in rows:
        values: list[object] = [
            row.document_id,
            row.document_title,
            row.document_source,
            row.tag,
            row.passage,
            row.note,
            row.start,
            row.end,
            row.paragraph,
            _local(row.created_utc),
            _local(row.updated_utc),
            row.block,
            row.author,
            row.published,
            row.site,
            row.url,
            "yes" if row.orphaned else "",
            row.origin,
            row.coder,
            hashes.get(row.document_id, ""),
        ]
        if contexts is not None:
            values.extend(contexts(row))
        fill = fills.get(row.tag)
        # Spreadsheets do not grow a row to fit its wrapped text on opening: give it the height.
        sheet.append(
            values,
            height=_height(header, values),
            styles={TAG_CELL: book.filled(fill)} if fill is not None else None,
        )
        counts[row.document_id, row.tag] = counts.get((row.document_id, row.tag), 0) + 1
        titles.setdefault(row.document_id, row.document_title)
        count += 1
    return count


def _height(header: Sequence[str], values: Sequence[object]) -> float:
    """Points for a row: enough lines for the longest wrapped text (as a guess from its length
    and the column's width), at most what Excel allows."""
    lines = 1
    for name, value in zip(header, values, strict=True):
        if name in _WRAPPED and isinstance(value, str) and value:
            per_line = _WIDTHS[name] * _CHARS_PER_WIDTH
            needed = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
            lines = max(lines, needed)
    return min(LINE_POINTS * lines, MAX_ROW_POINTS)


def _storable(value: str) -> str:
    value = _ILLEGAL.sub("\ufffd", value)
    if len(value) > MAX_CELL_CHARS:
        value = value[: MAX_CELL_CHARS - len(CUT_MARK)] + CUT_MARK
    return value


def _write_summary(
    book: Book,
    tags: Sequence[Tag],
    fills: dict[str, str],
    counts: dict[tuple[int, str], int],
    titles: dict[int, str],
) -> None:
    """One row per document, one column per tag, with totals."""
    names = [tag.name for tag in tags]
    names += sorted({tag for _, tag in counts} - set(names))
    header = ["document_id", "document", *names, "total"]
    sheet = book.sheet(
        SUMMARY_SHEET,
        header,
        "C2",
        widths=[8, 40, *([12] * (len(names) + 1))],
        header_fills={2 + n: fills[name] for n, name in enumerate(names) if name in fills},
    )
    totals = [0] * len(names)
    for document_id, title in titles.items():
        row = [counts.get((document_id, name), 0) for name in names]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        sheet.append([document_id, title, *row, sum(row)])
    sheet.append([None, "total", *totals, sum(totals)], styles={1: book.bold})


def tint(colour: str, strength: float = TINT) -> str:
    """The colour laid over white at `strength`, as RRGGBB."""
    try:
        red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        red = green = blue = 0x99
    return "".join(f"{round(255 - (255 - c) * strength):02X}" for c in (red, green, blue))


def _local(utc: str) -> datetime:
    # Spreadsheets keep no time zone: the reader's local time, as in the CSV.
    return utc_moment(utc).astimezone().replace(tzinfo=None, microsecond=0)
