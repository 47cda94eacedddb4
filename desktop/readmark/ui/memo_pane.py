"""The memo pane under the annotation list: the chosen passage in its context, its tag's fields
(and a claim's evidence passages), and its note in full, written over as many lines as it
needs and saved as one undoable change."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from readmark.core.exercise import reason_name
from readmark.core.model import Annotation
from readmark.ui.annotation_model import AnnotationTableModel
from readmark.ui.controller import LibraryController
from readmark.ui.evidence_passages import EvidencePassages
from readmark.ui.field_form import FieldForm
from readmark.ui.translation import tr

# How much of the text around a passage, and of a long passage itself, the pane shows.
CONTEXT_CHARACTERS = 90
SHOWN_PASSAGE = 280
SAVE_HINT = QT_TRANSLATE_NOOP(
    "", "Ctrl+Enter saves (so does moving on) · Esc puts back the saved note"
)


class NoteEditor(QPlainTextEdit):
    """A note's text: Enter and Shift+Enter break the line, Ctrl+Enter saves, Esc reverts, and
    leaving the editor saves."""

    save_requested = Signal()  # on leaving the editor
    commit_requested = Signal()  # Ctrl+Enter
    revert_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.commit_requested.emit()
            else:  # Shift+Enter too: Qt would put a line separator, which notes do not keep
                self.insertPlainText("\n")
            return
        if key == Qt.Key.Key_Escape and not modifiers:
            self.revert_requested.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its own right-click menu
            self.save_requested.emit()


class PaneLayout(QVBoxLayout):
    """The pane's column, remembering the height its contents need at the width last asked for
    until any of them changes (every change invalidates the layout): the splitter asks it
    several times a turn."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._needed: tuple[int, int] | None = None  # (width, height)

    def invalidate(self) -> None:
        self._needed = None
        super().invalidate()

    def minimum_height_for(self, width: int) -> int:
        if self._needed is None or self._needed[0] != width:
            self._needed = (width, self.totalMinimumHeightForWidth(width))
        return self._needed[1]


class MemoPane(QWidget):
    # What Ctrl+Enter did, for the status bar (and so for screen readers): the key's name is
    # all a reader would otherwise say.
    said = Signal(str)

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

        self.context = QLabel(self)
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.context.setStyleSheet("color: palette(placeholder-text);")
        self.fields = FieldForm(controller, self)
        self.evidence = EvidencePassages(controller, model, self)
        self.editor = NoteEditor(self)
        self.editor.setAccessibleName(tr("Note"))
        self.editor.setTabChangesFocus(True)  # Tab leaves the note, as in the other panes
        self.editor.save_requested.connect(self.save)
        self.editor.commit_requested.connect(self._commit)
        self.editor.revert_requested.connect(self.revert)
        hint = QLabel(tr(SAVE_HINT), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text); font-size: small;")

        self._layout = layout = PaneLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.context)
        layout.addWidget(self.fields)
        layout.addWidget(self.evidence)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)

        controller.annotation_changed.connect(self.passage_changed)
        controller.annotation_removed.connect(self.passage_removed)
        controller.tags_changed.connect(self._show_fields)  # fields added or changed
        self.show_annotation(None)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # At the pane's width, with the passage's wrapped lines: the splitter then leaves the
        # fields room, rather than squeezing their lists through the middle of the text.
        hint = super().minimumSizeHint()
        needed = self._layout.minimum_height_for(max(self.width(), hint.width()))
        return QSize(hint.width(), max(hint.height(), needed))

    @property
    def annotation(self) -> Annotation | None:
        return self._annotation

    def show_annotation(self, annotation: Annotation | None) -> None:
        """Shows a passage's note, first saving the one being written."""
        shown = self._annotation
        if annotation is not None and shown is not None and annotation.id == shown.id:
            return
        self.save()
        self._annotation = annotation
        self.editor.setEnabled(annotation is not None)
        self.editor.setPlaceholderText(
            tr("Write a note on this passage")
            if annotation
            else tr("Choose a passage to write its note")
        )
        self.context.setText(self._context_html(annotation) if annotation else "")
        self._show_fields()
        self.revert()

    def save(self) -> bool:
        """Stores the note as written, as one undoable step, if it changed; whether it did."""
        written = self.editor.toPlainText()
        # Compared as shown: a note kept with spaces around it (an imported one) is no change.
        if self._annotation is None or written == self._annotation.note:
            return False
        return self._controller.set_note(self._annotation, written.strip())

    def _commit(self) -> None:
        if self._annotation is not None:
            saved = self.save()
            self.said.emit(
                tr("Note saved. Ctrl+Z undoes it.") if saved else tr("The note has not changed.")
            )

    def _show_fields(self) -> None:
        annotation = self._annotation
        tags = {tag.id: tag for tag in self._controller.tags}
        tag = tags.get(annotation.tag_id) if annotation else None
        self.fields.show_annotation(annotation, tag)
        self.evidence.show_annotation(annotation, tag)
        self.updateGeometry()  # a minimum of its own with the fields shown: see minimumSizeHint

    def revert(self) -> None:
        self.editor.setPlainText(self._annotation.note if self._annotation else "")

    def _context_html(self, annotation: Annotation) -> str:
        """The passage in bold, with the words before and after it, on a few lines."""
        passage = self._model.passage(annotation)
        document = self._controller.document
        before = after = ""
        if document is not None and not annotation.orphaned:
            text = document.text
            before = text[max(0, annotation.start - CONTEXT_CHARACTERS) : annotation.start]
            after = text[annotation.end : annotation.end + CONTEXT_CHARACTERS]
            before = "…" + before.split(" ", 1)[-1] if annotation.start > len(before) else before
            after = after.rsplit(" ", 1)[0] + "…" if len(after) == CONTEXT_CHARACTERS else after
        if len(passage) > SHOWN_PASSAGE:
            half = SHOWN_PASSAGE // 2
            passage = f"{passage[:half]} … {passage[-half:]}"

        def shown(part: str) -> str:
            return escape(" ".join(part.split()))

        html = (
            f"{shown(before)} <b style='color: palette(text)'>{shown(passage)}</b> {shown(after)}"
        )
        if annotation.reason:  # a student's, in an exercise
            reason = reason_name(annotation.reason)
            html += "<br>" + tr("Reason: {reason}").format(reason=f"<i>{escape(reason)}</i>")
        return html

    # Slots of the controller's changes, and called for those another program made (a sync).

    def passage_changed(self, annotation: Annotation) -> None:
        shown = self._annotation
        if shown is None or shown.id != annotation.id:
            return
        self._annotation = annotation
        if annotation.reason != shown.reason:
            self.context.setText(self._context_html(annotation))
        if annotation.tag_id != shown.tag_id:
            self._show_fields()  # retagged: the other tag's fields
        else:
            self.fields.passage_changed(annotation)
        if self.editor.toPlainText() == shown.note or not self.editor.hasFocus():
            self.revert()  # an undo, or a change from elsewhere, and nothing unsaved lost

    def passage_removed(self, annotation: Annotation) -> None:
        if self._annotation is not None and self._annotation.id == annotation.id:
            self._annotation = None  # gone: nothing to save it to
            self.show_annotation(None)
