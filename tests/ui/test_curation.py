"""Tools > Curate…: three coders' versions side by side, settled by keys into the consensus
coder's passages in the store, every step undone by Ctrl+Z."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from factories import make_article, new_annotation
from readmark.core.curation import CONSENSUS, left_out_setting, left_out_spans
from readmark.core.text import Utf16Map
from readmark.services.classroom import read_exercise_file
from readmark.ui.curation_dialog import CurationDialog
from readmark.ui.exercise_dialogs import MakeExerciseDialog
from readmark.ui.export_dialog import ExportDialog
from readmark.ui.main_window import MainWindow

TEXT = (
    "Prices rose 4% in May, the office said.\n\n"
    "The minister called it a triumph 🎉 which it was not.\n\n"
    "“We will do better,” said the mayor."
)
CLAIM_WORDS = "Prices rose 4% in May"
JUDGEMENT = "The minister called it a triumph 🎉 which it was not."
SHORTER = "called it a triumph 🎉 which it was not."
QUOTE_WORDS = "“We will do better,”"


@pytest.fixture
def coded(window: MainWindow) -> MainWindow:
    """A document three coders tagged: one passage alike, one where they differ, one that
    only one of them tagged."""
    controller = window.controller
    document = controller.add_article(make_article(TEXT, "Prices"))
    tags = {t.name: t.id for t in controller.tags}
    for coder, tag, words in [
        ("ann", "claim", CLAIM_WORDS),
        ("ben", "claim", CLAIM_WORDS),
        ("cleo", "claim", CLAIM_WORDS),
        ("ann", "opinion", JUDGEMENT),
        ("ben", "opinion", SHORTER),
        ("cleo", "claim", JUDGEMENT),
        ("ben", "quote", QUOTE_WORDS),
    ]:
        start = TEXT.index(words)
        made = new_annotation(document.id, tags[tag], start, start + len(words), TEXT)
        controller.repository.add_annotation(replace(made, coder=coder))
    controller.open_document(document.id)
    return window


def open_curation(qtbot: QtBot, window: MainWindow) -> CurationDialog:
    dialog = window.commands.coder_actions.curate()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # its keys need the active window
    return dialog


def consensus(window: MainWindow) -> set[tuple[str, str]]:
    """The consensus passages in the store: (tag, words)."""
    controller = window.controller
    document = controller.document
    assert document is not None
    return {
        (controller.tag(a.tag_id).name, a.exact)
        for a in controller.repository.annotations(document.id)
        if a.coder == CONSENSUS
    }


def rows(dialog: CurationDialog) -> list[list[str]]:
    return model_rows(dialog.model)


def model_rows(model: QAbstractItemModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_coders_versions_of_each_disagreement_are_listed_side_by_side(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Passage", "1 · ann", "2 · ben", "3 · cleo", "Consensus"]
    assert rows(dialog) == [
        [JUDGEMENT, "Opinion", "Opinion (part)", "Claim", "not settled"],
        [QUOTE_WORDS, "— nothing", "Quote", "— nothing", "not settled"],
    ]
    assert "1 agreed passage, 1 not yet taken" in dialog.summary.text()
    assert dialog.captions[1].text() == "2 · ben: Opinion (part)"
    assert JUDGEMENT in dialog.panes[1].toPlainText()
    assert dialog.table.hasFocus(), "the keys go to the list at once"


def test_keys_take_versions_and_accept_the_agreed_into_the_consensus(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # ben's shorter opinion
    assert consensus(coded) == {("opinion", SHORTER)}
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # ann's, instead
    assert consensus(coded) == {("opinion", JUDGEMENT)}
    assert rows(dialog)[0][-1] == "Opinion"

    qtbot.keyClick(dialog.table, Qt.Key.Key_N)
    assert dialog.current_row() == 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # ben's quote
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Accept All
    # A button's mnemonic clicks it as the mouse would, a moment later: wait for the click.
    qtbot.waitUntil(lambda: ("claim", CLAIM_WORDS) in consensus(coded))
    assert consensus(coded) == {
        ("claim", CLAIM_WORDS),
        ("opinion", JUDGEMENT),
        ("quote", QUOTE_WORDS),
    }
    assert "1 agreed passage, all taken" in dialog.summary.text()
    assert not dialog.accept_button.isEnabled()
    assert "2 settled" in dialog.summary.text()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the quote left out after all
    assert ("quote", QUOTE_WORDS) not in consensus(coded)
    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    assert dialog.current_row() == 0

    for _ in range(4):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert consensus(coded) == {("opinion", SHORTER)}, "each step undone in turn"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert consensus(coded) == set()
    assert rows(dialog)[0][-1] == "not settled"


def test_merging_takes_every_versions_span_with_the_tag_chosen(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    assert dialog.tag_box.currentText() == "Opinion", "the tag most coders gave"
    qtbot.keyClick(dialog.table, Qt.Key.Key_M)
    assert consensus(coded) == {("opinion", JUDGEMENT)}
    assert coded.controller.undo_stack.undoText() == "Merge versions as Opinion"


def test_text_selected_in_the_consensus_pane_is_tagged_anew(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    pane = dialog.consensus_pane
    shown = pane.toPlainText()
    at = shown.index("a triumph 🎉")
    utf16 = Utf16Map(shown)
    cursor = pane.textCursor()
    cursor.setPosition(utf16.to_utf16(at))
    cursor.setPosition(utf16.to_utf16(at + len("a triumph 🎉")), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_T)
    assert consensus(coded) == {("opinion", "a triumph 🎉")}
    [made] = [
        a
        for a in coded.controller.repository.annotations(
            dialog.model.unit(0).versions[0][0].document_id
        )
        if a.coder == CONSENSUS
    ]
    assert TEXT[made.start : made.end] == "a triumph 🎉", "offsets in code points"


def test_a_lower_quorum_takes_what_two_of_three_gave_as_agreed(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    dialog.quorum_box.setValue(2)
    assert "1 agreed passage" in dialog.summary.text()
    dialog.quorum_box.setValue(3)
    assert len(rows(dialog)) == 2


def test_a_document_one_coder_tagged_is_not_curated(window: MainWindow) -> None:
    assert window.commands.coder_actions.curate() is None
    assert "two or more coders" in window.statusBar().currentMessage()


def test_the_disagreements_model_passes_the_model_tester(
    qtmodeltester, qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    qtmodeltester.check(dialog.model)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # a step changes cells, not rows
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.agreed_model)


def test_the_export_dialog_exports_the_agreed_version_when_asked(
    qtbot: QtBot, coded: MainWindow, tmp_path: Path
) -> None:
    before = ExportDialog(coded)
    qtbot.addWidget(before)
    assert not before.consensus.isEnabled(), "nothing curated yet"
    dialog = open_curation(qtbot, coded)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    dialog.close()

    export = ExportDialog(coded)
    qtbot.addWidget(export)
    assert export.consensus.isEnabled() and export.choice()[1].coder is None
    qtbot.mouseClick(export.consensus, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    name, options = export.choice()
    assert options.coder == CONSENSUS
    out = tmp_path / "agreed.csv"
    coded.commands.exchange.export_to(out, name, options)
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = [(row["tag"], row["passage"], row["coder"]) for row in csv.DictReader(stream)]
    assert rows == [("opinion", JUDGEMENT, CONSENSUS)]


def test_an_exercise_takes_its_key_from_the_agreed_version_when_asked(
    qtbot: QtBot, coded: MainWindow, tmp_path: Path
) -> None:
    dialog = open_curation(qtbot, coded)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ("claim", CLAIM_WORDS) in consensus(coded))
    dialog.close()
    controller = coded.controller
    document = controller.document
    assert document is not None
    agreed = controller.tag_counts_of(document.id, CONSENSUS)
    own = controller.tag_counts_of(document.id, controller.coder)
    making = MakeExerciseDialog(document.title, controller.tags, own, coded, agreed)
    qtbot.addWidget(making)
    making.show()
    assert making.from_consensus.isVisible()
    assert "your 0 tagged passages" in making.with_key.text()
    making.with_key.setChecked(True)
    making.from_consensus.setChecked(True)
    assert "the agreed version's 2 tagged passages" in making.with_key.text()
    choice = making.choice()
    assert choice.key_coder == CONSENSUS

    path = tmp_path / "agreed.rmexercise"
    made = coded.commands.classroom.save_exercise(
        path, ("claim", "opinion"), "", True, False, choice.key_coder
    )
    assert made is not None
    key = read_exercise_file(path).key
    assert key is not None
    assert {(p.tag, p.exact) for p in key} == {("claim", CLAIM_WORDS), ("opinion", SHORTER)}


def test_coder_agreement_leaves_the_consensus_out_until_ticked(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)
    dialog.close()
    agreement = coded.commands.coder_actions.show_agreement()
    qtbot.addWidget(agreement)
    assert CONSENSUS not in agreement.chosen_coders()
    assert {"ann", "ben", "cleo"} <= set(agreement.chosen_coders())


def stored_left_out(window: MainWindow) -> frozenset[tuple[int, int]]:
    document = window.controller.document
    assert document is not None
    return left_out_spans(window.controller.repository.setting(left_out_setting(document.id)))


def test_a_disagreement_left_out_stays_settled_until_undone(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    quote = TEXT.index(QUOTE_WORDS), TEXT.index(QUOTE_WORDS) + len(QUOTE_WORDS)
    qtbot.keyClick(dialog.table, Qt.Key.Key_N)  # the quote only ben tagged
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert rows(dialog)[1][-1] == "left out"
    assert dialog.captions[-1].text() == "Consensus: left out"
    assert "2 disagreements, 1 settled" in dialog.summary.text()
    assert stored_left_out(coded) == {quote} and consensus(coded) == set()

    qtbot.keyClick(dialog.table, Qt.Key.Key_P)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # ann's opinion, taken
    dialog.reject()
    dialog = open_curation(qtbot, coded)  # the decision is the library's, not the dialog's
    assert [row[-1] for row in rows(dialog)] == ["Opinion", "left out"]
    assert "2 settled" in dialog.summary.text()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row[-1] for row in rows(dialog)] == ["not settled", "not settled"]
    assert stored_left_out(coded) == frozenset()

    # Taking a coder's "nothing" there is leaving it out, as one step too.
    dialog.go_to(1)
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # ann tagged nothing there
    assert rows(dialog)[1][-1] == "left out" and stored_left_out(coded) == {quote}
    assert coded.controller.undo_stack.undoText() == "Take ann's version"


def agreed_rows(dialog: CurationDialog) -> list[list[str]]:
    return model_rows(dialog.agreed_model)


def test_show_agreed_lists_each_agreed_passage_and_whether_it_is_taken(
    qtbot: QtBot, coded: MainWindow
) -> None:
    dialog = open_curation(qtbot, coded)
    assert not dialog.agreed_table.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Show agreed
    qtbot.waitUntil(dialog.agreed_table.isVisible)
    assert not dialog.table.isVisible() and dialog.agreed_table.hasFocus()
    assert agreed_rows(dialog) == [[CLAIM_WORDS, "Claim", "ann, ben, cleo", "not taken"]]

    qtbot.keyClick(dialog.agreed_table, Qt.Key.Key_1)  # settling keys rest in this list
    assert consensus(coded) == set()
    qtbot.keyClick(dialog.agreed_table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: agreed_rows(dialog)[0][-1] == "taken")
    assert consensus(coded) == {("claim", CLAIM_WORDS)}

    qtbot.keyClick(dialog.agreed_table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.table.isVisible)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # the keys work again on the disagreements
    assert ("opinion", SHORTER) in consensus(coded)
