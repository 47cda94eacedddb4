"""Searching the whole library, in texts and notes; a result opens its passage."""

from __future__ import annotations

from collections.abc import Generator, Iterator

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
from readmark.ui.sliced_work import SlicedWork
from readmark.ui.translation import tr

HIT_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching every text


class LibrarySearchDialog(QDialog):
    hit_chosen = Signal(object)  # the SearchHit to open

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(tr("Search the Library"))
        self.resize(fitted(QSize(760, 460), self))
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(tr("Words in the articles or in your notes"))
        self.field.setAccessibleName(tr("Search the library"))
        clear_button(self.field)
        self.summary = QLabel(self)
        self.results = QStandardItemModel(0, 3, self)
        self.results.setHorizontalHeaderLabels(["Document", "Found in", "Context"])
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Search results"))
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
        self._work: SlicedWork[None] | None = None  # the search running, between paints
        self._select_first = False  # Return was pressed: the first result takes the focus
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self._on_field_return_pressed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def search(self) -> None:
        """Searches every text and note a step at a time between paints, the results listed
        as they are found."""
        self._timer.stop()
        if self._work is not None:
            self._work.cancel()
            self._work = None
        self.results.removeRows(0, self.results.rowCount())
        query = self.field.text()
        if not query.strip():
            self.summary.setText("")
            return
        self.summary.setText(tr("Searching…"))
        steps = self._listing(self._controller.search_in_steps(query))
        self._work = SlicedWork(steps, self._on_search_done, self)
        self._work.start()

    def searching(self) -> bool:
        return self._work is not None

    def _listing(self, steps: Iterator[list[SearchHit]]) -> Generator[None, None, None]:
        for hits in steps:
            for hit in hits:
                where = QStandardItem("note" if hit.annotation is not None else "text")
                title = QStandardItem(hit.document_title)
                title.setData(hit, HIT_ROLE)
                context = QStandardItem(hit.context)
                context.setToolTip(hit.context)
                self.results.appendRow([title, where, context])
            if hits:
                self.summary.setText(
                    tr("{found} so far, searching…").format(found=self._found_text())
                )
                self._focus_first_result()
            yield

    def _on_search_done(self, _: None) -> None:
        self._work = None
        self.summary.setText(self._found_text())
        self._focus_first_result()
        self._select_first = False

    def _found_text(self) -> str:
        found = self.results.rowCount()
        return (tr("1 place found") if found == 1 else tr("{count} places found")).format(
            count=found
        )

    def _focus_first_result(self) -> None:
        if self._select_first and self.results.rowCount():
            self._select_first = False
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_field_return_pressed(self) -> None:
        self._select_first = True
        self.search()

    def _on_table_activated(self, index: QModelIndex) -> None:
        hit: SearchHit = index.siblingAtColumn(0).data(HIT_ROLE)
        self.hit_chosen.emit(hit)
