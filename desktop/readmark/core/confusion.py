"""What a class called each key passage: the confusion matrix of the key's tags against the
tags students gave (a claim taken for an opinion, ...), with the reasons students gave for
each answer, so that a teacher sees the misconception behind a mistake, not only the score.

The unit is an answer: one student's tag on one key passage. A student's passage answers a key
passage it touches (exercise.touches: any shared character with the same tag, half or more
with another); a student who gave a key passage two tags gave two answers, and one who
gave it none answered NO_TAG."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from readmark.core.exercise import Passage, Work, touches

NO_TAG = ""  # the column of key passages a student left untagged
NO_REASON = ""


@dataclass(frozen=True)
class Confusion:
    tags: tuple[str, ...]  # the exercise's tags: the rows (the key's), and the columns
    answers: dict[tuple[str, str], int]  # (key's tag, tag given or NO_TAG) -> answers
    # (key's tag, tag given) -> reason (or NO_REASON) -> answers that gave it
    reasons: dict[tuple[str, str], dict[str, int]]

    def count(self, key_tag: str, given: str) -> int:
        return self.answers.get((key_tag, given), 0)

    def mistakes(self) -> list[tuple[str, str, int, dict[str, int]]]:
        """(key's tag, tag given, answers, their reasons) for each wrong tag given, the most
        frequent first."""
        wrong = [
            (key_tag, given, count, self.reasons.get((key_tag, given), {}))
            for (key_tag, given), count in self.answers.items()
            if given not in (key_tag, NO_TAG)
        ]
        return sorted(wrong, key=lambda m: (-m[2], self.tags.index(m[0]), m[1]))


def confusion(key: Sequence[Passage], works: Sequence[Work], tags: Sequence[str]) -> Confusion:
    answers: Counter[tuple[str, str]] = Counter()
    reasons: dict[tuple[str, str], Counter[str]] = {}
    for work in works:
        for key_passage in key:
            given: dict[str, set[str]] = {}
            for passage in work.passages:
                if touches(key_passage, passage):
                    given.setdefault(passage.tag, set()).add(passage.reason)
            if not given:
                answers[key_passage.tag, NO_TAG] += 1
            for tag, cues in given.items():
                answers[key_passage.tag, tag] += 1
                # A reason counts once per answer; "none" only if no passage gave one.
                named = cues - {NO_REASON} or {NO_REASON}
                reasons.setdefault((key_passage.tag, tag), Counter()).update(named)
    return Confusion(
        tuple(tags), dict(answers), {cell: dict(counts) for cell, counts in reasons.items()}
    )
