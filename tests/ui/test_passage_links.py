"""Links between passages in the panel: made with the keys alone from "Link to…", shown for
the chosen passage from both ends, followed with Enter or Alt+L, undone, and gone with their
passage until that passage's deletion is undone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readmark.core.links import Link
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.links_pane import LinkDialog
from readmark.ui.main_window import MainWindow

from .test_annotation_panel import tag_all
from .test_memo_pane import choose_row


def link_by_keys(qtbot: QtBot, window: MainWindow, kind_keys: str, typed: str) -> None:
    """Ctrl+Shift+L, then in the dialog: the kind chosen by typing, the passage found by
    typing, Enter."""

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            QTimer.singleShot(10, in_dialog)
            return
        # Keys go where the dialog's focus is (the offscreen platform does not make the
        # dialog the active window, so the focus is read from the dialog itself).
        assert dialog.focusWidget() is dialog.kind
        QTest.keyClicks(dialog.kind, kind_keys)  # a combo box finds an item by its first letters
        QTest.keyClick(dialog.kind, Qt.Key.Key_Tab)
        assert dialog.focusWidget() is dialog.filter
        QTest.keyClicks(dialog.filter, typed)
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, in_dialog)
    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Shift+L"))
    window.activateWindow()  # back from the dialog, as the desktop does
    QApplication.processEvents()


def stored_links(library: Path) -> list[Link]:
    repository = LibraryRepository(open_library(library))
    try:
        return repository.links(annotation_ids=[a.id for a in repository.annotations(1)])
    finally:
        repository.dispose()


def test_a_link_made_by_keys_shows_from_both_ends_and_is_followed(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 1)  # the opinion
    link_by_keys(qtbot, window, "contr", "drones")  # contradicts the claim
    links = window.panel.links
    [item] = [links.list.item(r).text() for r in range(links.list.count())]
    assert item.startswith("contradicts: “Two suicide drones")
    opinion, claim = window.panel.model.annotation(1), window.panel.model.annotation(0)
    assert stored_links(isolated_paths) == [Link(opinion.id, claim.id, "contradicts")]

    links.list.setFocus()
    QTest.keyClick(links.list, Qt.Key.Key_Return)  # follows it: the claim, in list and reader
    assert window.panel.table.currentIndex().row() == 0
    assert window.view.selected_span() == (claim.start, claim.end)
    assert links.list.item(0).text().startswith("contradicted by: “So, is this really")

    qtbot.keySequence(window.panel.table, QKeySequence("Alt+L"))  # and back again
    assert window.panel.table.currentIndex().row() == 1
    assert window.view.selected_span() == (opinion.start, opinion.end)

    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Z"))
    assert links.list.count() == 0 and stored_links(isolated_paths) == []
    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Y"))
    assert links.list.count() == 1 and links.heading.text() == "Links 1"


def test_a_deleted_passage_takes_its_links_and_undo_brings_them_back(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, tmp_path: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 2)  # the quote
    link_by_keys(qtbot, window, "supports", "drones")  # supports the claim
    link_by_keys(qtbot, window, "r", "tyrant")  # related to the opinion
    assert len(stored_links(isolated_paths)) == 2
    assert window.panel.links.list.count() == 2

    choose_row(qtbot, window, 0)
    qtbot.keyClick(window.panel.table, Qt.Key.Key_Delete)
    assert len(stored_links(isolated_paths)) == 1
    choose_row(qtbot, window, 1)  # the quote, now second
    assert window.panel.links.list.count() == 1

    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Z"))
    assert len(stored_links(isolated_paths)) == 2
    choose_row(qtbot, window, 2)
    texts = [window.panel.links.list.item(r).text() for r in range(2)]
    assert texts[0].startswith("supports: “Two suicide") and texts[1].startswith("related to")

    window.resize(1280, 800)
    window.panel_dock.resize(460, window.panel_dock.height())
    QApplication.processEvents()
    # docs/panel-links.png is this picture; a test run keeps the repository as it is.
    assert window.panel.grab().save(str(tmp_path / "panel-links.png"))


def test_delete_in_the_links_list_removes_only_the_link(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)
    link_by_keys(qtbot, window, "supported", "settling")  # the claim is supported by the quote
    [link] = stored_links(isolated_paths)
    assert link.kind == "supports" and link.target_id == window.panel.model.annotation(0).id
    window.panel.links.list.setFocus()
    QTest.keyClick(window.panel.links.list, Qt.Key.Key_Delete)
    assert stored_links(isolated_paths) == []
    assert window.panel.model.rowCount() == 3


def test_the_edit_menu_offers_linking_and_following(qtbot: QtBot, window: MainWindow) -> None:
    names = [a.text() for a in window.edit_menu.actions()]
    assert "Lin&k to…" in names and "&Follow Link" in names
    tag_all(qtbot, window)
    choose_row(qtbot, window, 1)
    links = window.panel.links
    assert links.link_action.isEnabled() and not links.follow_action.isEnabled()
    link_by_keys(qtbot, window, "contr", "drones")
    assert links.follow_action.isEnabled()
    window.panel.links.follow_action.trigger()  # as from the menu
    assert window.panel.table.currentIndex().row() == 0
