"""CSV export of annotations, in the form Excel and LibreOffice open correctly by double-click;
and reading such a file back."""

from __future__ import annotations

import bisect
import csv
import io
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, TextIO

from readmark.core.model import ExportRow
from readmark.core.text import Block, BlockIndex
from readmark.core.web_annotation import (
    ExchangeFormatError,
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
)

if TYPE_CHECKING:
    import pysbd

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
)
# Optional, after the rest: the sentence around the passage, in two parts.
CONTEXT_HEADER = ("context_before", "context_after")
# Comma for most spreadsheets; semicolon where the comma is the decimal sign (European Excel).
DELIMITERS = (",", ";")

# The context of a passage: the text before and after it within its sentence(s).
Contexts = Callable[[ExportRow], tuple[str, str]]

# Spreadsheets run a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: str) -> str:
    """`value`, with a leading apostrophe if a spreadsheet would otherwise run it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def write_csv(
    rows: Iterable[ExportRow],
    stream: TextIO,
    *,
    delimiter: str = ",",
    document_hashes: Mapping[int, str] | None = None,
    contexts: Contexts | None = None,
) -> int:
    """Write a header and one record per row; return the number of rows.

    `stream` must be opened with encoding="utf-8" and newline="", so that line ends inside a
    passage reach the file unchanged. `document_hashes` fills the document_hash column (by
    document id); with `contexts`, two columns give the sentence around each passage.
    """
    if delimiter not in DELIMITERS:
        raise ValueError(f"the delimiter must be one of {DELIMITERS}, not {delimiter!r}")
    hashes = document_hashes or {}
    # The byte-order mark is how Excel knows the file is UTF-8 rather than the ANSI code page.
    stream.write("\ufeff")
    writer = csv.writer(
        stream,
        delimiter=delimiter,
        quoting=csv.QUOTE_MINIMAL,
        doublequote=True,
        lineterminator="\r\n",
    )
    writer.writerow(CSV_HEADER + (CONTEXT_HEADER if contexts is not None else ()))
    count = 0
    for row in rows:
        extra: tuple[str, ...] = ()
        if contexts is not None:
            before, after = contexts(row)
            extra = (neutralise_cell(before), neutralise_cell(after))
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
                neutralise_cell(row.coder),
                hashes.get(row.document_id, ""),
                *extra,
            )
        )
        count += 1
    return count


def _local_time(moment: datetime) -> str:
    # Spreadsheets recognise this form as a date and time; the reader thinks in local time.
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def unneutralise_cell(value: str) -> str:
    """`value` without the apostrophe `neutralise_cell` put before a formula-like start."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_STARTS) else value


class SentenceContext:
    """The words around passages of one text, within their sentences: each block is split into
    sentences once, when a passage in it first asks."""

    def __init__(self, text: str, blocks: Iterable[Block]) -> None:
        self._text = text
        self._blocks = list(blocks) or [Block("paragraph", 0, len(text))]
        self._index = BlockIndex(self._blocks)
        self._starts: dict[int, list[int]] = {}  # block start -> its sentences' starts

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
            starts = self._starts[block.start] = _sentence_starts(self._text, block)
        index = bisect.bisect_right(starts, offset) - 1
        following = starts[index + 1] if index + 1 < len(starts) else block.end
        return starts[max(index, 0)], following


def _sentence_starts(text: str, block: Block) -> list[int]:
    body = text[block.start : block.end]
    starts = [block.start]
    try:
        spans = _segmenter().segment(body)
    except Exception:  # pysbd fails on some odd input; the whole block is then one sentence
        return starts
    for span in spans[1:]:
        if 0 < span.start < len(body):
            starts.append(block.start + span.start)
    return sorted(set(starts))


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    import pysbd  # only when context is asked for: loading it takes a while

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


# What a CSV needs to be read back as annotations.
_REQUIRED = ("tag", "passage", "start", "end")
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def read_csv(data: bytes) -> Incoming:
    """The annotations of a CSV file written by `write_csv` (or the same columns saved again by
    a spreadsheet, with commas or semicolons). A CSV holds no document text: each annotation
    names its document by `document_hash`, or by its title when that column is missing or
    empty; the caller finds the document in the library. Raises ExchangeFormatError."""
    text = _decode(data)
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = reader.fieldnames
    except csv.Error as error:
        raise ExchangeFormatError(f"it is not a readable CSV file ({error})") from None
    if not header:
        raise ExchangeFormatError("it is empty")
    missing = [name for name in _REQUIRED if name not in header]
    if "document_hash" not in header and "document" not in header:
        missing.append("document_hash")
    if missing:
        raise ExchangeFormatError(
            f"it lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)} of a "
            "Readmark CSV export"
        )
    documents: dict[str, IncomingDocument] = {}
    annotations: list[IncomingAnnotation] = []
    skipped: list[tuple[str, str]] = []
    try:
        for record in reader:
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
                )
            )
    except csv.Error as error:
        raise ExchangeFormatError(f"it is not a readable CSV file ({error})") from None
    return Incoming(tuple(documents.values()), tuple(annotations), tuple(skipped))


def _decode(data: bytes) -> str:
    if b"\x00" in data:
        raise ExchangeFormatError("it is not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (Comma delimited)" saves in the Windows code page, not UTF-8.
        return data.decode("cp1252", errors="replace")


def _parse_local_time(value: str) -> datetime | None:
    try:
        return datetime.strptime(value.strip(), _TIME_FORMAT).astimezone().astimezone(UTC)
    except ValueError:
        return None
