"""Asking the user what to do with a damaged library, and which backup to restore."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from readmark.ui.offline_text import plain_text
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.store.backup import Backup


class Recovery(Enum):
    RESTORE = "restore"
    START_NEW = "new"
    QUIT = "quit"


def ask_how_to_recover(message: str, backup: Backup | None) -> Recovery:
    box = QMessageBox(
        QMessageBox.Icon.Warning, tr("Readmark’s library is damaged"), plain_text(message)
    )
    box.setInformativeText(
        tr(
            "Readmark will not change the damaged file: it is kept beside the new library, "
            "renamed, whatever you choose."
        )
    )
    choices: dict[QPushButton, Recovery] = {}
    if backup is not None:
        restore = box.addButton(
            tr("Restore the Backup of {backup}").format(backup=describe_backup(backup)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        choices[restore] = Recovery.RESTORE
    new = box.addButton(tr("Start a New Library"), QMessageBox.ButtonRole.DestructiveRole)
    choices[new] = Recovery.START_NEW
    quit_button = box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    choices[quit_button] = Recovery.QUIT
    box.setDefaultButton(next(iter(choices)))
    box.exec()
    clicked = box.clickedButton()  # None if the box was closed some other way
    if not isinstance(clicked, QPushButton):
        return Recovery.QUIT
    return choices.get(clicked, Recovery.QUIT)


def choose_backup(parent: QWidget, backups: list[Backup]) -> Backup | None:
    labels = [describe_backup(b) for b in backups]
    label, chosen = QInputDialog.getItem(
        parent,
        tr("Restore from Backup"),
        tr("Replace the library with this backup? The library as it is now is kept beside it."),
        labels,
        0,
        False,
    )
    return backups[labels.index(label)] if chosen else None


def describe_backup(backup: Backup) -> str:
    """When a backup was made, as the interface's language writes a date and time."""
    moment = QDateTime.fromSecsSinceEpoch(int(backup.made_at.timestamp()))
    made = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    return f"{made} ({backup.reason})" if backup.reason else made
