"""Tables of passages: the passage column takes the room, the others what their contents need.

Qt's own sizing gave the short columns (offsets, counts, a coder's name, a long header) their
full width first and the passage what was left, a few characters at a laptop's width. Here each
other column gets what its contents need, up to a share of the table's width, and the passage
column stretches over the rest; the whole passage is its cell's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView

# The most of the table's width any one column beside the passage takes.
MOST_FOR_ONE_COLUMN = 0.2


class PassageColumnFit(QObject):
    """Keeps `view`'s passage column the widest; fits again as the table is resized."""

    def __init__(self, view: QTableView, passage_column: int) -> None:
        super().__init__(view)
        self._view = view
        self._passage_column = passage_column
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.horizontalHeader().setStretchLastSection(False)
        view.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        view, header = self._view, self._view.horizontalHeader()
        most = max(40, int(view.viewport().width() * MOST_FOR_ONE_COLUMN))
        for column in range(header.count()):
            mode = header.sectionResizeMode(column)
            if column == self._passage_column or mode == QHeaderView.ResizeMode.Fixed:
                continue
            if mode != QHeaderView.ResizeMode.Interactive:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(most, needed))
        header.setSectionResizeMode(self._passage_column, QHeaderView.ResizeMode.Stretch)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Only a new width changes the shares: the list grows and shrinks in height as the memo
        # pane below it shows a passage's fields or not, and measuring the cells each time took
        # 1.8 ms of every tag and undo.
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self.fit()
        return False
