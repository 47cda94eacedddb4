"""Long work runs beside the window, not in it: while a 100,000-annotation export, a 500-file
import or the suggestions for a long article run from the window, its event loop keeps turning
(a 0 ms timer ticks at least every 50 ms, the stall issue 22 allows), and the work's result is
what the user asked."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from factories import make_article, new_annotation
from readmark.paths import seed_files
from readmark.services.exchange import ExportOptions
from readmark.ui.main_window import MainWindow

from .event_loop import MAX_STALL_S, least_longest_stall

pytestmark = pytest.mark.whole_machine


def test_a_100_000_annotation_export_leaves_the_window_responsive(
    window: MainWindow, tmp_path: Path
) -> None:
    repository = window.controller.repository
    text = "A sentence of the article, long enough to hold passages. " * 400
    document, _ = repository.add_article(make_article(text, "Long article"))
    tag = window.controller.tags[0].id
    repository.add_annotations(
        [new_annotation(document.id, tag, n % 2000, n % 2000 + 40, text) for n in range(100_000)]
    )
    target = tmp_path / "library.csv"
    stall = least_longest_stall(
        lambda: window.commands.exchange.export_to(target, "csv", ExportOptions())
    )
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = sum(1 for _ in csv.reader(stream)) - 1
    assert rows == 100_000
    assert window.statusBar().currentMessage().startswith("Exported 100000 annotations")
    assert stall < MAX_STALL_S


def test_a_500_file_import_with_a_book_leaves_the_window_responsive(
    window: MainWindow, tmp_path: Path
) -> None:
    folders = [write_500_files(tmp_path / f"articles {run}", run) for run in range(2)]
    imports: list[int] = []

    def import_500_files() -> None:
        before = window.documents.rowCount()
        window.files.import_paths([folders[len(imports)]])
        imports.append(window.documents.rowCount() - before)

    stall = least_longest_stall(import_500_files)
    assert set(imports) == {500}
    assert stall < MAX_STALL_S


def write_500_files(folder: Path, run: int) -> Path:
    """499 articles and a book, their texts the run's own (the library keeps one copy of a
    text)."""
    folder.mkdir()
    for number in range(499):
        (folder / f"article {number:03}.txt").write_text(
            f"Article {number}\n\nIts own paragraph, number {number}, run {run}.", encoding="utf-8"
        )
    paragraph = "A chapter's sentence, one of many in the book, with its “quotes”. " * 8
    book = "\n\n".join(f"{paragraph} ({number}, {run})" for number in range(2000))
    # Read first: the window opens the file read last, and opening a book is not the import.
    (folder / "a book.txt").write_text(f"The book\n\n{book}", encoding="utf-8")
    return folder


def test_suggestions_for_a_long_article_leave_the_window_responsive(
    qtbot: QtBot, window: MainWindow
) -> None:
    title, body = seed_files()[0].read_text(encoding="utf-8").split("\n", 1)
    text = title + body * 10  # 100 KB: seconds of work for the suggester
    document, _ = window.controller.repository.add_article(make_article(text, "Long article"))
    window.controller.open_document(document.id)
    panel = window.suggestions

    def suggest() -> None:
        panel.suggest()
        assert panel.summary.text() == "Looking for suggestions…"
        qtbot.waitUntil(lambda: panel.summary.text() != "Looking for suggestions…", timeout=120_000)

    stall = least_longest_stall(suggest)
    assert len(panel.model.rows) > 500
    assert panel.model.rows == window.controller.suggestions()  # computed here, directly
    assert stall < MAX_STALL_S
