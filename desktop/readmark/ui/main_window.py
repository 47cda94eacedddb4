"""The main window: the reader in the middle, the library on the left, annotations on the right."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QModelIndex, QSize, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from readmark import __version__
from readmark.core.model import Annotation, Document, default_coder
from readmark.core.text import Block
from readmark.paths import resource_path
from readmark.store.schema import CODER_SETTING
from readmark.ui.article_view import ArticleView
from readmark.ui.colours import tag_icon
from readmark.ui.document_header import DocumentHeader
from readmark.ui.offline_text import plain_text
from readmark.ui.overview_strip import OverviewStrip
from readmark.ui.qt_numbers import TOOL_BUTTON_TEXT_BESIDE_ICON
from readmark.ui.reading_settings import apply_reading_settings
from readmark.ui.repeats_bar import RepeatsBar
from readmark.ui.screen_fit import fitted
from readmark.ui.sliced_work import SlicedWork
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.services.documents import SearchHit
    from readmark.store.first_look import FirstLook
    from readmark.ui.codebook_dialog import CodebookDialog
    from readmark.ui.controller import LibraryController, ShownSuggestion
    from readmark.ui.document_labels_dialog import DocumentLabelsDialog
    from readmark.ui.library_search import LibrarySearchDialog
    from readmark.ui.summary_dialog import SummaryDialog

GEOMETRY_KEY, STATE_KEY = "window_geometry", "window_state"
# The window's size on a first start, where the screen has room for it (later starts restore the
# size the window was left at).
FIRST_SIZE = QSize(1280, 820)
MIN_READER_WIDTH = 320
MENU_TITLES = (
    QT_TRANSLATE_NOOP("", "&File"),
    QT_TRANSLATE_NOOP("", "&Edit"),
    QT_TRANSLATE_NOOP("", "&Go"),
    QT_TRANSLATE_NOOP("", "&View"),
    QT_TRANSLATE_NOOP("", "&Tools"),
    QT_TRANSLATE_NOOP("", "&Classroom"),
    QT_TRANSLATE_NOOP("", "&Help"),
)
# Save the reading position this long after scrolling stops, so a crash keeps it too.
POSITION_SAVE_DELAY_MS = 1500


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        """The window's frame and reader; attach() builds the rest around a library."""
        super().__init__(parent)
        self.setWindowTitle(tr("Readmark"))
        self.setWindowIcon(QIcon(str(resource_path("resources", "icons", "readmark.svg"))))
        self.setAcceptDrops(True)
        self.resize(fitted(FIRST_SIZE, self))

        self.view = ArticleView(self)
        self._search_dialog: LibrarySearchDialog | None = None
        self._repeats_check: SlicedWork[list[int]] | None = None
        self._codebook: CodebookDialog | None = None
        self.repeats_bar = RepeatsBar(self)
        self.repeats_bar.fold_chosen.connect(self._on_repeats_bar_fold_chosen)
        reader = QWidget(self)
        # The bars above the article (the classroom's banner goes first), then the article.
        self.reader_layout = QVBoxLayout(reader)
        self.reader_layout.setContentsMargins(0, 0, 0, 0)
        self.reader_layout.setSpacing(0)
        self.reader_layout.addWidget(self.repeats_bar)  # then the find bar (see attach)
        self.document_header = DocumentHeader(self.view, self)
        self.reader_layout.addWidget(self.document_header)
        self.overview = OverviewStrip(
            lambda: self.panel.model.annotations, lambda t: self.controller.tag(t).colour, self
        )
        self.overview.position_chosen.connect(self._on_overview_position_chosen)
        self.overview.set_theme(self.view.theme)
        self.view.theme_changed.connect(self.overview.set_theme)
        reading_row = QHBoxLayout()
        reading_row.setSpacing(0)
        reading_row.addWidget(self.view, 1)
        reading_row.addWidget(self.overview)
        self.reader_layout.addLayout(reading_row, 1)
        # The docks give way to the article, not the other way round: on a smaller screen than
        # the one the window was last laid out on, the saved dock widths would squeeze it.
        reader.setMinimumWidth(MIN_READER_WIDTH)
        self.setCentralWidget(reader)

        # The docks, menus and toolbar are in place, empty, from the start, so that the reader
        # keeps its place and size when attach() fills them. The docks go where the window was
        # left (see _restore_layout), or where they go by default once it shows.
        self.panel_dock = self._dock(tr("Annotations"))
        self.panel_dock.setMinimumWidth(360)
        self.library_dock = self._dock(tr("Library"))
        menus = [self.menuBar().addMenu(tr(title)) for title in MENU_TITLES]
        self.file_menu, self.edit_menu, self.go_menu, self.view_menu = menus[:4]
        self.tools_menu, self.classroom_menu, self.help_menu = menus[4:]
        self.toolbar = QToolBar(tr("Main"), self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setProperty("toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.addToolBar(self.toolbar)
        self.tag_actions: list[QAction] = []
        self.attached = False  # until attach(): the frame and the first look only

    def show_first_look(self, look: FirstLook) -> None:
        """The article read last, with its highlights, in the window as it was left: what the
        reader sees while the rest of the app loads (see app.start_window)."""
        self.view.formats_ahead = False  # until the library's highlights replace these
        apply_reading_settings(self.view, look.settings.get, at_first_look=True)
        self.view.set_own_coder(look.settings.get(CODER_SETTING) or default_coder())
        shown = [a for a in look.highlights if not a.orphaned]
        self.view.show_document(look.document, shown, look.tags)
        self.document_header.show_document(look.document)
        self.view.fold_blocks(_folded_blocks(look.document))
        self.setWindowTitle(tr("{title} — Readmark").format(title=look.document.title))
        self._restore_layout(look.settings.get)
        self.view.scroll_to(look.document.reading_position)
        # The tag buttons, inactive until the library is open: the toolbar has its height.
        for tag in look.tags:
            action = QAction(tag_icon(tag.colour), tag.label, self)
            action.setEnabled(False)
            self.tag_actions.append(action)
        self.toolbar.addActions(self.tag_actions)
        self.statusBar().showMessage(tr("Opening the library…"))

    def attach(self, controller: LibraryController) -> None:
        """Builds the rest of the window around the library's controller: its parts (one
        place), its commands, then the wiring of the controller's signals."""
        # Loaded here rather than at the top: with them come SQLAlchemy and most of the app,
        # which the first look at the article does not wait for.
        from readmark.ui.accessibility import announce_status_messages
        from readmark.ui.focus_ring import show_focus_rings
        from readmark.ui.library_watch import LibraryWatch
        from readmark.ui.scroll_bars import fill_scroll_bar
        from readmark.ui.window_commands import WindowCommands

        fill_scroll_bar(self.view.verticalScrollBar())
        self.view.formats_ahead = True
        self.controller = controller
        self.attached = True
        self._build_library_parts(controller)
        self.commands = WindowCommands(self)
        self.statusBar().showMessage(tr("Select a passage and press 1–4 to tag it."))
        announce_status_messages(self.statusBar())

        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(POSITION_SAVE_DELAY_MS)
        self._position_timer.timeout.connect(self._save_reading_position)
        self.view.verticalScrollBar().valueChanged.connect(self._on_view_scrolled)
        self._connect_controller(controller)
        self._on_controller_documents_changed()
        self.library_watch = LibraryWatch(self)
        self.commands.comfort.restore()
        self._restore_layout(controller.setting)
        self._order_tab_stops()
        show_focus_rings()
        self.view.set_tag_underlines(controller.tag_underlines())

    def _build_library_parts(self, controller: LibraryController) -> None:
        """The parts the library fills: the find bar, the side tabs (annotations, suggestions)
        and the library list, each in the place the frame kept for it."""
        from PySide6.QtWidgets import QListView, QTabWidget

        from readmark.ui.annotation_panel import AnnotationPanel
        from readmark.ui.document_list import DocumentListModel
        from readmark.ui.find_bar import FindBar
        from readmark.ui.library_actions import LibraryActions
        from readmark.ui.suggestions_panel import SuggestionsPanel

        self.find_bar = FindBar(self.view, self)
        self.reader_layout.insertWidget(
            self.reader_layout.indexOf(self.repeats_bar) + 1, self.find_bar
        )
        self.panel = AnnotationPanel(controller, self)
        self.files = LibraryActions(self)
        self.suggestions = SuggestionsPanel(controller, self)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setAccessibleName(self.panel_dock.windowTitle())  # focusable to AT-SPI
        self.side_tabs.addTab(self.panel, tr("Annotations"))
        self.side_tabs.addTab(self.suggestions, tr("Suggestions"))
        self.panel_dock.setWidget(self.side_tabs)

        self.documents = DocumentListModel(controller.annotation_count)
        self.document_list = QListView(self)
        self.document_list.setAccessibleName(tr("Documents"))
        self.document_list.setModel(self.documents)
        self.document_list.setWordWrap(True)
        self.document_list.setSpacing(2)
        self.document_list.activated.connect(self._on_document_list_activated)
        self.document_list.setContextMenuPolicy(QtCore.Qt.ContextMenuPolicy.ActionsContextMenu)
        self.document_list.clicked.connect(self._on_document_list_activated)
        self.library_dock.setWidget(self.document_list)
        self._dock_by_default()
        self._size_docks()  # as wide as they were while empty (or as restored, in attach)

    def _connect_controller(self, controller: LibraryController) -> None:
        """What the window shows of each change the controller announces."""
        controller.document_opened.connect(self._on_controller_document_opened)
        controller.documents_changed.connect(self._on_controller_documents_changed)
        controller.annotation_added.connect(self._on_controller_annotation_added)
        controller.annotation_removed.connect(self.view.remove_annotation)
        controller.annotation_removed.connect(self.overview.remove_annotation)
        controller.annotation_changed.connect(self._on_controller_annotation_changed)
        controller.failed.connect(self._on_controller_failed)
        controller.folding_changed.connect(self._on_controller_folding_changed)
        controller.document_closed.connect(self._on_controller_document_closed)
        controller.tags_changed.connect(self._on_controller_tags_changed)
        self.panel.annotation_activated.connect(self._on_panel_annotation_activated)
        self.suggestions.suggestion_activated.connect(self._on_suggestions_suggestion_activated)
        self.suggestions.decided.connect(self._on_suggestions_decided)
        self.view.annotation_clicked.connect(self.panel.select_annotation)

    def _order_tab_stops(self) -> None:
        """Tab goes library, article (and the bars above it), the side tabs, then the panel top
        to bottom; Qt's own order follows creation, which put the tabs after the note."""
        stops = [self.side_tabs.tabBar(), *self.panel.tab_stops]
        for before, after in itertools.pairwise(stops):
            QWidget.setTabOrder(before, after)

    def _size_docks(self) -> None:
        """The docks' widths on a first start: in a narrow window they take a share of it (a
        fifth and a third), so that the article keeps the most room."""
        width = self.width()
        self.resizeDocks(
            [self.library_dock, self.panel_dock],
            [min(230, width // 5), min(420, width // 3)],
            QtCore.Qt.Orientation.Horizontal,
        )

    def _dock(self, title: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(QWidget(dock))  # until attach() gives it its content
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        return dock

    def _dock_by_default(self) -> None:
        """Docks the panels that the window's saved layout did not: the library on the left, the
        annotations on the right, taking shares of a narrow window (see _size_docks)."""
        layout = self.layout()
        assert layout is not None  # a QMainWindow always has its own
        undocked = [d for d in (self.library_dock, self.panel_dock) if layout.indexOf(d) < 0]
        if not undocked:
            return
        areas = QtCore.Qt.DockWidgetArea
        for dock in undocked:
            left = dock is self.library_dock
            area = areas.LeftDockWidgetArea if left else areas.RightDockWidgetArea
            self.addDockWidget(area, dock)
        self._size_docks()

    # User actions

    def tag_selection(self, tag_id: int) -> None:
        """Tags the reader's selection; with the focus in the panel, retags its selected rows."""
        if self.panel.table.hasFocus() and self.panel.selected_annotations():
            self.panel.retag_selected(tag_id)
            return
        if self.suggestions.table.hasFocus() and self.suggestions.selected():
            self.suggestions.accept(tag_id)
            return
        span = self.controller.passage_span(*self.view.selected_span())
        if span is None:
            self.statusBar().showMessage(
                tr("Select a passage first, then press 1–4 to tag it."), 5000
            )
            return
        self.controller.show_own_work()  # as tagging does: the check below looks at what shows
        name = self.controller.tag(tag_id).name
        if self._tagged_already(span, tag_id):
            self.statusBar().showMessage(
                tr("You have tagged this passage as {name} already.").format(name=name), 5000
            )
            return
        with self._side_views_held():
            tagged = self.controller.tag_passage(*span, tag_id)
        if tagged is None:
            return  # the store refused; the controller has said why, and the selection stays
        cursor = self.view.textCursor()
        cursor.clearSelection()  # let the new highlight show instead of the selection colour
        self.view.setTextCursor(cursor)
        self.statusBar().showMessage(
            tr("Tagged as {name}. Ctrl+Z undoes it.").format(name=name), 5000
        )

    @contextmanager
    def _side_views_held(self) -> Iterator[None]:
        """Holds the repaints of the annotation list, its counts and the highlights strip until
        the reader has painted: the new highlight shows first (in 5 ms rather than 13 beside
        fifty thousand others, benchmark 2), and they follow in the next event-loop pass."""
        side = (*self.panel.changing_parts, self.overview)
        for widget in side:
            widget.setUpdatesEnabled(False)
        try:
            yield
        finally:

            def release() -> None:
                for widget in side:
                    widget.setUpdatesEnabled(True)

            self.view.run_after_paint(release)

    def _tagged_already(self, span: tuple[int, int], tag_id: int) -> bool:
        """Whether this coder has given the passage this tag: a second row would count twice."""
        mine = (*span, tag_id, self.controller.coder)
        covering = self.view.annotations_at(span[0])
        return any((a.start, a.end, a.tag_id, a.coder) == mine for a in covering)

    def show_codebook(self) -> CodebookDialog:
        if self._codebook is None:
            from readmark.ui.codebook_dialog import CodebookDialog

            self._codebook = CodebookDialog(self.controller, self.commands.command_keys(), self)
        self._codebook.show()
        self._codebook.raise_()
        return self._codebook

    def show_document_labels(self) -> DocumentLabelsDialog:
        from readmark.ui.document_labels_dialog import DocumentLabelsDialog

        shown = self.findChildren(DocumentLabelsDialog)
        dialog = shown[0] if shown else DocumentLabelsDialog(self.controller, self)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_summary(self) -> SummaryDialog:
        from readmark.ui.summary_dialog import SummaryDialog

        dialog = SummaryDialog(
            self.controller.documents(), self.controller.tags, self.controller.tag_counts(), self
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def suggest_tags(self) -> None:
        """Proposes passages for the reader to confirm, drawn dashed and listed beside."""
        found = self.controller.suggestions()
        self.suggestions.show_suggestions(found)
        self.view.set_suggestions(found)
        self.side_tabs.setCurrentWidget(self.suggestions)
        self.suggestions.table.setFocus()
        self.statusBar().showMessage(
            tr("1 suggestion: Enter accepts, Del rejects.")
            if len(found) == 1
            else tr("{count} suggestions: Enter accepts, Del rejects.").format(count=len(found)),
            8000,
        )

    def _on_suggestions_suggestion_activated(self, suggestion: ShownSuggestion) -> None:
        self.view.select_span(suggestion.start, suggestion.end)

    def _on_suggestions_decided(self) -> None:
        self.view.set_suggestions(self.suggestions.model.rows)

    def cycle_focus(self, step: int) -> None:
        """Moves the keyboard focus between the library, the article and the annotations."""
        panes: list[QWidget] = [self.document_list, self.view, self.panel.table]
        shown = [p for p in panes if p.isVisible()]
        if not shown:
            return
        current = next((i for i, p in enumerate(shown) if p.hasFocus()), -1)
        shown[(current + step) % len(shown)].setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def search_library(self) -> None:
        if self._search_dialog is None:
            from readmark.ui.library_search import LibrarySearchDialog

            self._search_dialog = LibrarySearchDialog(self.controller, self)
            self._search_dialog.hit_chosen.connect(self._on_search_hit_chosen)
        self._search_dialog.show()
        self._search_dialog.raise_()
        self._search_dialog.field.setFocus()
        self._search_dialog.field.selectAll()

    def _on_search_hit_chosen(self, hit: SearchHit) -> None:
        self.open_from_list(hit.document_id)
        if hit.annotation is not None:
            self.panel.select_annotation(hit.annotation)
        self.view.select_span(hit.start, hit.end)

    def go_to_annotation(self, direction: int, tag_id: int | None = None) -> None:
        """Moves to the next (1) or previous (-1) annotation after the cursor, of one tag or any."""
        here = self.view.selected_span()[0 if direction < 0 else 1]
        candidates = [
            a
            for a in self.panel.model.annotations
            if not a.orphaned and (tag_id is None or a.tag_id == tag_id)
        ]
        ahead = [a for a in candidates if (a.start >= here if direction > 0 else a.start < here)]
        if not ahead:
            self.statusBar().showMessage(tr("No more annotations that way."), 4000)
            return
        target = ahead[0] if direction > 0 else ahead[-1]
        self.panel.select_annotation(target)
        self.view.select_span(target.start, target.end)
        self.view.setFocus()

    def show_about(self) -> None:
        from readmark.ui.about_dialog import AboutDialog

        AboutDialog(__version__, self.controller.library.parent, self).exec()

    # Slots

    def _on_controller_document_opened(
        self, document: Document, annotations: list[Annotation]
    ) -> None:
        shown = [a for a in annotations if not a.orphaned]  # orphans have no place in the text
        # The first look's article, opened with the library now: the reader may have moved on.
        keep_place = self.view.show_document(document, shown, self.controller.tags)
        self.document_header.show_document(document)
        self.setWindowTitle(tr("{title} — Readmark").format(title=document.title))
        row = self.documents.row_of(document.id)
        if row is not None:
            self.document_list.setCurrentIndex(self.documents.index(row))
        self._show_folding(document)
        self.find_bar.refresh()
        self.suggestions.clear()  # suggestions belong to the document they were for
        self.side_tabs.setCurrentWidget(self.panel)
        self.overview.set_length(len(document.text))  # counted afresh at its next paint
        if not keep_place:
            position = document.reading_position
            QTimer.singleShot(0, lambda: self.view.scroll_to(position))

    def _show_folding(self, document: Document) -> None:
        self.view.fold_blocks(_folded_blocks(document))
        self.commands.show_repeats_action.setChecked(not document.folded_blocks)
        self.repeats_bar.hide()
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
                top = self.view.reading_position()
                self.repeats_bar.offer(len(repeats))
                self.controller.note_repeats_offered()  # asked once per document
                # The bar takes room from the reader now, which then keeps its place.
                self.reader_layout.activate()
                self.view.scroll_to(top)

        def check() -> None:
            if undecided():
                self._repeats_check = SlicedWork(self.controller.repeats_in_steps(), offer, self)
                self._repeats_check.start()

        # The check takes a while on a book: the article shows first, and the check runs
        # between paints, so that the reader can scroll meanwhile; the offer comes after.
        self.view.run_after_paint(check)

    def show_folded_repeats(self, shown: bool) -> None:
        """Shows the repeated blocks again, or folds them away (View > Show Folded Repeats)."""
        document = self.controller.document
        if document is not None and shown == bool(document.folded_blocks):
            self.controller.fold_repeats(not shown)

    def _on_repeats_bar_fold_chosen(self, fold: bool) -> None:
        self.controller.fold_repeats(fold)

    def _on_controller_folding_changed(self, document: Document) -> None:
        self._show_folding(document)

    def open_from_list(self, document_id: int) -> None:
        """Opens a document chosen in the library list, the recent menu or a search."""
        current = self.controller.document
        if current is not None and current.id == document_id:
            return
        self._save_reading_position()
        self.controller.open_document(document_id)

    def _on_controller_tags_changed(self) -> None:
        self.commands.install_tag_actions()
        self.view.set_tag_colours({t.id: t.colour for t in self.controller.tags})
        self.view.set_tag_underlines(self.controller.tag_underlines())
        self.overview.colours_changed()
        self._order_tab_stops()  # the panel's filters are new

    def _on_controller_document_closed(self) -> None:
        self.view.clear_document()
        self.document_header.clear()
        self.repeats_bar.hide()
        self.setWindowTitle(tr("Readmark"))

    def _on_controller_documents_changed(self) -> None:
        self.documents.set_documents(self.controller.documents())

    def _on_controller_failed(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # here: the first look does not wait for it

        QMessageBox.warning(self, tr("Readmark"), plain_text(message))

    def _on_controller_annotation_added(self, annotation: Annotation) -> None:
        if not annotation.orphaned:
            self.view.add_annotation(annotation)
        self.overview.add_annotation(annotation)

    def _on_controller_annotation_changed(self, annotation: Annotation) -> None:
        if not annotation.orphaned:
            self.view.change_annotation(annotation)
        self.overview.change_annotation(annotation)

    def _on_panel_annotation_activated(self, annotation: Annotation) -> None:
        if annotation.orphaned:
            self.statusBar().showMessage(
                tr(
                    "This passage is not in the current version of the document; the annotation "
                    "is kept so that nothing is lost."
                ),
                8000,
            )
            return
        self.view.select_span(annotation.start, annotation.end)

    def _on_document_list_activated(self, index: QModelIndex) -> None:
        from readmark.ui.document_list import DOCUMENT_ID_ROLE

        self.open_from_list(index.data(DOCUMENT_ID_ROLE))

    def _on_view_scrolled(self) -> None:
        self._position_timer.start()
        self._update_overview()

    def _update_overview(self) -> None:
        length = max(1, len(self.view.text))
        top = self.view.reading_position()
        bottom_cursor = self.view.cursorForPosition(self.view.viewport().rect().bottomRight())
        bottom = self.view.code_point(bottom_cursor.position())
        self.overview.set_visible_part(top / length, bottom / length)

    def _on_overview_position_chosen(self, fraction: float) -> None:
        self.view.scroll_to(int(fraction * len(self.view.text)))

    def _save_reading_position(self) -> None:
        self._position_timer.stop()
        self.controller.save_reading_position(self.view.reading_position())

    # Window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls() if self.attached else []  # no drops before attach()
        if any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def open_paths(self, paths: list[Path]) -> None:
        """Opens exercises as exercises, and imports everything else as articles."""
        from readmark.core.exercise_files import EXERCISE_SUFFIX

        exercises = [p for p in paths if p.suffix.lower() == EXERCISE_SUFFIX]
        for path in exercises:
            self.commands.classroom.open_exercise_file(path)
        articles = [p for p in paths if p not in exercises]
        if articles:
            self.files.import_paths(articles)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 (Qt override)
        if visible:
            self._dock_by_default()  # before the window is first laid out
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.view.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self.attached:  # closed before the library opened: nothing to keep
            super().closeEvent(event)
            return
        self._save_reading_position()
        for key, state in ((GEOMETRY_KEY, self.saveGeometry()), (STATE_KEY, self.saveState())):
            self.controller.set_setting(key, bytes(state.toBase64().data()).decode())
        super().closeEvent(event)

    def _restore_layout(self, setting: Callable[[str], str | None]) -> None:
        """Puts back the window's size and place and its docks. At the first look the docks are
        not docked yet, and restoring the state docks them: docking them by default first would
        name the Qt namespace (see readmark.ui)."""
        geometry = setting(GEOMETRY_KEY)
        state = setting(STATE_KEY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))


def _folded_blocks(document: Document) -> list[Block]:
    """The blocks the reader chose to fold away (repeated ones)."""
    folded = document.folded_blocks or ()
    return [document.blocks[i] for i in folded if i < len(document.blocks)]
