"""Window and dialog sizes that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitted(wanted: QSize, widget: QWidget) -> QSize:
    """`wanted`, or nine tenths of the free area of the widget's screen where that is smaller:
    a laptop's 1366 x 768 screen has no room for 820 pixels of window and its title bar."""
    return wanted.boundedTo(widget.screen().availableGeometry().size() * 0.9)
