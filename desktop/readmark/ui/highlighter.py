"""Paints annotations and block styles (title, headings, captions, quotes) on each text block as
it comes into view, looking ranges up in an index sorted by where they start."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Generator, Iterable
from itertools import chain
from operator import attrgetter

from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from readmark.core.model import Annotation
from readmark.core.span_index import SpanIndex, Spanned
from readmark.core.text import Block, BlockKind, Utf16Map
from readmark.ui.colours import LIGHT, ReadingTheme, solid_brush, tint

_start = attrgetter("start")
# A stretch of a text block that looks one way: its start and length there, and its format.
Run = tuple[int, int, QTextCharFormat]
# What decides how a stretch under annotations looks: the innermost one's tag and coder, how
# many cover it, the tag whose line underlines it, and whether that line is dashed (a suggestion).
Look = tuple[int | None, str | None, int, int | None, bool]
# A passage over a stretch, in the order innermost first: its length, its place among the
# block's passages (the one starting first counts as inside), its end, tag and coder.
Covering = tuple[int, int, int, int, str]


class AnnotationHighlighter:
    """Gives each text block the formats of its block style, annotations and suggestions when the
    reader is about to show it (`ensure_formatted`), or earlier while the reader waits
    (`format_ahead`), so that opening a document costs nothing per block, and a change touches
    only the blocks it covers.

    The formats go on the block's QTextLayout: Qt lays the block out with them and paints them,
    and the text itself is never edited. (A QSyntaxHighlighter formats every block of the text
    as it is set, from Python, and its rehighlight() lays every block out, where this lays out
    the blocks in view alone.)
    """

    def __init__(self, document: QTextDocument) -> None:
        self._document = document
        self._map = Utf16Map("")
        self._colours: dict[int, str] = {}
        self._annotations: SpanIndex[Annotation] = SpanIndex()
        self._suggestions: SpanIndex[Spanned] = SpanIndex()
        self._blocks: list[Block] = []
        self._block_starts: list[int] = []
        # Numbers of the text blocks whose layout holds their current formats.
        self._fresh: set[int] = set()
        # Numbers of the text blocks whose layout holds formats.
        self._holding: set[int] = set()
        # Formats by block kind and look, made once.
        self._looks: dict[BlockKind | None, dict[Look, QTextCharFormat]] = {}
        self._range_pool: list[QTextLayout.FormatRange] = []
        self.block_formats: dict[BlockKind, QTextCharFormat] = {}
        self.theme = LIGHT
        # Passages of other coders than this one get a dotted underline beside their tint.
        self.own_coder: str | None = None
        # Tags the reader chose to see underlined too, by id: "solid", "dotted" or "wavy".
        self._underlines: dict[int, str] = {}

    def set_content(
        self,
        text_map: Utf16Map,
        blocks: Iterable[Block],
        placed: SpanIndex[Annotation],
        colours: dict[int, str],
    ) -> None:
        """Takes a text about to be shown (`text_map` the one shown already when only the
        highlights are new) and the index of its passages, which it keeps up to date from now
        on; its blocks get their formats as they come into view."""
        if text_map is not self._map:
            self._holding.clear()  # the new text's blocks hold no formats yet
        self._map = text_map
        self._colours = colours
        self._blocks = sorted(blocks, key=_start)
        self._block_starts = [block.start for block in self._blocks]
        self._annotations = placed
        self._suggestions = SpanIndex()
        self.refresh()

    def set_suggestions(self, suggestions: Iterable[Spanned]) -> None:
        """Passages proposed to the reader, drawn as dashed underlines until decided."""
        before = self._suggestions
        self._suggestions = SpanIndex(suggestions)
        for span in [*before, *self._suggestions]:
            self._stale(span)

    def set_colours(self, colours: dict[int, str]) -> None:
        self._colours = colours
        self.refresh()

    def set_underlines(self, underlines: dict[int, str]) -> None:
        self._underlines = underlines
        self.refresh()

    def refresh(self) -> None:
        """Every block is formatted afresh when next shown (colours, theme or sizes changed)."""
        self._fresh.clear()
        self._looks.clear()

    def add(self, annotation: Annotation) -> None:
        self._annotations.add(annotation)
        self._stale(annotation)

    def remove(self, annotation: Annotation) -> None:
        """Takes out the annotation with this id (its passage never moves while it is shown)."""
        shown = self._annotations.remove(annotation, lambda a: a.id == annotation.id)
        if shown is not None:
            self._stale(shown)

    def replace(self, annotation: Annotation) -> None:
        self.remove(annotation)
        self.add(annotation)

    def annotation_count(self) -> int:
        """How many annotations the reader has placed (those it draws as they come in view)."""
        return len(self._annotations)

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Annotations covering a code-point offset, innermost (shortest) first."""
        covering = self._annotations.overlapping(offset, offset + 1)
        return sorted(covering, key=lambda a: (a.end - a.start, a.start))

    def ensure_formatted(self, block: QTextBlock) -> None:
        """Gives a block its formats if it lacks its current ones.

        Setting them clears the block's layout, and Qt lays it out again, with them, when it next
        measures or paints it; marking the document dirty as well (as QSyntaxHighlighter does)
        would lay it out at once and a second time for the paint.
        """
        number = block.blockNumber()
        if number in self._fresh:
            return
        self._fresh.add(number)
        runs = self._runs(block)
        if runs:
            self._holding.add(number)
        elif number in self._holding:
            self._holding.discard(number)
        else:
            return  # most blank and plain lines: their layout is not even made
        block.layout().setFormats(self._format_ranges(runs))

    def all_formatted(self) -> bool:
        return len(self._fresh) >= self._document.blockCount()

    def format_ahead(self, first: int) -> Generator[None, None, None]:
        """Formats the blocks not yet shown, from block number `first` on, then those before
        it, yielding after each: run in slices while the reader waits, so that the text
        scrolled to later costs Qt's layout alone."""
        count = self._document.blockCount()
        for number in chain(range(first, count), range(min(first, count))):
            if number not in self._fresh:
                self.ensure_formatted(self._document.findBlockByNumber(number))
                yield

    def _format_ranges(self, runs: list[Run]) -> list[QTextLayout.FormatRange]:
        """The runs as Qt's format ranges. Qt copies ranges as they are set, so the same few
        serve every block, and formatting a block makes no new one."""
        pool = self._range_pool
        pool.extend(QTextLayout.FormatRange() for _ in range(len(runs) - len(pool)))
        for item, (start, length, fmt) in zip(pool, runs, strict=False):
            item.start, item.length, item.format = start, length, fmt
        return pool[: len(runs)]

    def _stale(self, span: Spanned) -> None:
        """Marks the blocks a span covers to be formatted again when next shown."""
        first = self._document.findBlock(self._map.to_utf16(span.start)).blockNumber()
        last = self._document.findBlock(self._map.to_utf16(max(span.start, span.end - 1)))
        self._fresh.difference_update(range(first, last.blockNumber() + 1))

    def _kind(self, start: int, end: int) -> BlockKind | None:
        """The kind of the structural block a line of text [start, end] belongs to."""
        at = bisect_right(self._block_starts, end) - 1
        if at < 0:
            return None
        block = self._blocks[at]
        return block.kind if block.end >= start else None

    def _runs(self, block: QTextBlock) -> list[Run]:
        """The block's formats, one run of text (start and length in UTF-16 units within the
        block) per stretch that looks the same."""
        position = block.position()
        length = block.length() - 1
        start = self._map.from_utf16(position)
        end = self._map.from_utf16(position + length)
        if start >= end:
            return []
        kind = self._kind(start, end)
        base = self.block_formats.get(kind) if kind is not None else None
        spans = self._annotations.overlapping(start, end)
        suggested = self._suggestions.overlapping(start, end)
        if not spans and not suggested:
            return [] if base is None else [(0, length, base)]
        spans.sort(key=_start)
        starts = [s.start for s in spans]
        ends = {s.end for s in spans}
        cuts, qt = self._cuts(start, end, position, starts, ends, suggested)
        # Each passage as a Covering: tuples compare in C, so keeping them innermost first
        # costs no call per comparison.
        entries = [(s.end - s.start, n, s.end, s.tag_id, s.coder) for n, s in enumerate(spans)]
        # One sweep along the block: the passages covering each stretch between two cuts are
        # those begun and not yet ended. Neighbouring stretches that look the same make one run.
        runs: list[Run] = []
        covering: list[Covering] = []
        proposed: list[Spanned] = []
        looks = self._looks.setdefault(kind, {})
        following, count = 0, len(entries)
        shown, shown_from = base, 0
        for number, cut in enumerate(cuts[:-1]):
            while following < count and starts[following] <= cut:
                insort(covering, entries[following])
                following += 1
            if cut in ends:
                covering = [c for c in covering if c[2] > cut]
            if suggested:
                proposed = [s for s in suggested if s.start <= cut < s.end]
            if proposed:
                look: Look | None = _suggested_look(covering, proposed)
            elif covering:  # most stretches: worked out here, without a call
                depth = len(covering)
                line_tag = covering[1][3] if depth > 1 else None
                look = (covering[0][3], covering[0][4], depth, line_tag, False)
            else:
                look = None
            fmt = base if look is None else looks.get(look) or self._format(kind, base, look)
            if fmt is not shown:
                if shown is not None and qt[shown_from] < qt[number]:
                    runs.append((qt[shown_from], qt[number] - qt[shown_from], shown))
                shown, shown_from = fmt, number
        if shown is not None:
            runs.append((qt[shown_from], qt[-1] - qt[shown_from], shown))
        return runs

    def _cuts(
        self,
        start: int,
        end: int,
        position: int,
        starts: list[int],
        ends: set[int],
        suggested: list[Spanned],
    ) -> tuple[list[int], list[int]]:
        """Where the look may change along a block's text [start, end]: its bounds, and where
        a passage (`starts`, `ends`) or a suggestion begins or ends within it; as code points,
        and as UTF-16 units from the block's `position`."""
        places = {start, end, *starts, *ends}
        if suggested:
            places.update(p for s in suggested for p in (s.start, s.end))
        cuts = sorted(places)
        # Passages reach past the block's bounds: the places within them are kept.
        cuts = cuts[bisect_left(cuts, start) : bisect_right(cuts, end)]
        if self._map.same_between(start, end):
            return cuts, [cut - start for cut in cuts]
        return cuts, [self._map.to_utf16(cut) - position for cut in cuts]

    def _format(
        self, kind: BlockKind | None, base: QTextCharFormat | None, look: Look
    ) -> QTextCharFormat:
        """How a stretch of text looks (kept for the next stretch that looks the same): the
        block's style, under the innermost annotation's tint (the enclosing one underlined in
        its colour; a colleague's dotted), or a suggestion's dashed underline."""
        inner_tag, coder, depth, line_tag, dashed = look
        theirs = inner_tag is not None and self.own_coder not in (None, coder)
        fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
        inner = "" if inner_tag is None else self._colours.get(inner_tag, "#888888")
        if inner:
            fmt.setBackground(solid_brush(tint(inner, depth, self.theme)))
        line = "" if line_tag is None else self._colours.get(line_tag, "#888888")
        if theirs and not line:
            line = inner
        chosen = "" if inner_tag is None else self._underlines.get(inner_tag, "")
        if chosen and not line and not dashed:
            # The tag's own underline, for a reader who does not tell the tints apart.
            fmt.setUnderlineStyle(UNDERLINE_STYLES[chosen])
            fmt.setUnderlineColor(QColor(inner))
        elif line:
            # The enclosing passage stays visible as an underline in its own colour; a
            # suggestion is only a dashed line, plainly not yet an annotation.
            style = QTextCharFormat.UnderlineStyle
            fmt.setUnderlineStyle(
                style.DashUnderline
                if dashed
                else style.DotLine
                if theirs
                else style.SingleUnderline
            )
            fmt.setUnderlineColor(QColor(line))
        self._looks[kind][look] = fmt
        return fmt


_UNDERLINE = QTextCharFormat.UnderlineStyle
UNDERLINE_STYLES = {
    "solid": _UNDERLINE.SingleUnderline,
    "dotted": _UNDERLINE.DotLine,
    "wavy": _UNDERLINE.WaveUnderline,
}


def _suggested_look(covering: list[Covering], proposed: list[Spanned]) -> Look:
    """How a stretch under suggestions looks, and under annotations (innermost first) if any:
    a suggestion's dashed underline shows where no second annotation underlines it."""
    if len(covering) > 1:
        line_tag, dashed = covering[1][3], False
    else:
        line_tag, dashed = min(proposed, key=lambda span: span.end - span.start).tag_id, True
    if not covering:
        return None, None, 0, line_tag, dashed
    return covering[0][3], covering[0][4], len(covering), line_tag, dashed


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
    caption.setForeground(solid_brush(theme.caption_ink))
    quote = QTextCharFormat()
    quote.setFontItalic(True)
    return {"title": title, "heading": heading, "caption": caption, "quote": quote}
