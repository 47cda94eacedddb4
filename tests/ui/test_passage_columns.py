"""Passages take the room in the panel and in Class Results, at a laptop's 1366x768, with the
whole passage on hover; offsets, counts and coders' names take what they need."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from readmark.core.class_results import ClassResults, KeyPassageResult
from readmark.core.confusion import confusion
from readmark.core.exercise import Passage
from readmark.ui.annotation_model import CODER_COLUMN, NOTE_COLUMN, PASSAGE_COLUMN
from readmark.ui.exercise_dialogs import ClassResultsDialog
from readmark.ui.main_window import MainWindow

from .conftest import select_text
from .test_coders import MINE, colleague_tags

LAPTOP = (1366, 768)
LONG_PASSAGE = (
    "The council voted on Tuesday night to close the central library for two years while "
    "its roof is repaired, despite a petition signed by four thousand residents"
)


def shown_characters(view: QTableView, row: int, column: int) -> int:
    """How many of a cell's characters the user can read before the ellipsis."""
    index = view.model().index(row, column)
    text = str(index.data())
    elided = QFontMetrics(view.font()).elidedText(
        text, Qt.TextElideMode.ElideRight, view.columnWidth(column) - 12
    )
    return len(elided.rstrip("…"))


def other_widths(view: QTableView, passage_column: int) -> list[int]:
    return [
        view.columnWidth(c)
        for c in range(view.model().columnCount())
        if c != passage_column and not view.isColumnHidden(c)
    ]


def test_the_passage_takes_the_room_in_the_panel_when_coders_show(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(*LAPTOP)
    select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    colleague_tags(window, "partisans began raiding Russia’s borders", "Benedita Albuquerque")
    table = window.panel.table
    table.selectRow(0)
    window.panel.memo.editor.setPlainText("A long note " * 20)
    window.panel.memo.save()
    assert "A long note" in table.model().index(0, NOTE_COLUMN).data()
    qtbot.waitUntil(lambda: not table.isColumnHidden(CODER_COLUMN))

    passage_width = table.columnWidth(PASSAGE_COLUMN)
    assert passage_width > max(other_widths(table, PASSAGE_COLUMN))
    assert table.columnWidth(NOTE_COLUMN) < passage_width
    row = next(
        r
        for r in range(table.model().rowCount())
        if "suicide" in table.model().index(r, PASSAGE_COLUMN).data()
    )
    assert shown_characters(table, row, PASSAGE_COLUMN) >= 25
    assert table.model().index(row, PASSAGE_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == MINE


def test_the_passage_takes_the_room_in_class_results(qtbot: QtBot, window: MainWindow) -> None:
    tags = ("claim", "opinion", "caption", "quote")
    key = Passage("claim", 10_000, 10_000 + len(LONG_PASSAGE), LONG_PASSAGE)
    passages = (KeyPassageResult(key, 12, 17, 4, {"claim": 21, "opinion": 3}, 28),)
    results = ClassResults(tags, passages, (), confusion((key,), (), tags))
    dialog = ClassResultsDialog(results, "Council", {}, window)
    qtbot.addWidget(dialog)
    dialog.resize(min(dialog.width(), LAPTOP[0]), dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)

    view = dialog.passages
    header = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(13)]
    column = header.index("passage")
    assert view.columnWidth(column) > 2 * max(other_widths(view, column))
    assert shown_characters(view, 0, column) >= 50
    assert view.model().index(0, column).data(Qt.ItemDataRole.ToolTipRole) == LONG_PASSAGE
    # Offsets and counts: every number readable in full.
    for c in range(view.model().columnCount()):
        if c != column:
            text = str(view.model().index(0, c).data())
            assert QFontMetrics(view.font()).horizontalAdvance(text) < view.columnWidth(c)


def test_a_column_the_reader_widened_keeps_its_width_as_the_list_changes_height(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # a claim: its fields show below the list
    table = window.panel.table
    widened = table.columnWidth(NOTE_COLUMN) + 40
    table.horizontalHeader().resizeSection(NOTE_COLUMN, widened)  # as a drag of its edge does
    height = table.viewport().height()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.viewport().height() != height)  # the fields went
    assert table.columnWidth(NOTE_COLUMN) == widened
