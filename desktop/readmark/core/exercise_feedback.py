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
    MATCH_THRESHOLD,
    WRONG_TAG_THRESHOLD,
    Category,
    Feedback,
)
from readmark.core.exercise_sheets import passage_annotation, with_preface
from readmark.core.model import Document, Tag
from readmark.core.report import passages_heading, render_report
from readmark.core.texts import percent, points, tr

MARKS: dict[Category, str] = {
    "match": "✓",
    "partial": "½",
    "wrong_tag": "✗",
    "not_in_key": "✗",
    "missed": "○",
}
_LIST_END = "</ol>"  # of the report's list of passages, which the feedback puts first


def marked_label(category: Category) -> str:
    """The category as the page names it: its mark, then its words ("✓ matches the key")."""
    return f"{MARKS[category]} {tr(CATEGORY_LABELS[category])}"


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
            document.id,
            ids[c.category],
            c.passage,
            tr("You tagged it {tag}.").format(tag=c.passage.tag),
        )
        for c in feedback.checked
    ]
    shown += [
        passage_annotation(
            document.id, ids["missed"], p, tr("The key tags it {tag}.").format(tag=p.tag)
        )
        for p in feedback.missed
    ]
    made_as = tr("Checked {date}")
    page, passages = _taken_out(render_report([(document, shown)], tags, generated, None, made_as))
    if passages:
        passages = passages.replace(passages_heading(), "<h2>" + tr("Your passages") + "</h2>", 1)
        passages += "<h2>" + tr("In the article") + "</h2>\n"
    return with_preface(page, _scores(feedback) + passages)


def _taken_out(page: str) -> tuple[str, str]:
    """The page without its list of passages, and that list ("" if it has none)."""
    start = page.find(passages_heading())
    if start == -1:
        return page, ""
    end = page.index(_LIST_END, start) + len(_LIST_END)
    return page[:start] + page[end:], page[start:end] + "\n"


def _scores(feedback: Feedback) -> str:
    rows = []
    for score in feedback.scores:
        name = score.tag or tr("All tags")
        value = "—" if score.score is None else percent(score.score)
        missed = (
            sum(feedback.missed_counts.values())
            if not score.tag
            else feedback.missed_counts.get(score.tag, 0)
        )
        rows.append(
            f'<tr><td class="tag">{escape(name)}</td><td>{value}</td>'
            "<td>"
            + tr("{points} of %n key passage(s)", "", score.key_passages).format(
                points=points(score.points)
            )
            + "</td><td>"
            + tr("%n missed", "", missed)
            + "</td><td>"
            + tr("%n not in the key or wrong tag", "", score.extra)
            + "</td></tr>"
        )
    hidden = (
        '<p class="meta">'
        + tr("Your teacher has not shared the key: the passages you missed are counted, not shown.")
        + "</p>"
        if sum(feedback.missed_counts.values()) and not feedback.missed
        else ""
    )
    return (
        "<h2>"
        + tr("Your score")
        + '</h2>\n<table class="legend">\n'
        + "\n".join(rows)
        + f'\n</table>\n{hidden}<p class="meta">{escape(matching_rules())}</p>'
    )


def matching_rules(to_student: bool = True) -> str:
    """How passages are checked and scored, in the reader's language; told to the student
    ("your passages") or, in Class Results, to the teacher ("a student's passages")."""
    rules = tr(
        "A passage matches when it has the key passage's tag and the two share at least "
        "{match} of the characters either covers; it partly matches when they share any "
        "character. It has the wrong tag when it shares at least {wrong} with a key passage "
        "of another tag, and is not in the key otherwise. A key passage that no passage of its "
        "tag touches is missed."
    ).format(match=percent(MATCH_THRESHOLD), wrong=percent(WRONG_TAG_THRESHOLD))
    score = (
        tr(
            "Score per tag: 1 point for each key passage matched, ½ for one partly matched, "
            "divided by the key's passages plus your passages not in the key or with the wrong "
            "tag."
        )
        if to_student
        else tr(
            "Score per tag: 1 point for each key passage matched, ½ for one partly matched, "
            "divided by the key's passages plus a student's passages not in the key or with "
            "the wrong tag."
        )
    )
    return f"{rules} {score}"
