"""Window and dialog sizes that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitted(wanted: QSize, widget: QWidget) -> QSize:
    """`wanted`, or nine tenths of the free area of the widget's screen where that is smaller:
    a laptop's 1366 x 768 screen has no room for 820 pixels of window and its title bar."""
    return wanted.boundedTo(widget.screen().availableGeometry().size() * 0.9)


def grow_to_wrapped_text(dialog: QWidget) -> None:
    """Makes a dialog taller, within its screen, where its wrapped labels need more lines than
    it has room for (a larger text size): Qt holds a dialog to its layout's minimum, which
    counts a wrapped label as one line."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width())
    room = int(dialog.screen().availableGeometry().height() * 0.9)
    if needed > dialog.height():
        dialog.resize(dialog.width(), min(needed, room))
