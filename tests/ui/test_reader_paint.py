"""What the reader shows on screen is what it would paint afresh: no row left from before a
scroll, a change of text size or a new highlight (the reader formats blocks as it paints them,
and a block formatted then may change its height or its place)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow


def on_screen(window: MainWindow) -> QImage:
    """The reader's pixels as the screen has them (on xcb, the X server's)."""
    viewport = window.view.viewport()
    corner = viewport.mapTo(window, QPoint(0, 0))
    grabbed = window.screen().grabWindow(
        window.winId(), corner.x(), corner.y(), viewport.width(), viewport.height()
    )
    return grabbed.toImage().convertToFormat(QImage.Format.Format_RGB32)


def painted_afresh(window: MainWindow) -> QImage:
    return window.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def rows_out_of_date(window: MainWindow) -> list[int]:
    shown, fresh = on_screen(window), painted_afresh(window)
    assert shown.size() == fresh.size()
    return [
        y
        for y in range(shown.height())
        if shown.constScanLine(y).tobytes() != fresh.constScanLine(y).tobytes()
    ]


def test_the_reader_shows_what_it_would_paint_afresh(qtbot: QtBot, window: MainWindow) -> None:
    """A reader's session, as it left a highlight's edge on screen where the highlight had gone
    (offsets into the sample article)."""
    view, controller, comfort = window.view, window.controller, window.commands.menus.comfort
    comfort.choose_theme("dark")
    window.document_list.setFocus()  # no text cursor blinking in the reader
    claim, quote, caption = (
        next(t.id for t in controller.tags if t.name == name)
        for name in ("claim", "quote", "caption")
    )

    def note(offset: int) -> None:  # on the passage at this offset
        controller.set_note(view.annotations_at(offset)[0], "Check the date")

    def retag(offset: int, tag: int) -> None:
        controller.retag([view.annotations_at(offset)[0]], tag)

    steps: list[Callable[[], object]] = [
        lambda: controller.tag_passage(7026, 7278, claim),
        lambda: view.select_span(7578, 7598),
        lambda: comfort.choose_theme("light"),
        lambda: view.verticalScrollBar().setValue(148),
        lambda: note(7100),
        lambda: controller.tag_passage(6887, 6963, caption),
        lambda: comfort.change_text_size(1),
        lambda: retag(7100, quote),
        lambda: view.verticalScrollBar().setValue(149),
        lambda: view.verticalScrollBar().setValue(155),
        lambda: view.select_span(7203, 7223),
    ]
    for number, step in enumerate(steps):
        step()
        for _ in range(5):  # the paints it asked for, and those they asked for
            QApplication.processEvents()
        assert rows_out_of_date(window) == [], f"after step {number}"
