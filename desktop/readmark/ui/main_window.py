"""The main window: the reader in the middle, the library on the left, annotations on the right."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore  # QtCore.Qt named where used: see readmark.ui
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSize
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
    QListView,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from readmark import __version__
from readmark.core.model import Document, default_coder
from readmark.core.span_index import SpanIndex
from readmark.core.text import Block
from readmark.paths import resource_path
from readmark.store.schema import CODER_SETTING
from readmark.ui.article_view import ArticleView
from readmark.ui.colours import tag_icon
from readmark.ui.document_header import DocumentHeader
from readmark.ui.overview_strip import OverviewStrip
from readmark.ui.qt_numbers import TOOL_BUTTON_TEXT_BESIDE_ICON
from readmark.ui.reading_settings import apply_reading_settings
from readmark.ui.repeats_bar import RepeatsBar
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.store.first_look import FirstLook
    from readmark.ui.annotation_panel import AnnotationPanel
    from readmark.ui.codebook_dialog import CodebookDialog
    from readmark.ui.controller import LibraryController
    from readmark.ui.document_labels_dialog import DocumentLabelsDialog
    from readmark.ui.document_list import DocumentListModel
    from readmark.ui.find_bar import FindBar
    from readmark.ui.library_actions import LibraryActions
    from readmark.ui.library_parts import LibraryParts
    from readmark.ui.library_watch import LibraryWatch
    from readmark.ui.suggestions_panel import SuggestionsPanel
    from readmark.ui.summary_dialog import SummaryDialog
    from readmark.ui.window_commands import WindowCommands

GEOMETRY_KEY, STATE_KEY = "window_geometry", "window_state"
# The window's size on a first start, where the screen has room for it (later starts restore the
# size the window was left at).
FIRST_SIZE = QSize(1280, 820)
MIN_READER_WIDTH = 320
READER_COLUMN = 480  # what the docks leave the article on a first start, where they can
MENU_TITLES = (
    QT_TRANSLATE_NOOP("", "&File"),
    QT_TRANSLATE_NOOP("", "&Edit"),
    QT_TRANSLATE_NOOP("", "&Go"),
    QT_TRANSLATE_NOOP("", "&View"),
    QT_TRANSLATE_NOOP("", "&Tools"),
    QT_TRANSLATE_NOOP("", "&Classroom"),
    QT_TRANSLATE_NOOP("", "&Help"),
)
Dialog = TypeVar("Dialog", bound=QWidget)


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        """The window's frame and reader; attach_in_steps() builds the rest around a library."""
        super().__init__(parent)
        self.setWindowTitle(tr("Readmark"))
        self.setWindowIcon(QIcon(str(resource_path("resources", "icons", "readmark.svg"))))
        self.setAcceptDrops(True)
        self.resize(fitted(FIRST_SIZE, self))

        self.view = ArticleView(self)
        self.repeats_bar = RepeatsBar(self)
        reader = QWidget(self)
        # The bars above the article (the classroom's banner goes first), then the article.
        self.reader_layout = QVBoxLayout(reader)
        self.reader_layout.setContentsMargins(0, 0, 0, 0)
        self.reader_layout.setSpacing(0)
        self.reader_layout.addWidget(self.repeats_bar)  # then the find bar (see attach)
        self.document_header = DocumentHeader(self.view, self)
        self.reader_layout.addWidget(self.document_header)
        # No passages to mark, and so no colours, until the library's (see LibraryParts).
        self.overview = OverviewStrip(lambda: [], lambda _tag_id: "", self)
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
        # keeps its place and size when attach_in_steps() fills them. The docks go where the
        # window was left (see _restore_layout), or where they go by default once it shows.
        self.panel_dock = self._dock(tr("Annotations"))
        self.panel_dock.setMinimumWidth(280)
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
        # The parts that need the library, and the commands that act on them: made whole by
        # attach_in_steps(), none before (the frame and the first look need neither).
        self._library: LibraryParts | None = None
        self._commands: WindowCommands | None = None
        self._attached = False

    def show_first_look(self, look: FirstLook) -> None:
        """The article read last, with its highlights, in the window as it was left: what the
        reader sees while the rest of the app loads (see app.start_window)."""
        # Until the library's highlights replace these (LibraryParts), formats made ahead
        # would be made again.
        self.view.formats_ahead = False
        apply_reading_settings(self.view, look.settings.get, at_first_look=True)
        self.view.set_own_coder(look.settings.get(CODER_SETTING) or default_coder())
        placed = SpanIndex(a for a in look.highlights if not a.orphaned)
        self.view.show_document(look.document, placed, look.tags)
        self.document_header.show_document(look.document)
        self.view.fold_blocks(folded_blocks(look.document))
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

    def attach_in_steps(self, controller: LibraryController) -> Generator[None, None, None]:
        """Builds the rest of the window around the library's controller, a step an event-loop
        turn (see SlicedWork), each object whole in one constructor: the parts that need the
        library, then the commands, which read the parts through the window as they are made
        (see LibraryParts), then what they restore. The window counts as attached once all is."""
        # Loaded here rather than at the top: with them come SQLAlchemy and most of the app,
        # which the first look at the article does not wait for.
        from readmark.ui.accessibility import announce_status_messages
        from readmark.ui.focus_ring import show_focus_rings
        from readmark.ui.library_parts import LibraryParts
        from readmark.ui.scroll_bars import fill_scroll_bar
        from readmark.ui.window_commands import WindowCommands

        # PySide makes the enums of every class viewport() could return at its first call: a
        # turn of its own, rather than part of the panels'.
        self.view.viewport()
        yield
        fill_scroll_bar(self.view.verticalScrollBar())
        self._library = yield from LibraryParts.made_in_steps(controller, self)
        yield
        self._library.list_documents()
        yield
        self._dock_by_default()
        self._size_docks()  # as wide as they were while empty (or as restored, below)
        self._commands = yield from WindowCommands.made_in_steps(self)
        yield
        self.statusBar().showMessage(tr("Select a passage and press 1–4 to tag it."))
        announce_status_messages(self.statusBar())
        self.commands.menus.comfort.restore()
        self._restore_layout(controller.setting)
        self.library.order_tab_stops()
        show_focus_rings()
        self.view.set_tag_underlines(controller.tag_underlines())
        self._attached = True

    # The parts that need the library, each whole from attach_in_steps() on

    @property
    def attached(self) -> bool:
        """Whether the library is open in the window, its parts and commands made (until then:
        the frame and the first look)."""
        return self._attached

    @property
    def library(self) -> LibraryParts:
        assert self._library is not None, "the window has no library before attach_in_steps()"
        return self._library

    @property
    def commands(self) -> WindowCommands:
        assert self._commands is not None, "the window has no commands before attach_in_steps()"
        return self._commands

    @property
    def controller(self) -> LibraryController:
        return self.library.controller

    @property
    def panel(self) -> AnnotationPanel:
        return self.library.panel

    @property
    def suggestions(self) -> SuggestionsPanel:
        return self.library.suggestions

    @property
    def side_tabs(self) -> QTabWidget:
        return self.library.side_tabs

    @property
    def find_bar(self) -> FindBar:
        return self.library.find_bar

    @property
    def documents(self) -> DocumentListModel:
        return self.library.documents

    @property
    def document_list(self) -> QListView:
        return self.library.document_list

    @property
    def files(self) -> LibraryActions:
        return self.library.files

    @property
    def library_watch(self) -> LibraryWatch:
        return self.commands.library_watch

    def _size_docks(self) -> None:
        """The docks' widths on a first start: shares of a narrow window (a fifth, a third), the
        panel as wide as its tag toggles need where the article keeps READER_COLUMN."""
        width = self.width()
        library = min(230, width // 5)
        toggles = min(self.panel_dock.sizeHint().width(), width - library - READER_COLUMN)
        self.resizeDocks(
            [self.library_dock, self.panel_dock],
            [library, max(min(420, width // 3), toggles)],
            QtCore.Qt.Orientation.Horizontal,
        )

    def _dock(self, title: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(title)
        dock.setWidget(QWidget(dock))  # until attach_in_steps() gives it its content
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
        the reader has painted: the new highlight shows first, however many others the side
        views hold, and they follow in the next event-loop pass."""
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
        from readmark.ui.codebook_dialog import CodebookDialog

        return one_dialog(
            self,
            CodebookDialog,
            lambda: CodebookDialog(self.controller, self.commands.command_keys(), self),
        )

    def show_document_labels(self) -> DocumentLabelsDialog:
        from readmark.ui.document_labels_dialog import DocumentLabelsDialog

        return one_dialog(
            self, DocumentLabelsDialog, lambda: DocumentLabelsDialog(self.controller, self)
        )

    def show_summary(self) -> SummaryDialog:
        from readmark.ui.summary_dialog import SummaryDialog

        dialog = SummaryDialog(
            self.controller.documents(), self.controller.tags, self.controller.tag_counts(), self
        )
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_about(self) -> None:
        from readmark.ui.about_dialog import AboutDialog

        AboutDialog(__version__, self.controller.library.parent, self).exec()

    def open_from_list(self, document_id: int) -> None:
        """Opens a document chosen in the library list, the recent menu or a search."""
        current = self.controller.document
        if current is not None and current.id == document_id:
            return
        self.library.save_reading_position()
        self.controller.open_document(document_id)

    def _on_overview_position_chosen(self, fraction: float) -> None:
        self.view.scroll_to(int(fraction * len(self.view.text)))

    # Window events

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        urls = event.mimeData().urls() if self.attached else []  # no drops before attach_in_steps()
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
        self.library.save_reading_position()
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


def folded_blocks(document: Document) -> list[Block]:
    """The blocks the reader chose to fold away (repeated ones)."""
    folded = document.folded_blocks or ()
    return [document.blocks[i] for i in folded if i < len(document.blocks)]


def one_dialog(window: QWidget, kind: type[Dialog], make: Callable[[], Dialog]) -> Dialog:
    """The window's one dialog of this kind (made the first time it is asked for), shown."""
    made = window.findChildren(kind)
    dialog = made[0] if made else make()
    dialog.show()
    dialog.raise_()
    return dialog
