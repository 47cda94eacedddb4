"""The coder agreement dialog's tables as Qt item models: figures per tag and per document, and
one document's passages compared coder by coder (with a filter for the differences)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from readmark.core.agreement import (
    AgreementReport,
    DocumentAgreement,
    Segment,
    TagAgreement,
    tag_names,
)
from readmark.core.model import Tag
from readmark.ui.colours import LIGHT, tag_icon, tint
from readmark.ui.translation import tr

AnyIndex = QModelIndex | QPersistentModelIndex
UNDEFINED = "—"
PASSAGE_CHARS = 160  # of a passage shown in its cell; the tooltip holds more
# Marks that do not rely on colour alone: readable in grey and by a screen reader.
AGREE, DIFFER = "✓ agree", "✗ differ"
DIFFER_BACKGROUND = "#f4d6cc"


def coder_label(coder: str) -> str:
    """A coder as shown: annotations made before a user name was set have an empty one."""
    return coder or "(no name)"


def _figure(value: float | None, percent: bool = False) -> str:
    if value is None:
        return UNDEFINED
    return f"{value * 100:.1f} %" if percent else f"{value:.3f}"


class _FiguresTable(QAbstractTableModel):
    """A read-only table of rows with a fixed header, filled from a report."""

    HEADERS: tuple[object, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = tuple(tr(header) for header in self.HEADERS)  # as RowsTableModel's

    def _fill(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class FiguresModel(_FiguresTable):
    """One row per tag and a last, bold row for all tags together."""

    HEADERS = (
        QT_TRANSLATE_NOOP("", "Tag"),
        QT_TRANSLATE_NOOP("", "Overlap"),
        QT_TRANSLATE_NOOP("", "Cohen's κ"),
        QT_TRANSLATE_NOOP("", "Krippendorff's α"),
        QT_TRANSLATE_NOOP("", "Unitizing α_U"),
    )

    def __init__(self, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours = {tag.id: tag.colour for tag in tags}

    def set_report(self, report: AgreementReport | None) -> None:
        self._fill([] if report is None else [*report.per_tag, report.overall])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: TagAgreement = self._rows[index.row()]
        column = index.column()
        values = (row.overlap, row.kappa, row.alpha, row.alpha_u)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name if column == 0 else _figure(values[column - 1], percent=column == 1)
        if role == Qt.ItemDataRole.UserRole:
            return row.name if column == 0 else values[column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and row.tag_id is not None:
            return tag_icon(self._colours.get(row.tag_id, "#999999"))
        if role == Qt.ItemDataRole.FontRole and row.tag_id is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.alpha_u is None:
            return tr("Not defined: no passage of this tag in the documents every coder tagged.")
        if role == Qt.ItemDataRole.ToolTipRole and column > 0 and values[column - 1] is None:
            return tr("Not defined: no variation to compare (for example, nobody used this tag).")
        return None


class DocumentsModel(_FiguresTable):
    """One row per document two or more of the chosen coders tagged, with all who tagged it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("", "Document"),
        QT_TRANSLATE_NOOP("", "Coders"),
        QT_TRANSLATE_NOOP("", "Unitizing α_U"),
        QT_TRANSLATE_NOOP("", "Krippendorff's α"),
    )

    def __init__(self, titles: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles = titles

    def set_report(self, report: AgreementReport | None) -> None:
        self._fill([] if report is None else list(report.per_document))

    def document_id(self, row: int) -> int:
        return int(self._rows[row].document_id)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: DocumentAgreement = self._rows[index.row()]
        column = index.column()
        cells = (
            self._titles.get(row.document_id) or "(untitled)",
            ", ".join(coder_label(c) for c in row.coders),
            row.alpha_u,
            row.alpha,
        )
        if role == Qt.ItemDataRole.DisplayRole:
            value = cells[column]
            return _figure(value) if column >= 2 and not isinstance(value, str) else value
        if role == Qt.ItemDataRole.UserRole:
            return cells[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column >= 2 and cells[column] is None:
            return tr("Not defined: the coders used no tag, or one alone, with no variation.")
        return None


class ComparisonModel(QAbstractTableModel):
    """The passages of one document side by side: a column per coder, then agree or differ."""

    def __init__(self, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = {tag.id: tag.name for tag in tags}
        self._colours = {tag.id: tag.colour for tag in tags}
        self._order = {tag.id: tag.position for tag in tags}
        self._text = ""
        self._coders: list[str] = []
        self._columns: list[int] = []  # for each coder column, its place in a segment's tags
        self._segments: list[Segment] = []

    def set_comparison(
        self, text: str, coders: Sequence[str], shown: Sequence[int], segments: Sequence[Segment]
    ) -> None:
        """`shown`: which of the segments' coders get a column (those who tagged the text)."""
        self.beginResetModel()
        self._text, self._segments = text, list(segments)
        self._coders = [coders[i] for i in shown]
        self._columns = list(shown)
        self.endResetModel()

    def segment(self, row: int) -> Segment:
        return self._segments[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._coders) + 2

    def headerData(  # noqa: N802 (Qt override)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if section == 0:
            return tr("Passage")
        if section <= len(self._coders):
            return coder_label(self._coders[section - 1])
        return tr("Agreement") if section == len(self._coders) + 1 else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        segment, column = self._segments[index.row()], index.column()
        if column == 0:
            return self._passage_data(segment, role)
        if column <= len(self._coders):
            return self._tags_data(segment.tags[self._columns[column - 1]] or frozenset(), role)
        return self._verdict_data(segment, role)

    def _passage_data(self, segment: Segment, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            end = min(segment.end, segment.start + PASSAGE_CHARS)
            words = " ".join(self._text[segment.start : end].split())
            return words + ("…" if segment.end - segment.start > PASSAGE_CHARS else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            shown = self._text[segment.start : min(segment.end, segment.start + 1000)]
            where = tr("Characters {start}–{end}").format(start=segment.start, end=segment.end)
            return f"{where}\n\n{shown}"
        return None

    def _tags_data(self, tags: frozenset[int], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return tag_names(tags, self._names) if tags else "—"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tag_names(tags, self._names)
        first = min(tags, key=lambda t: self._order.get(t, t)) if tags else None
        if first is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return tint(self._colours.get(first, "#999999"), 2)
        if role == Qt.ItemDataRole.ForegroundRole:
            return LIGHT.ink  # dark text on the light tint, whatever the window's palette
        if role == Qt.ItemDataRole.DecorationRole:
            return tag_icon(self._colours.get(first, "#999999"))
        return None

    def _verdict_data(self, segment: Segment, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return AGREE if segment.agree else DIFFER
        if role == Qt.ItemDataRole.UserRole:
            return segment.agree
        if role == Qt.ItemDataRole.BackgroundRole and not segment.agree:
            return tint(DIFFER_BACKGROUND, 3)
        if role == Qt.ItemDataRole.ForegroundRole and not segment.agree:
            return LIGHT.ink
        if role == Qt.ItemDataRole.FontRole and not segment.agree:
            font = QFont()
            font.setBold(True)
            return font
        return None


class DifferencesFilter(QSortFilterProxyModel):
    """All passages, or only those where the coders differ."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._only_differences = False

    def set_only_differences(self, only: bool) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later; the older call is deprecated
            self.beginFilterChange()
            self._only_differences = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._only_differences = only
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:  # noqa: N802 (Qt override)
        source = self.sourceModel()
        return not self._only_differences or not (
            isinstance(source, ComparisonModel) and source.segment(row).agree
        )
