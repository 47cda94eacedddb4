"""A PDF's lines of text joined into blocks by their layout: paragraphs, headings, list items,
quotes and captions, and the footnotes apart."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from readmark.core.extracted import single_line
from readmark.core.pdf_import import BROKEN_WORD, SENTENCE_ENDS

if TYPE_CHECKING:
    from readmark.core.pdf_import import _Line
    from readmark.core.text import BlockKind

# A gap between lines this many times the body's line height starts a new paragraph.
_PARAGRAPH_GAP = 1.45
# Lines this much taller than the body's are headings (when short enough to be one).
_HEADING_SCALE = 1.18
_MAX_HEADING_CHARACTERS = 160
# A list's bullet: the common marks, or a symbol font's private-use glyph.
_BULLET = re.compile("\\s*[\u2022\u25e6\u25aa\u25cf\u2013\u2043\ue000-\uf8ff]\\s+")
# Captions and footnotes are set smaller than the body; footnotes in a page's lowest third.
_SMALL_SCALE = 0.93
_FOOTNOTE_SHARE = 0.33
_CAPTION = re.compile(r"(figure|fig\.|table|photo(graph)?|chart|map|image|plate)\s*\d", re.I)
_NOTE_MARK = re.compile(r"(\d{1,3}|[*†‡])\s")


def blocks(lines: list[_Line]) -> tuple[list[tuple[BlockKind, str]], list[tuple[BlockKind, str]]]:
    """Lines joined into blocks, and the footnotes among them: a larger gap, a change of
    page-position order or of size begins a new one; taller short lines are headings; quotes,
    captions and footnotes are told by their margins and type."""
    body = statistics.median(line.height for line in lines)
    margins = _Margins(
        left=Counter(round(line.left) for line in lines).most_common(1)[0][0],
        right=max(line.right for line in lines),
        body=body,
    )
    parts: list[tuple[BlockKind, str]] = []
    notes: list[tuple[BlockKind, str]] = []
    current: list[str] = []
    block: list[_Line] = []
    kind: BlockKind = "paragraph"
    previous: _Line | None = None

    def flush() -> None:
        text = single_line(" ".join(current))
        if text and kind == "paragraph" and margins.footnote(block, text):
            notes.append(("paragraph", text))
        elif text:
            parts.append((margins.kind(block, text) if kind == "paragraph" else kind, text))
        current.clear()
        block.clear()

    for line in lines:
        bullet = _BULLET.match(line.text)
        if bullet:
            line.text = line.text[bullet.end() :]
        gap = _gap(previous, line, body)
        line_kind = _line_kind(line, body, bullet is not None, kind == "list_item" and not gap)
        new_block = (
            _set_apart(previous, line, kind, body) or gap or line_kind != kind or bullet is not None
        )
        if new_block and current:
            flush()
        kind = line_kind
        if current and BROKEN_WORD.search(current[-1]) and line.text.strip()[:1].islower():
            current[-1] = current[-1][:-1] + line.text.strip()  # the word, whole again
        else:
            current.append(line.text.strip())
        block.append(line)
        previous = line
    flush()
    return parts, notes


def _line_kind(line: _Line, body: float, bullet: bool, in_item: bool) -> BlockKind:
    """A line's kind: a list item after a bullet, or set under an item's text (`in_item`); a
    heading if taller than the body's lines and short enough; else a paragraph's."""
    if bullet:
        return "list_item"
    if line.height > body * _HEADING_SCALE and len(line.text) <= _MAX_HEADING_CHARACTERS:
        return "heading"
    return "list_item" if in_item else "paragraph"


def _gap(previous: _Line | None, line: _Line, body: float) -> bool:
    """Whether a line stands apart from the one before on its page: below it by more than a
    paragraph's lines are, or above it (a new column, or a jump up the page)."""
    return (
        previous is not None
        and line.page == previous.page
        and (
            previous.bottom - line.top
            > max(body, previous.height, line.height) * (_PARAGRAPH_GAP - 1)
            or line.top > previous.top + body
        )
    )


def _set_apart(previous: _Line | None, line: _Line, kind: BlockKind, body: float) -> bool:
    """Whether a line begins a block by where it stands: first of all, first of a page that
    does not go on with the paragraph before, or set in from the line before (as books begin
    paragraphs) outside a list."""
    if previous is None:
        return True
    if line.page != previous.page:
        return not _continues(previous, line)
    return kind != "list_item" and line.left > previous.left + body


@dataclass(frozen=True)
class _Margins:
    """Where the body text stands, to tell quotes, captions and footnotes from it."""

    left: float
    right: float
    body: float  # the body's line height

    def kind(self, lines: list[_Line], text: str) -> BlockKind:
        """A paragraph's kind: a caption by its smaller type and its opening word ("Figure 2"),
        a quote by being set in from both margins over two lines or more."""
        if _small(lines, self.body) and _CAPTION.match(text):
            return "caption"
        if len(lines) >= 2 and all(
            line.left >= self.left + self.body and line.right <= self.right - self.body
            for line in lines
        ):
            return "quote"
        return "paragraph"

    def footnote(self, lines: list[_Line], text: str) -> bool:
        """Small type in a page's lowest third that begins with its number or mark."""
        first = lines[0]
        return (
            _small(lines, self.body)
            and first.bottom < first.page_height * _FOOTNOTE_SHARE
            and _NOTE_MARK.match(text) is not None
        )


def _small(lines: list[_Line], body: float) -> bool:
    return statistics.median(line.height for line in lines) < body * _SMALL_SCALE


def _continues(previous: _Line, line: _Line) -> bool:
    """Whether a page's first line goes on with the paragraph the page before ended with:
    that one ended without closing punctuation."""
    return not previous.text.rstrip().endswith(SENTENCE_ENDS)
