"""Changes other programs make to the library while the window is open show in its lists."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from readmark.core.model import DocumentSummary
from readmark.ui.document_list import DocumentListModel
from readmark.ui.main_window import MainWindow

from .conftest import select_text
from .test_tagging import panel_rows


def listed_titles(window: MainWindow) -> list[str]:
    model = window.documents
    return [model.index(row).data() for row in range(model.rowCount())]


def test_an_article_imported_on_the_command_line_appears_and_the_reader_stays_put(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    reading = select_text(window, "drones")
    before = listed_titles(window)
    article = tmp_path / "letter.md"
    article.write_text("# A letter from Lagos\n\nThe harbour was quiet that morning.\n")

    # The test's library, through READMARK_LIBRARY, as a second program would open it.
    subprocess.run([sys.executable, "-m", "readmark", "import", str(article)], check=True)

    qtbot.waitUntil(lambda: listed_titles(window) == [*before, "A letter from Lagos"])
    assert window.view.selected_span() == reading
    assert window.document_list.currentIndex().row() == 0
    assert window.windowTitle() == f"{before[0]} — Readmark"
    assert panel_rows(window) == [("claim", "Two suicide drones")]
    window.controller.undo_stack.undo()
    assert panel_rows(window) == []


def summary(document_id: int) -> DocumentSummary:
    return DocumentSummary(
        document_id, f"Article {document_id}", "test", datetime(2026, 1, 1, tzinfo=UTC), 0
    )


@given(
    before=st.lists(st.integers(1, 30), unique=True, max_size=12).map(sorted),
    after=st.lists(st.integers(1, 30), unique=True, max_size=12).map(sorted),
)
def test_the_library_list_keeps_the_selected_document_selected_as_others_come_and_go(
    before: list[int], after: list[int]
) -> None:
    model = DocumentListModel(lambda _id: 0)
    model.set_documents([summary(i) for i in before])
    selection = QItemSelectionModel(model)
    chosen = next((i for i in before if i in after), None)
    if chosen is not None:
        selection.setCurrentIndex(
            model.index(before.index(chosen)), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
    model.set_documents([summary(i) for i in after])
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        f"Article {i}" for i in after
    ]
    if chosen is not None:
        assert selection.currentIndex().row() == after.index(chosen)
