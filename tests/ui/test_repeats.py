"""Scraped repeats: offered for folding, folded away without deleting, and brought back."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow
from readmark.ui.repeats_bar import STACKED_BELOW_WIDTH

from .conftest import OpenWindow, qt_position

CAPTION_REPEAT = "An opposition politician called for Putin to be replaced on state TV earlier this"


def visible(window: MainWindow, occurrence: int) -> bool:
    text = window.controller.document.text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(CAPTION_REPEAT, start + 1)
    document: QTextDocument = window.view.document()
    return document.findBlock(qt_position(window, start)).isVisible()


def test_the_sample_article_offers_to_fold_its_repeated_captions(
    window: MainWindow, open_window: OpenWindow
) -> None:
    assert window.repeats_bar.isVisible()
    assert "repeats 11 passages" in window.repeats_bar.message.text()
    assert visible(window, 0) and visible(window, 1)

    window.repeats_bar.fold_button.click()

    assert not window.repeats_bar.isVisible()
    assert visible(window, 0) and not visible(window, 1)
    text_before = window.view.document().toRawText()
    window.close()

    again = open_window()  # the choice is kept with the document
    assert not again.repeats_bar.isVisible()
    assert not visible(again, 1)
    assert again.view.document().toRawText() == text_before  # folded, nothing deleted

    again.commands.show_repeats_action.trigger()
    assert visible(again, 1)
    assert again.controller.document.folded_blocks == ()


def test_keeping_the_article_as_it_is_stops_the_offer(
    window: MainWindow, open_window: OpenWindow
) -> None:
    window.repeats_bar.keep_button.click()
    assert not window.repeats_bar.isVisible() and visible(window, 1)
    window.close()
    assert not open_window().repeats_bar.isVisible()


def test_beside_a_narrow_reader_the_offer_puts_its_buttons_under_its_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.repeats_bar
    assert bar.isVisible()
    message, button = bar.message, bar.fold_button
    window.library_dock.hide()  # the reader as wide as the window
    window.panel_dock.hide()
    qtbot.waitUntil(lambda: bar.width() >= STACKED_BELOW_WIDTH)
    qtbot.waitUntil(lambda: button.geometry().top() < message.geometry().bottom())  # beside
    window.library_dock.show()
    window.panel_dock.show()
    qtbot.waitUntil(lambda: bar.width() < STACKED_BELOW_WIDTH)
    qtbot.waitUntil(lambda: button.geometry().top() > message.geometry().bottom())  # below
    # Whole lines still: the words are not squeezed into a column beside the buttons.
    assert message.width() > bar.width() * 0.8
