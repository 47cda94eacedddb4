"""How German news reports, features and interviews tell a view with no judging word: a
reaction in a figure of speech (dislike, doubt, a complaint), an answer of one word, a
comparison of value, reported speech that finds wanting, a quality heightened past measure,
figures of speech that frame, views a speech verb reports; beside them the plain statements
that must not be read as opinions. Sentences written for these tests."""

from __future__ import annotations

import pytest

from readmark.core.stance_languages import judge_in

OPINIONS = [
    # A reaction told in a figure of speech: dislike, doubt, a complaint.
    "Der neue Parkplatz geht den Anwohnern gegen den Strich.",
    "Die Schließung der Filiale ist dem Ortsrat ein Dorn im Auge.",
    "Der Vorschlag des Landrats stößt im Kreistag auf Unverständnis.",
    "Die Gebührenerhöhung stieß bei den Eltern auf heftige Kritik.",
    "Die Naturschützer stellen den Nutzen der Umgehungsstraße infrage.",
    "Die Opposition zieht die Zahlen der Verwaltung in Zweifel.",
    "Der Wirt hält nichts von der neuen Sperrstunde.",
    "Viele Mieter beschweren sich über den Lärm der Baustelle.",
    "Die Händler der Altstadt haben die Nase voll.",
    "Die Winzer beobachten den Frost mit wachsender Sorge.",
    "Das Dorf setzt große Hoffnungen auf die neue Buslinie.",
    # An answer of one word that agrees, regrets or waves aside.
    "Allerdings.",
    "Leider.",
    "Quatsch!",
    # … a set phrase an answer shrugs or presses in, and a short answer with any cue.
    "Kein Wunder.",
    "Höchste Zeit.",
    "Viel zu spät.",
    "Zu wenig.",
    "Niemand weiß es.",
    "Wir müssen handeln.",
    # A comparison of value with an adjective's ending.
    "Außerdem führen wir die besseren Räder, die zwölf Jahre halten.",
    "Der Rat hat sich für die schlechtere Variante entschieden.",
    # Reported speech in the subjunctive, no speech verb, that belittles or finds wanting.
    "Die Regierung bringe nur noch ein Reförmchen auf den Weg.",
    "Das Gesetz tauge nicht einmal als Anfang.",
    "Es gebe kaum Fortschritte bei der Sanierung.",
    # … and that holds a place together, leaves people alone, needs patience, has a future,
    # delays, or says what could not be without something.
    "Der Verein halte das Dorf zusammen.",
    "Das Land lasse die Fischer allein.",
    "Es brauche einen langen Atem.",
    "Die Werft habe eine Zukunft.",
    "Die Koalition verschleppe die Reform.",
    "Ohne den Bus gebe es im Tal keinen Arzt mehr.",
    # A quality heightened past measure; a quality that is right.
    "Die Lage am Bahnhof ist völlig unübersichtlich.",
    "Das Vorgehen der Verwaltung war absolut richtig.",
    "Die Brötchen kosten mehr als beim Discounter, aber die Qualität stimmt.",
    # Figures of speech a report or a feature frames a thing in.
    "Für die Ehrenamtlichen ist es ein Kampf gegen Windmühlen.",
    "Doch die Idylle am Hafen trügt.",
    "Die Warnungen der Fachleute verhallen.",
    "Die Gemeinde hat ihre Hausaufgaben nicht gemacht.",
    "Die Wirtin lässt sich nicht unterkriegen.",
    "Doch aufgeben will der Fährmann nicht.",
    "Der Schmied denkt nicht ans Aufhören.",
    "Schließen ist für sie keine Option.",
    "Das Konzept des Vereins geht auf.",
    # … a time judged, what cannot be stopped, a risk run, a future no one sees, a consensus.
    "Beim Küstenschutz stehen wir erst am Anfang.",
    "Ein Ende der Trockenheit ist nicht in Sicht.",
    "Die Zeit der Ausreden ist vorbei.",
    "Die Frage ist nicht ob, sondern wann.",
    "Die Erwärmung lässt sich nicht mehr aufhalten.",
    "Wer in der Aue baut, spielt mit dem Feuer.",
    "Viele Bauern wissen nicht, wie es weitergehen soll.",
    "Die Fachleute sind sich einig.",
    # A thing called by a noun that judges: a weak spot, a warning, a symbol, a fighter.
    "Der alte Damm ist die Achillesferse der Stadt.",
    "Für die Fischer ist das ein Alarmsignal.",
    "Die Erosion der Dünen ist eine tickende Zeitbombe.",
    "Die Schleuse ist ein Sinnbild für den Stillstand.",
    "Die Wirtin ist eine Kämpferin.",
    # A judging adjective before the linking verb a subordinate clause puts last.
    "Sie berichtet, dass die Stimmung im Ort gut sei.",
    "Der Rat lehnte ab, weil der Entwurf unausgegoren sei.",
    # What a speech verb reports that is still a view: a change foreseen, a feeling, what
    # could not be without something, conduct judged, a thing named for what it is not.
    "Die Forscherin sagt, die Stürme würden häufiger.",
    "Der Klimaforscher sagt, der Meeresspiegel werde weiter steigen.",
    "Sie sagt, es werde schwer, eine Nachfolgerin zu finden.",
    "Der Schäfer erzählt, dass ihm die Arbeit noch immer Freude mache.",
    "Die Wirtin sagt, sie mache sich Sorgen um das Dorf.",
    "Die Inhaberin sagt, ohne die Stammkunden könnte sie nicht überleben.",
    "Der Landrat sagte, die Feuerwehr habe vorbildlich reagiert.",
    "Die Pächterin betont, der Kiosk sei kein Geschäft, sondern ein Treffpunkt.",
]
PLAIN = [
    # Not a thing met, a motion filed, a load held, a route.
    "Die Bagger stießen beim Aushub auf eine alte Mauer.",
    "Die Fraktion stellte am Dienstag einen Antrag auf Akteneinsicht.",
    "Der Kran hält die Last von zwölf Tonnen.",
    "Die Polizei beobachtet die Kreuzung mit einer Kamera.",
    "Der Bäcker hat im März aufgehört.",
    "Die Linie 4 fährt künftig über den Bahnhof.",
    # … not a yes or a no, which answer a question of fact as well.
    "Ja.",
    "Nein.",
    "Über meinen Onkel.",
    "Sie besucht meinen alten Nachbarn.",
    "Zu den Gästen zählte der Landrat.",
    "Der Leuchtturm auf der Mole wurde 1904 gebaut.",
    # The sun that shines seems nothing.
    "Wenn die Sonne scheint, sitzen die Gäste am Hafen.",
    "Sie berichtet, dass die Straße seit Montag gesperrt sei.",
    # … not a comparison of measure.
    "Im Sommer verkauft der Kiosk mehr Eis als im Winter.",
    # … not the same words told as the writer's, nor an event reported.
    "Im Dorf gibt es nur noch einen Bäcker.",
    "Die Fähre fährt bloß im Sommer.",
    "Der Bürgermeister habe den Vertrag im März unterschrieben.",
    # … not a state left or done, a plan dated, an event reported.
    "Das Haus blieb völlig unbeschädigt.",
    "Die Scheune wurde völlig zerstört.",
    "Die Stadt teilte mit, die Gebühren würden im Mai steigen.",
    "Der Sprecher sagte, die Feuerwehr sei um drei Uhr ausgerückt.",
    "Die Sonne geht um sechs Uhr auf.",
    "Am Anfang der Straße steht eine Linde.",
    "Die Kinder gehen allein zur Schule.",
    "Der Verein halte am Samstag seine Versammlung ab.",
    # An interview's question after its address asks; it is not tagged.
    "Frau Albers, wie sind Sie zur Schäferei gekommen?",
]


@pytest.mark.parametrize("sentence", OPINIONS)
def test_a_german_view_is_read_as_an_opinion(sentence: str) -> None:
    stance = judge_in("de", sentence)
    assert stance is not None and stance.tag == "opinion", stance


@pytest.mark.parametrize("sentence", PLAIN)
def test_a_plain_german_statement_is_not(sentence: str) -> None:
    stance = judge_in("de", sentence)
    assert stance is None or stance.tag != "opinion", stance
