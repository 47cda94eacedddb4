"""What a screen reader needs to hear that Qt's widgets do not say by themselves."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QKeySequenceEdit, QLineEdit, QStatusBar, QWidget

from readmark.ui.translation import tr


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
    reader only says what has the focus, and the message answers a key pressed elsewhere.

    On Linux the message is a notification that shows, which Orca says in every release (it
    says announcements only from release 46, and Debian 12 has 43); elsewhere it is an
    announcement, which Windows (UI Automation's notification) and macOS (VoiceOver's) say."""
    if sys.platform.startswith("linux"):
        notice = _Notice(status_bar)
        status_bar.messageChanged.connect(notice.say)
        return
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    def announce(message: str) -> None:
        if message:  # a message timing out leaves nothing to say
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(status_bar, message))

    status_bar.messageChanged.connect(announce)


class _Notice(QWidget):
    """A widget of no size that screen readers meet as a notification (AT-SPI's role), named
    with the message and shown anew with each: Orca says a notification as it shows."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        _install_roles()
        self.setGeometry(0, 0, 0, 0)
        self.hide()

    def say(self, message: str) -> None:
        self.hide()
        if message:  # a message timing out leaves nothing to say
            self.setAccessibleName(message)
            self.show()


_roles_installed = False


def _install_roles() -> None:
    """Gives the widgets Qt has no accessible role for theirs: a key field is an editable text
    (Qt's default, a role-less pane, says nothing of it), a notice a notification."""
    global _roles_installed
    # Named here, not at import: the first look loads this module and does not wait for them.
    from PySide6.QtGui import QAccessible, QAccessibleInterface
    from PySide6.QtWidgets import QAccessibleWidget

    def interface(class_name: str, widget: QObject) -> QAccessibleInterface | None:
        if class_name == "QKeySequenceEdit" and isinstance(widget, QKeySequenceEdit):
            return QAccessibleWidget(widget, QAccessible.Role.EditableText)
        if isinstance(widget, _Notice):
            return QAccessibleWidget(widget, QAccessible.Role.Notification)
        return None

    if not _roles_installed:
        QAccessible.installFactory(interface)
        _roles_installed = True


def describe_key_field(field: QKeySequenceEdit, purpose: str) -> None:
    """Makes a key field an editable text to screen readers, which say its purpose and the key
    in it now (kept up to date)."""
    _install_roles()

    def describe() -> None:
        key = field.keySequence().toString(field.keySequence().SequenceFormat.NativeText)
        now = tr("Now: {key}.").format(key=key) if key else tr("Now: none.")
        field.setAccessibleDescription(f"{purpose} {now}")

    field.keySequenceChanged.connect(describe)
    describe()
