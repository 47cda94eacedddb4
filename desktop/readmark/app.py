"""The one place that wires the store, the controller and the window together."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from readmark import __version__
from readmark.library import seed_first_start
from readmark.paths import APP_NAME, library_path
from readmark.store.backup import backup_if_due, newest_healthy_backup, recover_damaged
from readmark.store.database import DamagedLibraryError, LibraryError, open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.controller import LibraryController
from readmark.ui.main_window import MainWindow
from readmark.ui.recovery_dialog import Recovery, ask_how_to_recover

# The daily backup waits until the window is up, so that it never delays the first paint.
BACKUP_DELAY_MS = 3000


def create_window(library: str | None = None) -> MainWindow:
    """Opens the library in a new main window (see window_for)."""
    path = library_path(library)
    return window_for(LibraryRepository(open_library(path)), path)


def window_for(repository: LibraryRepository, path: Path) -> MainWindow:
    """A main window on an open library, with the sample article added on first start."""
    seeded = seed_first_start(repository)
    controller = LibraryController(repository, path)
    window = MainWindow(controller)
    # One owner: Qt deletes the controller and its models with the window.
    controller.setParent(window)
    if seeded is not None:
        controller.open_document(seeded.id)
    else:
        controller.open_last_document()
    return window


def open_or_recover(path: Path) -> LibraryRepository | None:
    """The library at `path`; if it is damaged, whatever the user chooses instead; None to quit."""
    while True:
        try:
            return LibraryRepository(open_library(path))
        except DamagedLibraryError as error:
            backup = newest_healthy_backup(path)
            choice = ask_how_to_recover(str(error), backup)
            if choice is Recovery.QUIT:
                return None
            recover_damaged(path, backup if choice is Recovery.RESTORE else None)
        except LibraryError as error:
            QMessageBox.critical(None, "Readmark cannot open its library", str(error))
            return None


def run_window(library: str | None = None, files: list[Path] | None = None) -> int:
    """Runs the app; files named on the command line (a desktop's "Open with") are opened."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("readmark")
    path = library_path(library)
    repository = open_or_recover(path)
    if repository is None:
        return 1
    window = window_for(repository, path)
    window.show()
    if files:
        QTimer.singleShot(0, lambda: window.open_paths(files))
    QTimer.singleShot(BACKUP_DELAY_MS, lambda: _daily_backup(window, path))
    return app.exec()


def _daily_backup(window: MainWindow, path: Path) -> None:
    try:
        backup_if_due(path)
    except (OSError, sqlite3.Error) as error:
        window.statusBar().showMessage(f"The daily backup could not be made: {error}", 10000)
