"""Damaged libraries at start, restoring backups from the menu, and a store that refuses writes."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from readmark import app
from readmark.store.backup import list_backups, make_backup
from readmark.ui import library_actions, recovery_dialog
from readmark.ui.main_window import MainWindow
from readmark.ui.recovery_dialog import Recovery

from .conftest import OpenWindow, select_text
from .test_tagging import PHRASE, panel_rows

DAMAGE = b"SQLite format 3\x00" + b"\x5a" * 3000


def damage(library: Path) -> bytes:
    for suffix in ("-wal", "-shm"):
        library.with_name(library.name + suffix).unlink(missing_ok=True)
    library.write_bytes(DAMAGE)
    return DAMAGE


def tag_phrase(qtbot: QtBot, window: MainWindow, key: Qt.Key = Qt.Key.Key_1) -> None:
    select_text(window, PHRASE)
    qtbot.keyClick(window.view, key)


def asked(monkeypatch: pytest.MonkeyPatch, answer: Recovery) -> list[str]:
    questions: list[str] = []

    def ask(message: str, _backup: object) -> Recovery:
        questions.append(message)
        return answer

    monkeypatch.setattr(recovery_dialog, "ask_how_to_recover", ask)
    return questions


def test_a_damaged_library_can_be_replaced_by_its_newest_backup(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    tag_phrase(qtbot, window)
    window.close()
    window.controller.repository.dispose()
    make_backup(isolated_paths)
    damage(isolated_paths)
    questions = asked(monkeypatch, Recovery.RESTORE)

    repository = app.open_or_recover(isolated_paths)

    assert repository is not None and "damaged" in questions[0]
    assert [a.exact for a in repository.annotations(1)] == [PHRASE]
    [kept] = isolated_paths.parent.glob("library-damaged-*.sqlite3")
    assert kept.read_bytes() == DAMAGE  # set aside, never changed


def test_a_damaged_library_can_be_set_aside_for_a_new_one(
    isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    isolated_paths.write_bytes(b"not a database")
    asked(monkeypatch, Recovery.START_NEW)
    repository = app.open_or_recover(isolated_paths)
    assert repository is not None and repository.documents() == []
    [kept] = isolated_paths.parent.glob("library-damaged-*.sqlite3")
    assert kept.read_bytes() == b"not a database"


def test_quitting_leaves_the_damaged_library_alone(
    isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage(isolated_paths)
    asked(monkeypatch, Recovery.QUIT)
    assert app.open_or_recover(isolated_paths) is None
    assert isolated_paths.read_bytes() == DAMAGE
    assert list(isolated_paths.parent.glob("library-damaged-*")) == []


def test_restore_from_backup_in_the_file_menu(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag_phrase(qtbot, window)
    make_backup(isolated_paths, reason="manual")
    select_text(window, "Such an attack")
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    assert len(panel_rows(window)) == 2

    monkeypatch.setattr(library_actions, "choose_backup", lambda _parent, found: found[0])
    restore = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.text().startswith("&Restore")
    )
    restore.trigger()

    assert panel_rows(window) == [("claim", PHRASE)]
    assert not window.controller.undo_stack.canUndo()
    [kept] = isolated_paths.parent.glob("library-replaced-*.sqlite3")
    with sqlite3.connect(kept) as db:
        assert db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 2
    assert "Restored the backup" in window.statusBar().currentMessage()


def test_with_no_backup_yet_the_menu_says_where_they_will_be(
    window: MainWindow, messages: list[str], isolated_paths: Path
) -> None:
    assert list_backups(isolated_paths) == []
    window.files.restore_from_backup()
    assert "no backup yet" in messages[0] and "backups" in messages[0]


def test_help_opens_the_data_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, isolated_paths: Path
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.files.open_data_folder()
    assert opened == [QUrl.fromLocalFile(str(isolated_paths.parent))]


@pytest.mark.parametrize(
    ("pragma", "said"),
    [
        ("PRAGMA max_page_count = {pages}", "the disk is full"),
        ("PRAGMA query_only = ON", "the library file is read-only"),
    ],
)
def test_a_store_that_refuses_writes_is_reported_and_the_selection_kept(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    isolated_paths: Path,
    pragma: str,
    said: str,
) -> None:
    engine = window.controller.repository._reader
    engine.dispose()
    with sqlite3.connect(isolated_paths) as db:
        # No free pages left by earlier writes (the repeats offer's, on opening), which would
        # take the passage without new ones.
        db.execute("VACUUM")
        pages = db.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(engine, "connect")
    def refuse_writes(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(pragma.format(pages=pages))

    text = window.controller.document.text
    start = text.index("Russia as we know it")
    window.view.select_span(start, len(text))  # long enough to need new pages
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    assert messages and said in messages[0] and "not saved" in messages[0]
    assert panel_rows(window) == []
    assert window.view.textCursor().hasSelection()
    event.remove(engine, "connect", refuse_writes)
    engine.dispose()
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # once it is put right, the same keypress works
    assert [row[0] for row in panel_rows(window)] == ["claim"]


def test_the_daily_backup_runs_after_start_and_only_once_a_day(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    app._daily_backup(window, isolated_paths)  # on a thread: the window goes on meanwhile
    qtbot.waitUntil(lambda: bool(list_backups(isolated_paths)))
    app._daily_backup(window, isolated_paths)
    qtbot.waitUntil(lambda: "readmark-backup" not in {t.name for t in threading.enumerate()})
    [backup] = list_backups(isolated_paths)
    assert backup.reason == "daily"
    with sqlite3.connect(backup.path) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_a_document_whose_text_was_damaged_is_named_and_the_rest_still_opens(
    qtbot: QtBot, open_window: OpenWindow, isolated_paths: Path, messages: list[str]
) -> None:
    first = open_window()  # the sample article, opened and left as the document read last
    sample = first.controller.document
    assert sample is not None
    first.close()
    with sqlite3.connect(isolated_paths) as connection:  # damage SQLite's checks cannot see
        connection.execute("UPDATE documents SET text = x'00ff' WHERE id = ?", (sample.id,))
    connection.close()

    window = app.start_window(isolated_paths)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached and bool(messages))
    assert messages == [
        f"The document “{sample.title}” cannot be read: its text in the library is damaged. "
        "File > Restore from Backup… brings back an earlier copy of the library."
    ]
    assert window.documents.rowCount() == 1  # still listed, to restore from a backup
    window.close()
