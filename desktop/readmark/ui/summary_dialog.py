"""The library at a glance: how many passages of each tag every document has, with a chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from readmark.core.model import DocumentSummary, Tag
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import tr

BAR_HEIGHT = 18
LABEL_WIDTH = 220


class TagChart(QWidget):
    """One stacked bar per document, a segment per tag in its colour; drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Chart of passages per tag and document"))
        self._rows: list[tuple[str, list[tuple[str, int]]]] = []

    def set_rows(self, rows: list[tuple[str, list[tuple[str, int]]]]) -> None:
        """(document title, [(tag colour, count), ...]) for each document."""
        self._rows = rows
        self.setMinimumHeight(len(rows) * (BAR_HEIGHT + 6) + 12)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(600, len(self._rows) * (BAR_HEIGHT + 6) + 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        widest = max((sum(n for _, n in parts) for _, parts in self._rows), default=0)
        room = max(1, self.width() - LABEL_WIDTH - 60)
        text_colour = self.palette().color(self.foregroundRole())
        for index, (title, parts) in enumerate(self._rows):
            top = 6 + index * (BAR_HEIGHT + 6)
            painter.setPen(text_colour)
            label = QRectF(4, top, LABEL_WIDTH - 12, BAR_HEIGHT)
            elided = painter.fontMetrics().elidedText(
                title, Qt.TextElideMode.ElideRight, int(label.width())
            )
            painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, elided)
            x = float(LABEL_WIDTH)
            for colour, count in parts:
                width = room * count / widest if widest else 0
                painter.fillRect(QRectF(x, top, width, BAR_HEIGHT), QColor(colour))
                x += width
            painter.setPen(text_colour)
            total = sum(n for _, n in parts)
            painter.drawText(
                QRectF(x + 6, top, 60, BAR_HEIGHT), Qt.AlignmentFlag.AlignVCenter, str(total)
            )
        painter.end()


class SummaryDialog(QDialog):
    def __init__(
        self,
        documents: list[DocumentSummary],
        tags: list[Tag],
        counts: dict[int, dict[int, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Summary of the Library"))
        self.resize(fitted(QSize(820, 520), self))
        self.model = QStandardItemModel(0, len(tags) + 2, self)
        self.model.setHorizontalHeaderLabels([tr("Document"), *(t.name for t in tags), tr("All")])
        chart_rows = []
        totals = {t.id: 0 for t in tags}
        for document in documents:
            per_tag = counts.get(document.id, {})
            cells = [QStandardItem(document.title)]
            for tag in tags:
                totals[tag.id] += per_tag.get(tag.id, 0)
                cells.append(self._number(per_tag.get(tag.id, 0)))
            cells.append(self._number(sum(per_tag.values())))
            self.model.appendRow(cells)
            chart_rows.append((document.title, [(t.colour, per_tag.get(t.id, 0)) for t in tags]))
        footer = [QStandardItem("All documents")]
        footer += [self._number(totals[t.id]) for t in tags]
        footer.append(self._number(sum(totals.values())))
        for item in footer:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.model.appendRow(footer)

        table = QTableView(self)
        table.setAccessibleName(tr("Passages per tag and document"))
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        table.setModel(self.model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = TagChart(self)
        self.chart.set_rows(chart_rows)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @staticmethod
    def _number(value: int) -> QStandardItem:
        item = QStandardItem()
        item.setData(value, Qt.ItemDataRole.DisplayRole)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
