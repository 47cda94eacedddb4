"""An interview's questions, each a paragraph of its own, are the interviewer's and not tagged,
in any language; a paragraph of one question in a text that is no interview is the writer's
rhetorical question. On texts written for these tests."""

from __future__ import annotations

import pytest

from readmark.core.suggestions import suggest
from readmark.core.text import split_blocks

INTERVIEWS = [
    "Entrevista con la pescadora Rosa Gil\n\n¿Vive bien del mar?\n\nVivo, que no es poco.",
    "Ein Gespräch mit dem Förster Paul Kern\n\nIst der Wald zu retten?\n\nJa, wenn wir handeln.",
    "Entretien avec la libraire Anne Roy\n\nLe livre papier va-t-il disparaître ?\n\nJamais.",
]


@pytest.mark.parametrize("text", INTERVIEWS)
def test_an_interviews_question_paragraphs_are_not_tagged(text: str) -> None:
    question = text.split("\n\n")[1]
    tagged = [s.exact for s in suggest(text, split_blocks(text))]
    assert question not in tagged


def test_a_question_paragraph_in_a_column_is_the_writers() -> None:
    text = (
        "La plaza\n\nEl Ayuntamiento cerró el mercado en marzo.\n\n"
        "¿De verdad no había otra salida?\n\nNadie lo explicó."
    )
    tagged = {s.exact: s.tag for s in suggest(text, split_blocks(text))}
    assert tagged.get("¿De verdad no había otra salida?") == "opinion"
