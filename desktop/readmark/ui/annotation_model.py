"""The annotation list as a Qt item model in reading order, with precise row updates."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from datetime import datetime
from itertools import pairwise
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from readmark.core.model import Annotation, Tag
from readmark.ui.controller import LibraryController

TAG_COLUMN, PASSAGE_COLUMN, NOTE_COLUMN, CODER_COLUMN = range(4)
HEADERS = ("Tag", "Passage", "Note", "Coder")
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole
TAG_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TAG_COLOUR_ROLE = Qt.ItemDataRole.UserRole + 2
# Characters of a passage in the list, more than a wide panel shows: Qt lays out the whole text
# of a cell to elide it, so a longer one only slows every repaint. The tooltip shows it all.
MAX_SHOWN_PASSAGE = 100

Index = QModelIndex | QPersistentModelIndex
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        ANNOTATION_ROLE,
        TAG_ID_ROLE,
        TAG_COLOUR_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
    )
)
Row = TypeVar("Row")


def reading_order(annotation: Annotation) -> tuple[int, int, datetime]:
    return (annotation.start, -annotation.end, annotation.created_at)


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """A flat table: one item a row, fixed column headers."""

    def __init__(self, headers: tuple[str, ...], parent: QObject) -> None:
        super().__init__(parent)
        self._headers = headers
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
    def __init__(self, controller: LibraryController) -> None:
        super().__init__(HEADERS, controller)
        self._controller = controller
        # Kept up to date row by row, so that a change never recounts every annotation.
        self._counts: Counter[int] = Counter()
        self._coders: Counter[str] = Counter()

    # Content

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        # The store hands them over in reading order already. Checking pair by pair, not
        # sorting, spares a key for every row at once (5 MB at 50,000).
        in_order = all(reading_order(a) <= reading_order(b) for a, b in pairwise(annotations))
        self._rows = list(annotations) if in_order else sorted(annotations, key=reading_order)
        self._counts = Counter(a.tag_id for a in annotations)
        self._coders = Counter(a.coder for a in annotations)
        self.endResetModel()

    def add(self, annotation: Annotation) -> None:
        row = bisect_left(self._rows, reading_order(annotation), key=reading_order)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, annotation)
        self._counts[annotation.tag_id] += 1
        self._coders[annotation.coder] += 1
        self.endInsertRows()

    def remove(self, annotation: Annotation) -> None:
        row = self.row_of(annotation)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._counts[self._rows[row].tag_id] -= 1
        self._coders[self._rows[row].coder] -= 1
        del self._rows[row]
        self.endRemoveRows()

    def change(self, annotation: Annotation) -> None:
        row = self.row_of(annotation)
        if row is None:
            return
        self._counts[self._rows[row].tag_id] -= 1
        self._counts[annotation.tag_id] += 1
        self._rows[row] = annotation
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def refresh_all(self) -> None:
        """Every row may look different (the tags were renamed or recoloured)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def row_of(self, annotation: Annotation) -> int | None:
        # Offsets and creation time never change, so the sort key finds the row in log time.
        key = reading_order(annotation)
        row = bisect_left(self._rows, key, key=reading_order)
        while row < len(self._rows) and reading_order(self._rows[row]) == key:
            if self._rows[row].id == annotation.id:
                return row
            row += 1
        return None

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def coders(self) -> set[str]:
        return {coder for coder, count in self._coders.items() if count > 0}

    def tag_counts(self) -> Counter[int]:
        return +self._counts  # a copy, without the tags counted down to nothing

    # Qt model interface

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (TAG_COLUMN, NOTE_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint of the list asks each cell for a dozen roles: most have no answer here.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == ANNOTATION_ROLE:
            return annotation
        if role == TAG_ID_ROLE:
            return str(annotation.tag_id)
        if role == TAG_COLOUR_ROLE:
            return self._tag(annotation).colour
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TAG_COLUMN:
                return self._tag(annotation).name
            if column == PASSAGE_COLUMN:
                shown = " ".join(annotation.exact[:MAX_SHOWN_PASSAGE].split())
                return shown + "…" if len(annotation.exact) > MAX_SHOWN_PASSAGE else shown
            if column == CODER_COLUMN:
                return annotation.coder
            return " ".join(annotation.note.split())
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
                return f"Not found in the current version of the document:\n{annotation.exact}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TAG_COLUMN:
                tag = self._tag(annotation)
                return f"{tag.name}: {tag.description}" if tag.description else tag.name
            if column == PASSAGE_COLUMN:
                return annotation.exact
            if column == NOTE_COLUMN:
                return annotation.note or "Double-click or press F2 to write a note"
            if column == CODER_COLUMN:
                return f"Tagged by {annotation.coder}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        annotation = self._rows[index.row()]
        if index.column() == TAG_COLUMN:
            self._controller.retag([annotation], int(value))
        elif index.column() == NOTE_COLUMN:
            self._controller.set_note(annotation, str(value).strip())
        else:
            return False
        return True  # the row itself updates when the controller reports the change

    def _tag(self, annotation: Annotation) -> Tag:
        return self._controller.tag(annotation.tag_id)


class TagFilterModel(QSortFilterProxyModel):
    """Shows every annotation, or those of one tag."""

    def __init__(self, source: AnnotationTableModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setFilterRole(TAG_ID_ROLE)
        self.setFilterKeyColumn(TAG_COLUMN)
        self.tag_id: int | None = None

    def show_tag(self, tag_id: int | None) -> None:
        self.tag_id = tag_id
        pattern = "" if tag_id is None else f"^{tag_id}$"
        self.setFilterRegularExpression(QRegularExpression(pattern))
