"""The dark theme is the whole application's: every part of the window, its menus and its
dialogs are dark, not the article alone."""

from __future__ import annotations

import os
from collections import Counter

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow, select_text

# The lightness (0-255) above which a part's ground reads as light: the dark palette's
# lightest ground is the buttons' (about 50), the light one's darkest its frames (about 190).
DARK_ENOUGH = 100


def ground(picture: QImage, region: QRect) -> QColor:
    """The colour most of a region is painted in (its text and icons aside)."""
    counts = Counter(
        picture.pixel(x, y)
        for x in range(region.left(), region.right() + 1, 2)
        for y in range(region.top(), region.bottom() + 1, 2)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def in_window(window: MainWindow, part: QWidget) -> QRect:
    """Where a part of the window is, in the window's picture."""
    assert part.isVisible(), part
    return QRect(part.mapTo(window, QPoint(0, 0)), part.size())


def light_parts(picture: QImage, parts: dict[str, QRect]) -> dict[str, str]:
    """The parts whose ground is light, with its colour."""
    grounds = {name: ground(picture, region) for name, region in parts.items()}
    return {name: c.name() for name, c in grounds.items() if c.lightness() >= DARK_ENOUGH}


def test_the_dark_theme_darkens_every_part_of_the_window(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    select_text(window, "Such an attack")
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # a row in the panel
    window.commands.menus.comfort.theme_actions["dark"].trigger()
    QApplication.processEvents()  # the new palette reaches the widgets with the next events
    qtbot.wait(100)

    picture = window.grab().toImage()
    if os.environ.get("READMARK_KEEP_PICTURES"):
        picture.save(os.path.join(os.environ["READMARK_KEEP_PICTURES"], "dark-window.png"))
    parts = {
        "library list": window.document_list.viewport(),
        "library dock": window.library_dock,
        "repeats bar": window.repeats_bar,
        "annotation panel": window.panel,
        "panel's tabs": window.side_tabs.tabBar(),
        "toolbar": window.toolbar,
        "menu bar": window.menuBar(),
        "status bar": window.statusBar(),
        "reader": window.view.viewport(),
        "reader's scroll bar": window.view.verticalScrollBar(),
        "highlights strip": window.overview,
    }
    regions = {name: in_window(window, part) for name, part in parts.items()}
    assert light_parts(picture, regions) == {}

    menu = window.file_menu
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitExposed(menu)
    menu_picture = menu.grab().toImage()
    menu.close()
    dialog = window.show_codebook()
    qtbot.waitExposed(dialog)
    dialog_picture = dialog.grab().toImage()
    dialog.close()
    assert light_parts(menu_picture, {"File menu": menu_picture.rect()}) == {}
    assert light_parts(dialog_picture, {"codebook dialog": dialog_picture.rect()}) == {}


def test_the_light_theme_gives_the_desktops_look_back(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    desktop = window.document_list.viewport().grab().toImage()
    comfort = window.commands.menus.comfort
    comfort.theme_actions["dark"].trigger()
    comfort.theme_actions["light"].trigger()
    QApplication.processEvents()
    assert window.document_list.viewport().grab().toImage() == desktop
