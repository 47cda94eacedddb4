"""Choosing a codebook preset: each preset's tags, definitions and source, before adding them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from readmark.core.model import Tag
from readmark.core.presets import PRESETS, Preset, preset_additions
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import tr


class PresetDialog(QDialog):
    """A list of presets and, for the one chosen, what adding it would bring."""

    def __init__(self, tags: list[Tag], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add Tags from a Preset"))
        self.resize(fitted(QSize(720, 420), self))
        self._tags = tags
        self.presets = QListWidget(self)
        self.presets.setAccessibleName(tr("Presets"))
        self.presets.setWordWrap(True)  # long names wrap rather than hide behind a scroll bar
        for preset in PRESETS:
            self.presets.addItem(preset.name)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Tags of the preset"))
        note = QLabel(
            tr(
                "Adds the tags your codebook does not have yet. Tags you have keep their colour, "
                "key and description, and no passage changes. Undo takes the whole step back."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(tr("&Add Tags"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        columns.addWidget(self.presets, 1)
        columns.addWidget(self.details, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.presets.currentRowChanged.connect(self._show)
        self.presets.itemDoubleClicked.connect(lambda _: self.accept())
        self.presets.setCurrentRow(0)
        self.presets.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> Preset | None:
        row = self.presets.currentRow()
        return PRESETS[row] if 0 <= row < len(PRESETS) else None

    def _show(self) -> None:
        preset = self.chosen()
        if preset is None:
            self.details.clear()
            return
        present = set(preset_additions(preset, self._tags).present)
        lines = [preset.summary, ""]
        for tag in preset.tags:
            mark = "  (already in your codebook)" if tag.name in present else ""
            lines.append(f"• {tag.name}{mark}\n  {tag.description}")
        lines += ["", f"Source: {preset.source}"]
        self.details.setPlainText("\n".join(lines))
        self.add_button.setEnabled(len(present) < len(preset.tags))
