"""Every command in the menus, run with every question it asks turned down, ends without an error
and leaves the window reading: a reader who opens a dialog and thinks better of it loses
nothing. (The Reading Font command failed this way: it read Qt's answer the wrong way round.)"""

from __future__ import annotations

import inspect

import pytest
from PySide6 import QtPrintSupport, QtWidgets
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QAction, QColor, QContextMenuEvent, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QFontDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from readmark.ui.main_window import MainWindow

from .conftest import select_text

# Commands that end the session rather than run in it.
ENDING = {"&Quit", "&Close Window"}


def commands(menu: QMenu, path: str = "") -> list[tuple[str, QAction]]:
    """The menu's commands, those of its submenus included, each with where it is found."""
    found = []
    menu.aboutToShow.emit()  # menus filled as they open (coders, recent documents)
    for action in menu.actions():
        name = f"{path} > {action.text()}" if path else action.text()
        if action.menu() is not None:
            found += commands(action.menu(), name)  # type: ignore[arg-type]
        elif not action.isSeparator() and action.text() not in ENDING:
            found.append((name, action))
    return found


@pytest.fixture
def every_question_declined(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every dialog the app opens is dismissed at once, as by Escape; returns their titles."""
    asked: list[str] = []

    def declined(answer: object) -> object:
        def dismiss(*args: object, **kwargs: object) -> object:
            asked.append(next((str(a) for a in args[1:] if isinstance(a, str)), ""))
            return answer

        return dismiss

    for module in (QtWidgets, QtPrintSupport):
        for _, dialog in inspect.getmembers(module, inspect.isclass):
            if issubclass(dialog, QDialog) and "exec" in vars(dialog):
                monkeypatch.setattr(dialog, "exec", declined(int(QDialog.DialogCode.Rejected)))
    for name in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, declined(QMessageBox.StandardButton.Cancel))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, declined(("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", declined(([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", declined(""))
    for name in ("getText", "getItem", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, declined(("", False)))
    monkeypatch.setattr(QInputDialog, "getInt", declined((0, False)))
    monkeypatch.setattr(QFontDialog, "getFont", declined((False, QFont())))
    monkeypatch.setattr(QColorDialog, "getColor", declined(QColor()))
    monkeypatch.setattr(QDesktopServices, "openUrl", declined(True))
    return asked


def run_every_command(qtbot: QtBot, window: MainWindow, selected: str | None) -> None:
    """Runs each command, `selected` chosen in the article first if given; fails on the first
    error, naming the command."""
    found = [c for menu in window.menuBar().actions() for c in commands(menu.menu())]  # type: ignore[arg-type]
    assert len(found) > 50, [name for name, _ in found]
    text, opened = window.view.text, window.controller.document
    for name, action in found:
        if selected:
            select_text(window, selected)
        with qtbot.capture_exceptions() as raised:
            if action.isEnabled():
                action.trigger()
            qtbot.wait(1)
            for widget in QApplication.topLevelWidgets():  # dialogs left open: closed, as a user
                if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
                    widget.close()
            qtbot.wait(1)
        assert not raised, f"{name}: {raised[0][1]!r}"
        assert window.isVisible(), name
        if name.startswith("Open &Recent") and opened is not None:  # another, as it should
            window.open_from_list(opened.id)
        assert window.view.text == text, name


def test_every_command_runs_on_an_article_with_a_passage_selected(
    qtbot: QtBot, window: MainWindow, every_question_declined: list[str]
) -> None:
    select_text(window, "Two suicide drones")
    window.tag_actions[0].trigger()
    run_every_command(qtbot, window, "Moscovites awoke")
    assert every_question_declined  # the dialogs were reached, and declined


def test_every_command_runs_in_an_empty_library(
    qtbot: QtBot, window: MainWindow, every_question_declined: list[str]
) -> None:
    window.controller.remove_document(window.controller.document.id)
    qtbot.waitUntil(lambda: window.controller.document is None)
    window.controller.undo_stack.clear()  # as on the next start: nothing to bring back
    run_every_command(qtbot, window, None)


def test_every_right_click_command_runs(
    qtbot: QtBot, window: MainWindow, every_question_declined: list[str]
) -> None:
    select_text(window, "Two suicide drones")
    window.tag_actions[0].trigger()
    table = window.panel.table
    ran: dict[str, list[str]] = {}

    def run_the_open_menu(place: str) -> None:
        """Runs each command of the menu on screen (the panel's row chosen again before each),
        then closes it."""
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, lambda: run_the_open_menu(place))
            return
        ran[place] = []
        for name, action in commands(menu):
            table.selectRow(0)
            select_text(window, "Moscovites awoke")
            if action.isEnabled():
                action.trigger()
            ran[place].append(name)
        menu.close()

    for place, widget in (("reader", window.view.viewport()), ("panel", table.viewport())):
        table.selectRow(0)
        where = QPoint(10, 10)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, widget.mapToGlobal(where))
        QTimer.singleShot(0, lambda place=place: run_the_open_menu(place))
        with qtbot.capture_exceptions() as raised:
            QApplication.sendEvent(widget, event)  # returns once the menu has closed
            qtbot.wait(1)
        assert not raised, f"{place}: {raised[0][1]!r}"
    assert "Claim" in ran["reader"] and "&Copy" in " ".join(ran["reader"])
    assert ran["panel"][:4] == [f"Tag &As > {n}" for n in ("Claim", "Opinion", "Caption", "Quote")]
    assert window.view.text and window.controller.document is not None
