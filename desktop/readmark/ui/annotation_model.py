"""The annotation list as a Qt item model in reading order, with precise row updates."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from readmark.core.model import Annotation, Tag
from readmark.core.opened_passages import OpenedPassages, reading_order
from readmark.core.passage_sums import PassageSums, passage_sums
from readmark.ui.controller import LibraryController
from readmark.ui.translation import tr

TAG_COLUMN, PASSAGE_COLUMN, NOTE_COLUMN, CODER_COLUMN = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("", "Tag"),
    QT_TRANSLATE_NOOP("", "Passage"),
    QT_TRANSLATE_NOOP("", "Note"),
    QT_TRANSLATE_NOOP("", "Coder"),
)
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole
# Characters of a passage in the list, more than a wide panel shows: Qt lays out the whole text
# of a cell to elide it, so a longer one only slows every repaint. The tooltip shows it all.
MAX_SHOWN_PASSAGE = 100

Index = QModelIndex | QPersistentModelIndex
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        ANNOTATION_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    )
)
_CELL = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_CELL = _CELL | Qt.ItemFlag.ItemIsEditable
Row = TypeVar("Row")


def _place_for(rows: list[Annotation], annotation: Annotation) -> int:
    return bisect_left(rows, reading_order(annotation), key=reading_order)


def _find(rows: list[Annotation], annotation: Annotation) -> int | None:
    """The row of an annotation (by id) in rows in reading order, found in log time: its
    offsets and creation time never change."""
    key = reading_order(annotation)
    row = bisect_left(rows, key, key=reading_order)
    while row < len(rows) and reading_order(rows[row]) == key:
        if rows[row].id == annotation.id:
            return row
        row += 1
    return None


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table: one item a row, fixed column headers (marked for the catalogues, shown in
    the interface's language, which a window keeps for its life)."""

    def __init__(self, headers: tuple[object, ...], parent: QObject) -> None:
        super().__init__(parent)
        self._headers = tuple(tr(header) for header in headers)
        self._rows: list[Row] = []

    @property
    def rows(self) -> list[Row]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class AnnotationTableModel(RowsTableModel[Annotation]):
    """The document's annotations in reading order: all of them, or those of one tag
    (`show_tag`). Filtering here rather than in a proxy model spares a repaint of the list
    half its calls into Python."""

    def __init__(self, controller: LibraryController) -> None:
        super().__init__(HEADERS, controller)
        self._controller = controller
        self._all: list[Annotation] = []
        self.tag_id: int | None = None
        # Kept up to date row by row, so that a change never recounts every annotation.
        self._counts: Counter[int] = Counter()
        self._coders: Counter[str] = Counter()
        self._sums = PassageSums(passage_sums(()))

    # Content

    @property
    def annotations(self) -> list[Annotation]:
        """Every annotation of the document, shown or not, in reading order."""
        return self._all

    def set_annotations(self, passages: OpenedPassages) -> None:
        """Lists a document's passages (what is derived from them all came worked out)."""
        self.beginResetModel()
        self._all = passages.in_order
        self._rows = self._shown_of(self._all)
        self._counts = Counter(passages.tag_counts)
        self._coders = Counter(passages.coder_counts)
        self._sums = PassageSums(passages.sums)
        self.endResetModel()

    def show_tag(self, tag_id: int | None) -> None:
        """Shows the annotations of one tag, or all of them (None)."""
        if tag_id == self.tag_id:
            return
        self.beginResetModel()
        self.tag_id = tag_id
        self._rows = self._shown_of(self._all)
        self.endResetModel()

    def add(self, annotation: Annotation) -> None:
        self._sums.add(annotation)
        self._counts[annotation.tag_id] += 1
        self._coders[annotation.coder] += 1
        if self._rows is not self._all:
            self._all.insert(_place_for(self._all, annotation), annotation)
        if self._shows(annotation):
            row = _place_for(self._rows, annotation)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, annotation)
            self.endInsertRows()

    def remove(self, annotation: Annotation) -> None:
        at = _find(self._all, annotation)
        if at is None:
            return
        self._sums.remove(self._all[at])
        self._counts[self._all[at].tag_id] -= 1
        self._coders[self._all[at].coder] -= 1
        row = self.row_of(annotation)
        if self._rows is not self._all:
            del self._all[at]
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def change(self, annotation: Annotation) -> None:
        at = _find(self._all, annotation)
        if at is None:
            return
        self._sums.remove(self._all[at])
        self._sums.add(annotation)
        self._counts[self._all[at].tag_id] -= 1
        self._counts[annotation.tag_id] += 1
        row = self.row_of(annotation)
        self._all[at] = annotation
        if row is not None and self._shows(annotation):
            self._rows[row] = annotation
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
        elif row is not None:  # retagged out of the tag shown
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        elif self._shows(annotation):  # retagged into it
            row = _place_for(self._rows, annotation)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, annotation)
            self.endInsertRows()

    def refresh_all(self) -> None:
        """Every row may look different (the tags were renamed or recoloured)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, annotation: Annotation) -> int | None:
        """The row showing this annotation, if one does."""
        return _find(self._rows, annotation)

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def coders(self) -> set[str]:
        return {coder for coder, count in self._coders.items() if count > 0}

    def passage_sums(self) -> tuple[int, ...]:
        """core.passage_sums of every annotation held, kept up to date row by row."""
        return self._sums.value()

    def tag_counts(self) -> Counter[int]:
        return +self._counts  # a copy, without the tags counted down to nothing

    def cell_text(self, row: int, column: int) -> str:
        """What a cell shows: its text on one line, a long passage cut short."""
        annotation = self._rows[row]
        if column == TAG_COLUMN:
            return self._tag(annotation).name
        if column == PASSAGE_COLUMN:
            words = self.passage(annotation, MAX_SHOWN_PASSAGE + 1)
            shown = " ".join(words[:MAX_SHOWN_PASSAGE].split())
            return shown + "…" if len(words) > MAX_SHOWN_PASSAGE else shown
        if column == CODER_COLUMN:
            return annotation.coder
        return " ".join(annotation.note.split())

    def passage(self, annotation: Annotation, limit: int | None = None) -> str:
        """A passage's words (their first `limit`): read from the text where it stands, as the
        window's records leave them out, or as kept for an orphan, no longer in the text."""
        if annotation.orphaned:
            return annotation.exact[:limit]
        document = self._controller.document
        if document is None:
            return ""
        end = annotation.end if limit is None else min(annotation.end, annotation.start + limit)
        return document.text[annotation.start : end]

    def _shown_of(self, annotations: list[Annotation]) -> list[Annotation]:
        if self.tag_id is None:
            return annotations  # the same list, so that one insert serves both
        return [a for a in annotations if a.tag_id == self.tag_id]

    def _shows(self, annotation: Annotation) -> bool:
        return self.tag_id in (None, annotation.tag_id)

    # Qt model interface

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Asked of every cell on every repaint: answered without a call back into Qt.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE_CELL if index.column() == TAG_COLUMN else _CELL  # notes: memo pane

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint of the list asks each cell for a dozen roles: most have no answer here.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == ANNOTATION_ROLE:
            return annotation
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), column)
        if role == Qt.ItemDataRole.EditRole:
            return annotation.tag_id if column == TAG_COLUMN else annotation.note
        if annotation.orphaned and column == PASSAGE_COLUMN:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#8a8580")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                lost = tr("Not found in the current version of the document:")
                return f"{lost}\n{annotation.exact}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TAG_COLUMN:
                tag = self._tag(annotation)
                return f"{tag.name}: {tag.description}" if tag.description else tag.name
            if column == PASSAGE_COLUMN:
                return self.passage(annotation)
            if column == NOTE_COLUMN:
                return annotation.note or tr("Double-click or press F2 to write a note")
            if column == CODER_COLUMN:
                return tr("Tagged by {coder}").format(coder=annotation.coder)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() != TAG_COLUMN:
            return False
        self._controller.retag([self._rows[index.row()]], int(value))
        return True  # the row itself updates when the controller reports the change

    def _tag(self, annotation: Annotation) -> Tag:
        return self._controller.tag(annotation.tag_id)
