"""A passage's fields in the memo pane: the editor its kind asks for, picked or typed with real
keys, saved as one undoable step, a wrong value refused with the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.field_form import FieldForm
from readmark.ui.main_window import MainWindow

from .test_annotation_panel import tag_all
from .test_memo_pane import choose_row


def stored_fields(library: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    return {
        a.exact[:12]: a.field_values
        for a in LibraryRepository(open_library(library)).annotations(1)
    }


def test_a_claims_verdict_is_picked_undone_and_redone(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)  # the claim
    form = window.panel.memo.fields
    assert form.isVisible()
    assert list(form.editors) == ["verdict", "check-worthiness", "evidence"]
    verdict = form.editors["verdict"]
    assert isinstance(verdict, QComboBox) and isinstance(form.editors["evidence"], QLineEdit)
    assert [verdict.itemText(i) for i in range(verdict.count())][1:] == [
        "true",
        "mostly true",
        "mixed",
        "mostly false",
        "false",
        "unproven",
    ]

    verdict.setFocus()
    for _ in range(4):  # down to "mostly false"; the list saves what the keys pick
        QTest.keyClick(verdict, Qt.Key.Key_Down)
    assert stored_fields(isolated_paths)["Two suicide "] == (("verdict", "mostly false"),)
    assert window.controller.undo_stack.undoText() == "Set verdict"

    window.controller.undo_stack.undo()
    assert stored_fields(isolated_paths)["Two suicide "] == (("verdict", "mixed"),)
    assert verdict.currentText() == "mixed"  # the pane follows the undo
    for _ in range(3):
        window.controller.undo_stack.undo()
    assert stored_fields(isolated_paths)["Two suicide "] == ()
    assert verdict.currentIndex() == 0


def test_evidence_takes_links_and_refuses_other_text_with_the_reason(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)
    form = window.panel.memo.fields
    evidence = form.editors["evidence"]
    evidence.setFocus()
    QTest.keyClicks(evidence, "the BBC said so")
    QTest.keyClick(evidence, Qt.Key.Key_Return)
    assert "Not saved: evidence holds web addresses" in form.problem.text()
    assert form.problem.isVisible()
    assert stored_fields(isolated_paths)["Two suicide "] == ()
    QTest.keyClick(evidence, Qt.Key.Key_Escape)  # puts back the saved (empty) value
    assert evidence.text() == "" and not form.problem.isVisible()

    QTest.keyClicks(evidence, "https://example.org/report http://example.net/a")
    QTest.keyClick(evidence, Qt.Key.Key_Return)
    assert stored_fields(isolated_paths)["Two suicide "] == (
        ("evidence", "https://example.org/report\nhttp://example.net/a"),
    )


def test_a_quotes_speaker_is_typed_and_a_tag_without_fields_shows_none(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 1)  # the opinion: no fields
    form = window.panel.memo.fields
    assert not form.isVisible()
    choose_row(qtbot, window, 2)  # the quote
    assert list(form.editors) == ["speaker", "speaker's role"]
    speaker = form.editors["speaker"]
    speaker.setFocus()
    QTest.keyClicks(speaker, "Ms ")
    speaker.insert("Ōkubo 🙂")  # as an input method enters it: QTest types ASCII only
    QTest.keyClick(speaker, Qt.Key.Key_Tab)  # leaving the line saves it
    assert stored_fields(isolated_paths)["‘The dust is"] == (("speaker", "Ms Ōkubo 🙂"),)


def claim_judged_true(qtbot: QtBot, window: MainWindow) -> tuple[FieldForm, QComboBox]:
    """The sample's passages tagged, the claim chosen and its verdict picked as "true": the
    fields form and the verdict's list."""
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)  # the claim
    form = window.panel.memo.fields
    verdict = form.editors["verdict"]
    assert isinstance(verdict, QComboBox)
    verdict.setFocus()
    QTest.keyClick(verdict, Qt.Key.Key_Down)  # "true"
    return form, verdict


def test_a_tag_without_fields_hides_them_and_the_next_claim_shows_its_own_values(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    form, verdict = claim_judged_true(qtbot, window)
    choose_row(qtbot, window, 1)  # the opinion: its tag has no fields
    assert not form.isVisible()
    assert form.annotation is None  # nothing typed now could land on the opinion

    window.controller.undo_stack.undo()  # the verdict, with the claim not shown
    choose_row(qtbot, window, 0)
    assert form.isVisible() and form.editors["verdict"] is verdict  # kept, not made anew
    assert verdict.currentIndex() == 0  # the claim's own value: none since the undo
    assert stored_fields(isolated_paths)["Two suicide "] == ()


def test_a_claim_and_a_quote_in_turn_each_show_their_own_fields_and_values(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path
) -> None:
    form, verdict = claim_judged_true(qtbot, window)
    choose_row(qtbot, window, 2)  # the quote
    speaker = form.editors["speaker"]
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisible()]
    assert speaker.isVisible() and not verdict.isVisible()
    assert "Speaker:" in shown and "Verdict:" not in shown

    choose_row(qtbot, window, 0)  # the claim again: its editors, kept, with its value
    shown = [label.text() for label in form.findChildren(QLabel) if label.isVisible()]
    assert form.editors["verdict"] is verdict and verdict.isVisible() and not speaker.isVisible()
    assert "Verdict:" in shown and "Speaker:" not in shown
    assert verdict.currentText() == "true"
    assert stored_fields(isolated_paths)["Two suicide "] == (("verdict", "true"),)
