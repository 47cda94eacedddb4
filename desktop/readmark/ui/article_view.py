"""The reader: a read-only text view with highlights, converting Qt positions to code points.

Qt lays out and paints only the blocks in view; the highlights follow it, each block getting its
formats just before it is first painted (see highlighter.py), so that opening a long document
with many annotations costs what showing its text costs. The blocks out of view get theirs
afterwards, a few milliseconds at a time between paints, so that scrolling costs Qt's layout
(see highlight_painting.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QEvent, QPoint, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QMenu,
    QPlainTextEdit,
    QToolTip,
    QWidget,
)

from readmark.core.model import Annotation, Document, Tag
from readmark.core.span_index import SpanIndex, Spanned
from readmark.core.text import Block, Utf16Map, is_right_to_left
from readmark.ui.colours import LIGHT, ReadingTheme
from readmark.ui.drag_selection import snapped_to_words
from readmark.ui.highlight_painting import HighlightPainting
from readmark.ui.highlighter import AnnotationHighlighter, make_block_formats
from readmark.ui.line_folding import fold_lines
from readmark.ui.qt_numbers import TEXT_SELECTABLE_BY_MOUSE_AND_KEYBOARD

READING_FONTS = [
    "Literata",
    "Charter",
    "Georgia",
    "Source Serif 4",
    "Noto Serif",
    "Liberation Serif",
    "DejaVu Serif",
    "Times New Roman",
]
# About 70 characters a line: the width at which long reading stays comfortable.
MEASURE_EM = 34
MIN_SIDE_MARGIN = 24
MIN_TEXT_SIZE, MAX_TEXT_SIZE = 8.0, 40.0


class ArticleView(QPlainTextEdit):
    annotation_clicked = Signal(object)  # the innermost Annotation under a click
    theme_changed = Signal(object)  # the ReadingTheme now applied

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False  # until the first paint (see _repaint)
        self.setReadOnly(True)
        self.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE_AND_KEYBOARD)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(False)  # dropped files go to the window, which imports them
        self.setAccessibleName("Article")
        font = QFont()
        font.setFamilies(READING_FONTS)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(max(12.0, QFont().pointSizeF() * 1.3))
        self.setFont(font)
        self._normal_size = font.pointSizeF()
        self.setAutoFillBackground(True)
        self.document().setDocumentMargin(18)
        self._highlighter = AnnotationHighlighter(self.document())
        self._painting = HighlightPainting(self._highlighter)
        self.apply_theme(LIGHT)
        self._map = Utf16Map("")
        self.text = ""  # the document's canonical text, which offsets point into
        self._tag_actions: list[QAction] = []
        self._describe: Callable[[Annotation], str] | None = None
        self._folded: set[int] = set()  # numbers of the text blocks folded away
        self._after_paint: list[Callable[[], None]] = []
        # Formats the blocks out of view while the reader reads (see paintEvent), unless told
        # not to (a first look's few highlights would be formatted only to be replaced).
        self.formats_ahead = True
        self._exact_drag = False
        self._right_to_left = False

    # Content

    def show_document(
        self, document: Document, placed: SpanIndex[Annotation], tags: list[Tag]
    ) -> bool:
        """Shows a document and its highlights (`placed`, its passages with a place in the text,
        which the reader keeps up to date from now on); True when its text was shown already (the
        first look's article, now opened with the library), which keeps its layout, place and
        selection: only the highlights are taken afresh."""
        same_text = bool(self.text) and document.text == self.text
        self._align_for(document.text)
        # With the old highlights: the next paint starts afresh.
        self._painting.stop_formatting_ahead()
        self.text = document.text  # the library's copy: the first look's can go
        if not same_text:
            self._map = Utf16Map(document.text)
        self._highlighter.set_content(
            self._map, document.blocks, placed, {t.id: t.colour for t in tags}
        )
        if same_text:
            self._repaint()
            return True
        self._folded = set()
        self.setPlainText(document.text)
        return False

    def _align_for(self, text: str) -> None:
        """Right-aligns a right-to-left article (Arabic, Hebrew): Qt's plain text layout keeps
        every line to the left whatever its direction (each line's own order is Qt's, by the
        Unicode bidirectional algorithm, either way)."""
        right = is_right_to_left(text)
        if right == self._right_to_left:
            return  # a left-to-right article names no Qt namespace here (see readmark.ui)
        self._right_to_left = right
        align = QtCore.Qt.AlignmentFlag
        option = self.document().defaultTextOption()
        option.setAlignment(align.AlignRight if right else align.AlignLeft)
        self.document().setDefaultTextOption(option)

    def fold_blocks(self, blocks: list[Block]) -> None:
        """Hides the given blocks (and the blank line after each); shows every other line."""
        spans = ((self._map.to_utf16(b.start), self._map.to_utf16(b.end)) for b in blocks)
        hidden = fold_lines(self.document(), spans, self._folded)
        if hidden != self._folded:
            self._folded = hidden
            self._repaint()

    def add_annotation(self, annotation: Annotation) -> None:
        self._highlighter.add(annotation)
        self._repaint_span(annotation.start, annotation.end)

    def remove_annotation(self, annotation: Annotation) -> None:
        self._highlighter.remove(annotation)
        self._repaint_span(annotation.start, annotation.end)

    def change_annotation(self, annotation: Annotation) -> None:
        self._highlighter.replace(annotation)
        self._repaint_span(annotation.start, annotation.end)

    def placed_count(self) -> int:
        """How many annotations the reader holds, each drawn as its text comes into view."""
        return self._highlighter.annotation_count()

    @property
    def formatting_ahead(self) -> bool:
        """Whether the blocks out of view are still getting their formats, between paints."""
        return self._painting.formatting_ahead

    def run_after_paint(self, job: Callable[[], None]) -> None:
        """Runs `job` once the reader has next painted, so that slow work waits for the text."""
        self._after_paint.append(job)
        if self._painted:  # else the first paint is coming anyway
            self.viewport().update(0, 0, 1, 1)  # a paint, at no cost beside the one coming

    def _repaint(self) -> None:
        """Asks for a paint of the whole view, unless the first is still to come: before it,
        the first look waits for nothing else, and the first call of viewport() costs 12 ms
        (PySide looks up the type of what it returns)."""
        if self._painted:
            self.viewport().update()

    def _repaint_span(self, start: int, end: int) -> None:
        """Asks for a paint of the lines in view that [start, end) covers, and no more."""
        region = self._painting.lines_in_view(
            self, self._map.to_utf16(start), self._map.to_utf16(max(start, end - 1))
        )
        if not region.isEmpty():
            self.viewport().update(region)

    def set_suggestions(self, suggestions: Sequence[Spanned]) -> None:
        self._highlighter.set_suggestions(suggestions)
        self._repaint()

    def set_tag_colours(self, colours: dict[int, str]) -> None:
        self._highlighter.set_colours(colours)
        self._repaint()

    def set_tag_underlines(self, underlines: dict[int, str]) -> None:
        """Tags drawn underlined as well as tinted, by id: "solid", "dotted" or "wavy"."""
        self._highlighter.set_underlines(underlines)
        self._repaint()

    def set_own_coder(self, coder: str) -> None:
        """Whose passages are drawn plainly; other coders' are underlined with dots."""
        if self._highlighter.own_coder != coder:
            self._highlighter.own_coder = coder
            self._highlighter.refresh()
            self._repaint()

    def set_passage_describer(self, describe: Callable[[Annotation], str]) -> None:
        """How a passage under the mouse is named in its tooltip (its tag, coder and note), and
        to a screen reader the passages at the text cursor."""
        self._describe = describe
        self.cursorPositionChanged.connect(self._describe_cursor)

    def _describe_cursor(self) -> None:
        """The passages at the cursor as the reader's accessible description, which a screen
        reader says: a highlight is not told by its colour alone."""
        assert self._describe is not None
        covering = self.annotations_at(self.code_point(self.textCursor().position()))
        described = "; ".join(self._describe(a) for a in covering)
        if described != self.accessibleDescription():
            self.setAccessibleDescription(described)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip and self._describe is not None:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(event.pos()).position()
            covering = self.annotations_at(self._map.from_utf16(position))
            if covering:
                lines = [self._describe(a) for a in covering]
                QToolTip.showText(event.globalPos(), "\n".join(lines), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def set_tag_actions(self, actions: list[QAction]) -> None:
        self._tag_actions = actions

    # Positions in code points

    def set_reading_font(self, family: str) -> None:
        """Reads in `family`, falling back to the usual serif faces where it lacks a glyph."""
        font = self.font()
        font.setFamilies([family, *READING_FONTS])
        self.setFont(font)
        self._restyle()

    def set_text_size(self, step: int, size: float | None = None) -> float:
        """Steps the reading size up (1) or down (-1), back to normal (0), or to `size`."""
        if size is None:
            size = self._normal_size if step == 0 else self.font().pointSizeF() + step
        size = min(MAX_TEXT_SIZE, max(MIN_TEXT_SIZE, size))
        font = self.font()
        font.setPointSizeF(size)
        self.setFont(font)
        self._restyle()
        return size

    def apply_theme(self, theme: ReadingTheme) -> None:
        """Paper, ink and highlight tints of a light or dark reading theme."""
        palette = self.palette()
        styled = bool(self._highlighter.block_formats)
        if styled and theme == self.theme and palette.color(QPalette.ColorRole.Base) == theme.paper:
            return  # in this theme already: restyling would lay out the text in view again
        for role, colour in (
            (QPalette.ColorRole.Base, theme.paper),
            (QPalette.ColorRole.Window, theme.paper),
            (QPalette.ColorRole.Text, theme.ink),
        ):
            palette.setColor(role, colour)
        self.setPalette(palette)
        self._highlighter.theme = theme
        self._restyle()
        self.theme_changed.emit(theme)

    def _restyle(self) -> None:
        """Block styles and highlights in the current font and theme, block by block as shown."""
        self._highlighter.block_formats = make_block_formats(self.font(), self.theme)
        self._highlighter.refresh()
        self._fit_column()  # ems of the new font
        self._repaint()

    @property
    def theme(self) -> ReadingTheme:
        return self._highlighter.theme

    def clear_document(self) -> None:
        self.text = ""
        self._map = Utf16Map("")
        self._highlighter.set_content(self._map, [], SpanIndex(), {})
        self._folded = set()
        self._painting.stop_formatting_ahead()
        self.setPlainText("")

    def code_point(self, position: int) -> int:
        """The code-point offset of a Qt (UTF-16) position."""
        return self._map.from_utf16(position)

    def qt_position(self, offset: int) -> int:
        """Qt's position (UTF-16) of a code-point offset."""
        return self._map.to_utf16(offset)

    def selected_span(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return (
            self._map.from_utf16(cursor.selectionStart()),
            self._map.from_utf16(cursor.selectionEnd()),
        )

    def select_span(self, start: int, end: int) -> None:
        """Selects [start, end) and scrolls it into the middle of the view."""
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def annotations_at(self, offset: int) -> list[Annotation]:
        return self._highlighter.annotations_at(offset)

    def reading_position(self) -> int:
        """Code-point offset of the first line shown."""
        cursor = self.cursorForPosition(self.viewport().rect().topLeft())
        return self._map.from_utf16(cursor.position())

    def scroll_to(self, offset: int) -> None:
        """Scrolls so that the line holding `offset` is at the top."""
        block = self.document().findBlock(self._map.to_utf16(offset))
        layout = block.layout()
        line = layout.lineForTextPosition(self._map.to_utf16(offset) - block.position())
        within = line.lineNumber() if line.isValid() else 0
        self.verticalScrollBar().setValue(block.firstLineNumber() + within)

    # Events

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 (Qt override)
        # Each block is formatted before it is laid out, so that Qt lays it out once, with its
        # formats: the new top block before Qt scrolls to it (formatting it lays nothing out,
        # which would move the scroll bar under Qt's feet), the rest before anything watching
        # the scroll bar (or the paint) measures them.
        line = self.verticalScrollBar().value()
        self._highlighter.ensure_formatted(self.document().findBlockByLineNumber(line))
        was_top, was_at = self.firstVisibleBlock(), self.contentOffset().y()
        super().scrollContentsBy(dx, dy)
        self._painting.format_blocks_from(
            self,
            self.firstVisibleBlock(),
            self.contentOffset().y(),
            self.maximumViewportSize().height(),
        )
        # Within a screenful (dy counts lines), Qt moves the pixels shown by whole pixels and
        # paints only the strip it uncovers; but the lines' heights are fractional (the reader's
        # sizes and styles): where the text sat or moved by a fraction of a pixel, rows of text
        # and highlights showed out of place, doubled or left behind, until painted again.
        if dy and abs(dy) * self.fontMetrics().height() < self.viewport().height():
            now_at = self.contentOffset().y()
            moved = self.blockBoundingGeometry(was_top).translated(0, now_at).y() - was_at
            if any(y != round(y) for y in (was_at, now_at, moved)):
                self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self._painted = True
        self._painting.format_blocks_from(
            self, self.firstVisibleBlock(), self.contentOffset().y(), event.rect().bottom()
        )
        super().paintEvent(event)
        if self.formats_ahead:
            self._painting.format_ahead(self)
        if self._after_paint:
            jobs, self._after_paint = self._after_paint, []
            for job in jobs:  # posted, so that they run after the paint reaches the screen
                QTimer.singleShot(0, self, job)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # Before the scroll area sizes the viewport: margins set after it would size it again,
            # and every new viewport width lays the whole text out anew.
            self._fit_column()
        return super().event(event)

    def _fit_column(self) -> None:
        """Side margins that keep the lines MEASURE_EM ems long however wide the reader is, so
        that a window a few pixels wider or narrower does not reflow the text."""
        spare = self.width() - self.fontMetrics().horizontalAdvance("M") * MEASURE_EM
        left = max(MIN_SIDE_MARGIN, spare // 2)
        right = max(MIN_SIDE_MARGIN, spare - spare // 2)  # an odd pixel too: the same column
        margins = self.viewportMargins()
        if (margins.left(), margins.right()) != (left, right):
            self.setViewportMargins(left, 0, right, 0)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        # Alt held as the drag begins selects exact characters (see _snap_drag_to_words).
        self._exact_drag = bool(event.modifiers() & QtCore.Qt.KeyboardModifier.AltModifier)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseMoveEvent(event)
        if event.buttons() & QtCore.Qt.MouseButton.LeftButton:
            self._snap_drag_to_words()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        super().mouseReleaseEvent(event)
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self._snap_drag_to_words()
        if event.button() != QtCore.Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        offset = self._map.from_utf16(self.cursorForPosition(event.position().toPoint()).position())
        covering = self.annotations_at(offset)
        if covering:
            self.annotation_clicked.emit(covering[0])

    def _snap_drag_to_words(self) -> None:
        """A drag selects whole words, as in a word processor, so that a passage does not end
        mid-word; begun with Alt held, it selects exact characters."""
        if self._exact_drag:
            return
        cursor = self.textCursor()
        snapped = snapped_to_words(self.text, self._map, cursor.anchor(), cursor.position())
        if snapped is not None:
            anchor, position = snapped
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def context_menu(self, position: QPoint) -> QMenu:
        """The right-click menu: Qt's own entries (copy, select all) and the tags."""
        menu = self.createStandardContextMenu(position)
        if self._tag_actions:
            menu.addSeparator()
            menu.addActions(self._tag_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
