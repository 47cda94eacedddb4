"""Qt enum values given as plain numbers, in one place: the modules the first look at an
article uses (app.start_window) set them before PySide has made the Qt namespace, whose
enums it makes all at once (see readmark.ui). Each is set through a Qt property, which takes
the number; tests/ui/test_qt_numbers.py holds each to Qt's own value."""

from __future__ import annotations

# Qt.ToolButtonStyle.ToolButtonTextBesideIcon
TOOL_BUTTON_TEXT_BESIDE_ICON = 2
# Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
TEXT_SELECTABLE_BY_MOUSE_AND_KEYBOARD = 0x1 | 0x2
