"""The library list after a large import: placed a batch of rows at a time, it still shows the
article the window opened, far down the list, as its current row."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow


def test_the_opened_article_is_shown_in_the_list_after_a_large_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(400):
        (folder / f"article {number:03}.txt").write_text(
            f"Article number {number} with a title long enough to wrap in the list\n\n"
            f"Its paragraph, number {number}.",
            encoding="utf-8",
        )
    window.files.import_paths([folder])
    listed = window.document_list

    def shown() -> None:
        current = listed.currentIndex()
        assert window.documents.document(current.row()).id == window.controller.document.id
        assert listed.viewport().rect().contains(listed.visualRect(current))

    qtbot.waitUntil(shown)
    assert listed.currentIndex().row() > 300  # far down: the list had to scroll to it
