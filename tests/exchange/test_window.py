"""The File menu's Export…, Import Annotations…, Export Report as PDF… and Print Report…, driven
in a real window offscreen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark.app import create_window
from readmark.core.model import TagSpec
from readmark.services.documents import seed_first_start
from readmark.services.exchange import ExportOptions, export
from readmark.ui.exchange_actions import ExchangeActions, install_exchange_actions
from readmark.ui.export_dialog import ExportDialog
from readmark.ui.main_window import MainWindow

from .conftest import add_second_article, content, open_repository


def file_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&File" and action.menu() is not None:
            return action.menu()  # type: ignore[return-value]
    raise AssertionError("no File menu")


@pytest.fixture
def window(qtbot: QtBot, isolated_paths: Path, messages: list[str]) -> Iterator[MainWindow]:
    window = create_window(str(isolated_paths))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # window shortcuts (Ctrl+Z) need the active window
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()
    # Gone for good, so that a later test looking for the app's window does not find this one.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def actions(window: MainWindow) -> ExchangeActions:
    """The actions as the window has them (installed here if main_window does not yet)."""
    existing = getattr(window, "exchange", None)
    if isinstance(existing, ExchangeActions):
        return existing
    return install_exchange_actions(window, file_menu(window))


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_the_actions_sit_after_the_csv_exports(
    window: MainWindow, actions: ExchangeActions
) -> None:
    texts = [a.text() for a in file_menu(window).actions()]
    at = texts.index("Export &Library as CSV…")
    assert texts[at + 1] == ""  # a separator
    assert texts[at + 2 : at + 6] == [
        "E&xport…",
        "&Import Annotations…",
        "Export Report as P&DF…",
        "Prin&t Report…",
    ]
    assert actions.actions[0].shortcut().toString() == "Ctrl+Alt+E"


def test_the_export_dialog_offers_the_options(
    window: MainWindow, actions: ExchangeActions, qtbot: QtBot
) -> None:
    dialog = ExportDialog(window)
    qtbot.addWidget(dialog)
    # By default: CSV of the open document, every tag.
    name, options = dialog.choice()
    assert name == "csv"
    assert options == ExportOptions(document_ids=(window.controller.document.id,))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert not dialog.delimiter.isEnabled() and dialog.context.isEnabled()
    assert not dialog.local_paths.isEnabled()
    dialog.scope.button(2).setChecked(True)
    dialog.tags[1].setChecked(False)
    dialog.context.setChecked(True)
    name, options = dialog.choice()
    assert name == "xlsx"
    assert options.document_ids is None and options.context
    assert options.tags == frozenset(box.text() for box in dialog.tags) - {dialog.tags[1].text()}
    # A REFI-QDA project leaves the user's folders out unless asked.
    dialog.format.setCurrentIndex(dialog.format.findData("qdpx"))
    assert dialog.local_paths.isEnabled() and not dialog.choice()[1].local_paths
    qtbot.mouseClick(dialog.local_paths, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    assert dialog.choice()[1].local_paths and not dialog.choice()[1].context
    # Chosen documents: none ticked, nothing to export.
    dialog.scope.button(1).setChecked(True)
    dialog.documents.item(0).setCheckState(Qt.CheckState.Unchecked)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.documents.item(0).setCheckState(Qt.CheckState.Checked)
    assert ok.isEnabled()


def test_export_writes_the_chosen_format(
    window: MainWindow,
    actions: ExchangeActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = window.controller.document
    repository = actions.controller.repository
    claim = repository.tags()[0]
    start = document.text.index("Two suicide drones")
    repository.add_annotation(
        new_annotation(document.id, claim.id, start, start + 18, document.text)
    )

    def choose_xlsx(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose_xlsx)
    save_as(monkeypatch, tmp_path / "chosen")  # the suffix is added
    actions.actions[0].trigger()
    sheet = openpyxl.load_workbook(tmp_path / "chosen.xlsx")["Annotations"]
    assert sheet["E2"].value == "Two suicide drones"
    assert "Exported 1 annotation to" in window.statusBar().currentMessage()


def test_import_shows_the_annotations_and_refuses_a_bad_file(
    window: MainWindow,
    actions: ExchangeActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    # Another laptop tagged the same sample article and exported its work.
    laptop = open_repository(tmp_path / "laptop-b.sqlite3")
    seeded = seed_first_start(laptop)
    assert seeded is not None
    start = seeded.text.index("Vladimir Putin")
    laptop.add_annotation(
        new_annotation(seeded.id, laptop.tags()[1].id, start, start + 14, seeded.text)
    )
    exported = tmp_path / "laptop-b.json"
    export(laptop, exported, "json", ExportOptions())

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    actions.actions[1].trigger()
    assert window.statusBar().currentMessage() == "Imported 1 annotation."
    assert window.panel.model.rowCount() == 1
    assert not messages

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"not": "annotations"}), encoding="utf-8")
    before = content(actions.controller.repository)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    actions.actions[1].trigger()
    assert messages and "“bad.json” cannot be imported" in messages[-1]
    assert content(actions.controller.repository) == before


def test_report_as_pdf_and_to_a_printer(
    window: MainWindow,
    actions: ExchangeActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_as(monkeypatch, tmp_path / "report.pdf")
    actions.actions[2].trigger()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert "Exported 0 annotations to" in window.statusBar().currentMessage()

    from PySide6.QtPrintSupport import QPrinter

    printed = tmp_path / "printed.pdf"

    def to_file(_self: ExchangeActions, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(ExchangeActions, "_choose_printer", to_file)
    actions.actions[3].trigger()
    assert printed.read_bytes().startswith(b"%PDF-")
    assert window.statusBar().currentMessage().startswith("Sent “Recent attacks")


def test_an_import_that_brings_tags_and_a_document_is_one_step_ctrl_z_takes_back(
    window: MainWindow,
    actions: ExchangeActions,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    # A colleague's project codes the sample article with a tag this library lacks, and
    # brings an article of its own.
    laptop = open_repository(tmp_path / "laptop-b.sqlite3")
    seeded = seed_first_start(laptop)
    assert seeded is not None
    child = laptop.add_tag(TagSpec("statistical claim", "#117733", "", "", laptop.tags()[0].id))
    start = seeded.text.index("Vladimir Putin")
    laptop.add_annotation(new_annotation(seeded.id, child.id, start, start + 14, seeded.text))
    brought = add_second_article(laptop)
    laptop.add_annotation(new_annotation(brought.id, child.id, 0, 12, brought.text))
    exported = tmp_path / "colleague.qdpx"
    export(laptop, exported, "qdpx", ExportOptions())
    repository = actions.controller.repository
    before = content(repository)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))

    actions.actions[1].trigger()

    assert window.statusBar().currentMessage() == (
        "Imported 2 annotations; created 1 tag from the file: “statistical claim”; "
        "added 1 document."
    )
    assert "statistical claim" in [tag.name for tag in actions.controller.tags]
    assert len(repository.documents()) == 2
    assert window.panel.model.rowCount() == 1  # the sample article's new passage
    assert actions.controller.undo_stack.undoText() == "Import “colleague.qdpx”"

    # Where the import took long enough for its progress dialog to show (a loaded machine),
    # the window has the keys back once the platform says it is active again.
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert content(repository) == before
    assert "statistical claim" not in [tag.name for tag in actions.controller.tags]
    assert window.panel.model.rowCount() == 0

    actions.controller.undo_stack.redo()
    assert len(repository.documents()) == 2
    assert "statistical claim" in [tag.name for tag in actions.controller.tags]


def test_file_export_writes_fact_checks_for_the_page_typed(
    window: MainWindow,
    actions: ExchangeActions,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = window.controller.document
    claim = window.controller.tags[0]
    start = document.text.index("Two suicide drones")
    annotation = window.controller.tag_passage(start, start + 18, claim.id)
    assert annotation is not None
    window.controller.set_field(annotation, "verdict", "false")

    def choose_fact_checks(dialog: ExportDialog) -> int:
        dialog.format.setCurrentIndex(dialog.format.findData("claimreview"))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert dialog.review_page.isEnabled() and not ok.isEnabled()  # no page yet
        qtbot.keyClicks(dialog.review_page, "https://checks.example.org/drones")
        assert ok.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose_fact_checks)
    save_as(monkeypatch, tmp_path / "checks")
    actions.actions[0].trigger()
    [review] = json.loads((tmp_path / "checks.json").read_text(encoding="utf-8"))
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == "Two suicide drones"
    assert review["reviewRating"]["alternateName"] == "false"
    assert review["url"].startswith("https://checks.example.org/drones#claim-")
