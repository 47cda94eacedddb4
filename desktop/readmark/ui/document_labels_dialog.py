"""Edit > Label Document As > Edit Document Labels…: the library's document labels (InfoZones
by default), added, renamed, recoloured, reordered and removed. Each change is one undo step;
a rename relabels the documents, and a removal asks what their label becomes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from readmark.core.document_labels import DocumentLabel, label_key, label_shown
from readmark.ui.colours import tag_icon
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.controller import LibraryController

# New labels take these in turn (Okabe-Ito, as InfoZones' own).
NEW_COLOURS = ("#F0E442", "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9")
TAKE_OFF = ""  # a removed label's documents are left unlabelled


class DocumentLabelsDialog(QDialog):
    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(tr("Document Labels"))
        self.list = QListWidget()
        self.list.setMinimumWidth(320)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, text, slot in (
            ("add", tr("&Add…"), self.add_label),
            ("rename", tr("&Rename…"), self.rename_label),
            ("colour", tr("&Colour…"), self.recolour_label),
            ("up", tr("Move &Up"), lambda: self.move_label(-1)),
            ("down", tr("Move &Down"), lambda: self.move_label(1)),
            ("remove", tr("Re&move…"), self.remove_label),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.list.currentRowChanged.connect(self._enable)
        controller.document_labels_changed.connect(self._fill)
        self._fill()

    @property
    def labels(self) -> tuple[DocumentLabel, ...]:
        return self._controller.document_labels()

    def choose(self, name: str) -> None:
        names = [label.name for label in self.labels]
        self.list.setCurrentRow(names.index(name))

    def _fill(self) -> None:
        chosen = self.list.currentRow()
        self.list.clear()
        for number, label in enumerate(self.labels, start=1):
            keys = f"  (Ctrl+Alt+{number})" if number < 10 else ""
            item = QListWidgetItem(tag_icon(label.colour), label.label + keys)
            item.setToolTip(label.description)
            self.list.addItem(item)
        self.list.setCurrentRow(min(chosen, self.list.count() - 1))
        self._enable()

    def _enable(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        for name in ("rename", "colour", "remove"):
            self.buttons[name].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    def _chosen(self) -> tuple[int, DocumentLabel] | None:
        row = self.list.currentRow()
        labels = self.labels
        return (row, labels[row]) if 0 <= row < len(labels) else None

    # The changes, each one undo step

    def add_label(self) -> None:
        labels = self.labels
        name = self._ask_name(tr("Add Document Label"), "")
        if name is None:
            return
        colour = NEW_COLOURS[len(labels) % len(NEW_COLOURS)]
        added = (*labels, DocumentLabel(name, "", colour))
        text = tr("Add document label {label}").format(label=label_shown(name))
        if self._controller.edit_document_labels(added, {}, text):
            self.list.setCurrentRow(len(added) - 1)

    def rename_label(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        row, label = chosen
        name = self._ask_name(tr("Rename Document Label"), label.name, renaming=label.name)
        if name is None or name == label.name:
            return
        labels = list(self.labels)
        labels[row] = DocumentLabel(name, label.description, label.colour)
        text = tr("Rename document label {label}").format(label=label.label)
        self._controller.edit_document_labels(labels, {label.name: name}, text)

    def recolour_label(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        row, label = chosen
        colour = self._ask_colour(label.colour)
        if colour is None or colour.lower() == label.colour.lower():
            return
        labels = list(self.labels)
        labels[row] = DocumentLabel(label.name, label.description, colour)
        text = tr("Recolour document label {label}").format(label=label.label)
        self._controller.edit_document_labels(labels, {}, text)

    def move_label(self, step: int) -> None:
        chosen = self._chosen()
        if chosen is None or not 0 <= chosen[0] + step < self.list.count():
            return
        row, label = chosen
        labels = list(self.labels)
        labels[row], labels[row + step] = labels[row + step], labels[row]
        text = tr("Move document label {label}").format(label=label.label)
        if self._controller.edit_document_labels(labels, {}, text):
            self.list.setCurrentRow(row + step)

    def remove_label(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        _, label = chosen
        others = [x for x in self.labels if x.name != label.name]
        count = sum(d.label == label.name for d in self._controller.documents())
        becomes = TAKE_OFF if count == 0 else self._ask_fate(label, others, count)
        if becomes is None:
            return
        relabelled = {label.name: becomes} if count else {}
        text = tr("Remove document label {label}").format(label=label.label)
        self._controller.edit_document_labels(others, relabelled, text)

    # The questions, apart so that tests can answer them

    def _ask_name(self, title: str, name: str, renaming: str = "") -> str | None:
        """A new label's name, asked until it is sound; None if the user gave up."""
        taken = {label_key(x.name) for x in self.labels} - {label_key(renaming)}
        while True:
            text, given = QInputDialog.getText(self, title, tr("Name:"), text=name)
            name = text.strip()
            if not given:
                return None
            if name and label_key(name) not in taken:
                return name
            problem = (
                tr("A label needs a name.")
                if not name
                else tr("There is a label “{name}” already.")
            )
            QMessageBox.warning(self, title, problem.format(name=name))

    def _ask_colour(self, colour: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(colour), self, tr("Label Colour"))
        return chosen.name().upper() if chosen.isValid() else None

    def _ask_fate(
        self, label: DocumentLabel, others: list[DocumentLabel], count: int
    ) -> str | None:
        """What the documents labelled `label` become: TAKE_OFF, another label's name, or None
        to keep the label after all."""
        choices = [tr("No label")] + [tr("Labelled {label}").format(label=x.label) for x in others]
        question = tr(
            "{count} document(s) are labelled {label}. What should their label become?"
        ).format(count=count, label=label.label)
        answer, given = QInputDialog.getItem(
            self, tr("Remove Document Label"), question, choices, 0, False
        )
        if not given:
            return None
        index = choices.index(answer)
        return TAKE_OFF if index == 0 else others[index - 1].name
