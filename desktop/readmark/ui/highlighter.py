"""Paints annotations and block styles (title, headings, captions, quotes) per text block,
looking ranges up in a per-line index."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from typing import Protocol

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from readmark.core.model import Annotation
from readmark.core.text import Block, BlockKind, Utf16Map, line_starts
from readmark.ui.colours import LIGHT, ReadingTheme, tint


class Spanned(Protocol):
    """Anything drawn over a stretch of text in a tag's colour."""

    tag_id: int
    start: int
    end: int


class AnnotationHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._colours: dict[int, str] = {}
        self._kind_by_line: dict[int, BlockKind] = {}
        self._starts: list[int] = [0]
        self._map = Utf16Map("")
        self._by_line: dict[int, dict[str, Annotation]] = defaultdict(dict)
        self.block_formats: dict[BlockKind, QTextCharFormat] = {}
        self._suggested_by_line: dict[int, list[Spanned]] = defaultdict(list)
        self.theme = LIGHT

    def set_content(
        self,
        text: str,
        blocks: Iterable[Block],
        annotations: Iterable[Annotation],
        colours: dict[int, str],
    ) -> None:
        """Indexes a freshly loaded text; Qt then highlights each block as it lays it out."""
        self._colours = colours
        self._starts = line_starts(text)
        self._suggested_by_line = defaultdict(list)
        self._kind_by_line = {
            line: block.kind
            for block in blocks
            if block.kind in self.block_formats
            for line in range(self._line_of(block.start), self._line_of(block.end) + 1)
        }
        self._map = Utf16Map(text)
        self._by_line = defaultdict(dict)
        for annotation in annotations:
            self._index(annotation)
        self.rehighlight()

    def set_suggestions(self, suggestions: Iterable[Spanned]) -> None:
        """Passages proposed to the reader, drawn as dashed underlines until decided."""
        lines = {
            line
            for items in self._suggested_by_line.values()
            for s in items
            for line in self._lines(s)
        }
        self._suggested_by_line = defaultdict(list)
        for suggestion in suggestions:
            for line in self._lines(suggestion):
                self._suggested_by_line[line].append(suggestion)
                lines.add(line)
        document = self.document()
        for line in sorted(lines):
            block = document.findBlockByNumber(line)
            if block.isValid():
                self.rehighlightBlock(block)

    def set_colours(self, colours: dict[int, str]) -> None:
        self._colours = colours
        self.rehighlight()

    def add(self, annotation: Annotation) -> None:
        self._index(annotation)
        self._refresh(annotation)

    def remove(self, annotation: Annotation) -> None:
        for line in self._lines(annotation):
            self._by_line[line].pop(annotation.id, None)
        self._refresh(annotation)

    def replace(self, annotation: Annotation) -> None:
        self.remove(annotation)
        self.add(annotation)

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Annotations covering a code-point offset, innermost (shortest) first."""
        line = self._line_of(offset)
        covering = [a for a in self._by_line.get(line, {}).values() if a.start <= offset < a.end]
        return sorted(covering, key=lambda a: (a.end - a.start, a.start))

    def _line_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def _lines(self, annotation: Spanned) -> range:
        last = max(annotation.start, annotation.end - 1)
        return range(self._line_of(annotation.start), self._line_of(last) + 1)

    def _index(self, annotation: Annotation) -> None:
        for line in self._lines(annotation):
            self._by_line[line][annotation.id] = annotation

    def _refresh(self, annotation: Annotation) -> None:
        document = self.document()
        for line in self._lines(annotation):
            block = document.findBlockByNumber(line)
            if block.isValid():
                self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        line = self.currentBlock().blockNumber()
        if line >= len(self._starts):
            return
        line_start = self._starts[line]
        line_end = line_start + len(text)  # Python sees the block's text in code points
        block_utf16 = self._map.to_utf16(line_start)
        kind = self._kind_by_line.get(line)
        base = self.block_formats[kind] if kind is not None else QTextCharFormat()
        if kind is not None:
            self.setFormat(0, self._map.to_utf16(line_end) - block_utf16, base)
        annotations = list(self._by_line.get(line, {}).values())
        suggested = self._suggested_by_line.get(line, [])
        if not annotations and not suggested:
            return
        cuts = {line_start, line_end}
        for a in [*annotations, *suggested]:
            cuts.update(p for p in (a.start, a.end) if line_start <= p <= line_end)
        points = sorted(cuts)
        for seg_start, seg_end in pairwise(points):
            covering = [a for a in annotations if a.start <= seg_start and a.end >= seg_end]
            proposed = [s for s in suggested if s.start <= seg_start and s.end >= seg_end]
            if not covering and not proposed:
                continue
            fmt = QTextCharFormat(base)
            if covering:
                covering.sort(key=lambda a: a.end - a.start)  # innermost first
                inner_colour = self._colours.get(covering[0].tag_id, "#888888")
                fmt.setBackground(tint(inner_colour, len(covering), self.theme))
            if len(covering) > 1:
                # The enclosing passage stays visible as an underline in its own colour.
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(self._colours.get(covering[1].tag_id, "#888888")))
            elif proposed:
                # A suggestion is only a dashed line: plainly not yet an annotation.
                shortest = min(proposed, key=lambda s: s.end - s.start)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
                fmt.setUnderlineColor(QColor(self._colours.get(shortest.tag_id, "#888888")))
            qt_start = self._map.to_utf16(seg_start) - block_utf16
            qt_end = self._map.to_utf16(seg_end) - block_utf16
            self.setFormat(qt_start, qt_end - qt_start, fmt)


def make_block_formats(
    font: QFont, theme: ReadingTheme = LIGHT
) -> dict[BlockKind, QTextCharFormat]:
    """How each kind of block looks in the reader; paragraphs and list items keep the font."""
    size = font.pointSizeF()
    title = QTextCharFormat()
    title.setFontPointSize(size * 1.55)
    title.setFontWeight(QFont.Weight.Bold)
    heading = QTextCharFormat()
    heading.setFontPointSize(size * 1.2)
    heading.setFontWeight(QFont.Weight.Bold)
    caption = QTextCharFormat()
    caption.setFontPointSize(size * 0.85)
    caption.setFontItalic(True)
    caption.setForeground(theme.caption_ink)
    quote = QTextCharFormat()
    quote.setFontItalic(True)
    return {"title": title, "heading": heading, "caption": caption, "quote": quote}
