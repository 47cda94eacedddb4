"""The Excel workbook and the semicolon CSV opened by LibreOffice Calc (headless) and read back
cell by cell: text stays text, numbers and times are numbers and times, and nothing runs."""

from __future__ import annotations

import csv
import errno
import gc
import io
import subprocess
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from core.test_csv_spreadsheet import Cell, find_soffice, read_cells
from readmark.core import xlsx_export
from readmark.core.csv_export import CONTEXT_HEADER, CSV_HEADER, neutralise_cell
from readmark.core.fields import value_of
from readmark.core.model import utc_moment
from readmark.core.xlsx_export import tint, write_xlsx
from readmark.services.exchange import ExportOptions, export
from readmark.services.files import ExchangeError

from .conftest import Library

# Semicolon-separated (59), double-quoted (34), UTF-8 (76), from line 1: what Calc's import
# dialog picks for such a file where the comma is the decimal sign.
SEMICOLON_CSV_IMPORT = "CSV:59,34,76,1,"


def calc_convert(folder: Path, source: Path, infilter: str | None = None) -> Path:
    """The file as LibreOffice Calc reads it, saved again as XLSX by Calc."""
    soffice = find_soffice()
    out = folder / "calc"
    out.mkdir(exist_ok=True)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            *([f"--infilter={infilter}"] if infilter else []),
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / f"{source.stem}.xlsx"


def sheet_cells(path: Path, sheet: str) -> list[list[Cell]]:
    workbook = openpyxl.load_workbook(path)
    return [[Cell(c.value, c.data_type) for c in row] for row in workbook[sheet].iter_rows()]


def local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None, microsecond=0)


@pytest.fixture(scope="module")
def calc_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("calc")


@pytest.mark.libreoffice
def test_calc_reads_the_workbook_cell_by_cell(library: Library, calc_folder: Path) -> None:
    path = calc_folder / "annotations.xlsx"
    export(library.repository, path, "xlsx", ExportOptions(context=True))
    rows = sheet_cells(calc_convert(calc_folder, path), "Annotations")
    header = CSV_HEADER + CONTEXT_HEADER + tuple(FIELD_COLUMNS)
    assert tuple(cell.value for cell in rows[0]) == header
    records = rows[1:]
    expected = list(library.repository.export_rows())
    assert len(records) == len(expected) == len(library.annotations)
    hashes = {d.id: d.content_hash for d in library.documents}
    for record, row in zip(records, expected, strict=True):
        values = [cell.value for cell in record]
        # Every text exactly as written, formula-like or not: no apostrophe needed, none added.
        assert values[1:6] == [
            row.document_title,
            row.document_source,
            row.tag,
            row.passage,
            row.note or None,
        ]
        assert [cell.data_type for cell in record[3:5]] == ["s", "s"]
        assert values[6:11] == [
            row.start,
            row.end,
            row.paragraph,
            local(utc_moment(row.created_utc)),
            local(utc_moment(row.updated_utc)),
        ]
        assert [cell.data_type for cell in record[6:9]] == ["n", "n", "n"]
        assert values[16] == ("yes" if row.orphaned else None)
        assert values[18] == (row.coder or None)
        assert values[19] == hashes[row.document_id]
        # The fields' values as typed, "=witness" too: text, not a formula.
        names = [column.removeprefix("field: ") for column in FIELD_COLUMNS]
        fields_start = len(CSV_HEADER + CONTEXT_HEADER)
        assert values[fields_start:] == [value_of(row.field_values, name) or None for name in names]
    for record in rows:
        for cell in record:
            assert cell.data_type != "f"
    passages = [record[4].value for record in records]
    assert "=SUM(A1:A2) is what a careless export would run." in passages
    assert "+44 20 7946 0000" in passages
    assert "A last line with a tab\there." in passages
    assert "The party 🎉 in Ærøskøbing" in passages
    notes = [record[5].value for record in records]
    assert "=1+1 is not a formula" in notes and "-minus\ttab" in notes


@pytest.mark.libreoffice
def test_calc_reads_the_summary_of_counts(library: Library, calc_folder: Path) -> None:
    path = calc_folder / "counts.xlsx"
    export(library.repository, path, "xlsx", ExportOptions())
    rows = sheet_cells(calc_convert(calc_folder, path), "Summary")
    tags = [t.name for t in library.repository.tags()]
    assert [c.value for c in rows[0]] == ["document_id", "document", *tags, "total"]
    names = {t.id: t.name for t in library.repository.tags()}
    for record, document in zip(rows[1:3], library.documents, strict=True):
        mine = [a for a in library.annotations if a.document_id == document.id]
        counts = [sum(names[a.tag_id] == tag for a in mine) for tag in tags]
        assert [c.value for c in record] == [document.id, document.title, *counts, len(mine)]
    assert rows[3][1].value == "total"
    assert rows[3][-1].value == len(library.annotations)


def test_the_workbook_is_laid_out_for_reading(library: Library, tmp_path: Path) -> None:
    """Frozen header, widths, wrapped passages and tag colours, as openpyxl reads them."""
    path = tmp_path / "annotations.xlsx"
    export(library.repository, path, "xlsx", ExportOptions())
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Annotations", "Summary"]
    sheet = workbook["Annotations"]
    assert sheet.freeze_panes == "B2"
    # Twenty-four columns, then six of the default tags' fields.
    assert sheet.auto_filter.ref == f"A1:AD{len(library.annotations) + 1}"
    # The passage column, 60 characters wide: Excel stores that width with its padding added.
    assert 60 <= sheet.column_dimensions["E"].width < 61
    assert sheet["E2"].alignment.wrap_text
    # An empty note is left unwritten; its column wraps what a reader types there later.
    empty_notes = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 6).value is None]
    assert empty_notes and sheet.column_dimensions["F"].alignment.wrap_text
    assert sheet.column_dimensions["F"].alignment.vertical == "top"
    assert sheet["A1"].font.bold
    colours = {t.name: t.colour for t in library.repository.tags()}
    for row in sheet.iter_rows(min_row=2):
        tag = row[3]
        assert tag.fill.fgColor.rgb[-6:] == tint(colours[tag.value])  # ARGB
        assert row[9].number_format == "yyyy-mm-dd hh:mm:ss"
    assert workbook["Summary"].freeze_panes == "C2"


@pytest.mark.libreoffice
def test_calc_reads_the_semicolon_csv(library: Library, calc_folder: Path) -> None:
    path = calc_folder / "european.csv"
    export(library.repository, path, "csv", ExportOptions(delimiter=";", context=True))
    assert path.read_bytes().startswith(b"\xef\xbb\xbfdocument_id;document;")
    rows = read_cells(calc_convert(calc_folder, path, SEMICOLON_CSV_IMPORT))
    header = CSV_HEADER + CONTEXT_HEADER + tuple(FIELD_COLUMNS)
    assert tuple(cell.value for cell in rows[0]) == header
    expected = list(library.repository.export_rows())
    for record, row in zip(rows[1:], expected, strict=True):
        assert record[4] == Cell(neutralise_cell(row.passage), "s")
        assert record[5].value == (neutralise_cell(row.note) or None)
        assert [c.value for c in record[6:9]] == [row.start, row.end, row.paragraph]
        assert [c.data_type for c in record[6:9]] == ["n", "n", "n"]
        assert record[3].value == row.tag
    for record in rows:
        for cell in record:
            assert cell.data_type != "f"
    first = len(CSV_HEADER)
    contexts = {
        record[4].value: (record[first].value, record[first + 1].value) for record in rows[1:]
    }
    assert contexts["suicide drones"][0].endswith("sight: Two ")
    assert contexts["suicide drones"][1].startswith(" had somehow managed to penetrate")


def test_what_a_workbook_cannot_hold_is_said_not_dropped(library: Library, tmp_path: Path) -> None:
    """Excel's limit of 32,767 characters a cell, and control characters XML cannot carry."""
    annotation = library.annotations[0]
    library.repository.set_note(annotation.id, "x" * 40_000)
    library.repository.set_note(library.annotations[1].id, "vertical\x0btab")
    path = tmp_path / "limits.xlsx"
    export(library.repository, path, "xlsx", ExportOptions())
    sheet = openpyxl.load_workbook(path)["Annotations"]
    notes = {row[4].value: row[5].value for row in sheet.iter_rows(min_row=2)}
    long_note = notes[annotation.exact]
    assert len(long_note) == 32_767 and long_note.endswith(" […]")
    assert notes[library.annotations[1].exact] == "vertical\ufffdtab"


def test_more_annotations_than_a_sheet_holds_is_said_and_writes_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Excel's sheet holds 1,048,576 rows; a smaller limit stands in for it.
    monkeypatch.setattr(xlsx_export, "MAX_ROWS", len(library.annotations))
    path = tmp_path / "too many.xlsx"
    with pytest.raises(
        ExchangeError, match=f"at most {len(library.annotations) - 1:,} annotations"
    ):
        export(library.repository, path, "xlsx", ExportOptions())
    assert not path.exists()


class FullDisk(io.BytesIO):
    """A file on a disk that fills up as the workbook is finished."""

    def write(self, data: bytes) -> int:  # type: ignore[override]
        raise OSError(errno.ENOSPC, "No space left on device")


# XlsxWriter leaves its zip file open when writing it fails; Python complains as it collects it.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_full_disk_is_an_os_error_the_window_can_report(library: Library) -> None:
    rows = list(library.repository.export_rows())
    with pytest.raises(OSError, match="No space left"):
        write_xlsx(rows, FullDisk(), library.repository.tags())
    gc.collect()  # its complaint here, not in whichever test runs next


FIELD_COLUMNS = [
    "field: verdict",
    "field: check-worthiness",
    "field: evidence",
    "field: media context",
    "field: speaker",
    "field: speaker's role",
]


def test_fields_are_columns_of_the_workbook_and_the_csv(library: Library, tmp_path: Path) -> None:
    workbook = tmp_path / "annotations.xlsx"
    export(library.repository, workbook, "xlsx", ExportOptions())
    sheet = openpyxl.load_workbook(workbook)["Annotations"]
    header = [cell.value for cell in sheet[1]]
    fields = len(CSV_HEADER)
    assert header[fields:] == FIELD_COLUMNS
    claim = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[3] == "claim")
    assert claim[fields : fields + 3] == (
        "mostly true",
        "check-worthy factual",
        "https://example.org/drones\npassage:abc",
    )
    quote = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[3] == "quote")
    assert quote[fields + 4 :] == ("Ms Ōkubo 🙂", "=witness")  # text, not a formula

    path = tmp_path / "annotations.csv"
    export(library.repository, path, "csv", ExportOptions())
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert list(rows[0])[-6:] == FIELD_COLUMNS
    quote_row = next(row for row in rows if row["tag"] == "quote")
    assert quote_row["field: speaker"] == "Ms Ōkubo 🙂"
    assert quote_row["field: speaker's role"] == "'=witness"  # neutralised, as notes are
    caption = next(row for row in rows if row["tag"] == "caption")
    assert caption["field: media context"] == "decontextualised"
    assert caption["field: verdict"] == ""
