"""Who said it where a language's grammar puts the speaker elsewhere than English does: German
puts its finite verb second, so the subject follows it after an opening adverbial, and names the
one told in the dative after the speaker; a lead-in links its subject to a stance with a verb
the English lexicon does not know; Spanish leaves out a plural subject too. On sentences
written for these tests."""

from __future__ import annotations

import pytest

from readmark.core.suggestions import suggest
from readmark.core.text import split_blocks


def speakers(body: str) -> list[str]:
    text = "Titel\n\n" + body
    return [s.speaker for s in suggest(text, split_blocks(text)) if s.tag == "quote"]


GERMAN_VERB_SECOND = [
    # An adverbial first, the verb of speech second, the subject after it.
    ("Dazu sagte der Bürgermeister: „Wir bauen die Brücke neu.“", ["der Bürgermeister"]),
    (
        "Am Montag erklärte die Ministerin Anna Roth: „Das Geld ist da.“",
        ["die Ministerin Anna Roth"],
    ),
    (
        "In der vergangenen Woche warnte Petra Lange vor Fehlern: „Wir haben keine Zeit.“",
        ["Petra Lange"],
    ),
    # … or any verb, the colon handing the quotation over: the subject after the verb.
    (
        "Beim Parteitag fiel Olaf Scholz mit einem Satz auf: „Wir haben verstanden.“",
        ["Olaf Scholz"],
    ),
    (
        "Im „Spiegel“ fiel Jana Wolf mit der Forderung auf: „Wir brauchen mehr Lehrer.“",
        ["Jana Wolf"],
    ),
    # A relative clause before the verb is no aside of the speaker's: the subject follows.
    (
        "Mit Blick auf die Sitzung, in der manche Abgeordnete den Plan abgelehnt hatten, fügte "
        "Jonas Brandt hinzu: „Das ist kein Vertrauen.“",
        ["Jonas Brandt"],
    ),
]
GERMAN_ONE_TOLD = [
    # The one told, in the dative after the speaker: an outlet in quotation marks, a plural.
    (
        "„Die Lage ist ernst“, sagte Landrat Peter Vogt der „Rheinischen Post“ (Montagsausgabe).",
        ["Landrat Peter Vogt"],
    ),
    (
        "„Wir haben gewarnt“, sagte die Expertin Eva Schulz den Zeitungen der Mediengruppe.",
        ["die Expertin Eva Schulz"],
    ),
    # … not a genitive inside the subject.
    ("„Es reicht nicht“, sagte die Sprecherin der Stadt.", ["die Sprecherin der Stadt"]),
]
# A linking verb after a quotation opens no "Das sagt X" of whoever put it so: the speaker is
# the one before.
NO_LINKING_VERB = [
    (
        "Karin Ost ergänzte: „Es ist bedauerlich.“ Das sei ein Armutszeugnis für die Regierung.",
        ["Karin Ost"],
    ),
    ("Tim Beck sagte: „Wir räumen auf.“ Das klingt nach einem Neuanfang.", ["Tim Beck"]),
    ("„Wir kommen wieder.“ So beschreibt es Anna Weber.", ["Anna Weber"]),
]


# A lead-in linking its subject to a stance, before a colon: the subject up to the verb.
LINKED_LEAD_INS = [
    ("La directrice est formelle : « Aucun livre ne sera jeté. »", ["La directrice"]),
    ("El alcalde es tajante: «No habrá cortes».", ["El alcalde"]),
    ("Los agricultores lo tienen claro: «Sin agua no hay cosecha».", ["Los agricultores"]),
]
# A Spanish plural verb after the quotation, its subject left out: the people the sentence
# before opens with, not the last name in it.
VECINOS, REGANTES = "Los vecinos de la calle Mayor", "Los regantes del Segura"
VECINOS_SOTO = "Los vecinos de Soto"
PLURAL_LEFT_OUT = [
    ("Los vecinos de la calle Mayor protestan. «Nadie limpia», lamentan.", [VECINOS]),
    ("Los regantes del Segura esperan en Murcia. «Nos dejan morir», dicen.", [REGANTES]),
    # … and a singular one, whom the paragraph names, not the plural quoted before.
    (
        "Marta Gil preside la asociación. Los vecinos de Soto lo tienen claro: «No nos iremos». "
        "«Tampoco hay plan», añade.",
        [VECINOS_SOTO, "Marta Gil"],
    ),
    ("Rosa Vidal vende fruta desde 1990. «Aquí se conoce todo el mundo», cuenta.", ["Rosa Vidal"]),
]  # fmt: skip


# Someone named as a relative, with their name after it, a possessive telling no sex; the one
# whose words are recalled after "lo que", "ce que"; the interviewee speaking of what they say,
# in the first person. Each text with its one speaker.
SPEAKER_OF = {
    "Su hija Marta no quiere seguir. «Es muy sacrificado», admite ella.": "Marta",
    "Su mujer, Ana Gil, bajó al pueblo. «Aquí no hay tienda», explica ella.": "Ana Gil",
    "Pienso en lo que decía Cruyff: «Si tienes el balón, no te marcan».": "Cruyff",
    "Entrevista con el entrenador Luis Mora\n\nLe dije: «Ni loco».": "Luis Mora",
    "Entretien avec le maire Paul Roy\n\nJe leur dis toujours : « Patience. »": "Paul Roy",
    "Ein Gespräch mit Eva Lind\n\nIch sage immer: „Der Wald hat Zeit.“": "Eva Lind",
    # The subject before a French relative with its reflexive pronoun: "qui se dit".
    'La maire, qui se dit "inquiète", doute des chiffres du préfet.': "La maire",
    # A verb of speech in an incise after straight marks: "appuie", "abonde".
    '"Surtout, pas de panique", appuie Paul Dufour, maire du village.': "Paul Dufour",
    # A label quoted after a verb that expresses: "exprime … une « gestion étrange »".
    "Léa Morin exprime ses doutes face à une « gestion étrange » du dossier.": "Léa Morin",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *GERMAN_VERB_SECOND,
        *GERMAN_ONE_TOLD,
        *NO_LINKING_VERB,
        *LINKED_LEAD_INS,
        *PLURAL_LEFT_OUT,
        *[(text, [speaker]) for text, speaker in SPEAKER_OF.items()],
    ],
)
def test_the_speaker_in_each_languages_word_order(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
