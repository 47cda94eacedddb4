"""Notes in the memo pane under the list: typed with real keys, over several lines, saved as one
undoable change, and no key typed there acts as a shortcut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from readmark.ui.annotation_model import NOTE_COLUMN, PASSAGE_COLUMN
from readmark.ui.main_window import MainWindow

from .test_annotation_panel import PASSAGES, stored_notes, tag_all
from .test_tagging import panel_rows

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def choose_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.panel.table
    rect = table.visualRect(window.panel.model.index(row, PASSAGE_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_note_typed_over_lines_with_shortcut_keys_in_it_is_one_undoable_change(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 1)  # the opinion
    memo = window.panel.memo
    assert "beginning of the end for Russia’s tyrant?" in memo.context.text()
    assert "Such" not in memo.context.text() and "believes Luke" in memo.context.text()
    rows_before = panel_rows(window)
    selection_before = window.view.selected_span()
    steps_before = window.controller.undo_stack.count()

    qtbot.keyClick(window.panel.table, Qt.Key.Key_F2)
    editor = memo.editor
    assert editor.hasFocus()
    # n and p jump, 1-4 retag elsewhere: here they are letters of the note.
    QTest.keyClicks(editor, "Rhetorical: n p 1 2 3 4")
    QTest.keyClick(editor, Qt.Key.Key_Return, SHIFT)
    QTest.keyClicks(editor, "see para 3")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.keyClicks(editor, "and 4")
    QTest.keyClick(editor, Qt.Key.Key_Return, CTRL)
    QTest.keyClicks(editor, "2")  # after saving, keys still write, not retag

    note = "Rhetorical: n p 1 2 3 4\nsee para 3\nand 42"
    assert editor.hasFocus() and editor.toPlainText() == note
    assert panel_rows(window) == rows_before  # nothing retagged
    assert window.view.selected_span() == selection_before  # nothing jumped
    document_id = window.controller.document.id
    assert (PASSAGES["opinion"], note[:-1]) in stored_notes(isolated_paths, document_id)

    choose_row(qtbot, window, 0)  # moving on saves what was typed since
    assert (PASSAGES["opinion"], note) in stored_notes(isolated_paths, document_id)
    assert window.controller.undo_stack.count() == steps_before + 2
    assert window.panel.model.index(1, NOTE_COLUMN).data() == " ".join(note.split())

    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Z"))
    assert (PASSAGES["opinion"], note[:-1]) in stored_notes(isolated_paths, document_id)
    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Z"))
    assert (PASSAGES["opinion"], "") in stored_notes(isolated_paths, document_id)
    choose_row(qtbot, window, 1)
    assert memo.editor.toPlainText() == ""


def test_escape_puts_back_the_saved_note_and_leaving_saves(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 2)
    editor = window.panel.memo.editor
    editor.setFocus()
    QTest.keyClicks(editor, "First thought")
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # leaves the pane: saved
    assert not editor.hasFocus()
    document_id = window.controller.document.id
    assert (PASSAGES["quote"], "First thought") in stored_notes(isolated_paths, document_id)

    editor.setFocus()
    QTest.keyClicks(editor, " and a worse one")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.toPlainText() == "First thought"
    window.view.setFocus()
    assert (PASSAGES["quote"], "First thought") in stored_notes(isolated_paths, document_id)


def test_a_note_being_written_goes_when_its_passage_is_deleted(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)
    memo = window.panel.memo
    memo.editor.setFocus()
    QTest.keyClicks(memo.editor, "unsaved")
    window.panel.delete_selected()
    assert memo.annotation is None or memo.annotation.exact != PASSAGES["claim"]
    assert "unsaved" not in memo.editor.toPlainText()


def test_passing_through_a_note_kept_with_spaces_around_it_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    kept = "  indented, as an imported project kept it\n"
    window.controller.set_note(window.panel.model.annotation(0), kept)
    steps = window.controller.undo_stack.count()
    choose_row(qtbot, window, 0)
    editor = window.panel.memo.editor
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_Tab)  # in and out again, nothing typed
    choose_row(qtbot, window, 1)
    assert window.controller.undo_stack.count() == steps
    assert window.panel.model.annotation(0).note == kept


def test_ctrl_enter_says_in_the_status_bar_whether_the_note_was_saved(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)
    qtbot.keyClick(window.panel.table, Qt.Key.Key_F2)
    editor = window.panel.memo.editor
    QTest.keyClicks(editor, "check the date")
    QTest.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert window.statusBar().currentMessage() == "Note saved. Ctrl+Z undoes it."
    QTest.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert window.statusBar().currentMessage() == "The note has not changed."


def test_a_narrow_pane_asks_the_room_each_passage_needs(qtbot: QtBot, window: MainWindow) -> None:
    """At a narrow width the passage's context wraps over many lines, and a claim shows its
    fields: the pane's minimum is the height its column needs at that width, as Qt works it
    out afresh, whichever passage was chosen before."""
    tag_all(qtbot, window)
    memo = window.panel.memo
    column = memo.layout()
    needed = []
    for row in (0, 1, 2, 3, 1, 0):
        choose_row(qtbot, window, row)
        memo.resize(160, memo.height())
        own = QWidget.minimumSizeHint(memo)
        width = max(memo.width(), own.width())
        fresh = max(own.height(), column.totalMinimumHeightForWidth(width))
        needed.append(memo.minimumSizeHint().height())
        assert needed[-1] == fresh
    assert needed[0] > needed[1] + 3 * memo.fontMetrics().height()  # the claim's fields
    assert needed[-2:] == needed[1::-1]


def test_the_list_holds_still_as_passages_of_other_tags_are_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The memo pane grows to show a claim's fields, pushing the list up; choosing a passage
    that needs less room then leaves the list where it is, rather than moving it at each
    choice, and the pane never gets less than the passage shown needs."""
    tag_all(qtbot, window)
    table, memo = window.panel.table, window.panel.memo
    splitter = memo.parentWidget()
    room = sum(splitter.sizes())
    splitter.setSizes([room, 1, 1])  # the reader dragged the list's lower edge down to the end
    heights = []
    for row in (0, 1, 2, 3, 0, 2, 1, 3):
        choose_row(qtbot, window, row)
        qtbot.wait(20)  # the turns in which the splitter lays out and keeps its sizes
        assert memo.height() >= memo.minimumSizeHint().height()
        heights.append(table.height())
    assert len(set(heights[1:])) == 1, heights
