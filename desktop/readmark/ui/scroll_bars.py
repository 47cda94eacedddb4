"""Scroll bars that repaint alone."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollBar, QStyle


def fill_scroll_bar(scroll_bar: QScrollBar) -> None:
    """Gives a scroll bar its own background, so that a change of its range or position repaints
    it alone and not the panels beneath it. Overlay scroll bars
    stay see-through."""
    if not scroll_bar.style().styleHint(QStyle.StyleHint.SH_ScrollBar_Transient, None, scroll_bar):
        scroll_bar.setAutoFillBackground(True)
