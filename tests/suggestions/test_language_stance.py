"""Opinions a French, German or Spanish reader tells without a marker word (issue 28, point 2),
and the plain statements beside them that must stay claims or untagged: sentences written for
these tests from how each language expresses judgement, not taken from any article."""

from __future__ import annotations

import pytest

from readmark.core.stance_languages import judge_in

# "-": not an opinion (a claim, or nothing to tag).
NOT_OPINION = "-"

GERMAN = [
    # A noun of judgement, or a compound of one, said of something.
    ("Das ist ein Skandal.", "opinion"),
    ("Die Pläne der Stadt sind ein Desaster.", "opinion"),
    ("Das Ergebnis ist ein Armutszeugnis für die Landesregierung.", "opinion"),
    ("Der Plan war von Anfang an eine Schnapsidee.", "opinion"),
    ("Das Skandalurteil beschäftigt seit Wochen die ganze Republik.", "opinion"),
    ("Die neue Umgehungsstraße ist ein teures Prestigeprojekt ohne Nutzen.", "opinion"),
    ("Die Reform ist ein Schritt in die richtige Richtung.", "opinion"),
    ("Ein fauler Kompromiss.", "opinion"),
    ("Was für eine Verschwendung!", "opinion"),
    ("Der Bürgermeister ist ein mutiger Mann.", "opinion"),
    # Modal particles: the writer's shrug, insistence or certainty.
    ("Die Stadt hat halt kein Geld für solche Projekte.", "opinion"),
    ("Das Projekt ist ja gut gemeint, aber schlecht gemacht.", "opinion"),
    ("Das ist doch absurd.", "opinion"),
    ("So ist das eben mit den großen Versprechen.", "opinion"),
    ("Eigentlich ist die Idee gar nicht so schlecht.", "opinion"),
    ("Die Bahn wird ihre Versprechen wohl wieder nicht halten.", "opinion"),
    ("Die Entscheidung ist geradezu grotesk.", "opinion"),
    ("Das ist schlicht falsch.", "opinion"),
    # Too much, too late; what must or should be; what would have been.
    ("Die Mieten in der Innenstadt sind viel zu hoch.", "opinion"),
    ("Die Hilfe kam zu spät für die meisten Bauern.", "opinion"),
    ("Man muss den Menschen im Tal endlich zuhören.", "opinion"),
    ("Die Ministerin hätte früher handeln müssen.", "opinion"),
    ("Die Gemeinde verdient mehr Unterstützung vom Land.", "opinion"),
    # Finally, at least, luckily.
    ("Endlich bekommt das Dorf einen eigenen Arzt.", "opinion"),
    ("Zum Glück wurde bei dem Brand niemand verletzt.", "opinion"),
    ("Die Sanierung des Freibads ist längst überfällig.", "opinion"),
    # Adjectives in "-los", "-voll", "-würdig", "-wert".
    ("Das neue Gesetz ist verantwortungslos und kurzsichtig.", "opinion"),
    ("Die Aufführung im Stadttheater war eindrucksvoll.", "opinion"),
    ("Das Verhalten der Behörde ist fragwürdig.", "opinion"),
    ("Der Einsatz der Freiwilligen ist bemerkenswert.", "opinion"),
    # A question that weighs.
    ("Wer soll das alles bezahlen?", "opinion"),
    # Plain statements: what someone is, what happened, a figure, a date.
    ("Der Bürgermeister ist ein ehemaliger Lehrer aus dem Nachbardorf.", NOT_OPINION),
    ("Die Brücke ist eine Stahlkonstruktion aus dem Jahr 1962.", "claim"),
    ("Die Ursache des Brandes war ein Kurzschluss in der Küche.", "claim"),
    ("Der Angeklagte ist ein 45 Jahre alter Mann aus Köln.", "claim"),
    ("Die Krankheit ist eine Infektion der Atemwege.", NOT_OPINION),
    ("Die Firma ist ein Zulieferer der Autoindustrie.", NOT_OPINION),
    ("Die Polizei hat den Fahrer noch am Abend festgenommen.", "claim"),
    ("Die Stadt hat kein Geld mehr für das Schwimmbad.", NOT_OPINION),
    ("Das Dorf hat 800 Einwohner und eine Kirche aus dem 12. Jahrhundert.", "claim"),
    ("Der Verein wurde von Landwirten gegründet.", "claim"),
    ("Doch die Feuerwehr kam erst nach einer Stunde.", "claim"),
    ("Der Eintritt ist kostenlos für Kinder unter zwölf Jahren.", NOT_OPINION),
    ("Der Abgeordnete ist parteilos und sitzt seit 2017 im Landtag.", "claim"),
    ("Die Kinder fahren jeden Morgen mit dem Bus zur Schule.", NOT_OPINION),
    ("Die Arbeiten am Deich sollen im Herbst beginnen.", NOT_OPINION),
    ("Wann beginnen die Arbeiten am Deich?", None),
]

# A second round, written after the first's rules: judgements reported, felt, or hedged by
# the way German puts them, and the plain statements they could be mistaken for.
GERMAN_REPORTED = [
    ("Die Reform sei überfällig, sagte die Ministerin.", "opinion"),
    ("Der Plan sei ein Fehler, so die Opposition.", "opinion"),
    ("Nach Ansicht der Fachleute ist der Zeitplan unrealistisch.", "opinion"),
    ("Aus Sicht der Händler kommt die Hilfe viel zu spät.", "opinion"),
    ("Viele Bauern fühlen sich von der Politik im Stich gelassen.", "opinion"),
    ("Die Angst vor dem nächsten Hochwasser ist groß.", "opinion"),
    ("Die Eltern machen sich große Sorgen um die Schule.", "opinion"),
    ("Ich sehe das anders als der Bürgermeister.", "opinion"),
    ("Mir ist wichtig, dass die Kinder draußen spielen können.", "opinion"),
    ("Man kann nur hoffen, dass die Brücke bald wieder öffnet.", "opinion"),
    ("Ob der Plan aufgeht, bleibt abzuwarten.", "opinion"),
    ("Das wird teuer für die Gemeinde.", "opinion"),
    ("Das Projekt gilt als überteuert.", "opinion"),
    ("Die Forderungen der Gewerkschaft sind überzogen.", "opinion"),
    ("Die Lage an den Schulen ist problematisch.", "opinion"),
    ("Das Konzert war rundum gelungen.", "opinion"),
    ("Der Sprecher sagte, die Straße sei seit Montag gesperrt.", "claim"),
    ("Die Brücke bleibt wegen der Bauarbeiten gesperrt.", NOT_OPINION),
    ("Die Firma gilt als größter Arbeitgeber der Region.", NOT_OPINION),
    ("Das Haus ist seit dem Tod der Besitzerin leer.", NOT_OPINION),
    ("Der Laden wird von zwei Schwestern geführt.", "claim"),
    ("Die Straße wird am Wochenende gesperrt.", NOT_OPINION),
    ("Die Klinik ist rund um die Uhr geöffnet.", NOT_OPINION),
    # How it seems, how people see it and feel about it; "heute" as "nowadays".
    ("Es ist ein Ort, an dem die Zeit stillzustehen scheint.", "opinion"),
    ("Die Verwaltung scheint mit der Aufgabe überfordert zu sein.", "opinion"),
    ("Die Leute im Dorf sind stolz auf ihren Verein.", "opinion"),
    ("Viele Anwohner sehen das anders.", "opinion"),
    ("Kritiker werfen der Regierung vor, die Bauern vergessen zu haben.", "opinion"),
    ("Die Eltern sorgen sich um den Schulweg ihrer Kinder.", "opinion"),
    ("Heute muss man froh sein, wenn der Bus überhaupt kommt.", "opinion"),
    ("Die Sonne scheint über dem Tal.", NOT_OPINION),
    ("Heute öffnet das neue Rathaus seine Türen.", "claim"),
    ("Die Kinder sehen das Meer zum ersten Mal.", NOT_OPINION),
    ("Der Trainer wirft den Ball ins Feld.", NOT_OPINION),
    # What something is likened to, compared with, worth; a point weighed before it is made.
    ("Die Bäckerei ist das Herz des Dorfes.", "opinion"),
    ("Die Landstraße ist seit Jahren das Sorgenkind der Gemeinde.", "opinion"),
    ("Früher war das Leben auf dem Land besser.", "opinion"),
    ("Ein Besuch im Heimatmuseum lohnt sich.", "opinion"),
    ("Dass die Schule jetzt schließt, ist kein Zufall.", "opinion"),
    ("Das Problem ist, dass niemand die Verantwortung übernehmen will.", "opinion"),
    ("Das Schöne daran ist die Ruhe am Abend.", "opinion"),
    ("Die Geschichte ist kaum zu glauben.", "opinion"),
    ("Die Verhandlungen mit der Gewerkschaft sind gescheitert.", NOT_OPINION),
    ("Das Herz des Patienten schlug wieder regelmäßig.", NOT_OPINION),
    ("Das Problem wurde von einem Techniker behoben.", "claim"),
    ("Die neue Halle ist größer als die alte.", NOT_OPINION),
]

# A third round (issue 28): guesses beside a year or a figure, estimates in the first person,
# impressions, what cannot be undone, the subjunctive of strong verbs; and the forecasts a
# source is credited with, which stay claims.
GERMAN_GUESSES = [
    ("Bis 2100 könnte der Meeresspiegel um einen Meter steigen.", "opinion"),
    ("Der Pegel dürfte am Dienstag seinen Höchststand erreichen.", "opinion"),
    ("Vermutlich werden 2030 mehr als 100 Millionen Menschen betroffen sein.", "opinion"),
    ("Ich vermute, dass die Zahlen noch steigen.", "opinion"),
    ("Ich schätze, dass es noch Jahre dauert.", "opinion"),
    ("Die Polizei vermutet Brandstiftung.", "opinion"),
    ("Für viele Ältere ist der Laden die einzige Möglichkeit, einzukaufen.", "opinion"),
    ("Die Inszenierung wirkt uninspiriert.", "opinion"),
    ("Der Saal wirkt wie ein Wohnzimmer.", "opinion"),
    ("Das ist nicht mehr aufzuhalten.", "opinion"),
    ("Der Schaden ist kaum abzuschätzen.", "opinion"),
    ("Der Laden ist mehr als ein Geschäft.", "opinion"),
    ("Ohne die Ehrenamtlichen gäbe es den Laden nicht.", "opinion"),
    ("Laut Prognose könnte der Rhein am Dienstag 8 Meter erreichen.", "claim"),
    ("Die Stadt könnte nach Angaben des Kämmerers 2 Millionen Euro sparen.", "claim"),
    ("Der Pegel soll bis Mittwoch auf 7 Meter steigen, teilte das Amt mit.", "claim"),
    ("Das Medikament wirkt gegen Kopfschmerzen.", NOT_OPINION),
    ("Der Minister wirkt seit 2019 im Landtag.", "claim"),
    ("Der Laden hat mehr als 300 Artikel im Sortiment.", "claim"),
    ("Für Kinder ist der Eintritt frei.", NOT_OPINION),
    ("Die Stadt wird am 3. Mai einen neuen Bürgermeister wählen.", "claim"),
    ("Die Bahn will die Strecke bis 2030 elektrifizieren.", "claim"),
    ("Der Rhein ist der längste Fluss Deutschlands.", NOT_OPINION),
    ("Was würden Sie der Politik raten?", None),
    # A change foreseen is a forecast, a figure or not; advice in the conditional is the
    # writer's beside a figure; a plan's cost, a scheduled rise and a plan's past stay claims.
    ("Der Meeresspiegel wird bis 2100 um 80 Zentimeter steigen.", "opinion"),
    ("Die Bevölkerung wird bis 2050 um ein Drittel schrumpfen.", "opinion"),
    ("Die Stadt müsste zwei Millionen Euro in die Schulen investieren.", "opinion"),
    ("Die Stadt wird die Gebühren um 5 Prozent erhöhen.", "claim"),
    ("Der Pegel wird am Dienstag auf 8 Meter steigen.", "claim"),
    ("Die Brücke sollte 2019 fertig sein.", "claim"),
    ("Sollte es regnen, fällt das Fest am 3. Mai aus.", "claim"),
    # A point weighed before it is made, a misjudgement or neglect, a future or a reason judged,
    # what must not be; a role model.
    ("Entscheidend ist, dass wir jetzt handeln.", "opinion"),
    ("Fest steht, dass die Deiche nicht reichen.", "opinion"),
    ("Das Problem wird unterschätzt.", "opinion"),
    ("Die Politik hat das Thema jahrelang verschlafen.", "opinion"),
    ("Die Gefahr wird oft verharmlost.", "opinion"),
    ("Das Konzept hat Zukunft.", "opinion"),
    ("Es gibt Grund zur Sorge.", "opinion"),
    ("Wir dürfen die Menschen an der Küste nicht allein lassen.", "opinion"),
    ("Die Genossenschaft ist ein Vorbild für andere Dörfer.", "opinion"),
    ("Der Laden ist ein Erfolgsmodell.", "opinion"),
    ("Wichtig: Die Straße bleibt bis Freitag gesperrt.", "claim"),
    ("Die Forscherin hat die Daten von 200 Pegeln ausgewertet.", "claim"),
    ("Die Deiche wurden nach der Flut von 1962 erhöht.", "claim"),
    ("Der Laden wird von einer Genossenschaft betrieben.", NOT_OPINION),
    # The certainty of an answer; what someone likes.
    ("Auf jeden Fall.", "opinion"),
    ("Das ist auf keinen Fall eine Lösung.", "opinion"),
    ("Die Arbeit macht ihr großen Spaß.", "opinion"),
    ("Ihm gefällt das Leben im Dorf.", "opinion"),
    ("Das Fest macht am Sonntag Station in Bonn.", "claim"),
    # What is not true, what evidently is, a general truth, a wish inverted; a counterfactual
    # figure and one evaluative word beside a source stay claims.
    ("Das stimmt so nicht.", "opinion"),
    ("Offenbar ist Beton leichter zu vermitteln als Schwimmunterricht.", "opinion"),
    (
        "Wer das Bad schließt, nimmt in Kauf, dass noch mehr Kinder nicht schwimmen lernen.",
        "opinion",
    ),
    ("Was fehlt, ist ein Plan für die nächsten Jahre.", "opinion"),
    ("Ein Freibad ist kein Luxus.", "opinion"),
    ("Die Bäckerei ist nicht nur ein Laden.", "opinion"),
    ("Wünschenswert wäre eine Entscheidung noch im Mai.", "opinion"),
    ("Die Sanierung hätte 3,2 Millionen Euro gekostet, rechnet die Verwaltung vor.", "claim"),
    ("Nach Angaben der DLRG kann fast jedes dritte Kind nicht sicher schwimmen.", NOT_OPINION),
]

SPANISH = [
    ("Es una vergüenza que nadie haya dimitido.", "opinion"),
    ("La reforma es un paso en la buena dirección.", "opinion"),
    ("Esta ley es un despropósito.", "opinion"),
    ("El nuevo estadio es un derroche de dinero público.", "opinion"),
    ("La gestión del agua ha sido un fracaso absoluto.", "opinion"),
    ("La situación es insostenible para las familias.", "opinion"),
    ("Las ayudas son insuficientes.", "opinion"),
    ("El proyecto no tiene ningún sentido.", "opinion"),
    ("Parece mentira que todavía no haya un hospital en la comarca.", "opinion"),
    ("Los agricultores tienen razón.", "opinion"),
    ("La decisión del ayuntamiento llega demasiado tarde.", "opinion"),
    ("¡Qué barbaridad!", "opinion"),
    ("Ojalá el Gobierno escuche a los agricultores.", "opinion"),
    ("Los vecinos merecen una explicación.", "opinion"),
    ("Sin duda, es la mejor paella de la ciudad.", "opinion"),
    ("Me parece una decisión acertada.", "opinion"),
    ("Es increíble lo que han conseguido estos jóvenes.", "opinion"),
    ("La subida de precios es una mala noticia para los consumidores.", "opinion"),
    ("Por fin el pueblo tiene un médico propio.", "opinion"),
    ("Los expertos creen que la sequía durará años.", "opinion"),
    ("El Gobierno aprobará el decreto el próximo martes.", "claim"),
    ("La exposición estará abierta hasta finales de mes.", NOT_OPINION),
    ("Las clases empezarán después del verano.", NOT_OPINION),
    ("La obra costará unos tres millones de euros.", "claim"),
    ("El nuevo puente tendrá dos carriles en cada sentido.", "claim"),
    ("La policía detuvo a dos jóvenes por robar en una farmacia.", "claim"),
    ("El pueblo tiene una iglesia románica y un pequeño museo.", NOT_OPINION),
    ("Es la primera vez que el río se desborda desde 1982.", "claim"),
    ("El hospital necesita contratar a 40 enfermeras.", "claim"),
    ("Según los datos del ministerio, el paro bajó en marzo.", "claim"),
    ("El jugador resultó herido en el partido del domingo.", "claim"),
    ("El museo estará cerrado durante las obras de este verano.", "claim"),
    ("La alcaldesa es médica y vive en el pueblo desde hace años.", NOT_OPINION),
]

# A second round (issue 28): beliefs held and felt, impersonal necessity, litotes, what has no
# equal, heightened adjectives, short wishes and exclamations; beside the plain statements of
# an interview, a report and a feature.
SPANISH_VIEWS = [
    ("Sospecho que las cifras son peores.", "opinion"),
    ("Supongo que es cuestión de tiempo.", "opinion"),
    ("No tengo ninguna duda de que saldremos adelante.", "opinion"),
    ("Me siento orgulloso de mis jugadores.", "opinion"),
    ("Lo veo difícil.", "opinion"),
    ("Los ecologistas consideran la medida insuficiente.", "opinion"),
    ("El sindicato califica de inaceptable la propuesta de la empresa.", "opinion"),
    ("Los vecinos ven con preocupación el aumento del tráfico.", "opinion"),
    ("Para muchos vecinos, el cierre es una traición.", "opinion"),
    ("Los regantes están desesperados.", "opinion"),
    ("La preocupación crece entre los agricultores de la comarca.", "opinion"),
    ("Muchas familias viven con angustia la falta de agua.", "opinion"),
    ("No se puede seguir así.", "opinion"),
    ("Conviene no olvidar lo que pasó.", "opinion"),
    ("Estaría bien que alguien se hiciera responsable.", "opinion"),
    ("Lo que ha hecho el club es digno de elogio.", "opinion"),
    ("Da gusto ver a la gente joven interesarse por el oficio.", "opinion"),
    ("El oficio tiene los días contados.", "opinion"),
    ("El plan es poco realista.", "opinion"),
    ("No hay mejor lugar para vivir que este pueblo.", "opinion"),
    ("Nada es más peligroso que la indiferencia.", "opinion"),
    ("Afilar es mucho más que un oficio.", "opinion"),
    ("Hicimos un buen partido en casa.", "opinion"),
    ("El equipo ha jugado muy bien.", "opinion"),
    ("Ha sido un año durísimo para el campo.", "opinion"),
    ("La entrada es carísima para una familia.", "opinion"),
    ("El resultado es decepcionante.", "opinion"),
    ("El panorama es desolador.", "opinion"),
    ("La situación es crítica.", "opinion"),
    ("La novela es una joya.", "opinion"),
    ("Los embalses podrían quedarse vacíos en 2030.", "opinion"),
    ("El nivel del mar podría subir un metro a finales de siglo.", "opinion"),
    ("¡Menudo desastre!", "opinion"),
    ("Ojalá llueva pronto.", "opinion"),
    ("Había muchísima gente en la plaza.", NOT_OPINION),
    ("El paciente se encuentra en estado crítico.", NOT_OPINION),
    ("El museo está abierto de martes a domingo.", "claim"),
    ("No se puede aparcar en la plaza durante el mercado.", NOT_OPINION),
    ("Según la Confederación, los embalses podrían quedarse vacíos en 2030.", "claim"),
    ("Es el tercer entrenador del club esta temporada.", "claim"),
    ("El afilador trabaja desde hace 40 años.", "claim"),
    ("Los agricultores se manifestaron ante la Consejería.", "claim"),
    ("El Gobierno destinará 50 millones a los regantes.", "claim"),
    ("El afilador llega al pueblo con su moto y toca el silbato.", NOT_OPINION),
    ("Llovió muy poco en primavera.", "claim"),
    ("¿Cómo llegó al oficio?", None),
    ("El nivel del mar subirá un metro en 2100.", "opinion"),
    ("Habría que invertir 50 millones en los embalses.", "opinion"),
    ("El Gobierno debería aprobar las ayudas en marzo.", "opinion"),
    ("Los vecinos deberían pagar 20 euros al mes, según el alcalde.", "claim"),
    ("El Gobierno ha subestimado la sequía.", "opinion"),
    ("El club desaprovechó una ocasión de oro.", "opinion"),
    ("El oficio no tiene futuro.", "opinion"),
    ("Desde luego, el equipo ha mejorado.", "opinion"),
    ("Claro que sí.", "opinion"),
    ("Al afilador le encanta su oficio.", "opinion"),
    ("Él lo tiene claro: no se jubilará.", "opinion"),
    ("Jugamos bien en la segunda parte.", "opinion"),
    ("El equipo lo hizo mal.", "opinion"),
    ("Los heridos se encuentran bien.", NOT_OPINION),
    ("Los dos heridos están bien.", "claim"),
    ("Si bien el equipo perdió, mostró carácter.", "claim"),
    ("Le dieron el alta ayer.", "claim"),
    (
        "Sería mucho más sensato rehabilitar el mercado, como hizo el pueblo vecino en 2018.",
        "opinion",
    ),
    ("Pero un mercado no es solo un edificio.", "opinion"),
    ("Lo que no puede hacer el alcalde es vender el mercado sin consultar a nadie.", "opinion"),
    ("Quien cierra un mercado, cierra un lugar de encuentro.", "opinion"),
    ("La obra habría costado 3 millones de euros.", "claim"),
    ("Quien quiera participar puede inscribirse en el ayuntamiento hasta el 3 de mayo.", "claim"),
]

FRENCH = [
    ("Quelle honte !", "opinion"),
    ("C’est un scandale.", "opinion"),
    ("C’est du gâchis.", "opinion"),
    ("Cette réforme est un pas dans la bonne direction.", "opinion"),
    ("Ce projet n’a aucun sens.", "opinion"),
    ("Les habitants méritent mieux.", "opinion"),
    ("On aurait dû écouter les riverains.", "opinion"),
    ("Cette décision arrive bien trop tard.", "opinion"),
    ("Le gouvernement a raison de taxer les billets d’avion.", "opinion"),
    ("Les élus ont enfin compris le message des habitants.", "opinion"),
    ("La nouvelle salle de concert est une réussite.", "opinion"),
    ("Le nouveau stade a coûté une fortune pour un résultat médiocre.", "opinion"),
    ("Les tarifs de la cantine sont excessifs.", "opinion"),
    ("Ce chantier est un véritable gouffre financier.", "opinion"),
    ("La situation devient intenable pour les agriculteurs.", "opinion"),
    ("Le maire est un ancien professeur de lycée.", NOT_OPINION),
    ("La médiathèque est un bâtiment de trois étages.", NOT_OPINION),
    ("Le festival aura lieu du 3 au 5 juillet.", "claim"),
    ("Le nouveau collège accueillera 600 élèves.", "claim"),
    ("Enfin, le conseil municipal a voté le budget.", "claim"),
    ("La commune compte quatre boulangeries et une pharmacie.", NOT_OPINION),
    ("La gare sera fermée pendant toute la durée des travaux cet été.", "claim"),
    ("La piscine coûtera environ deux millions d’euros.", "claim"),
    ("Le pont a été fermé aux camions de plus de 19 tonnes.", "claim"),
]


def tag_of(language: str, sentence: str) -> str | None:
    stance = judge_in(language, sentence)
    return stance.tag if stance else None


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [("de", s, e) for s, e in GERMAN + GERMAN_REPORTED + GERMAN_GUESSES]
    + [("es", s, e) for s, e in SPANISH + SPANISH_VIEWS]
    + [("fr", s, e) for s, e in FRENCH],
)  # fmt: skip
def test_judgements_without_a_marker_word_and_the_statements_beside_them(
    language: str, sentence: str, expected: str | None
) -> None:
    tag = tag_of(language, sentence)
    if expected == NOT_OPINION:
        assert tag != "opinion"
    else:
        assert tag == expected
