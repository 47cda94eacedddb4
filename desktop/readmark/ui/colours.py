"""Colours the reader paints with: the paper, tag tints that keep text readable, tag icons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

PAPER = QColor("#fdfbf7")
INK = QColor("#23201c")
CAPTION_INK = QColor("#5b554e")  # still 7:1 on the paper
# How strongly one layer of highlight tints the paper: light enough for text to stay readable.
TINT_ALPHA = 0.30


def tint(colour: str, layers: int = 1, paper: QColor = PAPER) -> QColor:
    """The tag colour laid `layers` times over the paper at TINT_ALPHA."""
    base = QColor(colour)
    keep = (1 - TINT_ALPHA) ** layers
    return QColor(
        round(paper.red() * keep + base.red() * (1 - keep)),
        round(paper.green() * keep + base.green() * (1 - keep)),
        round(paper.blue() * keep + base.blue() * (1 - keep)),
    )


def tag_icon(colour: str, size: int = 16) -> QIcon:
    """A round swatch of the tag's colour, for buttons and menus."""
    icon = QIcon()
    for scale in (1, 2):  # crisp on high-DPI screens too
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colour).darker(130))
        painter.setBrush(tint(colour, 3))
        painter.drawEllipse(2, 2, size - 4, size - 4)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
