"""A class's work on one exercise: per key passage who found it and how, per student a score;
written as CSV (our spreadsheet conventions) or as an Excel workbook, its headings in the
reader's language (core/texts.py)."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO, Literal, TextIO

from readmark.core.confusion import NO_REASON, NO_TAG, Confusion, confusion
from readmark.core.csv_export import neutralise_cell
from readmark.core.exercise import (
    MATCH_THRESHOLD,
    REASONS,
    Exercise,
    Feedback,
    Passage,
    Work,
    check,
    overlap_ratio,
    reason_name,
    touches,
)
from readmark.core.texts import tr


@dataclass(frozen=True)
class KeyPassageResult:
    passage: Passage
    number: int  # its place in the key, in reading order, from 1
    matched: int  # students with a passage of its tag that matches it
    partly: int  # students whose passage of its tag only partly matches it
    tags: dict[str, int]  # tag -> students who tagged (much of) this passage so
    students: int

    @property
    def found(self) -> int:
        return self.matched + self.partly

    @property
    def missed(self) -> int:
        return self.students - self.found


@dataclass(frozen=True)
class StudentResult:
    student: str
    feedback: Feedback


@dataclass(frozen=True)
class ClassResults:
    tags: tuple[str, ...]
    passages: tuple[KeyPassageResult, ...]  # the most often missed first
    students: tuple[StudentResult, ...]  # in the order their files were given
    confusion: Confusion  # what the class called each key passage, and why


def class_results(exercise: Exercise, works: Sequence[Work]) -> ClassResults:
    key = sorted(exercise.key or (), key=lambda p: (p.start, p.end))
    tags = exercise.tag_names
    students = tuple(StudentResult(w.student, check(key, w.passages, tags)) for w in works)
    passages = [_passage_result(k, n, works) for n, k in enumerate(key, start=1)]
    passages.sort(key=lambda r: (-r.missed, r.matched, r.number))
    return ClassResults(tags, tuple(passages), students, confusion(key, works, tags))


def _passage_result(key_passage: Passage, number: int, works: Sequence[Work]) -> KeyPassageResult:
    matched = partly = 0
    tags: Counter[str] = Counter()
    for work in works:
        same = [overlap_ratio(key_passage, p) for p in work.passages if p.tag == key_passage.tag]
        best = max(same, default=0.0)
        matched += best >= MATCH_THRESHOLD
        partly += 0 < best < MATCH_THRESHOLD
        used = {p.tag for p in work.passages if touches(key_passage, p)}
        tags.update(used)
    return KeyPassageResult(key_passage, number, matched, partly, dict(tags), len(works))


# Tables, shared by CSV and Excel

Table = Literal["passages", "students", "confusion"]
# Where the key passages' table has its tag, its passage and how many students missed it (the
# headings are translated, so they are found by place, not by name).
TAG_COLUMN, PASSAGE_COLUMN, MISSED_COLUMN = 1, 2, 8
FIRST_TAGGED_AS_COLUMN = 9


def table_rows(results: ClassResults, table: Table) -> tuple[list[str], list[list[object]]]:
    """A header and rows: one per key passage, one per student, or one per cell of the
    confusion matrix (key's tag, tag given) with the reasons given there."""
    if table == "confusion":
        return _confusion_rows(results.confusion)
    if table == "passages":
        header = [tr("number", "column"), tr("tag", "column"), tr("passage", "column")]
        header += [tr("start", "column"), tr("end", "column"), tr("found", "column")]
        header += [tr("matched", "column"), tr("partly", "column"), tr("missed", "column")]
        header += [tr("tagged as {tag}", "column").format(tag=t) for t in results.tags]
        rows = [
            [
                r.number,
                r.passage.tag,
                r.passage.exact,
                r.passage.start,
                r.passage.end,
                r.found,
                r.matched,
                r.partly,
                r.missed,
                *(r.tags.get(t, 0) for t in results.tags),
            ]
            for r in results.passages
        ]
        return header, rows
    header = [tr("student", "column"), tr("score", "column")]
    header += [tr("{tag} score", "column").format(tag=t) for t in results.tags]
    header += [tr("matched", "column"), tr("partly", "column"), tr("wrong tag", "column")]
    header += [tr("not in key", "column"), tr("missed", "column")]
    rows = []
    for s in results.students:
        f = s.feedback
        rows.append(
            [
                s.student,
                _percent(f.total.score),
                *(_percent(score.score) for score in f.scores[:-1]),
                *(f.count(c) for c in ("match", "partial", "wrong_tag", "not_in_key", "missed")),
            ]
        )
    return header, rows


def _confusion_rows(matrix: Confusion) -> tuple[list[str], list[list[object]]]:
    header = [tr("key's tag", "column"), tr("tag given", "column"), tr("answers", "column")]
    header += [tr("reason: {reason}", "column").format(reason=reason_name(r)) for r in REASONS]
    header.append(tr("no reason", "column"))
    rows: list[list[object]] = []
    for key_tag in matrix.tags:
        for given in (*matrix.tags, NO_TAG):
            count = matrix.count(key_tag, given)
            if not count:
                continue
            reasons = matrix.reasons.get((key_tag, given), {})
            cues = [reasons.get(r, 0) for r in (*REASONS, NO_REASON)]
            rows.append([key_tag, given or tr("(none)", "no tag given"), count, *cues])
    return header, rows


def _percent(score: float | None) -> int | str:
    return "" if score is None else round(score * 100)


def write_results_csv(results: ClassResults, table: Table, stream: TextIO) -> int:
    """One table as CSV, in csv_export's form: a byte-order mark, CRLF, no formula cells.
    `stream` must be opened with encoding="utf-8" and newline=""."""
    header, rows = table_rows(results, table)
    stream.write("\ufeff")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise_cell(v) if isinstance(v, str) else v for v in row])
    return len(rows)


def write_results_xlsx(results: ClassResults, stream: BinaryIO) -> None:
    """The three tables, a sheet each, styled as our Excel export is; text cells stay text."""
    # XlsxWriter loads only when a workbook is asked for; its cells are made as xlsx_export does.
    from readmark.core.xlsx_export import Book

    tables: tuple[tuple[Table, str], ...] = (
        ("students", tr("Students")),
        ("passages", tr("Key passages")),
        ("confusion", tr("Claim or opinion")),
    )
    with Book(stream) as book:
        for table, title in tables:
            header, rows = table_rows(results, table)
            sheet = book.sheet(title, header, "B2")
            for row in rows:
                sheet.append(row)
