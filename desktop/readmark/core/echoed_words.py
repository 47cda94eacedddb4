"""A word or short phrase a text quotes without crediting anyone, which a credited quotation
holds too: the lead of a report quotes the word ("A “facilitator” who helped …") that the person
goes on to say ("Rather than anything else, he is a facilitator," the judge said). The word is
that speaker's. A name or a title in marks (capitalised) is no one's word."""

from __future__ import annotations

import re

from readmark.core.attribution import Quotation
from readmark.core.quotation_marks import QUOTED

_MOST_WORDS = 4


def with_echoes(text: str, found: list[Quotation]) -> list[Quotation]:
    """`found`, and the quoted words left out of it that a credited quotation holds, each with
    the speaker of the nearest such quotation."""
    credited = [q for q in found if q.speaker and not q.inner]
    echoes = []
    for mark in QUOTED.finditer(text):
        start, end = mark.span()
        inside = text[start + 1 : end - 1].strip(" ,.")
        if not inside or inside[0].isupper() or len(inside.split()) > _MOST_WORDS:
            continue
        if any(q.start < end and start < q.end for q in found):
            continue
        said = re.compile(rf"\b{re.escape(inside)}\b", re.IGNORECASE)
        holding = [q for q in credited if said.search(text, q.start, q.end)]
        if holding:
            nearest = min(holding, key=lambda q: abs(q.start - start))
            echoes.append(Quotation(start, end, nearest.speaker))
    return found + echoes
