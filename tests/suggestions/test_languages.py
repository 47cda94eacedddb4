"""French, German and Spanish articles read right (issue 28, part 2): their quotation marks,
lines of dialogue and verbs of speech, on sentences written for these tests, through the
suggestions a reader sees and the sentences a CSV export gives as context."""

from __future__ import annotations

import pytest

from readmark.core.csv_export import SentenceContext
from readmark.core.suggestions import suggest
from readmark.core.text import language_of, split_blocks

NNBSP = "\u202f"  # the narrow no-break space French sets inside « »


def quotes(body: str) -> list[tuple[str, str]]:
    text = "Titre\n\n" + body
    return [(s.exact, s.speaker) for s in suggest(text, split_blocks(text)) if s.tag == "quote"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            f"«{NNBSP}Nous ne céderons pas{NNBSP}», a déclaré le ministre de l’Intérieur.",
            (f"«{NNBSP}Nous ne céderons pas{NNBSP}»", "le ministre de l’Intérieur"),
        ),
        (
            "Anne Morel est arrivée tôt. « Rien n’est joué », a-t-elle déclaré.",
            ("« Rien n’est joué »", "Anne Morel"),
        ),
        (
            "Selon Hélène Dubois, « la réforme est prête ».",
            ("« la réforme est prête »", "Hélène Dubois"),
        ),
        (
            "„Wir schaffen das“, sagte Angela Merkel am Montag.",
            ("„Wir schaffen das“", "Angela Merkel"),
        ),
        (
            "»Das ist ein guter Tag«, erklärte der Bürgermeister.",
            ("»Das ist ein guter Tag«", "der Bürgermeister"),
        ),
        (
            "Laut Polizeisprecher Jens Weber war „die Lage jederzeit unter Kontrolle“.",
            ("„die Lage jederzeit unter Kontrolle“", "Polizeisprecher Jens Weber"),
        ),
        (
            "‹Das geht nicht›, meinte Jonas Keller.",
            ("‹Das geht nicht›", "Jonas Keller"),
        ),
        (
            "«No vamos a rendirnos», dijo la alcaldesa Ana Ruiz.",
            ("«No vamos a rendirnos»", "la alcaldesa Ana Ruiz"),
        ),
        (
            "Según el portavoz Luis Gómez, «el acuerdo está cerrado».",
            ("«el acuerdo está cerrado»", "el portavoz Luis Gómez"),
        ),
    ],
)
def test_a_quotation_in_each_language_is_found_with_its_speaker(
    body: str, expected: tuple[str, str]
) -> None:
    assert quotes(body) == [expected]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("« C’est une catastrophe », estime Marie Leroy, agricultrice.", "Marie Leroy"),
        (
            "« Nous attendons », a indiqué à l’AFP une source proche du dossier.",
            "une source proche du dossier",
        ),
        (
            "« C’est une mascarade », a réagi sur Twitter le député Jean Lassalle.",
            "le député Jean Lassalle",
        ),
        ("« Aucune victime », a fait savoir la préfecture.", "la préfecture"),
        ("D’après l’Insee, « le chômage a baissé ».", "l’Insee"),
        ("Le gouvernement a qualifié la décision de « regrettable ».", "Le gouvernement"),
        (
            "Pour l’économiste Anne Moreau, « la croissance restera faible ».",
            "l’économiste Anne Moreau",
        ),
        ("„Das ist eine Katastrophe“, so Landwirtin Petra Schulz.", "Landwirtin Petra Schulz"),
        (
            "„Wir warten“, sagte ein Sprecher des Ministeriums der Nachrichtenagentur dpa.",
            "ein Sprecher des Ministeriums",
        ),
        ("Eva Roth reiste an. „Wir sind besorgt“, sagte sie dem Sender.", "Eva Roth"),
        ("„Das war ein Fehler“, fügte er hinzu.", "er"),
        ("Die Regierung bezeichnete die Entscheidung als „bedauerlich“.", "Die Regierung"),
        ("Der Minister kündigte an: „Wir werden die Steuern senken.“", "Der Minister"),
        ('"Es un día triste", ha declarado la ministra de Sanidad.', "la ministra de Sanidad"),
        ('"Habrá controles", señaló en rueda de prensa el alcalde.', "el alcalde"),
        ('"Nadie nos avisó", ha explicado a este periódico Juan García.', "Juan García"),
        ('"La decisión es firme", aseguran fuentes del ministerio.', "fuentes del ministerio"),
        ('"Tenemos miedo", contaba una vecina.', "una vecina"),
        (
            'Para la economista Ana Morales, "el crecimiento será débil".',
            "la economista Ana Morales",
        ),
    ],
)
def test_more_verbs_and_turns_of_speech_in_each_language(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        # A role with its name in apposition, before a verb of speech and its auxiliary.
        (
            "Le maire de la ville, Pierre Durand, a estimé que le projet était « une chance ».",
            ["Pierre Durand"],
        ),
        # When, or on whose part, between the verb and its subject.
        (
            "« Il faut agir vite », estime pour sa part le président de la région.",
            ["le président de la région"],
        ),
        ("« Nous sommes prêts », a assuré mardi le porte-parole.", ["le porte-parole"]),
        # Where the subject ends: "en rueda de prensa", "wurden".
        ("«Es un día histórico», dijo el presidente en rueda de prensa.", ["el presidente"]),
        ("Nach Angaben der Polizei wurden „mehrere Personen“ verletzt.", ["der Polizei"]),
        # A role whose complement is a name: the whole role.
        (
            "La ministra de Sanidad aseguró que todo está «bajo control».",
            ["La ministra de Sanidad"],
        ),
        (
            "Ein Sprecher der Bahn bestätigte, dass der Zug „technische Probleme“ hatte.",
            ["Ein Sprecher der Bahn"],
        ),
        # More verbs, a view credited by "Pour", a sentence quoted whole after another.
        ("« C’est une catastrophe », déplore Marie Lefèvre, agricultrice.", ["Marie Lefèvre"]),
        ("„Die Preise steigen“, warnt der Ökonom Hans Berger.", ["der Ökonom Hans Berger"]),
        (
            "Pour le sociologue Jean Viard, les habitants « ont peur de l’avenir ».",
            ["le sociologue Jean Viard"],
        ),
        (
            "«Lo hemos perdido todo», cuenta Rosa, vecina del barrio. «Nadie nos ayuda».",
            ["Rosa", "Rosa"],
        ),
        # Verbs of speech of a newsroom's French, Spanish plurals and turns of more than a word.
        ("« On ne peut pas continuer », lâche un commerçant.", ["un commerçant"]),
        ("La présidente, Claire Dubois, parle d’une « victoire ».", ["Claire Dubois"]),
        (
            "Fuentes policiales explicaron que el detenido «no opuso resistencia».",
            ["Fuentes policiales"],
        ),
        ("«No es justo», se queja Pedro, un agricultor.", ["Pedro"]),
        (
            "„Wir sind enttäuscht“, heißt es in einer Mitteilung des Vereins.",
            ["einer Mitteilung des Vereins"],
        ),
        # What a page or a document says.
        ("« Le projet avance », peut-on lire sur le site de la mairie.", ["le site de la mairie"]),
        # A view credited to someone named alone; "según" before its verb; a German verb last.
        ("Pour Paul, 17 ans, « le lycée n’a jamais été aussi calme ».", ["Paul"]),
        ("Según explicó el alcalde, las obras «terminarán en marzo».", ["el alcalde"]),
        (
            "Wie ein Sprecher der Stadt mitteilte, sei der Schaden „erheblich“.",
            ["ein Sprecher der Stadt"],
        ),
        # The subject after the verb, once a clause has come first.
        ("Auf die Frage, ob er zurücktrete, antwortete der Minister: „Nein.“", ["der Minister"]),
    ],
)
def test_speakers_found_past_roles_times_and_clauses_in_each_language(
    body: str, speakers: list[str]
) -> None:
    assert [who for _, who in quotes(body)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Entretien avec la chercheuse Claire Roy.\n\n"
            "Dans mon laboratoire, nous répétons « personne ne travaille seul, jamais ».",
            "Claire Roy",
        ),
        (
            "Entrevista con la cocinera Marta Vidal.\n\n"
            "En mi cocina siempre digo «sin prisa no hay sabor, nunca».",
            "Marta Vidal",
        ),
    ],
)
def test_a_quotation_in_an_interviewee_s_first_person_answer_is_theirs(
    text: str, speaker: str
) -> None:
    assert [who for _, who in quotes(text)] == [speaker]


def test_a_subject_left_out_in_spanish_is_the_person_the_paragraph_named() -> None:
    body = 'Lucía Torres tiene una panadería.\n\n"Las ventas han caído", explica.'
    assert quotes(body) == [('"Las ventas han caído"', "Lucía Torres")]


def test_an_incise_inside_guillemets_names_the_speaker() -> None:
    body = "« Je suis inquiète, confie Sophie Bernard. Personne ne nous écoute. »"
    assert quotes(body) == [(body, "Sophie Bernard")]


def test_a_line_of_dialogue_opened_by_a_dash_is_a_quote_with_the_speaker_of_its_incise() -> None:
    body = "Pierre Lambert entra.\n\n— Nous partons ce soir, dit-il.\n\n— Déjà ? répondit Marie."
    assert quotes(body) == [
        ("— Nous partons ce soir, dit-il.", "Pierre Lambert"),
        ("— Déjà ? répondit Marie.", "Marie"),
    ]
    spanish = "—Hola —dijo Juan—. ¿Qué tal?"
    assert quotes(spanish) == [(spanish, "Juan")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("« Bien sûr », sourit Jeanne Perrin.", "Jeanne Perrin"),
        ("« Jamais », s’amuse-t-elle.", "elle"),
        ("„Klar“, lacht die Wirtin.", "die Wirtin"),
        ("«Claro», se ríe Marta Vidal.", "Marta Vidal"),
    ],
)
def test_an_incise_of_any_verb_after_the_marks_names_the_speaker(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_a_word_after_a_quoted_name_that_is_no_verb_makes_no_incise() -> None:
    assert quotes("Il a lu « Le Monde », puis Libération.") == []


def test_a_quoted_name_is_not_a_quote_in_any_language() -> None:
    assert quotes("„Wir sind bereit“, sagte sie gegenüber „heise online“.") == [
        ("„Wir sind bereit“", "sie")
    ]
    assert quotes("Der „Kirmesverein Gevelsberg“ hat getagt. Er wählte ein Motto.") == []
    assert quotes("Le « Ministère de la Santé » a publié un rapport. Il est long.") == []


def test_an_apostrophe_inside_german_single_marks_does_not_end_the_quote() -> None:
    body = "‚So geht’s nicht weiter‘, sagte Paula Brandt."
    assert quotes(body) == [("‚So geht’s nicht weiter‘", "Paula Brandt")]


def test_the_language_is_told_from_the_commonest_words() -> None:
    assert language_of("Le ministre a dit que les élèves sont dans une école pour la vie.") == "fr"
    assert language_of("Der Minister sagte, dass die Schule nicht mit den Eltern spricht.") == "de"
    assert language_of("El ministro dijo que los alumnos y las familias son para una vida.") == "es"
    assert language_of("The minister said that the pupils were at school.") == "en"
    assert language_of("") == "en"


def stances(body: str) -> list[tuple[str, str]]:
    text = "Titre\n\n" + body
    return [(s.tag, s.exact) for s in suggest(text, split_blocks(text)) if s.tag != "quote"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A figure or a date to check it by.
        ("Le ministre a annoncé 300 millions d’euros pour les écoles en 2024.", "claim"),
        ("La mairie a inauguré la salle des fêtes lundi.", "claim"),
        ("Der Gemeinderat hat am Dienstag 2,5 Millionen Euro bewilligt.", "claim"),
        # An adjective the language's lexicon rates as a judgement, inflected in German.
        ("Ce spectacle est magnifique, drôle et émouvant.", "opinion"),
        ("Das neue Museum ist ein wunderbarer und mutiger Bau.", "opinion"),
        # A question.
        ("Faut-il vraiment fermer la dernière école du village ?", "opinion"),
        ("Ist das wirklich die beste Lösung für die Stadt?", "opinion"),
    ],
)
def test_claims_and_opinions_in_french_and_german_are_read_from_their_lexicons(
    body: str, expected: str
) -> None:
    assert stances(body) == [(expected, body)]


def test_one_evaluative_word_beside_a_figure_or_a_plural_noun_is_no_judgement() -> None:
    german = "Die Stadt hat 2013 eine neue Brücke gebaut, die alle schön finden."
    assert stances(german) == [("claim", german)]
    # "amis" is rated as an adjective ("friendly") but is a noun here, as in most French.
    assert stances("Les enfants jouent dans la cour de l’école avec leurs amis.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The writer's own view, in the first person.
        (
            "Je pense que la réforme des écoles arrive trop tard pour les élèves et les parents.",
            "opinion",
        ),
        ("Ich finde, die Bahn muss endlich pünktlicher werden.", "opinion"),
        ("Creo que el alcalde se equivoca con este proyecto.", "opinion"),
        # An attitude adverb.
        ("Leider hat die Stadt das alte Freibad geschlossen.", "opinion"),
        (
            "Malheureusement, personne n’a répondu aux questions des habitants du quartier.",
            "opinion",
        ),
        # A belief credited to someone.
        ("Les commerçants estiment que le tram fera revenir les clients.", "opinion"),
        ("Los vecinos temen que el río vuelva a desbordarse.", "opinion"),
        # Obligation, the writer's.
        ("Il faut rouvrir la ligne de bus du quartier pour les habitants.", "opinion"),
        ("Die Gemeinde sollte das Geld lieber in die Schule stecken.", "opinion"),
        ("Hay que proteger el río para los vecinos antes de que sea tarde.", "opinion"),
        # … but a plan with its date, or a source's, is on record.
        ("Le chantier des écoles doit s’achever en septembre pour la rentrée.", "claim"),
        ("El hospital debe cerrar en marzo, según la consejería.", "claim"),
        # Spanish, with no lexicon, has its figures and dates to check a claim by.
        ("El ayuntamiento aprobó 300.000 euros para la biblioteca.", "claim"),
        ("La biblioteca abrirá sus puertas el próximo lunes.", "claim"),
        # An intensified adjective; a judgement after a linking verb.
        ("Les loyers du centre sont devenus trop chers pour les familles.", "opinion"),
        ("Der Umbau des Bahnhofs war äußerst riskant für die Stadt.", "opinion"),
        ("La nueva ley es muy injusta para los pequeños comercios.", "opinion"),
        ("Depuis 2019, cette règle des écoles est absurde pour les parents.", "opinion"),
        # … but "very few" or "très tôt" measures, and judges nothing.
        ("Le marché ouvre très tôt dans le quartier des halles.", None),
        # A question the text goes on to answer is no judgement; one that weighs is.
        ("Quand avez-vous ouvert la boutique dans le centre de la ville ?", None),
        ("Wie kam es zu der Idee für den Laden?", None),
        ("¿Cómo empezó usted en este oficio con las herramientas de su padre?", None),
        ("¿Por qué nadie escucha a los vecinos del barrio?", "opinion"),
        # A turn that judges: time it was done, better done, a mistake, the worst.
        ("Il est temps que la mairie écoute enfin les habitants du quartier.", "opinion"),
        ("Es ist höchste Zeit, dass die Stadt etwas gegen den Verkehr unternimmt.", "opinion"),
        ("Es wäre besser, das Geld in die Schulen zu investieren.", "opinion"),
        ("Ce serait une erreur de fermer la bibliothèque aux jeunes du quartier.", "opinion"),
        ("Sería un error culpar solo a los agricultores.", "opinion"),
        ("Le pire, c'est le bruit des travaux pendant la nuit.", "opinion"),
        ("Das Schlimmste ist die Ungewissheit für die Familien.", "opinion"),
        ("La mejor decisión fue apostar por la cantera del club.", "opinion"),
        # A judging word as the predicate, or a noun of judgement with its adjective.
        ("C'est une décision absurde qui pénalise les familles les plus modestes.", "opinion"),
        ("Ce n'est pas normal que les familles attendent aussi longtemps.", "opinion"),
        ("Es ist wichtig, dass die Menschen im Dorf zusammenhalten.", "opinion"),
        ("Das war ein großer Erfolg für die Genossenschaft.", "opinion"),
        ("Es una pena que los jóvenes no quieran aprender el oficio.", "opinion"),
        ("Es fundamental que los jugadores jóvenes tengan minutos.", "opinion"),
        # The writer's first person; a view or a feeling credited to someone.
        ("J'adore ce métier, même si les journées sont longues.", "opinion"),
        ("Ich halte das für einen großen Fehler der Regierung.", "opinion"),
        ("Me encanta hablar con la gente en la calle.", "opinion"),
        ("Le projet est une réussite, estime le maire.", "opinion"),
        ("La présidente pense que les loyers sont trop élevés pour les familles.", "opinion"),
        ("Les syndicats dénoncent une réforme injuste et brutale.", "opinion"),
        ("Die Opposition hält den Plan für gescheitert.", "opinion"),
        ("Der Bürgermeister zeigte sich erleichtert über die Hilfe des Landes.", "opinion"),
        ("El alcalde se mostró optimista sobre las reservas de agua.", "opinion"),
        # An answer's first person: what the speaker wants, knows, feels.
        ("Nous voulons une bibliothèque ouverte à tous les habitants.", "opinion"),
        ("Wir wissen, dass die Küsten sich anpassen müssen.", "opinion"),
        ("Estoy muy contento con el trabajo de los jugadores.", "opinion"),
        # A thing summed up; an adjective that judges the noun after a linking verb; a risk.
        ("La lecture, c'est une liberté que personne ne peut nous enlever.", "opinion"),
        ("Das ist eine wichtige Frage für die Zukunft der Stadt.", "opinion"),
        ("Le projet risque de coûter plus cher que prévu pour la ville.", "opinion"),
        # … but "tan solo" counts ("only"), and intensifies nothing.
        ("El embalse de la comarca está a tan solo 20 kilómetros del pueblo.", "claim"),
        # A prediction, a conditional, an exclamation.
        ("Le nouveau tram va transformer la vie des commerçants du centre.", "opinion"),
        ("Der Meeresspiegel wird weiter steigen, daran gibt es keinen Zweifel.", "opinion"),
        ("La situación va a empeorar si no cambian las políticas del agua.", "opinion"),
        ("Ohne die Helfer wäre das Dorf verloren gewesen.", "opinion"),
        ("Quelle belle surprise pour les enfants du village !", "opinion"),
        # … but a plan with its figure or date, a past event, a named body are on record.
        ("Le gouvernement va débloquer 2 millions d'euros pour la ligne.", "claim"),
        ("Der Deich wird im nächsten Jahr erhöht.", "claim"),
        ("Die Bundeswehr half beim Füllen der Sandsäcke.", "claim"),
        ("Le préfet a interdit la circulation des camions sur le pont.", "claim"),
        ("L'association a été créée par d'anciens ouvriers de l'usine.", "claim"),
        (
            "Die Landesregierung hat Soforthilfen für die Gemeinden beschlossen.",
            "claim",
        ),
        ("Die Polizei sperrte die Bundesstraße zwischen den beiden Orten.", "claim"),
        ("El ayuntamiento cerró las fuentes públicas del municipio.", "claim"),
        ("La Confederación Hidrográfica del Ebro restringió el riego en tres comarcas.", "claim"),
        ("Les agents de la SNCF ont entamé une grève reconductible ce matin.", "claim"),
        # … and a scene the writer sets, in the present, is neither.
        ("Elle pousse la porte de la boutique et salue les clients.", None),
        ("Sie stellt die Brötchen in die Auslage und lächelt.", None),
        ("Manuel recorre las calles del barrio con su bicicleta.", None),
    ],
)
def test_claims_and_opinions_in_each_language_are_read_from_its_grammar(
    body: str, expected: str | None
) -> None:
    assert language_of(body) != "en"  # judged by the language's own cues
    assert stances(body) == ([(expected, body)] if expected else [])


def test_having_to_do_with_something_is_no_obligation() -> None:
    assert stances("Esto no tiene que ver con el presupuesto de la ciudad.") == []


def test_spanish_judging_words_are_read_from_a_general_list_without_a_lexicon() -> None:
    judged = "Es una decisión magnífica para todos los vecinos."
    assert stances(judged) == [("opinion", judged)]
    # "importante" before its noun describes ("a major firm"); it judges as a predicate only.
    described = "Una importante empresa de la región ha cerrado su fábrica."
    assert stances(described) == [("claim", described)]


def test_a_german_date_with_a_full_stop_does_not_end_the_sentence() -> None:
    text = "Titel\n\nDie Schule ist nicht offen. Am 3. Oktober kam der Minister. Er blieb."
    start = text.index("Oktober")
    before, after = SentenceContext(text, split_blocks(text)).around(start, start + 7)
    assert (before, after) == ("Am 3. ", " kam der Minister.")
