"""Suggested passages to confirm: Enter accepts, 1–4 accepts as another tag, Del rejects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readmark.ui.annotation_model import RowsTableModel
from readmark.ui.background_work import Finished, Running, run_on_thread
from readmark.ui.cell_delegates import TagChipDelegate
from readmark.ui.colours import tag_icon
from readmark.ui.controller import LibraryController, ShownSuggestion
from readmark.ui.controller_suggestions import Found
from readmark.ui.translation import tr

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("", "Tag"),
    QT_TRANSLATE_NOOP("", "Passage"),
    QT_TRANSLATE_NOOP("", "Why"),
)


class SuggestionModel(RowsTableModel[ShownSuggestion]):
    def __init__(self, controller: LibraryController) -> None:
        super().__init__(HEADERS, controller)
        self._controller = controller

    def set_suggestions(self, suggestions: list[ShownSuggestion]) -> None:
        self.beginResetModel()
        self._rows = suggestions
        self.endResetModel()

    def drop(self, decided: list[ShownSuggestion]) -> None:
        """Removes decided suggestions, one row range at a time."""
        for suggestion in decided:
            row = self._rows.index(suggestion)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        suggestion = self._rows[index.row()]
        tag = self._controller.tag(suggestion.tag_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return (tag.name, " ".join(suggestion.exact.split()), suggestion.reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            because = tr("Suggested because: {reason}").format(reason=suggestion.reason)
            return f"{suggestion.exact}\n\n{because}"
        return None


class SuggestionsPanel(QWidget):
    suggestion_activated = Signal(object)  # the ShownSuggestion whose row the user chose
    decided = Signal()  # some suggestions were accepted or rejected
    listed = Signal(int)  # suggestions computed and listed: how many

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.model = SuggestionModel(controller)
        self.summary = QLabel(
            tr(
                "Tools > Suggest Tags (Ctrl+Shift+G) proposes quotes, captions, claims and "
                "opinions for you to confirm. Quotes and captions are reliable (all found, none "
                "wrong on our test articles); claims and opinions are hints to check."
            ),
            self,
        )
        self.summary.setWordWrap(True)
        # What the reader's decisions taught, and the way to take it back.
        self.learned = QLabel(self)
        self.learned.setWordWrap(True)
        self.forget = QPushButton(tr("Forget What It Learned"), self)
        self.forget.setToolTip(tr("Suggest every kind again, as before any accept or reject"))
        self.forget.clicked.connect(self.forget_learned)
        self.table = self._build_table()
        buttons = self._build_buttons()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        learned = QHBoxLayout()
        learned.addWidget(self.learned, 1)
        learned.addWidget(self.forget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(learned)
        self._describe_learned()
        self._listing = False  # suggestions were asked for, for the open document
        controller.suggestions_changed.connect(self._on_controller_suggestions_changed)

    def _build_table(self) -> QTableView:
        """The suggestions, a row each: Enter accepts the chosen ones, Del rejects them."""
        table = QTableView(self)
        table.setAccessibleName(tr("Suggestions"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setModel(self.model)
        table.setItemDelegateForColumn(
            0, TagChipDelegate(self._controller, lambda row: self.model.rows[row].tag_id, self)
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.resizeSection(0, 86)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 150)
        table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        # Enter arrives as "activated" (the view keeps the key for itself); Del as a shortcut.
        table.activated.connect(lambda _index: self.accept())
        reject_key = QAction(table)
        reject_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        reject_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        reject_key.triggered.connect(lambda: self.reject())
        table.addAction(reject_key)
        return table

    def _build_buttons(self) -> QGridLayout:
        """Accept Selected, Reject Selected, Accept All of… (a tag) and Accept All."""
        accept_all = QPushButton(tr("Accept All"), self)
        accept_all.clicked.connect(lambda: self.accept_all())
        accept_shown = QPushButton(tr("Accept Selected"), self)
        accept_shown.clicked.connect(lambda: self.accept())
        reject = QPushButton(tr("Reject Selected"), self)
        reject.clicked.connect(lambda: self.reject())
        self.accept_tag = QPushButton(tr("Accept All of…"), self)
        self.accept_tag.setMenu(QMenu(self.accept_tag))
        self.accept_tag.menu().aboutToShow.connect(self._fill_tag_menu)
        # Two rows of two: four in a row made the side panel 440 px wide at the least, more
        # than a small laptop screen can spare beside the article.
        buttons = QGridLayout()
        for place, button in enumerate((accept_shown, reject, self.accept_tag, accept_all)):
            buttons.addWidget(button, place // 2, place % 2)
        return buttons

    # Suggestions being computed on a worker thread, listed when they come (see suggest).
    _computing: Running[Found] | None = None

    def suggest(self) -> None:
        """Lists the open document's suggestions, computed on a worker thread while the window
        goes on (a book's take seconds). A newer request drops an older one, and so does a list
        shown meanwhile (another document's, see clear)."""
        self._drop_computing()
        self._listing = True
        work = self._controller.suggestion_work()
        if work is None:
            self.show_suggestions([])
            self.decided.emit()
            self.listed.emit(0)
            return
        self.summary.setText(tr("Looking for suggestions…"))
        self._computing = run_on_thread(work, self._on_computed, self, "readmark-suggest")

    def _on_computed(self, found: Finished[Found]) -> None:
        self._computing = None
        if found.error is not None:
            raise found.error  # as the same error on the GUI thread would
        assert found.value is not None  # no error: the work's Found
        # The library's decisions are read now, here: those taken meanwhile count.
        self.show_suggestions(self._controller.shown_suggestions(found.value))
        self.decided.emit()
        self.listed.emit(len(self.model.rows))

    @property
    def computing(self) -> bool:
        return self._computing is not None

    def _drop_computing(self) -> None:
        if self._computing is not None:
            self._computing.drop()
            self._computing = None

    def show_suggestions(self, suggestions: list[ShownSuggestion]) -> None:
        self._drop_computing()
        self._listing = True
        self.model.set_suggestions(suggestions)
        self._describe()
        if suggestions:
            self.table.selectRow(0)

    def clear(self) -> None:
        """Lists nothing until suggestions are asked for (another document is open)."""
        self.show_suggestions([])
        self._listing = False

    def _on_controller_suggestions_changed(self) -> None:
        # A decision undone or redone: the list follows, if the reader asked for one.
        if self._listing:
            self.suggest()

    def selected(self) -> list[ShownSuggestion]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows]

    def accept(self, tag_id: int | None = None) -> None:
        """Accepts the selected suggestions, as their own tag or as `tag_id`."""
        self._decide(self.selected(), accept=True, tag_id=tag_id)

    def accept_all(self) -> None:
        self._decide(list(self.model.rows), accept=True)

    def accept_all_of(self, tag_id: int) -> None:
        """Accepts every suggestion of one tag."""
        self._decide([s for s in self.model.rows if s.tag_id == tag_id], accept=True)

    def _fill_tag_menu(self) -> None:
        menu = self.accept_tag.menu()
        menu.clear()
        for tag in self._controller.tags:
            count = sum(s.tag_id == tag.id for s in self.model.rows)
            if count:
                action = menu.addAction(tag_icon(tag.colour), f"{tag.name} ({count})")
                action.triggered.connect(lambda _=False, t=tag.id: self.accept_all_of(t))

    def reject(self) -> None:
        self._decide(self.selected(), accept=False)

    def _decide(
        self, chosen: list[ShownSuggestion], accept: bool, tag_id: int | None = None
    ) -> None:
        if not chosen:
            return
        next_row = self.model.rows.index(chosen[0])
        if accept:
            self._controller.accept_suggestions(chosen, tag_id)
        else:
            self._controller.reject_suggestions(chosen)
        self.model.drop(chosen)
        self._describe()
        if self.model.rows:
            self.table.selectRow(min(next_row, len(self.model.rows) - 1))
        self.decided.emit()

    def forget_learned(self) -> None:
        """Clears what the suggester learned and suggests again, every kind included."""
        self._controller.forget_learned()
        self.suggest()

    def _describe_learned(self) -> None:
        held = {cue: t for cue, t in self._controller.learned().items() if t.held_back}
        kept = tr("you kept {kept} of {decided} like this")
        cues = "; ".join(
            f"{cue} ({kept.format(kept=t.kept, decided=t.kept + t.rejected)})"
            for cue, t in sorted(held.items())
        )
        self.learned.setText(tr("Held back, as you turned them down: {cues}.").format(cues=cues))
        self.learned.setVisible(bool(held))
        self.forget.setVisible(bool(self._controller.learned()))

    def _describe(self) -> None:
        self._describe_learned()
        count = len(self.model.rows)
        self.summary.setText(
            tr(
                "1 suggestion: Enter accepts, 1–4 accepts as that tag, Del rejects (rejected "
                "ones are not suggested again)."
            )
            if count == 1
            else tr(
                "{count} suggestions: Enter accepts, 1–4 accepts as that tag, Del rejects "
                "(rejected ones are not suggested again)."
            ).format(count=count)
            if count
            else tr("No suggestions left to decide.")
        )

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.suggestion_activated.emit(self.model.rows[current.row()])
