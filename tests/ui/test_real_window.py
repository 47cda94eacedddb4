"""On a real window system: the X server maps the window and holds what it painted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow


@pytest.mark.xcb
def test_the_window_is_mapped_on_the_x_server_and_shows_the_article(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The rerun under Xvfb really is on xcb, not offscreen again.
    assert QGuiApplication.platformName() == "xcb"
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(window.view.text))
    # What the X server holds for the window, not what Qt would paint into an image.
    screen = window.screen().grabWindow(window.winId())
    reader = window.view.viewport()
    corner = reader.mapTo(window, reader.rect().topLeft())
    shown = screen.copy(corner.x(), corner.y(), reader.width(), reader.height()).toImage()
    colours = {shown.pixel(x, y) for x in range(0, shown.width(), 7) for y in range(0, 200, 3)}
    assert len(colours) > 2, "the reader on the X server is blank"
