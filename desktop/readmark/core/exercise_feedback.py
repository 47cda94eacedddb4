"""A student's work checked, as a page: the score, then each passage with its mark (✓ matches,
½ partly, ✗ wrong tag or not in the key, ○ missed), then the article coloured by category.

The results come first, so that a student sees them without scrolling through the article; and
each category has its own mark beside its colour, since its colours are also tags' colours (the
green of "matches" is the caption tag's green)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from readmark.core.exercise import (
    CATEGORIES,
    CATEGORY_COLOURS,
    CATEGORY_LABELS,
    MATCHING_RULES,
    Category,
    Feedback,
)
from readmark.core.exercise_sheets import passage_annotation, with_preface
from readmark.core.model import Document, Tag
from readmark.core.report import render_report

MARKS: dict[Category, str] = {
    "match": "✓",
    "partial": "½",
    "wrong_tag": "✗",
    "not_in_key": "✗",
    "missed": "○",
}
# The report's list of passages, which it puts after the article; the feedback puts it first.
_PASSAGES_HEADING = "<h2>Passages and notes</h2>"
_LIST_END = "</ol>"


def marked_label(category: Category) -> str:
    """The category as the page names it: its mark, then its words ("✓ matches the key")."""
    return f"{MARKS[category]} {CATEGORY_LABELS[category]}"


def feedback_page(document: Document, feedback: Feedback, generated: datetime) -> str:
    """The scores and the rules, the student's passages (and the missed key passages, when the
    key is shown) each with its mark, then the article with them coloured by category."""
    tags = [
        Tag(number, marked_label(c), CATEGORY_COLOURS[c], "", number)
        for number, c in enumerate(CATEGORIES, start=1)
    ]
    ids = {c: tag.id for c, tag in zip(CATEGORIES, tags, strict=True)}
    shown = [
        passage_annotation(
            document.id, ids[c.category], c.passage, f"You tagged it {c.passage.tag}."
        )
        for c in feedback.checked
    ]
    shown += [
        passage_annotation(document.id, ids["missed"], p, f"The key tags it {p.tag}.")
        for p in feedback.missed
    ]
    page = render_report([(document, shown)], tags, generated)
    page, passages = _taken_out(page)
    if passages:
        passages = passages.replace(_PASSAGES_HEADING, "<h2>Your passages</h2>", 1)
        passages += "<h2>In the article</h2>\n"
    return with_preface(page, _scores(feedback) + passages, "Checked ")


def _taken_out(page: str) -> tuple[str, str]:
    """The page without its list of passages, and that list ("" if it has none)."""
    start = page.find(_PASSAGES_HEADING)
    if start == -1:
        return page, ""
    end = page.index(_LIST_END, start) + len(_LIST_END)
    return page[:start] + page[end:], page[start:end] + "\n"


def _scores(feedback: Feedback) -> str:
    rows = []
    for score in feedback.scores:
        name = score.tag or "All tags"
        value = "—" if score.score is None else f"{score.score:.0%}"
        missed = (
            sum(feedback.missed_counts.values())
            if not score.tag
            else feedback.missed_counts.get(score.tag, 0)
        )
        rows.append(
            f'<tr><td class="tag">{escape(name)}</td><td>{value}</td>'
            f"<td>{score.points:g} of {score.key_passages} key "
            f"passage{'' if score.key_passages == 1 else 's'}</td>"
            f"<td>{missed} missed</td><td>{score.extra} not in the key or wrong tag</td></tr>"
        )
    hidden = (
        '<p class="meta">Your teacher has not shared the key: the passages you missed are '
        "counted, not shown.</p>"
        if sum(feedback.missed_counts.values()) and not feedback.missed
        else ""
    )
    return (
        '<h2>Your score</h2>\n<table class="legend">\n'
        + "\n".join(rows)
        + f'\n</table>\n{hidden}<p class="meta">{escape(MATCHING_RULES)}</p>'
    )
