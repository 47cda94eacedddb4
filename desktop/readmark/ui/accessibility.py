"""What a screen reader needs to hear that Qt's widgets do not say by themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QKeySequenceEdit, QLineEdit, QStatusBar

from readmark.ui.translation import tr

_key_fields_described = False


def clear_button(field: QLineEdit) -> None:
    """Gives a field Qt's clear button, named (Qt leaves it nameless) for screen readers and
    with a tooltip for the mouse."""
    field.setClearButtonEnabled(True)
    clear = field.findChild(QAction, "_q_qlineeditclearaction")
    if clear is not None:  # Qt's own name for it; a Qt without it keeps its button nameless
        clear.setText(tr("Clear"))
        clear.setToolTip(tr("Clear the field"))


def announce_status_messages(status_bar: QStatusBar) -> None:
    """Has screen readers say each message the status bar shows ("Tagged as claim."): a
    reader only says what has the focus, and the message answers a key pressed elsewhere."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    def announce(message: str) -> None:
        if message:  # a message timing out leaves nothing to say
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(status_bar, message))

    status_bar.messageChanged.connect(announce)


def describe_key_field(field: QKeySequenceEdit, purpose: str) -> None:
    """Makes a key field an editable text to screen readers, which say its purpose and the key
    in it now (kept up to date)."""
    global _key_fields_described
    # Named here, not at import: the first look loads this module and does not wait for them.
    from PySide6.QtGui import QAccessible, QAccessibleInterface
    from PySide6.QtWidgets import QAccessibleWidget

    def interface(class_name: str, widget: QObject) -> QAccessibleInterface | None:
        # Qt gives a key field no interface of its own: a reader would hear a role-less pane.
        if class_name == "QKeySequenceEdit" and isinstance(widget, QKeySequenceEdit):
            return QAccessibleWidget(widget, QAccessible.Role.EditableText)
        return None

    if not _key_fields_described:
        QAccessible.installFactory(interface)
        _key_fields_described = True

    def describe() -> None:
        key = field.keySequence().toString(field.keySequence().SequenceFormat.NativeText)
        field.setAccessibleDescription(f"{purpose} Now: {key or 'none'}.")

    field.keySequenceChanged.connect(describe)
    describe()
