"""Every renderer of our HTML fetches nothing: a picture named in any field (or slipped into a
page) is neither shown nor printed, whatever the field. The picture is a red square on disk;
a page that fetched it would print a 200-pixel image into the PDF or paint red on screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from factories import make_article
from readmark.app import create_window
from readmark.core.exercise import Exercise, ExerciseTag, Passage
from readmark.core.exercise_files import write_exercise
from readmark.core.exercise_sheets import answer_sheet_page, worksheet_page
from readmark.core.model import Annotation, Document, Tag
from readmark.core.report import render_report
from readmark.ui.exchange_actions import write_report_pdf
from readmark.ui.exercise_dialogs import FeedbackDialog
from readmark.ui.offline_text import plain_text

NOW = datetime(2025, 3, 4, 5, 6, tzinfo=UTC)
TEXT = "A title\n\nThe first paragraph says something.\n\nThe second one too."


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(200, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "private photo.png"
    assert image.save(str(path))
    return path


def img(picture: Path) -> str:
    return f'"><img src="{picture.as_uri()}"><img src="{picture}">'


def printed(page: str, path: Path) -> bytes:
    write_report_pdf(page, path, "Test")
    return path.read_bytes()


def embeds_the_picture(pdf: bytes) -> bool:
    return b"/Width 200" in pdf


def red_pixels(image: QImage) -> int:
    red = QColor("red")
    return sum(
        image.pixelColor(x, y) == red
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )


def hostile_document(picture: Path) -> tuple[Document, Annotation, Tag]:
    bait = img(picture)
    article = make_article(TEXT + bait)
    document = Document(
        id=1,
        title="Title" + bait,
        source="src" + bait,
        text=article.text,
        content_hash=article.content_hash,
        imported_at=NOW,
        reading_position=0,
        blocks=article.blocks,
        author="A" + bait,
        published="2025" + bait,
        site="site" + bait,
        url="https://example.org/" + bait,
    )
    start = TEXT.index("first")
    annotation = Annotation(
        id=Annotation.new_id(),
        document_id=1,
        tag_id=1,
        start=start,
        end=start + 5,
        exact="first",
        prefix="",
        suffix="",
        note="note" + bait,
        created_at=NOW,
        updated_at=NOW,
        coder="coder" + bait,
    )
    tag = Tag(1, "claim" + bait, '#fff"' + bait, "1", 1, "description" + bait)
    return document, annotation, tag


def hostile_exercise(picture: Path) -> Exercise:
    bait = img(picture)
    start = TEXT.index("first")
    return Exercise(
        id="x",
        instructions="Tag it." + bait,
        article=replace(make_article(TEXT), title="Title" + bait, author="A" + bait),
        tags=(ExerciseTag("claim" + bait, '#fff"' + bait, "1", "says" + bait),),
        key=(Passage("claim" + bait, start, start + 5, "first", "note" + bait),),
        reveal_key=True,
    )


def test_the_report_pdf_prints_no_picture_named_in_any_field(
    qtbot: QtBot, picture: Path, tmp_path: Path
) -> None:
    document, annotation, tag = hostile_document(picture)
    page = render_report([(document, [annotation])], [tag], NOW)
    assert not embeds_the_picture(printed(page, tmp_path / "report.pdf"))


def test_a_page_that_names_a_picture_prints_without_it(
    qtbot: QtBot, picture: Path, tmp_path: Path
) -> None:
    page = f"<html><body><p>Words</p><p>{img(picture)}</p></body></html>"
    assert not embeds_the_picture(printed(page, tmp_path / "page.pdf"))


@pytest.mark.parametrize("make_page", [worksheet_page, answer_sheet_page])
def test_worksheets_print_no_picture_named_in_any_field(
    qtbot: QtBot, picture: Path, tmp_path: Path, make_page: object
) -> None:
    page = make_page(hostile_exercise(picture), NOW)  # type: ignore[operator]
    assert "<img" not in page
    assert not embeds_the_picture(printed(page, tmp_path / "sheet.pdf"))


def test_the_feedback_window_shows_no_picture(qtbot: QtBot, picture: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = FeedbackDialog(f"<p>Your score</p><p>{img(picture)}</p>", parent)
    dialog.resize(600, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert red_pixels(dialog.grab().toImage()) == 0


def test_a_message_naming_a_picture_shows_the_name_not_the_picture(
    qtbot: QtBot, picture: Path
) -> None:
    message = f"“<img src={picture.as_uri()}>.json” cannot be imported: it is not JSON."
    box = QMessageBox(QMessageBox.Icon.Warning, "Import", plain_text(message))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert red_pixels(box.grab().toImage()) == 0
    assert "&lt;img" in box.text()


def test_a_tag_key_from_an_exercise_never_takes_a_window_command(
    qtbot: QtBot, tmp_path: Path, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *_, **__: ("Ana", True))
    window = create_window(str(tmp_path / "student.sqlite3"))
    qtbot.addWidget(window)
    commands = window.commands.command_keys()
    taken = next(key for key in commands if key.startswith("Ctrl+"))
    exercise = replace(
        hostile_exercise(tmp_path / "none.png"),
        tags=(ExerciseTag("weighed", "#0072B2", taken, ""),),
        key=None,
    )
    path = tmp_path / "keys.rmexercise"
    with path.open("wb") as stream:
        write_exercise(exercise, stream)
    window.commands.classroom.open_exercise_file(path)
    added = next(t for t in window.controller.tags if t.name == "weighed")
    assert added.shortcut == ""
    assert window.commands.command_keys()[taken] == commands[taken]
    window.close()
