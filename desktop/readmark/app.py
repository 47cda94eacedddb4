"""The one place that wires the store, the controller and the window together."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from readmark import __version__
from readmark.library import seed_first_start
from readmark.paths import APP_NAME, library_path
from readmark.store.database import LibraryError, open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.controller import LibraryController
from readmark.ui.main_window import MainWindow


def create_window(library: str | None = None) -> MainWindow:
    """Opens the library (adding the sample article on first start) in a new main window."""
    repository = LibraryRepository(open_library(library_path(library)))
    seeded = seed_first_start(repository)
    controller = LibraryController(repository)
    window = MainWindow(controller)
    controller.setParent(
        window
    )  # one owner: Qt deletes the controller and its models with the window
    if seeded is not None:
        controller.open_document(seeded.id)
    else:
        controller.open_last_document()
    return window


def run_window(library: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("readmark")
    try:
        window = create_window(library)
    except LibraryError as error:
        QMessageBox.critical(None, "Readmark cannot open its library", str(error))
        return 1
    window.show()
    return app.exec()
