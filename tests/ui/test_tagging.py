"""The 0.1 loop in the real window: select, tag, see it, undo, restart and find it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeySequence
from pytestqt.qtbot import QtBot

from readmark.core.importing import normalise_text
from readmark.paths import seed_files
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.annotation_model import PASSAGE_COLUMN, TAG_COLUMN
from readmark.ui.colours import tint
from readmark.ui.main_window import MainWindow

from .conftest import (
    OpenWindow,
    format_at,
    qt_position,
    select_qt_range,
    select_text,
    select_words_by_keys,
)

PHRASE = "Two suicide drones had somehow managed to penetrate the city’s air defences"


def stored(library: Path) -> LibraryRepository:
    return LibraryRepository(open_library(library))


def panel_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.panel.model
    return [
        (model.index(r, TAG_COLUMN).data(), model.index(r, PASSAGE_COLUMN).data())
        for r in range(model.rowCount())
    ]


def tag_colour(window: MainWindow, name: str) -> str:
    return next(t.colour for t in window.controller.tags if t.name == name)


def test_first_start_shows_the_sample_article_with_its_title(window: MainWindow) -> None:
    raw = normalise_text(seed_files()[0].read_text(encoding="utf-8"))
    sample = raw[: raw.rindex("\n\nsource:")]  # its closing source line became metadata
    # Raw text keeps NBSP (toPlainText makes it a space) and separates blocks with U+2029.
    assert window.view.document().toRawText().replace("\u2029", "\n") == sample
    title = sample.split("\n")[0]
    assert window.windowTitle() == f"{title} — Readmark"
    assert window.documents.rowCount() == 1
    assert window.controller.document.source == "dailymail.co.uk"
    title_format = format_at(window, 3)
    body_format = format_at(window, sample.index("In the dawn"))
    assert title_format is not None and title_format.fontWeight() >= 700
    assert title_format.fontPointSize() > window.view.font().pointSizeF() * 1.3
    assert body_format is None  # body text keeps the reading font, unhighlighted
    assert "Serif" in window.view.fontInfo().family() or window.view.font().styleHint() != 0


def test_select_and_press_2_tags_an_opinion_shown_stored_and_highlighted(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    start, end = select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_2)

    assert panel_rows(window) == [("opinion", PHRASE)]
    [annotation] = stored(isolated_paths).annotations(window.controller.document.id)
    assert (annotation.start, annotation.end, annotation.exact) == (start, end, PHRASE)
    fmt = format_at(window, start + 5)
    assert fmt is not None
    assert fmt.background().color() == tint(tag_colour(window, "opinion"))
    assert format_at(window, end + 2) is None
    assert not window.view.textCursor().hasSelection()  # the highlight shows, not the selection


def test_undo_and_redo_with_the_keyboard_reach_the_store(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    start, _ = select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    document_id = window.controller.document.id

    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert panel_rows(window) == []
    assert stored(isolated_paths).annotations(document_id) == []
    assert format_at(window, start + 5) is None
    # The status bar (and a screen reader) says so, rather than "Tagged as claim." still.
    assert window.statusBar().currentMessage() == "Undone: Tag as claim"

    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    assert panel_rows(window) == [("claim", PHRASE)]
    assert len(stored(isolated_paths).annotations(document_id)) == 1
    assert format_at(window, start + 5) is not None
    assert window.statusBar().currentMessage() == "Redone: Tag as claim"


def test_undoing_a_tag_leaves_the_reader_where_it_was(qtbot: QtBot, window: MainWindow) -> None:
    """Removing the panel's current row must not send the reader to the passage after it."""
    later = "The next round of shattering"
    select_text(window, later)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    place = window.view.verticalScrollBar().value()

    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert panel_rows(window) == [("caption", later)]
    assert window.view.verticalScrollBar().value() == place
    assert not window.view.textCursor().hasSelection()


def test_restart_reopens_the_document_its_annotations_and_reading_place(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window()
    select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    late = window.controller.document.text.index("The next round of shattering")
    window.view.scroll_to(late)
    position = window.view.reading_position()
    window.close()

    again = open_window()
    assert panel_rows(again) == [("quote", PHRASE)]
    qtbot.waitUntil(lambda: again.view.reading_position() > 0)
    assert abs(again.view.reading_position() - position) < 200
    assert again.view.reading_position() <= late


def test_leading_and_trailing_whitespace_of_a_selection_is_trimmed(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.controller.document.text
    start = text.index("In the dawn hours")
    window.view.select_span(start - 2, start + len("In the dawn hours") + 1)  # blank line, space
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert panel_rows(window) == [("claim", "In the dawn hours")]


def test_a_blank_selection_tags_nothing_and_says_why(qtbot: QtBot, window: MainWindow) -> None:
    text = window.controller.document.text
    blank = text.index("\n\n")
    window.view.select_span(blank, blank + 2)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    assert panel_rows(window) == []
    assert "Select a passage first" in window.statusBar().currentMessage()


def test_the_same_passage_takes_each_tag_once(qtbot: QtBot, window: MainWindow) -> None:
    text = window.controller.document.text
    start = text.index("In the dawn hours")
    window.view.select_span(start, start + len("In the dawn hours"))
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.view.select_span(start - 1, start + len("In the dawn hours") + 1)  # trimmed: the same
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    assert panel_rows(window) == [("claim", "In the dawn hours")]
    assert "tagged this passage as claim already" in window.statusBar().currentMessage()
    assert window.view.textCursor().hasSelection()  # kept, to tag it otherwise

    qtbot.keyClick(window.view, Qt.Key.Key_2)  # another tag on it is another reading
    assert sorted(panel_rows(window)) == [
        ("claim", "In the dawn hours"),
        ("opinion", "In the dawn hours"),
    ]


def test_a_passage_tagged_out_of_sight_is_not_tagged_twice(
    qtbot: QtBot, window: MainWindow
) -> None:
    text = window.controller.document.text
    start = text.index("In the dawn hours")
    window.view.select_span(start, start + len("In the dawn hours"))
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.controller.show_coders(frozenset({"a colleague"}))  # the reader's own passages hidden
    assert panel_rows(window) == []

    window.view.select_span(start, start + len("In the dawn hours"))
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    assert panel_rows(window) == [("claim", "In the dawn hours")]  # shown again, once
    assert "tagged this passage as claim already" in window.statusBar().currentMessage()


def test_nested_passages_both_stay_visible(qtbot: QtBot, window: MainWindow) -> None:
    outer = "‘I agree [that] this is the beginning of the end of Putin"
    inner = "the beginning of the end"
    outer_start, _ = select_text(window, outer)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    inner_start = window.controller.document.text.index(inner, outer_start)
    window.view.select_span(inner_start, inner_start + len(inner))
    qtbot.keyClick(window.view, Qt.Key.Key_4)

    claim, quote = tag_colour(window, "claim"), tag_colour(window, "quote")
    only_outer = format_at(window, outer_start + 3)
    both = format_at(window, inner_start + 3)
    assert only_outer.background().color() == tint(claim)
    assert both.background().color() == tint(quote, 2)
    assert both.underlineColor() == QColor(claim)
    assert both.background().color() != only_outer.background().color()
    assert [row[0] for row in panel_rows(window)] == ["claim", "quote"]


def test_offsets_stay_right_after_emoji_and_other_astral_characters(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, isolated_paths: Path
) -> None:
    article = tmp_path / "emoji.txt"
    article.write_text(
        "Emoji 🎉 headline 𝔘\n\nA 😀😀 line with 𠀀 then the claim that matters here.\n",
        encoding="utf-8",
    )
    window.files.import_paths([article])
    text = window.controller.document.text
    start = text.index("the claim")
    qt_start = qt_position(window, start)
    assert qt_start == start + 5  # five astral characters before it, each two UTF-16 units
    select_qt_range(window, qt_start, qt_start + len("the claim that matters"))
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    [annotation] = stored(isolated_paths).annotations(window.controller.document.id)
    assert annotation.exact == "the claim that matters"
    assert text[annotation.start : annotation.end] == annotation.exact
    fmt = format_at(window, annotation.start)
    assert fmt is not None and format_at(window, annotation.start - 2) is None


def test_toolbar_and_menu_offer_each_tag_with_keys_1_to_4(window: MainWindow) -> None:
    actions = window.tag_actions
    assert [a.text() for a in actions] == ["Claim", "Opinion", "Caption", "Quote"]
    assert [a.shortcut().toString() for a in actions] == ["1", "2", "3", "4"]
    toolbar_actions = window.findChild(type(window.addToolBar("probe")), "main-toolbar").actions()
    assert all(a in toolbar_actions for a in actions)


def test_a_new_library_says_what_each_tag_is_for(window: MainWindow) -> None:
    # Shown on hover, in the status bar, and on a class's worksheets: a student new to the
    # tags learns from them what a claim is, as against an opinion.
    for action, tag in zip(window.tag_actions, window.controller.tags, strict=True):
        assert len(tag.description) > 20
        assert tag.description in action.toolTip() and action.statusTip() == tag.description
    claim, opinion = (t.description for t in window.controller.tags[:2])
    assert "checked" in claim and "thinks" in opinion


def test_tagging_from_the_toolbar_button(qtbot: QtBot, window: MainWindow) -> None:
    select_text(window, PHRASE)
    window.tag_actions[2].trigger()
    assert panel_rows(window) == [("caption", PHRASE)]


def test_the_toolbar_stays_put_while_its_undo_button_names_the_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QToolButton

    buttons = {b.text(): b for b in window.toolbar.findChildren(QToolButton) if b.isVisible()}
    places = {text: button.geometry() for text, button in buttons.items()}
    select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    qtbot.wait(10)  # the toolbar would lay itself out again on the next pass
    assert buttons["Undo"].text() == "Undo" and buttons["Undo"].isEnabled()
    assert buttons["Undo"].toolTip() == "Undo Tag as opinion"
    assert {text: button.geometry() for text, button in buttons.items()} == places
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert "&Undo Tag as opinion" in [a.text() for a in edit_menu.actions()]  # in full there


def test_select_with_the_keyboard_and_tag(qtbot: QtBot, window: MainWindow) -> None:
    select_words_by_keys(qtbot, window, 2, 3)
    qtbot.keyClick(window.view, Qt.Key.Key_3)
    [(tag, passage)] = panel_rows(window)
    assert tag == "caption" and passage.startswith("In the dawn")


def test_right_click_menu_offers_the_tags_and_tags_the_selection(window: MainWindow) -> None:
    select_text(window, PHRASE)
    menu = window.view.context_menu(window.view.viewport().rect().center())
    offered = {a.text(): a for a in menu.actions()}
    assert {"Claim", "Opinion", "Caption", "Quote"} <= set(offered)
    assert any("Copy" in text for text in offered)  # the usual entries stay
    offered["Quote"].trigger()
    assert panel_rows(window) == [("quote", PHRASE)]


class Paints(QObject):
    """Names the watched widgets in the order they paint."""

    def __init__(self, widgets: dict[str, QObject]) -> None:
        super().__init__()
        self.names = {id(widget): name for name, widget in widgets.items()}
        self.order: list[str] = []
        for widget in widgets.values():
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self.order.append(self.names[id(watched)])
        return False


def test_the_highlight_paints_first_and_the_list_follows(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show()
    qtbot.waitExposed(window)
    paints = Paints(
        {
            "reader": window.view.viewport(),
            "list": window.panel.table.viewport(),
            "strip": window.overview,
        }
    )
    select_text(window, PHRASE)
    qtbot.wait(20)
    paints.order.clear()
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: {"list", "strip"} <= set(paints.order))
    assert paints.order[0] == "reader"  # the new highlight, before the list's rows
    assert panel_rows(window) == [("claim", PHRASE)]

    # A tag the store refuses leaves the list and the strip painting too.
    monkeypatch.setattr(window.controller, "tag_passage", lambda *_: None)
    select_text(window, "In the dawn hours")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert panel_rows(window) == [("claim", PHRASE)]
    qtbot.wait(20)
    paints.order.clear()
    window.panel.table.viewport().update()
    window.overview.update()
    qtbot.waitUntil(lambda: {"list", "strip"} <= set(paints.order))
