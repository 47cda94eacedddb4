"""The classroom's dialogs: making an exercise, a student's feedback, a teacher's class results,
and the bar that shows an exercise's instructions above the reader."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from readmark.core.curation import CONSENSUS
from readmark.core.exercise import StudentExercise
from readmark.core.exercise_feedback import matching_rules
from readmark.core.model import Tag
from readmark.ui.colours import LIGHT, tag_icon
from readmark.ui.notice_bar import NoticeBar
from readmark.ui.offline_text import offline_browser
from readmark.ui.screen_fit import fitted
from readmark.ui.table_columns import PassageColumnFit
from readmark.ui.translation import counted, tr

if TYPE_CHECKING:  # a class's results are read when first asked for
    from readmark.core.class_results import ClassResults, Table

# A passage most of the class missed, in the results table.
MISSED_MARK = QColor("#f4c7b0")


@dataclass(frozen=True)
class ExerciseChoice:
    tags: tuple[str, ...]
    instructions: str
    with_key: bool
    reveal_key: bool
    key_coder: str | None = None  # whose passages make the key; None: the teacher's own


class MakeExerciseDialog(QDialog):
    """The tags in play, the instructions, and whether the key goes in and may be shown; the
    key is the teacher's passages or, when a team curated one, the agreed version."""

    def __init__(
        self,
        title: str,
        tags: Sequence[Tag],
        key_counts: dict[int, int],
        parent: QWidget,
        consensus_counts: dict[int, int] | None = None,
    ) -> None:
        """`key_counts`, `consensus_counts`: the teacher's and the consensus's passages per tag."""
        super().__init__(parent)
        self.setWindowTitle(tr("Make Exercise"))
        self._counts = key_counts
        self._consensus_counts = consensus_counts or {}
        layout = QVBoxLayout(self)
        heading = QLabel(tr("An exercise of “{title}”").format(title=title), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        layout.addLayout(form)
        tag_row = QWidget(self)
        tag_layout = QHBoxLayout(tag_row)
        tag_layout.setContentsMargins(0, 0, 0, 0)
        self.tags: list[tuple[Tag, QCheckBox]] = []
        for tag in tags:
            box = QCheckBox(tag.name, tag_row)
            box.setIcon(tag_icon(tag.colour))
            box.setChecked(True)
            box.toggled.connect(self._update)
            tag_layout.addWidget(box)
            self.tags.append((tag, box))
        tag_layout.addStretch(1)
        form.addRow(tr("&Tags in play:"), tag_row)
        self.instructions = QPlainTextEdit(self)
        self.instructions.setPlaceholderText(tr("What the students should do, in a few sentences."))
        self.instructions.setTabChangesFocus(True)
        form.addRow(tr("&Instructions:"), self.instructions)
        self.with_key = QCheckBox(self)
        self.with_key.toggled.connect(self._update)
        form.addRow("", self.with_key)
        self.from_consensus = QCheckBox(
            tr("Take the key from the &agreed version (Tools > Curate)")
        )
        self.from_consensus.setVisible(bool(self._consensus_counts))
        self.from_consensus.toggled.connect(self._update)
        form.addRow("", self.from_consensus)
        self.reveal_key = QCheckBox(tr("Show the key to students when they check their work"), self)
        form.addRow("", self.reveal_key)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save Exercise…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.with_key.setChecked(self._key_size() > 0)
        self._update()

    def choice(self) -> ExerciseChoice:
        return ExerciseChoice(
            tags=tuple(tag.name for tag, box in self.tags if box.isChecked()),
            instructions=self.instructions.toPlainText().strip(),
            with_key=self.with_key.isChecked(),
            reveal_key=self.with_key.isChecked() and self.reveal_key.isChecked(),
            key_coder=CONSENSUS if self._agreed_key() else None,
        )

    def _agreed_key(self) -> bool:
        return self.from_consensus.isVisible() and self.from_consensus.isChecked()

    def _key_size(self) -> int:
        counts = self._consensus_counts if self._agreed_key() else self._counts
        return sum(counts.get(tag.id, 0) for tag, box in self.tags if box.isChecked())

    def _update(self) -> None:
        size = self._key_size()
        if self._agreed_key():
            text = (
                tr("Include an answer key: the agreed version's 1 tagged passage of these tags")
                if size == 1
                else tr(
                    "Include an answer key: the agreed version's {size} tagged passages of these "
                    "tags"
                )
            )
        else:
            text = (
                tr("Include an answer key: your 1 tagged passage of these tags")
                if size == 1
                else tr("Include an answer key: your {size} tagged passages of these tags")
            )
        self.with_key.setText(text.format(size=size))
        self.reveal_key.setEnabled(self.with_key.isChecked())
        self.from_consensus.setEnabled(self.with_key.isChecked())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(box.isChecked() for _, box in self.tags))


class FeedbackDialog(QDialog):
    """The student's work checked: scores, the rules, and the article coloured by category."""

    def __init__(self, page: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Check My Work"))
        self.resize(fitted(QSize(760, 820), self))
        layout = QVBoxLayout(self)
        self.browser = offline_browser(self)
        self.browser.setAccessibleName(tr("Your work checked"))
        self.browser.setHtml(page)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ClassResultsDialog(QDialog):
    """Per key passage (most often missed first) and per student, exportable."""

    export_chosen = Signal(object)  # the table to export as CSV ("passages"/"students"), or None

    def __init__(
        self, results: ClassResults, title: str, colours: dict[str, str], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._colours = colours
        self.setWindowTitle(tr("Class Results — {title}").format(title=title))
        self.resize(fitted(QSize(1180, 600), self))
        self.results = results
        layout = QVBoxLayout(self)
        count = len(results.students)
        students = counted(tr("%n student(s).", "", count), count)
        summary = QLabel(f"{students} {matching_rules(to_student=False)}", self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.tabs = QTabWidget(self)
        self.passages = self._table("passages")
        self.students = self._table("students")
        self.tabs.addTab(self.passages, tr("Key passages (most missed first)"))
        self.tabs.addTab(self.students, tr("Students"))
        from readmark.ui.confusion_view import ConfusionView  # with the results, when asked

        self.confusion = ConfusionView(results.confusion, colours, self)
        self.tabs.addTab(self.confusion, tr("Claim or opinion?"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        csv_button = QPushButton(tr("Export Table as &CSV…"), self)
        csv_button.clicked.connect(lambda: self.export_chosen.emit(self.shown_table()))
        excel_button = QPushButton(tr("Export All as &Excel…"), self)
        excel_button.clicked.connect(lambda: self.export_chosen.emit(None))
        buttons.addButton(csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def shown_table(self) -> Table:
        shown = self.tabs.currentWidget()
        if shown is self.confusion:
            return "confusion"
        return "passages" if shown is self.passages else "students"

    def _table(self, table: Table) -> QTableView:
        from readmark.core.class_results import (
            FIRST_TAGGED_AS_COLUMN,
            MISSED_COLUMN,
            PASSAGE_COLUMN,
            TAG_COLUMN,
            table_rows,
        )

        header, rows = table_rows(self.results, table)
        model = QStandardItemModel(len(rows), len(header), self)
        if table == "passages":  # "tagged as" over the tag's name: columns as narrow as counts
            for column, tag in enumerate(self.results.tags, start=FIRST_TAGGED_AS_COLUMN):
                before, _, after = header[column].rpartition(f" {tag}")
                header[column] = f"{before}\n{tag}{after}" if before else header[column]
        model.setHorizontalHeaderLabels(header)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QStandardItem()
                item.setData(value, Qt.ItemDataRole.DisplayRole)
                item.setEditable(False)
                if isinstance(value, str):
                    item.setToolTip(value)
                model.setItem(row, column, item)
        if table == "passages":
            self._mark_missed(model, MISSED_COLUMN)
            for row, result in enumerate(self.results.passages):
                colour = self._colours.get(result.passage.tag)
                if colour:
                    model.item(row, TAG_COLUMN).setIcon(tag_icon(colour))
        view = QTableView(self)
        view.setModel(model)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        view.setAccessibleName(tr("Key passages") if table == "passages" else tr("Students"))
        view.verticalHeader().hide()
        if table == "passages":
            PassageColumnFit(view, PASSAGE_COLUMN)
        else:
            view.resizeColumnsToContents()
        return view

    def _mark_missed(self, model: QStandardItemModel, column: int) -> None:
        # The passages most of the class missed are what the next lesson is about.
        students = max(1, len(self.results.students))
        for row, result in enumerate(self.results.passages):
            share = result.missed / students
            if share >= 0.5:
                item = model.item(row, column)
                item.setBackground(QBrush(MISSED_MARK))
                item.setForeground(QBrush(LIGHT.ink))  # dark on the mark, in a dark desktop too


class ExerciseBanner(NoticeBar):
    """Above the reader while an exercise is open: its instructions and what to do next. Its
    buttons trigger the menu's actions, so that a click does what the menu item does (a button's
    `checked` never reaches a slot that takes a path)."""

    def __init__(self, check: QAction, export: QAction, parent: QWidget):
        super().__init__("exercise-banner", parent)
        self.check_button = self.add_button(tr("Check My Work"))
        self.check_button.clicked.connect(check.trigger)
        self.add_button(tr("Export My Work…")).clicked.connect(export.trigger)

    def show_exercise(self, exercise: StudentExercise) -> None:
        instructions = " ".join((exercise.instructions or tr("Tag the passages.")).split())
        self.check_button.setVisible(exercise.has_key)
        tags = ", ".join(exercise.tag_names)
        self.say(
            tr("Exercise: {instructions} Tags: {tags}.").format(
                instructions=instructions, tags=tags
            )
        )
