"""The side panel: rows in reading order, navigation both ways, retag, note, delete, filter."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from factories import new_annotation
from readmark.app import open_in
from readmark.core.model import Article, TagSpec
from readmark.core.text import assemble
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.annotation_model import NOTE_COLUMN, PASSAGE_COLUMN, TAG_COLUMN
from readmark.ui.cell_delegates import elide
from readmark.ui.main_window import MIN_READER_WIDTH, READER_COLUMN, MainWindow

from .conftest import OpenWindow, click_at_offset, select_text
from .test_tagging import panel_rows

PASSAGES = {
    "claim": "Two suicide drones had somehow managed to penetrate the city’s air defences",
    "opinion": "So, is this really the beginning of the end for Russia’s tyrant?",
    "quote": "‘The dust is still settling.",
}


def tag_all(qtbot: QtBot, window: MainWindow) -> None:
    keys = {"claim": Qt.Key.Key_1, "opinion": Qt.Key.Key_2, "quote": Qt.Key.Key_4}
    for name in ("quote", "claim", "opinion"):  # not in reading order on purpose
        select_text(window, PASSAGES[name])
        qtbot.keyClick(window.view, keys[name])


def stored_notes(library: Path, document_id: int) -> list[tuple[str, str]]:
    return [
        (a.exact, a.note) for a in LibraryRepository(open_library(library)).annotations(document_id)
    ]


def test_rows_come_in_reading_order_whatever_the_tagging_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    assert panel_rows(window) == [
        ("claim", PASSAGES["claim"]),
        ("opinion", PASSAGES["opinion"]),
        ("quote", PASSAGES["quote"]),
    ]


def test_clicking_a_row_scrolls_to_and_selects_its_passage(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    table = window.panel.table
    rect = table.visualRect(window.panel.model.index(2, PASSAGE_COLUMN))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.view.textCursor().selectedText() == PASSAGES["quote"]
    cursor_rect = window.view.cursorRect()
    assert window.view.viewport().rect().contains(cursor_rect.center())


def test_clicking_a_highlight_selects_its_row(qtbot: QtBot, window: MainWindow) -> None:
    tag_all(qtbot, window)
    text = window.controller.document.text
    click_at_offset(qtbot, window, text.index(PASSAGES["opinion"]) + 10)
    current = window.panel.table.currentIndex()
    assert current.siblingAtColumn(PASSAGE_COLUMN).data() == PASSAGES["opinion"]


def test_retag_from_the_panel_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    tag_all(qtbot, window)
    table = window.panel.table
    index = window.panel.model.index(0, TAG_COLUMN)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QComboBox)
    assert editor is not None
    editor.setCurrentIndex(editor.findText("caption"))
    editor.activated.emit(editor.currentIndex())
    assert panel_rows(window)[0] == ("caption", PASSAGES["claim"])
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert panel_rows(window)[0] == ("claim", PASSAGES["claim"])


def test_pressing_a_tag_key_in_the_panel_retags_the_selected_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    table = window.panel.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_3)
    assert panel_rows(window)[1] == ("caption", PASSAGES["opinion"])


def test_writing_a_note_in_the_panel_is_stored_and_undoable(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    table = window.panel.table
    table.setFocus()
    table.setCurrentIndex(window.panel.model.index(1, PASSAGE_COLUMN))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = window.panel.memo.editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "Rhetorical: no source given")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert window.panel.model.index(1, NOTE_COLUMN).data() == "Rhetorical: no source given"
    document_id = window.controller.document.id
    assert (PASSAGES["opinion"], "Rhetorical: no source given") in stored_notes(
        isolated_paths, document_id
    )
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert (PASSAGES["opinion"], "") in stored_notes(isolated_paths, document_id)


def test_del_deletes_the_selected_rows_and_undo_brings_them_back(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    window.controller.open_document(window.controller.document.id)  # shown as read on opening
    assert all(a.prefix == a.suffix == "" for a in window.panel.model.annotations)
    table = window.panel.table
    table.setFocus()
    table.selectRow(0)
    table.selectionModel().select(
        window.panel.model.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    document_id = window.controller.document.id
    assert panel_rows(window) == [("opinion", PASSAGES["opinion"])]
    assert len(stored_notes(isolated_paths, document_id)) == 1
    stored = LibraryRepository(open_library(isolated_paths)).annotations(document_id)
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))  # one step for the whole deletion
    assert len(panel_rows(window)) == 3
    assert len(stored_notes(isolated_paths, document_id)) == 3
    # The window holds its passages without the words around them; the undo puts back the
    # whole record, words around included.
    restored = LibraryRepository(open_library(isolated_paths)).annotations(document_id)
    assert set(stored) < set(restored)
    assert all(a.prefix or a.suffix for a in restored)


def toggle_places(window: MainWindow) -> list[QRect]:
    """The filter toggles' places in the panel, each once scrolled into sight; fails if one is
    cut off there, covers another, or reaches into the list below."""
    panel = window.panel
    below = panel._list_and_memo if panel._list_and_memo.isVisible() else panel._hint
    under = QRect(below.mapTo(panel, QPoint(0, 0)), below.size())
    area = panel._filter_area
    seen = QRect(area.viewport().mapTo(panel, QPoint(0, 0)), area.viewport().size())
    places = []
    for number, button in enumerate(panel._filter_buttons.values()):
        area.ensureWidgetVisible(button, 0, 0)
        place = QRect(button.mapTo(panel, QPoint(0, 0)), button.size())
        assert seen.contains(place), f"toggle {number} cannot be scrolled into sight: {place}"
        assert not place.intersects(under), f"toggle {number} covers the list"
        places.append(QRect(button.mapTo(panel._filter_strip, QPoint(0, 0)), button.size()))
    for number, place in enumerate(places):
        assert not any(place.intersects(other) for other in places[number + 1 :])
    return places


def test_the_tag_toggles_keep_one_line_that_scrolls_as_tags_grow_and_the_panel_narrows(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    one_line = window.panel._filter_area.height()
    assert len({place.top() for place in toggle_places(window)}) == 1
    for number in range(8):
        window.controller.add_tag(TagSpec(f"theme {number + 1}", "#777777", ""))
    narrowest = window.panel_dock.minimumWidth()
    window.resizeDocks([window.panel_dock], [narrowest], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: window.panel_dock.width() == narrowest)
    places = toggle_places(window)
    assert len(window.panel._filter_buttons) == 13 and len({p.top() for p in places}) == 1
    scroll_bar = window.panel._filter_area.horizontalScrollBar()
    assert scroll_bar.isVisible() and scroll_bar.maximum() > 0
    # The list keeps its room: the toggles take one line and a scroll bar, no more.
    assert window.panel._filter_area.height() <= one_line + scroll_bar.height()


def test_a_laptop_s_first_start_shows_every_tag_toggle_beside_a_readable_article(
    qtbot: QtBot, isolated_paths: Path, messages: list[str]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1152, 648)  # the window's room on a 1920 x 1080 screen at 150 %
    open_in(window, LibraryRepository(open_library(isolated_paths)), isolated_paths)
    window.show()
    qtbot.waitUntil(lambda: window.panel.isVisible())
    area = window.panel._filter_area
    assert not area.horizontalScrollBar().isVisible()
    for button in window.panel._filter_buttons.values():
        place = QRect(button.mapTo(area.viewport(), QPoint(0, 0)), button.size())
        assert area.viewport().rect().contains(place), button.text()
    assert window.centralWidget().width() >= READER_COLUMN
    window.close()


def test_a_small_screen_s_first_start_keeps_the_library_list_readable(
    qtbot: QtBot, isolated_paths: Path, messages: list[str]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(720, 648)  # a 1600 x 900 screen at 200 %, or an 800 x 800 one
    open_in(window, LibraryRepository(open_library(isolated_paths)), isolated_paths)
    window.show()
    qtbot.waitUntil(lambda: window.panel.isVisible())
    assert window.library_dock.width() >= 100  # a title wraps into a few lines, not a column
    assert window.centralWidget().width() >= MIN_READER_WIDTH
    window.close()


def test_filter_by_tag_and_counts_per_tag(qtbot: QtBot, window: MainWindow) -> None:
    tag_all(qtbot, window)
    buttons = window.panel._filter_buttons
    claim_id = next(t.id for t in window.controller.tags if t.name == "claim")
    assert buttons[None].text() == "All 3"
    assert buttons[claim_id].text() == "claim 1"
    qtbot.mouseClick(buttons[claim_id], Qt.MouseButton.LeftButton)
    assert panel_rows(window) == [("claim", PASSAGES["claim"])]
    qtbot.mouseClick(buttons[None], Qt.MouseButton.LeftButton)
    assert len(panel_rows(window)) == 3


def test_a_filtered_list_follows_tagging_retagging_and_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    tag_all(qtbot, window)
    claim_id = next(t.id for t in window.controller.tags if t.name == "claim")
    opinion = next(a for a in window.panel.model.annotations if a.exact == PASSAGES["opinion"])
    window.panel.select_annotation(opinion)
    qtbot.mouseClick(window.panel._filter_buttons[claim_id], Qt.MouseButton.LeftButton)
    assert panel_rows(window) == [("claim", PASSAGES["claim"])]
    place = window.view.verticalScrollBar().value()

    window.controller.retag([opinion], claim_id)  # into the tag shown, in reading order
    assert panel_rows(window) == [("claim", PASSAGES["claim"]), ("claim", PASSAGES["opinion"])]
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))  # and out of it again
    assert panel_rows(window) == [("claim", PASSAGES["claim"])]
    assert window.view.verticalScrollBar().value() == place  # the reader stayed where it was
    assert window.panel._filter_buttons[None].text() == "All 3"

    window.panel.select_annotation(opinion)  # a passage of another tag shows every tag again
    assert len(panel_rows(window)) == 3
    assert window.panel.selected_annotations()[0].exact == PASSAGES["opinion"]
    qtbot.mouseClick(window.panel._filter_buttons[claim_id], Qt.MouseButton.LeftButton)
    assert not window.panel.selected_annotations()  # the chosen row is not in this list
    qtbot.mouseClick(window.panel._filter_buttons[None], Qt.MouseButton.LeftButton)
    [claim] = [a for a in window.panel.model.annotations if a.tag_id == claim_id]
    window.panel.select_annotation(claim)
    qtbot.mouseClick(window.panel._filter_buttons[claim_id], Qt.MouseButton.LeftButton)
    assert window.panel.selected_annotations() == [claim]  # still chosen in its tag's list


def test_empty_panel_shows_how_to_tag(window: MainWindow) -> None:
    assert window.panel._hint.isVisible()
    assert "press <b>1</b>" in window.panel._hint.text()
    assert not window.panel.table.isVisible()


def test_a_failed_write_is_reported_and_leaves_nothing_half_done(
    qtbot: QtBot, window: MainWindow, messages: list[str], monkeypatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(window.controller.repository, "add_annotation", disk_full)
    select_text(window, PASSAGES["claim"])
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert messages and "the disk is full" in messages[0]
    assert "not saved" in messages[0]
    assert panel_rows(window) == []
    assert window.controller.undo_stack.count() == 0
    assert window.view.textCursor().selectedText() == PASSAGES["claim"]  # try again at once


def test_item_models_pass_qt_model_checks(qtbot: QtBot, window: MainWindow, qtmodeltester) -> None:
    tag_all(qtbot, window)
    qtmodeltester.check(window.panel.model, force_py=True)
    qtmodeltester.check(window.documents, force_py=True)


def test_the_filtered_list_passes_qt_model_checks_through_changes(
    qtbot: QtBot, window: MainWindow, qtmodeltester
) -> None:
    tag_all(qtbot, window)
    model = window.panel.model
    tags = {t.name: t.id for t in window.controller.tags}
    claim, opinion = tags["claim"], tags["opinion"]
    window.panel.show_tag(claim)
    qtmodeltester.check(model, force_py=True)  # and it keeps watching the changes below
    quote = next(a for a in model.annotations if a.exact == PASSAGES["quote"])
    window.controller.retag([quote], claim)  # into the list shown
    window.controller.retag([quote], opinion)  # out of it
    select_text(window, PASSAGES["quote"])
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # a new one, shown
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.panel.show_tag(None)
    assert len(model.annotations) == model.rowCount() == 3


# Runs of narrow and zero-width characters (which the shortcut must not cut too soon), wide
# CJK, marks, right-to-left letters and emoji.
CELL_TEXT = st.lists(
    st.tuples(
        st.sampled_from("il .,|ABCmwW\u200b\u200a\u0301\u05d0\u0627\u0644\u4e2d😀\u00e9"),
        st.integers(1, 40),
    ),
    max_size=8,
).map(lambda runs: "".join(character * count for character, count in runs))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=CELL_TEXT, width=st.integers(1, 500), bold=st.booleans())
@example(text="|||||\u05d0", width=14, bold=False)  # Hebrew past the cut reorders the line
def test_a_cell_shows_the_text_qt_would_show_cut_to_its_width(
    qapp: object, text: str, width: int, bold: bool
) -> None:
    font = QFont()
    font.setBold(bold)
    metrics = QFontMetrics(font)
    assert elide(metrics, text, width) == metrics.elidedText(
        text, Qt.TextElideMode.ElideRight, width
    )


def test_passages_read_back_from_the_library_show_their_words(
    open_window: OpenWindow, isolated_paths: Path
) -> None:
    passage = "the mayor’s 𝒻ancy plan"  # after an emoji: Qt and Python count apart
    text, blocks = assemble(
        "Plans 😀", [("paragraph", f"Readers 😀 said {passage} “will fail”. Then it rained.")]
    )
    gone = "A sentence no longer in the text"
    repository = LibraryRepository(open_library(isolated_paths))
    repository.set_setting("seeded", "1")  # no sample article
    document, _ = repository.add_article(
        Article("Plans", text, "test", "hash-plans", tuple(blocks))
    )
    claim, quote = repository.tags()[0].id, repository.tags()[3].id
    start = text.index(passage)
    repository.add_annotation(new_annotation(document.id, claim, start, start + len(passage), text))
    orphan = replace(new_annotation(document.id, quote, 0, 5, text), exact=gone, orphaned=True)
    repository.add_annotation(orphan)
    repository.dispose()

    model = open_window().panel.model
    shown = {
        model.cell_text(row, PASSAGE_COLUMN): model.index(row, PASSAGE_COLUMN).data(
            Qt.ItemDataRole.ToolTipRole
        )
        for row in range(model.rowCount())
    }

    assert shown == {
        passage: passage,
        gone: f"Not found in the current version of the document:\n{gone}",
    }
