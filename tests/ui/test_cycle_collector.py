"""Reference cycles holding Qt objects are collected on the GUI thread, whichever thread
allocates meanwhile (tests/conftest.py's application collects as the app's does)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readmark.ui.cycle_collector import CycleCollector


def allocate_on_a_thread() -> list[list[int]]:
    """What a worker does: makes objects that stay, enough to fill Python's youngest generation
    many times over."""
    made: list[list[int]] = []
    worker = threading.Thread(target=lambda: made.extend([n] for n in range(100_000)))
    worker.name = "worker"
    worker.start()
    worker.join()
    return made


def test_a_qt_object_left_in_a_cycle_is_deleted_on_the_gui_thread(qtbot: QtBot) -> None:
    deleted_on: list[str] = []
    held = QObject()
    held.itself = held  # type: ignore[attr-defined]  # a cycle: only the collector frees it
    held.destroyed.connect(
        lambda: deleted_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )
    del held
    made = allocate_on_a_thread()
    qtbot.waitUntil(lambda: deleted_on != [])
    assert deleted_on == [threading.main_thread().name]
    assert len(made) == 100_000


def test_the_collector_collects_the_oldest_generation_as_it_grows(qtbot: QtBot) -> None:
    collector = QApplication.instance().findChild(CycleCollector)
    assert collector is not None and not gc.isenabled()
    gc.collect()
    full_collections = gc.get_stats()[2]["collections"]
    kept = []
    for _ in range(300):  # a session's worth of checks, each after objects that stay
        kept.append([[n] for n in range(2_000)])
        collector.collect_what_is_due()
    assert gc.get_stats()[2]["collections"] > full_collections
