"""A readable report of documents for printing or handing out: each article with its highlights
in tag colours, a legend, and its passages and notes numbered, as one self-contained HTML page.

Everything from the library is escaped, and the page loads nothing from outside. It keeps to
the HTML and CSS that Qt's rich text understands, so that the same page prints to PDF. Its
words, numbers and date are in the reader's language (core/texts.py).
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from readmark.core.model import Annotation, Document, Tag
from readmark.core.text import Block, split_blocks
from readmark.core.texts import date_time, language_code, tr

# How strongly a highlight tints the paper (a passage inside another is tinted again).
TINT = 0.30
_UNKNOWN_COLOUR = "#999999"
_EXCERPT_CHARS = 160
# Scripts that have no italic in most fonts (Hebrew, Arabic, Syriac, Thaana, the Indic scripts,
# Thai, CJK, Hangul): slanted, Qt falls back to a font without their glyphs and prints boxes.
_WITHOUT_ITALIC = re.compile(
    "[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\ufb1d-\ufdff\ufe70-\ufeff]"
)

_STYLE = """
@page { margin: 18mm 16mm; }
body { font-family: Georgia, 'DejaVu Serif', serif; font-size: 11pt; color: #1e1c19;
       line-height: 1.45; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 19pt; margin-top: 0; margin-bottom: 4px; }
h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 6px; }
p { margin-top: 0; margin-bottom: 9px; }
.meta { color: #5b554e; font-size: 9.5pt; }
.caption { font-size: 9.5pt; font-style: italic; color: #4a453f; }
.quote { font-style: italic; margin-left: 18px; }
.list-item { margin-left: 12px; }
.mark { font-weight: bold; font-size: 7.5pt; }
.legend { margin-bottom: 12px; }
.legend td { padding: 1px 6px 1px 0; font-size: 9.5pt; }
.swatch { border: 1px solid #8a8580; }
.notes { font-size: 10pt; }
.notes li { margin-bottom: 5px; }
.tag { font-weight: bold; }
.passage { font-style: italic; }
.passage-upright { font-style: normal; }
.coder { color: #5b554e; }
section + section { page-break-before: always; }
"""


@dataclass(frozen=True)
class _Numbered:
    number: int
    annotation: Annotation
    tag: Tag | None


def render_report(
    documents: Sequence[tuple[Document, Sequence[Annotation]]],
    tags: Sequence[Tag],
    generated: datetime,
    title: str | None = None,
    made_as: str | None = None,
) -> str:
    """The report as a complete HTML page (UTF-8). Each document starts a new printed page.
    `made_as` says what the page is beside its date ("Worksheet, {date}"), translated."""
    by_id = {tag.id: tag for tag in tags}
    heading = title or (documents[0][0].title if len(documents) == 1 else tr("Readmark report"))
    stamp = (made_as or tr("Readmark report, {date}")).format(date=date_time(generated))
    sections = [
        _section(document, annotations, by_id, tags, stamp) for document, annotations in documents
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{language_code()}">\n<head>\n<meta charset="utf-8">\n'
        # Nothing from outside: no scripts, fonts, pictures or style sheets are fetched.
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="generator" content="Readmark">\n'
        f"<title>{_e(heading)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def _section(
    document: Document,
    annotations: Sequence[Annotation],
    tags: dict[int, Tag],
    order: Sequence[Tag],
    stamp: str,
) -> str:
    numbered = [
        _Numbered(number, annotation, tags.get(annotation.tag_id))
        for number, annotation in enumerate(
            sorted(annotations, key=lambda a: (a.orphaned, a.start, -a.end)), start=1
        )
    ]
    placed = [n for n in numbered if not n.annotation.orphaned]
    blocks = list(document.blocks) or split_blocks(document.text)
    parts = ["<section>"]
    if not (blocks and blocks[0].kind == "title"):
        parts.append(f"<h1>{_e(document.title)}</h1>")
    article = _article(document, blocks, placed)
    if article and article[0][0] == 0 and blocks[0].kind == "title":
        parts.append(article.pop(0)[1])
    meta = [document.author, document.site, document.published, document.url or document.source]
    shown = [_e(m) for m in meta if m] + [_e(stamp)]
    parts.append(f'<p class="meta">{" · ".join(shown)}</p>')
    parts.append(_legend(numbered, order))
    parts.extend(element for _, element in article)
    parts.append(_notes(numbered))
    parts.append("</section>")
    return "\n".join(parts)


def _legend(numbered: Sequence[_Numbered], order: Sequence[Tag]) -> str:
    counts: dict[int, int] = {}
    for n in numbered:
        counts[n.annotation.tag_id] = counts.get(n.annotation.tag_id, 0) + 1
    rows = []
    for tag in order:
        if tag.id in counts:
            passages = tr("%n passage(s)", "", counts[tag.id])
            description = f" — {_e(tag.description)}" if tag.description else ""
            rows.append(
                f'<tr><td class="swatch" width="30" '
                f'style="background-color: {_tint(tag.colour, 2)}">&nbsp;</td>'
                f'<td class="tag">{_e(tag.name)}</td>'
                f"<td>{passages}{description}</td></tr>"
            )
    if not rows:
        return nothing_tagged()
    return '<table class="legend">\n' + "\n".join(rows) + "\n</table>"


def nothing_tagged() -> str:
    """The legend of a document with no passages."""
    return '<p class="meta">' + tr("No passages are tagged in this document.") + "</p>"


def passages_heading() -> str:
    """The heading of the numbered list of passages and notes after the article."""
    return "<h2>" + tr("Passages and notes") + "</h2>"


def _article(
    document: Document, blocks: list[Block], placed: list[_Numbered]
) -> list[tuple[int, str]]:
    """Each block (by its index) as an element, its highlighted runs as coloured spans and a
    number after each passage. A block folded away as a repeat is left out unless a passage
    is in it."""
    text = document.text
    folded = set(document.folded_blocks or ())
    ends: dict[int, list[_Numbered]] = {}
    for n in placed:
        ends.setdefault(n.annotation.end, []).append(n)
    # Every place a highlight starts or ends, so that each run between two has one look.
    cuts = sorted({0, len(text)} | {n.annotation.start for n in placed} | set(ends))
    elements = []
    for index, block in enumerate(blocks):
        inside = [
            n for n in placed if n.annotation.start < block.end and n.annotation.end > block.start
        ]
        if index in folded and not inside:
            continue
        first = bisect.bisect_right(cuts, block.start)
        edges = [block.start, *[c for c in cuts[first:] if c < block.end], block.end]
        runs = []
        for start, end in itertools.pairwise(edges):
            runs.append(_run(text[start:end], start, end, inside))
            runs.extend(_marks(ends.get(end, []), block))
        elements.append((index, _element(block.kind, "".join(runs))))
    return elements


def _run(words: str, start: int, end: int, inside: list[_Numbered]) -> str:
    shown = _e(words).replace("\n", "<br>")
    over = [n for n in inside if n.annotation.start <= start and n.annotation.end >= end]
    if not over or not words:
        return shown
    # The innermost passage gives the colour; each enclosing one deepens it and underlines.
    innermost = min(
        over, key=lambda n: (n.annotation.end - n.annotation.start, -n.annotation.start)
    )
    colour = innermost.tag.colour if innermost.tag else _UNKNOWN_COLOUR
    style = f"background-color: {_tint(colour, len(over))}"
    if len(over) > 1:
        style += "; text-decoration: underline"
    return f'<span style="{style}">{shown}</span>'


def _marks(ending: list[_Numbered], block: Block) -> list[str]:
    marks = []
    for n in ending:
        if block.start < n.annotation.end <= block.end:
            colour = n.tag.colour if n.tag else _UNKNOWN_COLOUR
            marks.append(f'<sup class="mark" style="color: {_shade(colour)}">{n.number}</sup>')
    return marks


def _element(kind: str, content: str) -> str:
    if kind == "title":
        return f"<h1>{content}</h1>"
    if kind == "heading":
        return f"<h2>{content}</h2>"
    if kind in ("caption", "quote"):
        return f'<p class="{kind}">{content}</p>'
    if kind == "list_item":
        return f'<p class="list-item">{content}</p>'
    return f"<p>{content}</p>"


def _notes(numbered: Sequence[_Numbered]) -> str:
    if not numbered:
        return ""
    items = []
    for n in numbered:
        annotation = n.annotation
        passage = " ".join(annotation.exact.split())
        if len(passage) > _EXCERPT_CHARS:
            passage = passage[: _EXCERPT_CHARS - 1].rstrip() + "…"
        tag = n.tag.name if n.tag else tr("(a tag no longer in the codebook)")
        lost = tr("(no longer found in this version of the text)") if annotation.orphaned else ""
        lost = f" <em>{lost}</em>" if lost else ""
        note = "<br>" + _e(annotation.note).replace("\n", "<br>") if annotation.note.strip() else ""
        coder = f' <span class="coder">({_e(annotation.coder)})</span>' if annotation.coder else ""
        quoted = tr("“{passage}”").format(passage=_e(passage))
        slant = "passage" if not _WITHOUT_ITALIC.search(passage) else "passage-upright"
        said = tr("{kind}: {evidence}").format(  # "claim: “…”", "claim : « … »"
            kind=f'<span class="tag">{_e(tag)}</span>{coder}',
            evidence=f'<span class="{slant}">{quoted}</span>',
        )
        items.append(f'<li value="{n.number}">{said}{lost}{note}</li>')
    return passages_heading() + '\n<ol class="notes">\n' + "\n".join(items) + "\n</ol>"


def _e(value: str) -> str:
    return html.escape(value, quote=True)


def _tint(colour: str, layers: int = 1) -> str:
    """The colour laid `layers` times over white paper."""
    red, green, blue = _rgb(colour)
    keep = (1 - TINT) ** layers
    return "#" + "".join(f"{round(255 * keep + c * (1 - keep)):02x}" for c in (red, green, blue))


def _shade(colour: str) -> str:
    """A darker form of the colour, for small marks printed on white."""
    return "#" + "".join(f"{round(c * 0.7):02x}" for c in _rgb(colour))


def _rgb(colour: str) -> tuple[int, int, int]:
    digits = colour.lstrip("#")
    try:
        return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)
    except ValueError:
        return 0x99, 0x99, 0x99
