"""What an import says in the status bar stays there when the pointer passes over the toolbar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QStatusTipEvent
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow

ADDED = "Added “Harbour news”."


@pytest.fixture
def imported(window: MainWindow, tmp_path: Path) -> MainWindow:
    article = tmp_path / "harbour.txt"
    article.write_text("Harbour news\n\nThe boats came in late.", encoding="utf-8")
    window.files.import_paths([article])
    assert window.statusBar().currentMessage() == ADDED
    return window


def tag_button(window: MainWindow) -> QToolButton:
    """The first tag's button on the toolbar, whose tip is the tag's description."""
    action = window.tag_actions[0]
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton) and action.statusTip()
    return button


def test_a_tag_buttons_tip_passes_and_the_import_note_comes_back(imported: MainWindow) -> None:
    window = imported
    tip = tag_button(window).defaultAction().statusTip()
    # What Qt sends as the pointer enters the button and leaves it.
    QApplication.sendEvent(tag_button(window), QStatusTipEvent(tip))
    assert window.statusBar().currentMessage() == tip
    QApplication.sendEvent(tag_button(window), QStatusTipEvent(""))
    assert window.statusBar().currentMessage() == ADDED


def test_a_message_after_the_note_replaces_it_for_good(imported: MainWindow) -> None:
    window = imported
    window.statusBar().showMessage("Tagged as claim.", 5000)
    QApplication.sendEvent(tag_button(window), QStatusTipEvent("a tip"))
    QApplication.sendEvent(tag_button(window), QStatusTipEvent(""))
    assert window.statusBar().currentMessage() == ""


@pytest.mark.xcb
def test_moving_the_pointer_over_the_toolbar_keeps_the_import_note(
    qtbot: QtBot, imported: MainWindow
) -> None:
    window = imported
    button = tag_button(window)
    qtbot.mouseMove(button)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != ADDED)  # the tip shows
    qtbot.mouseMove(window.view.viewport())
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == ADDED)
