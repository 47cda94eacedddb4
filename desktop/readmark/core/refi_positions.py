"""Where a REFI-QDA selection's positions point in its source's text, as the tool that wrote the
project counts them.

The standard counts code points of the source's file. Not every tool does: ATLAS.ti counts a
Windows line end ("\\r\\n") as one character (QualCoder's importer special-cases it), and
NVivo, a .NET program, counts UTF-16 units (a character beyond U+FFFF is two). Readmark keeps
"\\n" line ends, so every counting is taken to places in that form of the text. Where the tool
writes the selection's words as its `name`, they confirm the place, or find it when no counting
fits.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

CODE_POINTS = "code points"  # the standard's: each code point of the file is one
LINE_END_AS_ONE = "line end as one"  # ATLAS.ti: "\r\n" is one character
UTF16_UNITS = "UTF-16 units"  # NVivo: a character beyond U+FFFF is two
COUNTINGS = (CODE_POINTS, LINE_END_AS_ONE, UTF16_UNITS)
# How tools that write a shortened name end it ("favoritos. 2 horas 30 minuto Para la bas...").
_ELLIPSES = ("...", "…")
_WINDOWS_LINE_END = re.compile("\r\n")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def counting_of(origin: str) -> str:
    """How the tool a project's `origin` names counts positions."""
    tool = origin.casefold()
    if "atlas" in tool:
        return LINE_END_AS_ONE
    if "nvivo" in tool:
        return UTF16_UNITS
    return CODE_POINTS


class SourceText:
    """A source's text in Readmark's form (line ends "\\n") and the places its selections
    point at in it."""

    def __init__(self, raw: str) -> None:
        self.text = raw.replace("\r\n", "\n").replace("\r", "\n")
        # Places in `raw` of each "\r" dropped before a "\n", and in UTF-16 units of each
        # character beyond U+FFFF (it is two units there, one code point here).
        self._dropped = [match.start() for match in _WINDOWS_LINE_END.finditer(raw)]
        self._astral = [match.start() + count for count, match in enumerate(_ASTRAL.finditer(raw))]
        self._places: dict[str, Callable[[int], int]] = {
            CODE_POINTS: self._from_code_point,
            LINE_END_AS_ONE: lambda position: position,
            UTF16_UNITS: lambda unit: self._from_code_point(
                unit - bisect.bisect_left(self._astral, unit)
            ),
        }

    def _from_code_point(self, position: int) -> int:
        return position - bisect.bisect_left(self._dropped, position)

    def place(self, start: int, end: int, name: str, counting: str) -> tuple[int, int] | None:
        """The passage's start and end in `text`, or None when they lie outside it. The
        sender's counting comes first; a `name` that is not the words there tries the other
        countings, then the occurrence of the words nearest the given place."""
        expected = self._span(start, end, counting)
        words = name.replace("\r\n", "\n").replace("\r", "\n")
        if not words.strip() or (expected is not None and self._matches(expected, words)):
            return expected
        for other in COUNTINGS:
            span = self._span(start, end, other)
            if other != counting and span is not None and self._matches(span, words):
                return span
        near = expected[0] if expected is not None else self._places[counting](start)
        return self._nearest(words, near, end - start) or expected

    def _span(self, start: int, end: int, counting: str) -> tuple[int, int] | None:
        place = self._places[counting]
        span = (place(start), place(end))
        return span if 0 <= span[0] <= span[1] <= len(self.text) else None

    def _matches(self, span: tuple[int, int], words: str) -> bool:
        passage = " ".join(self.text[span[0] : span[1]].split())
        cut = _before_ellipsis(words)
        if cut is not None:
            return bool(cut.strip()) and passage.startswith(" ".join(cut.split()))
        return passage == " ".join(words.split())

    def _nearest(self, words: str, near: int, length: int) -> tuple[int, int] | None:
        """The occurrence of `words` nearest `near`; a shortened name keeps the given length."""
        cut = _before_ellipsis(words)
        sought = words if cut is None else cut
        if not sought.strip():
            return None
        best: int | None = None
        index = self.text.find(sought)
        while index != -1:
            if best is None or abs(index - near) < abs(best - near):
                best = index
            index = self.text.find(sought, index + 1)
        if best is None:
            return None
        end = best + (len(sought) if cut is None else max(length, len(sought)))
        return best, min(end, len(self.text))


def _before_ellipsis(words: str) -> str | None:
    """A shortened name's words before its ellipsis; None for a whole one."""
    stripped = words.rstrip()
    for ellipsis in _ELLIPSES:
        if stripped.endswith(ellipsis):
            return stripped[: -len(ellipsis)]
    return None
