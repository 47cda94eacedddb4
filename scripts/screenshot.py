"""Renders docs/screenshot.png: the sample article with a few passages of each tag, offscreen;
with --dark, the same in the dark theme (docs/screenshot-dark.png), with --high-contrast in
the high-contrast theme (docs/screenshot-high-contrast.png), with --french in French on a
laptop's 1366x768 screen (docs/window-fr.png); with --classroom, the
classroom flow on a laptop's 1366x768 screen instead: a student's exercise
(docs/classroom-student.png), their work checked (docs/classroom-feedback.png) and the teacher's
class results (docs/classroom-results.png); with --curation, three coders' versions of the
sample article being settled into a consensus (docs/curation.png); with --fields, the annotation
panel with a claim's fields filled in (docs/panel-fields.png).

Run: .venv/bin/python scripts/screenshot.py
    [--dark | --high-contrast | --french | --classroom | --curation | --fields]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from readmark.app import create_window
from readmark.core.links import Link
from readmark.core.model import Annotation
from readmark.ui.main_window import MainWindow
from readmark.ui.translation import install_translators

DOCS = Path(__file__).resolve().parents[1] / "docs"
OUTPUT = DOCS / "screenshot.png"
LAPTOP = (1366, 768)

# (tag name, passage in the sample article, note)
PASSAGES = [
    ("claim", "Two suicide drones had somehow managed to penetrate the city’s air defences", ""),
    ("opinion", "Such an attack would have been unthinkable", "Counterfactual framing"),
    ("claim", "Three weeks later, partisans began raiding Russia’s borders", "Check date"),
    ("opinion", "So, is this really the beginning of the end for Russia’s tyrant?", ""),
    ("quote", "‘I agree [that] this is the beginning of the end of Putin", "Luke Coffey"),
    ("claim", "the trajectory now is towards Putin being ousted", ""),
    ("caption", "Pictured: Vladimir Putin meets with Eritrea's President at the Kremlin", ""),
]


# The exercise the teacher makes of the sample article, and what two students tag in it.
IN_PLAY = ("claim", "opinion", "quote")
INSTRUCTIONS = (
    "Tag the claims and opinions, and the quotes that back them up. Then check your work."
)
STUDENTS = {
    "Ana": [
        ("claim", "Two suicide drones had somehow managed to penetrate the city’s air defences"),
        ("opinion", "Such an attack would have been"),  # part of the key's passage
        ("claim", "the trajectory now is towards Putin being ousted"),
        ("opinion", "Three weeks later, partisans began raiding Russia’s borders"),  # a claim
    ],
    "Ben": [
        ("claim", "Two suicide drones had somehow managed to penetrate the city’s air defences"),
        ("quote", "‘I agree [that] this is the beginning of the end of Putin"),
    ],
}


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        if "--classroom" in sys.argv[1:]:
            classroom(app, Path(folder))
        elif "--curation" in sys.argv[1:]:
            curation(app, Path(folder))
        elif "--fields" in sys.argv[1:]:
            panel_fields(app, Path(folder))
        elif "--dark" in sys.argv[1:]:
            article(app, Path(folder), "dark")
        elif "--high-contrast" in sys.argv[1:]:
            article(app, Path(folder), "high-contrast")
        elif "--french" in sys.argv[1:]:
            install_translators("fr")
            article(app, Path(folder), path=DOCS / "window-fr.png", size=LAPTOP)
        else:
            article(app, Path(folder))
    return 0


def article(
    app: QApplication,
    folder: Path,
    theme: str = "light",
    path: Path | None = None,
    size: tuple[int, int] = (1360, 860),
) -> None:
    window = create_window(str(folder / "library.sqlite3"))
    window.commands.menus.comfort.choose_theme(theme)
    window.resize(*size)
    window.show()
    app.processEvents()
    window.repeats_bar.fold_button.click()  # the sample's repeated captions, folded away
    tagged = tag_passages(window, "Ana", [(name, passage) for name, passage, _ in PASSAGES])
    for annotation, (_, _, note) in zip(tagged, PASSAGES, strict=True):
        if annotation is not None and note:
            window.controller.set_note(annotation, note)
    window.view.scroll_to(0)
    window.view.setFocus()  # its ring shows where the keys go
    settle(app)
    save(window, path or (OUTPUT if theme == "light" else DOCS / f"screenshot-{theme}.png"))
    window.close()


def panel_fields(app: QApplication, folder: Path) -> None:
    window = create_window(str(folder / "library.sqlite3"))
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    window.repeats_bar.fold_button.click()
    tagged = tag_passages(window, "Ana", [(name, passage) for name, passage, _ in PASSAGES])
    claim, quote = tagged[0], tagged[4]
    assert claim is not None and quote is not None
    controller = window.controller
    for name, value in (
        ("verdict", "mostly true"),
        ("check-worthiness", "check-worthy factual"),
        ("evidence", "https://www.bbc.co.uk/news/world-europe-65773314"),
    ):
        claim = next(a for a in window.panel.model.rows if a.id == claim.id)
        controller.set_field(claim, name, value)
    controller.set_field(quote, "speaker", "Luke Coffey")
    controller.link([Link(quote.id, claim.id, "supports")])  # evidence among the passages
    window.panel.table.selectRow(0)
    window.view.scroll_to(0)
    settle(app)
    save(window.panel, DOCS / "panel-fields.png")
    window.close()


def classroom(app: QApplication, folder: Path) -> None:
    teacher = laptop_window(app, folder / "teacher.sqlite3")
    teacher.repeats_bar.fold_button.click()
    tag_passages(teacher, "Ms Rivera", [(name, passage) for name, passage, _ in PASSAGES])
    exercise = folder / "exercise.rmexercise"
    made = teacher.commands.classroom.save_exercise(exercise, IN_PLAY, INSTRUCTIONS, True, True)
    assert made is not None, "the exercise was not saved"
    work = []
    for name, passages in STUDENTS.items():
        student = laptop_window(app, folder / f"{name}.sqlite3")
        student.controller.set_coder(name)  # not asked: the name is chosen
        actions = student.commands.classroom
        actions.open_exercise_file(exercise)
        tag_passages(student, name, passages)
        saved = actions.export_work(folder / f"{name}.rmwork")
        assert saved is not None, f"{name}'s work was not exported"
        work.append(saved)
        if name == "Ana":
            student.view.scroll_to(0)
            student.statusBar().clearMessage()  # not the path of a folder gone tomorrow
            settle(app)  # the offer to fold the repeats comes after the first paints
            save(student, DOCS / "classroom-student.png")
            feedback = actions.check_work()
            assert feedback is not None
            settle(app)
            save(feedback, DOCS / "classroom-feedback.png")
    results = teacher.commands.classroom.class_results(work)
    assert results is not None
    results.resize(1100, 520)
    settle(app)
    save(results, DOCS / "classroom-results.png")


# What two colleagues tag beside Ana's PASSAGES, for curation: some alike, some not.
COLLEAGUES = {
    "Ben": [
        ("claim", "Two suicide drones had somehow managed to penetrate the city’s air defences"),
        ("opinion", "Such an attack would have been unthinkable"),
        ("claim", "partisans began raiding Russia’s borders"),  # a shorter span
        ("claim", "So, is this really the beginning of the end for Russia’s tyrant?"),
        ("quote", "‘I agree [that] this is the beginning of the end of Putin"),
    ],
    "Chloé": [
        ("claim", "Two suicide drones had somehow managed to penetrate the city’s air defences"),
        ("opinion", "Such an attack would have been unthinkable"),
        ("claim", "Three weeks later, partisans began raiding Russia’s borders"),
        ("opinion", "So, is this really the beginning of the end for Russia’s tyrant?"),
        ("opinion", "the trajectory now is towards Putin being ousted"),
    ],
}


def curation(app: QApplication, folder: Path) -> None:
    window = laptop_window(app, folder / "library.sqlite3")
    window.repeats_bar.fold_button.click()
    tag_passages(window, "Ana", [(name, passage) for name, passage, _ in PASSAGES])
    for coder, passages in COLLEAGUES.items():
        tag_passages(window, coder, passages)
    window.controller.set_coder("Ana")
    dialog = window.commands.coder_actions.curate()
    assert dialog is not None, "the sample has three coders"
    dialog.resize(1200, 700)
    dialog.accept_button.click()
    dialog.take(2)  # Ben's version of the first disagreement
    dialog.go_to(2)
    dialog.leave_out()  # the third left out: settled, with no passage
    dialog.go_to(1)
    settle(app)
    save(dialog, DOCS / "curation.png")


def laptop_window(app: QApplication, library: Path) -> MainWindow:
    window = create_window(str(library))
    window.resize(*LAPTOP)
    window.show()
    app.processEvents()
    return window


def tag_passages(
    window: MainWindow, coder: str, passages: list[tuple[str, str]]
) -> list[Annotation | None]:
    """Tags each (tag name, passage) as `coder`; returns what was tagged, in that order."""
    controller = window.controller
    controller.set_coder(coder)  # not the login of whichever machine renders this
    text = controller.document.text
    tags = {t.name: t.id for t in controller.tags}
    tagged = []
    for name, passage in passages:
        start = text.index(passage)
        tagged.append(controller.tag_passage(start, start + len(passage), tags[name]))
    return tagged


def settle(app: QApplication) -> None:
    """Lets the window finish what it does a moment after a change (the highlights strip's
    recount, the repeats offer)."""
    settled = time.monotonic() + 0.5
    while time.monotonic() < settled:
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    path.parent.mkdir(exist_ok=True)
    widget.grab().save(str(path))
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
