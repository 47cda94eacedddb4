"""A reader's session as random sequences of what a reader does (tag, retag, note, delete,
several at once, undo, redo, with the list filtered by tag or not) in a text with emoji and
right-to-left words: after every step the list, the highlights and the library file say the
same thing."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from pytestqt.qtbot import QtBot

from factories import make_article
from readmark.ui.main_window import MainWindow

TEXT = (
    "Floods 🌊 close the valley road\n\n"
    "The council said 40 % of homes 🏠 lost power; residents doubt it.\n\n"
    "“We were told nothing,” said one. Un voisin a ajouté : « rien ».\n\n"
    "A sign read שלום and مرحبا beside the bridge 🌉, photographed at dawn."
)


def test_the_list_the_highlights_and_the_file_agree_after_any_session(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = window.controller
    controller.add_article(make_article(TEXT, "Floods"))
    qtbot.waitUntil(lambda: controller.document is not None and controller.document.text == TEXT)
    document = controller.document
    assert document is not None
    tags = [t.id for t in controller.tags]
    rows = st.integers(0, 200)

    class ReaderSession(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            # Each session starts from the untouched article, so that Hypothesis can replay
            # and shrink one: the last session's steps undone, and forgotten.
            controller.undo_stack.setIndex(0)
            controller.undo_stack.clear()
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

        @rule(steps=st.integers(1, 3))
        def undo(self, steps: int) -> None:
            for _ in range(steps):
                controller.undo_stack.undo()

        @rule(steps=st.integers(1, 3))
        def redo(self, steps: int) -> None:
            for _ in range(steps):
                controller.undo_stack.redo()

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

    run_state_machine_as_test(
        ReaderSession,
        settings=settings(
            max_examples=25,
            stateful_step_count=20,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        ),
    )
