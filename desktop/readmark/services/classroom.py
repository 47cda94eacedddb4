"""Classroom exercises as file operations on the library (no Qt): making and opening exercises,
checking and exporting a student's work, reading a class's work. Files are written whole or not
at all; a file that cannot be used changes nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from readmark.core.bounded import RefusedInputError, load_json
from readmark.core.commands import NOTHING_TO_UNDO, Applied, RemoveDocument
from readmark.core.exercise import (
    Exercise,
    ExerciseTag,
    Feedback,
    KeyHiddenError,
    Passage,
    StudentExercise,
    Work,
    for_student,
    new_work,
)
from readmark.core.exercise_files import (
    MAX_FILE_BYTES,
    MAX_JSON_BYTES,
    ExerciseFormatError,
    decode_exercise,
    encode_exercise,
    read_exercise,
    read_work,
    write_exercise,
    write_work,
)
from readmark.core.model import Document, TagSpec, article_of
from readmark.core.texts import tr
from readmark.services.files import CancelledError, ExchangeError, write_stream, write_text
from readmark.store.repository import LibraryRepository
from readmark.store.schema import DOCUMENT_EXERCISE_KEY, EXERCISE_KEY, ROLE_KEY

if TYPE_CHECKING:  # a class's results are read when first asked for
    from readmark.core.class_results import ClassResults, Table

# Settings: the exercise itself by its id; which exercise a document is, by its text's hash.


class ClassroomError(ExchangeError):
    """An exercise operation that cannot be done; str() is a sentence to show the user."""


class ExerciseNotHereError(ClassroomError):
    """Work for an exercise made in another library: the exercise's file can score it."""


@dataclass(frozen=True)
class Opened:
    exercise: StudentExercise
    document: Document
    created: bool  # the document was new to this library
    missing_tags: tuple[TagSpec, ...]  # tags in play the library lacks, to add

    @property
    def changes(self) -> Applied:
        """The change record: a document new to the library is one undo step; one already
        here only opens."""
        undo = RemoveDocument(self.document.id) if self.created else NOTHING_TO_UNDO
        return Applied(undo, (), restored_document=self.document)


def make_exercise(
    repository: LibraryRepository,
    document_id: int,
    tag_names: Sequence[str],
    instructions: str,
    with_key: bool,
    reveal_key: bool,
    key_coder: str | None = None,
) -> Exercise:
    """An exercise of the document with the tags in play; its key, if asked for, is the
    teacher's own annotations of those tags on it (a colleague's coding, imported, stays out),
    or `key_coder`'s (the consensus, for the version a team agreed on).
    Remembered here, to read the class's work."""
    document = repository.document(document_id)
    chosen = [t for t in repository.tags() if t.name in tag_names]
    if not chosen:
        raise ClassroomError(tr("Choose at least one tag for the exercise."))
    ids = {t.id: t.name for t in chosen}
    teacher = key_coder if key_coder is not None else repository.coder()
    key = tuple(
        Passage(ids[a.tag_id], a.start, a.end, a.exact, a.note)
        for a in repository.annotations(document_id)
        if a.tag_id in ids and not a.orphaned and a.coder == teacher
    )
    exercise = Exercise(
        id=Exercise.new_id(),
        instructions=instructions,
        # No file path: the exercise travels to students, the teacher's folders stay home.
        article=replace(article_of(document), file_path=""),
        tags=tuple(ExerciseTag(t.name, t.colour, t.shortcut, t.description) for t in chosen),
        key=key if with_key else None,
        reveal_key=reveal_key and with_key,
    )
    remember(repository, exercise, "teacher")
    return exercise


def export_exercise(exercise: Exercise, path: Path) -> None:
    write_stream(path, lambda stream: write_exercise(exercise, stream))


def read_exercise_file(path: Path) -> Exercise:
    try:
        return read_exercise(_read(path))
    except ExerciseFormatError as error:
        unopened = tr("“{name}” cannot be opened as an exercise: {reason}.")
        raise ClassroomError(unopened.format(name=path.name, reason=error)) from None


def open_exercise(repository: LibraryRepository, path: Path) -> Opened:
    """Puts an exercise's document in the library (or finds it there) and remembers the
    exercise for it; the tags the library lacks are returned for the caller to add."""
    exercise = read_exercise_file(path)
    with repository.batch():
        document, created = repository.add_article(exercise.article)
        if repository.setting(ROLE_KEY.format(exercise.id)) != "teacher":
            remember(repository, exercise, "student")
    return Opened(for_student(exercise), document, created, missing_tags(repository, exercise))


def remember(repository: LibraryRepository, exercise: Exercise, role: str) -> None:
    repository.set_setting(EXERCISE_KEY.format(exercise.id), encode_exercise(exercise))
    repository.set_setting(DOCUMENT_EXERCISE_KEY.format(exercise.article.content_hash), exercise.id)
    repository.set_setting(ROLE_KEY.format(exercise.id), role)


def missing_tags(repository: LibraryRepository, exercise: Exercise) -> tuple[TagSpec, ...]:
    tags = repository.tags()
    names = {t.name for t in tags}
    taken = {t.shortcut for t in tags if t.shortcut}
    specs = []
    for tag in exercise.tags:
        if tag.name not in names:
            shortcut = tag.shortcut if tag.shortcut and tag.shortcut not in taken else ""
            taken.add(shortcut)
            specs.append(TagSpec(tag.name, tag.colour, shortcut, tag.description))
    return tuple(specs)


def teacher_exercise(repository: LibraryRepository, exercise_id: str) -> Exercise | None:
    """An exercise made in this library, key and all; None if it was not made here."""
    if repository.setting(ROLE_KEY.format(exercise_id)) != "teacher":
        return None
    return _stored(repository, exercise_id)


def exercise_of(repository: LibraryRepository, document: Document) -> Exercise | None:
    """The exercise made from or opened as this document, if any (the latest)."""
    exercise_id = repository.setting(DOCUMENT_EXERCISE_KEY.format(document.content_hash))
    return None if exercise_id is None else _stored(repository, exercise_id)


def role(repository: LibraryRepository, exercise: Exercise | StudentExercise) -> str:
    return repository.setting(ROLE_KEY.format(exercise.id)) or ""


def student_passages(
    repository: LibraryRepository, document: Document, exercise: StudentExercise
) -> list[Passage]:
    """The library's passages on the document of the exercise's tags, in reading order."""
    names = {t.id: t.name for t in repository.tags() if t.name in exercise.tag_names}
    return [
        Passage(names[a.tag_id], a.start, a.end, a.exact, a.note, a.reason)
        for a in repository.annotations(document.id)
        if a.tag_id in names and not a.orphaned
    ]


def check_work(
    repository: LibraryRepository, document: Document, exercise: StudentExercise
) -> Feedback:
    try:
        return exercise.check(student_passages(repository, document, exercise))
    except KeyHiddenError as error:
        raise ClassroomError(str(error)) from None


def export_work(
    repository: LibraryRepository,
    document: Document,
    exercise: StudentExercise,
    student: str,
    path: Path,
) -> Work:
    if not student.strip():
        raise ClassroomError(
            tr("Set your name first, so that your teacher knows whose work it is.")
        )
    if document.content_hash != exercise.article.content_hash:
        raise ClassroomError(tr("This document's text differs from the exercise's."))
    passages = student_passages(repository, document, exercise)
    work = new_work(exercise, student.strip(), passages, datetime.now(UTC))
    write_stream(path, lambda stream: write_work(work, stream))
    return work


def read_class(
    repository: LibraryRepository,
    paths: Sequence[Path],
    exercise: Exercise | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> tuple[Exercise, ClassResults]:
    """The class's results from students' work files, all for one exercise made here (or the
    one given). Raises ClassroomError, naming the file, for any file that cannot be used, and
    CancelledError when `progress` (told files read, of how many) says stop."""
    from readmark.core.class_results import class_results

    if not paths:
        raise ClassroomError(tr("Choose the students' work files."))
    works = []
    for done, path in enumerate(paths):
        if progress is not None and not progress(done, len(paths)):
            raise CancelledError
        data = _read(path)
        if exercise is None:
            exercise = _exercise_for_work(repository, path, data)
        try:
            works.append(read_work(data, exercise))
        except ExerciseFormatError as error:
            raise _unusable(path, error) from None
    assert exercise is not None
    if exercise.key is None:
        raise ClassroomError(tr("This exercise has no answer key, so the work cannot be scored."))
    return exercise, class_results(exercise, works)


def export_results(results: ClassResults, path: Path, table: Table | None) -> None:
    """One table as CSV, or with `table` None both as an Excel workbook."""
    from readmark.core.class_results import write_results_csv, write_results_xlsx

    if table is None:
        write_stream(path, lambda stream: write_results_xlsx(results, stream))
        return
    write_text(path, "", lambda text: write_results_csv(results, table, text))


def _exercise_for_work(repository: LibraryRepository, path: Path, data: bytes) -> Exercise:
    try:
        if len(data) > MAX_JSON_BYTES:
            raise RefusedInputError(tr("it is too large for a work file (over 16 MB)"))
        exercise_id = load_json(data).get("exercise_id")
    except RefusedInputError as error:
        raise _unusable(path, error) from None
    except (UnicodeDecodeError, ValueError, AttributeError):
        not_work = tr("“{name}” is not a Readmark work file.").format(name=path.name)
        raise ClassroomError(not_work) from None
    exercise = teacher_exercise(repository, str(exercise_id)) if exercise_id else None
    if exercise is None:
        raise ExerciseNotHereError(
            tr(
                "“{name}” is the work for an exercise not made in this library. Choose the "
                "exercise's file to score it."
            ).format(name=path.name)
        )
    return exercise


def _stored(repository: LibraryRepository, exercise_id: str) -> Exercise | None:
    encoded = repository.setting(EXERCISE_KEY.format(exercise_id))
    return None if encoded is None else decode_exercise(encoded)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            too_large = tr("“{name}” cannot be read: it is larger than 100 MB.")
            raise ClassroomError(too_large.format(name=path.name))
        return path.read_bytes()
    except OSError as error:
        unread = tr("“{name}” cannot be read: {error}.")
        raise ClassroomError(unread.format(name=path.name, error=error.strerror or error)) from None


def _unusable(path: Path, error: Exception) -> ClassroomError:
    return ClassroomError(
        tr("“{name}” cannot be used: {reason}.").format(name=path.name, reason=error)
    )


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` with `suffix`, added if the user left it out."""
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
