"""A ring around the pane that has the keys: Fusion marks a focused field or button, but not a
focused list, table, note or the article, so a keyboard user would not see where they are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QRegion
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shiboken6 import isValid

from readmark.ui.application_theme import RING_WIDTH_PROPERTY

RING_WIDTH = 2  # pixels, unless the theme asks for more


class FocusRing(QWidget):
    """A band just inside the focused pane's edge, over its content, in the palette's
    highlight. Drawn by us, not the style: the panes sit edge to edge in docks and splitters,
    where a frame outside them (QFocusFrame's) is cut off."""

    def __init__(self) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._pane: QWidget | None = None

    def follow(self, pane: QWidget | None) -> None:
        if self._pane is not None and isValid(self._pane):
            self._pane.removeEventFilter(self)
        self._pane = pane
        if pane is None:
            self.hide()
            return
        self.setParent(pane)
        pane.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._pane and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and self._pane is not None:
            self._fit()  # a new theme may draw the ring thicker
        super().changeEvent(event)

    def _fit(self) -> None:
        assert self._pane is not None
        rect = self._pane.rect()
        width = ring_width()
        self.setGeometry(rect)
        # Only the band is the ring's: the pane's content shows, and takes clicks, inside it.
        self.setMask(QRegion(rect) - QRegion(rect.adjusted(width, width, -width, -width)))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        QPainter(self).fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Highlight))


def ring_width() -> int:
    app = QApplication.instance()
    chosen = app.property(RING_WIDTH_PROPERTY) if app is not None else None
    return int(chosen) if chosen else RING_WIDTH


_ring: FocusRing | None = None
_following = False


def show_focus_rings() -> None:
    """From now on a ring marks the focused pane (article, list, table, note) in every window."""
    global _following
    app = QApplication.instance()
    if not _following and isinstance(app, QApplication):
        app.focusChanged.connect(_on_focus_changed)
        _following = True
        _on_focus_changed(None, app.focusWidget())


def _on_focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    global _ring
    pane = new if isinstance(new, QAbstractScrollArea) and not new.isWindow() else None
    if _ring is None or not isValid(_ring):  # it lives in a pane, and went with it
        if pane is None:
            return
        _ring = FocusRing()
    _ring.follow(pane)
