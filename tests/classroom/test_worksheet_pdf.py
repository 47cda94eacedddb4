"""The worksheet as a class gets it on paper: a line for name, class and date; each tag's name
apart from its description; a paragraph the page repeats printed once."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from external_tools import require_tool
from factories import make_article
from readmark.core.exercise import Exercise, ExerciseTag, for_student
from readmark.core.exercise_sheets import answer_sheet_page, worksheet_page
from readmark.ui.exchange_actions import write_report_pdf

REPEATED = "Pull quote: “the café will close”."
TEXT = (
    "Café prices soar\n\n"
    "The mayor said prices rose 42 % in 2024.\n\n"
    f"{REPEATED}\n\n{REPEATED}\n\n"
    "A photo caption: the café at dawn."
)
TAGS = (
    ExerciseTag("statistic", "#56B4E9", "5", "A number that says much"),
    ExerciseTag("claim", "#0072B2", "1", "A statement of fact"),
)
NOW = datetime(2025, 3, 4, tzinfo=UTC)


def exercise() -> Exercise:
    return Exercise("x", "Tag every claim.", make_article(TEXT), TAGS, (), True)


def words_in(pdf: Path) -> list[tuple[str, float, float]]:
    """Each printed word with its left and right edge, as pdftotext finds them."""
    pdftotext = require_tool("pdftotext", "poppler-utils")
    run = subprocess.run(
        [pdftotext, "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)</word>', run.stdout
    )
    return [(word, float(left), float(right)) for left, right, word in found]


def test_the_worksheet_prints_a_line_for_name_class_and_date(qtbot: QtBot, tmp_path: Path) -> None:
    write_report_pdf(worksheet_page(for_student(exercise()), NOW), tmp_path / "w.pdf")
    text = " ".join(word for word, _, _ in words_in(tmp_path / "w.pdf"))
    assert re.search(r"Name: _{10,} Class: _{10,} Date: _{10,}", text)


def test_each_tag_name_stands_apart_from_its_description(qtbot: QtBot, tmp_path: Path) -> None:
    write_report_pdf(worksheet_page(for_student(exercise()), NOW), tmp_path / "w.pdf")
    words = words_in(tmp_path / "w.pdf")
    for tag in TAGS:
        at = [word for word, _, _ in words].index(tag.name)
        (_, _, label_ends), (described, starts, _) = words[at], words[at + 1]
        assert described == tag.description.split()[0]
        assert starts - label_ends >= 8, f"{tag.name} runs into its description"


def test_a_repeated_paragraph_is_printed_once_on_either_sheet(qtbot: QtBot, tmp_path: Path) -> None:
    for name, page in (
        ("w.pdf", worksheet_page(for_student(exercise()), NOW)),
        ("a.pdf", answer_sheet_page(exercise(), NOW)),
    ):
        write_report_pdf(page, tmp_path / name)
        text = " ".join(word for word, _, _ in words_in(tmp_path / name))
        assert text.count("Pull quote:") == 1, name
        assert "A photo caption" in text
