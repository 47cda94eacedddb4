"""Searching the whole library, in texts and notes; a result opens its passage."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readmark.services.documents import SearchHit
from readmark.ui.accessibility import clear_button
from readmark.ui.controller import LibraryController
from readmark.ui.screen_fit import fitted

HIT_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching every text


class LibrarySearchDialog(QDialog):
    hit_chosen = Signal(object)  # the SearchHit to open

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle("Search the Library")
        self.resize(fitted(QSize(760, 460), self))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Words in the articles or in your notes")
        self.field.setAccessibleName("Search the library")
        clear_button(self.field)
        self.summary = QLabel(self)
        self.results = QStandardItemModel(0, 3, self)
        self.results.setHorizontalHeaderLabels(["Document", "Found in", "Context"])
        self.table = QTableView(self)
        self.table.setAccessibleName("Search results")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.results)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.resizeSection(0, 200)
        header.resizeSection(1, 70)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._on_table_activated)
        self.table.doubleClicked.connect(self._on_table_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self._on_field_return_pressed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def search(self) -> None:
        self._timer.stop()
        query = self.field.text()
        hits = self._controller.search(query) if query.strip() else []
        self.results.removeRows(0, self.results.rowCount())
        for hit in hits:
            where = QStandardItem("note" if hit.annotation is not None else "text")
            title = QStandardItem(hit.document_title)
            title.setData(hit, HIT_ROLE)
            context = QStandardItem(hit.context)
            context.setToolTip(hit.context)
            self.results.appendRow([title, where, context])
        found = len(hits)
        self.summary.setText(
            "" if not query.strip() else f"{found} place{'' if found == 1 else 's'} found"
        )

    def _on_field_return_pressed(self) -> None:
        self.search()
        if self.results.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_table_activated(self, index: QModelIndex) -> None:
        hit: SearchHit = index.siblingAtColumn(0).data(HIT_ROLE)
        self.hit_chosen.emit(hit)
