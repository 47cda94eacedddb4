"""Test set-up: Qt offscreen, and every path pointed at a temporary folder."""

from __future__ import annotations

import http.server
import os
import shutil
import threading

# Before anything imports Qt (and inherited by the processes tests start): offscreen, on a
# desktop's 1920 x 1080 screen rather than the platform's own 800 x 800, which a first window
# fits itself into.
os.environ["QT_QPA_PLATFORM"] = (
    f"offscreen:configfile={os.path.join(os.path.dirname(__file__), 'desktop_screen.json')}"
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen"
    else os.environ["QT_QPA_PLATFORM"]
)

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from external_tools import require_tool
from readmark.paths import default_library_path
from readmark.ui.application_theme import undress_application
from readmark.ui.cycle_collector import collect_cycles_on_this_thread
from xcb_rerun import XcbRerun, start_xvfb, stop_xvfb

REAL_DATA_FOLDER = default_library_path().parent

# No deadline per example: it is a timed assertion, which failed on a loaded two-core machine
# (an example over Hypothesis's 200 ms) with nothing wrong in what was tested.
settings.register_profile("readmark", deadline=None)
settings.load_profile("readmark")


def _snapshot(folder: Path) -> set[tuple[str, int]]:
    if not folder.exists():
        return set()
    return {(str(p), p.stat().st_mtime_ns) for p in folder.rglob("*")}


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, collecting cycles on its thread as the app's does."""
    collect_cycles_on_this_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def no_modifier_key_left_held() -> Iterator[None]:
    """Releases Ctrl, Shift, Alt and Meta after each test. QTest leaves Ctrl held when a
    shortcut takes the key press (Ctrl+Z, say), and a later test's row selection would then
    add to the selection rather than replace it."""
    yield
    if QApplication.instance() is None:
        return
    held = QGuiApplication.keyboardModifiers()
    keys = [key for key, modifier in _MODIFIER_KEYS if held & modifier]
    if keys:
        target = QWidget()
        for key in keys:
            QTest.keyRelease(target, key)
        target.deleteLater()


_MODIFIER_KEYS = (
    (Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Meta, Qt.KeyboardModifier.MetaModifier),
)


@pytest.fixture(autouse=True)
def desktop_look_back() -> Iterator[None]:
    """The desktop's style and palette again after a test that chose a theme: a theme dresses
    the whole application, which outlives the test's window."""
    yield
    if QApplication.instance() is not None:
        undress_application()


@pytest.fixture(scope="session", autouse=True)
def real_data_folder_untouched() -> Iterator[None]:
    """Fails the run if any test wrote to the user's real Readmark data folder."""
    before = _snapshot(REAL_DATA_FOLDER)
    yield
    assert _snapshot(REAL_DATA_FOLDER) == before, f"a test wrote to {REAL_DATA_FOLDER}"


@pytest.fixture(autouse=True)
def isolated_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Points the library and every XDG folder into the test's own temporary folder."""
    home = tmp_path / "home"
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    library = tmp_path / "library.sqlite3"
    monkeypatch.setenv("READMARK_LIBRARY", str(library))
    return library


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes the app would show; recorded instead of blocking the test."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


@pytest.fixture(autouse=True)
def unanswered_questions_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question the app asks that the test did not expect fails at once rather than waiting
    for an answer nobody gives (a hung run). Tests that expect it patch it themselves."""

    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the app asked something the test did not answer: {args[1:3]}")

    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, unexpected)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked xcb need a real window system: offscreen they are skipped, and
    tests/test_real_platform.py runs them under Xvfb. Tests marked whole_machine go last, when
    that rerun (which runs beside the others) has most likely ended."""
    if os.environ["QT_QPA_PLATFORM"].startswith("xcb"):
        return
    elsewhere = pytest.mark.skip(
        reason="needs the xcb platform; tests/test_real_platform.py runs it"
    )
    for item in items:
        if item.get_closest_marker("xcb"):
            item.add_marker(elsewhere)
    items.sort(key=lambda item: item.get_closest_marker("whole_machine") is not None)


_XCB_RERUN = pytest.StashKey[XcbRerun]()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Starts the xcb rerun of the window tests, to run beside this session, if it is asked for
    and Xvfb is here (where it is not, its test says so)."""
    xvfb = shutil.which("Xvfb")
    if os.environ["QT_QPA_PLATFORM"].startswith("xcb") or xvfb is None:
        return
    if any(item.path.name == "test_real_platform.py" for item in session.items):
        session.config.stash[_XCB_RERUN] = XcbRerun(xvfb)


def pytest_sessionfinish(session: pytest.Session) -> None:
    rerun = session.config.stash.get(_XCB_RERUN, None)
    if rerun is not None:
        rerun.stop()


@pytest.fixture
def xcb_rerun(request: pytest.FixtureRequest) -> XcbRerun:
    """The xcb rerun this session started."""
    require_tool("Xvfb", "xvfb")
    return request.config.stash[_XCB_RERUN]


@pytest.fixture(autouse=True)
def nothing_else_on_the_cores_while_timing(request: pytest.FixtureRequest) -> None:
    """A test that needs the cores to itself (marked whole_machine) waits for the xcb rerun to
    end first."""
    rerun = request.config.stash.get(_XCB_RERUN, None)
    if rerun is not None and request.node.get_closest_marker("whole_machine"):
        rerun.result()


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A private X server (Xvfb) with the desktop's 1920 x 1080 screen; yields its display."""
    server, display = start_xvfb(require_tool("Xvfb", "xvfb"))
    if not display:
        pytest.fail(f"Xvfb did not start: {stop_xvfb(server)}")
    try:
        yield display
    finally:
        stop_xvfb(server)


class WebSite:
    """A local web server serving a folder, as a news site would: its address, and the paths
    asked of it."""

    def __init__(self, folder: Path) -> None:
        requested: list[str] = []

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(folder), **kwargs)

            def log_message(self, format: str, *args: object) -> None:
                requested.append(self.path)

        self.requested = requested
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.address = f"http://127.0.0.1:{self.server.server_port}"


@pytest.fixture
def web_site(tmp_path: Path) -> Iterator[WebSite]:
    site = WebSite(tmp_path)
    thread = threading.Thread(target=site.server.serve_forever, daemon=True)
    thread.start()
    yield site
    site.server.shutdown()
    site.server.server_close()
    thread.join()
