"""CSV export: what a spreadsheet or a CSV reader gets back from the file."""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factories import utc_text
from readmark.core.csv_export import (
    CSV_HEADER,
    _parse_local_time,
    neutralise_cell,
    unneutralise_cell,
    write_csv,
)
from readmark.core.model import ExportRow, utc_moment

CREATED = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
UPDATED = datetime(2024, 12, 31, 23, 30, 0, tzinfo=UTC)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


ROW = ExportRow(
    document_id=7,
    document_title="Rivers, “floods” and ‘levees’",
    document_source="/home/ana/Articles/rivers.txt",
    tag="claim",
    passage="A passage.",
    note="",
    start=120,
    end=131,
    paragraph=3,
    created_utc=utc_text(CREATED),
    updated_utc=utc_text(UPDATED),
)


def make_row(**changes: Any) -> ExportRow:
    return dataclasses.replace(ROW, **changes)


def export(rows: list[ExportRow]) -> str:
    stream = io.StringIO(newline="")
    assert write_csv(rows, stream) == len(rows)
    return stream.getvalue()


def parse(output: str) -> list[list[str]]:
    assert output.startswith("\ufeff")
    return list(csv.reader(io.StringIO(output[1:], newline="")))


def local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def without_apostrophe(cell: str, value: str) -> str:
    """The cell with the neutralising apostrophe taken off, where `value` needed one: a
    formula sign, or apostrophes before one ("'=")."""
    if value.startswith(FORMULA_STARTS):
        assert cell.startswith("'")
    if cell != value:
        assert cell == "'" + value
        return cell[1:]
    return cell


def test_file_starts_with_bom_then_header(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        write_csv([], stream)
    assert path.read_bytes() == b"\xef\xbb\xbf" + ",".join(CSV_HEADER).encode() + b"\r\n"


def test_every_field_round_trips() -> None:
    row = make_row(
        passage='He said "no", twice.\nThen left.',
        note="Check — p. 4",
        block="quote",
        author="Ana Lima",
        published="2024-05-01",
        site="Daily Example",
        url="https://example.org/a?b=1",
        orphaned=True,
        origin="suggestion",
        coder="Ana Lima",
        document_label="news",
        annotation_id="a1",
        links="supports:b2",
        reason="=named source",
    )
    header, record = parse(export([row]))
    assert tuple(header) == CSV_HEADER
    assert record == [
        "7",
        "Rivers, “floods” and ‘levees’",
        "/home/ana/Articles/rivers.txt",
        "claim",
        'He said "no", twice.\nThen left.',
        "Check — p. 4",
        "120",
        "131",
        "3",
        local(CREATED),
        local(UPDATED),
        "quote",
        "Ana Lima",
        "2024-05-01",
        "Daily Example",
        "https://example.org/a?b=1",
        "yes",
        "suggestion",
        "Ana Lima",
        "",  # document_hash: only when the caller gives the documents' hashes
        "news",
        "a1",
        "supports:b2",
        "'=named source",  # a spreadsheet would run it as a formula
    ]


def test_records_end_with_crlf_and_embedded_newlines_survive(tmp_path: Path) -> None:
    rows = [
        make_row(passage="one\ntwo"),
        make_row(passage="three\r\nfour", note="n\n"),
        make_row(passage="plain"),
    ]
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        write_csv(rows, stream)
    data = path.read_bytes()
    # Header plus three records, each ending CRLF, plus the CRLF inside the second passage.
    assert data.endswith(b"\r\n")
    assert data.count(b"\r\n") == 1 + 3 + 1
    assert b'"one\ntwo"' in data
    assert b'"three\r\nfour"' in data
    with path.open(encoding="utf-8-sig", newline="") as stream:
        records = list(csv.reader(stream))
    assert [record[4] for record in records[1:]] == ["one\ntwo", "three\r\nfour", "plain"]
    assert records[2][5] == "n\n"


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("a = b", "a = b"),
        (" =1+1", " =1+1"),
        ("'quoted'", "'quoted'"),
        ("'=1", "''=1"),  # so that reading it back keeps the reader's own apostrophe
        ("", ""),
    ],
)
def test_neutralise_cell(value: str, cell: str) -> None:
    assert neutralise_cell(value) == cell


def test_formula_looking_text_cells_get_the_apostrophe() -> None:
    row = make_row(
        passage='=HYPERLINK("http://example.com")',
        note="+44 20 7946 0000",
        document_title="-minus",
        document_source="@source",
        tag="=tag",
    )
    _, record = parse(export([row]))
    assert record[1:6] == [
        "'-minus",
        "'@source",
        "'=tag",
        '\'=HYPERLINK("http://example.com")',
        "'+44 20 7946 0000",
    ]


def test_negative_numbers_in_number_columns_are_left_alone() -> None:
    _, record = parse(export([make_row(start=-1, end=0, paragraph=-5)]))
    assert record[6:9] == ["-1", "0", "-5"]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_times_are_written_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        with monkeypatch.context() as patch:
            patch.setenv("TZ", "Asia/Kolkata")
            time.tzset()
            _, record = parse(export([make_row()]))
    finally:
        time.tzset()  # back to the zone of the restored TZ
    assert record[9:11] == ["2024-05-06 12:38:09", "2025-01-01 05:00:00"]


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe"])
@given(
    moments=st.lists(
        st.datetimes(datetime(1970, 1, 2), datetime(2100, 1, 1), timezones=st.just(UTC)),
        min_size=1,
        max_size=20,
    )
)
# St John's moved its clocks from 02:00 to 03:00 at 05:30 UTC on 10 March 2024: half-way
# through an hour of UTC time.
@example(
    moments=[
        datetime(2024, 3, 10, 5, 29, 59, tzinfo=UTC),
        datetime(2024, 3, 10, 5, 30, 0, tzinfo=UTC),
    ]
)
def test_times_across_daylight_saving_switches_are_local(
    zone: str, moments: list[datetime]
) -> None:
    # Zones with summer time, a half-hour offset and a half-hour switch: every moment, also in
    # the hour a clock goes back or forward, is written as the zone's clock showed it.
    old_zone = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        rows = [make_row(created_utc=utc_text(m), updated_utc=utc_text(m)) for m in moments]
        records = parse(export(rows))[1:]
        expected = [local(m) for m in moments]
    finally:
        if old_zone is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old_zone
        time.tzset()
    assert [record[9] for record in records] == expected
    assert [record[10] for record in records] == expected


def test_rows_are_written_as_they_arrive() -> None:
    stream = io.StringIO(newline="")

    def rows() -> Iterator[ExportRow]:
        yield make_row(passage="first")
        assert "first" in stream.getvalue()
        yield make_row(passage="second")

    assert write_csv(rows(), stream) == 2


def test_hundred_thousand_rows() -> None:
    stream = io.StringIO(newline="")
    rows = (make_row(passage=f"passage {n}", start=n) for n in range(100_000))
    assert write_csv(rows, stream) == 100_000
    assert stream.getvalue().count("\r\n") == 100_001


@given(st.text(st.sampled_from("'=+-@\t\ra ")) | st.text(st.characters(codec="utf-8")))
def test_reading_a_cell_back_gives_exactly_what_was_written(value: str) -> None:
    # Readmark's own import takes the apostrophe off again: a note that began with one itself
    # ("'=1", say) must come back with it.
    assert unneutralise_cell(neutralise_cell(value)) == value


@given(
    passage=st.text(st.characters(codec="utf-8")),
    note=st.text(st.characters(codec="utf-8")),
)
def test_any_passage_and_note_round_trip(passage: str, note: str) -> None:
    _, record = parse(export([make_row(passage=passage, note=note)]))
    assert record[4:6] == [neutralise_cell(passage), neutralise_cell(note)]
    assert without_apostrophe(record[4], passage) == passage
    assert without_apostrophe(record[5], note) == note


@given(
    st.one_of(
        st.datetimes(datetime(1971, 1, 1), datetime(2100, 1, 1)).map(
            lambda moment: moment.strftime("%Y-%m-%d %H:%M:%S")
        ),
        st.from_regex(r"\s?\d{1,5}-\d{1,3}-\d{1,3} \d{1,3}:\d{1,3}:\d{1,3}\s?", fullmatch=True),
        st.text(max_size=25),
    )
)
@example("2024-5-6 7:8:9")  # unpadded, as strptime reads it
@example("2024-02-30 10:00:00")  # no such day
@example("٢٠٢٤-٠٥-٠٦ ٠٧:٠٨:٠٩")  # Arabic-Indic digits, which strptime refuses
def test_times_are_read_back_as_strptime_reads_them(text: str) -> None:
    try:
        expected = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S").astimezone()
    except ValueError:
        expected = None
    assert _parse_local_time(text) == expected


@given(
    st.datetimes(
        datetime(1000, 1, 2),
        datetime(9999, 12, 30),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=8))]
        ),
    )
)
def test_a_moment_comes_back_from_its_utc_text(moment: datetime) -> None:
    text = utc_text(moment)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", text)
    assert utc_moment(text) == moment
