"""The curation view's list of disagreements as a Qt item model: the passage, each coder's
version of it, and what the consensus holds there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from readmark.core.curation import Agreed, Disputed
from readmark.core.model import Annotation, Tag
from readmark.ui.agreement_models import PASSAGE_CHARS, coder_label
from readmark.ui.colours import tag_icon
from readmark.ui.translation import tr

AnyIndex = QModelIndex | QPersistentModelIndex
# a version with no passage: the coder tagged nothing there
NOTHING = QT_TRANSLATE_NOOP("", "— nothing")
OPEN = QT_TRANSLATE_NOOP("", "not settled")
# settled with no passage: the curator's decision, remembered
LEFT_OUT = QT_TRANSLATE_NOOP("", "left out")
# an agreed passage, in the consensus or not yet
TAKEN = QT_TRANSLATE_NOOP("", "taken")
NOT_TAKEN = QT_TRANSLATE_NOOP("", "not taken")


def version_text(passages: Sequence[Annotation], unit: Disputed, names: dict[int, str]) -> str:
    """A version in words: its tags, each marked "part" when it covers less than the whole
    disagreement, so that a different span shows without colour."""
    if not passages:
        return tr(NOTHING)
    words = []
    for a in passages:
        name = names.get(a.tag_id, "?")
        words.append(
            name
            if (a.start, a.end) == (unit.start, unit.end)
            else tr("{tag} (part)").format(tag=name)
        )
    return ", ".join(words)


def version_label(number: int, coder: str) -> str:
    """A coder's column and pane heading: the key that takes their version, then the name."""
    return f"{number} · {coder_label(coder)}"


class DisputesModel(QAbstractTableModel):
    """One row per disagreement; columns: the passage, a version per coder, the consensus."""

    def __init__(self, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = {t.id: t.label for t in tags}
        self._colours = {t.id: t.colour for t in tags}
        self._text = ""
        self._coders: tuple[str, ...] = ()
        self._units: tuple[Disputed, ...] = ()
        self._settled: tuple[tuple[Annotation, ...], ...] = ()
        self._left_out: tuple[bool, ...] = ()

    def show(
        self,
        text: str,
        coders: Sequence[str],
        units: Sequence[Disputed],
        settled: Sequence[Sequence[Annotation]],
        left_out: Sequence[bool],
    ) -> None:
        """`settled`: for each disagreement, the consensus passages within it; `left_out`,
        whether the curator left it out."""
        same_shape = tuple(coders) == self._coders and len(units) == len(self._units)
        if not same_shape:
            self.beginResetModel()
        self._text, self._coders, self._units = text, tuple(coders), tuple(units)
        self._settled = tuple(tuple(s) for s in settled)
        self._left_out = tuple(left_out)
        if same_shape:  # a step taken: the rows stay, their cells change
            if self._units:
                last = self.index(len(self._units) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.endResetModel()

    def unit(self, row: int) -> Disputed:
        return self._units[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._coders) + 2

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Passage")
        if section <= len(self._coders):
            return version_label(section, self._coders[section - 1])
        return tr("Consensus")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        unit, column = self._units[index.row()], index.column()
        passages = self._passages(index.row(), column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return _shortened(self._text[unit.start : unit.end])
            if column > len(self._coders) and not passages:
                return tr(LEFT_OUT if self._left_out[index.row()] else OPEN)
            return version_text(passages, unit, self._names)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._text[unit.start : unit.end][: PASSAGE_CHARS * 4]
        if role == Qt.ItemDataRole.DecorationRole and column > 0 and passages:
            return tag_icon(self._colours.get(passages[0].tag_id, "#888888"))
        settled = passages or self._left_out[index.row()]
        if role == Qt.ItemDataRole.FontRole and column > len(self._coders) and settled:
            font = QFont()
            font.setBold(True)  # settled rows stand out without colour
            return font
        return None

    def _passages(self, row: int, column: int) -> Sequence[Annotation]:
        if column == 0:
            return ()
        if column <= len(self._coders):
            return self._units[row].versions[column - 1]
        return self._settled[row]


class AgreedModel(QAbstractTableModel):
    """One row per agreed passage: its words, its tag, the coders who gave it, and whether the
    consensus has taken it."""

    HEADERS = (
        QT_TRANSLATE_NOOP("", "Passage"),
        QT_TRANSLATE_NOOP("", "Tag"),
        QT_TRANSLATE_NOOP("", "Given by"),
        QT_TRANSLATE_NOOP("", "Consensus"),
    )

    def __init__(self, tags: Sequence[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = {t.id: t.label for t in tags}
        self._colours = {t.id: t.colour for t in tags}
        self._rows: tuple[tuple[Agreed, bool], ...] = ()
        self._text = ""

    def show(self, text: str, agreed: Sequence[Agreed], taken: Sequence[bool]) -> None:
        self.beginResetModel()
        self._text = text
        self._rows = tuple(zip(agreed, taken, strict=True))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        agreed, taken = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                _shortened(self._text[agreed.start : agreed.end]),
                self._names.get(agreed.tag_id, "?"),
                ", ".join(coder_label(c) for c in sorted(agreed.coders, key=str.casefold)),
                tr(TAKEN if taken else NOT_TAKEN),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._text[agreed.start : agreed.end][: PASSAGE_CHARS * 4]
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return tag_icon(self._colours.get(agreed.tag_id, "#888888"))
        if role == Qt.ItemDataRole.FontRole and column == 3 and taken:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _shortened(passage: str) -> str:
    flat = " ".join(passage.split())
    return flat if len(flat) <= PASSAGE_CHARS else f"{flat[: PASSAGE_CHARS - 1]}…"
