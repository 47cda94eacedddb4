"""Scraped repeats: offered for folding, folded away without deleting, and brought back."""

from __future__ import annotations

import random
from collections.abc import Callable, Generator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from readmark.core.model import Article
from readmark.core.text import assemble
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui import sliced_work
from readmark.ui.controller import LibraryController
from readmark.ui.main_window import MainWindow
from readmark.ui.notice_bar import STACKED_BELOW_WIDTH

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
    qtbot: QtBot, window: MainWindow, open_window: OpenWindow
) -> None:
    qtbot.waitUntil(window.repeats_bar.isVisible)  # the check for repeats runs in slices
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

    again.commands.menus.show_repeats_action.trigger()
    assert visible(again, 1)
    assert again.controller.document.folded_blocks == ()


def test_keeping_the_article_as_it_is_stops_the_offer(
    window: MainWindow, open_window: OpenWindow
) -> None:
    window.repeats_bar.keep_button.click()
    assert not window.repeats_bar.isVisible() and visible(window, 1)
    window.close()
    assert not open_window().repeats_bar.isVisible()


def test_the_offer_is_made_once_per_document_answered_or_not(
    qtbot: QtBot, window: MainWindow, open_window: OpenWindow
) -> None:
    qtbot.waitUntil(window.repeats_bar.isVisible)  # the check for repeats runs in slices
    window.close()  # not answered

    again = open_window()
    assert not again.repeats_bar.isVisible()  # not asked again
    assert visible(again, 1)  # the article as it was
    again.commands.menus.show_repeats_action.trigger()  # folded from the View menu all the same
    assert not visible(again, 1)


def test_the_offer_takes_one_line_of_a_laptop_screen(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    bar = window.repeats_bar
    qtbot.waitUntil(lambda: bar.width() > 700)
    qtbot.waitUntil(lambda: bar.height() <= bar.fold_button.sizeHint().height() + 8)
    assert bar.message.height() <= 2 * bar.message.fontMetrics().lineSpacing()


def test_beside_a_narrow_reader_the_offer_puts_its_buttons_under_its_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.repeats_bar
    qtbot.waitUntil(bar.isVisible)
    message, button = bar.message, bar.fold_button
    window.library_dock.hide()  # the reader as wide as the window
    window.panel_dock.hide()
    qtbot.waitUntil(lambda: bar.width() >= STACKED_BELOW_WIDTH)
    qtbot.waitUntil(lambda: button.geometry().top() < message.geometry().bottom())  # beside
    window.library_dock.show()
    window.panel_dock.show()
    window.resize(STACKED_BELOW_WIDTH + 400, window.height())  # a narrow window
    qtbot.waitUntil(lambda: bar.width() < STACKED_BELOW_WIDTH)
    qtbot.waitUntil(lambda: button.geometry().top() > message.geometry().bottom())  # below
    # Whole lines still: the words are not squeezed into a column beside the buttons.
    assert message.width() > bar.width() * 0.8


def book(title: str, paragraphs: int, repeated: bool) -> Article:
    """Paragraphs of the same words in other orders, unlike one another; with `repeated`, a
    caption twice at the end (straight quotes, then curly)."""
    words = PARAGRAPH_WORDS.split()
    parts = []
    for number in range(paragraphs):
        random.Random(number).shuffle(words)
        parts.append(("paragraph", " ".join(words)))
    if repeated:
        parts += [("caption", CAPTION), ("caption", CAPTION.replace("'", "’"))]
    text, blocks = assemble(title, parts)
    return Article(title, text, "test", f"hash-{title}", tuple(blocks))


PARAGRAPH_WORDS = (
    "Council figures show the budget gap grew by twelve per cent, the treasurer said on "
    "Tuesday, and residents of the river streets doubt the plan will hold through winter."
)
CAPTION = "The mayor's office, pictured on Monday, where the vote on the budget took place."


def add_documents(library: Path, *articles: Article) -> list[int]:
    repository = LibraryRepository(open_library(library))
    repository.set_setting("seeded", "1")  # no sample article
    ids = [repository.add_article(article)[0].id for article in articles]
    repository.dispose()
    return ids


class WatchedSteps:
    """Wraps the window's check for repeats, to see what runs between its steps."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.steps = 0
        self.finished: list[int] = []  # the documents whose check ran to its end
        self.given_up: list[int] = []  # and those whose check was closed before
        self.between: list[int] = []  # steps after which the event loop had run
        self.at_step: dict[int, Callable[[], None]] = {}
        search = LibraryController.repeats_in_steps

        def watched(controller: LibraryController) -> Generator[None, None, list[int]]:
            document = controller.document
            assert document is not None
            inner = search(controller)
            while True:
                try:
                    next(inner)
                except StopIteration as finished:
                    self.finished.append(document.id)
                    found: list[int] = finished.value
                    return found
                self.steps += 1
                step = self.steps
                QTimer.singleShot(0, lambda step=step: self.between.append(step))
                if step in self.at_step:
                    QTimer.singleShot(0, self.at_step[step])
                try:
                    yield
                except GeneratorExit:
                    self.given_up.append(document.id)
                    raise

        monkeypatch.setattr(LibraryController, "repeats_in_steps", watched)
        monkeypatch.setattr(sliced_work, "SLICE_SECONDS", 0.0)  # a step a slice


def test_a_book_is_checked_for_repeats_between_paints(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_documents(isolated_paths, book("A long report", 300, repeated=True))
    watch = WatchedSteps(monkeypatch)
    window = open_window()
    qtbot.waitUntil(window.repeats_bar.isVisible)
    assert "repeats 1 passage" in window.repeats_bar.message.text()
    # The event loop (paints, scrolling, keys) ran between the steps: not the whole book at once.
    assert watch.steps > 10 and len(watch.between) >= watch.steps - 1


def test_opening_another_document_stops_the_check_of_the_one_before(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report, plain = add_documents(
        isolated_paths,
        book("A long report", 300, repeated=True),
        book("A short note", 3, repeated=False),
    )
    watch = WatchedSteps(monkeypatch)
    opened: list[MainWindow] = []
    watch.at_step[3] = lambda: opened[0].open_from_list(plain)
    opened.append(window := open_window())
    qtbot.waitUntil(lambda: plain in watch.finished)
    assert watch.given_up == [report]  # the long report's check was given up as it opened
    assert report not in watch.finished
    assert not window.repeats_bar.isVisible()  # nothing offered for the short note


def test_the_offer_stays_readable_on_a_dark_desktop(
    qtbot: QtBot, dark_desktop: None, window: MainWindow
) -> None:
    bar = window.repeats_bar
    qtbot.waitUntil(bar.isVisible)
    picture = bar.grab(bar.message.geometry()).toImage()  # on the bar's own paper
    colours = [
        picture.pixelColor(x, y) for x in range(picture.width()) for y in range(picture.height())
    ]
    paper = sum(1 for c in colours if c.lightness() < 90)
    ink = sum(1 for c in colours if c.lightness() > 160)
    assert paper > len(colours) // 2  # a dark note, as the desktop is dark
    assert ink > len(colours) // 50  # with light letters on it
