"""Precision and recall of the suggester against the hand-tagged passages in gold.json.

Run `python tests/suggestions/quality.py` for the table; test_quality.py holds the floor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from readmark.core.importing import read_article
from readmark.core.suggestions import suggest

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
TAGS = ("quote", "caption", "claim", "opinion")


@dataclass
class Score:
    suggested: int = 0
    correct: int = 0  # suggestions that match a hand-tagged passage
    tagged: int = 0
    found: int = 0  # hand-tagged passages some suggestion matches

    @property
    def precision(self) -> float:
        return self.correct / self.suggested if self.suggested else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.tagged if self.tagged else 1.0


def _matches(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """Same tag, overlapping by at least half of the shorter passage."""
    overlap = min(a[2], b[2]) - max(a[1], b[1])
    return a[0] == b[0] and overlap * 2 >= min(a[2] - a[1], b[2] - b[1])


def gold_spans(text: str, passages: list[list[object]]) -> list[tuple[str, int, int]]:
    text = text.replace("\u00a0", " ")  # the page's no-break spaces, typed as plain ones
    spans = []
    for entry in passages:
        tag, exact = str(entry[0]), str(entry[1])
        occurrence = int(entry[2]) if len(entry) > 2 else 0  # type: ignore[call-overload]
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(exact, start + 1)
        spans.append((tag, start, start + len(exact)))
    return spans


def score() -> dict[str, Score]:
    scores = {tag: Score() for tag in TAGS}
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    for article in gold["articles"].values():
        document = read_article(ROOT / article["file"])
        expected = gold_spans(document.text, article["passages"])
        proposed = [(s.tag, s.start, s.end) for s in suggest(document.text, list(document.blocks))]
        for tag in TAGS:
            mine = [p for p in proposed if p[0] == tag]
            theirs = [g for g in expected if g[0] == tag]
            scores[tag].suggested += len(mine)
            scores[tag].tagged += len(theirs)
            scores[tag].correct += sum(any(_matches(p, g) for g in theirs) for p in mine)
            scores[tag].found += sum(any(_matches(p, g) for p in mine) for g in theirs)
    return scores


def table(scores: dict[str, Score]) -> str:
    lines = ["| tag | hand-tagged | suggested | precision | recall |", "|---|---|---|---|---|"]
    for tag, s in scores.items():
        lines.append(f"| {tag} | {s.tagged} | {s.suggested} | {s.precision:.2f} | {s.recall:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(score()))
