"""The team in the window: File > Team > Join Team…, Sync Now, the status bar's word on the
team, and a colleague's passages arriving while the reader reads on."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from tests.team.conftest import login_url
from tests.team.test_team_sync import annotate, joined
from tests.ui import conftest as ui_fixtures
from tests.ui.conftest import select_text
from tests.ui.test_tagging import panel_rows

from readmark.cli import main
from readmark.store import team_server, team_sync
from readmark.store.team_link import TEAM_URL
from readmark.store.team_server import CHANNEL
from readmark.ui.main_window import MainWindow
from readmark.ui.team_actions import JoinTeamDialog, TeamActions

pytestmark = pytest.mark.postgres
# The window tests' fixtures: the app started on a library of the test's own.
open_window, window = ui_fixtures.open_window, ui_fixtures.window


@pytest.fixture(autouse=True)
def password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def team_actions(window: MainWindow) -> TeamActions:
    return window.commands.team


def join_from_dialog(qtbot: QtBot, window: MainWindow, team: str, name: str) -> JoinTeamDialog:
    """Joins as `name` the way a coder does: File > Team > Join Team…, address and password."""
    password = team_server.add_coder(team, name)
    dialog = fill_join_dialog(window, login_url(team, name, "x").replace(":x@", "@"), password)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # the window's keys again (the dialog had them)
    qtbot.waitUntil(window.isActiveWindow)
    return dialog


def fill_join_dialog(window: MainWindow, address: str, password: str) -> JoinTeamDialog:
    team_actions(window).join_action.trigger()
    dialog = window.findChild(JoinTeamDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.address.setText(address)
    dialog.password.setText(password)
    return dialog


def status(window: MainWindow) -> str:
    return str(team_actions(window).status.text())


def test_joining_from_the_dialog_links_the_library_and_keeps_the_password_out_of_it(
    qtbot: QtBot,
    window: MainWindow,
    team: str,
    password_file: Path,
    isolated_paths: Path,
    messages: list[str],
) -> None:
    actions = team_actions(window)
    assert [a.text() for a in actions.menu.actions()] == ["&Join Team…", "&Sync Now"]
    assert not actions.sync_action.isEnabled(), "no team to sync with yet"
    assert actions.sync_action.shortcut().toString() == "Ctrl+Shift+S"

    # Not an address, then a wrong password: the dialog says why and stays, the address kept.
    dialog = fill_join_dialog(window, "team library on the lab server", "secret")
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert messages == [
        'That is not a PostgreSQL address: missing "=" after "team" in connection info string'
    ]
    assert not actions.worker.running and dialog.isVisible()
    team_server.add_coder(team, "ann")
    address = login_url(team, "ann", "x").replace(":x@", "@")
    dialog = fill_join_dialog(window, address, "not-the-password")
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(messages) == 2)
    assert "Could not reach the team library" in messages[1]
    assert "password authentication failed" in messages[1]
    assert dialog.isVisible() and dialog.address.text() == address
    assert not actions.sync_action.isEnabled()

    join_from_dialog(qtbot, window, team, "ann")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Joined the team"))
    assert actions.sync_action.isEnabled()
    assert status(window) == "Synced just now"
    assert window.controller.coder == "ann", "new passages are made under the team login"
    secret = password_file.read_text().strip().rsplit(":", 1)[1]
    assert secret.encode() not in isolated_paths.read_bytes()
    with psycopg.connect(team) as admin:  # the sample article went to the team
        assert admin.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_sync_now_brings_a_colleagues_passage_on_a_worker_and_the_reader_stays_put(
    qtbot: QtBot,
    window: MainWindow,
    team: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    join_from_dialog(qtbot, window, team, "ann")
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    scroll = window.view.verticalScrollBar()
    reading = select_text(window, "drones")
    scroll.setValue(scroll.maximum() // 3)
    place = scroll.value()
    assert place > 0
    mine = annotate(lead, "Moscovites", note="Whose words?")
    assert main(["sync", "--library", str(lead_library)]) == 0

    threads: list[threading.Thread] = []
    real_sync = team_sync.sync

    def sync_noting_the_thread(engine):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_sync(engine)

    monkeypatch.setattr(team_sync, "sync", sync_noting_the_thread)
    qtbot.keyClick(
        window,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: ("claim", "Moscovites") in panel_rows(window))
    assert threads and threads[0] is not threading.main_thread()
    assert [a.id for a in window.view.annotations_at(window.view.text.index("Moscovites"))] == [
        mine
    ]
    assert (scroll.value(), window.view.selected_span()) == (place, reading)
    assert window.controller.undo_stack.count() == 1
    qtbot.waitUntil(
        lambda: "sent 1 change, received 1 change" in window.statusBar().currentMessage()
    )
    assert status(window) == "Synced just now"
    with psycopg.connect(team) as admin:  # the reader's own passage went out in that sync
        assert admin.execute("SELECT coder FROM annotations ORDER BY coder").fetchall() == [
            ("ann",),
            ("lena",),
        ]


def test_every_minute_the_window_syncs_by_itself(
    qtbot: QtBot, window: MainWindow, team: str, tmp_path: Path
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    join_from_dialog(qtbot, window, team, "dov")
    timer = team_actions(window).sync_timer
    assert timer.isActive() and timer.interval() == 60_000
    annotate(lead, "Vladimir Putin")
    assert main(["sync", "--library", str(lead_library)]) == 0
    window.statusBar().clearMessage()  # the word on joining
    timer.timeout.emit()  # a minute on
    qtbot.waitUntil(lambda: ("claim", "Vladimir Putin") in panel_rows(window))
    assert window.statusBar().currentMessage() == "", "unasked, it syncs without a word"
    assert status(window) == "Synced just now"


def test_a_window_that_sent_work_tells_the_others_which_pull_it_at_once(
    qtbot: QtBot, window: MainWindow, team: str, tmp_path: Path
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    join_from_dialog(qtbot, window, team, "eli")
    qtbot.waitUntil(team_actions(window).listener.listening.is_set)
    with psycopg.connect(team, autocommit=True) as other_window:
        other_window.execute(f"LISTEN {CHANNEL}")
        # The lead's `readmark sync` sends a passage and says so: this window pulls it, no
        # minute waited.
        annotate(lead, "Vladimir Putin")
        assert main(["sync", "--library", str(lead_library)]) == 0
        qtbot.waitUntil(lambda: ("claim", "Vladimir Putin") in panel_rows(window))

        select_text(window, "Two suicide drones")
        qtbot.keyClick(window.view, Qt.Key.Key_1)
        team_actions(window).sync_now()
        qtbot.waitUntil(lambda: "sent 1 change" in window.statusBar().currentMessage())
        heard = [n.payload for n in other_window.notifies(timeout=5, stop_after=2)]
    assert heard == ["lena", "eli"]  # the command line's word, then this window's


def test_a_window_opened_on_a_team_library_syncs_at_once(
    qtbot: QtBot, open_window: Callable[[], MainWindow], team: str, tmp_path: Path
) -> None:
    lead_library, lead = joined(team, tmp_path, "lena", lead=True, sample=True)
    first = open_window()
    join_from_dialog(qtbot, first, team, "fio")
    first.close()
    annotate(lead, "Vladimir Putin")  # while Fio's window was closed
    assert main(["sync", "--library", str(lead_library)]) == 0
    again = open_window()
    assert team_actions(again).sync_action.isEnabled()
    # The sync opens its own connections on a worker; on a loaded CI machine that can take
    # longer than waitUntil's default 5 s.
    qtbot.waitUntil(lambda: ("claim", "Vladimir Putin") in panel_rows(again), timeout=30_000)
    assert status(again) == "Synced just now"


def test_offline_the_status_bar_counts_the_changes_waiting_and_closing_does_not_wait(
    qtbot: QtBot, window: MainWindow, team: str
) -> None:
    join_from_dialog(qtbot, window, team, "bea")
    address = window.controller.setting(TEAM_URL)
    assert address is not None
    port = address.split("port=")[1].split()[0]
    window.controller.set_setting(TEAM_URL, address.replace(f"port={port}", "port=1"))
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    team_actions(window).sync_action.trigger()
    qtbot.waitUntil(lambda: status(window) == "Offline: 1 change waiting")
    assert "Could not reach the team library" in team_actions(window).status.toolTip()
    window.close()
    assert not team_actions(window).worker.running, "no sync started against a server away"


def test_closing_the_window_sends_what_waits(
    qtbot: QtBot, window: MainWindow, team: str, tmp_path: Path
) -> None:
    joined(team, tmp_path, "lou", lead=True, sample=True)  # the team's codebook
    join_from_dialog(qtbot, window, team, "cy")
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.close()
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT exact, coder FROM annotations").fetchall() == [
            ("Two suicide drones", "cy")
        ]
