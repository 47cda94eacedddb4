"""Every character of the reader looks as its passages say, however they nest, overlap, cross
lines or follow characters outside the BMP: the highlighter's runs, checked character by
character against the rule written out plainly."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument
from pytestqt.qtbot import QtBot

from factories import new_annotation
from readmark.core.model import Annotation
from readmark.core.span_index import LONG_SPAN, SpanIndex
from readmark.core.text import Utf16Map
from readmark.ui.colours import tag_icon, tint
from readmark.ui.highlighter import AnnotationHighlighter

COLOURS = {1: "#d1495b", 2: "#00798c", 3: "#edae49"}
ME, COLLEAGUE = "ana", "ben"
Style = QTextCharFormat.UnderlineStyle


@dataclass(frozen=True)
class Suggestion:
    tag_id: int
    start: int
    end: int


def expected_look(
    offset: int, annotations: list[Annotation], suggestions: list[Suggestion]
) -> tuple[str, str, Style]:
    """Background, underline colour and underline style of the character at `offset`: the
    innermost passage's tint, deeper for each passage over it; the next one out underlines it
    (dotted if the innermost is a colleague's); else a suggestion's dashed line; else a
    colleague's passage is dotted in its own colour."""
    # Of two as long, the one starting first counts as inside.
    covering = sorted(
        (a for a in annotations if a.start <= offset < a.end),
        key=lambda a: (a.end - a.start, a.start),
    )
    proposed = [s for s in suggestions if s.start <= offset < s.end]
    background = ""
    if covering:
        background = tint(COLOURS[covering[0].tag_id], len(covering)).name()
    theirs = bool(covering) and covering[0].coder != ME
    if len(covering) > 1:
        line = COLOURS[covering[1].tag_id]
        style = Style.DotLine if theirs else Style.SingleUnderline
    elif proposed:
        shortest = min(proposed, key=lambda s: (s.end - s.start, s.start))
        line, style = COLOURS[shortest.tag_id], Style.DashUnderline
    elif theirs:
        line, style = COLOURS[covering[0].tag_id], Style.DotLine
    else:
        line, style = "", Style.NoUnderline
    return background, line, style


def shown_look(fmt: QTextCharFormat | None) -> tuple[str, str, Style]:
    if fmt is None:
        return "", "", Style.NoUnderline
    background = fmt.background().color().name() if fmt.background().style().value else ""
    style = fmt.underlineStyle()
    line = fmt.underlineColor().name() if style != Style.NoUnderline else ""
    return background, line, style


@st.composite
def passages(draw: st.DrawFn) -> tuple[str, list[Annotation], list[Suggestion]]:
    text = draw(st.text(st.sampled_from("ab é\n😀"), min_size=1, max_size=60))
    spans = st.tuples(st.integers(0, len(text) - 1), st.integers(1, len(text)))
    annotations = []
    for start, length in draw(st.lists(spans, max_size=12)):
        end = min(len(text), start + length)
        # Some far longer than a line, as the index keeps such passages apart.
        stretch = draw(st.sampled_from([0, 0, 0, LONG_SPAN]))
        annotation = new_annotation(1, draw(st.sampled_from(list(COLOURS))), start, end, text)
        coder = draw(st.sampled_from([ME, ME, COLLEAGUE]))
        annotations.append(replace(annotation, end=end + stretch, coder=coder))
    suggestions = [
        Suggestion(draw(st.sampled_from(list(COLOURS))), start, min(len(text), start + length))
        for start, length in draw(st.lists(spans, max_size=3))
    ]
    return text, annotations, suggestions


@settings(max_examples=150)
@given(passages())
def test_each_character_looks_as_its_passages_say(
    qapp: object, case: tuple[str, list[Annotation], list[Suggestion]]
) -> None:
    text, annotations, suggestions = case
    # Passages made longer than the text for the index reach past its end, as a long one does
    # past the block it is seen in.
    document = QTextDocument(text + " " * LONG_SPAN)
    text_map = Utf16Map(document.toPlainText())
    highlighter = AnnotationHighlighter(document)
    highlighter.own_coder = ME
    highlighter.set_content(text_map, [], SpanIndex(annotations), COLOURS)
    highlighter.set_suggestions(suggestions)
    block = document.firstBlock()
    while block.isValid():
        highlighter.ensure_formatted(block)
        ranges = block.layout().formats()
        for unit in range(block.length() - 1):
            position = block.position() + unit
            offset = text_map.from_utf16(position)
            if offset >= len(text):
                break  # the padding
            if text_map.to_utf16(offset) != position:
                continue  # the second unit of a surrogate pair
            fmt = next((r.format for r in ranges if r.start <= unit < r.start + r.length), None)
            assert shown_look(fmt) == expected_look(offset, annotations, suggestions), (
                f"at {offset} ({text[offset : offset + 1]!r})"
            )
        block = block.next()


def test_the_rule_tells_looks_apart() -> None:
    # The check above compares real looks: a nested passage differs from a lone one.
    text = "one two three"
    outer = replace(new_annotation(1, 1, 0, 13, text), coder=ME)
    inner = replace(new_annotation(1, 2, 4, 7, text), coder=ME)
    assert expected_look(5, [outer, inner], []) == (
        tint(COLOURS[2], 2).name(),
        QColor(COLOURS[1]).name(),
        Style.SingleUnderline,
    )
    assert expected_look(1, [outer, inner], []) == (tint(COLOURS[1]).name(), "", Style.NoUnderline)


def test_a_tag_icon_is_a_round_swatch_of_the_tag_colour(qtbot: QtBot) -> None:
    colour = COLOURS[1]
    swatch = tag_icon(colour).pixmap(16, 16).toImage()
    assert swatch.pixelColor(8, 8) == tint(colour, 3)  # filled as its highlights are tinted
    assert swatch.pixelColor(2, 8).lightness() < tint(colour, 3).lightness()  # a darker edge
    assert swatch.pixelColor(0, 0).alpha() == 0 and swatch.pixelColor(15, 15).alpha() == 0
