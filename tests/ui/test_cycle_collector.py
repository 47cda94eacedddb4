"""Reference cycles holding Qt objects are collected on the GUI thread, whichever thread
allocates meanwhile (tests/conftest.py's application collects as the app's does); a book's
passages, which live as long as it is open, are left out of the collections."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from factories import make_article, new_annotation
from readmark.core.model import Annotation
from readmark.core.opened_passages import OpenedPassages
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.controller import LibraryController
from readmark.ui.cycle_collector import (
    LONG_LIVED_BULK,
    CycleCollector,
    collect_cycles_on_this_thread,
)


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


def passages_opened(library: Path, count: int) -> list[Annotation]:
    """The passages a window is given as it opens a document with `count` of them."""
    repository = LibraryRepository(open_library(library))
    text = "word " * (2 * count)
    document = repository.add_article(make_article(text, "A book"))[0]
    tag = repository.tags()[0].id
    spans = range(0, 10 * count, 10)
    repository.add_annotations([new_annotation(document.id, tag, n, n + 4, text) for n in spans])
    controller = LibraryController(repository, library)
    opened: list[OpenedPassages] = []
    controller.document_opened.connect(lambda _, passages: opened.append(passages))
    controller.open_document(document.id)
    return opened[0].in_order


def collected(objects: list[Annotation]) -> int:
    """How many of the objects the collector's generations hold (and its collections scan)."""
    tracked = {id(o) for generation in range(3) for o in gc.get_objects(generation)}
    return sum(id(o) in tracked for o in objects)


def test_a_books_passages_are_left_out_of_the_collections_that_follow(
    qtbot: QtBot, isolated_paths: Path
) -> None:
    # The first collections after a book of 100,000 passages opened scanned them all, each in
    # one turn of the GUI thread: 40-60 ms (benchmark 1 at 16x).
    passages = passages_opened(isolated_paths, LONG_LIVED_BULK)
    assert len(passages) == LONG_LIVED_BULK
    assert collected(passages) == 0


def test_an_articles_passages_are_collected_as_ever(qtbot: QtBot, isolated_paths: Path) -> None:
    passages = passages_opened(isolated_paths, 100)
    assert collected(passages) == 100


def test_an_application_has_one_collector_however_often_it_is_asked(qtbot: QtBot) -> None:
    application = QApplication.instance()
    collect_cycles_on_this_thread(application)  # as the window's start asks, after the tests'
    collect_cycles_on_this_thread(application)
    assert len(application.findChildren(CycleCollector)) == 1
