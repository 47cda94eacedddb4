"""Suggested passages in the window: shown dashed, accepted, retagged or rejected for good."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_article
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow, format_at, suggest_and_wait
from .test_tagging import panel_rows


def first_quote(window: MainWindow) -> int:
    rows = window.suggestions.model.rows
    return next(i for i, s in enumerate(rows) if window.controller.tag(s.tag_id).name == "quote")


def suggesting() -> bool:
    """Whether a thread still computes suggestions."""
    return any(thread.name == "readmark-suggest" for thread in threading.enumerate())


def test_a_newer_request_for_suggestions_supersedes_an_older_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    listings: list[int] = []
    window.suggestions.decided.connect(lambda: listings.append(len(window.suggestions.model.rows)))
    window.suggestions.suggest()
    window.suggestions.suggest()
    qtbot.waitUntil(lambda: not suggesting() and listings != [])
    QApplication.processEvents()  # a stray listing: posted before its thread ended
    assert listings == [len(window.controller.suggestions())]
    assert window.suggestions.model.rows == window.controller.suggestions()


def test_another_document_drops_the_suggestions_being_computed(
    qtbot: QtBot, window: MainWindow
) -> None:
    other, _ = window.controller.repository.add_article(
        make_article("Another\n\n“Said,” he said.", "Another")
    )
    window.suggestions.suggest()
    window.controller.open_document(other.id)
    qtbot.waitUntil(lambda: not suggesting())
    QApplication.processEvents()  # a stray listing: posted before its thread ended
    assert window.suggestions.model.rows == []
    assert window.suggestions.summary.text() == "No suggestions left to decide."
    assert window.windowTitle() == "Another — Readmark"


def test_the_suggesters_work_reads_nothing_of_the_library(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    """The work runs on a thread of its own: the window's connection, which may be inside a
    batch meanwhile, is not its to use."""
    controller = window.controller
    work = controller.suggestion_work()
    assert work is not None
    with monkeypatch.context() as unreachable:
        unreachable.setattr(controller, "_repository", None)
        found = work()
    assert controller.shown_suggestions(found) == controller.suggestions()


def test_a_rejection_while_suggestions_are_computed_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    listed = window.controller.suggestions()
    window.suggestions.suggest()
    window.controller.reject_suggestions(listed[:1])
    qtbot.waitUntil(lambda: not suggesting() and window.suggestions.model.rows != [])
    QApplication.processEvents()  # a stray listing: posted before its thread ended
    spans = [(s.tag_id, s.start, s.end) for s in window.suggestions.model.rows]
    assert spans == [(s.tag_id, s.start, s.end) for s in listed[1:]]


def test_suggest_tags_lists_and_draws_suggestions_and_enter_accepts_one(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tools = next(m.menu() for m in window.menuBar().actions() if m.text() == "&Tools")
    suggest = tools.actions()[0]
    assert suggest.shortcut().toString() == "Ctrl+Shift+G"
    suggest.trigger()
    qtbot.waitUntil(lambda: not window.suggestions.computing)  # computed on a worker thread
    rows = window.suggestions.model.rows
    message = f"{len(rows)} suggestions: Enter accepts, Del rejects."
    assert window.statusBar().currentMessage() == message
    assert window.side_tabs.currentWidget() is window.suggestions
    assert len(rows) > 30
    index = first_quote(window)
    quote = rows[index]
    drawn = format_at(window, quote.start + 1)
    assert drawn is not None
    assert drawn.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline

    window.suggestions.table.selectRow(index)
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Return)

    assert panel_rows(window) == [("quote", quote.exact)]
    assert quote not in window.suggestions.model.rows
    [stored] = LibraryRepository(open_library(isolated_paths)).annotations(1)
    # The quote tag's speaker field gets the speaker, and the memo pane shows it there.
    assert stored.origin == "suggestion" and stored.note == ""
    assert stored.field_values == (("speaker", "Luke Coffey"),)
    window.panel.table.selectRow(0)
    assert window.panel.memo.fields.editors["speaker"].text() == "Luke Coffey"
    from readmark.ui.colours import tint

    quote_colour = window.controller.tag(quote.tag_id).colour
    assert format_at(window, quote.start + 1).background().color() == tint(quote_colour)


def test_a_tag_key_accepts_a_suggestion_as_that_tag(qtbot: QtBot, window: MainWindow) -> None:
    suggest_and_wait(qtbot, window)
    index = first_quote(window)
    quote = window.suggestions.model.rows[index]
    window.suggestions.table.selectRow(index)
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_2)
    assert panel_rows(window) == [("opinion", quote.exact)]


def test_rejected_suggestions_do_not_come_back(qtbot: QtBot, open_window: OpenWindow) -> None:
    window = open_window()
    suggest_and_wait(qtbot, window)
    before = len(window.suggestions.model.rows)
    rejected = window.suggestions.model.rows[0]
    window.suggestions.table.selectRow(0)
    qtbot.keyClick(window.suggestions.table, Qt.Key.Key_Delete)
    assert len(window.suggestions.model.rows) == before - 1
    window.close()

    again = open_window()
    suggest_and_wait(qtbot, again)
    assert rejected not in again.suggestions.model.rows
    assert len(again.suggestions.model.rows) == before - 1
    assert panel_rows(again) == []


def test_accept_all_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    suggest_and_wait(qtbot, window)
    count = len(window.suggestions.model.rows)
    window.suggestions.accept_all()
    assert len(panel_rows(window)) == count
    assert window.suggestions.model.rows == []
    qtbot.keySequence(window, "Ctrl+Z")
    assert panel_rows(window) == []
    suggest_and_wait(qtbot, window)  # undone, so suggested again
    assert len(window.suggestions.model.rows) == count


def test_accept_all_of_one_tag(qtbot: QtBot, window: MainWindow) -> None:
    suggest_and_wait(qtbot, window)
    captions = [
        s
        for s in window.suggestions.model.rows
        if window.controller.tag(s.tag_id).name == "caption"
    ]
    window.suggestions.accept_tag.menu().aboutToShow.emit()
    entry = next(
        a for a in window.suggestions.accept_tag.menu().actions() if a.text().startswith("caption")
    )
    assert entry.text() == f"caption ({len(captions)})"
    entry.trigger()
    assert [row[0] for row in panel_rows(window)] == ["caption"] * len(captions)
    assert all(
        window.controller.tag(s.tag_id).name != "caption" for s in window.suggestions.model.rows
    )
