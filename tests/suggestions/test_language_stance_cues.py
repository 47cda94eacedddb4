"""More of how French, German and Spanish tell a judgement: how something sounds or looks to the
writer, what follows otherwise, what is not enough in reported speech; beside them the plain
statements that must not be read as opinions. Sentences written for these tests."""

from __future__ import annotations

import pytest

from readmark.core.stance_languages import judge_in

NOT_OPINION = "-"

GERMAN = [
    # How it sounds or looks to the writer.
    ("Das klingt nach einem faulen Kompromiss.", "opinion"),
    ("Der Entwurf sieht nach Flickwerk aus.", "opinion"),
    ("Das Ganze sieht aus wie ein Wahlgeschenk.", "opinion"),
    # … not a sound or a look described.
    ("Die Glocke der Kirche läutet jeden Sonntag um zehn Uhr.", NOT_OPINION),
    ("Der Stadtrat sah sich am Montag die Pläne für 2025 an.", NOT_OPINION),
    # What follows otherwise: a consequence foreseen; not a word that only begins like it.
    ("Sonst zahlt am Ende die Stadt die Rechnung.", "opinion"),
    ("Andernfalls verliert die Gemeinde ihre Schwimmer.", "opinion"),
    ("Sonstige Kosten stiegen im Jahr 2023 um fünf Prozent.", NOT_OPINION),
    # What is not enough, in the reported speech of German news.
    ("Das Paket der Regierung reiche dafür längst nicht aus.", "opinion"),
    ("Das Geld genüge kaum für die Schulen.", "opinion"),
]
FRENCH = [
    ("Ce budget ressemble à un aveu d'échec.", "opinion"),
    ("La réforme a tout l'air d'un recul.", "opinion"),
    ("On dirait un décor de cinéma.", "opinion"),
    ("Le son de la cloche a été restauré en 2019.", NOT_OPINION),
    ("Sinon, les familles quitteront le quartier.", "opinion"),
]
SPANISH = [
    ("La medida suena a excusa de última hora.", "opinion"),
    ("El acuerdo tiene pinta de parche.", "opinion"),
    ("De lo contrario, los vecinos pagarán la factura.", "opinion"),
]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [("de", s, e) for s, e in GERMAN]
    + [("fr", s, e) for s, e in FRENCH]
    + [("es", s, e) for s, e in SPANISH],
)  # fmt: skip
def test_judgements_and_the_statements_beside_them(
    language: str, sentence: str, expected: str
) -> None:
    stance = judge_in(language, sentence)
    tag = stance.tag if stance else None
    if expected == NOT_OPINION:
        assert tag != "opinion"
    else:
        assert tag == expected
