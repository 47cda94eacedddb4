"""The window's classroom: making an exercise of a document, opening one as a student, checking
and exporting the work, reading the class's results, and the printable sheets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu, QMessageBox

from readmark.core.curation import CONSENSUS
from readmark.core.exercise import Exercise, StudentExercise, for_student
from readmark.core.exercise_files import EXERCISE_SUFFIX, WORK_SUFFIX
from readmark.core.model import Document
from readmark.services import classroom
from readmark.services.files import CancelledError
from readmark.ui.background_work import run_in_background
from readmark.ui.controller import LibraryRefusedError
from readmark.ui.exchange_actions import write_report_pdf
from readmark.ui.exercise_dialogs import (
    ClassResultsDialog,
    ExerciseBanner,
    FeedbackDialog,
    MakeExerciseDialog,
)
from readmark.ui.file_dialogs import (
    CLASSROOM,
    file_types,
    open_file_name,
    open_file_names,
    save_file_name,
)
from readmark.ui.library_actions import safe_filename
from readmark.ui.offline_text import plain_text
from readmark.ui.reason_actions import ReasonActions
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.core.class_results import ClassResults, Table
    from readmark.ui.main_window import MainWindow

T = TypeVar("T")


def _exercises(any_file: bool = False) -> str:
    return file_types((tr("Readmark exercise"), f"*{EXERCISE_SUFFIX}"), any_file=any_file)


def _work(any_file: bool = False) -> str:
    return file_types((tr("Readmark work"), f"*{WORK_SUFFIX}"), any_file=any_file)


def install_classroom_actions(window: MainWindow, menu: QMenu) -> ClassroomActions:
    """Adds the classroom's actions to `menu` (the teacher's, then the student's, then the
    sheets) and the exercise banner above the reader; returns the object that carries them out."""
    actions = ClassroomActions(window)
    for group in actions.groups:
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addActions(group)
        if group is actions.groups[1]:  # the student's: a reason for a tag, after the work
            actions.reasons = ReasonActions(window, menu)
    actions.show_exercise()
    return actions


class ClassroomActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.controller = window.controller
        make = self._action(tr("&Make Exercise…"), self.make_exercise)
        opening = self._action(tr("&Open Exercise…"), self.open_exercise)
        check = self._action(tr("&Check My Work"), self.check_work)
        export = self._action(tr("&Export My Work…"), self.export_work)
        results = self._action(tr("Class &Results…"), self.class_results)
        worksheet = self._action(tr("Save &Worksheet as PDF…"), self.print_worksheet)
        answers = self._action(tr("Save &Answer Sheet as PDF…"), self.print_answer_sheet)
        self.groups = [[make, results], [opening, check, export], [worksheet, answers]]
        self.actions = [action for group in self.groups for action in group]
        self.banner = ExerciseBanner(check, export, window)
        window.reader_layout.insertWidget(0, self.banner)
        self.controller.document_opened.connect(self._on_controller_document_opened)
        self.controller.document_closed.connect(self.show_exercise)
        # Once the window has remade its tag actions, whichever slot Qt calls first.
        self.controller.tags_changed.connect(lambda: QTimer.singleShot(0, self, self.show_exercise))
        self.reasons: ReasonActions | None = None

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _role(self, exercise: Exercise | StudentExercise) -> str:
        """ "teacher" in the library that made the exercise, "student" in one that opened it."""
        return self.controller.query(lambda library: classroom.role(library, exercise))

    def exercise(self) -> Exercise | None:
        """The exercise the open document is, if any."""
        document = self.controller.document
        if document is None:
            return None
        return self.controller.query(lambda library: classroom.exercise_of(library, document))

    def student_name(self) -> str:
        """The name on the student's work: asked for once (the login name until then, which
        tells a teacher little), then the name their annotations are made under."""
        if not self.controller.coder_chosen:
            name, ok = QInputDialog.getText(
                self._window,
                tr("Your Name"),
                tr("Your name, for your teacher (Edit > Your Name as Coder changes it later):"),
                text=self.controller.coder,
            )
            if ok and name.strip():
                self.controller.set_coder(name)
        return self.controller.coder

    # The teacher

    def make_exercise(self) -> None:
        document = self.controller.document
        if document is None:
            self._status(tr("Open the document to make an exercise of."))
            return
        counts = self.controller.tag_counts_of(document.id, self.controller.coder)
        agreed = self.controller.tag_counts_of(document.id, CONSENSUS)
        tags = self.controller.tags
        dialog = MakeExerciseDialog(document.title, tags, counts, self._window, agreed)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        path = self._save_path(tr("Save Exercise"), document, EXERCISE_SUFFIX, _exercises())
        if path is not None:
            self.save_exercise(
                path,
                choice.tags,
                choice.instructions,
                choice.with_key,
                choice.reveal_key,
                choice.key_coder,
            )

    def save_exercise(
        self,
        path: Path,
        tags: tuple[str, ...],
        instructions: str,
        with_key: bool,
        reveal: bool,
        key_coder: str | None = None,
    ) -> Exercise | None:
        """`key_coder`: whose passages make the key (None: the teacher's own)."""
        document = self.controller.document
        assert document is not None

        def make() -> Exercise:
            exercise = self.controller.query(
                lambda library: classroom.make_exercise(
                    library, document.id, tags, instructions, with_key, reveal, key_coder
                )
            )
            classroom.export_exercise(exercise, path)
            return exercise

        exercise = self._guarded(tr("The exercise was not saved"), make)
        if exercise is not None:
            if exercise.key is None:
                saved = tr("Saved the exercise (no key) to {path}.")
            else:
                saved = tr("Saved the exercise (with a key of {size}) to {path}.")
            size = len(exercise.key or ())
            self._status(saved.format(size=size, path=path))
        return exercise

    def class_results(self, paths: list[Path] | None = None) -> ClassResultsDialog | None:
        if paths is None:
            paths = open_file_names(
                self._window, self.controller, CLASSROOM, tr("Students' Work"), _work(True)
            )
            if not paths:
                return None
        current = self.exercise()
        mine = current if current and self._role(current) == "teacher" else None

        def read_for(exercise: Exercise | None) -> tuple[Exercise, ClassResults]:
            return run_in_background(
                self._window,
                tr("Class Results"),
                tr("Reading the class's work…"),
                lambda step: self.controller.query_apart(
                    lambda library: classroom.read_class(library, paths, exercise, step)
                ),
            )

        def read() -> tuple[Exercise, ClassResults]:
            try:
                return read_for(mine)
            except classroom.ExerciseNotHereError:
                # Made in another library (at home, say): its file holds the key to score by.
                path = self._exercise_path(tr("The Exercise This Work Is For"))
                if path is None:
                    raise
                return read_for(classroom.read_exercise_file(path))

        try:
            found = self._guarded(tr("The class's work could not be read"), read)
        except CancelledError:
            self._status(tr("Stopped reading the class's work."))
            return None
        if found is None:
            return None
        exercise, results = found
        colours = {t.name: t.colour for t in exercise.tags}
        dialog = ClassResultsDialog(results, exercise.article.title, colours, self._window)
        dialog.export_chosen.connect(lambda table: self.export_results(results, exercise, table))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_results(
        self,
        results: ClassResults,
        exercise: Exercise,
        table: Table | None,
        path: Path | None = None,
    ) -> None:
        suffix, label = (".xlsx", tr("Excel workbook")) if table is None else (".csv", "CSV")
        if path is None:
            name = f"{safe_filename(exercise.article.title)} results"
            target, _ = save_file_name(
                self._window,
                self.controller,
                CLASSROOM,
                tr("Export Class Results"),
                f"{name}{suffix}",
                f"{label} (*{suffix})",
            )
            if target is None:
                return
            path = classroom.with_suffix(target, suffix)
        chosen = path
        if self._done(
            tr("The results were not exported"),
            lambda: classroom.export_results(results, chosen, table),
        ):
            self._status(tr("Exported the class results to {chosen}.").format(chosen=chosen))

    # The student

    def open_exercise(self) -> None:
        path = self._exercise_path(tr("Open Exercise"))
        if path is not None:
            self.open_exercise_file(path)

    def _exercise_path(self, title: str) -> Path | None:
        return open_file_name(self._window, self.controller, CLASSROOM, title, _exercises(True))

    def open_exercise_file(self, path: Path) -> classroom.Opened | None:
        """Adds the exercise's document (and its missing tags) to the library and opens it."""
        opened = self._guarded(
            tr("The exercise was not opened"),
            lambda: self.controller.query(lambda library: classroom.open_exercise(library, path)),
        )
        if opened is None:
            return None
        commands = self._window.commands.command_keys()
        for spec in opened.missing_tags:
            # A key from a file never takes one of the window's own (Ctrl+O, Delete, …).
            self.controller.add_tag(
                spec if spec.shortcut not in commands else replace(spec, shortcut="")
            )
        self.controller.record(opened.changes, f"Open Exercise “{opened.document.title}”")
        self._status(tr("Opened the exercise “{title}”.").format(title=opened.document.title))
        if self._role(opened.exercise) != "teacher":
            self.student_name()  # before tagging, so that the passages carry the name
        return opened

    def check_work(self) -> FeedbackDialog | None:
        document, exercise = self._student_exercise()
        if document is None or exercise is None:
            return None
        student = for_student(exercise)
        feedback = self._guarded(
            tr("Your work could not be checked"),
            lambda: self.controller.query(
                lambda library: classroom.check_work(library, document, student)
            ),
        )
        if feedback is None:
            return None
        from readmark.core.exercise_feedback import feedback_page  # when first asked for

        dialog = FeedbackDialog(feedback_page(document, feedback, datetime.now(UTC)), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def export_work(self, path: Path | None = None) -> Path | None:
        document, exercise = self._student_exercise()
        if document is None or exercise is None:
            return None
        student = self.student_name()
        if not student.strip():
            self._status(tr("Your work was not exported: it needs your name."))
            return None
        if path is None:
            path = self._save_path(
                tr("Export My Work"), document, WORK_SUFFIX, _work(), f" — {student}"
            )
            if path is None:
                return None
        chosen = path
        work = self._guarded(
            tr("Your work was not exported"),
            lambda: self.controller.query(
                lambda library: classroom.export_work(
                    library, document, for_student(exercise), student, chosen
                )
            ),
        )
        if work is None:
            return None
        self._status(
            tr("Exported {count} passages to {path}.").format(count=len(work.passages), path=chosen)
        )
        return chosen

    def _student_exercise(self) -> tuple[Document | None, Exercise | None]:
        document = self.controller.document
        exercise = self.exercise()
        if document is None or exercise is None:
            self._status(tr("Open an exercise first: Classroom > Open Exercise…."))
            return None, None
        return document, exercise

    # The sheets

    def print_worksheet(self, path: Path | None = None) -> Path | None:
        exercise = self.exercise()
        if exercise is None:
            self._status(tr("Make an exercise of this document first, or open one."))
            return None
        from readmark.core.exercise_sheets import worksheet_page  # when first asked for

        page = worksheet_page(for_student(exercise), datetime.now(UTC))
        return self._pdf(page, tr("Worksheet"), path)

    def print_answer_sheet(self, path: Path | None = None) -> Path | None:
        exercise = self.exercise()
        if exercise is None or exercise.key is None:
            self._status(tr("This document is not an exercise with an answer key."))
            return None
        if self._role(exercise) != "teacher" and not exercise.reveal_key:
            self._status(tr("The answer key of this exercise is for the teacher."))
            return None
        from readmark.core.exercise_sheets import answer_sheet_page  # when first asked for

        return self._pdf(answer_sheet_page(exercise, datetime.now(UTC)), tr("Answer sheet"), path)

    def _pdf(self, page: str, kind: str, path: Path | None) -> Path | None:
        document = self.controller.document
        assert document is not None
        if path is None:
            path = self._save_path(
                tr("Save {kind} as PDF").format(kind=kind),
                document,
                ".pdf",
                "PDF (*.pdf)",
                f" — {kind.lower()}",
            )
            if path is None:
                return None
        chosen = path

        def write() -> bool:
            write_report_pdf(page, chosen, kind)
            return True

        if self._guarded(tr("Not saved: {kind}").format(kind=kind), write):
            self._status(tr("{kind} saved to {path}.").format(kind=kind, path=chosen))
            return chosen
        return None

    # The exercise on screen

    def _on_controller_document_opened(self, _document: Document, _shown: object) -> None:
        self.show_exercise()

    def show_exercise(self) -> None:
        """The banner, and only the exercise's tags usable, while a student's exercise is open."""
        exercise = self.exercise()
        student = exercise is not None and self._role(exercise) == "student"
        if student and exercise is not None:
            self.banner.show_exercise(for_student(exercise))
        else:
            self.banner.hide()
        if self.reasons is not None:
            self.reasons.set_enabled(student)
        in_play = set(exercise.tag_names) if student and exercise is not None else None
        for tag, action in zip(self.controller.tags, self._window.tag_actions, strict=False):
            action.setEnabled(in_play is None or tag.name in in_play)

    # Helpers

    def _guarded(self, title: str, run: Callable[[], T]) -> T | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return run()
        except classroom.ClassroomError as error:
            message = str(error)
        except LibraryRefusedError as error:
            message = f"{str(error).rstrip('.')}."
        except OSError as error:
            message = f"{getattr(error, 'strerror', None) or error}."
        finally:
            QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(self._window, title, plain_text(message))
        return None

    def _done(self, title: str, run: Callable[[], None]) -> bool:
        """Runs `run`; False, with the reason shown, if it failed."""

        def ran() -> bool:
            run()
            return True

        return self._guarded(title, ran) is True

    def _save_path(
        self, title: str, document: Document, suffix: str, label: str, extra: str = ""
    ) -> Path | None:
        name = f"{safe_filename(document.title)}{extra}{suffix}"
        target, _ = save_file_name(self._window, self.controller, CLASSROOM, title, name, label)
        return classroom.with_suffix(target, suffix) if target else None

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, 8000)
