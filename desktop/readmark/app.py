"""The one place that wires the store, the controller and the window together."""

from __future__ import annotations

import gc
import importlib
import sqlite3
import sys
import threading
from collections.abc import Callable, Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from readmark import __version__
from readmark.core.steps import run_to_end
from readmark.paths import APP_NAME, library_path
from readmark.store.first_look import first_look
from readmark.ui.cycle_collector import collect_cycles_on_this_thread
from readmark.ui.interpreter_turns import share_the_interpreter
from readmark.ui.main_window import MainWindow
from readmark.ui.sliced_work import AWAITED, SlicedWork
from readmark.ui.translation import tr, translate_application

if TYPE_CHECKING:
    from readmark.core.model import Document
    from readmark.store.repository import LibraryRepository

OPENING_MESSAGE = QT_TRANSLATE_NOOP("", "Opening the library…")
# The daily backup waits until the window is up, so that it never delays the first paint.
BACKUP_DELAY_MS = 3000
# The library's code (SQLAlchemy, the store, the services and the core the window uses: plain
# Python making no Qt object), imported on a thread of its own once the first look has painted,
# so that the reader can scroll the article meanwhile (tests/ui/test_first_look.py checks that
# the window's modules leave none of it to this thread).
LIBRARY_MODULES = (
    "readmark.store.repository",
    "readmark.store.backup",
    "readmark.store.team_link",
    "readmark.services.documents",
    "readmark.services.exchange",
    "readmark.services.classroom",
    "readmark.services.own_connection",
    "readmark.core.command_apply",
    "readmark.core.command_words",
    "readmark.core.curation",
    "readmark.core.document_labels",
    "readmark.core.duplicates",
    "readmark.core.exercise_feedback",
    "readmark.core.exercise_files",
    "readmark.core.opened_passages",
    "readmark.core.presets",
    "readmark.core.span_index",
    "readmark.core.suggestion_learning",
)
IMPORTED_CHECK_MS = 15
# The window's own modules, which make Qt classes and so load on this thread: one an event-loop
# turn, before open_in builds the window from them, so that no turn loads them all
# (tests/ui/test_first_look.py checks that the list leaves open_in nothing to import).
WINDOW_MODULES = (
    "readmark.ui.background_work",  # makes Qt's namespace
    "readmark.ui.controller",
    # The annotation panel's parts, each a turn (the cells' delegates make QStyle's enums).
    "readmark.ui.annotation_model",
    "readmark.ui.cell_delegates",
    "readmark.ui.links_pane",
    "readmark.ui.memo_pane",
    "readmark.ui.annotation_panel",
    "readmark.ui.document_list",
    "readmark.ui.find_bar",
    "readmark.ui.focus_ring",
    "readmark.ui.library_actions",
    "readmark.ui.library_parts",
    "readmark.ui.library_watch",
    "readmark.ui.scroll_bars",
    "readmark.ui.suggestions_panel",
    "readmark.ui.menu_commands",
    "readmark.ui.window_commands",
    "readmark.ui.exchange_actions",  # before the classroom's, which imports it
    "readmark.ui.exercise_dialogs",
    "readmark.ui.classroom_actions",
    "readmark.ui.coder_actions",
    "readmark.ui.team_actions",
    "readmark.ui.document_label_actions",
)


def create_window(library: str | None = None) -> MainWindow:
    """Opens the library in a new main window at once, with no first look (for --screenshot,
    tests and benchmarks; the app itself starts with start_window)."""
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    path = library_path(library)
    window = MainWindow()
    open_in(window, LibraryRepository(open_library(path)), path)
    return window


def open_in(
    window: MainWindow, repository: LibraryRepository, path: Path, shown: Document | None = None
) -> None:
    """open_in_steps at once."""
    run_to_end(open_in_steps(window, repository, path, shown))


def open_in_steps(
    window: MainWindow, repository: LibraryRepository, path: Path, shown: Document | None = None
) -> Generator[None, None, None]:
    """Builds the window around an open library (adding the sample article on first start),
    and opens the document read last, a step at a time (see SlicedWork); `shown` is the
    document the window shows already (the first look's), whose text it keeps if that is the
    one."""
    # Loaded here rather than at the top: they bring SQLAlchemy, which the first look at the
    # article does not wait for (see start_window).
    from readmark.services.documents import seed_first_start
    from readmark.ui.controller import LibraryController

    seeded = seed_first_start(repository)
    controller = LibraryController(repository, path)
    # One owner: Qt deletes the controller and its models with the window.
    controller.setParent(window)
    yield
    yield from window.attach_in_steps(controller)
    yield
    if seeded is not None:
        controller.open_document(seeded.id)
    else:
        # The first look shows the article already: its passages come in on a thread.
        controller.open_last_document(shown, in_background=shown is not None)
    # What start-up made lives as long as the app: a full garbage collection, which halts
    # every thread, need not walk it again.
    gc.freeze()


def open_or_recover(path: Path) -> LibraryRepository | None:
    """The library at `path`; if it is damaged, whatever the user chooses instead; None to quit."""
    # Loaded here: the first look at the article does not wait for them (see start_window).
    from PySide6.QtWidgets import QMessageBox

    from readmark.store.backup import newest_healthy_backup, recover_damaged
    from readmark.store.database import DamagedLibraryError, LibraryError, open_library
    from readmark.store.repository import LibraryRepository
    from readmark.ui.recovery_dialog import Recovery, ask_how_to_recover

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
            QMessageBox.critical(None, tr("Readmark cannot open its library"), str(error))
            return None


def run_window(library: str | None = None, files: list[Path] | None = None) -> int:
    """Runs the app; files named on the command line (a desktop's "Open with") are opened."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("readmark")
    collect_cycles_on_this_thread(app)
    translate_application()
    window = start_window(library_path(library), files)
    return 1 if window is None else app.exec()


def start_window(path: Path, files: list[Path] | None = None) -> MainWindow | None:
    """Shows the main window on the library at `path`; None if the user chose to quit.

    The article read last shows first, read with sqlite3 alone; the library is opened, and the
    rest of the window built, once that has painted: the text shows without waiting for
    SQLAlchemy and the rest of the app to load. Their modules load meanwhile, the library's on
    a thread of its own, then the window's; the library opens and the window is built after
    them, all a step at a time, so that the reader can scroll the article. Where a first look
    cannot tell (a first start, an upgrade, a damaged file), the library is opened first.
    """
    window = MainWindow()
    shown = _show_first_look(window, path)
    if shown is None:
        return window if run_to_end(_open_library(window, path, files)) else None

    def build() -> Generator[None, None, bool]:
        yield from import_in_steps(WINDOW_MODULES)
        return (yield from _open_library(window, path, files, shown))

    def finish(opened: bool) -> None:
        if not opened:
            QApplication.exit(1)

    def start_building() -> None:
        SlicedWork(build(), finish, window, AWAITED).start()

    window.view.run_after_paint(lambda: _after_importing(LIBRARY_MODULES, start_building, window))
    return window


def import_in_steps(names: Sequence[str]) -> Generator[None, None, None]:
    """Imports the modules one at a time, yielding after each (see SlicedWork)."""
    for name in names:
        importlib.import_module(name)
        yield


def import_modules(names: Sequence[str]) -> None:
    run_to_end(import_in_steps(names))


def _after_importing(names: Sequence[str], then: Callable[[], None], owner: QObject) -> None:
    """Imports modules on a thread of their own and runs `then` on this one once they are in.
    An import that fails there fails again as `then` imports it, where its error is handled."""
    importer = threading.Thread(target=import_modules, args=(names,), name="readmark-imports")
    importer.daemon = True  # a window closed meanwhile need not wait for it
    share_the_interpreter()
    importer.start()

    def check() -> None:
        if importer.is_alive():
            QTimer.singleShot(IMPORTED_CHECK_MS, owner, check)
        else:
            then()

    check()


def _show_first_look(window: MainWindow, path: Path) -> Document | None:
    """Shows the article read last, if the library can tell at a first look (see first_look),
    and returns it. Its highlights are the reader's alone, freed as the library's replace them;
    its text stays, lent to the library's document."""
    look = first_look(path)
    if look is None:
        return None
    window.show_first_look(look)
    window.show()
    return look.document


def _open_library(
    window: MainWindow, path: Path, files: list[Path] | None, shown: Document | None = None
) -> Generator[None, None, bool]:
    """Opens the library into `window` and shows it, a step at a time (see SlicedWork); False
    when there is none to open."""
    if not window.isVisible():
        # No first look (a first start, an upgrade, a damaged file): the frame shows what the
        # wait is for, rather than nothing while a new library is made or an old one copied.
        window.statusBar().showMessage(tr(OPENING_MESSAGE))
        window.show()
        QApplication.processEvents()
    repository = open_or_recover(path)
    if repository is None:
        return False
    yield
    yield from open_in_steps(window, repository, path, shown)
    if window.statusBar().currentMessage() == tr(OPENING_MESSAGE):
        window.statusBar().clearMessage()
    window.show()
    if files:
        QTimer.singleShot(0, lambda: window.open_paths(files))
    QTimer.singleShot(BACKUP_DELAY_MS, window, lambda: _daily_backup(window, path))
    return True


def _daily_backup(window: MainWindow, path: Path) -> None:
    """The daily backup, on a thread: copying and checking a library, however large, never
    holds the window."""
    from readmark.store.backup import backup_if_due
    from readmark.ui.background_work import Finished, run_on_thread

    def done(made: Finished[object]) -> None:
        if isinstance(made.error, OSError | sqlite3.Error):
            message = tr("The daily backup could not be made: {reason}").format(reason=made.error)
            window.statusBar().showMessage(message, 10000)
        elif made.error is not None:
            raise made.error

    run_on_thread(lambda: backup_if_due(path), done, window, "readmark-backup")


# If no paint event ever arrives (it always should), the window is still drawn after this long.
FALLBACK_MS = 10_000


class _FirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after the watched widget first paints."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Let this paint and the window's own queued start-up work (scrolling to the
            # reading position) finish first.
            QTimer.singleShot(0, self._then)
        return False


def render_window_to(path: Path, library: str | None = None) -> int:
    """Opens the main window on `library`, writes it to the PNG `path` after its first paint,
    closes it; returns the exit status (0, or 1 if the library or the file could not be used).

    Behind the hidden `readmark --screenshot PNG` option: the frozen-app test uses it to prove
    that the bundle starts, finds its resources and draws the article (run it with
    QT_QPA_PLATFORM=offscreen to need no display)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    collect_cycles_on_this_thread(app)
    translate_application()
    from readmark.store.database import LibraryError

    try:
        window = create_window(library)
    except LibraryError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    status, captured = 1, False

    def capture() -> None:
        nonlocal status, captured
        if captured:
            return
        captured = True
        fallback.stop()
        if window.grab().save(str(path), "PNG"):
            status = 0
        else:
            print(f"readmark: could not write the picture to “{path}”.", file=sys.stderr)
        window.close()
        app.quit()

    fallback = QTimer()
    fallback.setSingleShot(True)
    fallback.timeout.connect(capture)
    watcher = _FirstPaint(capture)
    window.installEventFilter(watcher)
    window.show()
    fallback.start(FALLBACK_MS)
    app.exec()
    window.removeEventFilter(watcher)
    window.deleteLater()
    return status
