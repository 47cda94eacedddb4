"""The codebook in the window: new tags work at once, edits show everywhere, all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from readmark.ui.codebook_dialog import CodebookDialog, TagEditor
from readmark.ui.main_window import MainWindow
from readmark.ui.preset_dialog import PresetDialog

from .conftest import OpenWindow, format_at, select_text
from .test_tagging import panel_rows

PHRASE = "Three weeks later, partisans began raiding Russia’s borders"
NO_LINE = QTextCharFormat.UnderlineStyle.NoUnderline


def answer_editor(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    """Fills in the tag editor as a user would, and presses OK."""

    def fill(self: CodebookDialog, dialog: QDialog) -> bool:
        if isinstance(dialog, TagEditor):
            if "name" in values:
                dialog.name.setText(values["name"])
            if "key" in values:
                dialog.key.setKeySequence(QKeySequence(values["key"]))
            if "colour" in values:
                dialog.colour = QColor(values["colour"])
            if "group" in values:
                dialog.group.setCurrentIndex(dialog.group.findText(values["group"]))
            if "description" in values:
                dialog.description.setPlainText(values["description"])
            if "fields" in values:
                dialog.fields.setPlainText(values["fields"])
            assert dialog.problem() == ""
            return True
        assert isinstance(dialog, QMessageBox)
        next(b for b in dialog.buttons() if b.text() == values["button"]).click()
        return True

    monkeypatch.setattr(CodebookDialog, "_ask", fill)


def choose(dialog: CodebookDialog, name: str) -> None:
    item = dialog.tree.findItems(name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    dialog.tree.setCurrentItem(item)


def test_a_new_tag_in_a_group_is_usable_at_once_with_its_key(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    codebook = window.show_codebook()
    answer_editor(
        monkeypatch,
        name="statistic",
        key="5",
        colour="#56B4E9",
        group="claim",
        description="A claim resting on a number",
    )
    codebook.new_tag()

    assert [a.text() for a in window.tag_actions][-1] == "Statistic"
    claim_item = codebook.tree.findItems("claim", Qt.MatchFlag.MatchExactly)[0]
    assert claim_item.child(0).text(0) == "statistic"
    start, _ = select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_5)
    assert panel_rows(window) == [("statistic", PHRASE)]
    assert format_at(window, start + 2) is not None
    statistic = window.controller.tags[-1]
    assert window.panel._filter_buttons[statistic.id].text() == "statistic 1"

    qtbot.keySequence(window, "Ctrl+Z")  # the tagging
    qtbot.keySequence(window, "Ctrl+Z")  # the new tag
    assert [t.name for t in window.controller.tags] == ["claim", "opinion", "caption", "quote"]
    assert len(window.tag_actions) == 4


def test_rename_and_recolour_show_in_the_panel_and_the_text(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    start, _ = select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    codebook = window.show_codebook()
    choose(codebook, "claim")
    answer_editor(monkeypatch, name="factual claim", colour="#D55E00")
    codebook.edit_tag()

    assert panel_rows(window) == [("factual claim", PHRASE)]
    assert (
        format_at(window, start + 2).background().color()
        != format_at(window, start + 2).foreground().color()
    )
    from readmark.ui.colours import tint

    assert format_at(window, start + 2).background().color() == tint("#D55E00")
    assert window.tag_actions[0].text() == "Factual claim"
    window.controller.undo_stack.undo()
    assert panel_rows(window) == [("claim", PHRASE)]


def test_merge_moves_passages_and_delete_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_2)
    codebook = window.show_codebook()
    choose(codebook, "opinion")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("claim", True))
    codebook.merge_tag()
    assert panel_rows(window) == [("claim", PHRASE)]
    assert "opinion" not in [t.name for t in window.controller.tags]

    choose(codebook, "claim")
    answer_editor(monkeypatch, button="Delete Them Too")
    codebook.delete_tag()
    assert panel_rows(window) == []
    window.controller.undo_stack.undo()
    window.controller.undo_stack.undo()
    assert panel_rows(window) == [("opinion", PHRASE)]
    assert [t.name for t in window.controller.tags] == ["claim", "opinion", "caption", "quote"]


def test_reorder_and_share_the_codebook_as_a_qdc_file(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    codebook = window.show_codebook()
    choose(codebook, "quote")
    codebook.move_chosen(-1)
    assert [t.name for t in window.controller.tags] == ["claim", "opinion", "quote", "caption"]
    assert [a.text() for a in window.tag_actions][2] == "Quote"

    shared = tmp_path / "class.qdc"
    shared.write_text(
        "<?xml version='1.0' encoding='utf-8'?><CodeBook xmlns='urn:QDA-XML:codebook:1.0'>"
        "<Codes><Code name='claim' color='#0072B2'><Description>Checkable</Description>"
        "<Code name='statistic' color='#56B4E9'/></Code><Code name='rumour' color='#000000'/>"
        "</Codes></CodeBook>",
        encoding="utf-8",
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(shared), ""))
    codebook.import_codebook()
    tags = {t.name: t for t in window.controller.tags}
    assert tags["claim"].description == "Checkable"
    assert tags["statistic"].parent_id == tags["claim"].id
    assert (tags["statistic"].shortcut, tags["rumour"].shortcut) == ("5", "6")  # the free keys

    exported = tmp_path / "out.qdc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(exported), ""))
    codebook.export_codebook()
    assert b"statistic" in exported.read_bytes() and b"Checkable" in exported.read_bytes()
    window.controller.undo_stack.undo()  # the whole import is one step
    assert "rumour" not in [t.name for t in window.controller.tags]


def test_a_name_or_key_already_taken_is_refused(window: MainWindow) -> None:
    editor = TagEditor(window.controller.tags, None, window.commands.command_keys(), window)
    editor.name.setText("Claim")
    assert "already a tag" in editor.problem()
    editor.name.setText("new")
    editor.key.setKeySequence(QKeySequence("2"))
    assert "key 2 is already in use" in editor.problem()
    editor.key.setKeySequence(QKeySequence("N"))
    assert "already in use" in editor.problem()


def test_a_tag_cannot_take_a_key_a_command_uses(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two commands on one key would both go dead: Qt runs neither on an ambiguous key.
    editors: list[QDialog] = []
    monkeypatch.setattr(CodebookDialog, "_ask", lambda _self, dialog: editors.append(dialog))
    window.show_codebook().new_tag()
    [editor] = editors
    assert isinstance(editor, TagEditor)
    editor.name.setText("rumour")
    for key, command in [
        ("F2", "Edit Note"),
        ("Ctrl+E", "Export Document as CSV"),
        ("Ctrl+Z", "Undo"),
        ("F6", "Next Pane"),
        ("N", "Next Annotation"),
        ("Alt+1", "Next Claim"),
    ]:
        editor.key.setKeySequence(QKeySequence(key))
        assert editor.problem() == f"The key {key} is already in use by {command}.", key
    editor.key.setKeySequence(QKeySequence("7"))
    assert editor.problem() == ""


def test_the_panel_shows_one_toggle_per_tag_after_a_change(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QToolButton

    codebook = window.show_codebook()
    answer_editor(monkeypatch, name="rumour", key="7")
    codebook.new_tag()
    toggles = [
        b.text() for b in window.panel._filter_strip.findChildren(QToolButton) if b.isVisible()
    ]
    assert toggles == ["All 0", "claim 0", "opinion 0", "caption 0", "quote 0", "rumour 0"]


def test_the_codebook_closes_with_its_close_button(qtbot: QtBot, window: MainWindow) -> None:
    codebook = window.show_codebook()
    close = codebook.close_buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible()
    QTest.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not codebook.isVisible()
    assert window.show_codebook().isVisible()  # and opens again from Edit > Codebook…


def test_a_preset_adds_its_missing_tags_in_one_undoable_step(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    before = list(window.controller.tags)
    codebook = window.show_codebook()
    shown: list[str] = []

    def pick(self: CodebookDialog, dialog: QDialog) -> bool:
        assert isinstance(dialog, PresetDialog)
        dialog.presets.setCurrentRow(
            dialog.presets.row(
                dialog.presets.findItems("SIFT checklist", Qt.MatchFlag.MatchExactly)[0]
            )
        )
        shown.append(dialog.details.toPlainText())
        return True

    monkeypatch.setattr(CodebookDialog, "_ask", pick)
    button = next(b for b in codebook.findChildren(QPushButton) if b.text() == "Add from &Preset…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert "Trace claims, quotes and media" in shown[0] and "Caulfield (2019)" in shown[0]
    sift = ["stop", "investigate the source", "find better coverage", "trace claims"]
    tags = window.controller.tags
    assert tags[: len(before)] == before  # the tags there keep name, colour, key and place
    assert [(t.name, t.shortcut) for t in tags[len(before) :]] == list(
        zip(sift, ["5", "6", "7", "8"], strict=True)
    )
    assert panel_rows(window) == [("claim", PHRASE)]
    assert codebook.outcome.text() == (
        "Added 4 tags from “SIFT checklist”: "
        + ", ".join(sift)
        + ". No tag or passage was removed."
    )
    stack = window.controller.undo_stack
    assert stack.undoText() == "Add tags of “SIFT checklist”"
    stack.undo()  # one step takes all four back
    assert window.controller.tags == before
    assert panel_rows(window) == [("claim", PHRASE)]
    stack.redo()
    assert [t.name for t in window.controller.tags][len(before) :] == sift

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # again: nothing left to add
    assert codebook.outcome.text() == (
        "The codebook already has every tag of “SIFT checklist”; nothing was changed."
    )
    assert stack.undoText() == "Add tags of “SIFT checklist”" and stack.count() == 2


def test_a_tag_can_be_underlined_too_and_stays_so(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a reader who does not tell the tints apart: a tag's passages wear a wavy line too."""
    window = open_window()
    start, _ = select_text(window, PHRASE)
    qtbot.keyClick(window.view, Qt.Key.Key_2)  # opinion
    assert format_at(window, start + 2).underlineStyle() == NO_LINE

    def choose_wavy(self: CodebookDialog, dialog: QDialog) -> bool:
        assert isinstance(dialog, TagEditor)
        dialog.underline.setCurrentIndex(dialog.underline.findText("Wavy"))
        return True

    codebook = window.show_codebook()
    monkeypatch.setattr(CodebookDialog, "_ask", choose_wavy)
    choose(codebook, "opinion")
    codebook.edit_tag()
    shown = format_at(window, start + 2)
    opinion = next(t for t in window.controller.tags if t.name == "opinion")
    assert shown.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert shown.underlineColor() == QColor(opinion.colour)
    assert format_at(window, start + len(PHRASE) + 2) is None  # the text after it: plain

    window.close()
    again = open_window()
    again.controller.open_document(again.controller.documents()[0].id)
    wavy = format_at(again, start + 2).underlineStyle()
    assert wavy == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_a_tags_fields_are_defined_in_the_codebook_and_undone(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    codebook = window.show_codebook()
    choose(codebook, "claim")
    editor = TagEditor(window.controller.tags, window.controller.tags[0], {}, window)
    assert editor.fields.toPlainText().splitlines() == [
        "verdict: choice (true, mostly true, mixed, mostly false, false, unproven)",
        "check-worthiness: choice (check-worthy factual, unimportant factual, non-factual)",
        "evidence: link",
    ]
    editor.fields.setPlainText("strength: scale")
    assert "line 1 is not “name: kind”" in editor.problem()
    editor.fields.setPlainText("stance: choice")
    assert "a choice lists its values" in editor.problem()

    choose(codebook, "opinion")
    answer_editor(monkeypatch, fields="strength: number\nstance: choice (for, against)")
    codebook.edit_tag()
    opinion = next(t for t in window.controller.tags if t.name == "opinion")
    assert [(f.name, f.kind, f.choices) for f in opinion.fields] == [
        ("strength", "number", ()),
        ("stance", "choice", ("for", "against")),
    ]
    window.controller.undo_stack.undo()
    assert next(t for t in window.controller.tags if t.name == "opinion").fields == ()
