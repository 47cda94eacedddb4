"""The library's documents as a list model, for switching between articles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from readmark.core.document_labels import label_shown
from readmark.core.model import DocumentSummary
from readmark.ui.translation import counted, tr

DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractListModel):
    def __init__(self, count_for: Callable[[int], int]) -> None:
        super().__init__()
        self._rows: list[DocumentSummary] = []
        # Counted when asked (a tooltip), so that tagging never has to refresh the list.
        self._count_for = count_for
        self._label_icons: dict[str, QIcon] = {}  # a label's colour, beside its documents

    def set_label_colours(self, icons: dict[str, QIcon]) -> None:
        self._label_icons = icons
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        """Shows the library's documents now: rows that went are removed and new ones inserted
        where they belong, so that the list's selection and scroll stay put (another program
        may have added them); a list in another order is reset."""
        if documents == self._rows:
            return
        listed = {d.id for d in documents}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in listed:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        kept = {d.id for d in self._rows}
        if [d.id for d in documents if d.id in kept] != [d.id for d in self._rows]:
            self.beginResetModel()
            self._rows = list(documents)
            self.endResetModel()
            return
        row = 0
        while row < len(documents):  # each run of new rows in one insertion, not one a row
            if documents[row].id in kept:
                row += 1
                continue
            end = row
            while end + 1 < len(documents) and documents[end + 1].id not in kept:
                end += 1
            self.beginInsertRows(QModelIndex(), row, end)
            self._rows[row:row] = documents[row : end + 1]
            self.endInsertRows()
            row = end + 1
        self._rows = list(documents)  # titles and counts as they are now
        if documents:
            self.dataChanged.emit(self.index(0), self.index(len(documents) - 1))

    def document(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def row_of(self, document_id: int) -> int | None:
        return next((i for i, d in enumerate(self._rows) if d.id == document_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # The label under the title, where it has one.
            label = label_shown(document.label)
            return f"{document.title}\n{label}" if label else document.title
        if role == Qt.ItemDataRole.ToolTipRole:
            count = self._count_for(document.id)
            label = label_shown(document.label)
            lines = [
                document.title,
                document.source,
                counted(tr("%n annotation(s)", "", count), count),
            ]
            if label:
                lines.append(tr("Label: {label}").format(label=label))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._label_icons.get(document.label)
        if role == DOCUMENT_ID_ROLE:
            return document.id
        return None
