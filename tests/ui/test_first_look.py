"""Starting on the article read last: it shows, highlighted and in the reader's theme, before
the library is opened; then the rest of the window fills in around it, nothing moving."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Generator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCharFormat
from pytestqt.qtbot import QtBot

from factories import make_article, new_annotation
from readmark import app
from readmark.app import open_in, open_in_steps
from readmark.core.model import Annotation
from readmark.core.opened_passages import OpenedPassages
from readmark.core.text import Utf16Map
from readmark.store.database import open_library
from readmark.store.first_look import FirstLook, first_look
from readmark.store.repository import LibraryRepository
from readmark.store.schema import LAST_DOCUMENT_KEY, SEEDED_KEY
from readmark.ui.annotation_panel import AnnotationPanel
from readmark.ui.article_view import ArticleView
from readmark.ui.highlighter import AnnotationHighlighter
from readmark.ui.main_window import MainWindow
from readmark.ui.suggestions_panel import SuggestionsPanel
from readmark.ui.translation import install_translators, remove_translators
from store.test_first_look import TEXT, library_with_work

# Runs `readmark --library PATH` as a user would, and reports what the reader painted first,
# and what the window holds once the library is open.
DRIVER = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from readmark.ui.article_view import ArticleView

seen = {}
original = ArticleView.paintEvent

def paint(self, event):
    original(self, event)
    if "first" in seen or not self.text:
        return
    window = self.window()
    block = self.document().firstBlock()
    seen["first"] = {
        "qt namespace made": "Qt" in vars(sys.modules["PySide6.QtCore"]),  # asked first
        "sqlalchemy loaded": "sqlalchemy" in sys.modules,
        "library open": window.attached,
        "title": window.windowTitle(),
        "text": self.text,
        "highlighted": [(r.start, r.length) for r in block.layout().formats()
                        if r.format.background().style().value],
        "dark": self.palette().color(QPalette.ColorRole.Base).lightness() < 128,
        "window dark": window.palette().color(QPalette.ColorRole.Window).lightness() < 128,
    }

    def when_open():  # the library open, the passages (read on a thread) in
        controller = window.controller if window.attached else None
        if controller is None or controller.document is None or controller.opening is not None:
            QTimer.singleShot(20, when_open)
            return
        seen["then"] = {
            "rows": window.panel.model.rowCount(),
            "title": window.windowTitle(),
            "cycles collected on this thread alone": not gc.isenabled(),
        }
        print(json.dumps(seen), flush=True)
        QApplication.quit()

    QTimer.singleShot(0, when_open)

ArticleView.paintEvent = paint
from readmark.cli import main
sys.exit(main(["--library", sys.argv[1]]))
"""


def last_line_of(script: str, library: Path, platform: str | None = None) -> str:
    """What a Python script run on the library in a fresh process printed last: offscreen, as
    conftest.py set it, or on the Qt platform given."""
    environment = dict(os.environ)
    if platform is not None:
        environment["QT_QPA_PLATFORM"] = platform
    finished = subprocess.run(
        [sys.executable, "-c", script, str(library)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert finished.returncode == 0, finished.stderr
    return finished.stdout.splitlines()[-1]


def highlighted(view: ArticleView, offset: int) -> QTextCharFormat | None:
    """The highlight painted at a code-point offset, if any."""
    view.viewport().grab()  # painted, as the screen would: the reader formats what it paints
    position = Utf16Map(view.text).to_utf16(offset)
    block = view.document().findBlock(position)
    inside_block = position - block.position()
    ranges = block.layout().formats()  # kept alive while its formats are read
    for fmt_range in ranges:
        inside = fmt_range.start <= inside_block < fmt_range.start + fmt_range.length
        if inside and fmt_range.format.background().style().value:
            return QTextCharFormat(fmt_range.format)
    return None


def first_look_window(qtbot: QtBot, library: Path) -> MainWindow:
    """A window showing the library's first look, as the app does before opening it."""
    look = first_look(library)
    assert look is not None
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_first_look(look)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened_window(qtbot: QtBot, repository: LibraryRepository, path: Path) -> MainWindow:
    """The library's window, open and shown; closing it, the library keeps its layout, as a
    user's does."""
    window = MainWindow()
    qtbot.addWidget(window)
    open_in(window, repository, path)
    window.show()
    return window


def test_readmark_shows_the_article_before_loading_the_library(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    rows = len(repository.annotations(repository.document(2).id))
    opened_window(qtbot, repository, isolated_paths).close()
    repository.dispose()
    seen = json.loads(last_line_of(DRIVER, isolated_paths))
    first = seen["first"]
    assert first["text"] == TEXT and first["title"] == "Rivers — Readmark"
    assert not first["sqlalchemy loaded"] and not first["library open"]
    # Nor the Qt namespace, whose 93 enums take PySide 44 ms to make (see readmark.ui).
    assert not first["qt namespace made"]
    assert first["dark"]  # the theme the reader chose, from the first paint on
    assert first["window dark"]  # the whole window's, with no light flash
    # The coder's passage from the first character, to the emoji's second UTF-16 unit.
    assert [0, 14 + 1] in first["highlighted"]
    assert seen["then"] == {
        "rows": rows,
        "title": "Rivers — Readmark",
        "cycles collected on this thread alone": True,  # see ui/cycle_collector.py
    }


def test_opening_the_library_keeps_the_readers_place_and_selection(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    window = first_look_window(qtbot, isolated_paths)
    assert highlighted(window.view, 3) is not None  # inside the coder's passage
    assert highlighted(window.view, 33) is None  # the orphan has no place in the text
    assert window.overview.marks() == {}  # the strip marks the library's passages, once open
    window.view.select_span(17, 31)  # the reader selects while the library opens

    open_in(window, repository, isolated_paths)
    qtbot.wait(50)
    assert window.view.text == TEXT
    assert window.view.selected_span() == (17, 31)
    assert highlighted(window.view, 3) is not None and highlighted(window.view, 20) is not None
    assert window.panel.model.rowCount() == 3
    marked = set(window.overview.marks().values())
    assert marked and marked <= {tag.colour for tag in repository.tags()}
    window.tag_selection(repository.tags()[1].id)  # and tagging works at once
    assert len(repository.annotations(2)) == 4
    assert window.view.palette().color(QPalette.ColorRole.Base).lightness() < 128
    window.close()


def test_where_the_reader_scrolled_meanwhile_stays(qtbot: QtBot, isolated_paths: Path) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    paragraphs = [f"Paragraph {n}: the river rose again, and the levee held." for n in range(400)]
    long_text = "\n\n".join(paragraphs)
    document = repository.add_article(make_article(long_text, "Long"))[0]
    repository.set_reading_position(document.id, long_text.index("Paragraph 100:"))
    repository.set_setting(SEEDED_KEY, "1")
    window = first_look_window(qtbot, isolated_paths)
    assert window.view.reading_position() >= long_text.index("Paragraph 100:") - 200
    place = long_text.index("Paragraph 300:")
    window.view.scroll_to(place)  # read on while the library opens

    open_in(window, repository, isolated_paths)
    qtbot.wait(100)
    assert abs(window.view.reading_position() - place) < 200
    window.close()


def test_the_library_keeps_the_text_the_first_look_read_rather_than_reading_it_again(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One copy of the article, not two: for a book, megabytes read and held twice at the peak.
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    repository.dispose()
    looks: list[FirstLook | None] = []

    def recorded(path: Path) -> FirstLook | None:
        looks.append(first_look(path))
        return looks[-1]

    monkeypatch.setattr(app, "first_look", recorded)
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached and window.controller.document is not None)
    [look] = looks
    assert look is not None and window.controller.document.text is look.document.text
    assert window.view.text is look.document.text and window.view.text == TEXT
    window.close()


def test_the_article_scrolls_while_the_library_code_loads(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    paragraphs = [f"Paragraph {n}: the river rose again, and the levee held." for n in range(400)]
    long_text = "\n\n".join(paragraphs)
    repository.add_article(make_article(long_text, "Long"))
    repository.set_setting(SEEDED_KEY, "1")
    repository.dispose()
    loading, loaded = threading.Event(), threading.Event()
    import_modules = app.import_modules

    def slow_import(names: Sequence[str]) -> None:  # as slow as the test wants (on its thread)
        loading.set()
        loaded.wait(timeout=30)
        import_modules(names)

    monkeypatch.setattr(app, "import_modules", slow_import)
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(loading.is_set)  # the article painted, the library's code loading

    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)  # the event loop runs on, the import still waiting
    assert not window.attached
    end = window.view.reading_position()
    assert end > long_text.index("Paragraph 350:")

    loaded.set()
    qtbot.waitUntil(lambda: window.attached and window.controller.document is not None)
    assert window.panel.model.rowCount() == 0 and window.view.reading_position() == end
    window.close()


def test_the_window_makes_its_two_panels_in_turns_of_their_own(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    # Made in one turn with the rest of the parts, they held the window 13-22 ms.
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    window = MainWindow()
    qtbot.addWidget(window)
    made: list[set[str]] = []
    seen: set[str] = set()
    for _ in open_in_steps(window, repository, isolated_paths):
        now = {
            kind.__name__ for kind in (AnnotationPanel, SuggestionsPanel) if window.findChild(kind)
        }
        made.append(now - seen)
        seen |= now
    assert {"AnnotationPanel"} in made and {"SuggestionsPanel"} in made
    assert window.attached and window.panel.model.rowCount() > 0
    repository.dispose()


WINDOW_BUILD = """
import sys
from PySide6.QtWidgets import QApplication
from readmark import app
qt = QApplication([])
app.import_modules(app.LIBRARY_MODULES + app.WINDOW_MODULES)
before = set(sys.modules)
window = app.create_window(sys.argv[1])
print(sorted(m for m in set(sys.modules) - before if m.startswith("readmark")))
"""


def test_the_window_is_built_from_modules_imported_ahead(isolated_paths: Path) -> None:
    # start_window imports them a module an event-loop turn before open_in builds the window:
    # one left off the list would be imported all at once again, with the rest of the build.
    assert last_line_of(WINDOW_BUILD, isolated_paths) == "[]"


WINDOW_MODULES_IMPORT = """
import sys
from PySide6.QtWidgets import QApplication
from readmark import app
qt = QApplication([])
app.import_modules(app.LIBRARY_MODULES)
before = set(sys.modules)
app.import_modules(app.WINDOW_MODULES)
print(sorted(m for m in set(sys.modules) - before if m.startswith("readmark.") and
             not m.startswith("readmark.ui.")))
"""


def test_the_library_thread_imports_the_qt_free_code_the_window_needs(
    isolated_paths: Path,
) -> None:
    # Whatever of ours the window's modules import that makes no Qt object is imported on the
    # library's thread: on the GUI thread it held the reader still (40 ms an import turn).
    assert last_line_of(WINDOW_MODULES_IMPORT, isolated_paths) == "[]"


# What only an export, an import of annotations, a class's results or a codebook file needs.
LOADED_WHEN_ASKED_FOR = (
    "readmark.core.csv_export",
    "readmark.core.incoming",
    "readmark.core.web_annotation",
    "readmark.core.web_annotation_export",
    "readmark.core.web_annotation_import",
    "readmark.services.annotation_import",
    "readmark.core.class_results",
    "readmark.core.codebook",
    "xml.etree.ElementTree",
    "readmark.core.html_import",
    "lxml.html",
)
WINDOW_COMPLETE = f"""
import sys
from PySide6.QtWidgets import QApplication
from readmark import app
qt = QApplication([])
window = app.create_window(sys.argv[1])
window.show()
qt.processEvents()
assert window.controller.document is not None
print(sorted(m for m in sys.modules if m in {LOADED_WHEN_ASKED_FOR!r}))
"""


def test_a_complete_window_has_not_loaded_what_it_was_not_asked_for(
    isolated_paths: Path,
) -> None:
    # Each would cost every start its import, and the window its memory (lxml.html alone
    # 4 MB, as much as 9,000 annotations hold).
    assert last_line_of(WINDOW_COMPLETE, isolated_paths) == "[]"


FIRST_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from readmark import app
qt = QApplication([])
window = app.create_window(sys.argv[1])
window.show()
qt.processEvents()
free = window.screen().availableGeometry()
from readmark.ui.exercise_dialogs import FeedbackDialog
feedback = FeedbackDialog("<p>Well done.</p>", window)  # a student's, on the same screen
widths = [window.library_dock.width(), window.centralWidget().width(), window.panel_dock.width()]
sizes = [window.size().toTuple(), feedback.size().toTuple(), free.size().toTuple(), widths]
print(json.dumps(sizes))
"""


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)], ids=["laptop", "netbook"])
def test_a_first_window_and_a_tall_dialog_fit_a_small_screen(
    isolated_paths: Path, tmp_path: Path, screen: tuple[int, int]
) -> None:
    config = tmp_path / "small_screen.json"
    width, height = screen
    place = {"name": "small", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**place, "logicalDpi": 96, "dpr": 1}]}))
    shown = last_line_of(FIRST_WINDOW, isolated_paths, f"offscreen:configfile={config}")
    window, feedback, free, (library, reader, panel) = json.loads(shown)
    assert free == [width, height]
    # Nine tenths of the screen at most: room left for the title bar and the taskbar.
    assert window == [round(width * 0.9), round(height * 0.9)]
    assert feedback == [760, round(height * 0.9)]  # 820 high on a larger screen
    assert reader > max(library, panel)  # the article keeps the most room


def test_a_first_window_on_a_desktop_screen_has_its_full_size(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.screen().availableGeometry().size().toTuple() == (1920, 1080)  # conftest's
    assert window.size().toTuple() == (1280, 820)


@pytest.mark.parametrize(
    ("language", "shown"), [("en", "Opening the library…"), ("fr", "Ouverture de la bibliothèque…")]
)
def test_without_a_first_look_the_window_shows_while_the_library_opens(
    qtbot: QtBot,
    isolated_paths: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    shown: str,
) -> None:
    # A first start (as here), an upgrade or a damaged file: the library opens before anything
    # can be shown of it, which for an upgrade's backup copy of a large library takes seconds.
    made: list[MainWindow] = []
    seen: list[tuple[bool, str]] = []
    opening = app.open_or_recover

    def main_window() -> MainWindow:
        made.append(MainWindow())
        return made[-1]

    def open_or_recover(path: Path) -> LibraryRepository | None:
        seen.append((made[0].isVisible(), made[0].statusBar().currentMessage()))
        return opening(path)

    monkeypatch.setattr(app, "MainWindow", main_window)
    monkeypatch.setattr(app, "open_or_recover", open_or_recover)
    translators = install_translators(language) if language != "en" else []
    try:
        window = app.start_window(isolated_paths)
    finally:
        remove_translators(translators)
    assert window is not None
    qtbot.addWidget(window)
    assert seen == [(True, shown)]  # in the interface's language
    assert window.attached and window.controller.document is not None
    assert window.statusBar().currentMessage() != shown  # done


def test_the_first_look_has_the_docks_where_the_window_left_them(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    window = opened_window(qtbot, repository, isolated_paths)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.panel_dock)  # moved
    window.library_dock.close()
    window.close()

    window = first_look_window(qtbot, isolated_paths)
    reader = window.view.geometry()
    assert window.dockWidgetArea(window.panel_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.panel_dock.isVisible() and not window.library_dock.isVisible()
    open_in(window, repository, isolated_paths)
    qtbot.wait(50)
    assert window.dockWidgetArea(window.panel_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert not window.library_dock.isVisible()
    assert window.view.geometry() == reader  # nothing moved as the library opened
    window.close()
    repository.dispose()


def test_docks_tabbed_together_stay_tabbed_at_the_first_look(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    window = opened_window(qtbot, repository, isolated_paths)
    window.tabifyDockWidget(window.panel_dock, window.library_dock)
    window.close()

    window = first_look_window(qtbot, isolated_paths)
    assert window.tabifiedDockWidgets(window.panel_dock) == [window.library_dock]
    open_in(window, repository, isolated_paths)
    assert window.tabifiedDockWidgets(window.panel_dock) == [window.library_dock]
    window.close()
    repository.dispose()


def test_a_first_look_never_closed_before_docks_by_default(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)  # the window was never closed: no layout kept
    window = first_look_window(qtbot, isolated_paths)
    assert window.dockWidgetArea(window.library_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.panel_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.library_dock.isVisible() and window.panel_dock.isVisible()
    # What the first look sets by number (see readmark.ui) is what the names say.
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    selectable |= Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert window.view.textInteractionFlags() == selectable
    beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert window.toolbar.toolButtonStyle() == beside
    window.close()
    repository.dispose()


def test_following_the_system_the_first_look_has_the_theme_the_desktop_had_last(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    from readmark.store.schema import SYSTEM_THEME_KEY, THEME_KEY
    from readmark.ui.colours import DARK, LIGHT

    def paper(window: MainWindow) -> object:
        return window.view.palette().color(QPalette.ColorRole.Base)

    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    repository.set_setting(THEME_KEY, "system")
    repository.set_setting(SYSTEM_THEME_KEY, "dark")  # the desktop was dark last time
    window = first_look_window(qtbot, isolated_paths)
    assert paper(window) == DARK.paper
    open_in(window, repository, isolated_paths)  # the offscreen desktop is light now
    assert paper(window) == LIGHT.paper
    assert repository.setting(SYSTEM_THEME_KEY) == "light"  # for the next start
    window.close()
    repository.dispose()


def stored_work(library: Path) -> list[Annotation]:
    """A library with a reader's work in it; the passages as a window shows them."""
    repository = LibraryRepository(open_library(library))
    stored = repository.annotations(library_with_work(repository), as_shown=True)
    repository.dispose()
    return stored


def test_the_passages_come_in_on_a_thread_while_the_window_goes_on(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A book's 100,000 passages took a second and more to read, on the GUI thread, after the
    # first paint: a scroll or a key press waited that long.
    stored = stored_work(isolated_paths)
    reading, read_on = threading.Event(), threading.Event()
    readers: list[str] = []
    annotations = LibraryRepository.annotations

    def held_back(self: LibraryRepository, document: int, **options: bool) -> list[Annotation]:
        readers.append(threading.current_thread().name)
        if threading.current_thread().name == "readmark-open":
            reading.set()
            read_on.wait(timeout=30)  # as long as the test wants
        return annotations(self, document, **options)

    monkeypatch.setattr(LibraryRepository, "annotations", held_back)
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached and reading.is_set())
    window.activateWindow()  # the tag keys are window shortcuts
    qtbot.waitUntil(window.isActiveWindow)
    # The window is built and its event loop turns, the passages not in yet.
    assert window.controller.opening is not None and window.panel.model.rowCount() == 0
    window.view.select_span(0, 6)
    window.tag_selection(window.controller.tags[0].id)  # a tag waits for nothing either

    read_on.set()
    qtbot.waitUntil(lambda: window.controller.opening is None)
    assert readers[0] == "readmark-open"
    spans = {(a.start, a.end) for a in window.panel.model.annotations}
    assert spans == {(0, 6), *((a.start, a.end) for a in stored)}
    assert window.view.placed_count() == 1 + len([a for a in stored if not a.orphaned])
    window.close()


def test_the_text_is_formatted_ahead_with_the_librarys_highlights_not_the_first_looks(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Formats made ahead with the first look's highlights were made again once the library's
    # came in, and took the interpreter from the thread reading them meanwhile: 30 ms of the
    # complete window at 1x, 60 ms at 4x (benchmark 1).
    repository = LibraryRepository(open_library(isolated_paths))
    text = "\n\n".join(f"Paragraph {n} of a long article, a sentence or two." for n in range(300))
    document = repository.add_article(make_article(text, "Long"))[0]
    claim = repository.tags()[0].id
    repository.add_annotations([new_annotation(document.id, claim, 0, 9, text)])
    repository.set_setting(LAST_DOCUMENT_KEY, str(document.id))
    repository.set_setting(SEEDED_KEY, "1")
    repository.dispose()
    reading, read_on = threading.Event(), threading.Event()
    annotations = LibraryRepository.annotations

    def held_back(self: LibraryRepository, document: int, **options: bool) -> list[Annotation]:
        if threading.current_thread().name == "readmark-open":
            reading.set()
            read_on.wait(timeout=30)
        return annotations(self, document, **options)

    formatted_ahead_with: list[int] = []  # the highlights placed, each time it starts
    format_ahead = AnnotationHighlighter.format_ahead

    def counted(highlighter: AnnotationHighlighter, first: int) -> Generator[None, None, None]:
        formatted_ahead_with.append(window.view.placed_count())
        return format_ahead(highlighter, first)

    monkeypatch.setattr(LibraryRepository, "annotations", held_back)
    monkeypatch.setattr(AnnotationHighlighter, "format_ahead", counted)
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached and reading.is_set())
    window.view.viewport().repaint()
    assert formatted_ahead_with == []

    read_on.set()
    qtbot.waitUntil(lambda: window.controller.opening is None)
    window.view.viewport().repaint()
    assert formatted_ahead_with == [window.view.placed_count()]
    window.close()


def test_what_the_window_derives_from_the_passages_is_worked_out_on_their_thread(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 100,000 passages, the list's counts, the reader's index and the sums the library
    # watch compares took 60-120 ms of one turn on the GUI thread.
    stored = stored_work(isolated_paths)
    worked_out: list[tuple[str, int]] = []
    work_out = OpenedPassages.of.__func__  # type: ignore[attr-defined]

    def watched(cls: type[OpenedPassages], annotations: list[Annotation]) -> OpenedPassages:
        worked_out.append((threading.current_thread().name, len(annotations)))
        return work_out(cls, annotations)  # type: ignore[no-any-return]

    monkeypatch.setattr(OpenedPassages, "of", classmethod(watched))
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached and window.panel.model.rowCount() == len(stored))

    assert worked_out == [("readmark-open", len(stored))]
    assert window.panel.model.passage_sums() == OpenedPassages.of(stored).sums
    window.close()


def test_the_document_is_read_again_on_the_thread_and_its_newer_title_shown(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A book's 17,000 blocks took 20-40 ms to read again in one turn after the first paint.
    stored_work(isolated_paths)
    readers: list[str] = []
    document = LibraryRepository.document
    look_first = app.first_look

    def watched(self: LibraryRepository, document_id: int, held: object = None) -> object:
        readers.append(threading.current_thread().name)
        return document(self, document_id, held)  # type: ignore[arg-type]

    def renamed_after_the_first_look(path: Path) -> FirstLook | None:
        look = look_first(path)
        with sqlite3.connect(path) as db:  # as another window renaming it meanwhile
            db.execute("UPDATE documents SET title = 'Rivers, renamed'")
        db.close()
        return look

    monkeypatch.setattr(LibraryRepository, "document", watched)
    monkeypatch.setattr(app, "first_look", renamed_after_the_first_look)
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Rivers —")  # the first look's
    qtbot.waitUntil(lambda: window.attached and window.controller.opening is None)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Rivers, renamed"))

    assert readers == ["readmark-open"]
    assert window.controller.document is not None
    assert window.controller.document.title == "Rivers, renamed"
    window.close()


def test_a_passage_tagged_while_the_others_come_in_is_kept(
    qtbot: QtBot, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = LibraryRepository(open_library(isolated_paths))
    library_with_work(repository)
    repository.dispose()
    reading, read_on = threading.Event(), threading.Event()
    annotations = LibraryRepository.annotations

    def held_back(self: LibraryRepository, document: int, **options: bool) -> list[Annotation]:
        if threading.current_thread().name == "readmark-open":
            found = annotations(self, document, **options)  # before the tag below
            reading.set()
            read_on.wait(timeout=30)
            return found
        return annotations(self, document, **options)

    monkeypatch.setattr(LibraryRepository, "annotations", held_back)
    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached and reading.is_set())
    start = TEXT.index("A caption")
    window.view.select_span(start, start + len("A caption"))
    window.tag_selection(window.controller.tags[0].id)  # as the key 1 does

    read_on.set()
    qtbot.waitUntil(lambda: window.controller.opening is None)
    spans = [(a.start, a.end) for a in window.panel.model.annotations]
    assert (start, start + len("A caption")) in spans
    assert len(spans) == 4  # the three stored, and the new one
    window.close()
