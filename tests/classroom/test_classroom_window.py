"""The classroom played through in real windows offscreen: a teacher makes an exercise with a
key, two students (each with a library of their own) open it, tag, check and export their work,
and the teacher reads the class's results and prints the sheets."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from exchange.conftest import content
from external_tools import require_tool
from factories import make_article, new_annotation
from readmark.app import create_window
from readmark.core.model import TagSpec
from readmark.ui.classroom_actions import ClassroomActions
from readmark.ui.colours import LIGHT
from readmark.ui.exercise_dialogs import MISSED_MARK, FeedbackDialog
from readmark.ui.main_window import MainWindow
from ui.test_every_command import every_question_declined, run_every_command  # noqa: F401

TEXT = (
    "Café prices 🎉 soar\n\n"
    "The mayor said prices rose 42 % in 2024.\n\n"
    "This is a disgrace, wrote one reader 😠.\n\n"
    "“We will act,” the mayor promised.\n\n"
    "A photo caption: the café at dawn."
)
IN_PLAY = ("claim", "opinion", "statistic")
INSTRUCTIONS = "Tag every claim, opinion and statistic.\nThen check your work."
SHOTS = Path("/tmp/readmark-classroom")
ANA_PASSAGES = [
    ("The mayor said prices rose 42 % in 2024", "claim"),  # matches
    ("This is a disgrace, wrote one reader", "opinion"),  # half of it: partly
    ("the café at dawn", "claim"),  # not in the key
]

Start = Callable[[str], tuple[MainWindow, ClassroomActions]]


@pytest.fixture
def start(qtbot: QtBot, tmp_path: Path, messages: list[str]) -> Iterator[Start]:
    """Opens a window on a library of its own (one per person), with the classroom actions."""
    windows: list[MainWindow] = []

    def open_for(person: str) -> tuple[MainWindow, ClassroomActions]:
        window = create_window(str(tmp_path / f"{person}.sqlite3"))
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window, window.commands.classroom

    yield open_for
    for window in windows:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tag(window: MainWindow, words: str, tag_name: str) -> None:
    """Selects the words in the reader and tags them, as a user would."""
    start = window.controller.document.text.index(words)
    window.view.select_span(start, start + len(words))
    tag_id = next(t.id for t in window.controller.tags if t.name == tag_name)
    window.tag_selection(tag_id)


def make_exercise(
    start: Start, tmp_path: Path, person: str = "teacher"
) -> tuple[MainWindow, ClassroomActions, Path]:
    teacher, actions = start(person)
    teacher.controller.add_article(make_article(TEXT, title="Café prices 🎉 soar"))
    teacher.controller.add_tag(TagSpec("statistic", "#56B4E9", "5", "A number that says much"))
    tag(teacher, "The mayor said prices rose 42 % in 2024", "claim")
    tag(teacher, "42 % in 2024", "statistic")
    tag(teacher, "This is a disgrace", "opinion")
    tag(teacher, "“We will act,” the mayor promised", "claim")
    tag(teacher, "the café at dawn", "quote")  # not in play, so not in the key
    # A colleague's coding, imported into the teacher's library, is not the teacher's key.
    document = teacher.controller.document
    start = document.text.index("wrote one reader")
    claim = next(t for t in teacher.controller.tags if t.name == "claim")
    theirs = new_annotation(document.id, claim.id, start, start + 16, document.text)
    teacher.controller.repository.add_annotation(replace(theirs, coder="A colleague"))
    path = tmp_path / f"{person}.rmexercise"
    exercise = actions.save_exercise(path, IN_PLAY, INSTRUCTIONS, True, True)
    assert exercise is not None and exercise.key is not None and len(exercise.key) == 4
    return teacher, actions, path


def student_work(
    start: Start,
    tmp_path: Path,
    exercise: Path,
    name: str,
    passages: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[MainWindow, ClassroomActions, Path]:
    window, actions = start(name)
    asked: list[str] = []

    def type_name(_parent: object, title: str, *args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(title)
        return name, True

    monkeypatch.setattr(QInputDialog, "getText", type_name)
    opened = actions.open_exercise_file(exercise)
    assert asked == ["Your Name"], "a student is asked their name once, on opening"
    assert opened is not None and opened.created
    assert window.controller.document.text == TEXT
    assert "statistic" in [t.name for t in window.controller.tags]  # added for the exercise
    assert actions.banner.isVisible() and "Tag every claim" in actions.banner.message.text()
    enabled = {a.text().lower(): a.isEnabled() for a in window.tag_actions}
    assert enabled == {"claim": True, "opinion": True, "caption": False, "quote": False,
                       "statistic": True}  # fmt: skip
    for words, tag_name in passages:
        tag(window, words, tag_name)
    assert {a.coder for a in window.panel.model.rows} == {name}
    work = actions.export_work(tmp_path / f"{name}.rmwork")
    assert work is not None and asked == ["Your Name"]
    return window, actions, work


def test_a_class_works_through_an_exercise(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    _, teacher_actions, exercise = make_exercise(start, tmp_path)
    _, ana, ana_work = student_work(
        start,
        tmp_path,
        exercise,
        "Ana",
        ANA_PASSAGES,
        monkeypatch,
    )
    _, _, ben_work = student_work(
        start,
        tmp_path,
        exercise,
        "Ben",
        [
            ("The mayor said prices rose 42 % in 2024", "opinion"),  # the wrong tag
            ("42 %", "statistic"),  # a third of the key's statistic: partly
        ],
        monkeypatch,
    )
    assert messages == []

    # Ana checks her work: each passage in its category, the missed ones shown (the key is).
    feedback = ana.check_work()
    assert feedback is not None
    shown = " ".join(feedback.browser.toPlainText().split())
    for words in ("matches the key", "partly matches", "not in the key", "missed"):
        assert words in shown
    assert "“We will act,” the mayor promised" in shown  # a missed key passage
    assert "30%" in shown  # her score: 1.5 points of 4 key passages + 1 extra
    SHOTS.mkdir(exist_ok=True)
    feedback.resize(800, 900)
    assert feedback.grab().save(str(SHOTS / "feedback.png"))

    # The teacher reads both files: per key passage, the most often missed first.
    dialog = teacher_actions.class_results([ana_work, ben_work])
    assert dialog is not None
    results = dialog.results
    found = [(r.passage.exact, r.found, r.tags) for r in results.passages]
    assert found[0] == ("“We will act,” the mayor promised", 0, {})
    assert ("The mayor said prices rose 42 % in 2024", 1, {"claim": 1, "opinion": 1}) in found
    assert ("42 % in 2024", 1, {"statistic": 1}) in found
    assert ("This is a disgrace", 1, {"opinion": 1}) in found
    scores = {s.student: round(100 * s.feedback.total.score) for s in results.students}
    assert scores == {"Ana": 30, "Ben": 10}
    assert dialog.passages.model().rowCount() == 4
    model = dialog.passages.model()  # the passage all missed is marked, in dark letters
    marked = [model.item(0, c) for c in range(model.columnCount())]
    marked = [item for item in marked if item.background().color() == MISSED_MARK]
    assert marked and all(item.foreground().color() == LIGHT.ink for item in marked)
    assert dialog.students.model().index(1, 0).data() == "Ben"
    dialog.resize(1000, 520)
    dialog.tabs.setCurrentIndex(0)
    assert dialog.grab().save(str(SHOTS / "results-passages.png"))
    dialog.tabs.setCurrentIndex(1)
    assert dialog.grab().save(str(SHOTS / "results-students.png"))

    csv_path, xlsx_path = tmp_path / "results.csv", tmp_path / "results.xlsx"
    teacher_actions.export_results(results, teacher_actions.exercise(), "students", csv_path)
    teacher_actions.export_results(results, teacher_actions.exercise(), None, xlsx_path)
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbfstudent,score,")
    book = openpyxl.load_workbook(xlsx_path)
    assert book["Students"]["A2"].value == "Ana" and book["Students"]["B2"].value == 30
    assert messages == []


def pdf_text(path: Path) -> str:
    pdftotext = require_tool("pdftotext", "poppler-utils")
    run = subprocess.run(
        [pdftotext, str(path), "-"], check=True, capture_output=True, text=True, timeout=120
    )
    return " ".join(run.stdout.split())


def test_check_my_work_shows_the_results_first_each_with_its_mark(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, exercise = make_exercise(start, tmp_path)
    window, actions, _ = student_work(
        start,
        tmp_path,
        exercise,
        "Ana",
        ANA_PASSAGES,
        monkeypatch,
    )
    click = actions.banner.check_button
    click.click()
    dialog = window.findChildren(FeedbackDialog)[0]
    shown = dialog.browser.toPlainText()
    # The score, then the passages, then the article (its caption paragraph tagged nowhere).
    assert shown.index("Your score") < shown.index("Your passages") < shown.index("A photo")
    for line in (
        "✓ matches the key: “The mayor said prices rose 42 % in 2024”",
        "½ partly matches: “This is a disgrace, wrote one reader”",
        "✗ not in the key: “the café at dawn”",
        "○ missed: ““We will act,” the mayor promised”",
    ):
        assert line in shown
    # Seen on opening, without scrolling: the passages' list starts in the first screenful.
    found = dialog.browser.document().find("Your passages")
    assert dialog.browser.cursorRect(found).bottom() < dialog.browser.viewport().height()
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / "feedback-first.png"))


def test_the_exercise_bar_leaves_a_laptop_screen_to_the_article(
    qtbot: QtBot, start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, exercise = make_exercise(start, tmp_path)
    window, actions, _ = student_work(
        start, tmp_path, exercise, "Ana", [("This is a disgrace", "opinion")], monkeypatch
    )
    window.resize(1366, 768)
    bar = actions.banner
    qtbot.waitUntil(lambda: bar.width() > 600)
    # Instructions and tags in at most two lines, the buttons beside them, no padding to speak of.
    lines = bar.message.height() / bar.message.fontMetrics().lineSpacing()
    assert lines <= 2.2, bar.message.text()
    assert bar.check_button.geometry().top() < bar.message.geometry().bottom()  # beside
    assert bar.height() <= max(bar.message.height(), bar.check_button.height()) + 6
    assert "Tags: claim, opinion, statistic." in bar.message.text()


def test_the_worksheet_and_answer_sheet_print(
    start: Start, tmp_path: Path, messages: list[str]
) -> None:
    _, actions, _ = make_exercise(start, tmp_path)
    worksheet = actions.print_worksheet(tmp_path / "worksheet.pdf")
    assert worksheet is not None
    text = pdf_text(worksheet)
    assert "[1] The mayor said prices rose 42 % in 2024." in text
    assert "[4] A photo caption: the café at dawn." in text
    assert "Tag every claim, opinion and statistic." in text
    assert "statistic A number that says much" in text  # the empty legend
    assert "claim A statement of fact that could be checked" in text  # a new library's own
    assert "Passages and notes" not in text  # nothing of the key
    answers = actions.print_answer_sheet(tmp_path / "answers.pdf")
    assert answers is not None
    text = pdf_text(answers)
    assert "[2] This is a disgrace" in text and "Passages and notes" in text
    assert "2 passages" in text  # the two claims in the legend
    assert messages == []


def test_bad_files_are_refused_and_change_nothing(
    start: Start,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    _, teacher_actions, exercise = make_exercise(start, tmp_path)
    student, actions = start("student")
    before = content(student.controller.repository)
    not_exercise = tmp_path / "notes.rmexercise"
    not_exercise.write_text("just some notes", encoding="utf-8")
    broken = tmp_path / "broken.rmexercise"
    broken.write_bytes(exercise.read_bytes()[:300])
    for path in (not_exercise, broken, tmp_path / "missing.rmexercise"):
        assert actions.open_exercise_file(path) is None
    assert content(student.controller.repository) == before
    assert "not a Readmark exercise" in messages[0]
    assert "damaged" in messages[1]
    assert "cannot be read" in messages[2]

    # Work for another exercise, and work whose text differs, are refused by the teacher.
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Cleo", True))
    assert actions.open_exercise_file(exercise) is not None
    # A tag added while the exercise is open is not one of its tags: it cannot be used.
    student.controller.add_tag(TagSpec("extra", "#000000", ""))
    qtbot.waitUntil(lambda: student.tag_actions[-1].text() == "Extra")
    qtbot.waitUntil(lambda: not student.tag_actions[-1].isEnabled())
    assert student.tag_actions[0].isEnabled()  # claim
    work = actions.export_work(tmp_path / "cleo.rmwork")
    assert work is not None
    _, other_actions, _ = make_exercise(start, tmp_path, "another teacher")
    messages.clear()
    assert other_actions.class_results([work]) is None
    assert "cleo.rmwork" in messages[0] and "work for another exercise" in messages[0]
    changed = tmp_path / "changed.rmwork"
    changed.write_text(work.read_text("utf-8").replace('"content_hash": "', '"content_hash": "0'))
    assert teacher_actions.class_results([work, changed]) is None
    assert "changed.rmwork" in messages[1] and "text differs" in messages[1]


def test_an_exercise_given_to_readmark_opens_as_an_exercise(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A double-click runs `readmark FILE`; a dropped file arrives the same way: an exercise
    opens as one (banner, tags in play), an article beside it is imported as an article."""
    _, _, exercise = make_exercise(start, tmp_path)
    article = tmp_path / "other.txt"
    article.write_text("Another article\n\nWith a paragraph of its own.", encoding="utf-8")
    student, actions = start("student")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Dana", True))

    student.open_paths([exercise, article])

    titles = [d.title for d in student.controller.documents()]
    assert "Café prices 🎉 soar" in titles and "Another article" in titles
    student.controller.open_document(
        next(d.id for d in student.controller.documents() if d.title.startswith("Café"))
    )
    assert actions.banner.isVisible() and "Tag every claim" in actions.banner.message.text()
    assert student.controller.coder == "Dana"


def test_a_teacher_scores_work_in_another_library_from_the_exercise_file(
    start: Start, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made at home, marked at school: the exercise file holds the key the work is scored by.
    _, _, exercise = make_exercise(start, tmp_path)
    _, _, work = student_work(
        start, tmp_path, exercise, "Ana", [("This is a disgrace", "opinion")], monkeypatch
    )
    _, at_school = start("teacher at school")
    asked: list[str] = []

    def choose(_parent: object, title: str, *_: object) -> tuple[str, str]:
        asked.append(title)
        return (str(exercise) if len(asked) == 1 else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog = at_school.class_results([work])
    assert asked == ["The Exercise This Work Is For"] and not messages
    assert dialog is not None
    [score] = [s.student for s in dialog.results.students]
    assert score == "Ana"
    dialog.close()
    # Not chosen: the work is refused, and says why.
    assert at_school.class_results([work]) is None
    assert "not made in this library" in messages[0]


@pytest.mark.usefixtures("every_question_declined")
def test_every_command_runs_with_a_students_exercise_open(
    start: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    _, _, exercise = make_exercise(start, tmp_path)
    window, actions, _ = student_work(
        start, tmp_path, exercise, "Ana", [("This is a disgrace", "opinion")], monkeypatch
    )
    assert actions.banner.isVisible()
    run_every_command(qtbot, window, "The mayor said")
    assert actions.banner.isVisible()  # still the exercise, its work in place
