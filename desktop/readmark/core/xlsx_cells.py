"""The cells of an Excel sheet as XlsxWriter writes them in constant-memory mode, made here
for speed (see xlsx_export.Sheet), and the values that go in them: texts cut to what a cell
holds, times in the reader's zone."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta

from readmark.core.model import utc_moment

# Excel refuses a cell longer than this; a longer passage is cut, and says so at its end.
MAX_CELL_CHARS = 32_767
CUT_MARK = " […]"
# Characters XML 1.0 cannot hold: shown as U+FFFD rather than written as escapes.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# What XlsxWriter writes for a number that is not one (its nan_inf_to_errors option).
_NOT_NUMBERS = {"nan": ("#NUM!", "#NUM!"), "inf": ("1/0", "#DIV/0!"), "-inf": ("-1/0", "#DIV/0!")}
# Text that reads as one of Excel's escapes (_x0041_) keeps its underscore escaped.
_ESCAPE_LIKE = re.compile("(_x[0-9a-fA-F]{4}_)")


def text_cell(style: int, value: str) -> str:
    """An inline text cell as XlsxWriter's write_string makes it, after its place."""
    text = value
    # Most texts need nothing done: tested with what is quicker than a search.
    if (
        len(text) > MAX_CELL_CHARS // 2
        or not text.isprintable()  # _ILLEGAL's characters and "\r" (and a few harmless)
        or "&" in text
        or "<" in text
        or ">" in text
        or "_x" in text
    ):
        text = storable(text)
        if "_x" in text:
            text = _ESCAPE_LIKE.sub(r"_x005F\1", text)
        # storable leaves of the control characters only tab, line feed and carriage
        # return, and the last is written as its escape.
        text = text.replace("\r", "_x000D_")
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    # Whitespace at either end is kept (xml:space), as XlsxWriter has it.
    keep = ' xml:space="preserve"' if text.strip() != text else ""
    return f' s="{style}" t="inlineStr"><is><t{keep}>{text}</t></is></c>'


_EXCEL_EPOCH = datetime(1899, 12, 31)
# Ints between minus this and this have at most 16 digits, which "%.16G" writes as str() does.
EXACT_INTS = 10**16
_DAY_SECONDS = 86_400


def excel_serial(moment: datetime) -> float:
    """The day number Excel stores for a time (one after 1900-03-01), worked out as
    XlsxWriter's write_datetime does, with none of its checks for other kinds of time: one
    is worked out for every time cell of an export."""
    delta = moment - _EXCEL_EPOCH
    days = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / _DAY_SECONDS
    return days + 1 if days > 59 else days  # Excel's 29 February 1900


def cell(place: str, style: int, value: object) -> str:
    """A <c> element as XlsxWriter's writer of that type makes it, in constant-memory mode."""
    if isinstance(value, str):
        return f'<c r="{place}"{text_cell(style, value)}'
    if isinstance(value, datetime):
        value = excel_serial(value)
    elif not isinstance(value, int | float):
        raise TypeError(f"a {type(value).__name__} cannot go in a cell")
    if isinstance(value, float) and not math.isfinite(value):
        formula, shown = _NOT_NUMBERS[str(value)]
        return f'<c r="{place}" s="{style}" t="e"><f>{formula}</f><v>{shown}</v></c>'
    return f'<c r="{place}" s="{style}"><v>{value:.16G}</v></c>'


def storable(value: str) -> str:
    """The text as a cell can hold it: characters XML cannot hold replaced, and cut, saying so,
    where it is longer than a cell."""
    value = _ILLEGAL.sub("\ufffd", value)
    # Excel counts a cell's length in UTF-16 units: a character outside the BMP counts two.
    if len(value) > MAX_CELL_CHARS // 2 and len(value.encode("utf-16-le")) > 2 * MAX_CELL_CHARS:
        kept = value.encode("utf-16-le")[: 2 * (MAX_CELL_CHARS - len(CUT_MARK))]
        value = kept.decode("utf-16-le", "ignore") + CUT_MARK  # a pair cut in two goes whole
    return value


class LocalTimes:
    """UTC texts as the reader's local time, to the second: spreadsheets keep no time zone, and
    the CSV has local times too. The zone's offset is looked up once per hour of UTC, where
    zones change it, not once per moment."""

    def __init__(self) -> None:
        self._offsets: dict[str, timedelta] = {}

    def __call__(self, utc: str) -> datetime:
        if len(utc) < 19:  # not to the second: as it comes
            return utc_moment(utc).astimezone().replace(tzinfo=None, microsecond=0)
        hour = utc[:13]
        offset = self._offsets.get(hour)
        if offset is None:
            local = utc_moment(hour + ":00").astimezone()
            offset = self._offsets[hour] = local.utcoffset() or timedelta()
        return datetime.fromisoformat(utc[:19]) + offset
