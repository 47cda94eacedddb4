"""Document labels in the window: given with Ctrl+Alt+digit or from the library list's menu,
shown under the title in the list, undone, and used to list one kind of document only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.main_window import MainWindow

from .test_library_window import cp1252_article  # noqa: F401 (a fixture)


def listed(window: MainWindow) -> list[str]:
    """The library list's rows as shown (hidden rows left out)."""
    documents = window.documents
    return [
        documents.index(row).data(Qt.ItemDataRole.DisplayRole)
        for row in range(documents.rowCount())
        if not window.document_list.isRowHidden(row)
    ]


def stored_labels(library: Path) -> list[str]:
    repository = LibraryRepository(open_library(library))
    try:
        return [d.label for d in repository.documents()]
    finally:
        repository.dispose()


def test_a_label_given_by_keys_shows_in_the_list_and_is_undone(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    title = window.controller.document.title
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+1"))  # news
    assert listed(window) == [f"{title}\nNews"]
    assert stored_labels(isolated_paths) == ["news"]
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+6"))
    assert listed(window) == [f"{title}\nRaw information"]
    assert window.controller.document.label == "raw information"

    qtbot.keySequence(window.view, QKeySequence("Ctrl+Z"))
    assert listed(window) == [f"{title}\nNews"]
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+0"))
    assert listed(window) == [title] and stored_labels(isolated_paths) == [""]


def test_the_list_shows_one_label_only_when_asked(
    qtbot: QtBot,
    window: MainWindow,
    isolated_paths: Path,
    cp1252_article: Path,  # noqa: F811 (the fixture)
) -> None:
    sample = window.controller.document
    window.files.import_paths([cp1252_article])
    imported = window.controller.document
    labels = window.commands.document_labels
    list_view = window.document_list
    list_view.setCurrentIndex(window.documents.index(window.documents.row_of(sample.id)))
    labels.label_actions["opinion"].trigger()  # as from the list's right-click menu
    assert stored_labels(isolated_paths) == ["opinion", ""]
    assert window.controller.document.id == imported.id  # labelling did not open it

    labels.filter_actions["opinion"].trigger()
    assert listed(window) == [f"{sample.title}\nOpinion"]
    assert window.library_dock.windowTitle() == "Library: Opinion"
    labels.filter_actions[""].trigger()
    assert listed(window) == [imported.title]
    window.controller.undo_stack.undo()  # the label goes: the sample is unlabelled again
    assert listed(window) == [sample.title, imported.title]
    labels.filter_actions[None].trigger()
    assert window.library_dock.windowTitle() == "Library"
    assert len(listed(window)) == 2
