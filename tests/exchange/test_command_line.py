"""`readmark export --format ...` and `readmark import-annotations`, run as a shell would; and the
layers: exchange works without Qt, the core formats without the store."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from external_tools import require_tool
from test_cli import readmark

from .conftest import Library, content, open_repository


@pytest.mark.parametrize("kind", ["csv", "xlsx", "json", "qdpx", "html"])
def test_export_in_each_format(library: Library, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"out.{kind}"
    result = readmark("export", "--format", kind, "--out", str(out), "--library", str(library.path))
    assert result.returncode == 0, result.stderr
    # A REFI-QDA project leaves out the passage whose words are gone (it cannot point at them).
    held = len(library.annotations) - (kind == "qdpx")
    assert f"Exported {held} annotations to" in result.stderr
    data = out.read_bytes()
    if kind == "csv":
        assert data.startswith(b"\xef\xbb\xbfdocument_id,document,")
    elif kind in ("xlsx", "qdpx"):
        assert zipfile.is_zipfile(out)
    elif kind == "json":
        assert json.loads(data)["type"] == "AnnotationCollection"
    else:
        assert data.startswith(b"<!DOCTYPE html>")


def test_export_options(library: Library, tmp_path: Path) -> None:
    second = library.documents[1]
    out = tmp_path / "some.csv"
    result = readmark(
        "export",
        "--out",
        str(out),
        "--document",
        str(second.id),
        "--tags",
        "quote, opinion",
        "--delimiter",
        "semicolon",
        "--context",
        "--library",
        str(library.path),
    )
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert {row["tag"] for row in rows} == {"quote", "opinion"}
    assert {row["document_hash"] for row in rows} == {second.content_hash}
    assert "context_before" in rows[0]


def test_export_xlsx_of_two_documents(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "both.xlsx"
    ids = [str(d.id) for d in library.documents]
    result = readmark(
        "export", "--format", "xlsx", "--out", str(out), "--document", ids[0], "--document",
        ids[1], "--library", str(library.path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out)["Summary"]
    assert [row[1].value for row in sheet.iter_rows(min_row=2)] == [
        *(d.title for d in library.documents),
        "total",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--tags", "claim,gossip"), "There is no tag “gossip” in this library"),
        (("--document", "42"), "There is no document 42 in this library."),
        (("--format", "pdf", "--document", "42"), "There is no document 42 in this library."),
    ],
)
def test_export_mistakes_are_plain_sentences(
    library: Library, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "x.out"
    result = readmark("export", "--out", str(out), *args, "--library", str(library.path))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_export_pdf_from_the_command_line(library: Library, tmp_path: Path) -> None:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    out = tmp_path / "report.pdf"
    first = library.documents[0]
    result = readmark(
        "export", "--format", "pdf", "--out", str(out), "--document", str(first.id),
        "--library", str(library.path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = subprocess.run(
        [pdftotext, str(out), "-"], check=True, capture_output=True, text=True, timeout=120
    ).stdout
    assert "Moscovites awoke" in " ".join(text.split())


def test_import_annotations_merges_and_says_what_it_did(library: Library, tmp_path: Path) -> None:
    export = tmp_path / "a.json"
    assert (
        readmark(
            "export", "--format", "json", "--out", str(export), "--library", str(library.path)
        ).returncode
        == 0
    )
    other = tmp_path / "b.sqlite3"
    result = readmark("import-annotations", str(export), "--library", str(other))
    assert result.returncode == 0, result.stderr
    assert f"Imported {len(library.annotations)} annotations; added 2 documents." in result.stderr
    again = readmark("import-annotations", str(export), "--library", str(other))
    assert f"Imported 0 annotations; {len(library.annotations)} already" in again.stderr
    listing = readmark("list", "--library", str(other)).stdout
    assert "Spreadsheets and “quotes”" in listing


def test_import_of_a_bad_file_exits_1_and_changes_nothing(library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"PK\x03\x04 cut short")
    library.repository.dispose()
    before = content(open_repository(library.path))
    result = readmark("import-annotations", str(bad), "--library", str(library.path))
    assert result.returncode == 1
    assert "“bad.qdpx” cannot be imported: it is not a REFI-QDA project" in result.stderr
    assert content(open_repository(library.path)) == before


def test_exchange_loads_no_qt_and_the_formats_no_store() -> None:
    no_qt = (
        "import sys, readmark.services.exchange, readmark.core.xlsx_export, readmark.core.report, "
        "readmark.core.refi_qda_export, readmark.core.refi_qda_import, "
        "readmark.core.web_annotation_export, readmark.core.web_annotation_import, readmark.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    no_store = (
        "import sys, readmark.core.xlsx_export, readmark.core.report, "
        "readmark.core.refi_qda_export, readmark.core.refi_qda_import, "
        "readmark.core.web_annotation_export, readmark.core.web_annotation_import, "
        "readmark.core.csv_export; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'readmark.store'))))"
    )
    for code in (no_qt, no_store):
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert result.stdout.strip() == "[]"


def test_a_report_exported_in_french_reads_in_french(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "rapport.html"
    result = readmark(
        "export", "--format", "html", "--language", "fr", "--out", str(out),
        "--library", str(library.path),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "<title>Rapport Readmark</title>" in page and "Passages et notes" in page
    assert "Readmark report" not in page and "Passages and notes" not in page
