"""The high-contrast theme and the interface at up to 200 %, for readers with low vision."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from readmark.ui.annotation_model import TAG_COLUMN
from readmark.ui.colours import HIGH_CONTRAST, tint
from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow, select_text
from .test_every_reader import SURFACES, Surface


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def restore_app_look(qapp: QApplication) -> Iterator[None]:
    font, palette = QApplication.font(), QApplication.palette()
    yield
    QApplication.setFont(font)
    QApplication.setPalette(palette)


def test_high_contrast_is_white_and_yellow_on_black_everywhere_and_remembered(
    qtbot: QtBot, open_window: OpenWindow, restore_app_look: None
) -> None:
    window = open_window()
    window.commands.menus.comfort.theme_actions["high-contrast"].trigger()  # View > Theme
    palette = QApplication.palette()
    role = QPalette.ColorRole
    assert [palette.color(r).name() for r in (role.Window, role.WindowText, role.Highlight)] == [
        "#000000",
        "#ffffff",
        "#ffff00",
    ]
    reader = window.view.palette()
    assert contrast(reader.color(role.Base), reader.color(role.Text)) == 21
    # Text on every tag's highlight, one or two layers deep, keeps AAA contrast (7:1).
    for tag in window.controller.tags:
        for layers in (1, 2):
            assert contrast(tint(tag.colour, layers, HIGH_CONTRAST), HIGH_CONTRAST.ink) >= 7

    select_text(window, "Such an attack would have been unthinkable")
    qtbot.keyClick(window.view, "2")
    window.view.setFocus()
    yellow = QColor("#ffff00")
    qtbot.waitUntil(lambda: window.view.palette().color(role.Highlight) == yellow)  # posted
    shot = window.grab().toImage()
    corner = window.view.mapTo(window, QPoint(0, window.view.height() // 2))
    ring = [shot.pixelColor(corner + QPoint(x, 0)).name() for x in range(5)]
    assert ring == ["#ffff00"] * 4 + [ring[4]] and ring[4] != "#ffff00"  # 4 pixels thick

    # An empty check box: Fusion's edge, a shade of the window's black, would not show.
    box = QCheckBox(window)
    box.show()
    qtbot.waitUntil(box.isVisible)
    drawn = box.grab().toImage()
    colours = {drawn.pixelColor(x, y).name() for x in range(drawn.width()) for y in range(5, 10)}
    assert "#ffffff" in colours

    window.close()
    again = open_window()
    assert again.commands.menus.comfort.theme_actions["high-contrast"].isChecked()
    assert QApplication.palette().color(role.Window).name() == "#000000"
    again.commands.menus.comfort.theme_actions["light"].trigger()
    assert QApplication.palette().color(role.Window).name() != "#000000"
    assert cast(QApplication, QApplication.instance()).styleSheet() == ""


def clipped(top: QWidget) -> list[str]:
    """The visible labels, buttons and lists of choices under `top` narrower or shorter than
    their text needs: a user would read it cut."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton | QComboBox):
            continue
        if isinstance(widget.parent(), QLineEdit):
            continue  # Qt's clear button, an icon Qt sizes to the field
        if isinstance(widget, QLabel) and widget.wordWrap():
            needs = widget.heightForWidth(widget.width())
            if widget.height() < needs:
                found.append(f"{widget.text()[:40]!r}: {widget.height()} px high of {needs}")
            continue
        needs_size = widget.minimumSizeHint()
        if widget.width() < needs_size.width() or widget.height() < needs_size.height():
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            found.append(f"{type(widget).__name__} {text[:40]!r}: {widget.size()} < {needs_size}")
    return found


DIALOGS = [s for s in SURFACES if s.__name__ not in ("<lambda>", "exercise_bar", "find_bar")]


@pytest.mark.parametrize("surface", DIALOGS, ids=[s.__name__ for s in DIALOGS])
def test_at_200_percent_every_dialog_shows_its_text_whole_on_a_laptop(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    restore_app_look: None,
    surface: Surface,
) -> None:
    normal = QApplication.font().pointSizeF()
    window.commands.menus.comfort.choose_interface_size(200)  # View > Interface Size > 200 %
    assert QApplication.font().pointSizeF() == 2 * normal
    dialog = surface(window, monkeypatch, tmp_path)
    # A student's window opened on its own library, whose size (100 %) it applied.
    window.commands.menus.comfort.choose_interface_size(200)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.font().pointSizeF() == 2 * normal)  # Qt posts the change
    for _ in range(3):  # and the layouts' requests that follow it, nested
        QApplication.sendPostedEvents()
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    assert clipped(dialog) == []
    dialog.close()


@pytest.mark.parametrize("theme", ["light", "high-contrast"])  # the latter styled by a sheet
def test_at_200_percent_the_tag_chips_grow_with_their_names(
    qtbot: QtBot, window: MainWindow, restore_app_look: None, theme: str
) -> None:
    window.commands.menus.comfort.choose_theme(theme)
    normal = QApplication.font().pointSizeF()
    table = window.panel.table
    name_width = table.fontMetrics().horizontalAdvance("opinion")
    assert table.columnWidth(TAG_COLUMN) > name_width
    window.commands.menus.comfort.choose_interface_size(200)
    qtbot.waitUntil(lambda: table.font().pointSizeF() == 2 * normal)  # Qt posts the change
    wider = table.fontMetrics().horizontalAdvance("opinion")
    assert wider > 1.8 * name_width
    assert table.columnWidth(TAG_COLUMN) > wider
