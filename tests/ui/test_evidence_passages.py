"""A claim's evidence among the passages: picked with the keys alone from "Add Evidence
Passage…" (Ctrl+Shift+B), stored as a "supports" or "contradicts" link, shown under the claim's
fields with its words, undone, and carried by the exports beside the typed addresses."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from tests.exchange.test_fact_checks import check_node

from readmark.core.links import Link
from readmark.core.web_annotation import annotation_iri
from readmark.core.web_annotation_import import read_web_annotations
from readmark.services.exchange import ExportOptions, export
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.links_pane import LinkDialog
from readmark.ui.main_window import MainWindow

from .test_annotation_panel import tag_all
from .test_memo_pane import choose_row
from .test_passage_links import stored_links


def add_evidence_by_keys(qtbot: QtBot, window: MainWindow, kind_keys: str, typed: str) -> None:
    """Ctrl+Shift+B, then in the dialog: the kind by its first letters, the passage found by
    typing, Enter."""
    offered: list[str] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LinkDialog):
            QTimer.singleShot(10, in_dialog)
            return
        offered.append(dialog.windowTitle())
        offered.extend(dialog.kind.itemText(i) for i in range(dialog.kind.count()))
        QTest.keyClicks(dialog.kind, kind_keys)
        QTest.keyClick(dialog.kind, Qt.Key.Key_Tab)
        QTest.keyClicks(dialog.filter, typed)
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, in_dialog)
    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Shift+B"))
    window.activateWindow()
    QApplication.processEvents()
    # Evidence bears on the claim: only the two ways a passage can, from the claim's side.
    assert offered == ["Add Evidence Passage", "supported by", "contradicted by"]


def test_evidence_passages_are_linked_by_keys_shown_undone_and_exported(
    qtbot: QtBot, window: MainWindow, isolated_paths: Path, tmp_path: Path
) -> None:
    tag_all(qtbot, window)
    choose_row(qtbot, window, 0)  # the claim
    evidence = window.panel.memo.evidence
    assert evidence.isVisible() and evidence.passages.text() == ""
    add_evidence_by_keys(qtbot, window, "contr", "tyrant")  # the opinion contradicts it
    add_evidence_by_keys(qtbot, window, "s", "settling")  # the quote supports it
    claim, opinion, quote = (window.panel.model.annotation(row) for row in range(3))
    assert stored_links(isolated_paths) == [
        Link(opinion.id, claim.id, "contradicts"),
        Link(quote.id, claim.id, "supports"),
    ]
    assert evidence.passages.text().split("<br>") == [
        "supported by: “‘The dust is still settling.”",
        "contradicted by: “So, is this really the beginning of the end for Russia’s tyrant?”",
    ]

    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Z"))
    assert stored_links(isolated_paths) == [Link(opinion.id, claim.id, "contradicts")]
    assert evidence.passages.text().startswith("contradicted by:")
    qtbot.keySequence(window.panel.table, QKeySequence("Ctrl+Y"))
    assert len(stored_links(isolated_paths)) == 2

    choose_row(qtbot, window, 1)  # the opinion has no evidence field: nothing to add
    assert not evidence.isVisible() and not evidence.add_action.isEnabled()

    # The claim's address is typed; the passages come with it into every export.
    choose_row(qtbot, window, 0)
    form = window.panel.memo.fields
    form.editors["verdict"].setFocus()
    QTest.keyClick(form.editors["verdict"], Qt.Key.Key_Down)  # "true"
    address = form.editors["evidence"]
    address.setFocus()
    QTest.keyClicks(address, "https://example.org/report")
    QTest.keyClick(address, Qt.Key.Key_Return)

    repository = LibraryRepository(open_library(isolated_paths))
    try:
        export(repository, tmp_path / "a.csv", "csv", ExportOptions())
        options = ExportOptions(review_page="https://checks.example/")
        export(repository, tmp_path / "a.jsonld", "claimreview", options)
        export(repository, tmp_path / "a.json", "json", ExportOptions())
    finally:
        repository.dispose()

    with (tmp_path / "a.csv").open(encoding="utf-8-sig", newline="") as file:
        records = {r["annotation_id"]: r for r in csv.DictReader(file)}
    assert records[claim.id]["field: evidence"].split("\n") == [
        "https://example.org/report",
        f"passage:{opinion.id}",
        f"passage:{quote.id}",
    ]

    [review] = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    check_node(review, "ClaimReview")
    citation = review["citation"]
    assert citation[0] == "https://example.org/report"
    assert [(c["text"], c["description"]) for c in citation[1:]] == [
        (
            "So, is this really the beginning of the end for Russia’s tyrant?",
            "contradicts the claim",
        ),
        ("‘The dust is still settling.", "supports the claim"),
    ]
    assert citation[1]["isPartOf"]["name"] == window.controller.document.title

    collection = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    [item] = [i for i in collection["first"]["items"] if i["id"] == annotation_iri(claim.id)]
    linked = [b for b in item["body"] if b.get("readmark:field") == "evidence"]
    assert linked[0]["value"] == "https://example.org/report"
    assert [(b["source"], b["readmark:link"]) for b in linked[1:]] == [
        (annotation_iri(opinion.id), "contradicts"),
        (annotation_iri(quote.id), "supports"),
    ]
    # Read back, each link comes once, from the passage it starts from.
    incoming = read_web_annotations((tmp_path / "a.json").read_bytes())
    read = {(a.id, kind, other) for a in incoming.annotations for kind, other in a.links}
    assert read == {(opinion.id, "contradicts", claim.id), (quote.id, "supports", claim.id)}
