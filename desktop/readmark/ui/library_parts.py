"""The main window's parts that need its library, made at once around the library's controller
(MainWindow.attach), in the places the window's frame kept for them, and what they and the frame
show of each change the controller announces."""

from __future__ import annotations

import itertools
from collections.abc import Generator
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer
from PySide6.QtWidgets import QListView, QMessageBox, QTabWidget, QWidget

from readmark.core.model import Annotation, Document
from readmark.core.opened_passages import OpenedPassages
from readmark.ui.annotation_panel import AnnotationPanel
from readmark.ui.document_list import DOCUMENT_ID_ROLE, DocumentListModel
from readmark.ui.find_bar import FindBar
from readmark.ui.library_actions import LibraryActions
from readmark.ui.main_window import folded_blocks, one_dialog
from readmark.ui.offline_text import plain_text
from readmark.ui.sliced_work import AHEAD, SlicedWork
from readmark.ui.suggestions_panel import SuggestionsPanel
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.services.documents import SearchHit
    from readmark.ui.controller import LibraryController, ShownSuggestion
    from readmark.ui.main_window import MainWindow

# Save the reading position this long after scrolling stops, so a crash keeps it too.
POSITION_SAVE_DELAY_MS = 1500
# The library list's rows placed an event-loop turn.
LIST_BATCH = 100


class LibraryParts(QObject):
    """The controller; the find bar above the article; the side tabs (annotations, suggestions)
    and the library list, in the docks; the file commands; and the timer that keeps the reading
    position. Made whole in one go, around the two panels (see made_in_steps): the window holds
    them from attach_in_steps() on, never in part."""

    @staticmethod
    def made_in_steps(
        controller: LibraryController, window: MainWindow
    ) -> Generator[None, None, LibraryParts]:
        """The parts, each panel made in an event-loop turn of its own (see SlicedWork): made
        in one turn with the rest, 13-22 ms of Python held the window (7, 3 and 5 apart)."""
        panel = AnnotationPanel(controller, window)
        yield
        suggestions = SuggestionsPanel(controller, window)
        yield
        return LibraryParts(controller, window, panel, suggestions)

    def __init__(
        self,
        controller: LibraryController,
        window: MainWindow,
        panel: AnnotationPanel,
        suggestions: SuggestionsPanel,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.controller = controller
        self.find_bar = FindBar(window.view, window)
        window.reader_layout.insertWidget(
            window.reader_layout.indexOf(window.repeats_bar) + 1, self.find_bar
        )
        self.panel = panel
        self.panel.memo.said.connect(lambda message: window.statusBar().showMessage(message, 5000))
        self.suggestions = suggestions
        self.side_tabs = QTabWidget(window)
        self.side_tabs.setAccessibleName(window.panel_dock.windowTitle())  # focusable to AT-SPI
        self.side_tabs.addTab(self.panel, tr("Annotations"))
        self.side_tabs.addTab(self.suggestions, tr("Suggestions"))
        window.panel_dock.setWidget(self.side_tabs)
        self.documents = DocumentListModel(controller.annotation_count)  # see list_documents
        self.document_list = QListView(window)
        self.document_list.setAccessibleName(tr("Documents"))
        self.document_list.setModel(self.documents)
        self.document_list.setWordWrap(True)
        # Rows placed a batch an event-loop turn: placing 1,000 word-wrapped titles at once, as
        # an import's new rows made the list do, held the window 60-150 ms.
        self.document_list.setLayoutMode(QListView.LayoutMode.Batched)
        self.document_list.setBatchSize(LIST_BATCH)
        self.document_list.setSpacing(2)
        self.document_list.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        window.library_dock.setWidget(self.document_list)
        self.files = LibraryActions(window, controller)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._repeats_check: SlicedWork[list[int]] | None = None  # while one looks for repeats
        window.overview.read_from(
            lambda: self.panel.model.annotations, lambda tag_id: controller.tag(tag_id).colour
        )
        self._connect(controller)

    def _connect(self, controller: LibraryController) -> None:
        """What the window shows of each change the controller announces, and of each choice
        made in the parts."""
        view = self._window.view
        controller.document_opened.connect(self._on_controller_document_opened)
        controller.documents_changed.connect(self.list_documents)
        controller.annotation_added.connect(self._on_controller_annotation_added)
        controller.annotation_removed.connect(view.remove_annotation)
        controller.annotation_removed.connect(self._window.overview.remove_annotation)
        controller.annotation_changed.connect(self._on_controller_annotation_changed)
        controller.failed.connect(self._on_controller_failed)
        controller.folding_changed.connect(self._on_controller_folding_changed)
        controller.document_closed.connect(self._on_controller_document_closed)
        controller.tags_changed.connect(self._on_controller_tags_changed)
        self._window.repeats_bar.fold_chosen.connect(controller.fold_repeats)
        self.panel.annotation_activated.connect(self._on_panel_annotation_activated)
        self.suggestions.suggestion_activated.connect(self._on_suggestions_suggestion_activated)
        self.suggestions.decided.connect(self._on_suggestions_decided)
        view.annotation_clicked.connect(self.panel.select_annotation)
        self.document_list.activated.connect(self._on_document_list_activated)
        self.document_list.clicked.connect(self._on_document_list_activated)
        self._position_timer.timeout.connect(self.save_reading_position)
        view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)

    def suggest_tags(self) -> None:
        """Proposes passages for the reader to confirm, drawn dashed and listed beside once
        computed (on a worker thread: the window goes on meanwhile), and tells how many."""
        self.side_tabs.setCurrentWidget(self.suggestions)
        self.suggestions.table.setFocus()
        self.suggestions.listed.connect(
            self._tell_suggestion_count, QtCore.Qt.ConnectionType.SingleShotConnection
        )
        self.suggestions.suggest()

    def _tell_suggestion_count(self, count: int) -> None:
        self._window.statusBar().showMessage(
            tr("1 suggestion: Enter accepts, Del rejects.")
            if count == 1
            else tr("{count} suggestions: Enter accepts, Del rejects.").format(count=count),
            8000,
        )

    def order_tab_stops(self) -> None:
        """Tab goes library, article (and the bars above it), the side tabs, then the panel top
        to bottom; Qt's own order follows creation, which put the tabs after the note."""
        stops = [self.side_tabs.tabBar(), *self.panel.tab_stops]
        for before, after in itertools.pairwise(stops):
            QWidget.setTabOrder(before, after)

    def cycle_focus(self, step: int) -> None:
        """Moves the keyboard focus between the library, the article and the annotations."""
        panes: list[QWidget] = [self.document_list, self._window.view, self.panel.table]
        shown = [p for p in panes if p.isVisible()]
        if not shown:
            return
        current = next((i for i, p in enumerate(shown) if p.hasFocus()), -1)
        shown[(current + step) % len(shown)].setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def go_to_annotation(self, direction: int, tag_id: int | None = None) -> None:
        """Moves to the next (1) or previous (-1) annotation after the cursor, of one tag or any."""
        here = self._window.view.selected_span()[0 if direction < 0 else 1]
        candidates = [
            a
            for a in self.panel.model.annotations
            if not a.orphaned and (tag_id is None or a.tag_id == tag_id)
        ]
        ahead = [a for a in candidates if (a.start >= here if direction > 0 else a.start < here)]
        if not ahead:
            self._window.statusBar().showMessage(tr("No more annotations that way."), 4000)
            return
        target = ahead[0] if direction > 0 else ahead[-1]
        self.panel.select_annotation(target)
        self._window.view.select_span(target.start, target.end)
        self._window.view.setFocus()

    def show_folded_repeats(self, shown: bool) -> None:
        """Shows the repeated blocks again, or folds them away (View > Show Folded Repeats)."""
        document = self.controller.document
        if document is not None and shown == bool(document.folded_blocks):
            self.controller.fold_repeats(not shown)

    def search_library(self) -> None:
        from readmark.ui.library_search import LibrarySearchDialog

        def make() -> LibrarySearchDialog:
            made = LibrarySearchDialog(self.controller, self._window)
            made.hit_chosen.connect(self._on_search_hit_chosen)
            return made

        dialog = one_dialog(self._window, LibrarySearchDialog, make)
        dialog.field.setFocus()
        dialog.field.selectAll()

    def _on_search_hit_chosen(self, hit: SearchHit) -> None:
        self._window.open_from_list(hit.document_id)
        if hit.annotation is not None:
            self.panel.select_annotation(hit.annotation)
        self._window.view.select_span(hit.start, hit.end)

    def save_reading_position(self) -> None:
        self._position_timer.stop()
        self.controller.save_reading_position(self._window.view.reading_position())

    def _on_controller_document_opened(self, document: Document, shown: OpenedPassages) -> None:
        window, view = self._window, self._window.view
        # The first look's article, opened with the library now: the reader may have moved on.
        keep_place = view.show_document(document, shown.placed, self.controller.tags)
        view.formats_ahead = True  # the library's highlights: from now on they stay
        window.document_header.show_document(document)
        window.setWindowTitle(tr("{title} — Readmark").format(title=document.title))
        QTimer.singleShot(0, self.document_list, lambda: self._select_listed(document.id))
        self._show_folding(document)
        self.find_bar.refresh()
        self.suggestions.clear()  # suggestions belong to the document they were for
        self.side_tabs.setCurrentWidget(self.panel)
        window.overview.set_length(len(document.text))  # counted afresh at its next paint
        if not keep_place:
            position = document.reading_position
            QTimer.singleShot(0, view, lambda: view.scroll_to(position))  # not once it is gone

    def _select_listed(self, document_id: int) -> None:
        row = self.documents.row_of(document_id)
        if row is not None:
            index = self.documents.index(row)
            self.document_list.setCurrentIndex(index)
            batches = self.documents.rowCount() // LIST_BATCH + 1
            self._scroll_once_placed(QPersistentModelIndex(index), 2 * batches)

    def _scroll_once_placed(self, index: QPersistentModelIndex, turns_left: int) -> None:
        """Shows the row once the list has placed it: a batch a turn, a row far down comes
        after the list has scrolled to where it would have been. A row a label filters out is
        never placed; any other is, within the turns its batches take (waited twice over)."""
        listed = self.document_list
        if (
            not index.isValid()
            or listed.currentIndex() != index  # the reader has chosen another row meanwhile
            or listed.isRowHidden(index.row())
        ):
            return
        if not listed.visualRect(index).isEmpty():
            listed.scrollTo(index)
        elif turns_left:
            QTimer.singleShot(0, listed, lambda: self._scroll_once_placed(index, turns_left - 1))

    def _show_folding(self, document: Document) -> None:
        window, view = self._window, self._window.view
        view.fold_blocks(folded_blocks(document))
        window.commands.menus.show_repeats_action.setChecked(not document.folded_blocks)
        window.repeats_bar.hide()
        if self._repeats_check is not None:  # still looking in the document shown before
            self._repeats_check.cancel()
            self._repeats_check = None
        if document.folded_blocks is not None:
            return  # the reader has chosen already

        def undecided() -> bool:
            current = self.controller.document
            return (
                current is not None and current.id == document.id and current.folded_blocks is None
            )

        def offer(repeats: list[int]) -> None:
            self._repeats_check = None
            if repeats and undecided():  # not another document by now, nor a choice made
                top = view.reading_position()
                window.repeats_bar.offer(len(repeats))
                self.controller.note_repeats_offered()  # asked once per document
                # The bar takes room from the reader now, which then keeps its place.
                window.reader_layout.activate()
                view.scroll_to(top)

        def check() -> None:
            if undecided():
                steps = self.controller.repeats_in_steps()
                self._repeats_check = SlicedWork(steps, offer, self, AHEAD)
                self._repeats_check.start()

        # The check takes a while on a book: the article shows first, and the check runs
        # between paints, so that the reader can scroll meanwhile; the offer comes after.
        view.run_after_paint(check)

    def _on_controller_folding_changed(self, document: Document) -> None:
        self._show_folding(document)

    def _on_controller_tags_changed(self) -> None:
        view = self._window.view
        self._window.commands.install_tag_actions()
        view.set_tag_colours({t.id: t.colour for t in self.controller.tags})
        view.set_tag_underlines(self.controller.tag_underlines())
        self._window.overview.colours_changed()
        self.order_tab_stops()  # the panel's filters are new

    def _on_controller_document_closed(self) -> None:
        self._window.view.clear_document()
        self._window.document_header.clear()
        self._window.repeats_bar.hide()
        self._window.setWindowTitle(tr("Readmark"))

    def list_documents(self) -> None:
        """Lists the library's documents afresh (counting a book's passages takes a turn of
        its own as the window is built)."""
        self.documents.set_documents(self.controller.documents())

    def _on_controller_failed(self, message: str) -> None:
        QMessageBox.warning(self._window, tr("Readmark"), plain_text(message))

    def _on_controller_annotation_added(self, annotation: Annotation) -> None:
        if not annotation.orphaned:
            self._window.view.add_annotation(annotation)
        self._window.overview.add_annotation(annotation)

    def _on_controller_annotation_changed(self, annotation: Annotation) -> None:
        if not annotation.orphaned:
            self._window.view.change_annotation(annotation)
        self._window.overview.change_annotation(annotation)

    def _on_panel_annotation_activated(self, annotation: Annotation) -> None:
        if annotation.orphaned:
            self._window.statusBar().showMessage(
                tr(
                    "This passage is not in the current version of the document; the annotation "
                    "is kept so that nothing is lost."
                ),
                8000,
            )
            return
        self._window.view.select_span(annotation.start, annotation.end)

    def _on_suggestions_suggestion_activated(self, suggestion: ShownSuggestion) -> None:
        self._window.view.select_span(suggestion.start, suggestion.end)

    def _on_suggestions_decided(self) -> None:
        self._window.view.set_suggestions(self.suggestions.model.rows)

    def _on_document_list_activated(self, index: QModelIndex) -> None:
        self._window.open_from_list(index.data(DOCUMENT_ID_ROLE))

    def _on_view_scrolled(self) -> None:
        self._position_timer.start()
        view = self._window.view
        length = max(1, len(view.text))
        top = view.reading_position()
        bottom_cursor = view.cursorForPosition(view.viewport().rect().bottomRight())
        bottom = view.code_point(bottom_cursor.position())
        self._window.overview.set_visible_part(top / length, bottom / length)
