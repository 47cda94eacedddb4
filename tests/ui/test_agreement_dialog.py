"""The Coder Agreement dialog shows what the core computes, compares a document side by side,
explains its method and exports its figures."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark.core.agreement import ALL_TAGS, agreement
from readmark.core.model import Annotation, Document, Tag
from readmark.ui.agreement_dialog import AgreementDialog
from readmark.ui.agreement_models import AGREE, DIFFER

CLAIM = Tag(1, "claim", "#0072B2", "1", 0)
OPINION = Tag(2, "opinion", "#E69F00", "2", 1)
TAGS = [CLAIM, OPINION]
TEXT = (
    "The council said the bridge will halve travel times. Critics call it a waste. "
    "Photo: the bridge at dusk. The budget doubled in two years."
)
BRIDGE = Document(1, "Bridge plans", "test", TEXT, "h1", datetime.now(UTC), 0)
SOLO = Document(2, "Ana alone", "test", TEXT, "h2", datetime.now(UTC), 0)


def tagged(coder: str, phrase: str, tag: Tag, document: Document = BRIDGE) -> Annotation:
    start = TEXT.index(phrase)
    annotation = new_annotation(document.id, tag.id, start, start + len(phrase), TEXT)
    return replace(annotation, coder=coder)


ANNOTATIONS = [
    tagged("Ana", "The council said the bridge will halve travel times.", CLAIM),
    tagged("Ben", "the bridge will halve travel times.", CLAIM),
    tagged("Cy", "The council said the bridge will halve travel times.", CLAIM),
    tagged("Ana", "Critics call it a waste.", OPINION),
    tagged("Ben", "Critics call it a waste.", OPINION),
    tagged("Cy", "Critics call it a waste.", CLAIM),
    tagged("Ana", "The budget doubled", CLAIM),
    tagged("Ben", "The budget doubled in two years.", CLAIM),
    tagged("Ana", "Photo: the bridge at dusk.", OPINION, SOLO),
]


@pytest.fixture
def dialog(qtbot: QtBot) -> AgreementDialog:
    shown = AgreementDialog(None, [BRIDGE, SOLO], ANNOTATIONS, TAGS, ["Ana", "Ben", "Cy"])
    qtbot.addWidget(shown)
    shown.show()
    return shown


def shown_figures(dialog: AgreementDialog) -> dict[str, list[str]]:
    """Tag name -> the figures as the table shows them, for the columns on screen."""
    model, view = dialog.figures, dialog.figures_view
    columns = [c for c in range(1, model.columnCount()) if not view.isColumnHidden(c)]
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in columns]
        for r in range(model.rowCount())
    }


def expected_figures(coders: list[str]) -> dict[str, list[str]]:
    report = agreement({1: len(TEXT), 2: len(TEXT)}, ANNOTATIONS, TAGS, coders)
    rows = {}
    for row in (*report.per_tag, report.overall):
        values = [f"{row.overlap * 100:.1f} %"]
        if len(coders) == 2:
            values.append(f"{row.kappa:.3f}")
        values.append(f"{row.alpha:.3f}")
        values.append(f"{row.alpha_u:.3f}")
        rows[row.name] = values
    return rows


def comparison_rows(dialog: AgreementDialog) -> list[list[str]]:
    model = dialog.comparison_view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_three_coders_show_the_figures_the_core_computes(dialog: AgreementDialog) -> None:
    assert [box.isChecked() for box in dialog.coder_boxes] == [True, True, True]
    assert dialog.figures_view.isColumnHidden(2)  # Cohen's kappa is for two coders
    assert shown_figures(dialog) == expected_figures(["Ana", "Ben", "Cy"])
    assert "Ana, Ben and Cy on 1 document" in dialog.summary.text()


def test_unticking_a_coder_shows_the_two_coder_figures_with_kappa(
    qtbot: QtBot, dialog: AgreementDialog
) -> None:
    box = dialog.coder_boxes[2]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(5, box.height() // 2))
    assert not box.isChecked()
    assert not dialog.figures_view.isColumnHidden(2)
    assert shown_figures(dialog) == expected_figures(["Ana", "Ben"])
    assert dialog.figures.headerData(2, Qt.Orientation.Horizontal) == "Cohen's κ"
    assert shown_figures(dialog)[ALL_TAGS][1] != "—"


def test_fewer_than_two_coders_chosen_asks_for_more(dialog: AgreementDialog) -> None:
    dialog.coder_boxes[1].setChecked(False)
    dialog.coder_boxes[2].setChecked(False)
    assert dialog.figures.rowCount() == 0
    assert dialog.summary.text() == "Choose at least two coders to compare."
    assert not dialog.export_button.isEnabled()


def test_comparison_marks_where_the_coders_differ(dialog: AgreementDialog) -> None:
    assert dialog.current_document() == BRIDGE
    rows = comparison_rows(dialog)
    header = [dialog.comparison.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert header == ["Passage", "Ana", "Ben", "Cy", "Agreement"]
    assert rows[0] == ["The council said", "claim", "—", "claim", DIFFER]
    assert rows[1] == ["the bridge will halve travel times.", "claim", "claim", "claim", AGREE]
    assert rows[2] == ["Critics call it a waste.", "opinion", "opinion", "claim", DIFFER]
    assert "where the coders differ" in dialog.notice.text()


def test_only_differences_hides_the_passages_coders_agree_on(
    qtbot: QtBot, dialog: AgreementDialog
) -> None:
    dialog.only_differences.setFocus()
    qtbot.keyClick(dialog.only_differences, Qt.Key.Key_Space)
    verdicts = [row[-1] for row in comparison_rows(dialog)]
    assert verdicts and set(verdicts) == {DIFFER}


def test_a_document_only_one_coder_tagged_says_so(dialog: AgreementDialog) -> None:
    dialog.document_box.setCurrentIndex(dialog.document_box.findData(SOLO.id))
    assert dialog.notice.text() == "Agreement needs two coders: only Ana has tagged this document."
    assert comparison_rows(dialog) == []


def test_choosing_a_passage_by_keyboard_tells_the_window_where_it_is(
    qtbot: QtBot, dialog: AgreementDialog
) -> None:
    view = dialog.comparison_view
    view.setFocus()
    start = TEXT.index("Critics")
    view.setCurrentIndex(view.model().index(1, 0))
    with qtbot.waitSignal(dialog.passage_chosen) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert chosen.args == [BRIDGE.id, start, start + len("Critics call it a waste.")]


def test_method_button_shows_the_citable_method(qtbot: QtBot, dialog: AgreementDialog) -> None:
    qtbot.mouseClick(dialog.method_button, Qt.MouseButton.LeftButton)
    assert dialog.method_dialog is not None and dialog.method_dialog.isVisible()
    shown = dialog.method_dialog.findChild(QTextBrowser).toPlainText()
    assert "Cohen, J. (1960)" in shown
    assert "Krippendorff, K. (2011)" in shown


def test_export_writes_a_csv_that_reads_back_with_the_figures(
    qtbot: QtBot, dialog: AgreementDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog.coder_boxes[2].setChecked(False)
    target = tmp_path / "agreement"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "CSV for spreadsheets (*.csv)")
    )
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    data = (tmp_path / "agreement.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(data.decode("utf-8-sig").splitlines()))
    report = dialog.report
    assert report is not None
    assert [r["tag"] for r in rows] == ["claim", "opinion", ALL_TAGS]
    assert float(rows[0]["cohen_kappa"]) == round(report.per_tag[0].kappa, 4)
    assert float(rows[2]["krippendorff_alpha"]) == round(report.overall.alpha, 4)
    assert float(rows[2]["krippendorff_alpha_u"]) == round(report.overall.alpha_u, 4)
    assert rows[0]["coders"] == "Ana; Ben"


def test_export_writes_a_workbook_with_the_passages(
    dialog: AgreementDialog, tmp_path: Path
) -> None:
    dialog.export_to(tmp_path / "agreement.xlsx")
    book = load_workbook(tmp_path / "agreement.xlsx")
    assert [row[0] for row in book["Agreement"].values] == ["tag", "claim", "opinion", ALL_TAGS]
    passages = list(book["Passages"].values)
    assert passages[0][-4:] == ("Ana", "Ben", "Cy", "agree")
    assert passages[1][0] == "Bridge plans"
    assert passages[1][-1] == "no"
    documents = list(book["Documents"].values)
    assert documents[0] == ("document", "coders", "krippendorff_alpha_u", "krippendorff_alpha")
    assert documents[1][:2] == ("Bridge plans", "Ana; Ben; Cy")
    assert documents[1][2] == round(dialog.report.overall.alpha_u, 4)  # type: ignore[union-attr]


def test_a_failed_export_says_why(
    qtbot: QtBot,
    dialog: AgreementDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    target = tmp_path / "no such folder" / "agreement.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(messages) == 1 and "could not write agreement.csv" in messages[0]


def test_models_pass_the_model_tester(qtmodeltester, dialog: AgreementDialog) -> None:
    qtmodeltester.check(dialog.figures)
    qtmodeltester.check(dialog.per_document)
    qtmodeltester.check(dialog.comparison)
    dialog.only_differences.setChecked(True)
    qtmodeltester.check(dialog.filter)


def test_the_window_can_open_it_on_its_current_document(qtbot: QtBot) -> None:
    shown = AgreementDialog(None, [BRIDGE, SOLO], ANNOTATIONS, TAGS, ["Ana", "Ben"], SOLO.id)
    qtbot.addWidget(shown)
    assert shown.current_document() == SOLO
    assert shown.notice.text().startswith("Agreement needs two coders: only Ana")


def test_each_document_shows_the_agreement_of_all_who_tagged_it(qtbot: QtBot) -> None:
    pair = Document(3, "Ana and Cy", "test", TEXT, "h3", datetime.now(UTC), 0)
    annotations = [
        *ANNOTATIONS,
        tagged("Ana", "Critics call it a waste.", OPINION, pair),
        tagged("Cy", "call it a waste.", OPINION, pair),
    ]
    shown = AgreementDialog(None, [BRIDGE, SOLO, pair], annotations, TAGS, ["Ana", "Ben", "Cy"])
    qtbot.addWidget(shown)
    shown.show()
    tabs = shown.figures_tabs
    bar = tabs.tabBar()
    assert bar.tabText(1) == "&Per document"
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert tabs.currentWidget() is shown.documents_view
    model = shown.per_document
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    report = agreement({1: len(TEXT), 3: len(TEXT)}, annotations, TAGS, ["Ana", "Ben", "Cy"])
    bridge, pair_figures = report.per_document
    assert rows == [
        ["Bridge plans", "Ana, Ben, Cy", f"{bridge.alpha_u:.3f}", f"{bridge.alpha:.3f}"],
        ["Ana and Cy", "Ana, Cy", f"{pair_figures.alpha_u:.3f}", f"{pair_figures.alpha:.3f}"],
    ]
    assert "α_U compares passages on the 1 document all of them tagged" in shown.summary.text()
    view = shown.documents_view
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown.current_document() == pair
    assert [row[-1] for row in comparison_rows(shown)] == [DIFFER, AGREE]
