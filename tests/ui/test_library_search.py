"""Search the Library lists its results as it finds them, searching on a worker thread, and
the window stays usable meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_article
from readmark.services.documents import SearchHit, search_in_steps, search_library
from readmark.store.repository import LibraryRepository
from readmark.ui import library_search
from readmark.ui.library_search import HIT_ROLE, LibrarySearchDialog
from readmark.ui.main_window import MainWindow

from .event_loop import MAX_STALL_S, longest_stall


def listed(dialog: LibrarySearchDialog) -> list[str]:
    model = dialog.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def shown_hits(dialog: LibrarySearchDialog) -> list[SearchHit]:
    model = dialog.results
    return [model.index(row, 0).data(HIT_ROLE) for row in range(model.rowCount())]


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Cleared, it holds a search after each step that found something until it is set again
    (as a slow disk or a large library would have it)."""
    going = threading.Event()
    going.set()

    def held_steps(repository: LibraryRepository, query: str) -> Iterator[list[SearchHit]]:
        for hits in search_in_steps(repository, query):
            yield hits
            if hits:
                going.wait()

    monkeypatch.setattr(library_search, "search_in_steps", held_steps)
    yield going
    going.set()  # no search left waiting


@pytest.fixture
def dialog(window: MainWindow) -> LibrarySearchDialog:
    """The dialog over a library of five more articles, each mentioning a harbour."""
    for number in range(5):
        text = f"Report {number}\n\nThe harbour closed in week {number}."
        window.controller.repository.add_article(make_article(text, title=f"Report {number}"))
    window.library.search_library()
    found = window.findChild(LibrarySearchDialog)
    assert found is not None
    return found


def held_at_first_results(
    qtbot: QtBot, dialog: LibrarySearchDialog, held: threading.Event, query: str
) -> list[str]:
    """Searches for `query`, held once it has found something; what it listed by then."""
    held.clear()
    dialog.field.setText(query)
    dialog.search()
    qtbot.waitUntil(lambda: bool(listed(dialog)))
    return listed(dialog)


def test_the_first_results_show_before_the_search_ends(
    qtbot: QtBot, dialog: LibrarySearchDialog, held: threading.Event
) -> None:
    first = held_at_first_results(qtbot, dialog, held, "harbour")
    assert dialog.searching() and len(first) < 5
    assert (
        dialog.summary.text()
        == f"{len(first)} place{'s' * (len(first) > 1)} found so far, searching…"
    )

    held.set()
    qtbot.waitUntil(lambda: not dialog.searching())
    assert sorted(listed(dialog)) == [f"Report {n}" for n in range(5)]
    assert listed(dialog)[: len(first)] == first
    assert dialog.summary.text() == "5 places found"


def test_a_new_query_replaces_a_search_still_running(
    qtbot: QtBot, dialog: LibrarySearchDialog, held: threading.Event
) -> None:
    held_at_first_results(qtbot, dialog, held, "harbour")  # held, running
    dialog.field.setText("week 3")
    dialog.search()
    held.set()
    qtbot.waitUntil(lambda: not dialog.searching())
    assert listed(dialog) == ["Report 3"]
    assert dialog.summary.text() == "1 place found"


def test_return_selects_the_first_result_once_it_comes(
    qtbot: QtBot, dialog: LibrarySearchDialog
) -> None:
    dialog.field.setText("week 4")
    dialog.field.setFocus()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.searching())
    assert listed(dialog) == ["Report 4"]
    assert dialog.focusWidget() is dialog.table  # the focus, once the dialog is active
    assert dialog.table.selectionModel().isRowSelected(0)


def test_closing_the_dialog_stops_its_search_and_opening_it_searches_again(
    qtbot: QtBot, window: MainWindow, dialog: LibrarySearchDialog, held: threading.Event
) -> None:
    first = held_at_first_results(qtbot, dialog, held, "harbour")
    dialog.reject()  # Escape
    assert not dialog.searching()
    held.set()
    # Its thread ended, and what it sent before it ended delivered: nothing more listed.
    qtbot.waitUntil(lambda: all(t.name != "readmark-search" for t in threading.enumerate()))
    QApplication.processEvents()
    assert listed(dialog) == first

    window.library.search_library()
    # It searches again once it has painted, as after a pause in typing: not while it shows.
    assert dialog.searching() and all(t.name != "readmark-search" for t in threading.enumerate())
    qtbot.waitUntil(lambda: not dialog.searching())
    assert sorted(listed(dialog)) == [f"Report {n}" for n in range(5)]
    assert dialog.summary.text() == "5 places found"


@pytest.mark.whole_machine
def test_a_search_of_a_large_library_leaves_the_window_responsive(
    qtbot: QtBot, window: MainWindow
) -> None:
    """300 articles of 30 KB, each with a lighthouse near its end: every text read."""
    repository = window.controller.repository
    paragraph = "The council met on Tuesday to discuss the budget for the coming year. " * 6
    for number in range(300):
        text = f"Report {number}\n\n" + f"{paragraph}\n\n" * 70 + f"A lighthouse, {number}."
        repository.add_article(make_article(text, title=f"Report {number}"))
    # Listed first: the window reading the new documents is no part of the search.
    qtbot.waitUntil(lambda: window.documents.rowCount() == 301)
    with longest_stall() as stall:  # from opening the dialog to the last result shown
        window.library.search_library()
        dialog = window.findChild(LibrarySearchDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)  # seen before it is typed in
        qtbot.keyClicks(dialog.field, "lighthouse")
        qtbot.waitUntil(lambda: dialog.summary.text() == "300 places found", timeout=60_000)
    hits = shown_hits(dialog)
    assert hits == search_library(repository, "lighthouse")  # searched here, directly
    assert len(hits) == 300
    assert stall() < MAX_STALL_S
