"""Item delegates that draw the annotation and suggestion lists' cells from their rows, without
the styled delegate's dozen model roles a cell (which made a repaint of the list three times the
work of Qt's own drawing)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from readmark.ui.annotation_model import AnnotationTableModel
from readmark.ui.colours import tag_icon, tint
from readmark.ui.controller import LibraryController

Index = QModelIndex | QPersistentModelIndex
Key = TypeVar("Key")
Value = TypeVar("Value")
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_TEXT = QPalette.ColorRole.Text
_SELECTED_TEXT = QPalette.ColorRole.HighlightedText
_CELL_ALIGNMENT = (
    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
)
# States as numbers, tested as integers: a cell's paint makes no flag object.
_SELECTED = QStyle.StateFlag.State_Selected.value
_FOCUS_OR_HOVER = (QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver).value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_ACTIVE = QStyle.StateFlag.State_Active.value
# Enum members looked up once, not in every cell's paint.
_NORMAL, _INACTIVE, _DISABLED = (
    QPalette.ColorGroup.Normal,
    QPalette.ColorGroup.Inactive,
    QPalette.ColorGroup.Disabled,
)


def _colour_group(state: int) -> QPalette.ColorGroup:
    """The palette's group for a cell in this state, as the style picks it."""
    if not state & _ENABLED:
        return _DISABLED
    return _NORMAL if state & _ACTIVE else _INACTIVE


def _draw_selection(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The style's background of a selected cell, without the styled delegate's dozen roles."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)


class FontBound(Generic[Key, Value]):
    """Measurements and drawings that hold for one font: forgotten when the font changes, and
    when there are more of them than a list could show."""

    LIMIT = 4096

    def __init__(self) -> None:
        self._font = QFont()
        self._items: dict[Key, Value] = {}

    def under(self, font: QFont) -> dict[Key, Value]:
        if font != self._font or len(self._items) > self.LIMIT:
            self._font = QFont(font)
            self._items = {}
        return self._items


class CellTextDelegate(QStyledItemDelegate):
    """Draws a cell's text straight from the model's row. The styled delegate asks the model for
    a dozen roles a cell, which made a repaint of the list three times the work of Qt's own
    drawing; the marked row and struck-out orphans still take that way, for their looks."""

    def __init__(self, model: AnnotationTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        margin = parent.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, parent)
        self._margin = margin + 1  # as the styled delegate leaves
        # Each text cut to its width once: a repaint only draws them.
        self._elided: FontBound[tuple[str, int], str] = FontBound()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.row()
        state = option.state.value
        if state & _FOCUS_OR_HOVER or self._model.annotation(row).orphaned:
            super().paint(painter, option, index)
            return
        selected = state & _SELECTED
        if selected:
            _draw_selection(painter, option)
        text = self._model.cell_text(row, index.column())
        if not text:  # most notes: nothing more to draw
            return
        cell = option.rect
        rect = cell.adjusted(self._margin, 0, -self._margin, 0)
        elided = self._elided.under(option.font)
        shown = elided.get((text, rect.width()))
        if shown is None:
            shown = elided[text, rect.width()] = elide(option.fontMetrics, text, rect.width())
        group = _colour_group(state)
        painter.setPen(option.palette.color(group, _SELECTED_TEXT if selected else _TEXT))
        painter.drawText(rect, _CELL_ALIGNMENT, shown)


# Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left blocks and their forms.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    """The text cut to fit the width, ending in an ellipsis if cut (as Qt's elidedText). Qt lays
    out the whole text to cut it, so a long one is first shortened to half as much again as the
    width holds in average characters, which halves the time; in the rare text narrow enough
    for all of that to fit, the whole text is cut after all. Right-to-left letters anywhere
    change how the line is ordered and cut, so a text with any is cut whole."""
    if _RIGHT_TO_LEFT.search(text):
        return metrics.elidedText(text, _ELIDE_RIGHT, width)
    part = text[: 3 * width // (2 * max(metrics.averageCharWidth(), 1)) + 2]
    shown = metrics.elidedText(part, _ELIDE_RIGHT, width)
    if shown == part and len(part) < len(text):  # all of it fits after all (zero-width marks)
        shown = metrics.elidedText(text, _ELIDE_RIGHT, width)
    return shown


class TagChipDelegate(QStyledItemDelegate):
    """Draws the tag as a coloured chip; edits it with a list of the tags."""

    def __init__(
        self, controller: LibraryController, tag_id_of_row: Callable[[int], int], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._tag_id_of_row = tag_id_of_row
        # Chips drawn once per look and size: a repaint of the list only copies them.
        self._chips: FontBound[tuple[object, ...], QPixmap] = FontBound()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state.value
        if state & _FOCUS_OR_HOVER:
            super().paint(painter, option, index)  # the style's focus frame or hover look
        elif state & _SELECTED:
            _draw_selection(painter, option)
        tag = self._controller.tag(self._tag_id_of_row(index.row()))
        name, colour = tag.name, tag.colour
        cell = option.rect
        scale = painter.device().devicePixelRatioF()
        chips = self._chips.under(option.font)
        key = (name, colour, cell.width(), cell.height(), scale)
        chip = chips.get(key)
        if chip is None:
            rect = QRectF(cell).adjusted(4, 3, -4, -3)
            rect.setWidth(min(rect.width(), option.fontMetrics.horizontalAdvance(name) + 18))
            chip = chips[key] = _chip(name, colour, rect.size(), scale, option)
        painter.drawPixmap(cell.x() + 4, cell.y() + 3, chip)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = ""  # the chip carries the name

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        for tag in self._controller.tags:
            editor.addItem(tag_icon(tag.colour), tag.name, tag.id)
        editor.activated.connect(lambda: self._commit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))
        editor.showPopup()

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)


def _chip(
    name: str, colour: str, size: QSizeF, scale: float, option: QStyleOptionViewItem
) -> QPixmap:
    """A tag's name in a rounded chip of its colour."""
    chip = QPixmap((size * scale).toSize())
    chip.setDevicePixelRatio(scale)
    chip.fill(Qt.GlobalColor.transparent)
    painter = QPainter(chip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(option.font)
    rect = QRectF(QPointF(0, 0), size).adjusted(0.75, 0.75, -0.75, -0.75)  # inside the pen
    painter.setPen(QPen(QColor(colour), 1.5))
    painter.setBrush(tint(colour, 2))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("#1d1b18"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
    painter.end()
    return chip
