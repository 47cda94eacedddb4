"""Excel workbook (XLSX) export: a sheet of annotations and a sheet of counts per tag and document.

Every text is written as a text cell, so nothing needs neutralising: a passage that begins with
"=" stays those characters. Numbers are numbers and times are times, in local time as the CSV
has them. Written with openpyxl in write-only mode, so rows stream to the file.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from readmark.core.csv_export import CONTEXT_HEADER, CSV_HEADER, Contexts
from readmark.core.model import ExportRow, Tag

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import (  # type: ignore[import-untyped]
        WriteOnlyWorksheet,
    )

ANNOTATIONS_SHEET = "Annotations"
SUMMARY_SHEET = "Summary"
# Excel refuses a cell longer than this; a longer passage is cut, and says so at its end.
MAX_CELL_CHARS = 32_767
CUT_MARK = " […]"
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"

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
# Characters XML 1.0 cannot hold; openpyxl refuses them rather than write a broken file.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# A row's height: points per line of text, and Excel's largest.
LINE_POINTS = 15.0
MAX_ROW_POINTS = 409.0
# Characters of ordinary text that fit in one unit of column width (a digit's width).
_CHARS_PER_WIDTH = 1.1
# How strongly a tag's colour tints its cell: light enough for black text to stay readable.
TINT = 0.35

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E8E6E1")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="8A8580"))
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)


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
    colours = {tag.name: tag.colour for tag in tags}
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Readmark"
    sheet = workbook.create_sheet(ANNOTATIONS_SHEET)
    header = CSV_HEADER + (CONTEXT_HEADER if contexts is not None else ())
    set_up_sheet(sheet, header, freeze="B2")
    fills = {name: _fill(colour) for name, colour in colours.items()}
    counts: dict[tuple[int, str], int] = {}
    titles: dict[int, str] = {}
    try:
        count = _write_rows(rows, sheet, header, hashes, fills, counts, titles, contexts)
    except BaseException:  # stopped or failed: end the sheet's stream, which drops it quietly
        sheet.close()
        raise
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{count + 1}"
    _write_summary(workbook.create_sheet(SUMMARY_SHEET), tags, fills, counts, titles)
    workbook.save(stream)
    return count


def _write_rows(
    rows: Iterable[ExportRow],
    sheet: WriteOnlyWorksheet,
    header: Sequence[str],
    hashes: dict[int, str],
    fills: dict[str, PatternFill],
    counts: dict[tuple[int, str], int],
    titles: dict[int, str],
    contexts: Contexts | None,
) -> int:
    """Appends a row per annotation, counting them by document and tag; returns how many."""
    count = 0
    for row in rows:
        values: list[Any] = [
            row.document_id,
            row.document_title,
            row.document_source,
            row.tag,
            row.passage,
            row.note,
            row.start,
            row.end,
            row.paragraph,
            _local(row.created_at),
            _local(row.updated_at),
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
        cells = [sheet_cell(sheet, name, value) for name, value in zip(header, values, strict=True)]
        # Spreadsheets do not grow a row to fit its wrapped text on opening: give it the height.
        sheet.row_dimensions[count + 2].height = _height(header, values)
        tag_fill = fills.get(row.tag)
        if tag_fill is not None:
            cells[3].fill = tag_fill
        sheet.append(cells)
        counts[row.document_id, row.tag] = counts.get((row.document_id, row.tag), 0) + 1
        titles.setdefault(row.document_id, row.document_title)
        count += 1
    return count


def set_up_sheet(sheet: WriteOnlyWorksheet, header: Sequence[str], freeze: str) -> None:
    """Column widths, a frozen header (and first column), and the header row itself: all must
    come before the first row in write-only mode."""
    for number, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = _WIDTHS.get(name, 14)
    sheet.freeze_panes = freeze
    # Printed: across the page, every column on one page's width, the header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.print_title_rows = "1:1"
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
        cells.append(cell)
    sheet.append(cells)


def sheet_cell(sheet: WriteOnlyWorksheet, column: str, value: object) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=_storable(value))
        cell.data_type = "s"  # text, even when it begins with "=": never a formula
        cell.alignment = _WRAP if column in _WRAPPED else _TOP
        return cell
    cell = WriteOnlyCell(sheet, value=value)
    cell.alignment = _TOP
    if isinstance(value, datetime):
        cell.number_format = TIME_FORMAT
    return cell


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
    sheet: WriteOnlyWorksheet,
    tags: Sequence[Tag],
    fills: dict[str, PatternFill],
    counts: dict[tuple[int, str], int],
    titles: dict[int, str],
) -> None:
    """One row per document, one column per tag, with totals."""
    names = [tag.name for tag in tags]
    names += sorted({tag for _, tag in counts} - set(names))
    header = ["document_id", "document", *names, "total"]
    for number in range(1, len(header) + 1):
        width = 8 if number == 1 else 40 if number == 2 else 12
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "C2"
    cells = []
    for number, name in enumerate(header):
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.border = _HEADER_FONT, _HEADER_BORDER
        cell.fill = fills.get(name, _HEADER_FILL) if 2 <= number < len(header) - 1 else _HEADER_FILL
        cells.append(cell)
    sheet.append(cells)
    totals = [0] * len(names)
    for document_id, title in titles.items():
        row = [counts.get((document_id, name), 0) for name in names]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        title_cell = WriteOnlyCell(sheet, value=_storable(title))
        title_cell.data_type = "s"
        sheet.append([document_id, title_cell, *row, sum(row)])
    label = WriteOnlyCell(sheet, value="total")
    label.font = _HEADER_FONT
    sheet.append([None, label, *totals, sum(totals)])


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=tint(colour))


def tint(colour: str, strength: float = TINT) -> str:
    """The colour laid over white at `strength`, as RRGGBB."""
    try:
        red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    except ValueError:
        red = green = blue = 0x99
    return "".join(f"{round(255 - (255 - c) * strength):02X}" for c in (red, green, blue))


def _local(moment: datetime) -> datetime:
    # Spreadsheets keep no time zone: the reader's local time, as in the CSV.
    return moment.astimezone().replace(tzinfo=None, microsecond=0)
