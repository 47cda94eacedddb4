"""A strip beside the reader's scroll bar: where the highlights are, by tag colour."""

from __future__ import annotations

from collections.abc import Callable, Generator

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from readmark.core.model import Annotation
from readmark.core.steps import run_to_end
from readmark.ui.colours import LIGHT, TRANSPARENT, ReadingTheme
from readmark.ui.sliced_work import SlicedWork
from readmark.ui.translation import tr

STRIP_WIDTH = 12

# Passages placed between two looks at the clock while counting them all.
COUNTED_A_STEP = 500
# What a passage leaves on a pixel row: its length, then its tag; the smallest wins the row.
Key = tuple[int, int]
ONE_PIXEL = QRectF(0, 0, 1, 1)


class OverviewStrip(QWidget):
    """Where the highlights are, by pixel row. Each row holds the passages over it, so that a
    passage added, changed or removed (a tag, an undo) redraws its own rows at once; the whole
    strip is counted again only for a new document, a new height or news from outside."""

    position_chosen = Signal(float)  # 0..1: how far into the document the reader clicked

    def __init__(
        self,
        annotations: Callable[[], list[Annotation]],
        colours: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._annotations = annotations
        self._colours = colours
        self._length = 0
        self._visible = (0.0, 0.0)
        self._rows: dict[int, list[Key]] = {}  # by pixel row: the passages over it
        self._placed: dict[str, tuple[Key, range]] = {}  # by annotation id
        self._marks: dict[int, int] = {}  # by pixel row: the tag drawn there
        self._counted_height = -1  # the height the rows were counted for; -1: count again
        self._counting: SlicedWork[None] | None = None  # a count running between paints
        self.theme = LIGHT  # the reader's: the strip stands beside its paper
        # The marks drawn once: a scroll, which repaints the strip each time, copies them, and a
        # change redraws only the rows it touched (`_redraw`), None when all are to be drawn.
        self._drawing = QPixmap()
        self._redraw: set[int] | None = None
        self._swatches: dict[int, QPixmap] = {}  # by colour (QColor.rgba): see _fill()
        self.setFixedWidth(STRIP_WIDTH)
        self.setToolTip(tr("Where the highlights are; click to go there"))
        self.setAccessibleName(tr("Highlights overview"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(STRIP_WIDTH, 100)

    def set_theme(self, theme: ReadingTheme) -> None:
        self.theme = theme
        self.update()

    def read_from(
        self, annotations: Callable[[], list[Annotation]], colours: Callable[[int], str]
    ) -> None:
        """Marks the passages `annotations` lists from now on (the library's, once it is open),
        counting them again at the next paint."""
        self._annotations, self._colours = annotations, colours
        self.highlights_changed()

    def set_length(self, length: int) -> None:
        self._length = length
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)  # there is a place to click
        self.highlights_changed()

    def set_visible_part(self, top: float, bottom: float) -> None:
        """The part of the document on screen, as fractions of its length."""
        self._visible = (top, bottom)
        self.update()  # the marks stay as they are: scrolling only moves the shaded part

    def highlights_changed(self, *_changed: object) -> None:
        """Counts every passage again from the next paint on (a new document, news from
        outside)."""
        self._counted_height = -1
        self._stop_counting()
        self.update()

    def colours_changed(self) -> None:
        """The tags' colours changed: the same marks, drawn again."""
        self._redraw = None
        self.update()

    def add_annotation(self, annotation: Annotation) -> None:
        if self._counted_height < 0:
            self.highlights_changed()  # a count running may have passed its place
            return
        if annotation.orphaned:
            return  # not shown
        key = (annotation.end - annotation.start, annotation.tag_id)
        rows = self._rows_of(annotation.start, annotation.end, self._counted_height)
        self._placed[annotation.id] = (key, rows)
        for row in rows:
            self._rows.setdefault(row, []).append(key)
            self._mark(row)
        self.update()

    def remove_annotation(self, annotation: Annotation) -> None:
        if self._counted_height < 0:
            self.highlights_changed()  # a count running may have passed its place
            return
        placed = self._placed.pop(annotation.id, None)
        if placed is None:
            return
        key, rows = placed
        for row in rows:
            keys = self._rows[row]
            keys.remove(key)
            if not keys:
                del self._rows[row]
            self._mark(row)
        self.update()

    def change_annotation(self, annotation: Annotation) -> None:
        self.remove_annotation(annotation)  # by its id: where it was
        self.add_annotation(annotation)

    def marks(self) -> dict[int, str]:
        """The colour drawn at each pixel row: the innermost passage wins where several meet."""
        self._count_if_due()
        return {row: self._colours(tag_id) for row, tag_id in sorted(self._marks.items())}

    def _count_if_due(self) -> None:
        """Counts every passage now, if they are not counted for this height."""
        if self._counted_height != self._height():
            self._stop_counting()
            run_to_end(self._count(self._height()))

    def _height(self) -> int:
        return max(1, self.height() - 2)

    def _count(self, height: int) -> Generator[None, None, None]:
        """Places every passage on its rows, yielding now and then (see SlicedWork), so that a
        book's passages never hold the window still."""
        rows: dict[int, list[Key]] = {}
        placed: dict[str, tuple[Key, range]] = {}
        if self._length > 0:
            for number, annotation in enumerate(self._annotations()):
                if annotation.orphaned:
                    continue
                key = (annotation.end - annotation.start, annotation.tag_id)
                spanned = self._rows_of(annotation.start, annotation.end, height)
                placed[annotation.id] = (key, spanned)
                for row in spanned:
                    rows.setdefault(row, []).append(key)
                if number % COUNTED_A_STEP == 0:
                    yield
        self._rows, self._placed = rows, placed
        self._marks = {row: min(keys)[1] for row, keys in rows.items()}
        self._counted_height, self._redraw = height, None

    def _stop_counting(self) -> None:
        if self._counting is not None:
            self._counting.cancel()
            self._counting = None

    def _counted(self, _: None) -> None:
        self._counting = None
        self.update()

    def _rows_of(self, start: int, end: int, height: int) -> range:
        scale = height / self._length if self._length > 0 else 0.0
        first = int(start * scale)
        return range(first, min(max(first, int(end * scale)), height) + 1)

    def _mark(self, row: int) -> None:
        """Works out one row's mark again, and has it drawn if it changed."""
        keys = self._rows.get(row)
        tag_id = min(keys)[1] if keys else None
        if self._marks.get(row) == tag_id:
            return
        if tag_id is None:
            del self._marks[row]
        else:
            self._marks[row] = tag_id
        if self._redraw is not None:
            self._redraw.add(row)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if self._counted_height != self._height() and self._counting is None:
            # Counted between paints: the strip shows no marks until then.
            self._marks, self._redraw = {}, None
            self._counting = SlicedWork(self._count(self._height()), self._counted, self)
            self._counting.start_soon()
        painter = QPainter(self)
        self._fill(painter, QRectF(self.rect()), self.theme.strip)
        top, bottom = self._visible
        height = self.height() - 2
        self._fill(
            painter,
            QRectF(0, 1 + top * height, self.width(), max(2.0, (bottom - top) * height)),
            self.theme.strip_shade,
        )
        painter.drawPixmap(0, 0, self._drawn())
        painter.end()

    def _drawn(self) -> QPixmap:
        """The marks drawn: all of them afresh, or only the rows that changed since."""
        scale = self.devicePixelRatioF()
        size = self.size() * scale
        if self._redraw is None or self._drawing.size() != size:
            self._drawing = QPixmap(size)
            self._drawing.setDevicePixelRatio(scale)
            self._drawing.fill(TRANSPARENT)
            painter = QPainter(self._drawing)
            for row in sorted(self._marks):  # in order: a mark's lower pixel is the next row's
                self._fill(painter, QRectF(2, 1 + row, self.width() - 4, 2), self._colour(row))
        else:
            # A mark is two pixels high, the lower one drawn over by the next row's mark: a
            # changed row touches its own top pixel and the one below.
            painter = QPainter(self._drawing)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            for pixel in {near for row in self._redraw for near in (row, row + 1)}:
                tag_row = pixel if pixel in self._marks else pixel - 1
                shown = self._colour(tag_row) if tag_row in self._marks else TRANSPARENT
                self._fill(painter, QRectF(2, 1 + pixel, self.width() - 4, 1), shown)
        painter.end()
        self._redraw = set()
        return self._drawing

    def _colour(self, row: int) -> QColor:
        return QColor(self._colours(self._marks[row]))

    def _fill(self, painter: QPainter, area: QRectF, colour: QColor) -> None:
        """Fills an area as QPainter.fillRect would, with a one-pixel swatch stretched over it:
        PySide makes the Qt namespace's enums at the first fillRect of a process, and the strip
        paints with the first look, which does not wait for them (see readmark.ui)."""
        swatch = self._swatches.get(colour.rgba())
        if swatch is None:
            swatch = self._swatches[colour.rgba()] = QPixmap(1, 1)
            swatch.fill(colour)
        painter.drawPixmap(area, swatch, ONE_PIXEL)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        fraction = min(1.0, max(0.0, (event.position().y() - 1) / max(1, self.height() - 2)))
        self.position_chosen.emit(fraction)
