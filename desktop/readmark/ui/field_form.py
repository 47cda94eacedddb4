"""The chosen passage's fields in the memo pane, one editor per field as its kind asks: a list
to pick from for a choice, a line for text, a number, a date or links. Each value is saved as
one undoable change when picked or when the line is left; a value its field cannot hold is
refused with the reason, and Esc puts back the saved one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from readmark.core.fields import FieldError, FieldSpec, checked_value, value_of
from readmark.core.model import Annotation, Tag
from readmark.ui.controller import LibraryController
from readmark.ui.translation import tr

PLACEHOLDERS = {
    "text": "",
    "number": "a number",
    "date": "YYYY-MM-DD",
    "link": "https://…, separated by spaces",
}
NO_CHOICE = "—"  # a choice field's first entry: no value yet


class FieldPage(QWidget):
    """The editors of one set of fields, with the line that says why a value was refused."""

    def __init__(self, specs: tuple[FieldSpec, ...], form: FieldForm) -> None:
        super().__init__(form)
        self.specs = specs
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self.problem.setAccessibleName(tr("Field problem"))
        self.problem.hide()
        self.editors: dict[str, QComboBox | QLineEdit] = {}
        for spec in specs:
            editor = form.editor(spec, self)
            named = spec.name[:1].upper() + spec.name[1:]
            editor.setAccessibleName(named)
            if spec.description:
                editor.setToolTip(spec.description)
            self.editors[spec.name] = editor
            layout.addRow(f"{named}:", editor)
        layout.addRow(self.problem)


class FieldForm(QWidget):
    # Pages kept for the tags met last: tagging with one tag and then another, or undoing in
    # turn, would otherwise make the editors anew each time.
    PAGES_KEPT = 8

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._annotation: Annotation | None = None
        self._pages: dict[tuple[FieldSpec, ...], FieldPage] = {}
        self._page = FieldPage((), self)
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 4, 0, 0)
        self._column.addWidget(self._page)
        # Each row at its full height: squeezed, a list's text is cut through the middle.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setVisible(False)

    @property
    def editors(self) -> dict[str, QComboBox | QLineEdit]:
        """The editors of the fields shown (or shown last), by field name."""
        return self._page.editors

    @property
    def problem(self) -> QLabel:
        return self._page.problem

    def show_annotation(self, annotation: Annotation | None, tag: Tag | None) -> None:
        """Shows the passage's fields (none for a tag without fields, or no passage)."""
        specs = tag.fields if tag is not None and annotation is not None else ()
        if specs and specs != self._page.specs:
            self._show_page(specs)
        self._annotation = annotation if specs else None
        self.problem.hide()
        self.revert()
        self.setVisible(bool(specs))

    def _show_page(self, specs: tuple[FieldSpec, ...]) -> None:
        page = self._pages.pop(specs, None)
        if page is None:
            page = FieldPage(specs, self)
            self._column.addWidget(page)
            if len(self._pages) >= self.PAGES_KEPT:
                oldest = next(iter(self._pages))
                self._pages.pop(oldest).deleteLater()
        self._pages[specs] = page  # the last met, last in order
        self._page.hide()
        page.show()
        self._page = page

    @property
    def annotation(self) -> Annotation | None:
        """The passage whose fields are shown, None while none are."""
        return self._annotation

    def revert(self) -> None:
        """Every editor shows its field's saved value."""
        values = self._annotation.field_values if self._annotation is not None else ()
        for spec in self._page.specs:
            self._show_value(spec, value_of(values, spec.name))

    def passage_changed(self, annotation: Annotation) -> None:
        """Takes a change made elsewhere (an undo, a sync); a line being typed in is kept."""
        if self._annotation is None or self._annotation.id != annotation.id:
            return
        self._annotation = annotation
        values = annotation.field_values
        for spec in self._page.specs:
            editor = self.editors[spec.name]
            if not (isinstance(editor, QLineEdit) and editor.isModified()):
                self._show_value(spec, value_of(values, spec.name))

    def save(self, spec: FieldSpec) -> None:
        """Stores what the field's editor holds, if it changed and the field can hold it."""
        annotation = self._annotation
        if annotation is None:
            return
        editor = self.editors[spec.name]
        typed = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        if typed == NO_CHOICE and isinstance(editor, QComboBox):
            typed = ""
        try:
            value = checked_value(spec, typed)
        except FieldError as error:
            self.problem.setText(
                tr("Not saved: {error}. Esc puts back the saved value.").format(error=error)
            )
            self.problem.show()
            return
        self.problem.hide()
        if value != value_of(annotation.field_values, spec.name):
            self._controller.set_field(annotation, spec.name, value)
        self._show_value(spec, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Esc in a line puts back the saved value rather than leaving the pane.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QLineEdit)
        ):
            self.problem.hide()
            self.revert()
            return True
        return super().eventFilter(watched, event)

    def editor(self, spec: FieldSpec, page: FieldPage) -> QComboBox | QLineEdit:
        """An editor of the field on `page`, saving through this form."""
        if spec.kind == "choice":
            combo = QComboBox(page)
            combo.addItems([NO_CHOICE, *spec.choices])
            combo.activated.connect(lambda _index, spec=spec: self.save(spec))
            return combo
        line = QLineEdit(page)
        line.setPlaceholderText(PLACEHOLDERS[spec.kind])
        line.setClearButtonEnabled(True)
        line.editingFinished.connect(lambda spec=spec: self.save(spec))
        line.installEventFilter(self)
        return line

    def _show_value(self, spec: FieldSpec, value: str) -> None:
        editor = self.editors[spec.name]
        if isinstance(editor, QComboBox):
            index = editor.findText(value) if value else 0
            if index < 0:  # a value from before the choices changed: kept, shown as it is
                editor.addItem(value)
                index = editor.count() - 1
            editor.setCurrentIndex(index)
        else:
            editor.setText(" ".join(value.split()) if spec.kind == "link" else value)
            editor.setCursorPosition(0)  # a long address shows its beginning
