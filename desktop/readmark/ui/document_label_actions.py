"""Document labels in the window: Edit > Label Document As (Ctrl+Alt+1-9 in the labels' order,
Ctrl+Alt+0 for none, and Edit Document Labels…), the same in the library list's right-click
menu, and View > Show Documents to list the documents of one label only (the library's dock
title says which). The menus follow the library's labels as they are edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from readmark.core.document_labels import label_shown
from readmark.ui.colours import tag_icon
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow

ALL_DOCUMENTS = None  # the filter that shows every document
UNLABELLED = ""


class DocumentLabelActions:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        # Which documents the list shows: every one (None), the unlabelled (""), or one label.
        self.shown_label: str | None = ALL_DOCUMENTS
        self._rows_hidden = False  # whether the list may hide a row (a filter was applied)

        self.label_menu = QMenu(tr("&Label Document As"), window)
        self._label_group = QActionGroup(self.label_menu)
        self.label_actions: dict[str, QAction] = {}
        self.label_menu.aboutToShow.connect(self._check_current_label)
        self.filter_menu = QMenu(tr("Show &Documents"), window)
        self._filter_group = QActionGroup(self.filter_menu)
        self.filter_actions: dict[str | None, QAction] = {}
        self.edit_action = QAction(tr("&Edit Document Labels…"), window)
        self.edit_action.triggered.connect(window.show_document_labels)
        self.fill_menus()
        window.controller.document_labels_changed.connect(self.fill_menus)

        window.edit_menu.addMenu(self.label_menu)
        window.view_menu.addMenu(self.filter_menu)
        menus = [self.label_menu.menuAction(), self.filter_menu.menuAction()]
        window.document_list.addActions(menus)
        documents = window.documents
        documents.modelReset.connect(self._apply_filter)
        documents.rowsInserted.connect(self._apply_filter)
        documents.dataChanged.connect(self._apply_filter)

    def fill_menus(self) -> None:
        """Both menus from the library's labels as they are now, with keys in their order."""
        labels = self._window.controller.document_labels()
        self._window.documents.set_label_colours({x.name: tag_icon(x.colour) for x in labels})
        self.label_menu.clear()  # deletes the actions it owns
        self.filter_menu.clear()
        self.label_actions.clear()
        self.filter_actions.clear()
        for number, label in enumerate(labels, start=1):
            shortcut = f"Ctrl+Alt+{number}" if number < 10 else ""
            text = f"&{number} {label.label}" if number < 10 else label.label
            self._add_label_action(label.name, text, shortcut, label.colour)
            self.label_actions[label.name].setStatusTip(label.description)
        self.label_menu.addSeparator()
        self._add_label_action(UNLABELLED, tr("&No Label"), "Ctrl+Alt+0")
        self.label_menu.addSeparator()
        self.label_menu.addAction(self.edit_action)

        choices: list[tuple[str | None, str]] = [(ALL_DOCUMENTS, tr("&All Documents"))]
        choices += [(x.name, tr("Only {label}").format(label=x.label)) for x in labels]
        choices += [(UNLABELLED, tr("Only &Unlabelled"))]
        for label_name, text in choices:
            action = QAction(text, self.filter_menu, checkable=True)
            action.triggered.connect(lambda _=False, shown=label_name: self.show_only(shown))
            self._filter_group.addAction(action)
            self.filter_menu.addAction(action)
            self.filter_actions[label_name] = action
        if self.shown_label not in self.filter_actions:  # its label was renamed or removed
            self.shown_label = ALL_DOCUMENTS
        self.show_only(self.shown_label)

    def _add_label_action(self, label: str, text: str, keys: str, colour: str = "") -> None:
        action = QAction(text, self.label_menu, checkable=True)
        if colour:
            action.setIcon(tag_icon(colour))
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False: self.label_chosen_document(label))
        self._label_group.addAction(action)
        self.label_menu.addAction(action)
        self.label_actions[label] = action

    def chosen_document(self) -> tuple[int, str] | None:
        """The document a label goes on, with its label: the one chosen in the library list
        (a right-click chooses it), else the one open."""
        index = self._window.document_list.currentIndex()
        if index.isValid():
            summary = self._window.documents.document(index.row())
            return summary.id, summary.label
        document = self._window.controller.document
        return None if document is None else (document.id, document.label)

    def label_chosen_document(self, label: str) -> None:
        chosen = self.chosen_document()
        if chosen is not None and chosen[1] != label:
            self._window.controller.label_document(chosen[0], label)

    def show_only(self, label: str | None) -> None:
        """Lists the documents of one label (None: all of them; "": those with none)."""
        self.shown_label = label
        self.filter_actions[label].setChecked(True)
        self._apply_filter()

    def _apply_filter(self) -> None:
        documents, listed = self._window.documents, self._window.document_list
        # Every row shown, and none hidden before: rows come in shown, and an import's 1,000
        # rows each shown again held the end of the import 4 ms a pass.
        if self.shown_label is not ALL_DOCUMENTS or self._rows_hidden:
            for row in range(documents.rowCount()):
                label = documents.document(row).label
                listed.setRowHidden(row, self.shown_label not in (ALL_DOCUMENTS, label))
            self._rows_hidden = self.shown_label is not ALL_DOCUMENTS
        shown = self.shown_label
        if shown is ALL_DOCUMENTS:
            title = tr("Library")
        elif shown:
            title = tr("Library: {label}").format(label=label_shown(shown))
        else:
            title = tr("Library: unlabelled")
        self._window.library_dock.setWindowTitle(title)

    def _check_current_label(self) -> None:
        chosen = self.chosen_document()
        enabled = chosen is not None
        for action in self.label_actions.values():
            action.setEnabled(enabled)
        if chosen is not None and chosen[1] in self.label_actions:
            self.label_actions[chosen[1]].setChecked(True)
