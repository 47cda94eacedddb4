"""File > Export…'s dialog: the format, which documents and tags, and each format's options."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from readmark.core.curation import CONSENSUS
from readmark.core.model import Document
from readmark.services.exchange import FORMATS, ExportOptions
from readmark.ui.colours import tag_icon
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow

SCOPES = ("document", "chosen", "library")


class ExportDialog(QDialog):
    """Format, documents (this one, chosen ones, the whole library), tags, and for CSV the
    delimiter; CSV and Excel can add the sentence around each passage."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Export"))
        controller = self._controller = window.controller
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.format = QComboBox(self)
        for chosen in FORMATS.values():
            self.format.addItem(
                f"{tr(chosen.label)} ({chosen.suffix})",
                chosen.name,
            )
        self.format.currentIndexChanged.connect(self._update)
        form.addRow(tr("&Format:"), self.format)
        form.addRow(tr("Documents:"), self._build_scope(controller.document))  # keys: its choices
        form.addRow(tr("&Tags:"), self._build_tags())
        self._build_options(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.documents.itemChanged.connect(self._update)
        layout.addWidget(self.buttons)
        self._update()

    def _build_scope(self, current: Document | None) -> QWidget:
        """This document, the documents checked in a list, or the whole library."""
        scope = QWidget(self)
        scope_layout = QVBoxLayout(scope)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        self.scope = QButtonGroup(self)
        labels = (
            tr("This &document ({title})").format(title=current.title)
            if current
            else tr("This document"),
            tr("&Chosen documents:"),
            tr("The whole &library"),
        )
        for number, label in enumerate(labels):
            button = QRadioButton(_elide(label), scope)
            self.scope.addButton(button, number)
            scope_layout.addWidget(button)
            if number == 1:
                self.documents = self._build_document_list(scope, current)
                scope_layout.addWidget(self.documents)
        self.scope.button(0).setEnabled(current is not None)
        self.scope.button(0 if current is not None else 2).setChecked(True)
        self.scope.idToggled.connect(self._update)
        return scope

    def _build_document_list(self, parent: QWidget, current: Document | None) -> QListWidget:
        """The library's documents to check, the one open checked already."""
        documents = QListWidget(parent)
        documents.setAccessibleName(tr("Documents to export"))
        documents.setMaximumHeight(140)
        documents.setTextElideMode(Qt.TextElideMode.ElideRight)
        documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for summary in self._controller.documents():
            item = QListWidgetItem(summary.title, documents)
            item.setToolTip(summary.title)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = current is not None and summary.id == current.id
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return documents

    def _build_tags(self) -> QWidget:
        """A box for each tag, all checked."""
        tags = QWidget(self)
        tags_layout = QHBoxLayout(tags)
        tags_layout.setContentsMargins(0, 0, 0, 0)
        self.tags: list[QCheckBox] = []
        for tag in self._controller.tags:
            box = QCheckBox(tag.name, tags)
            box.setIcon(tag_icon(tag.colour))
            box.setChecked(True)
            box.toggled.connect(self._update)
            tags_layout.addWidget(box)
            self.tags.append(box)
        tags_layout.addStretch(1)
        return tags

    def _build_options(self, form: QFormLayout) -> None:
        """The options some formats take (see _update, which enables each for its formats)."""
        self.delimiter = QComboBox(self)
        self.delimiter.addItem(tr("Comma ( , )"), ",")
        self.delimiter.addItem(
            tr("Semicolon ( ; ) for Excel where the comma is the decimal sign"), ";"
        )
        form.addRow(tr("Deli&miter:"), self.delimiter)
        self.context = QCheckBox(tr("Add the sentence around each passage"), self)
        form.addRow("", self.context)
        # Off by default: a file's folders name its owner ("/home/alice.smith/…").
        self.local_paths = QCheckBox(tr("Include the documents' file paths on this computer"), self)
        form.addRow("", self.local_paths)
        self.consensus = QCheckBox(
            tr("Only the &agreed version: the passages settled in Tools > Curate"), self
        )
        self.consensus.setEnabled(CONSENSUS in self._controller.coders())
        form.addRow("", self.consensus)
        self.review_page = QLineEdit(self)
        self.review_page.setPlaceholderText(tr("https://… where the fact checks will be published"))
        self.review_page.textChanged.connect(self._update)
        form.addRow(tr("Fact checks' &page:"), self.review_page)

    def choice(self) -> tuple[str, ExportOptions]:
        scope = SCOPES[self.scope.checkedId()]
        current = self._controller.document
        if scope == "document" and current is not None:
            ids: tuple[int, ...] | None = (current.id,)
        elif scope == "chosen":
            ids = tuple(self._chosen_documents())
        else:
            ids = None
        chosen_tags = [box.text() for box in self.tags if box.isChecked()]
        tags = None if len(chosen_tags) == len(self.tags) else frozenset(chosen_tags)
        format_name = self.format.currentData()
        return format_name, ExportOptions(
            document_ids=ids,
            tags=tags,
            delimiter=self.delimiter.currentData(),
            context=self.context.isChecked() and format_name in ("csv", "xlsx"),
            local_paths=self.local_paths.isChecked() and format_name == "qdpx",
            coder=CONSENSUS if self.consensus.isChecked() else None,
            review_page=self.review_page.text().strip(),
        )

    def _chosen_documents(self) -> list[int]:
        items = (self.documents.item(row) for row in range(self.documents.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        format_name = self.format.currentData()
        self.delimiter.setEnabled(format_name == "csv")
        self.context.setEnabled(format_name in ("csv", "xlsx"))
        self.local_paths.setEnabled(format_name == "qdpx")
        self.review_page.setEnabled(format_name == "claimreview")
        chosen = self.scope.checkedId() == 1
        self.documents.setEnabled(chosen)
        hints = {
            "csv": tr("One row per passage, for any spreadsheet; it can be imported again."),
            "xlsx": tr("A sheet of passages and a sheet of counts per tag and document."),
            "json": tr(
                "W3C Web Annotation: other annotation software reads it; it carries the "
                "texts, so another Readmark can import it whole."
            ),
            "qdpx": tr(
                "For NVivo, ATLAS.ti, MAXQDA or QualCoder: the texts, the tags as codes "
                "and the tagged passages."
            ),
            "html": tr(
                "The articles with their highlights, a legend and the notes, to print or hand out."
            ),
            "pdf": tr(
                "The articles with their highlights, a legend and the notes, ready to print."
            ),
            "claimreview": tr(
                "schema.org ClaimReview for each claim with a verdict, and "
                "MediaReview for each caption with a media context: the markup fact-check search "
                "engines read, for the page that publishes them."
            ),
        }
        self.hint.setText(hints.get(format_name, ""))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(
            any(box.isChecked() for box in self.tags)
            and (not chosen or bool(self._chosen_documents()))
            and (format_name != "claimreview" or bool(self.review_page.text().strip()))
        )


def _elide(label: str, limit: int = 70) -> str:
    return label if len(label) <= limit else label[: limit - 2] + "…)"
