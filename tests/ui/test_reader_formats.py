"""The reader formats each block as it comes into view: what a reader sees anywhere in a long
document (block styles, nested and long passages, changes, clicks) is what it would see at the
top."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlock
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark.core.model import Annotation, Article
from readmark.core.span_index import LONG_SPAN, SpanIndex
from readmark.core.text import assemble
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui import sliced_work
from readmark.ui.colours import tint
from readmark.ui.highlighter import AnnotationHighlighter
from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow, click_at_offset, format_at, layout_format_at, qt_position

PARAGRAPH = (
    "Council figures show the budget gap grew by 12 per cent, the treasurer said on Tuesday. "
    "Residents of Zürich Street doubt it. “We have heard this before,” one said. "
)


def long_article() -> Article:
    """A title, then two hundred paragraphs with a heading every twenty: far longer than a view."""
    parts = []
    for number in range(200):
        if number % 20 == 10:
            parts.append(("heading", f"Section {number // 20}"))
        parts.append(("paragraph", f"Paragraph {number}. " + PARAGRAPH * 3))
    text, blocks = assemble("The long report", parts)
    return Article("The long report", text, "test", f"hash-{len(text)}", tuple(blocks))


def open_long_document(
    open_window: OpenWindow, library: Path, spans: list[tuple[str, int, int]]
) -> tuple[MainWindow, dict[str, Annotation]]:
    """The window on a library holding the long article with annotations (tag name, start,
    end), opened as a reader would open it."""
    repository = LibraryRepository(open_library(library))
    repository.set_setting("seeded", "1")  # no sample article
    document, _ = repository.add_article(long_article())
    tags = {t.name: t.id for t in repository.tags()}
    added = {}
    for name, start, end in spans:
        annotation = new_annotation(document.id, tags[name], start, end, document.text)
        added[f"{name}@{start}"] = repository.add_annotation(annotation)
    repository.dispose()
    return open_window(), added


def colour(window: MainWindow, name: str) -> str:
    return next(t.colour for t in window.controller.tags if t.name == name)


def test_nested_and_long_passages_far_down_show_once_scrolled_to(
    open_window: OpenWindow, isolated_paths: Path
) -> None:
    text = long_article().text
    outer_start = text.index("Paragraph 170.")
    outer_end = text.index(" Residents", outer_start)
    inner_start = text.index("the budget gap", outer_start)
    long_start = text.index("Paragraph 150.")
    long_end = text.index("Paragraph 156.")
    assert long_end - long_start > LONG_SPAN  # kept apart in the index: must still show
    window, _ = open_long_document(
        open_window,
        isolated_paths,
        [
            ("claim", outer_start, outer_end),
            ("quote", inner_start, inner_start + len("the budget gap")),
            ("opinion", long_start, long_end),
        ],
    )

    only_outer = format_at(window, outer_start + 3)
    both = format_at(window, inner_start + 3)
    assert only_outer is not None and only_outer.background().color() == tint(
        colour(window, "claim")
    )
    assert both is not None and both.background().color() == tint(colour(window, "quote"), 2)
    assert both.underlineColor() == QColor(colour(window, "claim"))
    middle = format_at(window, text.index("Paragraph 153."))
    assert middle is not None and middle.background().color() == tint(colour(window, "opinion"))
    assert format_at(window, text.index("Paragraph 158.")) is None


def test_while_the_top_is_read_the_passages_far_down_get_their_highlights(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path
) -> None:
    text = long_article().text
    start = text.index("the treasurer", text.index("Paragraph 180."))
    window, _ = open_long_document(
        open_window, isolated_paths, [("claim", start, start + len("the treasurer"))]
    )
    view = window.view
    top = view.verticalScrollBar().value()
    block = view.document().findBlock(qt_position(window, start))
    assert block.blockNumber() > view.firstVisibleBlock().blockNumber() + 100  # far out of view

    qtbot.waitUntil(lambda: layout_format_at(window, start + 1) is not None)

    assert view.verticalScrollBar().value() == top  # not scrolled there
    assert layout_format_at(window, start + 1).background().color() == tint(colour(window, "claim"))
    assert layout_format_at(window, start - 2) is None


def test_opening_a_short_document_stops_formatting_the_long_one_ahead(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sliced_work, "SLICE_SECONDS", 0.0)  # a block a slice: far from done
    short_text, short_blocks = assemble("A short note", [("paragraph", PARAGRAPH)])
    short = Article("A short note", short_text, "test", "hash-short", tuple(short_blocks))
    repository = LibraryRepository(open_library(isolated_paths))
    repository.set_setting("seeded", "1")
    repository.add_article(long_article())
    note, _ = repository.add_article(short)
    claim = next(t.id for t in repository.tags() if t.name == "claim")
    start = short_text.index("the treasurer")
    repository.add_annotation(new_annotation(note.id, claim, start, start + 5, short_text))
    repository.dispose()
    window = open_window()
    assert window.controller.document.title == "The long report"
    last_heading = long_article().text.index("Section 9")
    assert layout_format_at(window, last_heading) is None  # its turn has not come

    formatted: list[bool] = []  # whether each block formatted from now on is the note's
    ensure_formatted = AnnotationHighlighter.ensure_formatted

    def watched(highlighter: AnnotationHighlighter, block: QTextBlock) -> None:
        formatted.append(block.isValid())
        ensure_formatted(highlighter, block)

    monkeypatch.setattr(AnnotationHighlighter, "ensure_formatted", watched)
    window.open_from_list(note.id)
    qtbot.waitUntil(lambda: not window.view.formatting_ahead)
    qtbot.wait(50)  # the long report's blocks would still be coming, past the note's end

    assert formatted and all(formatted)
    shown = format_at(window, start + 1)
    assert shown is not None and shown.background().color() == tint(colour(window, "claim"))


def test_headings_far_down_keep_their_style(open_window: OpenWindow, isolated_paths: Path) -> None:
    text = long_article().text
    window, _ = open_long_document(open_window, isolated_paths, [])
    heading = format_at(window, text.index("Section 9") + 2)
    assert heading is not None and heading.fontWeight() >= QFont.Weight.Bold
    assert heading.fontPointSize() > window.view.font().pointSizeF()
    assert format_at(window, text.index("Paragraph 190.")) is None


def test_tagging_and_undoing_far_down_shows_at_once(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path
) -> None:
    text = long_article().text
    window, _ = open_long_document(open_window, isolated_paths, [])
    start = text.index("Residents", text.index("Paragraph 120."))
    end = start + len("Residents of Zürich Street")
    window.view.select_span(start, end)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    tagged = format_at(window, start + 2)
    assert tagged is not None and tagged.background().color() == tint(colour(window, "opinion"))

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert format_at(window, start + 2) is None
    assert window.panel.model.rowCount() == 0


def test_a_retagged_passage_changes_colour_where_it_is_shown(
    open_window: OpenWindow, isolated_paths: Path
) -> None:
    text = long_article().text
    start = text.index("the treasurer", text.index("Paragraph 90."))
    window, added = open_long_document(
        open_window, isolated_paths, [("claim", start, start + len("the treasurer"))]
    )
    assert format_at(window, start + 1).background().color() == tint(colour(window, "claim"))
    quote = next(t.id for t in window.controller.tags if t.name == "quote")
    window.controller.retag([added[f"claim@{start}"]], quote)
    assert format_at(window, start + 1).background().color() == tint(colour(window, "quote"))


def test_clicking_a_highlight_far_down_selects_its_row(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path
) -> None:
    text = long_article().text
    starts = [text.index(f"Paragraph {n}.") for n in range(0, 200, 7)]
    spans = [("claim", start, text.index(".", start) + 1) for start in starts]
    window, _ = open_long_document(open_window, isolated_paths, spans)
    target = text.index("Paragraph 147.")
    window.view.scroll_to(target)
    window.view.viewport().repaint()
    click_at_offset(qtbot, window, target + 3)
    current = window.panel.table.currentIndex()
    assert current.isValid()
    chosen = window.panel.model.index(current.row(), 1).data()
    assert chosen == "Paragraph 147."


def test_the_index_finds_exactly_the_spans_over_a_stretch() -> None:
    """Against a plain scan, with passages of every length, added and removed."""
    chance = random.Random(7)

    class Span:
        def __init__(self, number: int, start: int, end: int) -> None:
            self.id, self.tag_id, self.start, self.end = number, 1, start, end

    spans = []
    for number in range(600):
        start = chance.randrange(20_000)
        length = chance.choice([chance.randint(1, 300), chance.randint(300, 6_000)])
        spans.append(Span(number, start, start + length))
    index: SpanIndex[Span] = SpanIndex(spans[:400])
    for span in spans[400:]:
        index.add(span)
    for span in spans[::3]:
        assert index.remove(span, lambda s, wanted=span: s.id == wanted.id) is span
    kept = [s for n, s in enumerate(spans) if n % 3]
    for _ in range(300):
        start = chance.randrange(26_000)
        end = start + chance.randint(1, 900)
        found = sorted(s.id for s in index.overlapping(start, end))
        assert found == sorted(s.id for s in kept if s.start < end and s.end > start)
