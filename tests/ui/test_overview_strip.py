"""The highlights strip follows each tag, change and undo by the rows it touches, and shows what
counting every passage again would show."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

import readmark.ui.sliced_work
from factories import new_annotation
from readmark.core.model import Annotation
from readmark.ui.main_window import MainWindow
from readmark.ui.overview_strip import OverviewStrip

from .conftest import select_text

TEXT = "word " * 2_000
COLOURS = {1: "#d62728", 2: "#1f77b4", 3: "#2ca02c"}


def strip_over(qtbot: QtBot, annotations: list[Annotation]) -> OverviewStrip:
    strip = OverviewStrip(lambda: annotations, COLOURS.__getitem__)
    qtbot.addWidget(strip)
    strip.resize(12, 120)
    strip.set_length(len(TEXT))
    return strip


def image(strip: OverviewStrip) -> QImage:
    return strip.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


spans = st.tuples(
    st.integers(0, len(TEXT) - 1), st.integers(1, 3_000), st.sampled_from(sorted(COLOURS))
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.lists(spans, max_size=12),
    steps=st.lists(st.tuples(st.sampled_from(["add", "remove", "retag"]), spans), max_size=12),
)
def test_changes_one_at_a_time_draw_what_a_recount_draws(
    qtbot: QtBot, first: list[tuple[int, int, int]], steps: list[tuple[str, tuple[int, int, int]]]
) -> None:
    def annotation(start: int, length: int, tag_id: int) -> Annotation:
        return new_annotation(1, tag_id, start, min(len(TEXT), start + length), TEXT)

    shown = [annotation(*span) for span in first]
    strip = strip_over(qtbot, shown)
    strip.marks()  # counted once, as the window's first paints have it
    image(strip)
    for action, span in steps:
        if action == "add":
            shown.append(annotation(*span))
            strip.add_annotation(shown[-1])
        elif shown and action == "remove":
            strip.remove_annotation(shown.pop(span[0] % len(shown)))
        elif shown:
            at = span[0] % len(shown)
            shown[at] = replace(shown[at], tag_id=span[2])
            strip.change_annotation(shown[at])
        counted = strip_over(qtbot, list(shown))
        assert strip.marks() == counted.marks()
        assert image(strip) == image(counted)


def test_a_tag_and_its_undo_change_the_strip_without_a_recount(
    qtbot: QtBot, window: MainWindow
) -> None:
    strip = window.overview
    strip.marks()  # counted once for the document, as its first paints have it
    counts = []
    listed = strip._annotations
    strip._annotations = lambda: counts.append(1) or listed()  # type: ignore[method-assign]
    select_text(window, "Victory Day military parade")
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    tagged = image(strip)
    fresh = OverviewStrip(listed, strip._colours)
    qtbot.addWidget(fresh)
    fresh.resize(strip.size())
    fresh.set_theme(strip.theme)
    fresh.set_length(len(window.controller.document.text))
    fresh.set_visible_part(*strip._visible)
    assert strip.marks() == fresh.marks() != {}
    assert tagged == image(fresh)

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    fresh.highlights_changed()
    assert strip.marks() == fresh.marks()
    assert image(strip) == image(fresh)
    assert counts == []  # every change was followed row by row, none counted all again


def test_a_long_document_is_counted_between_paints(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A book's 100,000 passages took 50-150 ms to count, in the paint that first showed them.
    monkeypatch.setattr(readmark.ui.sliced_work, "SLICE_SECONDS", 0.0)  # a step a slice
    shown = [new_annotation(1, 1 + n % 3, n * 3, n * 3 + 2, TEXT) for n in range(3_000)]
    counted = strip_over(qtbot, shown)
    counted.marks()
    strip = strip_over(qtbot, shown)
    assert image(strip) != image(counted)  # the first paint waits for no count
    qtbot.waitUntil(lambda: image(strip) == image(counted))
    assert strip.marks() == counted.marks() != {}


def test_the_strip_draws_its_ground_the_part_in_view_and_each_mark_as_filled_rectangles(
    qtbot: QtBot,
) -> None:
    strip = strip_over(qtbot, [new_annotation(1, 2, 0, len(TEXT) // 4, TEXT)])
    strip.set_visible_part(0.5, 0.75)
    strip.marks()
    shown = image(strip)
    # What QPainter.fillRect paints: the shade over the ground, where the reader is.
    expected = QImage(1, 1, QImage.Format.Format_RGB32)
    painter = QPainter(expected)
    painter.fillRect(QRect(0, 0, 1, 1), strip.theme.strip)
    ground = expected.pixelColor(0, 0)
    painter.fillRect(QRect(0, 0, 1, 1), strip.theme.strip_shade)
    painter.end()
    shaded = expected.pixelColor(0, 0)
    assert shown.pixelColor(6, 10) == QColor(COLOURS[2])  # in the first quarter, tagged 2
    assert shown.pixelColor(0, 10) == ground  # beside the mark
    assert shown.pixelColor(6, 40) == ground  # past the passage
    assert shown.pixelColor(6, 80) == shaded  # in the part in view
    assert shown.pixelColor(6, 110) == ground


# Paints a strip (ground and shade; marks need a document, whose cursor makes the namespace)
# in a process of its own, and prints whether PySide has made the Qt namespace.
PAINT_A_STRIP = """
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from readmark.ui.overview_strip import OverviewStrip

app = QApplication([])
strip = OverviewStrip(lambda: [], lambda _tag_id: "")
strip.resize(12, 120)
strip.set_visible_part(0.25, 0.5)
strip.grab()
print("Qt" in vars(QtCore))
"""


def test_the_strip_paints_without_making_the_qt_namespace() -> None:
    # It paints in the first look's paint, which PySide's making of the namespace's 93 enums
    # (27-44 ms) would hold back (see readmark.ui).
    painted = subprocess.run(
        [sys.executable, "-c", PAINT_A_STRIP], capture_output=True, text=True, timeout=120
    )
    assert painted.returncode == 0, painted.stderr
    assert painted.stdout.split()[-1] == "False"
