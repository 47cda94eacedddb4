"""Excel workbook (XLSX) export: a sheet of annotations and a sheet of counts per tag and document.

Every text is written as a text cell, so nothing needs neutralising: a passage that begins with
"=" stays those characters. Numbers are numbers and times are times, in local time as the CSV
has them. Written with XlsxWriter in constant-memory mode, so rows stream to the file and no cell's
style is hashed (as openpyxl's write-only mode does for each).
"""

from __future__ import annotations

import math
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, BinaryIO

import xlsxwriter.workbook  # type: ignore[import-untyped]
from xlsxwriter import Workbook
from xlsxwriter.exceptions import FileCreateError  # type: ignore[import-untyped]
from xlsxwriter.utility import xl_col_to_name  # type: ignore[import-untyped]

from readmark.core.csv_export import (
    CONTEXT_HEADER,
    CSV_HEADER,
    Contexts,
    field_cells,
    field_header,
)
from readmark.core.fields import field_names
from readmark.core.links import with_evidence_passages
from readmark.core.model import ExportRow, Tag
from readmark.core.texts import tr
from readmark.core.xlsx_cells import EXACT_INTS, LocalTimes, cell, excel_serial, text_cell

ANNOTATIONS_SHEET = "Annotations"
SUMMARY_SHEET = "Summary"
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


class _FastestZip(zipfile.ZipFile):
    """A zip whose members are deflated at zlib's fastest level: at the default, deflating the
    sheet of annotations took a fifth of a large export (benchmarks/README.md), and a file a
    third larger is the better bargain."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.compresslevel = zlib.Z_BEST_SPEED


# XlsxWriter has no option for its zip's compression level (its issue 853), and makes its zip
# with the ZipFile its module names.
xlsxwriter.workbook.ZipFile = _FastestZip


_NO_STYLES: dict[int, Any] = {}


def _styled_cell(place: str, style: int, value: object) -> str:
    """A cell in a style of its own, which an empty one shows too."""
    if value is None or value == "":
        return f'<c r="{place}" s="{style}"/>'
    return cell(place, style, value)


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
    """A worksheet of a Book, written a row at a time from the top.

    Each row goes straight into the file where XlsxWriter keeps a constant-memory sheet's rows
    until the workbook closes, as the XML its cell writers make (tests/exchange/
    test_xlsx_rows.py holds the two alike): no cell goes through those writers, whose
    call per cell kept a workbook far from benchmark 4's target.
    """

    def __init__(self, book: Book, worksheet: Any, header: Sequence[str]) -> None:
        self._book, self.worksheet, self._header = book, worksheet, tuple(header)
        self._columns = [xl_col_to_name(n) for n in range(len(header))]
        # The style number of each column's texts and times, found at its first use (see
        # Book.cell_style): XlsxWriter numbers styles in the order cells first use them.
        self._text_styles: list[int | None] = [None] * len(header)
        self._time_styles: list[int | None] = [None] * len(header)
        # Each column's last text and its cell after the place: rows of one document repeat
        # its title, source, address and the like.
        self._last_texts: list[str | None] = [None] * len(header)
        self._last_cells = [""] * len(header)
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
        if self.rows >= MAX_ROWS:
            full = tr("an Excel sheet holds at most {most} rows").format(most=f"{MAX_ROWS:,}")
            raise SheetFullError(full)
        if len(values) != len(self._header):
            raise ValueError(f"{len(values)} cells for {len(self._header)} columns")
        number = self.rows + 1
        columns, text_styles, time_styles = self._columns, self._text_styles, self._time_styles
        last_texts, last_cells = self._last_texts, self._last_cells
        cells = []
        first = last = -1  # the columns of the first and last cells written
        styled = styles or _NO_STYLES
        # The innermost loop of an export (a million cells and more): kept flat.
        for column, value in enumerate(values):
            if column in styled:
                place = f"{columns[column]}{number}"
                cells.append(_styled_cell(place, styled[column]._get_xf_index(), value))
            elif value.__class__ is str:  # most cells
                if not value:
                    continue  # an empty cell shows its column's style: written, it costs as much
                if value == last_texts[column]:  # a document's title, say
                    cells.append(f'<c r="{columns[column]}{number}"{last_cells[column]}')
                else:
                    index = text_styles[column]
                    if index is None:
                        index = text_styles[column] = self._first_style(column, value)
                    rest = text_cell(index, value)
                    cells.append(f'<c r="{columns[column]}{number}"{rest}')
                    last_texts[column], last_cells[column] = value, rest
            elif value is None:
                continue
            elif value.__class__ is int:  # offsets, numbers, counts
                index = text_styles[column] or self._first_style(column, value)
                text_styles[column] = index
                digits = value if -EXACT_INTS < value < EXACT_INTS else f"{value:.16G}"
                cells.append(f'<c r="{columns[column]}{number}" s="{index}"><v>{digits}</v></c>')
            elif value.__class__ is datetime:  # two a row: created, updated
                index = time_styles[column] or self._first_style(column, value)
                time_styles[column] = index
                serial = excel_serial(value)
                cells.append(
                    f'<c r="{columns[column]}{number}" s="{index}"><v>{serial:.16G}</v></c>'
                )
            else:  # floats, bools, a kind of datetime
                kind_styles = time_styles if isinstance(value, datetime) else text_styles
                index = kind_styles[column] or self._first_style(column, value)
                kind_styles[column] = index
                cells.append(cell(f"{columns[column]}{number}", index, value))
            if first < 0:
                first = column
            last = column
        self._write_row(number, height, "".join(cells), first, last)

    def _first_style(self, column: int, value: object) -> int:
        index: int = self._book.cell_style(self._header[column], value)._get_xf_index()
        return index

    def _write_row(
        self, number: int, height: float | None, cells: str, first: int, last: int
    ) -> None:
        """A <row> as XlsxWriter's set_row and cell writers leave it in constant-memory mode,
        where a row with no cells is not written; the sheet's size takes in the row's height
        and its cells from column `first` to `last` (none where `first` is negative)."""
        worksheet, row = self.worksheet, number - 1
        if height is not None:  # the row counts towards the sheet's size, as set_row has it
            worksheet._check_dimensions(row, worksheet.dim_colmin or 0)
        if cells:
            tag = f'<row r="{number}"'
            if height is not None:
                pixels = int(height * 4.0 / 3.0 + 0.5)
                default = worksheet.default_row_height
                if pixels != default or default != worksheet.original_row_height:
                    tag += f' ht="{pixels * 0.75:.16g}" customHeight="1"'
            worksheet.row_data_fh.write(f"{tag}>{cells}</row>")
        if first >= 0:
            worksheet._check_dimensions(row, first)
            if last > worksheet.dim_colmax:
                worksheet._check_dimensions(row, last)
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
    the order of the summary's columns (a tag not among them is added after), and the fields
    that have columns after the rest, as in a CSV export."""
    hashes = document_hashes or {}
    names = field_names(tag.fields for tag in tags)
    header = CSV_HEADER + (CONTEXT_HEADER if contexts is not None else ()) + field_header(names)
    fills = {tag.name: tint(tag.colour) for tag in tags}
    counts: dict[tuple[int, str], int] = {}
    titles: dict[int, str] = {}
    with Book(stream) as book:
        sheet = book.sheet(ANNOTATIONS_SHEET, header, "B2")
        count = _write_rows(
            rows, book, sheet, header, hashes, fills, counts, titles, contexts, names
        )
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
    names: Sequence[str],
) -> int:
    """Appends a row per annotation, counting them by document and tag; returns how many."""
    count = 0
    tag_styles = {tag: {TAG_CELL: book.filled(fill)} for tag, fill in fills.items()}
    local = LocalTimes()
    wrapped = [
        (column, _WIDTHS[name] * _CHARS_PER_WIDTH)
        for column, name in enumerate(header)
        if name in _WRAPPED
    ]
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
            local(row.created_utc),
            local(row.updated_utc),
            row.block,
            row.author,
            row.published,
            row.site,
            row.url,
            "yes" if row.orphaned else "",
            row.origin,
            row.coder,
            hashes.get(row.document_id, ""),
            row.document_label,
            row.annotation_id,
            row.links,
            row.reason,
        ]
        if contexts is not None:
            values.extend(contexts(row))
        if names:
            values.extend(
                field_cells(with_evidence_passages(row.field_values, row.evidence), names, str)
            )
        # Spreadsheets do not grow a row to fit its wrapped text on opening: give it the height.
        sheet.append(values, height=_height(wrapped, values), styles=tag_styles.get(row.tag))
        counts[row.document_id, row.tag] = counts.get((row.document_id, row.tag), 0) + 1
        titles.setdefault(row.document_id, row.document_title)
        count += 1
    return count


def _height(wrapped: Sequence[tuple[int, float]], values: Sequence[object]) -> float:
    """Points for a row: enough lines for the longest wrapped text (as a guess from its length
    and the characters a line of its column holds, by column number in `wrapped`), at most
    what Excel allows."""
    lines = 1
    for column, per_line in wrapped:
        value = values[column]
        # A text no longer than a line, with no line break, needs the one line.
        if value.__class__ is str and (len(value) > per_line or "\n" in value):
            needed = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
            lines = max(lines, needed)
    return min(LINE_POINTS * lines, MAX_ROW_POINTS)


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
