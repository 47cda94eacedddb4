"""The class's confusion matrix and the reasons behind its mistakes, against a class worked by
hand; reasons travel in the work file and old work files still read."""

from __future__ import annotations

import io
import json

from hypothesis import given
from hypothesis import strategies as st

from factories import make_article
from readmark.core.class_results import class_results
from readmark.core.confusion import NO_REASON, NO_TAG
from readmark.core.exercise import REASONS, Exercise, ExerciseTag, Passage, Work
from readmark.core.exercise_files import read_work, write_work

TEXT = "".join(f"Sentence {n:02d} of the article says something here. " for n in range(12))
TAGS = ("claim", "opinion")


def p(tag: str, number: int, reason: str = "", trim: int = 0) -> Passage:
    """The `number`th sentence as a passage (`trim` characters shorter at its end)."""
    start = TEXT.index(f"Sentence {number:02d}")
    end = TEXT.index(".", start) + 1 - trim
    return Passage(tag, start, end, TEXT[start:end], reason=reason)


# The key: sentence 1 a claim (A), 3 an opinion (B), 5 a claim (C).
KEY = (p("claim", 1), p("opinion", 3), p("claim", 5))
EXERCISE = Exercise(
    "ex1", "", make_article(TEXT), tuple(ExerciseTag(t, "#000000") for t in TAGS), KEY, False
)


def work(student: str, passages: tuple[Passage, ...]) -> Work:
    return Work("ex1", EXERCISE.article.content_hash, student, "", passages)


CLASS = [
    # Ana: A right (a figure), B a claim (a named source): her mistake, C right (no reason).
    work(
        "Ana",
        (p("claim", 1, "figure"), p("claim", 3, "named source"), p("claim", 5)),
    ),
    # Ben: A an opinion (an evaluative word): his mistake; B right (first person); C left out.
    work("Ben", (p("opinion", 1, "evaluative word"), p("opinion", 3, "first person"))),
    # Cleo: A right, B right (a hedge), C an opinion (a hedge): her mistake. Her A is two
    # passages of one tag, the same answer, with one reason.
    work(
        "Cleo",
        (
            p("claim", 1, "figure"),
            p("claim", 1, trim=4),
            p("opinion", 3, "hedge"),
            p("opinion", 5, "hedge"),
        ),
    ),
]


def test_the_confusion_matrix_of_a_class_worked_by_hand() -> None:
    matrix = class_results(EXERCISE, CLASS).confusion
    # Rows: what the key says; columns: what the students said, or nothing.
    assert [[matrix.count(k, g) for g in (*TAGS, NO_TAG)] for k in TAGS] == [
        [3, 2, 1],  # claims: Ana A, Ana C, Cleo A right; Ben A, Cleo C as opinions; Ben's C
        [1, 2, 0],  # opinions: Ana's B as a claim; Ben's and Cleo's B right
    ]
    assert matrix.mistakes() == [
        ("claim", "opinion", 2, {"evaluative word": 1, "hedge": 1}),
        ("opinion", "claim", 1, {"named source": 1}),
    ]
    assert matrix.reasons["claim", "claim"] == {"figure": 2, NO_REASON: 1}


def test_reasons_go_in_the_work_file_and_come_back() -> None:
    ana = CLASS[0]
    stream = io.BytesIO()
    write_work(ana, stream)
    assert read_work(stream.getvalue(), EXERCISE).passages == ana.passages
    raw = json.loads(stream.getvalue())
    assert [passage.get("reason") for passage in raw["passages"]] == [
        "figure",
        "named source",
        None,  # none given: the key is left out, as earlier versions wrote it
    ]


@given(st.text(max_size=30))
def test_a_reason_this_version_does_not_know_is_left_out(reason: str) -> None:
    stream = io.BytesIO()
    write_work(CLASS[0], stream)
    raw = json.loads(stream.getvalue())
    raw["passages"][0]["reason"] = reason
    [first, *_] = read_work(json.dumps(raw).encode(), EXERCISE).passages
    assert first.reason == (reason if reason in REASONS else "")


def test_the_confusion_table_for_a_spreadsheet() -> None:
    from readmark.core.class_results import table_rows

    header, rows = table_rows(class_results(EXERCISE, CLASS), "confusion")
    assert header[:3] == ["key's tag", "tag given", "answers"]
    by_cell = {(r[0], r[1]): dict(zip(header[2:], r[2:], strict=True)) for r in rows}
    assert by_cell["claim", "opinion"]["answers"] == 2
    assert by_cell["claim", "opinion"]["reason: hedge"] == 1
    assert by_cell["claim", "(none)"]["no reason"] == 0  # no answer, so no reason either
    assert by_cell["opinion", "claim"]["reason: named source"] == 1
    assert ("opinion", "(none)") not in by_cell  # every student tagged the opinion
