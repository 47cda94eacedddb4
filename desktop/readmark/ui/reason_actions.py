"""A student's reason for a tag, in an exercise: Classroom > Give a Reason for the Tag
(Ctrl+Shift+1-5), also in the annotation list's right-click menu. The reason goes with the
passage into the work file, and Class Results shows which reasons went with mistakes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from readmark.core.exercise import REASONS
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow

NO_REASON = ""
# Each reason as the menu names it, for the catalogues (core/exercise.py keeps the reasons).
REASON_LABELS = {
    "figure": QT_TRANSLATE_NOOP("", "Figure"),
    "named source": QT_TRANSLATE_NOOP("", "Named source"),
    "hedge": QT_TRANSLATE_NOOP("", "Hedge"),
    "first person": QT_TRANSLATE_NOOP("", "First person"),
    "evaluative word": QT_TRANSLATE_NOOP("", "Evaluative word"),
}


class ReasonActions:
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        self._window = window
        self.menu = QMenu(tr("Give a &Reason for the Tag"), window)
        self.menu.setStatusTip(tr("What in the words made it a claim or an opinion"))
        group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        for number, reason in enumerate((*REASONS, NO_REASON), start=1):
            if not reason:
                self.menu.addSeparator()
            label = REASON_LABELS.get(reason, reason.capitalize())
            text = f"&{number} {tr(label)}" if reason else tr("&No Reason")
            action = QAction(text, self.menu, checkable=True)
            if reason:
                action.setShortcut(QKeySequence(f"Ctrl+Shift+{number}"))
            action.triggered.connect(lambda _=False, cue=reason: self.give(cue))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[reason] = action
        self.menu.aboutToShow.connect(self._check_current_reason)
        menu.addMenu(self.menu)
        window.panel.context_menus.append(self.menu)
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        """On while a student's exercise is open, off elsewhere (keys included)."""
        self.menu.setEnabled(enabled)
        for action in self.actions.values():
            action.setEnabled(enabled)

    def give(self, reason: str) -> None:
        """Gives the passage chosen in the list this reason for its tag (one undo step)."""
        annotation = self._window.panel.memo.annotation
        if annotation is None:
            self._window.statusBar().showMessage(
                tr("Choose a passage first, then its reason."), 5000
            )
            return
        self._window.controller.give_reason(annotation, reason)

    def _check_current_reason(self) -> None:
        annotation = self._window.panel.memo.annotation
        current = annotation.reason if annotation is not None else NO_REASON
        self.actions.get(current, self.actions[NO_REASON]).setChecked(True)
