"""Classroom exercises: the exercise a teacher makes, the student's view of it and their work,
and checking passages against a key; `exercise_files` writes and reads them as files. Offsets
are code points into the article's text, end exclusive.

The key is not encrypted: the app checks offline, so whoever unzips the file can read it. What
this module guarantees is that the student-facing API (StudentExercise, Feedback) gives the key
out only when the teacher allowed it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from readmark.core.model import Article
from readmark.core.texts import QT_TR_NOOP, tr

# A passage matches a key passage of its tag when they share at least this share of the
# characters either covers (overlap / union); any shared character is a partial match.
MATCH_THRESHOLD = 0.8
# A passage counts as the right place with the wrong tag when it shares this much with a key
# passage of another tag; less than that, it is simply not in the key.
WRONG_TAG_THRESHOLD = 0.5

Category = Literal["match", "partial", "wrong_tag", "not_in_key", "missed"]
CATEGORIES: tuple[Category, ...] = ("match", "partial", "wrong_tag", "not_in_key", "missed")
CATEGORY_LABELS: dict[Category, str] = {  # shown through texts.tr()
    "match": QT_TR_NOOP("matches the key"),
    "partial": QT_TR_NOOP("partly matches"),
    "wrong_tag": QT_TR_NOOP("wrong tag"),
    "not_in_key": QT_TR_NOOP("not in the key"),
    "missed": QT_TR_NOOP("missed"),
}
# Okabe-Ito again, so the categories stay apart for colour-blind readers too.
CATEGORY_COLOURS: dict[Category, str] = {
    "match": "#009E73",
    "partial": "#56B4E9",
    "wrong_tag": "#E69F00",
    "not_in_key": "#D55E00",
    "missed": "#999999",
}

# The cues a student may give as the reason for a tag: what in the words made it a claim or an
# opinion. Class Results shows which of them went with the class's mistakes.
REASONS = ("figure", "named source", "hedge", "first person", "evaluative word")
_REASON_NAMES = {  # as the reader's language names them, through texts.tr()
    "figure": QT_TR_NOOP("figure"),
    "named source": QT_TR_NOOP("named source"),
    "hedge": QT_TR_NOOP("hedge"),
    "first person": QT_TR_NOOP("first person"),
    "evaluative word": QT_TR_NOOP("evaluative word"),
}


def reason_name(reason: str) -> str:
    """One of REASONS as the reader's language names it (one it does not know, as it is)."""
    return tr(_REASON_NAMES[reason]) if reason in _REASON_NAMES else reason


class KeyHiddenError(Exception):
    """The exercise does not let the student see its key."""


@dataclass(frozen=True)
class ExerciseTag:
    name: str
    colour: str
    shortcut: str = ""
    description: str = ""


@dataclass(frozen=True)
class Passage:
    """A tagged passage, its tag by name (libraries number their tags differently)."""

    tag: str
    start: int
    end: int
    exact: str
    note: str = ""
    reason: str = ""  # one of REASONS, or "" for none


@dataclass(frozen=True)
class Exercise:
    """The teacher's view: everything in the file, the key included."""

    id: str
    instructions: str
    article: Article
    tags: tuple[ExerciseTag, ...]
    key: tuple[Passage, ...] | None  # None: no answer key, the student cannot check
    reveal_key: bool  # the student may see the key's passages once they check their work

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex

    @property
    def tag_names(self) -> tuple[str, ...]:
        return tuple(tag.name for tag in self.tags)


@dataclass(frozen=True)
class StudentExercise:
    """The student's view of an exercise: the key stays inside, used only to check work."""

    id: str
    instructions: str
    article: Article
    tags: tuple[ExerciseTag, ...]
    has_key: bool
    reveal_key: bool
    _key: tuple[Passage, ...] = field(default=(), repr=False, compare=False)

    @property
    def tag_names(self) -> tuple[str, ...]:
        return tuple(tag.name for tag in self.tags)

    def revealed_key(self) -> tuple[Passage, ...]:
        if not (self.has_key and self.reveal_key):
            raise KeyHiddenError(tr("This exercise does not show its answer key."))
        return self._key

    def check(self, passages: Sequence[Passage]) -> Feedback:
        """The student's passages against the key; the missed passages themselves only if the
        exercise reveals its key (their number per tag always)."""
        if not self.has_key:
            raise KeyHiddenError(tr("This exercise has no answer key to check against."))
        result = check(self._key, passages, self.tag_names)
        if self.reveal_key:
            return result
        return Feedback(result.checked, (), result.missed_counts, result.scores)


def for_student(exercise: Exercise) -> StudentExercise:
    return StudentExercise(
        exercise.id,
        exercise.instructions,
        exercise.article,
        exercise.tags,
        has_key=exercise.key is not None,
        reveal_key=exercise.reveal_key,
        _key=exercise.key or (),
    )


@dataclass(frozen=True)
class Work:
    """A student's passages for one exercise."""

    exercise_id: str
    content_hash: str
    student: str
    exported: str  # ISO time
    passages: tuple[Passage, ...]


def new_work(
    exercise: StudentExercise, student: str, passages: Sequence[Passage], now: datetime
) -> Work:
    in_play = set(exercise.tag_names)
    return Work(
        exercise.id,
        exercise.article.content_hash,
        student,
        now.isoformat(timespec="seconds"),
        tuple(p for p in passages if p.tag in in_play),
    )


# Checking


@dataclass(frozen=True)
class Checked:
    passage: Passage
    category: Category
    key_index: int | None  # the key passage it matched or partly matched


@dataclass(frozen=True)
class TagScore:
    tag: str  # "" for all tags together
    key_passages: int
    points: float  # 1 per key passage matched, 0.5 per one partly matched
    extra: int  # passages of this tag with the wrong tag or not in the key

    @property
    def score(self) -> float | None:
        """From 0 to 1; None when neither the key nor the student has a passage of the tag."""
        total = self.key_passages + self.extra
        return self.points / total if total else None


@dataclass(frozen=True)
class Feedback:
    checked: tuple[Checked, ...]
    missed: tuple[Passage, ...]  # empty when the key is hidden
    missed_counts: dict[str, int]
    scores: tuple[TagScore, ...]  # per tag in play, then all together

    @property
    def total(self) -> TagScore:
        return self.scores[-1]

    def count(self, category: Category) -> int:
        if category == "missed":
            return sum(self.missed_counts.values())
        return sum(c.category == category for c in self.checked)


def overlap_ratio(a: Passage, b: Passage) -> float:
    """Characters shared over characters covered by either (0 when apart)."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0
    return shared / (max(a.end, b.end) - min(a.start, b.start))


def touches(key_passage: Passage, passage: Passage) -> bool:
    """Whether a student's passage counts as tagging this key passage, rightly or not: any
    shared character with its tag, half or more with another."""
    ratio = overlap_ratio(key_passage, passage)
    return ratio > 0 if passage.tag == key_passage.tag else ratio >= WRONG_TAG_THRESHOLD


def check(key: Sequence[Passage], passages: Sequence[Passage], tags: Iterable[str]) -> Feedback:
    """Each passage of a tag in play in a category, the key passages missed, a score per tag."""
    in_play = tuple(tags)
    mine = sorted((p for p in passages if p.tag in in_play), key=lambda p: (p.start, p.end))
    checked = tuple(_categorise(p, key) for p in mine)
    points = [_points(k, mine) for k in key]
    missed = tuple(k for k, got in zip(key, points, strict=True) if got == 0)
    missed_counts = {tag: sum(k.tag == tag for k in missed) for tag in in_play}
    scores = [_score(tag, key, points, checked) for tag in in_play]
    scores.append(
        TagScore(
            "",
            sum(s.key_passages for s in scores),
            sum(s.points for s in scores),
            sum(s.extra for s in scores),
        )
    )
    return Feedback(checked, missed, missed_counts, tuple(scores))


def _categorise(passage: Passage, key: Sequence[Passage]) -> Checked:
    same = [(overlap_ratio(passage, k), i) for i, k in enumerate(key) if k.tag == passage.tag]
    best, index = max(same, default=(0.0, None))
    if best >= MATCH_THRESHOLD:
        return Checked(passage, "match", index)
    if best > 0:
        return Checked(passage, "partial", index)
    if any(overlap_ratio(passage, k) >= WRONG_TAG_THRESHOLD for k in key):
        return Checked(passage, "wrong_tag", None)
    return Checked(passage, "not_in_key", None)


def _points(key_passage: Passage, passages: Sequence[Passage]) -> float:
    best = max(
        (overlap_ratio(key_passage, p) for p in passages if p.tag == key_passage.tag), default=0
    )
    return 1.0 if best >= MATCH_THRESHOLD else 0.5 if best > 0 else 0.0


def _score(
    tag: str, key: Sequence[Passage], points: Sequence[float], checked: Sequence[Checked]
) -> TagScore:
    mine = [i for i, k in enumerate(key) if k.tag == tag]
    extra = sum(c.passage.tag == tag and c.category in ("wrong_tag", "not_in_key") for c in checked)
    return TagScore(tag, len(mine), sum(points[i] for i in mine), extra)
