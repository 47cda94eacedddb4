"""Coders: the user tags under their name; a colleague's coding is shown beside theirs or not."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark.ui.agreement_dialog import AgreementDialog
from readmark.ui.annotation_model import CODER_COLUMN, PASSAGE_COLUMN
from readmark.ui.main_window import MainWindow

from .conftest import format_at, select_text

MINE = "Two suicide drones had somehow managed to penetrate the city’s air defences"


def panel(window: MainWindow) -> list[tuple[str, str]]:
    model = window.panel.model
    return [
        (model.index(r, PASSAGE_COLUMN).data(), model.index(r, CODER_COLUMN).data())
        for r in range(model.rowCount())
    ]


def name_myself(window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (name, True))
    window.commands.coder_actions.rename_action.trigger()


def colleague_tags(window: MainWindow, words: str, coder: str) -> None:
    """A colleague's annotation, as an import from their laptop leaves it, then reopened."""
    document = window.controller.document
    assert document is not None
    start = document.text.index(words)
    tag = window.controller.tags[1]
    annotation = new_annotation(document.id, tag.id, start, start + len(words), document.text)
    window.controller.repository.add_annotation(replace(annotation, coder=coder))
    window.controller.open_document(document.id)


def test_annotations_are_made_under_the_name_the_user_sets(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_myself(window, monkeypatch, "  Ana   Lima ")
    assert window.commands.coder_actions.status.text() == "Coder: Ana Lima"

    select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    [annotation] = window.panel.model.rows
    assert annotation.coder == "Ana Lima"
    assert window.controller.repository.coder() == "Ana Lima", "kept for the next start"


def test_a_colleagues_coding_shows_beside_mine_and_can_be_hidden(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_myself(window, monkeypatch, "Ana")
    select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    assert window.panel.table.isColumnHidden(CODER_COLUMN), "only my work: no coder column"

    theirs = "partisans began raiding Russia’s borders"
    colleague_tags(window, theirs, "Ben")

    assert sorted(panel(window)) == sorted([(MINE, "Ana"), (theirs, "Ben")])
    assert not window.panel.table.isColumnHidden(CODER_COLUMN)
    their_start = window.controller.document.text.index(theirs)
    assert format_at(window, their_start + 2) is not None

    window.commands.coder_actions._fill_menu()
    entries = {a.text(): a for a in window.commands.coder_actions.menu.actions() if a.text()}
    assert entries["Ana (you)"].isChecked() and entries["Ben"].isChecked()
    entries["Ben"].trigger()  # unchecks Ben

    assert panel(window) == [(MINE, "Ana")]
    assert format_at(window, their_start + 2) is None, "Ben's highlight is gone from the reader"
    assert "showing Ana" in window.commands.coder_actions.status.text()

    window.commands.coder_actions._fill_menu()
    entries = {a.text(): a for a in window.commands.coder_actions.menu.actions() if a.text()}
    entries["&Everyone"].trigger()
    assert len(panel(window)) == 2


def test_tagging_while_only_a_colleague_is_shown_brings_my_work_back(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_myself(window, monkeypatch, "Ana")
    colleague_tags(window, "partisans began raiding Russia’s borders", "Ben")
    window.controller.show_coders(frozenset({"Ben"}))
    assert [coder for _, coder in panel(window)] == ["Ben"]

    select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)

    assert sorted(coder for _, coder in panel(window)) == ["Ana", "Ben"]
    assert window.controller.shown_coders == frozenset({"Ana", "Ben"})


def test_coder_agreement_compares_my_coding_with_a_colleagues_and_shows_a_difference(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_myself(window, monkeypatch, "Ana")
    select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)  # claim
    theirs = "partisans began raiding Russia’s borders"
    colleague_tags(window, theirs, "Ben")  # Ben's: an opinion elsewhere

    window.commands.coder_actions.agreement_action.trigger()
    dialog = window.findChild(AgreementDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.report is not None and dialog.report.coders == ("Ana", "Ben")
    assert dialog.report.overall.kappa is not None and dialog.report.overall.kappa < 0.5

    model = dialog.comparison_view.model()
    differing = [r for r in range(model.rowCount()) if "differ" in str(model.index(r, 3).data())]
    assert len(differing) == 2, "my claim and Ben's opinion are both disagreements"
    segment = dialog.comparison.segment(
        dialog.filter.mapToSource(model.index(differing[1], 0)).row()
    )
    dialog.passage_chosen.emit(window.controller.document.id, segment.start, segment.end)
    assert window.view.selected_span() == (segment.start, segment.end)


def test_in_the_reader_a_colleagues_passage_is_dotted_and_named_on_hover(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    name_myself(window, monkeypatch, "Ana")
    start, _ = select_text(window, MINE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    theirs = "partisans began raiding Russia’s borders"
    colleague_tags(window, theirs, "Ben")
    their_start = window.controller.document.text.index(theirs)

    mine_format = format_at(window, start + 2)
    their_format = format_at(window, their_start + 2)
    assert mine_format is not None and their_format is not None
    dotted = QTextCharFormat.UnderlineStyle.DotLine
    assert mine_format.underlineStyle() != dotted
    assert their_format.underlineStyle() == dotted
    (mine,) = [a for a in window.panel.model.rows if a.coder == "Ana"]
    (ben,) = [a for a in window.panel.model.rows if a.coder == "Ben"]
    assert window.commands.coder_actions.describe(mine) == "claim — Ana (you)"
    assert window.commands.coder_actions.describe(ben) == "opinion — Ben"
