"""Pages made from an exercise with the report's renderer: the worksheet and the answer sheet,
as HTML that Qt shows and prints (a student's feedback: exercise_feedback)."""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from readmark.core.bounded import checked_colour
from readmark.core.duplicates import near_duplicates
from readmark.core.exercise import (
    Exercise,
    ExerciseTag,
    Passage,
    StudentExercise,
)
from readmark.core.model import Annotation, Document, Tag
from readmark.core.report import nothing_tagged, render_report
from readmark.core.text import Block, split_blocks
from readmark.core.texts import tr

_BLANK = "_" * 14


def _student_line() -> str:
    """Where a student writes who they are, on paper: the sheet is handed in."""
    fields = [(tr("Name:"), _BLANK * 2), (tr("Class:"), _BLANK), (tr("Date:"), _BLANK)]
    return "<p>" + "&nbsp;&nbsp; ".join(f"{label} {blank}" for label, blank in fields) + "</p>\n"


def worksheet_page(exercise: Exercise | StudentExercise, generated: datetime) -> str:
    """The article with numbered paragraphs, the instructions, and the tags to use."""
    document, _ = numbered(_document(exercise), [])
    page = render_report(
        [(document, [])], _tags(exercise.tags), generated, made_as=tr("Worksheet, {date}")
    )
    preface = _student_line() + _instructions(exercise.instructions) + _empty_legend(exercise.tags)
    return with_preface(page.replace(nothing_tagged(), ""), preface)


def answer_sheet_page(exercise: Exercise, generated: datetime) -> str:
    """The article with numbered paragraphs and the key highlighted, with its legend."""
    tags = _tags(exercise.tags)
    ids = {tag.name: tag.id for tag in tags}
    source = _document(exercise)
    key = [passage_annotation(source.id, ids[p.tag], p) for p in exercise.key or ()]
    document, shifted = numbered(source, key)
    made_as = tr("Answer sheet, {date}")
    page = render_report([(document, shifted)], tags, generated, made_as=made_as)
    return with_preface(page, _instructions(exercise.instructions))


def numbered(
    document: Document, annotations: Sequence[Annotation]
) -> tuple[Document, list[Annotation]]:
    """The document with "[n] " before each body block (numbered as exports number paragraphs:
    the title is not), and the annotations moved to match."""
    blocks = list(document.blocks) or split_blocks(document.text)
    first = 0 if blocks and blocks[0].kind == "title" else 1
    marks = [
        "" if block.kind == "title" else f"[{index + first}] " for index, block in enumerate(blocks)
    ]
    before = [0, *itertools.accumulate(len(mark) for mark in marks)]
    pieces, position = [], 0
    for block, mark in zip(blocks, marks, strict=True):
        pieces += [document.text[position : block.start], mark]
        position = block.start
    pieces.append(document.text[position:])
    moved_blocks = tuple(
        Block(b.kind, b.start + before[i], b.end + before[i + 1]) for i, b in enumerate(blocks)
    )

    def shift(offset: int, at_start: bool) -> int:
        # A passage starting a block follows its mark; one ending at a block's start does not.
        return offset + sum(
            len(mark)
            for block, mark in zip(blocks, marks, strict=True)
            if block.start < offset or (at_start and block.start == offset)
        )

    moved = [replace(a, start=shift(a.start, True), end=shift(a.end, False)) for a in annotations]
    return replace(document, text="".join(pieces), blocks=moved_blocks), moved


def _document(exercise: Exercise | StudentExercise) -> Document:
    """The exercise's article as a document, its repeated paragraphs folded as the reader
    folds them (a page printed for a class shows a repeat once)."""
    article = exercise.article
    return Document(
        id=0,
        title=article.title,
        source=article.source,
        text=article.text,
        content_hash=article.content_hash,
        imported_at=datetime.now().astimezone(),
        reading_position=0,
        blocks=article.blocks,
        author=article.author,
        published=article.published,
        site=article.site,
        url=article.url,
        folded_blocks=tuple(near_duplicates(article.text, list(article.blocks))),
    )


def _tags(tags: Sequence[ExerciseTag]) -> list[Tag]:
    return [
        Tag(number, t.name, t.colour, t.shortcut, number, t.description)
        for number, t in enumerate(tags, start=1)
    ]


def passage_annotation(
    document_id: int, tag_id: int, passage: Passage, note: str = ""
) -> Annotation:
    moment = datetime.now().astimezone()
    return Annotation(
        id=Annotation.new_id(),
        document_id=document_id,
        tag_id=tag_id,
        start=passage.start,
        end=passage.end,
        exact=passage.exact,
        prefix="",
        suffix="",
        note=note or passage.note,
        created_at=moment,
        updated_at=moment,
    )


def with_preface(page: str, preface: str) -> str:
    """The page with `preface` after its line of metadata."""
    meta = page.find('<p class="meta">')
    end = page.find("</p>", meta) + len("</p>") if meta != -1 else -1
    if end <= 0:
        return page.replace("<section>", "<section>\n" + preface, 1)
    return page[:end] + "\n" + preface + page[end:]


def _instructions(text: str) -> str:
    if not text.strip():
        return ""
    shown = _e(text.strip()).replace("\n", "<br>")
    return "<h2>" + tr("Instructions") + f"</h2>\n<p>{shown}</p>"


def _empty_legend(tags: Sequence[ExerciseTag]) -> str:
    rows = [
        f'<tr><td class="swatch" width="30" '
        f'style="background-color: {checked_colour(t.colour)}">&nbsp;</td>'
        f'<td class="tag" style="padding: 0 14px 0 6px">{_e(t.name)}</td>'
        f"<td>{_e(t.description)}</td></tr>"
        for t in tags
    ]
    return "<h2>" + tr("Tags") + '</h2>\n<table class="legend">\n' + "\n".join(rows) + "\n</table>"


def _e(value: str) -> str:
    return html.escape(value, quote=True)
