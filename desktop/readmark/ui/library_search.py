"""Searching the whole library, in texts and notes; a result opens its passage. The search
runs on a worker thread, on a connection of its own; the dialog lists its hits as they come."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent, QStandardItem, QStandardItemModel
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

from readmark.services.documents import SearchHit, search_in_steps
from readmark.ui.accessibility import clear_button
from readmark.ui.background_work import Cancel, Finished, Running, run_on_thread
from readmark.ui.controller import LibraryController
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.store.repository import LibraryRepository

HIT_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching every text


class _Search(QObject):
    """One query's search. Its hits go to the GUI thread a step's at a time, with the search
    they are of (a newer one may have replaced it by the time they arrive)."""

    found = Signal(object, object)  # this search, a list of the hits of its latest step

    def __init__(self, query: str) -> None:
        super().__init__()  # no parent: the worker thread keeps it until it has run
        self.query = query
        self.stop = Cancel()

    def run(self, library: LibraryRepository) -> None:
        """On the worker thread: stops between two steps once told to."""
        for hits in search_in_steps(library, self.query):
            if self.stop.pressed():
                return
            if hits:
                self.found.emit(self, hits)


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
        self.results.setHorizontalHeaderLabels([tr("Document"), tr("Found in"), tr("Context")])
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
        self._search: _Search | None = None  # the search whose hits are listed
        self._running: Running[None] | None = None  # its worker thread, until it ends
        self._interrupted = False  # closed while searching: opened again, it searches again
        self._select_first = False  # Return was pressed: the first result takes the focus
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self._on_field_return_pressed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def search(self) -> None:
        """Searches every text and note on a worker thread, the results listed as they are
        found; a search still running is stopped, its results no longer wanted."""
        self._timer.stop()
        self._stop_searching()
        self.results.removeRows(0, self.results.rowCount())
        query = self.field.text()
        if not query.strip():
            self.summary.setText("")
            return
        self.summary.setText(tr("Searching…"))
        search = self._search = _Search(query)
        search.found.connect(self._on_found)  # queued: emitted on the worker thread
        apart = self._controller.query_apart  # touches only the library's path
        self._running = run_on_thread(
            lambda: apart(search.run), self._on_search_done, self, "readmark-search"
        )

    def searching(self) -> bool:
        """Whether a search runs, or will once the pause in typing (or the dialog's first
        paint, opened again) is over."""
        return self._running is not None or self._timer.isActive()

    def _stop_searching(self) -> None:
        if self._search is not None:
            self._search.stop.press()
            self._search = None
        if self._running is not None:
            self._running.drop()
            self._running = None

    def _on_found(self, search: _Search, hits: list[SearchHit]) -> None:
        if search is not self._search:
            return  # a search stopped since: its last hits were on their way
        for hit in hits:
            where = QStandardItem("note" if hit.annotation is not None else "text")
            title = QStandardItem(hit.document_title)
            title.setData(hit, HIT_ROLE)
            context = QStandardItem(hit.context)
            context.setToolTip(hit.context)
            self.results.appendRow([title, where, context])
        self.summary.setText(tr("{found} so far, searching…").format(found=self._found_text()))
        self._focus_first_result()

    def _on_search_done(self, finished: Finished[None]) -> None:
        self._search = self._running = None
        if finished.error is not None:
            raise finished.error  # as the same error on the GUI thread would
        self.summary.setText(self._found_text())
        self._focus_first_result()
        self._select_first = False

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        """Closing the dialog stops its search (the results it has are kept)."""
        if self.searching():
            self._timer.stop()
            self._stop_searching()
            self._interrupted = True
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._interrupted:
            self._interrupted = False
            self._timer.start()  # after the dialog has painted, as after typing

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
