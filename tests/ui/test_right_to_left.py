"""Arabic and Hebrew articles read right to left: lines to the right, passages chosen and
tagged by keyboard as the words a reader of them sees, exported as they are."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from factories import make_article
from readmark.ui.main_window import MainWindow

from .conftest import format_at, select_words_by_keys

ARABIC = (
    "مجلس المدينة يصوت\n\n"
    "صوّت المجلس على إغلاق المكتبة. كان السكان غاضبين جداً.\n\n"
    "قال أحدهم: «هذا قرار سيئ» 😠."
)
FIRST_WORDS = "صوّت المجلس على"


def line_edges(window: MainWindow, block_number: int) -> tuple[float, float]:
    """Where a paragraph's first line starts and ends, in the reader's text width."""
    block = window.view.document().findBlockByNumber(block_number)
    line = block.layout().lineAt(0)
    text = line.naturalTextRect()
    return text.left() - line.x(), line.x() + line.width() - text.right()


def test_an_arabic_article_reads_right_to_left_and_tags_what_is_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.controller.add_article(make_article(ARABIC, title="مجلس المدينة يصوت"))
    left_gap, right_gap = line_edges(window, 2)
    assert right_gap < 2 < left_gap  # the line keeps to the right edge

    # In a right-to-left line the next word is to the left.
    select_words_by_keys(qtbot, window, 2, 3, Qt.Key.Key_Left)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    [annotation] = window.panel.model.rows
    assert annotation.exact == FIRST_WORDS
    start = ARABIC.index(FIRST_WORDS)
    assert (annotation.start, annotation.end) == (start, start + len(FIRST_WORDS))
    assert format_at(window, start + 1) is not None

    out = tmp_path / "arabic.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    qtbot.keySequence(window, "Ctrl+E")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert (row["passage"], row["tag"]) == (FIRST_WORDS, "claim")


def test_an_english_article_after_it_keeps_to_the_left(window: MainWindow) -> None:
    window.controller.add_article(make_article(ARABIC, title="مجلس المدينة يصوت"))
    english = "Council votes\n\nThe council voted to close the library."
    window.controller.add_article(make_article(english, title="Council votes"))
    left_gap, right_gap = line_edges(window, 2)
    assert left_gap < 2 < right_gap
