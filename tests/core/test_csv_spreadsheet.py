"""The exported CSV opened by LibreOffice Calc: text stays text and nothing runs as a formula."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest

from factories import utc_text
from readmark.core.csv_export import CSV_HEADER, neutralise_cell, write_csv
from readmark.core.model import ExportRow

pytestmark = pytest.mark.libreoffice

PASSAGES = (
    "=SUM(A1:A2)",
    "+1",
    "-2",
    "@cmd",
    "\tleading tab",
    "\rleading carriage return",
    "first line\r\nsecond line\nthird line",
    "‘single’ and “double” quotes",
    "Café déjà vu, naïve Straße, Ærøskøbing",
    "漢字とかな、한국어, 中文",
    "emoji 🎉 in the middle",
    'a comma, and "double quotes"',
)
NEUTRALISED = frozenset(PASSAGES[:6])
CREATED = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
UPDATED = datetime(2024, 12, 31, 23, 30, 0, tzinfo=UTC)

# Without a filter string, the headless import (LibreOffice 7.4) skips the Text Import dialog and
# its encoding sniffing: it ignores the byte-order mark and reads the file in a legacy 8-bit
# character set, so every non-ASCII character comes out garbled ("ï»¿document_id", "CafÃ©"). The
# dialog a double-click opens does detect the mark and preselect UTF-8, so this string asks the
# headless import for what a user gets: comma-separated, double-quoted, UTF-8 (76), from line 1.
# Quoted multi-line fields and formula evaluation need nothing: both are on by default.
CSV_IMPORT = "CSV:44,34,76,1,"


@dataclass(frozen=True)
class Cell:
    value: object
    data_type: str


def find_soffice() -> str:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is not installed, and CI must run this test")
        pytest.skip("LibreOffice (soffice) is not installed")
    return soffice


def convert(soffice: str, folder: Path, *files: Path) -> None:
    # A profile of its own, so that parallel runs and a desktop session do not clash.
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            f"--infilter={CSV_IMPORT}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def read_cells(path: Path) -> list[list[Cell]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return [[Cell(cell.value, cell.data_type) for cell in row] for row in sheet.iter_rows()]


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[list[Cell]]]:
    soffice = find_soffice()
    folder = tmp_path_factory.mktemp("spreadsheet")
    export = folder / "export.csv"
    rows = [
        ExportRow(
            document_id=n,
            document_title=f"Document {n}",
            document_source=f"/home/ana/Articles/{n}.txt",
            tag="claim",
            passage=passage,
            note=f"note {n}",
            start=n * 10,
            end=n * 10 + len(passage),
            paragraph=n,
            created_utc=utc_text(CREATED),
            updated_utc=utc_text(UPDATED),
        )
        for n, passage in enumerate(PASSAGES, start=1)
    ]
    with export.open("w", encoding="utf-8", newline="") as stream:
        write_csv(rows, stream)
    # The same import must run a formula nobody neutralised, or the checks below prove nothing.
    control = folder / "control.csv"
    control.write_bytes(b"\xef\xbb\xbfvalue\r\n=1+1\r\n")
    convert(soffice, folder, export, control)
    return {
        "export": read_cells(folder / "export.xlsx"),
        "control": read_cells(folder / "control.xlsx"),
    }


def test_the_import_would_run_an_unneutralised_formula(sheets: dict[str, list[list[Cell]]]) -> None:
    assert sheets["control"][1][0] == Cell("=1+1", "f")


def test_header_row_is_as_written(sheets: dict[str, list[list[Cell]]]) -> None:
    assert tuple(cell.value for cell in sheets["export"][0]) == CSV_HEADER


def test_passages_read_back_exactly(sheets: dict[str, list[list[Cell]]]) -> None:
    passages = [row[4] for row in sheets["export"][1:]]
    # Calc keeps every line break inside a cell as a line feed.
    expected = [
        Cell(neutralise_cell(p).replace("\r\n", "\n").replace("\r", "\n"), "s") for p in PASSAGES
    ]
    assert passages == expected
    assert [cell.value for cell in passages[:6]] == [
        "'=SUM(A1:A2)",
        "'+1",
        "'-2",
        "'@cmd",
        "'\tleading tab",
        "'\nleading carriage return",
    ]


def test_no_cell_is_a_formula(sheets: dict[str, list[list[Cell]]]) -> None:
    for row in sheets["export"]:
        for cell in row:
            assert cell.data_type != "f"
            assert not (isinstance(cell.value, str) and cell.value.startswith("="))


def test_numbers_and_times_are_numbers_and_times(sheets: dict[str, list[list[Cell]]]) -> None:
    created = CREATED.astimezone().replace(tzinfo=None)
    updated = UPDATED.astimezone().replace(tzinfo=None)
    for n, row in enumerate(sheets["export"][1:], start=1):
        passage = PASSAGES[n - 1]
        assert [cell.value for cell in row[:4]] == [
            n,
            f"Document {n}",
            f"/home/ana/Articles/{n}.txt",
            "claim",
        ]
        assert [cell.value for cell in row[5:11]] == [
            f"note {n}",
            n * 10,
            n * 10 + len(passage),
            n,
            created,
            updated,
        ]
        assert [cell.data_type for cell in row[6:9]] == ["n", "n", "n"]
