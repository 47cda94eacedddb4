"""A workbook's rows, written as XML of Readmark's own into XlsxWriter's constant-memory sheet,
come out byte for byte as XlsxWriter's cell writers make them (what Excel and LibreOffice were
checked against in test_spreadsheets.py)."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readmark.core.xlsx_cells import CUT_MARK, MAX_CELL_CHARS, storable
from readmark.core.xlsx_export import Book, Sheet

HEADER = ("document_id", "document", "passage", "created", "note", "start")

pieces = st.sampled_from(["\r", "\t", "\n", "\x00", "\x1f", "&", "<", ">", '"', " ", "_x0041_"])
texts = st.lists(
    st.one_of(st.characters(codec="utf-8", exclude_categories=["Cs"]), pieces), max_size=12
).map("".join)
values = st.one_of(
    st.none(),
    st.just(""),
    texts,
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.datetimes(datetime(1901, 1, 1), datetime(2200, 1, 1)),
)
rows = st.lists(
    st.tuples(
        st.lists(values, min_size=len(HEADER), max_size=len(HEADER)),
        st.one_of(st.none(), st.floats(1, 409)),
        st.sets(st.integers(0, len(HEADER) - 1)),
    ),
    max_size=8,
)


def append_through_xlsxwriter(
    self: Sheet,
    values: Sequence[object],
    *,
    height: float | None = None,
    styles: dict[int, Any] | None = None,
) -> None:
    """Sheet.append as it was, cell by cell through XlsxWriter's writers."""
    row, worksheet, book = self.rows, self.worksheet, self._book
    if height is not None:
        worksheet.set_row(row, height)
    for column, (name, value) in enumerate(zip(self._header, values, strict=True)):
        style = styles.get(column) if styles else None
        if value is None or value == "":
            if style is not None:
                worksheet.write_blank(row, column, None, style)
            continue
        if style is None:
            style = book.cell_style(name, value)
        if isinstance(value, str):
            worksheet.write_string(row, column, storable(value), style)
        elif isinstance(value, datetime):
            worksheet.write_datetime(row, column, value, style)
        else:
            worksheet.write_number(row, column, value, style)
    self.rows += 1


def sheet_xml(written: list[tuple[list[object], float | None, set[int]]]) -> bytes:
    stream = io.BytesIO()
    with Book(stream) as book:
        sheet = book.sheet("Annotations", HEADER, "B2")
        for values, height, filled in written:
            styles = {column: book.filled("F0C8A0") for column in filled}
            sheet.append(values, height=height, styles=styles or None)
        sheet.filter_rows()
    with zipfile.ZipFile(stream) as workbook:
        return workbook.read("xl/worksheets/sheet1.xml") + workbook.read("xl/styles.xml")


@settings(max_examples=60)
@given(written=rows)
def test_rows_are_written_as_xlsxwriter_writes_them(written: list[Any]) -> None:
    written = written * 2  # the same texts again, as the rows of one document have them
    ours = sheet_xml(written)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Sheet, "append", append_through_xlsxwriter)
        theirs = sheet_xml(written)
    assert ours == theirs


# Excel counts UTF-16 units: half as many characters outside the BMP fill a cell.
@pytest.mark.parametrize("passage", ["a" * (MAX_CELL_CHARS + 1), "😀" * (MAX_CELL_CHARS // 2 + 1)])
def test_a_passage_longer_than_a_cell_is_cut_and_says_so(passage: str) -> None:
    stored = storable(passage)
    units = len(stored.encode("utf-16-le")) // 2
    assert stored.endswith(CUT_MARK) and units <= MAX_CELL_CHARS
    assert units > MAX_CELL_CHARS - len(CUT_MARK) - 2


def test_the_sheet_is_deflated_at_the_fastest_level() -> None:
    stream = io.BytesIO()
    with Book(stream) as book:
        sheet = book.sheet("Annotations", HEADER, "B2")
        for number in range(2_000):
            sheet.append([number, "A title", f"passage {number} " * (number % 9), None, "", 0])
    with zipfile.ZipFile(stream) as workbook:
        member = workbook.getinfo("xl/worksheets/sheet1.xml")
        xml = workbook.read(member)
    fastest = zlib.compressobj(zlib.Z_BEST_SPEED, zlib.DEFLATED, -zlib.MAX_WBITS)
    assert member.compress_type == zipfile.ZIP_DEFLATED
    assert member.compress_size == len(fastest.compress(xml) + fastest.flush())
