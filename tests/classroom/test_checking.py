"""Checking passages against a key: the categories on hand-made cases, scores, class results."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import openpyxl
import pytest

from factories import make_article
from readmark.core.class_results import class_results, write_results_csv, write_results_xlsx
from readmark.core.exercise import (
    Exercise,
    ExerciseTag,
    Passage,
    Work,
    check,
    overlap_ratio,
)
from readmark.core.exercise_feedback import feedback_page, marked_label
from readmark.core.model import Document

TEXT = "x" * 200
TAGS = ("claim", "opinion")


def p(tag: str, start: int, end: int) -> Passage:
    return Passage(tag, start, end, TEXT[start:end])


KEY = (p("claim", 10, 30), p("claim", 50, 70), p("opinion", 100, 120))


def test_overlap_is_shared_over_covered() -> None:
    assert overlap_ratio(p("claim", 0, 10), p("claim", 0, 10)) == 1
    assert overlap_ratio(p("claim", 0, 10), p("claim", 5, 15)) == pytest.approx(5 / 15)
    assert overlap_ratio(p("claim", 0, 10), p("claim", 10, 20)) == 0


@pytest.mark.parametrize(
    ("passage", "category"),
    [
        (p("claim", 10, 30), "match"),  # exact
        (p("claim", 11, 30), "match"),  # 19/20 = 95 %
        (p("claim", 10, 26), "match"),  # 16/20 = 80 %, the threshold itself
        (p("claim", 10, 25), "partial"),  # 15/20 = 75 %
        (p("claim", 29, 40), "partial"),  # one shared character
        (p("opinion", 12, 30), "wrong_tag"),  # 18/20 with a claim of the key
        (p("opinion", 20, 40), "not_in_key"),  # 10/30: too little of the claim to count
        (p("claim", 150, 160), "not_in_key"),  # nowhere near the key
        (p("claim", 100, 120), "wrong_tag"),  # the key's opinion, tagged as a claim
    ],
)
def test_categories(passage: Passage, category: str) -> None:
    (checked,) = check(KEY, [passage], TAGS).checked
    assert checked.category == category


def test_scores_missed_and_tags_out_of_play() -> None:
    mine = [
        p("claim", 10, 30),  # match: 1 point
        p("claim", 50, 60),  # partial: 1/2 point
        p("claim", 150, 160),  # not in the key: counts against claims
        p("quote", 100, 120),  # a tag not in play: ignored
    ]
    feedback = check(KEY, mine, TAGS)
    assert [c.category for c in feedback.checked] == ["match", "partial", "not_in_key"]
    assert feedback.missed == (KEY[2],)
    assert feedback.missed_counts == {"claim": 0, "opinion": 1}
    claim, opinion, total = feedback.scores
    assert (claim.points, claim.key_passages, claim.extra) == (1.5, 2, 1)
    assert claim.score == pytest.approx(0.5)
    assert opinion.score == 0
    assert total.score == pytest.approx(1.5 / 4)
    assert feedback.count("missed") == 1 and feedback.count("match") == 1
    assert check((), [], TAGS).total.score is None


def results():
    exercise = Exercise(
        "ex1",
        "",
        make_article(TEXT),
        tuple(ExerciseTag(t, "#000000") for t in TAGS),
        KEY,
        False,
    )
    ana = Work("ex1", "", "Ana", "", (p("claim", 10, 30), p("opinion", 100, 120)))
    ben = Work("ex1", "", "=Ben", "", (p("claim", 12, 30), p("claim", 100, 119)))
    return class_results(exercise, [ana, ben])


def test_class_results_count_per_key_passage_most_missed_first() -> None:
    found = results()
    # The second claim was found by nobody; the opinion by Ana only (Ben called it a claim).
    assert [r.number for r in found.passages] == [2, 3, 1]
    second, opinion, first = found.passages
    assert (second.found, second.missed) == (0, 2)
    assert (opinion.found, opinion.matched, opinion.tags) == (1, 1, {"opinion": 1, "claim": 1})
    assert (first.found, first.matched, first.tags) == (2, 2, {"claim": 2})
    ana, ben = found.students
    assert ana.feedback.total.score == pytest.approx(2 / 3)
    assert ben.feedback.total.score == pytest.approx(1 / 4)


def test_class_results_as_csv_and_excel() -> None:
    found = results()
    stream = io.StringIO(newline="")
    assert write_results_csv(found, "students", stream) == 2
    written = stream.getvalue()
    assert written.startswith("\ufeffstudent,score,") and "\r\n" in written
    rows = list(csv.reader(io.StringIO(written.lstrip("\ufeff"))))
    assert rows[1][:2] == ["Ana", "67"] and rows[2][:2] == ["'=Ben", "25"]
    stream = io.StringIO(newline="")
    write_results_csv(found, "passages", stream)
    assert stream.getvalue().splitlines()[1].startswith("2,claim,")
    binary = io.BytesIO()
    write_results_xlsx(found, binary)
    book = openpyxl.load_workbook(io.BytesIO(binary.getvalue()))
    assert book.sheetnames == ["Students", "Key passages", "Claim or opinion"]
    students = book["Students"]
    assert students["A3"].value == "=Ben" and students["A3"].data_type == "s"
    assert book["Key passages"]["F2"].value == 0  # the passage nobody found, first


def test_the_feedback_page_puts_the_marked_results_before_the_article() -> None:
    text = "Title\n\n" + "word " * 40
    key = (Passage("claim", 7, 27, text[7:27]), Passage("claim", 100, 120, text[100:120]))
    mine = [Passage("claim", 7, 27, text[7:27]), Passage("claim", 150, 160, text[150:160])]
    document = Document(1, "Title", "test", text, "hash", datetime.now(UTC), 0)
    page = feedback_page(document, check(key, mine, ["claim"]), datetime.now(UTC))
    assert page.index("Your score") < page.index("Your passages") < page.index("In the article")
    shown = page[page.index("Your passages") : page.index("In the article")]
    assert shown.count(marked_label("match")) == 1
    assert shown.count(marked_label("not_in_key")) == 1
    assert shown.count(marked_label("missed")) == 1
    assert "Passages and notes" not in page  # listed once, first
