"""The document labels' codebook edited from the window (Edit > Label Document As > Edit
Document Labels…): a label added, moved, recoloured, renamed and removed, each one undo step,
kept in the library; Ctrl+Alt+digit follows the labels' order, and documents follow a rename
or a removal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from readmark.core.document_labels import DOCUMENT_LABELS_SETTING, decode_labels
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.document_labels_dialog import DocumentLabelsDialog
from readmark.ui.main_window import MainWindow

from .test_document_labels import listed, stored_labels


def open_dialog(window: MainWindow) -> DocumentLabelsDialog:
    window.commands.document_labels.edit_action.trigger()  # as from the menu
    [dialog] = window.findChildren(DocumentLabelsDialog)
    assert dialog.isVisible()
    return dialog


def answer(monkeypatch: pytest.MonkeyPatch, **answers: object) -> None:
    """What the dialog's questions get: a name, a colour, a removed label's documents' fate."""
    for question, value in answers.items():
        monkeypatch.setattr(DocumentLabelsDialog, f"_ask_{question}", lambda *_a, v=value, **_k: v)


def shown_in_dialog(dialog: DocumentLabelsDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def saved_labels(library: Path) -> list[tuple[str, str]]:
    repository = LibraryRepository(open_library(library))
    try:
        return [
            (x.name, x.colour) for x in decode_labels(repository.setting(DOCUMENT_LABELS_SETTING))
        ]
    finally:
        repository.dispose()


def label_keys(window: MainWindow) -> dict[str, str]:
    actions = window.commands.document_labels.label_actions
    return {name: action.shortcut().toString() for name, action in actions.items() if name}


def test_a_label_added_moved_and_recoloured_takes_its_keys_and_is_kept(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = window.controller.document.title
    dialog = open_dialog(window)
    answer(monkeypatch, name="satire 🎭")
    dialog.add_label()
    assert shown_in_dialog(dialog)[-1] == "Satire 🎭  (Ctrl+Alt+7)"
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+7"))
    assert listed(window) == [f"{title}\nSatire 🎭"]
    assert stored_labels(isolated_paths) == ["satire 🎭"]

    for _ in range(6):
        dialog.move_label(-1)  # to the top
    assert label_keys(window)["satire 🎭"] == "Ctrl+Alt+1"
    assert label_keys(window)["news"] == "Ctrl+Alt+2"
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+2"))
    assert listed(window) == [f"{title}\nNews"]
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+1"))
    assert listed(window) == [f"{title}\nSatire 🎭"]

    answer(monkeypatch, colour="#112233")
    dialog.recolour_label()
    icon = window.documents.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert icon.pixmap(16, 16).toImage().pixelColor(8, 8).name() != "#000000"
    assert saved_labels(isolated_paths)[0] == ("satire 🎭", "#112233")
    assert window.commands.document_labels.filter_actions["satire 🎭"].text() == "Only Satire 🎭"

    window.controller.undo_stack.undo()  # the colour
    window.controller.undo_stack.undo()  # the label given by Ctrl+Alt+1
    window.controller.undo_stack.undo()  # news by Ctrl+Alt+2
    for _ in range(6):
        window.controller.undo_stack.undo()  # the moves
    assert label_keys(window)["satire 🎭"] == "Ctrl+Alt+7"
    assert saved_labels(isolated_paths)[-1][0] == "satire 🎭"
    assert shown_in_dialog(dialog)[0] == "News  (Ctrl+Alt+1)"


def test_a_rename_relabels_documents_and_a_removal_asks_what_they_become(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    title = window.controller.document.title
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Alt+3"))  # entertainment
    labels = window.commands.document_labels
    labels.show_only("entertainment")
    dialog = open_dialog(window)
    dialog.choose("entertainment")
    answer(monkeypatch, name="satire")
    dialog.rename_label()
    assert listed(window) == [f"{title}\nSatire"]  # the list shows all again: its filter's gone
    assert stored_labels(isolated_paths) == ["satire"]
    assert window.controller.document.label == "satire"
    assert label_keys(window)["satire"] == "Ctrl+Alt+3" and "entertainment" not in label_keys(
        window
    )

    questions: list[int] = []

    def fate(_self: object, label: object, others: list[object], count: int) -> str:
        questions.append(count)
        return "opinion"

    monkeypatch.setattr(DocumentLabelsDialog, "_ask_fate", fate)
    dialog.choose("satire")
    dialog.remove_label()
    assert questions == [1]
    assert listed(window) == [f"{title}\nOpinion"]
    assert "satire" not in label_keys(window) and len(label_keys(window)) == 5
    assert label_keys(window)["raw information"] == "Ctrl+Alt+5"

    dialog.choose("propaganda")  # labels no document: removed without a question
    dialog.remove_label()
    assert questions == [1] and len(saved_labels(isolated_paths)) == 4

    qtbot.keySequence(window.view, QKeySequence("Ctrl+Z"))
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Z"))
    assert listed(window) == [f"{title}\nSatire"]
    assert stored_labels(isolated_paths) == ["satire"]
    qtbot.keySequence(window.view, QKeySequence("Ctrl+Z"))
    assert listed(window) == [f"{title}\nEntertainment"]
    assert [name for name, _ in saved_labels(isolated_paths)][2] == "entertainment"


def test_a_taken_or_empty_name_is_refused_with_a_message(
    window: MainWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    typed = iter([("  News ", True), ("", True), ("news", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(typed))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog = open_dialog(window)
    dialog.add_label()
    assert warnings == ["There is a label “News” already.", "A label needs a name."]
    assert len(shown_in_dialog(dialog)) == 6 and window.controller.undo_stack.count() == 0
