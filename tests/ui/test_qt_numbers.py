"""The numbers the first look gives Qt properties are Qt's own values for the names they
stand for (a later Qt renumbering them would otherwise go unnoticed)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from readmark.ui import qt_numbers


def test_each_number_is_the_value_qt_gives_its_name() -> None:
    selectable = (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    assert selectable.value == qt_numbers.TEXT_SELECTABLE_BY_MOUSE_AND_KEYBOARD
    beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert beside.value == qt_numbers.TOOL_BUTTON_TEXT_BESIDE_ICON
