"""The library list after a large import: placed a batch of rows at a time, it still shows the
article the window opened, far down the list, as its current row; and where that row cannot
show (filtered out by a label), the list stops waiting for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from readmark.ui.library_parts import LibraryParts
from readmark.ui.main_window import MainWindow


def _write_articles(folder: Path) -> Path:
    folder.mkdir()
    for number in range(400):
        (folder / f"article {number:03}.txt").write_text(
            f"Article number {number} with a title long enough to wrap in the list\n\n"
            f"Its paragraph, number {number}.",
            encoding="utf-8",
        )
    return folder


def test_the_opened_article_is_shown_in_the_list_after_a_large_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.files.import_paths([_write_articles(tmp_path / "articles")])
    listed = window.document_list

    def shown() -> None:
        current = listed.currentIndex()
        assert window.documents.document(current.row()).id == window.controller.document.id
        assert listed.viewport().rect().contains(listed.visualRect(current))

    qtbot.waitUntil(shown)
    assert listed.currentIndex().row() > 300  # far down: the list had to scroll to it


def test_a_list_filtered_by_label_stops_waiting_to_show_a_row_it_hides(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The imported articles have no label: the list shows none of them, and places none, so
    # waiting a turn at a time for the opened one's place would go on for ever.
    window.commands.document_labels.filter_actions["opinion"].trigger()
    waits: list[int] = []
    wait = LibraryParts._scroll_once_placed

    def counted_wait(parts: LibraryParts, *args: object) -> None:
        waits.append(1)
        wait(parts, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(LibraryParts, "_scroll_once_placed", counted_wait)
    window.files.import_paths([_write_articles(tmp_path / "articles")])
    QTest.qWait(300)
    assert waits  # it did try to show the opened article's row
    waits.clear()
    QTest.qWait(300)
    assert waits == []
