"""A strip beside the reader's scroll bar: where the highlights are, by tag colour."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from readmark.core.model import Annotation

STRIP_WIDTH = 12


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
        self.setFixedWidth(STRIP_WIDTH)
        self.setToolTip("Where the highlights are; click to go there")
        self.setAccessibleName("Highlights overview")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(STRIP_WIDTH, 100)

    def set_length(self, length: int) -> None:
        self._length = length
        self.update()

    def set_visible_part(self, top: float, bottom: float) -> None:
        """The part of the document on screen, as fractions of its length."""
        self._visible = (top, bottom)
        self.update()

    def marks(self) -> dict[int, str]:
        """The colour drawn at each pixel row: the innermost passage wins where several meet."""
        height = max(1, self.height() - 2)
        rows: dict[int, tuple[int, str]] = {}
        if self._length <= 0:
            return {}
        for annotation in self._annotations():
            if annotation.orphaned:
                continue
            span = annotation.end - annotation.start
            first = int(annotation.start / self._length * height)
            last = max(first, int(annotation.end / self._length * height))
            for row in range(first, min(last, height) + 1):
                if row not in rows or span < rows[row][0]:
                    rows[row] = (span, self._colours(annotation.tag_id))
        return {row: colour for row, (_, colour) in rows.items()}

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#efebe4"))
        top, bottom = self._visible
        height = self.height() - 2
        painter.fillRect(
            QRectF(0, 1 + top * height, self.width(), max(2.0, (bottom - top) * height)),
            QColor(0, 0, 0, 28),
        )
        for row, colour in self.marks().items():
            painter.fillRect(QRectF(2, 1 + row, self.width() - 4, 2), QColor(colour))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        fraction = min(1.0, max(0.0, (event.position().y() - 1) / max(1, self.height() - 2)))
        self.position_chosen.emit(fraction)
