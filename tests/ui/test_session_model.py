"""A reader's session as random sequences of what a reader does (tag, retag, note, delete,
several at once, undo, redo, with the list filtered by tag or not) in a text with emoji and
right-to-left words: after every step the list, the highlights and the library file say the
same thing."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from factories import make_article
from readmark.core.model import Document, Tag, TagSpec
from readmark.ui.main_window import MainWindow

TEXT = (
    "Floods 🌊 close the valley road\n\n"
    "The council said 40 % of homes 🏠 lost power; residents doubt it.\n\n"
    "“We were told nothing,” said one. Un voisin a ajouté : « rien ».\n\n"
    "A sign read שלום and مرحبا beside the bridge 🌉, photographed at dawn."
)


class Undoable(RuleBasedStateMachine):
    """A session on the window's undo stack: it starts from where the stack began, the last
    session's steps undone and forgotten (so that Hypothesis can replay and shrink one), and
    undo and redo are among its steps."""

    undo_stack: QUndoStack

    def __init__(self) -> None:
        super().__init__()
        self.undo_stack.setIndex(0)
        self.undo_stack.clear()

    @rule(steps=st.integers(1, 3))
    def undo(self, steps: int) -> None:
        for _ in range(steps):
            self.undo_stack.undo()

    @rule(steps=st.integers(1, 3))
    def redo(self, steps: int) -> None:
        for _ in range(steps):
            self.undo_stack.redo()


def open_floods(qtbot: QtBot, window: MainWindow) -> Document:
    """The window on the article of floods, added to its library."""
    controller = window.controller
    controller.add_article(make_article(TEXT, "Floods"))
    qtbot.waitUntil(lambda: controller.document is not None and controller.document.text == TEXT)
    assert controller.document is not None
    return controller.document


def play(session: type[Undoable]) -> None:
    run_state_machine_as_test(
        session,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        ),
    )


def test_the_list_the_highlights_and_the_file_agree_after_any_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.controller
    document = open_floods(qtbot, window)
    tags = [t.id for t in controller.tags]
    rows = st.integers(0, 200)

    class ReaderSession(Undoable):
        undo_stack = controller.undo_stack

        def __init__(self) -> None:
            super().__init__()
            window.panel.show_tag(None)
            assert window.panel.model.rowCount() == 0

        @rule(start=st.integers(0, len(TEXT)), length=st.integers(0, 60), tag=st.sampled_from(tags))
        def tag(self, start: int, length: int, tag: int) -> None:
            window.view.select_span(start, min(len(TEXT), start + length))
            window.tag_selection(tag)

        @rule(row=rows, tag=st.sampled_from(tags))
        def retag(self, row: int, tag: int) -> None:
            if self._choose(row):
                window.panel.retag_selected(tag)

        @rule(row=rows, note=st.text(max_size=12))
        def note(self, row: int, note: str) -> None:
            if self._choose(row):
                [annotation] = window.panel.selected_annotations()
                controller.set_note(annotation, note)

        @rule(row=rows)
        def delete(self, row: int) -> None:
            if self._choose(row):
                window.panel.delete_selected()

        @rule(tag=st.sampled_from(tags))
        def retag_every_row(self, tag: int) -> None:
            window.panel.table.selectAll()
            window.panel.retag_selected(tag)

        @rule(tag=st.none() | st.sampled_from(tags))
        def show_only(self, tag: int | None) -> None:
            window.panel.show_tag(tag)  # the list's tag filter; None shows all

        def _choose(self, row: int) -> bool:
            count = window.panel.model.rowCount()
            if count:
                window.panel.table.selectRow(row % count)
            return bool(count)

        @invariant()
        def all_agree(self) -> None:
            stored = controller.repository.annotations(document.id)
            facts = {(a.id, a.tag_id, a.start, a.end, a.note) for a in stored}
            shown = window.panel.model.tag_id
            listed = {(a.id, a.tag_id, a.start, a.end, a.note) for a in window.panel.model.rows}
            assert listed == {fact for fact in facts if shown in (None, fact[1])}
            assert window.panel._filter_buttons[None].text() == f"All {len(stored)}"
            for annotation in stored:
                assert annotation.exact == TEXT[annotation.start : annotation.end]
                drawn = window.view.annotations_at(annotation.start)
                assert annotation.id in {a.id for a in drawn}
                assert next(a for a in drawn if a.id == annotation.id).tag_id == annotation.tag_id

    play(ReaderSession)


def test_the_codebook_the_passages_and_the_window_agree_after_any_codebook_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.controller
    document = open_floods(qtbot, window)
    names = st.text("abcdefghij", min_size=1, max_size=6)

    def some_tag(number: int) -> Tag:
        return controller.tags[number % len(controller.tags)]

    class CodebookSession(Undoable):
        undo_stack = controller.undo_stack

        def __init__(self) -> None:
            super().__init__()
            window.panel.show_tag(None)
            assert [t.name for t in controller.tags] == ["claim", "opinion", "caption", "quote"]

        @rule(start=st.integers(0, len(TEXT)), length=st.integers(1, 60), number=st.integers(0, 9))
        def tag(self, start: int, length: int, number: int) -> None:
            window.view.select_span(start, min(len(TEXT), start + length))
            window.tag_selection(some_tag(number).id)

        @rule(name=names, colour=st.sampled_from(["#56B4E9", "#000000", "#F0E442"]))
        def add_tag(self, name: str, colour: str) -> None:
            if name not in {t.name for t in controller.tags}:
                controller.add_tag(TagSpec(name, colour, ""))

        @rule(number=st.integers(0, 9), name=names)
        def rename(self, number: int, name: str) -> None:
            if name not in {t.name for t in controller.tags}:
                controller.update_tag(replace(some_tag(number), name=name))

        @rule(number=st.integers(0, 9), into=st.none() | st.integers(0, 9))
        def remove(self, number: int, into: int | None) -> None:
            if len(controller.tags) > 1:
                tag = some_tag(number)
                target = None if into is None else some_tag(into)
                if target is None or target.id != tag.id:
                    controller.remove_tag(tag.id, None if target is None else target.id)

        @rule(number=st.integers(0, 9), step=st.sampled_from([-1, 1]))
        def move(self, number: int, step: int) -> None:
            controller.move_tag(some_tag(number).id, step)

        @invariant()
        def all_agree(self) -> None:
            stored = controller.repository.tags()
            assert controller.tags == stored
            assert [t.position for t in stored] == sorted(t.position for t in stored)
            labels = [a.text() for a in window.tag_actions]
            assert labels == [t.label for t in stored]  # toolbar and menus, in order
            toggles = window.panel._filter_buttons
            assert set(toggles) == {None, *(t.id for t in stored)}
            known = {t.id for t in stored}
            passages = controller.repository.annotations(document.id)
            assert all(a.tag_id in known for a in passages)
            listed = {(a.id, a.tag_id) for a in window.panel.model.rows}
            assert listed == {(a.id, a.tag_id) for a in passages}

    play(CodebookSession)
