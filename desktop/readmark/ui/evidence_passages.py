"""A claim's evidence among the library's passages, under its fields in the memo pane: the
passages linked as supporting or contradicting it, each with its words, and "Add Evidence
Passage…" (Ctrl+Shift+B), which picks one with the keys alone as "Link to…" does. Addresses
are typed in the evidence field; passages are linked, never typed by id."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from readmark.core.fields import EVIDENCE
from readmark.core.links import EVIDENCE_CHOICES, evidence_links
from readmark.core.model import Annotation, Tag
from readmark.ui.annotation_model import AnnotationTableModel
from readmark.ui.controller import LibraryController
from readmark.ui.links_pane import LINK_WORDS_SHOWN, link_by_dialog, shown_words
from readmark.ui.translation import tr


class EvidencePassages(QWidget):
    def __init__(
        self,
        controller: LibraryController,
        model: AnnotationTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = model
        self._annotation: Annotation | None = None

        self.passages = QLabel(self)
        self.passages.setWordWrap(True)
        self.passages.setTextFormat(Qt.TextFormat.RichText)
        self.passages.setAccessibleName(tr("Evidence passages"))
        self.add_action = QAction(tr("Add &Evidence Passage…"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.setToolTip(
            tr("Link a passage that supports or contradicts this claim (Ctrl+Shift+B)")
        )
        self.add_action.triggered.connect(self.add)
        self.button = QPushButton(tr("Add Evidence Passage…"), self)
        self.button.setToolTip(self.add_action.toolTip())
        self.button.clicked.connect(self.add_action.trigger)
        self.addAction(self.add_action)

        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addWidget(self.passages)
        self._column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

        controller.links_changed.connect(self.refresh)
        self.show_annotation(None, None)

    def show_annotation(self, annotation: Annotation | None, tag: Tag | None) -> None:
        """Shown for a passage whose tag has an evidence field (a claim's, by default)."""
        wanted = tag is not None and any(spec.name == EVIDENCE for spec in tag.fields)
        self._annotation = annotation if wanted else None
        self.add_action.setEnabled(self._annotation is not None)
        self.setVisible(self._annotation is not None)
        self.refresh()

    def add(self) -> None:
        if self._annotation is not None:
            link_by_dialog(
                self._controller,
                self._model,
                self._annotation,
                self.window(),
                EVIDENCE_CHOICES,
                tr("Add Evidence Passage"),
            )

    def refresh(self) -> None:
        """One line per evidence passage: how it bears on the claim, and its words."""
        if self._annotation is None:
            self.passages.clear()
            return
        seen = evidence_links(self._annotation.id, self._controller.links)
        wanted = {s.other_id for s in seen}
        by_id = {a.id: a for a in self._model.annotations if a.id in wanted} if wanted else {}
        lines = []
        for link in seen:
            other = by_id.get(link.other_id)
            if other is None:
                continue  # in another document: its words are not at hand
            relation = tr(LINK_WORDS_SHOWN[link.words])
            lines.append(f"{escape(relation)}: “{escape(shown_words(self._model, other))}”")
        self.passages.setText("<br>".join(lines))
        self.passages.setVisible(bool(lines))
        # Its height told now, not a turn later: the memo pane asks for its minimum before then.
        self._column.invalidate()
        self.updateGeometry()
