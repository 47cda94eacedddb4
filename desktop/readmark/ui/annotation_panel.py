"""The side panel: the document's annotations, filterable by tag, with retag, note and delete."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from readmark.core.model import Annotation
from readmark.core.opened_passages import OpenedPassages, reading_order
from readmark.ui.annotation_model import (
    ANNOTATION_ROLE,
    CODER_COLUMN,
    NOTE_COLUMN,
    PASSAGE_COLUMN,
    TAG_COLUMN,
    AnnotationTableModel,
)
from readmark.ui.cell_delegates import CellTextDelegate, TagChipDelegate
from readmark.ui.colours import tag_icon
from readmark.ui.controller import Arrivals, LibraryController
from readmark.ui.links_pane import LinksPane
from readmark.ui.memo_pane import MemoPane
from readmark.ui.scroll_bars import fill_scroll_bar
from readmark.ui.steady_splitter import SteadySplitter
from readmark.ui.table_columns import PassageColumnFit
from readmark.ui.translation import tr

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "",
    "Select a passage in the article, then press <b>1</b> claim, <b>2</b> opinion, "
    "<b>3</b> caption or <b>4</b> quote, or use the toolbar or the right-click menu.",
)


class AnnotationPanel(QWidget):
    annotation_activated = Signal(object)  # the Annotation whose row the user chose

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = AnnotationTableModel(controller)
        # Set while the panel itself moves its current row (to follow the reader, or as a row
        # goes), which must not send the reader anywhere.
        self._moving_current = False

        self._filter_buttons: dict[int | None, QToolButton] = {}
        self._filter_group = QButtonGroup(self)
        self._build_filter_strip()
        self._build_table()
        self._build_row_actions()
        # Submenus others add to the list's right-click menu (a student's reasons), when enabled.
        self.context_menus: list[QMenu] = []
        self._build_filter_buttons()
        self._build_memo_and_links()

        self._hint = QLabel(tr(EMPTY_HINT), self)
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._hint.setTextFormat(Qt.TextFormat.RichText)
        self._hint.setStyleSheet("color: palette(placeholder-text); padding: 8px;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self._filter_area)
        layout.addWidget(self._hint, 1)
        layout.addWidget(self._list_and_memo, 1)

        controller.document_opened.connect(self._on_controller_document_opened)
        controller.document_closed.connect(self._on_controller_document_closed)
        controller.tags_changed.connect(self._on_controller_tags_changed)
        controller.annotation_added.connect(self._on_controller_annotation_added)
        controller.annotation_removed.connect(self._on_controller_annotation_removed)
        controller.annotation_changed.connect(self._on_controller_annotation_changed)
        controller.coders_changed.connect(self._show_coder_column_if_needed)
        self._refresh_counts()

    def _build_filter_strip(self) -> None:
        """The line that holds the tag toggles (see _build_filter_buttons)."""
        # The toggles stay on one line, which scrolls sideways when tags outgrow the panel, so
        # that the list keeps its height. In a scroll area, a toggle's count changing lays out
        # the toggles alone, not the whole window, at every tag added.
        self._filter_strip = QWidget(self)
        self._filters = QHBoxLayout(self._filter_strip)
        self._filters.setContentsMargins(0, 0, 0, 0)
        self._filters.setSpacing(4)
        self._filters.addStretch(1)
        self._filter_area = QScrollArea(self)
        self._filter_area.setWidget(self._filter_strip)
        self._filter_area.setWidgetResizable(True)
        self._filter_area.setFrameShape(QFrame.Shape.NoFrame)
        self._filter_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its buttons
        self._filter_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._filter_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _build_table(self) -> None:
        """The list of annotations: a row each, the tag as a chip, the note edited in place."""
        self.table = QTableView(self)
        self.table.setAccessibleName(tr("Annotations"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellTextDelegate(self.model, self))
        self.table.setItemDelegateForColumn(
            TAG_COLUMN,
            TagChipDelegate(self._controller, lambda row: self.model.annotation(row).tag_id, self),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TAG_COLUMN, QHeaderView.ResizeMode.Fixed)
        self._fit_tag_column()
        self.table.installEventFilter(self)  # to fit it again when the font changes
        # Fitted to the rows in view: Qt would otherwise read a thousand rows on each change.
        header.setResizeContentsPrecision(0)
        self.table.setColumnHidden(CODER_COLUMN, True)
        self._columns = PassageColumnFit(self.table, PASSAGE_COLUMN)
        fill_scroll_bar(self.table.verticalScrollBar())
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.clicked.connect(self._on_table_clicked)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)

    def _build_row_actions(self) -> None:
        """Delete and Edit Note, on their keys while the list has the focus."""
        self.delete_action = QAction(tr("&Delete Annotation"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        self.note_action = QAction(tr("Edit &Note"), self)
        self.note_action.setShortcut(QKeySequence("F2"))
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_action.triggered.connect(self.edit_note)
        self.table.addAction(self.note_action)

    def _build_memo_and_links(self) -> None:
        """The list above the chosen passage's note and its links, in one splitter."""
        # Notes are written below the list, as long as they need, with the passage in view.
        self.memo = MemoPane(self._controller, self.model, self)
        # Then its links to other passages, followed with Enter.
        self.links = LinksPane(self._controller, self.model, self)
        self.links.follow_requested.connect(self._follow_link)
        self._list_and_memo = SteadySplitter(Qt.Orientation.Vertical, self)
        self._list_and_memo.setChildrenCollapsible(False)
        self._list_and_memo.addWidget(self.table)
        self._list_and_memo.addWidget(self.memo)
        self._list_and_memo.addWidget(self.links)
        self._list_and_memo.setStretchFactor(0, 3)
        self._list_and_memo.setStretchFactor(1, 2)
        self._list_and_memo.setStretchFactor(2, 1)

    def _show_coder_column_if_needed(self) -> None:
        """The coder column appears once the list holds someone else's annotations."""
        only_mine = self.model.coders() <= {self._controller.coder}
        if self.table.isColumnHidden(CODER_COLUMN) != only_mine:
            self.table.setColumnHidden(CODER_COLUMN, only_mine)
            self._columns.fit()

    def _build_filter_buttons(self) -> None:
        """One toggle for all annotations and one per tag (the codebook may change)."""
        shown = self.model.tag_id
        for button in self._filter_buttons.values():
            self._filter_group.removeButton(button)
            self._filters.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._filter_buttons = {}
        for tag_id in [None, *(t.id for t in self._controller.tags)]:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            # As tall as the line: "All" has no icon, and would otherwise sit lower than the rest.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            if tag_id is not None:
                button.setIcon(tag_icon(self._controller.tag(tag_id).colour))
            button.clicked.connect(lambda _=False, t=tag_id: self.show_tag(t))
            self._filter_group.addButton(button)
            self._filter_buttons[tag_id] = button
            self._filters.insertWidget(self._filters.count() - 1, button)  # before the stretch
            button.show()  # added to a panel already on screen: Qt would show it only later
        self.show_tag(shown if shown in self._filter_buttons else None)

    # What the window asks of the panel

    def show_tag(self, tag_id: int | None) -> None:
        current = self.table.currentIndex()
        chosen = self.model.annotation(current.row()) if current.isValid() else None
        self.model.show_tag(tag_id)
        self._filter_buttons[tag_id].setChecked(True)
        if chosen is not None:
            self._make_current(chosen)  # if still in the list

    @property
    def tab_stops(self) -> list[QWidget]:
        """Where Tab stops in the panel, top to bottom: the tag filters, the list, the note,
        the links."""
        return [*self._filter_buttons.values(), self.table, self.memo.editor, self.links.list]

    @property
    def changing_parts(self) -> tuple[QWidget, ...]:
        """What a new annotation repaints: the list, and the counts above it."""
        return (self.table, self._filter_area)

    def select_annotation(self, annotation: Annotation) -> None:
        if self.model.tag_id not in (None, annotation.tag_id):
            self.show_tag(None)
        self._make_current(annotation)

    def _make_current(self, annotation: Annotation) -> None:
        row = self.model.row_of(annotation)
        if row is None:
            return
        index = self.model.index(row, PASSAGE_COLUMN)
        with self._moving_current_row():  # the reader already shows this passage
            self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def selected_annotations(self) -> list[Annotation]:
        rows = self.table.selectionModel().selectedRows(PASSAGE_COLUMN)
        return [index.data(ANNOTATION_ROLE) for index in rows]

    def delete_selected(self) -> None:
        selected = self.selected_annotations()
        if selected:
            self._controller.delete(selected)

    def edit_note(self) -> None:
        """Takes the keys to the memo pane, to write the chosen passage's note."""
        if self.memo.annotation is not None:
            self.memo.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _follow_link(self, annotation: Annotation) -> None:
        """Goes to a link's other passage: chosen in the list, shown in the reader."""
        self.select_annotation(annotation)
        self.annotation_activated.emit(annotation)

    def retag_selected(self, tag_id: int) -> None:
        self._controller.retag(self.selected_annotations(), tag_id)

    # Slots

    def _on_controller_document_opened(self, _document: object, shown: OpenedPassages) -> None:
        self.memo.show_annotation(None)
        self.links.show_annotation(None)
        self.model.set_annotations(shown)
        self._refresh_counts()
        self._show_coder_column_if_needed()
        self._columns.fit()

    def _on_controller_tags_changed(self) -> None:
        self._build_filter_buttons()
        self.model.refresh_all()
        self._refresh_counts()

    def _on_controller_document_closed(self) -> None:
        self.memo.show_annotation(None)
        self.links.show_annotation(None)
        self.model.set_annotations(OpenedPassages.of([]))
        self._refresh_counts()

    def _on_controller_annotation_added(self, annotation: Annotation) -> None:
        self.model.add(annotation)
        self._refresh_counts()
        self._show_coder_column_if_needed()
        self.select_annotation(annotation)

    def _on_controller_annotation_removed(self, annotation: Annotation) -> None:
        with self._moving_current_row():  # Qt makes the next row current
            self.model.remove(annotation)
        self._refresh_counts()

    def _on_controller_annotation_changed(self, annotation: Annotation) -> None:
        with self._moving_current_row():  # a retag may take the row out of the tag shown
            self.model.change(annotation)
        self._refresh_counts()

    def show_arrivals(self, arrivals: Arrivals) -> None:
        """Lists passages another program changed, keeping the row the user is on."""
        with self._moving_current_row():
            for annotation in arrivals.removed:
                self.model.remove(annotation)
                self.memo.passage_removed(annotation)
            for before, after in arrivals.changed:
                self.memo.passage_changed(after)
                if reading_order(before) == reading_order(after):
                    self.model.change(after)
                else:  # its place in the list moves
                    self.model.remove(before)
                    self.model.add(after)
            for annotation in arrivals.added:
                self.model.add(annotation)
        self._refresh_counts()
        self._show_coder_column_if_needed()

    @contextmanager
    def _moving_current_row(self) -> Iterator[None]:
        self._moving_current = True
        try:
            yield
        finally:
            self._moving_current = False

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.data(ANNOTATION_ROLE) if current.isValid() else None
        self.memo.show_annotation(chosen)
        self.links.show_annotation(chosen)
        if current.isValid() and not self._moving_current:
            self.annotation_activated.emit(current.data(ANNOTATION_ROLE))

    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.annotation_activated.emit(index.data(ANNOTATION_ROLE))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == NOTE_COLUMN:
            self.edit_note()

    def _on_table_context_menu(self, position: QPoint) -> None:
        if not self.selected_annotations():
            return
        menu = QMenu(self)
        tags = menu.addMenu(tr("Tag &As"))
        for tag in self._controller.tags:
            tags.addAction(tag.label, partial(self.retag_selected, tag.id))
        menu.addAction(self.note_action)
        menu.addAction(self.links.link_action)
        for extra in self.context_menus:
            if extra.isEnabled():
                menu.addMenu(extra)
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _fit_tag_column(self) -> None:
        """Room for the chip of a tag as long as "opinion" (86 px at a 9 pt font), in the
        table's font: a larger interface size would cut its chips."""
        metrics = self.table.fontMetrics()
        width = metrics.horizontalAdvance("opinion") + round(2.5 * metrics.height())
        self.table.horizontalHeader().resizeSection(TAG_COLUMN, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The table's own font: a style sheet (the high-contrast theme's) passes it the new
        # size without telling the panel.
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self._fit_tag_column()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_filter_area()

    def _fit_filter_area(self) -> None:
        """As tall as the toggles, and their scroll bar when they are wider than the panel."""
        needed = self._filters.sizeHint()
        height = needed.height()
        if needed.width() > self._filter_area.width():
            height += self._filter_area.horizontalScrollBar().sizeHint().height()
        if height != self._filter_area.height():
            self._filter_area.setFixedHeight(height)

    def _refresh_counts(self) -> None:
        counts = self.model.tag_counts()
        self._filter_buttons[None].setText(tr("All {count}").format(count=sum(counts.values())))
        for tag in self._controller.tags:
            button = self._filter_buttons[tag.id]
            button.setText(f"{tag.name} {counts.get(tag.id, 0)}")
            button.setToolTip(tr("Show only {name} passages").format(name=tag.name))
        self._fit_filter_area()
        empty = self.model.rowCount() == 0
        self._hint.setVisible(empty)
        self._list_and_memo.setVisible(not empty)
