"""Changes other programs make to the library while the window is open show in its lists."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark.core.model import Annotation, DocumentSummary
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.annotation_model import CODER_COLUMN
from readmark.ui.document_list import DocumentListModel
from readmark.ui.main_window import MainWindow
from readmark.ui.outside_changes import arrivals_between

from .conftest import select_text
from .test_tagging import panel_rows


def listed_titles(window: MainWindow) -> list[str]:
    model = window.documents
    return [model.index(row).data() for row in range(model.rowCount())]


def test_an_article_imported_on_the_command_line_appears_and_the_reader_stays_put(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    reading = select_text(window, "drones")
    before = listed_titles(window)
    article = tmp_path / "letter.md"
    article.write_text("# A letter from Lagos\n\nThe harbour was quiet that morning.\n")

    # The test's library, through READMARK_LIBRARY, as a second program would open it.
    subprocess.run([sys.executable, "-m", "readmark", "import", str(article)], check=True)

    qtbot.waitUntil(lambda: listed_titles(window) == [*before, "A letter from Lagos"])
    assert window.view.selected_span() == reading
    assert window.document_list.currentIndex().row() == 0
    assert window.windowTitle() == f"{before[0]} — Readmark"
    assert panel_rows(window) == [("claim", "Two suicide drones")]
    window.controller.undo_stack.undo()
    assert panel_rows(window) == []


def test_a_colleagues_passages_from_a_sync_appear_and_go_and_the_reader_stays_put(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    scroll = window.view.verticalScrollBar()
    scroll.setValue(scroll.maximum() // 3)
    reading = select_text(window, "drones")
    scroll.setValue(scroll.maximum() // 3)  # selecting scrolled to it: the reader reads on here
    place = scroll.value()
    document = window.controller.document
    assert document is not None and place > 0
    # A sync writes to the library through its own connection, as this second program does.
    outside = LibraryRepository(open_library(isolated_paths))
    claim = next(tag.id for tag in outside.tags() if tag.name == "claim")
    start = document.text.index("Moscovites")
    colleague = replace(
        new_annotation(document.id, claim, start, start + len("Moscovites"), document.text),
        coder="Ann",
        note="Whose words?",
    )
    outside.add_annotation(colleague)

    qtbot.waitUntil(lambda: ("claim", "Moscovites") in panel_rows(window))
    assert [a.id for a in window.view.annotations_at(start + 1)] == [colleague.id]
    assert (scroll.value(), window.view.selected_span()) == (place, reading)
    assert window.controller.undo_stack.count() == 1
    assert not window.panel.table.isColumnHidden(CODER_COLUMN), "someone else's work shows"

    window.panel.select_annotation(window.view.annotations_at(start + 1)[0])
    assert window.panel.memo.editor.toPlainText() == "Whose words?"
    outside.set_note(colleague.id, "Quoted from Reuters.")
    qtbot.waitUntil(
        lambda: (
            {a.note for a in window.panel.model.annotations if a.coder == "Ann"}
            == {"Quoted from Reuters."}
        )
    )
    assert window.panel.memo.editor.toPlainText() == "Quoted from Reuters."
    # A verdict alone changed elsewhere shows too: the sums count the fields' values.
    outside.set_field_values(colleague.id, (("verdict", "false"),))
    verdict = window.panel.memo.fields.editors["verdict"]
    qtbot.waitUntil(lambda: verdict.currentText() == "false")
    outside.remove_annotation(colleague.id)
    qtbot.waitUntil(lambda: panel_rows(window) == [("claim", "Two suicide drones")])
    assert window.view.annotations_at(start + 1) == []
    memo = window.panel.memo.annotation  # as when a passage is deleted here: the next one
    assert memo is not None and memo.exact == "Two suicide drones"
    assert (scroll.value(), window.view.selected_span()) == (place, reading)
    window.controller.undo_stack.undo()  # the user's own step is still theirs to undo
    assert panel_rows(window) == []
    outside.dispose()


def test_the_windows_own_tagging_is_not_read_back_but_anothers_is(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reading a document's passages again took 450-1,050 ms at 50,000: after each of the
    # reader's own tags (a commit the watch sees too) the window stood still that long.
    repository = window.controller.repository
    reads: list[int] = []
    read = repository.annotations

    def counted(document_id: int, **options: bool) -> list[Annotation]:
        reads.append(document_id)
        return read(document_id, **options)

    monkeypatch.setattr(repository, "annotations", counted)
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.library_watch.check_now()
    assert reads == []
    document = window.controller.document
    assert document is not None
    outside = LibraryRepository(open_library(isolated_paths))
    outside.add_annotation(
        replace(new_annotation(document.id, 1, 3, 9, document.text), coder="Ann")
    )
    window.library_watch.check_now()
    assert reads == [document.id]
    outside.dispose()


def summary(document_id: int) -> DocumentSummary:
    return DocumentSummary(
        document_id, f"Article {document_id}", "test", datetime(2026, 1, 1, tzinfo=UTC), 0
    )


@given(
    before=st.lists(st.integers(1, 30), unique=True, max_size=12).map(sorted),
    after=st.lists(st.integers(1, 30), unique=True, max_size=12).map(sorted),
)
def test_the_library_list_keeps_the_selected_document_selected_as_others_come_and_go(
    before: list[int], after: list[int]
) -> None:
    model = DocumentListModel(lambda _id: 0)
    model.set_documents([summary(i) for i in before])
    selection = QItemSelectionModel(model)
    chosen = next((i for i in before if i in after), None)
    if chosen is not None:
        selection.setCurrentIndex(
            model.index(before.index(chosen)), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
    model.set_documents([summary(i) for i in after])
    assert [model.index(r).data() for r in range(model.rowCount())] == [
        f"Article {i}" for i in after
    ]
    if chosen is not None:
        assert selection.currentIndex().row() == after.index(chosen)


def passage(number: int, start: int, tag_id: int, note: str) -> Annotation:
    return replace(new_annotation(1, tag_id, start, start + 5, "x" * 99), id=str(number), note=note)


passages = st.lists(
    st.builds(
        passage,
        st.integers(0, 20),
        st.integers(0, 90),
        st.integers(1, 3),
        st.sampled_from(["", "a note"]),
    ),
    unique_by=lambda a: a.id,
)


@given(shown=passages, stored=passages)
def test_the_passages_that_arrived_take_what_a_window_shows_to_what_is_stored(
    shown: list[Annotation], stored: list[Annotation]
) -> None:
    arrivals = arrivals_between(shown, stored)
    after = {a.id: a for a in shown if a not in arrivals.removed}
    assert all(before is after[before.id] for before, _ in arrivals.changed)
    after.update({new.id: new for _, new in arrivals.changed})
    after.update({a.id: a for a in arrivals.added})
    looks = [(a.id, a.tag_id, a.start, a.note) for a in stored]
    assert sorted((a.id, a.tag_id, a.start, a.note) for a in after.values()) == sorted(looks)
    assert bool(arrivals) == (
        sorted(looks) != sorted((a.id, a.tag_id, a.start, a.note) for a in shown)
    )


def test_the_watch_sums_the_passages_on_a_thread_of_its_own(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 100,000 passages SQLite sums them in 300-400 ms: after each of the reader's own tags
    # the window stood still that long while the watch asked whether someone else had written.
    import threading

    repository = window.controller.repository
    summed: list[tuple[str, tuple[int, ...]]] = []
    fingerprint = repository.annotation_fingerprint

    def recorded(document_id: int, coders: frozenset[str] | None = None) -> tuple[int, ...]:
        sums = fingerprint(document_id, coders)
        summed.append((threading.current_thread().name, sums))
        return sums

    monkeypatch.setattr(repository, "annotation_fingerprint", recorded)
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: bool(summed), timeout=5000)
    assert [name for name, _ in summed] == ["readmark-sums"]

    document = window.controller.document
    assert document is not None
    outside = LibraryRepository(open_library(isolated_paths))
    start = document.text.index("Moscovites")
    outside.add_annotation(
        replace(new_annotation(document.id, 1, start, start + 10, document.text), coder="Ann")
    )
    qtbot.waitUntil(lambda: ("claim", "Moscovites") in panel_rows(window), timeout=5000)
    assert {name for name, _ in summed} == {"readmark-sums"}
    outside.dispose()
