"""When the reader's blocks get their highlights, and what is painted again when one changes.

Each block is given its formats before Qt lays it out, so that Qt lays it out once, with them:
the blocks coming into view just before they are measured and painted, the rest a few
milliseconds at a time between paints (see article_view.py).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QPlainTextEdit

from readmark.ui.highlighter import AnnotationHighlighter
from readmark.ui.sliced_work import AHEAD, SlicedWork


class HighlightPainting:
    """Formats the reader's blocks for its highlighter: those in view at once, the others
    ahead of the reader, between paints. The view is passed to each call, not kept: the view
    keeps this, and a cycle would outlive the view's deletion until Python's collector ran."""

    def __init__(self, highlighter: AnnotationHighlighter) -> None:
        self._highlighter = highlighter
        self._ahead: SlicedWork[None] | None = None

    @property
    def formatting_ahead(self) -> bool:
        """Whether the blocks out of view are still getting their formats, between paints."""
        return self._ahead is not None

    def format_ahead(self, view: QPlainTextEdit) -> None:
        """Gives the rest of the text its formats between paints, after those shown now."""
        if self._ahead is None and not self._highlighter.all_formatted():
            first = view.firstVisibleBlock().blockNumber()
            steps = self._highlighter.format_ahead(first)
            self._ahead = SlicedWork(steps, self._ahead_done, view, AHEAD)
            self._ahead.start_soon()

    def stop_formatting_ahead(self) -> None:
        if self._ahead is not None:
            self._ahead.cancel()
            self._ahead = None

    def _ahead_done(self, _: None) -> None:
        self._ahead = None

    def format_blocks_from(
        self, view: QPlainTextEdit, block: QTextBlock, top: float, bottom: float
    ) -> None:
        """Gives the blocks from `block` (whose top is at `top`) down to `bottom` their formats,
        each before it is measured, so that Qt lays it out once, with them."""
        while block.isValid() and top <= bottom:
            if block.isVisible():
                self._highlighter.ensure_formatted(block)
                top += view.blockBoundingRect(block).height()
            block = block.next()

    def lines_in_view(self, view: QPlainTextEdit, first: int, last: int) -> QRect:
        """The part of the view that shows the lines holding the Qt positions `first` to
        `last`: every pixel row those lines touch, rounded out; empty if none is in view."""
        document = view.document()
        first_line = document.findBlock(first).blockNumber()
        last_line = document.findBlock(last).blockNumber()
        block = view.firstVisibleBlock()
        top = view.contentOffset().y()
        width, bottom = view.viewport().width(), view.viewport().height()
        region = QRect()
        while block.isValid() and top <= bottom and block.blockNumber() <= last_line:
            height = view.blockBoundingRect(block).height() if block.isVisible() else 0.0
            if block.blockNumber() >= first_line:
                region = region.united(QRectF(0, top, width, height).toAlignedRect())
            top += height
            block = block.next()
        return region
