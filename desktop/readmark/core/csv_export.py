"""CSV export of annotations, in the form Excel and LibreOffice open correctly by double-click;
and reading such a file back."""

from __future__ import annotations

import bisect
import csv
import io
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, TextIO

from readmark.core.fields import FieldValues, value_of
from readmark.core.incoming import (
    ExchangeFormatError,
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
)
from readmark.core.links import with_evidence_passages
from readmark.core.model import ExportRow, utc_moment
from readmark.core.text import Block, BlockIndex, language_of, sentence_segmenter
from readmark.core.texts import tr

if TYPE_CHECKING:
    from _csv import Writer

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
    "coder",
    # Last, so that columns keep their places: lets an import find the document again.
    "document_hash",
    # Added since, after it for the same reason: what kind of document it is, and the
    # passage's id with its links to others' ids ("supports:ID; contradicted by:ID"), and in
    # an exercise the student's reason for the tag (core.exercise.REASONS).
    "document_label",
    "annotation_id",
    "links",
    "reason",
)
# Rows read between two reports of a reading's progress.
READ_PROGRESS_EVERY = 500
# Optional, after the rest: the sentence around the passage, in two parts.
CONTEXT_HEADER = ("context_before", "context_after")
# Optional, after those: one column per field the tags declare, "field: verdict".
FIELD_COLUMN = "field: "
# Comma for most spreadsheets; semicolon where the comma is the decimal sign (European Excel).
DELIMITERS = (",", ";")

# The context of a passage: the text before and after it within its sentence(s).
Contexts = Callable[[ExportRow], tuple[str, str]]

# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The first characters of a cell that may need an apostrophe: one look rules out the rest.
_RISKY_FIRST = frozenset("".join(_FORMULA_STARTS) + "'")


def neutralise_cell(value: str) -> str:
    """`value`, with a leading apostrophe if a spreadsheet would otherwise run it as a formula;
    also where apostrophes come before such a start ("'=1"), so that reading the cell back
    (unneutralise_cell) takes off only the one added here."""
    if value[:1] in _RISKY_FIRST and (value.startswith(_FORMULA_STARTS) or _escaped(value)):
        return "'" + value
    return value


def write_csv(
    rows: Iterable[ExportRow],
    stream: TextIO,
    *,
    delimiter: str = ",",
    document_hashes: Mapping[int, str] | None = None,
    contexts: Contexts | None = None,
    field_names: Sequence[str] = (),
) -> int:
    """Write a header and one record per row; return the number of rows.

    `stream` must be opened with encoding="utf-8" and newline="", so that line ends inside a
    passage reach the file unchanged. `document_hashes` fills the document_hash column (by
    document id); with `contexts`, two columns give the sentence around each passage; each of
    `field_names` has a column after those (field_header).
    """
    if delimiter not in DELIMITERS:
        raise ValueError(f"the delimiter must be one of {DELIMITERS}, not {delimiter!r}")
    # The byte-order mark is how Excel knows the file is UTF-8 rather than the ANSI code page.
    stream.write("\ufeff")
    writer = csv.writer(
        stream,
        delimiter=delimiter,
        quoting=csv.QUOTE_MINIMAL,
        doublequote=True,
        lineterminator="\r\n",
    )
    writer.writerow(
        CSV_HEADER + (CONTEXT_HEADER if contexts is not None else ()) + field_header(field_names)
    )
    return _write_records(writer, rows, document_hashes or {}, contexts, field_names)


def _write_records(
    writer: Writer,
    rows: Iterable[ExportRow],
    hashes: Mapping[int, str],
    contexts: Contexts | None,
    field_names: Sequence[str],
) -> int:
    """One record per row, in write_csv's columns; returns how many."""
    local_time = _LocalTime()
    # Tag names and coders are few: each neutralised once.
    few_values = lru_cache(maxsize=None)(neutralise_cell)
    # Most rows have no field values: their empty cells are made once, not per row.
    no_field_cells = ("",) * len(field_names)
    # A document's own cells repeat on each of its rows: neutralised once per document.
    document_id: int | None = None
    document_cells: tuple[str, ...] = ()
    count = 0
    for row in rows:
        if row.document_id != document_id:
            document_id = row.document_id
            document_cells = _document_cells(row)
        title, source, author, site, url = document_cells
        record: tuple[object, ...] = (
            row.document_id,
            title,
            source,
            few_values(row.tag),
            neutralise_cell(row.passage),
            neutralise_cell(row.note),
            row.start,
            row.end,
            row.paragraph,
            local_time(row.created_utc),
            local_time(row.updated_utc),
            row.block,
            author,
            row.published,
            site,
            url,
            "yes" if row.orphaned else "",
            row.origin,
            few_values(row.coder),
            hashes.get(row.document_id, ""),
            row.document_label,
            row.annotation_id,
            row.links,
            few_values(row.reason),
        )
        if contexts is not None:
            before, after = contexts(row)
            record += (neutralise_cell(before), neutralise_cell(after))
        if row.field_values or row.evidence:
            values = with_evidence_passages(row.field_values, row.evidence)
            record += tuple(field_cells(values, field_names, neutralise_cell))
        else:
            record += no_field_cells
        writer.writerow(record)
        count += 1
    return count


def _document_cells(row: ExportRow) -> tuple[str, ...]:
    """The row's document's title, source, author, site and address, neutralised."""
    return tuple(
        neutralise_cell(value)
        for value in (row.document_title, row.document_source, row.author, row.site, row.url)
    )


def field_header(field_names: Sequence[str]) -> tuple[str, ...]:
    return tuple(FIELD_COLUMN + name for name in field_names)


def field_cells(
    values: FieldValues, field_names: Sequence[str], cell: Callable[[str], str]
) -> list[str]:
    """A row's field values in the columns' order, "" where it has none."""
    return [cell(value_of(values, name)) if values else "" for name in field_names]


class _LocalTime:
    """Formats UTC texts (ExportRow's) in local time, as spreadsheets recognise a date and time.

    No moment is converted with `astimezone` and `strftime`, which an export would do for every
    cell. Here the zone's offset is looked up once per hour of UTC time, with the text of the local
    hours it falls in; the minutes and seconds are the UTC text's own, or come from a table in
    a zone a part of an hour off UTC. In an hour where the offset changes (a daylight saving
    switch) each moment is converted on its own.
    """

    def __init__(self) -> None:
        # A UTC hour's text ("YYYY-MM-DD HH") -> the local hour's text ("YYYY-MM-DD HH:"), the
        # next one's, and the seconds the local clock is ahead of the UTC hour's start within
        # the hour (a zone half an hour off UTC crosses into the next local hour mid-hour).
        self._hours: dict[str, tuple[str, str, int] | None] = {}

    def __call__(self, utc: str) -> str:
        hour = utc[:13]
        if hour not in self._hours:
            self._hours[hour] = self._local_hours(utc)
        local = self._hours[hour]
        if local is None:
            return utc_moment(utc).astimezone().strftime(_TIME_FORMAT)
        this_hour, next_hour, ahead = local
        if not ahead:
            return this_hour + utc[14:19]
        within = int(utc[14:16]) * 60 + int(utc[17:19]) + ahead
        if within < 3600:
            return this_hour + _MINUTES_SECONDS[within]
        return next_hour + _MINUTES_SECONDS[within - 3600]

    @staticmethod
    def _local_hours(utc: str) -> tuple[str, str, int] | None:
        if utc[13:14] != ":" or utc[16:17] != ":":  # not the store's form: the slow way
            return None
        start = int(utc_moment(utc[:13] + ":00").timestamp())  # seconds since the epoch
        offset = _utc_offset(start)
        if _utc_offset(start + 3599) != offset:
            return None
        local_hour, ahead = divmod(start + offset, 3600)
        this_hour, next_hour = (
            datetime.fromtimestamp(h * 3600, UTC).strftime("%Y-%m-%d %H:")
            for h in (local_hour, local_hour + 1)
        )
        return this_hour, next_hour, ahead


_LOCAL_TIME = re.compile(r"(\d{4})-(\d\d?)-(\d\d?) (\d\d?):(\d\d?):(\d\d?)", re.ASCII)
# "MM:SS" for each second of an hour.
_MINUTES_SECONDS = tuple(f"{second // 60:02d}:{second % 60:02d}" for second in range(3600))


def _utc_offset(seconds: int) -> int:
    """The local zone's offset from UTC, in seconds, at a moment in seconds since the epoch."""
    return time.localtime(seconds).tm_gmtoff


def unneutralise_cell(value: str) -> str:
    """`value` without the apostrophe `neutralise_cell` put before a formula-like start."""
    return value[1:] if _escaped(value) else value


def _escaped(value: str) -> bool:
    """Whether `value` is apostrophes, then what a spreadsheet would run as a formula."""
    return value[:1] == "'" and value.lstrip("'").startswith(_FORMULA_STARTS)


class SentenceContext:
    """The words around passages of one text, within their sentences: each block is split into
    sentences once, when a passage in it first asks."""

    def __init__(self, text: str, blocks: Iterable[Block]) -> None:
        self._text = text
        self._blocks = list(blocks) or [Block("paragraph", 0, len(text))]
        self._index = BlockIndex(self._blocks)
        self._starts: dict[int, list[int]] = {}  # block start -> its sentences' starts
        self._language = language_of(text)

    def around(self, start: int, end: int) -> tuple[str, str]:
        """The text from the start of the sentence holding `start` up to it, and from `end` to
        the end of the sentence holding the passage's last character."""
        first = self._sentence_bounds(start)[0]
        last = self._sentence_bounds(max(start, end - 1))[1]
        before = self._text[min(first, start) : start].lstrip()
        after = self._text[end : max(last, end)].rstrip()
        return before, after

    def _sentence_bounds(self, offset: int) -> tuple[int, int]:
        block = self._index.block_at(offset)
        if block is None or not block.start <= offset < block.end:
            return offset, offset + 1  # between blocks: no sentence around it
        starts = self._starts.get(block.start)
        if starts is None:
            starts = self._starts[block.start] = _sentence_starts(self._text, block, self._language)
        index = bisect.bisect_right(starts, offset) - 1
        following = starts[index + 1] if index + 1 < len(starts) else block.end
        return starts[max(index, 0)], following


def _sentence_starts(text: str, block: Block, language: str) -> list[int]:
    body = text[block.start : block.end]
    starts = [block.start]
    try:
        spans = sentence_segmenter(language).segment(body)
    except Exception:  # pysbd fails on some odd input; the whole block is then one sentence
        return starts
    for span in spans[1:]:
        if 0 < span.start < len(body):
            starts.append(block.start + span.start)
    return sorted(set(starts))


# What a CSV needs to be read back as annotations.
_REQUIRED = ("tag", "passage", "start", "end")
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def read_csv(data: bytes, progress: Callable[[int, int], None] | None = None) -> Incoming:
    """The annotations of a CSV file written by `write_csv` (or the same columns saved again by
    a spreadsheet, with commas or semicolons). A CSV holds no document text: each annotation
    names its document by `document_hash`, or by its title when that column is missing or
    empty; the caller finds the document in the library. Raises ExchangeFormatError.

    `progress` is told every few hundred rows how many lines of how many are read; it may
    raise to stop the reading."""
    text = _decode(data)
    lines = text.count("\n") + 1
    reader = _export_reader(text)
    documents: dict[str, IncomingDocument] = {}
    annotations: list[IncomingAnnotation] = []
    skipped: list[tuple[str, str]] = []
    try:
        for number, record in enumerate(reader):
            if progress is not None and number % READ_PROGRESS_EVERY == 0:
                progress(reader.line_num, lines)
            cell = {name: (value or "") for name, value in record.items() if name is not None}
            if not any(cell.values()):
                continue  # a blank line a spreadsheet left at the end
            where = f"line {reader.line_num}"
            try:
                start, end = int(cell["start"]), int(cell["end"])
            except ValueError:
                skipped.append((where, "its start and end are not whole numbers"))
                continue
            content_hash = cell.get("document_hash", "").strip().lower()
            title = unneutralise_cell(cell.get("document", ""))
            key = content_hash or f"title:{title}"
            documents.setdefault(key, IncomingDocument(key, content_hash, title, None))
            annotations.append(
                IncomingAnnotation(
                    document_key=key,
                    tag=unneutralise_cell(cell["tag"]).strip(),
                    start=start,
                    end=end,
                    exact=unneutralise_cell(cell["passage"]),
                    note=unneutralise_cell(cell.get("note", "")),
                    created_at=_parse_local_time(cell.get("created", "")),
                    updated_at=_parse_local_time(cell.get("updated", "")),
                    orphaned=cell.get("orphaned", "").strip().lower() == "yes",
                    origin=cell.get("origin", "").strip(),
                    coder=unneutralise_cell(cell.get("coder", "")).strip(),
                    where=where,
                    field_values=tuple(
                        (name[len(FIELD_COLUMN) :], unneutralise_cell(value).strip())
                        for name, value in cell.items()
                        if name.startswith(FIELD_COLUMN) and value.strip()
                    ),
                )
            )
    except csv.Error as error:
        raise _unreadable(error) from None
    return Incoming(tuple(documents.values()), tuple(annotations), tuple(skipped))


def _export_reader(text: str) -> csv.DictReader[str]:
    """A reader of the CSV's records by column name, with commas or semicolons as its header
    has them, once the header is checked for the columns an import needs."""
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = reader.fieldnames
    except csv.Error as error:
        raise _unreadable(error) from None
    if not header:
        raise ExchangeFormatError(tr("it is empty"))
    missing = [name for name in _REQUIRED if name not in header]
    if "document_hash" not in header and "document" not in header:
        missing.append("document_hash")
    if missing:
        lacks = (
            tr("it lacks the columns {columns} of a Readmark CSV export")
            if len(missing) > 1
            else tr("it lacks the column {columns} of a Readmark CSV export")
        )
        raise ExchangeFormatError(lacks.format(columns=", ".join(missing)))
    return reader


def _unreadable(error: csv.Error) -> ExchangeFormatError:
    return ExchangeFormatError(tr("it is not a readable CSV file ({error})").format(error=error))


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise ExchangeFormatError(tr("it is not a text file"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (Comma delimited)" saves in the Windows code page, not UTF-8.
        return data.decode("cp1252", errors="replace")


def _parse_local_time(value: str) -> datetime | None:
    """A time as the export writes it (local, "YYYY-MM-DD HH:MM:SS"), as an aware UTC moment;
    None for anything else."""
    # Read by a pattern compiled once, as strptime would read it ("%Y-%m-%d %H:%M:%S"): an
    # import reads one for every cell of a time column.
    match = _LOCAL_TIME.fullmatch(value.strip())
    if match is None:
        return None
    try:
        year, month, day, hour, minute, second = map(int, match.groups())
        return datetime(year, month, day, hour, minute, second).astimezone().astimezone(UTC)
    except ValueError:  # the right shape, but no such day or hour
        return None
