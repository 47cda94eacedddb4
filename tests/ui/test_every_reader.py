"""Every widget a user reaches has a name and a role a screen reader can say, in the window and
in each dialog, as Qt's accessibility interface gives them to Orca, NVDA or VoiceOver."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QKeySequenceEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark import __version__
from readmark.app import create_window
from readmark.ui.about_dialog import AboutDialog
from readmark.ui.codebook_dialog import CodebookDialog
from readmark.ui.exercise_dialogs import MakeExerciseDialog
from readmark.ui.export_dialog import ExportDialog
from readmark.ui.library_search import LibrarySearchDialog
from readmark.ui.main_window import MainWindow

from .conftest import qt_position, select_text

# What a user acts on, by keyboard or mouse: each must say what it is.
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)
# Roles that say nothing of what a widget does.
VAGUE = (QAccessible.Role.NoRole, QAccessible.Role.Client)


def unnamed(top: QWidget) -> list[str]:
    """The visible widgets under `top` that a user reaches (an interactive kind, or one Tab
    stops at) and a screen reader would announce without a name or a telling role."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        reached = (
            isinstance(widget, INTERACTIVE)
            or (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        )
        if not widget.isVisible() or not reached or widget.focusProxy() is not None:
            continue  # a focus proxy (a tab widget's bar, a key field's line) is checked itself
        if isinstance(widget, QHeaderView) and isinstance(widget.parent(), QAbstractItemView):
            continue  # its view's interface gives the headers as the table's header cells
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        role = interface.role() if interface else QAccessible.Role.NoRole
        if not name or role in VAGUE:
            found.append(f"{widget_path(widget, top)}: name {name!r}, role {role.name}")
    return found


def widget_path(widget: QWidget, top: QWidget) -> str:
    path = []
    while widget is not None and widget is not top:
        path.append(
            type(widget).__name__ + (f"({widget.objectName()})" * bool(widget.objectName()))
        )
        widget = widget.parentWidget()
    return " in ".join(path) or type(top).__name__


Surface = Callable[[MainWindow, pytest.MonkeyPatch, Path], QWidget]


def codebook(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    return window.show_codebook()


def tag_editor(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    asked: list[QDialog | QMessageBox] = []
    monkeypatch.setattr(CodebookDialog, "_ask", lambda self, dialog: asked.append(dialog))
    window.show_codebook().new_tag()
    asked[0].show()
    return asked[0]


def export(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    dialog = ExportDialog(window)
    dialog.show()
    return dialog


def agreement(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    return window.commands.coder_actions.show_agreement()


def summary(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    return window.show_summary()


def make_exercise(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    counts = window.controller.tag_counts_of(window.controller.document.id)
    dialog = MakeExerciseDialog("The article", window.controller.tags, counts, window)
    dialog.show()
    return dialog


def exercise_bar(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> MainWindow:
    """The bar above a student's exercise, with its Check and Export buttons."""
    path = tmp_path / "exercise.rmexercise"
    controller = window.controller
    claim = controller.tags[0]
    controller.tag_passage(0, 20, claim.id)
    made = window.commands.classroom.save_exercise(path, (claim.name,), "Tag.", True, True)
    assert made is not None
    student = create_window(str(tmp_path / "student.sqlite3"))
    window.destroyed.connect(student.close)
    student.show()
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Ana", True))
    assert student.commands.classroom.open_exercise_file(path) is not None
    return student


def feedback(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    student = exercise_bar(window, monkeypatch, tmp_path)
    dialog = student.commands.classroom.check_work()
    assert dialog is not None
    return dialog


def class_results(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    student = exercise_bar(window, monkeypatch, tmp_path)
    work = student.commands.classroom.export_work(tmp_path / "Ana.rmwork")
    assert work is not None
    dialog = window.commands.classroom.class_results([work])
    assert dialog is not None
    dialog.show()
    return dialog


def about(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    dialog = AboutDialog(__version__, tmp_path, window)
    dialog.show()
    return dialog


def curation(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    """Two coders' versions of a passage side by side, and the consensus."""
    controller = window.controller
    document = controller.document
    claim, opinion = controller.tags[:2]
    controller.tag_passage(0, 20, claim.id)
    theirs = new_annotation(document.id, opinion.id, 0, 20, document.text)
    controller.repository.add_annotation(replace(theirs, coder="a colleague"))
    dialog = window.commands.coder_actions.curate()
    assert dialog is not None
    return dialog


def library_search(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    window.library.search_library()
    dialog = window.findChild(LibrarySearchDialog)
    assert dialog is not None
    QTest.keyClicks(dialog.field, "drones")
    return dialog


def find_bar(window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> QWidget:
    window.find_bar.open_bar()
    QTest.keyClicks(window.find_bar.field, "the")
    return window.find_bar


SURFACES: list[Surface] = [
    lambda window, monkeypatch, tmp_path: window,
    codebook,
    tag_editor,
    export,
    agreement,
    curation,
    summary,
    make_exercise,
    exercise_bar,
    feedback,
    class_results,
    about,
    library_search,
    find_bar,
]


@pytest.fixture
def closing() -> Iterator[list[QWidget]]:
    shown: list[QWidget] = []
    yield shown
    for widget in shown:
        widget.close()


@pytest.mark.parametrize("surface", SURFACES, ids=["window", *(s.__name__ for s in SURFACES[1:])])
def test_every_widget_a_user_reaches_is_named(
    qtbot: QtBot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    closing: list[QWidget],
    surface: Surface,
) -> None:
    shown = surface(window, monkeypatch, tmp_path)
    closing.append(shown)
    qtbot.waitUntil(shown.isVisible)
    for line in unnamed(shown):
        print(line)
    assert unnamed(shown) == []


def test_a_screen_reader_hears_the_tags_of_the_passage_at_the_cursor(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Not told by colour alone: moving the text cursor into a highlight by keyboard, the reader's
    description (which Orca and NVDA say) names its tag, coder and note; out of it, nothing."""
    phrase = "Such an attack would have been unthinkable"
    start, _ = select_text(window, phrase)
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # opinion
    window.controller.set_note(window.panel.model.rows[0], "Counterfactual framing")
    view = window.view
    reader = QAccessible.queryAccessibleInterface(view)
    cursor = view.textCursor()
    cursor.setPosition(qt_position(window, start) - 2)
    view.setTextCursor(cursor)
    assert reader.text(QAccessible.Text.Description) == ""
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    coder = window.controller.coder
    said = reader.text(QAccessible.Text.Description)
    assert said == f"opinion — {coder} (you): Counterfactual framing"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert reader.text(QAccessible.Text.Description) == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="an announcement elsewhere")
def test_a_status_message_is_a_notification_that_shows_named_by_it(window: MainWindow) -> None:
    message = "Tagged as claim. Ctrl+Z undoes it."
    window.statusBar().showMessage(message)
    shown = [
        QAccessible.queryAccessibleInterface(child)
        for child in window.statusBar().findChildren(QWidget)
        if child.isVisible()
    ]
    notices = [
        i.text(QAccessible.Text.Name) for i in shown if i.role() == QAccessible.Role.Notification
    ]
    assert notices == [message]
    window.statusBar().clearMessage()
    assert not any(
        child.isVisible()
        and QAccessible.queryAccessibleInterface(child).role() == QAccessible.Role.Notification
        for child in window.statusBar().findChildren(QWidget)
    )
