"""A strip beside the reader's scroll bar: where the highlights are, by tag colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from readmark.core.model import Annotation
from readmark.ui.colours import LIGHT, TRANSPARENT, ReadingTheme

STRIP_WIDTH = 12
# The strip follows a change of the highlights this much later, once for a burst of changes.
RECOUNT_DELAY_MS = 50


class OverviewStrip(QWidget):
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
        self._marks: dict[int, str] = {}  # by pixel row, as last counted
        self._marks_height = 0
        self._changed = True  # the highlights changed since the marks were counted
        self.theme = LIGHT  # the reader's: the strip stands beside its paper
        # The marks drawn once for the marks and size they show: a scroll, which repaints the
        # strip each time, then copies them (drawing 700 of them was 4.6 ms at 50,000).
        self._drawing = QPixmap()
        self._drawn: dict[int, str] | None = None
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self.update)
        self.setFixedWidth(STRIP_WIDTH)
        self.setToolTip("Where the highlights are; click to go there")
        self.setAccessibleName("Highlights overview")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(STRIP_WIDTH, 100)

    def set_theme(self, theme: ReadingTheme) -> None:
        self.theme = theme
        self.update()

    def set_length(self, length: int) -> None:
        self._length = length
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)  # there is a place to click
        self.update()

    def set_visible_part(self, top: float, bottom: float) -> None:
        """The part of the document on screen, as fractions of its length."""
        self._visible = (top, bottom)
        self.update()  # the marks stay as they are: scrolling only moves the shaded part

    def highlights_changed(self, *_changed: object) -> None:
        """Marks the highlights as changed (the window calls this when annotations or tags do).

        Working the marks out takes milliseconds at 50,000 annotations, so it waits a little:
        a key press paints its highlight in the reader first, and a burst of changes (a held
        key, repeated undos) costs one recount."""
        self._changed = True
        self._recount.start()

    def marks(self) -> dict[int, str]:
        """The colour drawn at each pixel row: the innermost passage wins where several meet."""
        height = max(1, self.height() - 2)
        if self._changed or self._marks_height != height:
            self._marks = self._count_marks(height)
            self._marks_height, self._changed = height, False
        return self._marks

    def _count_marks(self, height: int) -> dict[int, str]:
        if self._length <= 0:
            return {}
        scale = height / self._length
        innermost: dict[int, tuple[int, int]] = {}  # pixel row: (span, tag id)
        for annotation in self._annotations():
            if annotation.orphaned:
                continue
            start, end = annotation.start, annotation.end
            span = end - start
            first = int(start * scale)
            for row in range(first, min(max(first, int(end * scale)), height) + 1):
                held = innermost.get(row)
                if held is None or span < held[0]:
                    innermost[row] = (span, annotation.tag_id)
        colours = {tag_id: self._colours(tag_id) for _, tag_id in innermost.values()}
        return {row: colours[tag_id] for row, (_, tag_id) in innermost.items()}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.theme.strip)
        top, bottom = self._visible
        height = self.height() - 2
        painter.fillRect(
            QRectF(0, 1 + top * height, self.width(), max(2.0, (bottom - top) * height)),
            self.theme.strip_shade,
        )
        # Until the recount is due (a scroll may paint sooner), the marks as last counted.
        marks = self._marks if self._recount.isActive() else self.marks()
        painter.drawPixmap(0, 0, self._drawing_of(marks))
        painter.end()

    def _drawing_of(self, marks: dict[int, str]) -> QPixmap:
        scale = self.devicePixelRatioF()
        size = self.size() * scale
        if marks is not self._drawn or self._drawing.size() != size:
            drawing = QPixmap(size)
            drawing.setDevicePixelRatio(scale)
            drawing.fill(TRANSPARENT)
            painter = QPainter(drawing)
            for row, colour in marks.items():
                painter.fillRect(QRectF(2, 1 + row, self.width() - 4, 2), QColor(colour))
            painter.end()
            self._drawing, self._drawn = drawing, marks
        return self._drawing

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        fraction = min(1.0, max(0.0, (event.position().y() - 1) / max(1, self.height() - 2)))
        self.position_chosen.emit(fraction)
