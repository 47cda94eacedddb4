"""The codebook: add, edit, reorder, group, merge and delete tags; add a preset's tags; share
it as a .qdc file."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from readmark.core.codebook import CodebookError, read_qdc, write_qdc
from readmark.core.fields import FieldError, fields_text, parse_fields_text
from readmark.core.model import Tag, TagSpec
from readmark.ui.accessibility import describe_key_field
from readmark.ui.colours import tag_icon
from readmark.ui.controller import LibraryController
from readmark.ui.file_dialogs import CODEBOOKS, file_types, open_file_name, save_file_name
from readmark.ui.offline_text import plain_text
from readmark.ui.preset_dialog import PresetDialog
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import tr

TAG_ID_ROLE = Qt.ItemDataRole.UserRole
# How a tag's passages may be underlined in the reader, beside their tint.
UNDERLINES = {"none": "None", "solid": "Solid", "dotted": "Dotted", "wavy": "Wavy"}


class TagEditor(QDialog):
    """Name, colour, key, description, group and fields of one tag."""

    def __init__(
        self,
        tags: list[Tag],
        tag: Tag | None,
        command_keys: dict[str, str],
        parent: QWidget | None = None,
        underline: str = "none",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit Tag") if tag else tr("New Tag"))
        self._others = [t for t in tags if tag is None or t.id != tag.id]
        self._command_keys = command_keys
        self.colour = QColor(tag.colour if tag else "#56B4E9")
        self.name = QLineEdit(tag.name if tag else "", self)
        self.colour_button = QPushButton(self)
        self.colour_button.clicked.connect(self._choose_colour)
        self.key = QKeySequenceEdit(QKeySequence(tag.shortcut if tag else ""), self)
        self.key.setMaximumSequenceLength(1)
        describe_key_field(self.key, tr("Press the key that tags a selection with this tag."))
        self.description = QPlainTextEdit(tag.description if tag else "", self)
        self.description.setPlaceholderText(
            tr("What passages this tag is for (shown as a tooltip)")
        )
        self.group = self._build_group_choice(tags, tag)
        self._known_fields = tag.fields if tag else ()
        self.fields = self._build_fields_edit()
        self.setMinimumWidth(480)  # a choice field's values on one line
        self.underline = self._build_underline_choice(underline)
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Colour"), self.colour_button)
        form.addRow(tr("&Key"), self.key)
        form.addRow(tr("&Group"), self.group)
        form.addRow(tr("&Underline"), self.underline)
        form.addRow(tr("&Description"), self.description)
        form.addRow(tr("&Fields"), self.fields)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_colour()

    def _build_group_choice(self, tags: list[Tag], tag: Tag | None) -> QComboBox:
        """The group the tag sits in: none, or a tag that is not in a group itself."""
        group = QComboBox(self)
        group.addItem(tr("(no group)"), None)
        for other in self._others:
            if other.parent_id is None:
                group.addItem(other.name, other.id)
        has_children = tag is not None and any(t.parent_id == tag.id for t in tags)
        group.setEnabled(not has_children)  # groups go one level deep
        group.setCurrentIndex(max(0, group.findData(tag.parent_id if tag else None)))
        return group

    def _build_fields_edit(self) -> QPlainTextEdit:
        fields = QPlainTextEdit(fields_text(self._known_fields), self)
        fields.setPlaceholderText(
            tr(
                "What its passages record, one a line: “verdict: choice (true, false)”, "
                "“evidence: link”; kinds: text, choice, number, date, link"
            )
        )
        fields.setTabChangesFocus(True)
        return fields

    def _build_underline_choice(self, underline: str) -> QComboBox:
        choice = QComboBox(self)
        for style, label in UNDERLINES.items():
            choice.addItem(label, style)
        choice.setCurrentIndex(max(0, choice.findData(underline)))
        choice.setToolTip(tr("Underlines its passages too, so the colour is not all"))
        return choice

    def problem(self) -> str:
        """Why the values cannot be saved, or "" if they can."""
        name = self.name.text().strip()
        key = self.key.keySequence().toString()
        if not name:
            return tr("A tag needs a name.")
        if any(t.name.casefold() == name.casefold() for t in self._others):
            return tr("There is already a tag called “{name}”.").format(name=name)
        # Two uses of one key would both go dead: Qt runs neither on an ambiguous key.
        taken_by = self._command_keys.get(key) or next(
            (t.name for t in self._others if t.shortcut == key), None
        )
        if key and taken_by:
            return tr("The key {key} is already in use by {command}.").format(
                key=key, command=taken_by
            )
        try:
            parse_fields_text(self.fields.toPlainText())
        except FieldError as error:
            return tr("The fields cannot be read: {error}.").format(error=error)
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            QMessageBox.warning(self, tr("Tag"), plain_text(problem))
            return
        super().accept()

    def values(self) -> TagSpec:
        return TagSpec(
            self.name.text().strip(),
            self.colour.name().upper(),
            self.key.keySequence().toString(),
            self.description.toPlainText().strip(),
            self.group.currentData(),
            parse_fields_text(self.fields.toPlainText(), self._known_fields),
        )

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(self.colour, self, "Tag Colour")
        if chosen.isValid():
            self.colour = chosen
            self._show_colour()

    def _show_colour(self) -> None:
        self.colour_button.setIcon(tag_icon(self.colour.name()))
        self.colour_button.setText(self.colour.name().upper())


class CodebookDialog(QDialog):
    def __init__(
        self,
        controller: LibraryController,
        command_keys: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        """`command_keys`: the keys the window's commands take, each with the command's name."""
        super().__init__(parent)
        self._controller = controller
        self._command_keys = command_keys
        self.setWindowTitle(tr("Codebook"))
        self.resize(fitted(QSize(620, 440), self))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Tags"))
        self.tree.setHeaderLabels([tr("Tag"), tr("Key"), tr("Description")])
        self.tree.setColumnWidth(0, 200)
        self.tree.setColumnWidth(1, 50)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_tag())
        buttons = QVBoxLayout()
        for label, slot in (
            (tr("&New Tag…"), self.new_tag),
            (tr("&Edit…"), self.edit_tag),
            (tr("Move &Up"), lambda: self.move_chosen(-1)),
            (tr("Move &Down"), lambda: self.move_chosen(1)),
            (tr("&Merge Into…"), self.merge_tag),
            (tr("De&lete…"), self.delete_tag),
            (tr("E&xport…"), self.export_codebook),
            (tr("&Import…"), self.import_codebook),
            (tr("Add from &Preset…"), self.add_preset),
        ):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        columns = QHBoxLayout()
        columns.addWidget(self.tree, 1)
        columns.addLayout(buttons)
        self.outcome = QLabel(self)  # what the last preset added
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.close_buttons)
        controller.tags_changed.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        chosen = self.chosen()
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        tags = self._controller.tags
        for tag in sorted(tags, key=lambda t: (t.parent_id is not None, t.position)):
            parent = items.get(tag.parent_id) if tag.parent_id is not None else None
            item = QTreeWidgetItem(parent or self.tree, [tag.name, tag.shortcut, tag.description])
            item.setIcon(0, tag_icon(tag.colour))
            item.setToolTip(2, tag.description)
            item.setData(0, TAG_ID_ROLE, tag.id)
            items[tag.id] = item
        self.tree.expandAll()
        if chosen is not None and chosen.id in items:
            self.tree.setCurrentItem(items[chosen.id])

    def chosen(self) -> Tag | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        tag_id = item.data(0, TAG_ID_ROLE)
        return next((t for t in self._controller.tags if t.id == tag_id), None)

    def new_tag(self) -> None:
        editor = TagEditor(self._controller.tags, None, self._command_keys, self)
        if self._ask(editor):
            spec = editor.values()
            self._controller.add_tag(spec)
            added = next((t for t in self._controller.tags if t.name == spec.name), None)
            if added is not None:
                self._controller.set_tag_underline(added.id, editor.underline.currentData())

    def edit_tag(self) -> None:
        tag = self.chosen()
        if tag is None:
            return
        underline = self._controller.tag_underlines().get(tag.id, "none")
        editor = TagEditor(self._controller.tags, tag, self._command_keys, self, underline)
        if self._ask(editor):
            self._controller.set_tag_underline(tag.id, editor.underline.currentData())
            spec = editor.values()
            self._controller.update_tag(
                replace(
                    tag,
                    name=spec.name,
                    colour=spec.colour,
                    shortcut=spec.shortcut,
                    description=spec.description,
                    parent_id=spec.parent_id,
                    fields=spec.fields,
                )
            )

    def move_chosen(self, step: int) -> None:
        """Moves the chosen tag up (-1) or down (1) the codebook (not QWidget.move)."""
        tag = self.chosen()
        if tag is not None:
            self._controller.move_tag(tag.id, step)

    def merge_tag(self) -> None:
        tag = self.chosen()
        target = self._other_tag(tag, f"Merge “{tag.name}” into:" if tag else "")
        if tag is not None and target is not None:
            self._controller.remove_tag(tag.id, target.id)

    def delete_tag(self) -> None:
        tag = self.chosen()
        if tag is None:
            return
        count = self._controller.annotations_with_tag(tag.id)
        if count == 0:
            self._controller.remove_tag(tag.id, None)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete Tag",
            plain_text(
                f"“{tag.name}” is on {count} passage{'' if count == 1 else 's'}. What should "
                "happen to them?"
            ),
            parent=self,
        )
        move = box.addButton(tr("Move Them to Another Tag…"), QMessageBox.ButtonRole.AcceptRole)
        delete = box.addButton(tr("Delete Them Too"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._ask(box)
        if box.clickedButton() is delete:
            self._controller.remove_tag(tag.id, None)
        elif box.clickedButton() is move:
            moved = tr("Move the passages of “{tag}” to:").format(tag=tag.name)
            target = self._other_tag(tag, moved)
            if target is not None:
                self._controller.remove_tag(tag.id, target.id)

    def export_codebook(self) -> None:
        path, _ = save_file_name(
            self,
            self._controller,
            CODEBOOKS,
            tr("Export Codebook"),
            "Codebook.qdc",
            file_types((tr("REFI-QDA codebook"), "*.qdc")),
        )
        if path is None:
            return
        try:
            with path.open("wb") as stream:
                write_qdc(self._controller.tags, stream)
        except OSError as error:
            QMessageBox.warning(
                self,
                tr("Export Codebook"),
                plain_text(tr("Could not write “{path}”: {error}.").format(path=path, error=error)),
            )

    def import_codebook(self) -> None:
        codebooks = file_types((tr("REFI-QDA codebook"), "*.qdc"))
        path = open_file_name(self, self._controller, CODEBOOKS, tr("Import Codebook"), codebooks)
        if path is None:
            return
        try:
            entries = read_qdc(path.read_bytes())
        except (OSError, CodebookError) as error:
            refused = tr("“{name}” was not imported: {error}.").format(name=path.name, error=error)
            QMessageBox.warning(self, tr("Import Codebook"), plain_text(refused))
            return
        self._controller.import_codebook(entries)

    def add_preset(self) -> None:
        chooser = PresetDialog(self._controller.tags, self)
        preset = chooser.chosen() if self._ask(chooser) else None
        if preset is not None:
            self.outcome.setText(self._controller.add_preset(preset))

    def _other_tag(self, tag: Tag | None, prompt: str) -> Tag | None:
        if tag is None:
            return None
        others = [t for t in self._controller.tags if t.id != tag.id]
        names = [t.name for t in others]
        name, chosen = QInputDialog.getItem(self, tr("Choose a Tag"), prompt, names, 0, False)
        return others[names.index(name)] if chosen and name in names else None

    def _ask(self, dialog: QDialog | QMessageBox) -> bool:
        """Shows a dialog and says whether it was accepted; a seam the tests answer."""
        return bool(dialog.exec() == QDialog.DialogCode.Accepted)
