"""Coder agreement: figures per tag and per document, one document compared side by side, the
method, export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from readmark.core import texts
from readmark.core.agreement import (
    AgreementReport,
    Segment,
    agreement,
    coders_by_document,
    compare_document,
    write_agreement_csv,
    write_agreement_xlsx,
)
from readmark.core.curation import CONSENSUS
from readmark.core.model import Annotation, Document, Tag
from readmark.paths import resource_path
from readmark.services.files import write_stream, write_text
from readmark.ui.agreement_models import (
    ComparisonModel,
    DifferencesFilter,
    DocumentsModel,
    FiguresModel,
    coder_label,
)
from readmark.ui.file_dialogs import EXPORTS, Settings, file_types, save_file_name
from readmark.ui.offline_text import plain_text
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import counted, tr

METHOD_FILE = ("resources", "help", "agreement.md")


class AgreementDialog(QDialog):
    """How far coders agree, per tag and overall, and where in a document they differ."""

    passage_chosen = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(
        self,
        parent: QWidget | None,
        documents: list[Document],
        annotations: list[Annotation],
        tags: list[Tag],
        coders: list[str],
        document_id: int | None = None,
        settings: Settings | None = None,
    ) -> None:
        """`settings` keeps the folder the figures were last exported to."""
        super().__init__(parent)
        self.setWindowTitle(tr("Coder Agreement"))
        self._settings = settings
        self.resize(fitted(QSize(900, 680), self))
        self._documents = {d.id: d for d in documents}
        self._annotations = annotations
        self._tags = tags
        self._coders = coders
        self._tagged_by = coders_by_document(annotations)
        self.report: AgreementReport | None = None

        # "&" would otherwise mark a shortcut letter in a check box's text.
        self.coder_boxes = [QCheckBox(coder_label(c).replace("&", "&&"), self) for c in coders]
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.figures = FiguresModel(tags, self)
        self.figures_view = self._table(self.figures, tr("Agreement per tag"), 120)
        self.per_document = DocumentsModel({d.id: d.title for d in documents}, self)
        self.documents_view = self._table(self.per_document, tr("Agreement per document"), 120)
        self.documents_view.setColumnWidth(1, 200)
        self.figures_tabs = QTabWidget(self)
        self.figures_tabs.addTab(self.figures_view, tr("Per &tag"))
        self.figures_tabs.addTab(self.documents_view, tr("&Per document"))
        self.document_box = QComboBox(self)
        self.document_box.setAccessibleName(tr("Document to compare"))
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.only_differences = QCheckBox(tr("Only d&ifferences"), self)
        self.comparison = ComparisonModel(tags, self)
        self.filter = DifferencesFilter(self)
        self.filter.setSourceModel(self.comparison)
        self.comparison_view = self._table(
            self.filter, tr("Passages of the document by coder"), 150
        )
        self.comparison_view.setWordWrap(False)
        self.method_button = QPushButton(tr("&Method…"), self)
        self.export_button = QPushButton(tr("&Export…"), self)
        self.method_dialog: QDialog | None = None

        self._lay_out()
        self._connect()
        # The consensus settles the coders' work: compared with them, it would count twice.
        for coder, box in zip(coders, self.coder_boxes, strict=True):
            box.setChecked(coder != CONSENSUS)
        self._fill_documents(document_id)
        self._recompute()

    # ---- building --------------------------------------------------------------------------

    def _table(
        self, model: QAbstractTableModel | QSortFilterProxyModel, name: str, width: int
    ) -> QTableView:
        return read_only_table(self, model, name, width)

    def _lay_out(self) -> None:
        coders_row = QHBoxLayout()
        coders_row.addWidget(QLabel(tr("Coders:"), self))
        for box in self.coder_boxes:
            coders_row.addWidget(box)
        coders_row.addStretch(1)
        document_row = QHBoxLayout()
        document_label = QLabel(tr("&Document:"), self)
        document_label.setBuddy(self.document_box)
        document_row.addWidget(document_label)
        document_row.addWidget(self.document_box, 1)
        document_row.addWidget(self.only_differences)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.figures_tabs)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(document_row)
        bottom_layout.addWidget(self.notice)
        bottom_layout.addWidget(self.comparison_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([230, 420])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.method_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(coders_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        for box in self.coder_boxes:
            box.toggled.connect(self._recompute)
        self.document_box.currentIndexChanged.connect(self._show_document)
        self.documents_view.activated.connect(self._on_document_activated)
        self.only_differences.toggled.connect(self.filter.set_only_differences)
        self.comparison_view.selectionModel().currentRowChanged.connect(self._on_row_current)
        self.comparison_view.activated.connect(self._on_row_current)
        self.method_button.clicked.connect(self.show_method)
        self.export_button.clicked.connect(self._on_export_clicked)

    def _fill_documents(self, chosen: int | None) -> None:
        self.document_box.blockSignals(True)  # one comparison once the choice is made
        for document in self._documents.values():
            self.document_box.addItem(document.title or "(untitled)", document.id)
        # Unless told which, the first document there is something to compare in.
        compared = (d for d in self._documents if len(self._tagged_by.get(d, ())) >= 2)
        target = chosen if chosen in self._documents else next(compared, None)
        if target is not None:
            self.document_box.setCurrentIndex(self.document_box.findData(target))
        self.document_box.blockSignals(False)

    # ---- figures and comparison ------------------------------------------------------------

    def chosen_coders(self) -> list[str]:
        return [c for c, box in zip(self._coders, self.coder_boxes, strict=True) if box.isChecked()]

    def _recompute(self) -> None:
        coders = self.chosen_coders()
        self.report = None
        if len(coders) >= 2:
            lengths = {d.id: len(d.text) for d in self._documents.values()}
            self.report = agreement(lengths, self._annotations, self._tags, coders)
        self.figures.set_report(self.report)
        self.per_document.set_report(self.report)
        self.figures_view.setColumnHidden(2, len(coders) != 2)  # kappa is for two coders
        self.summary.setText(self._summary_text(coders))
        self.export_button.setEnabled(self.report is not None)
        self._show_document()

    def _summary_text(self, coders: list[str]) -> str:
        if self.report is None:
            return tr("Choose at least two coders to compare.")
        if self.report.documents == 0:
            return tr("No document has been tagged by two of the chosen coders yet.")
        count, everyone = self.report.documents, self.report.unitized
        among = counted(
            tr(
                "Agreement of {coders} on %n document(s) ({characters} characters) that two or "
                "more of them tagged.",
                "",
                count,
            ),
            count,
        ).format(coders=_listed(coders), characters=texts.number(self.report.characters))
        compared = (
            tr(
                "α_U compares passages on the %n document(s) both tagged; each document's figures "
                "are under Per document.",
                "",
                everyone,
            )
            if len(coders) == 2
            else tr(
                "α_U compares passages on the %n document(s) all of them tagged; each document's "
                "figures are under Per document.",
                "",
                everyone,
            )
        )
        return f"{among} {counted(compared, everyone)}"

    def current_document(self) -> Document | None:
        return self._documents.get(self.document_box.currentData())

    def _show_document(self) -> None:
        document, coders = self.current_document(), self.chosen_coders()
        if document is None:
            self.comparison.set_comparison("", [], [], [])
            self.notice.setText(tr("There is no document to compare."))
            return
        tagged = self._tagged_by.get(document.id, set())
        shown = [i for i, c in enumerate(coders) if c in tagged]
        segments = []
        if len(shown) >= 2:
            segments = compare_document(document.id, len(document.text), self._annotations, coders)
        else:
            shown = []
        self.comparison.set_comparison(document.text, coders, shown, segments)
        self.comparison_view.setEnabled(bool(shown))
        self.notice.setText(self._notice_text(tagged, coders, len(segments)))

    def _notice_text(self, tagged: set[str], coders: list[str], count: int) -> str:
        present = [c for c in coders if c in tagged]
        if len(present) >= 2:
            differ = sum(not self.comparison.segment(r).agree for r in range(count))
            return counted(
                tr("%n passage(s), {differ} where the coders differ.", "", count), count
            ).format(differ=differ)
        among = bool(tagged - set(present))
        if not present:
            return (
                tr(
                    "Agreement needs two coders: none of the chosen coders has tagged this "
                    "document."
                )
                if among
                else tr("Agreement needs two coders: no one has tagged this document.")
            )
        only = (
            tr(
                "Agreement needs two coders: of the chosen coders, only {who} has tagged this "
                "document."
            )
            if among
            else tr("Agreement needs two coders: only {who} has tagged this document.")
        )
        return only.format(who=coder_label(present[0]))

    def _on_document_activated(self, index: QModelIndex) -> None:
        """Enter or a double click on a document's figures compares it below."""
        found = self.document_box.findData(self.per_document.document_id(index.row()))
        if found >= 0:
            self.document_box.setCurrentIndex(found)
            self.comparison_view.setFocus()

    def _on_row_current(self, index: QModelIndex) -> None:
        document = self.current_document()
        if not index.isValid() or document is None:
            return
        segment = self.comparison.segment(self.filter.mapToSource(index).row())
        self.passage_chosen.emit(document.id, segment.start, segment.end)

    # ---- method and export -----------------------------------------------------------------

    def show_method(self) -> None:
        if self.method_dialog is None:
            self.method_dialog = QDialog(self)
            self.method_dialog.setWindowTitle(tr("How Agreement Is Measured"))
            self.method_dialog.resize(fitted(QSize(680, 620), self.method_dialog))
            browser = QTextBrowser(self.method_dialog)
            browser.setOpenExternalLinks(True)
            browser.setAccessibleName(tr("Method"))
            browser.setMarkdown(method_text())
            close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self.method_dialog)
            close.rejected.connect(self.method_dialog.reject)
            layout = QVBoxLayout(self.method_dialog)
            layout.addWidget(browser)
            layout.addWidget(close)
        self.method_dialog.show()
        self.method_dialog.raise_()

    def _on_export_clicked(self) -> None:
        path, chosen_filter = save_file_name(
            self,
            self._settings,
            EXPORTS,
            tr("Export Agreement"),
            "Agreement.csv",
            file_types((tr("CSV for spreadsheets"), "*.csv"), (tr("Excel workbook"), "*.xlsx")),
        )
        if path is None:
            return
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx" if "xlsx" in chosen_filter else ".csv")
        try:
            self.export_to(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                tr("Export Agreement"),
                plain_text(
                    tr("Readmark could not write {file}: {error}").format(
                        file=path.name, error=error
                    )
                ),
            )

    def export_to(self, path: Path) -> None:
        """Writes the figures as CSV, or (.xlsx) a workbook with the compared passages too."""
        report = self.report
        if report is None:
            return
        if path.suffix.lower() == ".xlsx":
            passages = self._compared_passages(report.coders)
            titles = {d.id: d.title for d in self._documents.values()}
            write_stream(
                path,
                lambda stream: write_agreement_xlsx(report, passages, self._tags, stream, titles),
            )
            return
        write_text(path, "", lambda text: write_agreement_csv(report, text))

    def _compared_passages(self, coders: Sequence[str]) -> list[tuple[str, str, list[Segment]]]:
        """(title, text, segments) of every document two or more of `coders` tagged."""
        return [
            (d.title, d.text, compare_document(d.id, len(d.text), self._annotations, coders))
            for d in self._documents.values()
            if len(self._tagged_by.get(d.id, set()) & set(coders)) >= 2
        ]


def read_only_table(
    parent: QWidget, model: QAbstractTableModel | QSortFilterProxyModel, name: str, width: int
) -> QTableView:
    """A read-only table of whole rows whose first column takes the room left by the others'
    `width`; Tab leaves it, as in a form."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setDefaultSectionSize(width)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


def _listed(names: Sequence[str]) -> str:
    shown = [coder_label(n) for n in names]
    if len(shown) == 1:
        return shown[0]
    return tr("{names} and {last}").format(names=", ".join(shown[:-1]), last=shown[-1])


def method_text() -> str:
    """The method, as the help file bundled in resources/ tells it."""
    try:
        return resource_path(*METHOD_FILE).read_text(encoding="utf-8")
    except OSError:
        return tr("The description of the method is missing from this installation.")
