"""More of how French, German and Spanish tell a judgement: how something sounds or looks to the
writer, what follows otherwise, what is not enough in reported speech, a change foreseen, set
phrases of worth, a word someone labels a thing with, a demand or a duty reported, an answer's
view, and the kinds commentaries and reviews judge in (an exclamation of worth, a work that
appeals to the writer, what cannot be, an act read for what it means, a likeness); beside them
the plain statements that must not be read as opinions.
Sentences written for these tests."""

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
    # A change foreseen: "werden" with a comparative, a future of three words.
    ("Die Mieten werden teurer.", "opinion"),
    ("Halligen werden verschwinden.", "opinion"),
    ("Das Wasser wird kommen, so oder so.", "opinion"),
    ("Das Freibad wird später saniert.", NOT_OPINION),
    ("Die Lieferung wird morgen kommen.", NOT_OPINION),
    # Set phrases of worth, of what is ruled out, of a hard lot, of a future delayed.
    ("Ein Dorfladen rechnet sich kaum.", "opinion"),
    ("Aufgeben kommt für sie nicht infrage.", "opinion"),
    ("Es gibt keine Alternative zum Deichbau.", "opinion"),
    ("Kleine Läden haben es schwer.", "opinion"),
    ("Das ist nur eine Frage der Zeit.", "opinion"),
    ("Das kann so nicht weitergehen.", "opinion"),
    ("Das stimmt bis heute.", "opinion"),
    # An adjective made a noun judges as the adjective does.
    ("Die Helfer leisten Erstaunliches.", "opinion"),
    # A word someone labels it with, quoted after a reported verb; not a plan, an event.
    ("Er spricht von einem „Schildbürgerstreich“.", "opinion"),
    ("Die Nachbarin sagt heute, es sei „das Beste, was sie je gemacht hat“.", "opinion"),
    ("Der Juror hat gesagt, der Käse schmecke „nach Alm“.", "opinion"),
    ("Der Minister sprach von 30 Verletzten.", NOT_OPINION),
    ("Ein Sprecher teilte mit, der Neubau werde „frühestens 2027“ beginnen.", NOT_OPINION),
    ("Ein Kollege hat erzählt, er habe „die Hälfte seiner Völker verloren“.", NOT_OPINION),
    # What someone finds, not what takes place.
    ("Die Bürgermeisterin findet, die Fähre habe dann „keine Zukunft mehr“.", "opinion"),
    ("Das Fest findet am Samstag im Mai statt.", NOT_OPINION),
    # "One" saying it reports no one: the judgement is the writer's.
    ("Schöner kann man es nicht sagen.", "opinion"),
    ("Der Bürgermeister sagte, die Brücke werde im Mai eröffnet.", NOT_OPINION),
    # A demand or a plea reported, a duty in reported speech, what someone is said to hold a
    # thing for; not a call to act, nor a duty beside a date or a figure (a plan on record).
    ("Der Verband fordert mehr Geld für die Deiche.", "opinion"),
    ("Die Anwohner verlangen eine neue Brücke.", "opinion"),
    ("Der Bürgermeister mahnte zur Geduld.", "opinion"),
    ("Die Fischer plädieren für eine längere Saison.", "opinion"),
    ("Die Regierung müsse jetzt handeln, forderte der Verband.", "opinion"),
    ("Die Stadt solle die Pläne überdenken, sagte sie.", "opinion"),
    ("Man dürfe die Dörfer nicht vergessen, betonte er.", "opinion"),
    ("Er halte das für einen Fehler.", "opinion"),
    ("Die Stadt fordert die Anwohner auf, ihre Keller zu räumen.", NOT_OPINION),
    ("Die Brücke solle im Mai fertig sein, sagte der Sprecher.", NOT_OPINION),
    ("Der Verband fordert 2 Millionen Euro vom Land.", NOT_OPINION),
    # An answer's frankness, how the speaker sees it or advises, what someone loves; not a
    # meeting seen to, nor a door open.
    ("Ehrlich gesagt verstehe ich die Aufregung nicht.", "opinion"),
    ("Das sehe ich ganz genauso.", "opinion"),
    ("Wir sehen das gelassen.", "opinion"),
    ("Das kann ich nur jedem empfehlen.", "opinion"),
    ("Ich rate allen Imkern zu mehr Ruhe.", "opinion"),
    ("Sie liebt ihre Arbeit auf der Fähre.", "opinion"),
    ("Wir sehen uns am Montag im Rathaus.", NOT_OPINION),
    ("Die Tür des Ladens steht am Montag offen.", NOT_OPINION),
    # Set phrases of urgency, hope, want and worth; an adjective said for whom it holds.
    ("Die Zeit drängt, sagt die Bürgermeisterin.", "opinion"),
    ("Für die Insel gibt es noch Hoffnung.", "opinion"),
    ("Im Dorf fehlt es an allem.", "opinion"),
    ("Am Ende zählt nur, dass die Menschen bleiben.", "opinion"),
    ("Die Zahlen sprechen eine deutliche Sprache.", "opinion"),
    ("Das ist keine Frage des Geldes, sondern des Willens.", "opinion"),
    ("Die Fähre ist für viele unverzichtbar.", "opinion"),
    ("Die Brücke ist für uns wichtig.", "opinion"),
    ("Das Spiel zählt nur für die Wertung der Liga.", NOT_OPINION),
    ("Die Fähre ist für sie kostenlos.", NOT_OPINION),
    ("Der Laden ist für alle geöffnet.", NOT_OPINION),
    # Advice in bare infinitives, listed; not clauses with a subject of their own.
    ("Deiche erhöhen, Häuser anpassen, Flächen freigeben.", "opinion"),
    ("Weniger düngen und mehr Hecken pflanzen.", "opinion"),
    ("Die Kinder spielen am Ufer, die Eltern sitzen auf den Bänken.", NOT_OPINION),
    ("Wir bleiben im Dorf, und wir bauen den Laden wieder auf.", NOT_OPINION),
    # A future no one knows, a danger growing; not a count of the hurt, nor a figure growing.
    ("Wann die Fähre wieder fährt, weiß derzeit niemand.", "opinion"),
    ("Ob die Brücke je wieder öffnet, steht in den Sternen.", "opinion"),
    ("Die Gefahr wächst mit jedem Jahr.", "opinion"),
    ("Niemand wurde bei dem Hochwasser verletzt.", NOT_OPINION),
    ("Die Zahl der Gäste wächst seit 2019.", NOT_OPINION),
    # A predicate adjective after its subject, the sentence opened by something else; not a
    # state ("frei", "voll").
    ("Laut Müller ist der Laden unverzichtbar.", "opinion"),
    ("Laut Wetterdienst bleibt die Lage angespannt.", "opinion"),
    ("Laut Polizei ist die Brücke wieder frei.", NOT_OPINION),
    ("Im Sommer ist die Fähre voll.", NOT_OPINION),
    # A quality denied and put first, a plight, a feeling shared, a hard task named; not a
    # state put first.
    ("Leicht ist das nicht.", "opinion"),
    ("Ein Selbstläufer ist der Laden nicht.", "opinion"),
    ("Viele Bewohner stehen vor dem Nichts.", "opinion"),
    ("Die Hilfsbereitschaft im Ort ist riesig.", "opinion"),
    ("Den Laden am Leben zu halten, ist ein Kraftakt.", "opinion"),
    ("Geöffnet ist der Laden am Montag nicht.", NOT_OPINION),
    # A warning if nothing is done, a chance or none, a heart, neglect in the perfect; not a
    # plain condition, a chance offered, a road closed.
    ("Wenn wir nichts tun, verlieren wir die Insel.", "opinion"),
    ("Ohne die Jungen hat das Dorf keine Chance.", "opinion"),
    ("Es bricht mir das Herz.", "opinion"),
    ("Mir macht das große Sorgen.", "opinion"),
    ("Die Behörden haben die Warnungen ignoriert.", "opinion"),
    ("Die Stadt hat die Anwohner im Stich gelassen.", "opinion"),
    ("Wenn die Fähre nicht fährt, bringt ein Boot die Post.", NOT_OPINION),
    ("Die Bewerber haben die Chance, sich vorzustellen.", NOT_OPINION),
    ("Die Polizei hat die Straße gesperrt.", NOT_OPINION),
    # A future of a verb that begins as a participle does ("geben", "gehen"); not a passive.
    ("Ende des Jahrhunderts wird es hier keine Deiche mehr geben.", "opinion"),
    ("Die Fischer werden bald aufgeben.", "opinion"),
    ("Der alte Deich wird abgetragen.", NOT_OPINION),
    # A future decades away is foreseen whatever figure or year dates it; not works on record,
    # nor a past told over decades.
    ("Einige Inseln wird es in hundert Jahren nicht mehr geben.", "opinion"),
    ("Bis 2100 wird die Hallig verschwunden sein.", "opinion"),
    ("In zehn Jahren gibt es hier keinen Laden mehr.", "opinion"),
    ("Die Brücke wird bis 2027 fertig sein.", NOT_OPINION),
    ("In zwei Jahren wird der neue Laden eröffnet.", NOT_OPINION),
    ("In 30 Jahren hat sie 5000 Kunden bedient.", NOT_OPINION),
    # Judgements in reported speech: for whom it matters, what gives joy, conduct judged right;
    # not a closure reported.
    ("Der Laden sei für das Dorf wichtig, sagt Meyer.", "opinion"),
    ("Die Arbeit im Laden mache ihr Freude, erzählt sie.", "opinion"),
    ("Man habe alles richtig gemacht, sagte der Bürgermeister.", "opinion"),
    ("Die Brücke sei für den Verkehr gesperrt, sagte ein Sprecher.", NOT_OPINION),
    # What alone does not help, where blame lies, no way around it, a slogan without a verb;
    # not someone living alone, a house lying by a dike.
    ("Geld allein hilft nicht.", "opinion"),
    ("Die Verantwortung liegt bei der Politik.", "opinion"),
    ("Daran führt kein Weg vorbei.", "opinion"),
    ("Ohne Laden kein Dorf.", "opinion"),
    ("Sie lebt allein und fährt nicht mehr Auto.", NOT_OPINION),
    ("Das Haus der Familie liegt direkt am Deich.", NOT_OPINION),
    # A duty the speaker shares or puts on anyone, or one missed, whatever its date; not a
    # body's duty by a date, a rule reported, a plan missed.
    ("Wir müssen bis 2030 die Deiche erhöhen.", "opinion"),
    ("Man muss den Menschen bis zum Sommer eine Perspektive geben.", "opinion"),
    ("Die Stadt hätte schon 2019 handeln müssen.", "opinion"),
    ("Die Gemeinde muss den Antrag bis Mai stellen.", NOT_OPINION),
    ("Man muss sich bis zum 3. Mai anmelden, teilte die Stadt mit.", NOT_OPINION),
    ("Die Brücke hätte 2019 fertig sein sollen.", NOT_OPINION),
    # What a feature calls its people; not what a thing is.
    ("Sie ist ein Urgestein der Insel.", "opinion"),
    ("Er ist eine Legende unter den Imkern.", "opinion"),
    ("Die Schule ist eine staatliche Einrichtung.", NOT_OPINION),
    # What someone speaks of, judged; not an operation spoken of.
    ("Der Landrat sprach von einer dramatischen Lage.", "opinion"),
    ("Die Bürgermeisterin sprach von einer Katastrophe.", "opinion"),
    ("Der Sprecher sprach von einem Einsatz am Deich.", NOT_OPINION),
    # Kinds of evaluative language commentaries and reviews judge in (issue 28).
    # An exclamation of worth inside the sentence; not a question of which kind.
    ("Mehr Busse statt Parkplätze – welch ein Wandel zeichnet sich im Rathaus ab.", "opinion"),
    ("Was für ein Abend war das im Stadttheater.", "opinion"),
    ("Der Händler fragte den Kunden, was für ein Rad er suche.", NOT_OPINION),
    # A work that appeals to the writer, or leaves them cold.
    ("Die Ausstellung sprach mich vom ersten Raum an.", "opinion"),
    ("Das Ende des Romans hat mich tief berührt.", "opinion"),
    ("Die vielen Effekte lassen mich völlig kalt.", "opinion"),
    ("Der Schaffner sprach mit den Fahrgästen am Bahnsteig.", NOT_OPINION),
    # What cannot be: a judgement in a negated modal; not beside a date (a plan on record).
    ("Ein Neubau kann nicht die einzige Antwort auf die Wohnungsnot sein.", "opinion"),
    ("Die Sperrung darf kein Dauerzustand sein.", "opinion"),
    ("Die Brücke kann nicht vor Mai 2027 fertig sein.", NOT_OPINION),
    # An act read for what it means.
    ("Die Ministerin will damit vor der Wahl Handlungsfähigkeit beweisen.", "opinion"),
    ("Der Verein reagiert damit auf den Frust seiner Mitglieder.", "opinion"),
    ("Damit stieg die Zahl der Verletzten auf zwölf.", NOT_OPINION),
    # What seems so, a quality with no "zu"; not the sun that shines.
    ("Der Plan scheint den meisten Stadträten inzwischen unbezahlbar.", "opinion"),
    ("Im Garten schien am Nachmittag die Sonne.", NOT_OPINION),
    # The least one can have; not "at least" a count.
    ("Wenn schon kein Freibad, dann wenigstens ein Badesee für die Kinder.", "opinion"),
    ("Der Entwurf ist bestenfalls ein Anfang.", "opinion"),
    ("Zumindest ein Zeuge hat den Unfall gesehen.", NOT_OPINION),
    # Leave the writer grants.
    ("Das Ticket darf ruhig etwas teurer werden, wenn der Bus öfter fährt.", "opinion"),
    # A likeness; not a measure.
    ("Der neue Bahnhof ist wie ein Museum ohne Besucher.", "opinion"),
    ("Das Rathaus gleicht an Markttagen einem Bienenstock.", "opinion"),
    ("Das Gelände ist so groß wie ein Fußballfeld.", NOT_OPINION),
    # What nothing works without, figures of speech of a plight or a folly, a judging adjective.
    ("Ohne die Ehrenamtlichen läuft hier nichts.", "opinion"),
    ("Ohne Strom ging am Dienstag in der Altstadt nichts.", NOT_OPINION),  # what happened
    ("Die Zukunft des Ladens hängt am seidenen Faden.", "opinion"),
    ("Das Land lässt die Gemeinden im Regen stehen.", "opinion"),
    ("Das Förderprogramm ist ein Tropfen auf den heißen Stein.", "opinion"),
    ("Für die Bäckerei ist die Sperrung ein herber Schlag.", "opinion"),
    ("Der Laden ist für das Dorf unersetzlich.", "opinion"),
    ("Der Regen fiel am Dienstag auf den heißen Asphalt der Bundesstraße.", NOT_OPINION),
    # An answer's view in a set phrase, a thing named for what it is not but is, nothing to
    # gloss over, a lesson not learnt, what does not pay its way, a warning.
    ("Ich mache mir keine Illusionen.", "opinion"),
    ("Angst habe ich nicht.", "opinion"),
    ("Wir haben Glück gehabt.", "opinion"),
    ("Das ist kein Beruf, das ist eine Berufung.", "opinion"),
    ("Radwege sind keine Parkplätze, sondern Verkehrswege.", "opinion"),
    ("Da gibt es nichts zu beschönigen.", "opinion"),
    ("Die Stadt hat aus dem letzten Hochwasser nichts gelernt.", "opinion"),
    ("So ein Laden trägt sich nicht von allein.", "opinion"),
    ("Ohne Auto kommt man hier nicht weit.", "opinion"),
    ("Das Hochwasser war eine Warnung.", "opinion"),
    ("Das Gebäude ist kein Denkmal, sagte der Sprecher am Montag.", NOT_OPINION),
    ("Die Schüler haben im Mai zwei Wochen Ferien gehabt.", NOT_OPINION),
    # An answer's short reply; a view shared or not, held against another; what no one can
    # picture; what people value (not an estimate); what the speaker wants; a home named.
    ("Eher nicht.", "opinion"),
    ("Ganz im Gegenteil.", "opinion"),
    ("Schwer zu sagen.", "opinion"),
    ("Das sehen nicht alle so.", "opinion"),
    ("Viele im Dorf sehen das ähnlich.", "opinion"),
    ("Die Anwohner sind anderer Meinung.", "opinion"),
    ("Nicht alle teilen diese Sicht.", "opinion"),
    ("Ein Leben ohne Laden kann sich hier keiner vorstellen.", "opinion"),
    ("Die Kunden schätzen die Beratung.", "opinion"),
    ("Die Experten schätzen den Schaden auf zwei Millionen Euro.", NOT_OPINION),
    ("Das Meer macht mir keine Angst.", "opinion"),
    ("Hier will ich alt werden.", "opinion"),
    ("Das ist unsere Heimat.", "opinion"),
    # The elative of value, whatever tense tells it.
    ("Bestens geeignet für den Abend war das Programm der jungen Musiker.", "opinion"),
    ("Die Stadt hat die Aufgabe aufs Beste gelöst.", "opinion"),
    # A strong judging adjective the lexicon lacks, wherever it stands.
    ("Die Partei erlebte einen desaströsen Wahlabend.", "opinion"),
    ("Die Gemeinde erlebte einen chaotischen Start in die Saison.", "opinion"),
    ("Die Gemeinde erlebte einen ruhigen Start in die Saison.", NOT_OPINION),
    # A person named, a role and a first and last name or a name and a party: a claim to check
    # on them, unless the sentence judges.
    ("Der Fischer Jan Peters fährt jede Nacht hinaus.", "claim"),
    ("Landrat Uwe Brandes (CDU) lehnt den Antrag ab.", "claim"),
    ("Der Fischer Jan Peters hält das für einen Fehler.", "opinion"),
    # A routine, what something belongs to, how long it has been so: claims with no date or
    # figure; a judgement still first.
    ("Der Bäcker liefert jeden Morgen an die Schule.", "claim"),
    ("Der Hafen gehört dem Land.", "claim"),
    ("Die Familie betreibt den Hof seit Generationen.", "claim"),
    ("Der Bus fährt täglich, aber leider viel zu selten.", "opinion"),
    # How hard a blow fell, a limit reached, what no one can foresee yet, people holding
    # together, a task of giants.
    ("Am schwersten traf es die Bewohner der Unterstadt.", "opinion"),
    ("Die Feuerwehr sei an ihre Grenzen gestoßen, sagte der Kreisbrandmeister.", "opinion"),
    ("Die Schäden seien noch gar nicht absehbar.", "opinion"),
    ("Die Frage ist, ob die Stadt daraus lernt.", "opinion"),
    ("Die Menschen im Ort halten zusammen.", "opinion"),
    ("Die Stadt steht vor einer Mammutaufgabe.", "opinion"),
    ("Die Polizei hält die Straße bis Montag gesperrt.", NOT_OPINION),
    ("Das war ein Anschlag auf die Bahnstrecke, teilte die Polizei mit.", NOT_OPINION),
    # A digit inside a word names a thing, not a figure that makes a duty a plan on record.
    ("Auf der A7 muss ein Tempolimit kommen.", "opinion"),
    ("Weniger CO2 sollte das Ziel jeder Stadt sein.", "opinion"),
    ("Der Ausstoß von CO2 sank im Jahr 2023 um vier Prozent.", "claim"),
]
FRENCH = [
    ("Ce budget ressemble à un aveu d'échec.", "opinion"),
    ("La réforme a tout l'air d'un recul.", "opinion"),
    ("On dirait un décor de cinéma.", "opinion"),
    ("Le son de la cloche a été restauré en 2019.", NOT_OPINION),
    ("Sinon, les familles quitteront le quartier.", "opinion"),
    ("Le maire parle d’un « gâchis ».", "opinion"),
    # A feeling declared, a state foreseen, in someone's words.
    ("La présidente de l’association se dit « scandalisée ».", "opinion"),
    ("Selon l’expert, certains quartiers seraient « invivables d’ici 2050 ».", "opinion"),
    ("Le bilan serait de trois blessés, selon la préfecture.", NOT_OPINION),
    # Belief or praise credited; what is done anyhow.
    ("Les riverains n’y croient plus.", "opinion"),
    ("La directrice ne tarit pas d’éloges sur ses élèves.", "opinion"),
    ("Planter, oui, mais pas n’importe quoi.", "opinion"),
    # What someone feels, doubts or expresses, or is not convinced by.
    ("La directrice, qui voulait aider, se sent même désarmée.", "opinion"),
    ("Certains se posent des questions sur leur santé.", "opinion"),
    ("Elle exprime ses doutes face à la communication de l’État.", "opinion"),
    ("Ces propos n’ont pas convaincu les riverains.", "opinion"),
    # A speed or a frequency, a place before "c'est", the worst avoided: no judgement.
    ("Les équipes seront déployées très rapidement sur le site en 2025.", NOT_OPINION),
    ("Dans l’entrepôt, c’est du carton qui a brûlé en mars.", NOT_OPINION),
    ("Pour éviter le pire, la préfecture a fermé la route en mai.", NOT_OPINION),
    ("La lecture, c’est une liberté.", "opinion"),
    # An adjective that begins as an article does ("dur", "lamentable") is judged as one.
    ("Le métier de boulanger est dur.", "opinion"),
    ("La décision du conseil est lamentable.", "opinion"),
    ("La ville est la capitale du département.", NOT_OPINION),
    # What nothing holds without, what is only a start, what people have had enough of, how
    # they feel, figures of speech of a plight or a folly.
    ("Sans les bénévoles, rien ne tiendrait.", "opinion"),
    ("Ce n’est qu’un début.", "opinion"),
    ("Les habitants en ont assez.", "opinion"),
    ("Les commerçants sont inquiets.", "opinion"),
    ("Tout n’est pas rose pour autant.", "opinion"),
    ("La mairie fait la sourde oreille.", "opinion"),
    ("Les travaux n’en finissent pas.", "opinion"),
    ("La bibliothèque est le cœur du quartier.", "opinion"),
    ("Sans voiture, les habitants ont pris le car le 3 mai.", NOT_OPINION),
    ("La route du port est fermée depuis lundi.", NOT_OPINION),
    # Hardship and praise as a predicate, what people love or feel they are, an answer's own
    # attachment, a trial named.
    ("Les débuts ont été rudes.", "opinion"),
    ("Le métier est exigeant.", "opinion"),
    ("Les enfants adorent l’heure du conte.", "opinion"),
    ("Les habitants ont le sentiment d’être abandonnés.", "opinion"),
    ("Je ne me vois pas faire autre chose.", "opinion"),
    ("Le chantier a été une épreuve pour les commerçants.", "opinion"),
    ("La municipalité a pris le dossier à bras le corps.", "opinion"),
    ("Le chantier a duré deux ans.", NOT_OPINION),
    # A past event past a measure of how much, or a modal's; a date named from this month.
    ("La tempête a en grande partie détruit le port.", "claim"),
    ("Les habitants ont dû quitter leurs maisons.", "claim"),
    ("Elle ouvre ce mois-ci une deuxième boutique.", "claim"),
    # A duty missed the writer owns, whatever date it names; not a plan missed (issue 28).
    ("J’aurais dû écouter mes voisins avant d’acheter ce billet.", "opinion"),
    ("Il aurait fallu prévenir les riverains dès l’an dernier.", "opinion"),
    ("Le chantier devait s’achever en mars 2024.", NOT_OPINION),
    # An argument's connective the writer weighs with, opening the sentence.
    ("D’autant que la mairie avait promis une navette en 2022.", "opinion"),
    ("Reste que le quartier attend toujours sa crèche.", "opinion"),
    # A likeness; not a reminder told.
    ("Le nouveau musée fait penser à un hangar d’aéroport.", "opinion"),
    ("Ses dialogues rappellent ceux des vieux films de Pagnol.", "opinion"),
    ("La salle ressemble à un décor de théâtre abandonné.", "opinion"),
    ("Le maire rappelle que la piscine ferme en août.", NOT_OPINION),
]
SPANISH = [
    ("La medida suena a excusa de última hora.", "opinion"),
    ("El acuerdo tiene pinta de parche.", "opinion"),
    ("De lo contrario, los vecinos pagarán la factura.", "opinion"),
    ("El alcalde habla de una «chapuza».", "opinion"),
    # What amused or moved me; criticism in the perfect; what matters not or serves little.
    ("Me hizo mucha gracia.", "opinion"),
    ("A los vecinos nos hace ilusión la feria.", "opinion"),
    ("La oposición ha criticado los recortes en prevención.", "opinion"),
    ("Y no importan las matizaciones.", "opinion"),
    ("Las ayudas de poco sirven.", "opinion"),
    # A future in an indirect question is asserted by no one.
    ("El alcalde no sabe cuándo llegará el dinero.", NOT_OPINION),
    ("Ocaña todavía no sabe qué hará.", NOT_OPINION),
    ("El pueblo desaparecerá.", "opinion"),
    # A conduct likened to another's, what is done instead of what ought to be, what cannot be
    # borne, what is no more than it is, a reproach, a feeling fallen into (issue 28).
    ("El ayuntamiento se comporta como lo haría un adolescente.", "opinion"),
    ("La empresa actúa como si fuera la dueña del río.", "opinion"),
    ("La diputación reparte folletos en lugar de arreglar los caminos.", "opinion"),
    ("El pleno se celebró el martes en lugar del lunes.", NOT_OPINION),
    ("No es posible seguir cerrando consultorios en los pueblos.", "opinion"),
    ("No es posible acceder a la playa desde el martes.", NOT_OPINION),
    ("La nueva ordenanza es apenas un parche.", "opinion"),
    ("A la consejera le reprochan su silencio durante la sequía.", "opinion"),
    ("El concejal se pone nervioso cada vez que le preguntan por el puerto.", "opinion"),
    # An adverb made of an evaluative adjective judges as the adjective does.
    ("Los responsables actuaron irresponsablemente durante la riada.", "opinion"),
    ("Los bomberos llegaron rápidamente al polígono.", NOT_OPINION),
    # What there is none without, what no one cares for, what pays no living, figures of
    # speech of a plight, what a craft is called.
    ("Sin agua no hay campo.", "opinion"),
    ("Nadie se acuerda de nosotros.", "opinion"),
    ("El oficio no da para vivir.", "opinion"),
    ("El agua vale oro.", "opinion"),
    ("El futuro del club está en el aire.", "opinion"),
    ("La Administración mira para otro lado.", "opinion"),
    ("Los agricultores lo están pasando mal.", "opinion"),
    ("Afilar cuchillos es un arte.", "opinion"),
    ("Sin cita previa, el centro atendió a 40 personas el lunes.", NOT_OPINION),
    # An answer's regret or attachment, a feeling named by what was done to one, a thing
    # taken as it is, a great piece of work, a judgement in the preterite of "estar".
    ("No me arrepiento de nada.", "opinion"),
    ("No cambiaría mi vida por nada.", "opinion"),
    ("Nos sentimos abandonados.", "opinion"),
    ("El fútbol es así.", "opinion"),
    ("Hemos hecho un gran trabajo.", "opinion"),
    ("El árbitro no estuvo acertado.", "opinion"),
    ("Es un trabajo sacrificado.", "opinion"),
    ("Un gran incendio arrasó 300 hectáreas en agosto.", NOT_OPINION),
    ("Así lo explicó el alcalde en el pleno del lunes.", NOT_OPINION),
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
