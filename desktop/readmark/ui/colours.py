"""Colours the reader paints with: the paper, tag tints that keep text readable, tag icons, and
the notes above the reader."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPalette, QPixmap


@dataclass(frozen=True)
class ReadingTheme:
    name: str
    paper: QColor
    ink: QColor
    caption_ink: QColor
    # How strongly one layer of highlight tints the paper: enough to see, not enough to hide
    # the text (black on the light paper, near-white on the dark one).
    tint_alpha: float
    # The highlights strip beside the scroll bar: its ground, and the shade over the part shown.
    strip: QColor
    strip_shade: QColor


LIGHT = ReadingTheme(
    "light",
    QColor("#fdfbf7"),
    QColor("#23201c"),
    QColor("#5b554e"),
    0.30,
    QColor("#efebe4"),
    QColor(0, 0, 0, 28),
)
DARK = ReadingTheme(
    "dark",
    QColor("#1d1c1a"),
    QColor("#e9e4da"),
    QColor("#b3ab9f"),
    0.42,
    QColor("#2b2926"),
    QColor(255, 255, 255, 34),
)
# White and yellow on black, for low vision: the strongest contrast a screen gives; highlights
# tinted lightly enough that white text on two layers of them keeps 7:1 (WCAG AAA).
HIGH_CONTRAST = ReadingTheme(
    "high-contrast",
    QColor("#000000"),
    QColor("#ffffff"),
    QColor("#ffff00"),
    0.30,
    QColor("#000000"),
    QColor(255, 255, 0, 90),
)
THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}
# Qt.GlobalColor.transparent, but not from the Qt namespace (see readmark.ui).
TRANSPARENT = QColor(0, 0, 0, 0)
# The bars above the reader (an offer, an exercise's instructions) are warm notes: pale yellow
# under the light theme's ink, deep amber under the dark theme's. (paper, edge, ink) by theme.
NOTICE_COLOURS = {
    "light": (QColor("#fff4d6"), QColor("#e6d3a3"), LIGHT.ink),
    "dark": (QColor("#3b3323"), QColor("#5c4d30"), DARK.ink),
    "high-contrast": (QColor("#000000"), QColor("#ffff00"), QColor("#ffff00")),
}


def notice_style(object_name: str, theme: str) -> str:
    """A style sheet giving the widget of this object name, and its labels, a note's look in
    the theme ("light", "dark" or "high-contrast")."""
    paper, edge, ink = NOTICE_COLOURS[theme]
    return (
        f"#{object_name} {{ background: {paper.name()}; "
        f"border-bottom: 1px solid {edge.name()}; }} "
        f"#{object_name} QLabel {{ color: {ink.name()}; }}"
    )


def tint(colour: str, layers: int = 1, theme: ReadingTheme = LIGHT) -> QColor:
    """The tag colour laid `layers` times over the theme's paper."""
    base, paper = QColor(colour), theme.paper
    keep = (1 - theme.tint_alpha) ** layers
    return QColor(
        round(paper.red() * keep + base.red() * (1 - keep)),
        round(paper.green() * keep + base.green() * (1 - keep)),
        round(paper.blue() * keep + base.blue() * (1 - keep)),
    )


def solid_brush(colour: QColor) -> QBrush:
    """A brush of the colour, as QBrush(colour) would be: that call makes the Qt namespace (PySide
    weighs the overload taking a Qt.GlobalColor), which the first look does not wait for (see
    readmark.ui); a palette makes the brush without it."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, colour)
    return palette.brush(QPalette.ColorRole.Text)


def tag_icon(colour: str, size: int = 16) -> QIcon:
    """A round swatch of the tag's colour, for buttons and menus (the first look's toolbar has
    them: drawn as a path, as QPainter.setPen and setBrush would make the Qt namespace)."""
    icon = QIcon()
    swatch = QPainterPath()
    swatch.addEllipse(2, 2, size - 4, size - 4)
    for scale in (1, 2):  # crisp on high-DPI screens too
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(TRANSPARENT)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(swatch, solid_brush(tint(colour, 3)))
        edge = painter.pen()
        edge.setColor(QColor(colour).darker(130))
        painter.strokePath(swatch, edge)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
