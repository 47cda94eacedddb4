"""View > Language: the interface's language, remembered for the next start."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from readmark.core.texts import LANGUAGES
from readmark.ui.translation import choose_language, chosen_language, tr


def install_language_menu(window: QMainWindow, view_menu: QMenu) -> QMenu:
    """A submenu of the system's language and each translated one, each named in itself; the
    choice is kept in the reader's settings and applies when Readmark next starts."""
    menu = view_menu.addMenu(tr("&Language"))
    group = QActionGroup(menu)
    current = chosen_language()
    for code, name in [("", tr("System Language")), *LANGUAGES.items()]:
        action = QAction(name, menu, checkable=True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, code=code: _choose(window, code))
        group.addAction(action)
        menu.addAction(action)
    return menu


def _choose(window: QMainWindow, code: str) -> None:
    choose_language(code)
    window.statusBar().showMessage(
        tr("The interface will be in this language the next time Readmark starts."), 8000
    )
