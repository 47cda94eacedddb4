"""Search the Library lists its results as it finds them, a document at a time between paints,
and the window stays usable meanwhile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import readmark.ui.sliced_work
from factories import make_article
from readmark.ui.library_search import LibrarySearchDialog
from readmark.ui.main_window import MainWindow


def listed(dialog: LibrarySearchDialog) -> list[str]:
    model = dialog.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


@pytest.fixture
def dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> LibrarySearchDialog:
    """The dialog over a library of five more articles, each mentioning a harbour, searched a
    document a slice (as a slow disk or a large library would have it)."""
    for number in range(5):
        text = f"Report {number}\n\nThe harbour closed in week {number}."
        window.controller.repository.add_article(make_article(text, title=f"Report {number}"))
    monkeypatch.setattr(readmark.ui.sliced_work, "SLICE_SECONDS", 0.0)
    window.search_library()
    found = window.findChild(LibrarySearchDialog)
    assert found is not None
    return found


def test_the_first_results_show_before_the_search_ends(
    qtbot: QtBot, dialog: LibrarySearchDialog
) -> None:
    dialog.field.setText("harbour")
    dialog.search()
    while not listed(dialog) and dialog.searching():
        QApplication.processEvents()  # one pass of the event loop: a slice of the search
    first = listed(dialog)
    assert dialog.searching() and len(first) < 5
    assert (
        dialog.summary.text()
        == f"{len(first)} place{'s' * (len(first) > 1)} found so far, searching…"
    )

    qtbot.waitUntil(lambda: not dialog.searching())
    assert sorted(listed(dialog)) == [f"Report {n}" for n in range(5)]
    assert listed(dialog)[: len(first)] == first
    assert dialog.summary.text() == "5 places found"


def test_a_new_query_replaces_a_search_still_running(
    qtbot: QtBot, dialog: LibrarySearchDialog
) -> None:
    dialog.field.setText("harbour")
    dialog.search()
    dialog.field.setText("week 3")
    dialog.search()
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
