"""Cues of stance German news reports, features, interviews and commentaries are told in, read
by core/stance_languages.py beside its grammar (core/stance_grammars.py): what someone demands,
a duty told in reported speech, set phrases and figures of speech that judge, the kinds of
evaluative language commentaries and reviews judge in, views shared or held against, reactions
told in figures of speech, an answer of one word, reported speech that finds wanting or
foresees, a quality heightened past measure; and, for claims, a person named and a routine."""

from __future__ import annotations

import re

# A demand or a plea reported is a view of what ought to be ("Der Verband fordert mehr Geld",
# "Die Fischer plädieren für eine längere Saison"), and so is a duty in the subjunctive of
# reported speech ("Die Stadt müsse jetzt handeln, sagte sie"): a speech verb does not make
# them claims. Not a call to act ("fordert die Anwohner auf, …"), and not beside a figure or a
# date (see REPORTED_DUTY's reader), where a duty is a plan on record ("solle im Mai fertig
# sein").
REPORTED_DUTY = re.compile(
    r"\b(?:fordert|fordern|forderte|forderten|verlangt|verlangen|verlangte|verlangten|"
    r"plädiert|plädieren|plädierte|plädierten|mahnt|mahnen|mahnte|mahnten|"
    r"appelliert|appellieren|appellierte|appellierten)\b(?![^.!?,;:]*\bauf\s*(?:[,.;:!?]|$))"
    r"|\b(?:müsse|müssten|solle)\b"
    r"|\bdürfe\b(?=[^,.;:!?]*\b(?:nicht|nie|kein\w*)\b)"
)

# Set phrases of urgency, hope and want, of what counts and what speaks for itself: "Die Zeit
# drängt", "Es gibt noch Hoffnung", "Es fehlt an allem", "Am Ende zählt nur …", "Die Zahlen
# sprechen eine deutliche Sprache", "Das ist keine Frage des Geldes"; of a future no one knows
# ("Niemand weiß, ob …", "steht in den Sternen") and a danger growing ("Die Gefahr wächst").
SET_JUDGEMENT = re.compile(
    r"\b(?:[Nn]iemand|[Kk]einer)\s+(?:\w+\s+)?weiß\b|\bweiß\s+(?:\w+\s+)?(?:niemand|keiner)\b"
    r"|\bsteht\s+in\s+den\s+Sternen\b"
    r"|\b(?:Gefahr|Risiko|Not|Angst|Sorge)\s+(?:wächst|wuchs|steigt|stieg)\b"
    # … a plight ("stehen vor dem Nichts"), and a quality denied, put first: "Leicht ist das
    # nicht", "Ein Selbstläufer ist der Laden nicht", "Reich wird man damit nie".
    r"|\b(?:vor\s+dem\s+Nichts|vor\s+einem\s+Scherbenhaufen|am\s+Abgrund)\b"
    r"|^(?!(?:Das|Es|Er|Sie|Der|Die|Dies|Hier|Da|Dort|Heute|Jetzt|Nun|Dann)\s)"
    r"(?!Ge[a-zäöüß]+(?:t|en)\s)"  # not a state put first: "Geöffnet ist er heute nicht"
    r"(?:Ein\s+|Eine\s+)?[A-ZÄÖÜ][a-zäöüß]+\s+(?:ist|war|sind|waren|wird|werden|bleibt)\s+"
    r"(?:\w+\s+){1,3}?(?:nicht|nie|keineswegs)\s*[.!]?\s*$"
    # … a warning of what follows if nothing is done, or not soon: "Wenn wir nichts tun,
    # verlieren wir die Insel", "Wenn nicht bald etwas passiert, …".
    r"|^(?:Wenn|Falls)\s[^,.;:!?]*\b(?:nichts|nicht\s+(?:bald|schnell|endlich|rechtzeitig|"
    r"sofort|jetzt))\b[^,.;:!?]*,\s*[a-zäöüß]+"
    # … a chance or none ("Ohne die Jungen hat das Dorf keine Chance"), what breaks or wins
    # a heart ("Es bricht mir das Herz", "liegt ihr am Herzen"), neglect told in the perfect
    # ("hat die Warnungen ignoriert", "hat die Anwohner im Stich gelassen").
    r"|\b(?:hat|haben|hätte|hätten)\s+(?:(?:der|die|das)\s+[A-ZÄÖÜ][a-zäöüß]+\s+)?"
    r"(?:keine|kaum\s+eine|eine\s+echte|eine\s+gute|noch\s+eine)\s+(?:Chance|Perspektive)\b"
    r"|\b(?:bricht|brach|brechen)\s+(?:\w+\s+){0,2}?das\s+Herz\b|\bam\s+Herzen\b"
    r"|\bignorier[a-zäöüß]*|\bim\s+Stich\s+(?:gelassen|lassen|lässt|ließ|ließen)\b"
    # … and conduct judged right or wrong: "Man habe alles richtig gemacht".
    r"|\b(?:alles|vieles|einiges|manches|nichts|etwas|das|es)\s+(?:\w+\s+)?(?:richtig|falsch)\s+"
    r"(?:gemacht|gelaufen|entschieden|eingeschätzt)\b"
    # … what alone does not help ("Geld allein hilft nicht"), where blame or the problem lies
    # ("Die Verantwortung liegt bei der Politik", "Schuld sind nicht die Bienen"), what there is
    # no way around, what belongs on the agenda, a slogan without a verb ("Ohne Laden kein
    # Dorf").
    r"|\b(?!(?:Sie|Er|Es|Ich|Wir|Ihr)\b)[A-ZÄÖÜ][a-zäöüß]+\s+allein\s+(?!schon\b)(?:\w+\s+){0,3}?"
    r"(?:nicht|nichts|kaum|wenig)\b"
    r"|\b(?:Verantwortung|Schuld|Problem)\s+(?:liegt|lag)\b|^Schuld\s+(?:ist|sind|war|waren|daran)\b"
    r"|\bführt\s+kein\s+Weg\s+(?:daran\s+)?vorbei\b"
    r"|\b(?:gehört|gehören)\s+(?:\w+\s+){0,2}?(?:auf\s+die\s+Tagesordnung|verboten|abgeschafft)\b"
    r"|^Ohne\s+[^,.;:!?]+\s+kein(?:e|en)?\s+[A-ZÄÖÜ][a-zäöüß]+\s*[.!]?\s*$"
    # … what nothing works without ("Ohne die Ehrenamtlichen läuft hier nichts"), and the
    # figures of speech a plight or a folly is told in: "hängt am seidenen Faden", "lässt die
    # Gemeinden im Regen stehen", "ein Tropfen auf den heißen Stein", "ein herber Schlag".
    r"|^Ohne\s+[^,.;:!?]+\s+(?:läuft|geht|funktioniert|klappt|kommt\s+man)\s+(?:hier\s+|da\s+)?"
    r"(?:gar\s+)?(?:nichts|nicht\s+weit)\b"
    r"|\b(?:am\s+seidenen\s+Faden|im\s+Regen\s+(?:stehen|steht|stand)|Wettlauf\s+gegen\s+die\s+Zeit|"
    r"Tropfen\s+auf\s+den\s+heißen\s+Stein|Fass\s+ohne\s+Boden|Spitze\s+des\s+Eisbergs|"
    r"Schuss\s+in\s+den\s+Ofen|auf\s+der\s+Strecke\s+(?:bleiben|bleibt|blieb)|"
    r"(?:mit\s+dem\s+)?Rücken\s+zur\s+Wand|Wasser\s+bis\s+zum\s+Hals|Licht\s+am\s+Ende\s+des\s+Tunnels|"
    r"in\s+den\s+Sand\s+(?:gesetzt|setzen)|auf\s+die\s+lange\s+Bank|unter\s+den\s+Teppich|"
    r"(?:herber|schwerer|harter)\s+Schlag|Schlag\s+ins\s+Gesicht|auf\s+Sand\s+gebaut)\b"
    # … an answer's own view in a set phrase ("Ich mache mir keine Illusionen", "Angst habe ich
    # nicht", "Wir haben Glück gehabt"), a thing named for what it is not but is ("Das ist kein
    # Beruf, das ist eine Berufung", "keine Teststrecken, sondern Verkehrswege"), what there is
    # nothing to gloss over, a lesson not learnt, what does not pay its way.
    r"|\b(?:mache|machen)\s+(?:mir|uns)\s+(?:keine\s+|große\s+|kaum\s+)?(?:Illusionen|Gedanken)\b"
    r"|^(?:Angst|Sorge|Sorgen|Zweifel|Bedenken|Hoffnung)\s+(?:habe|hab|haben)\s+(?:ich|wir)\b"
    r"|\b(?:Glück|Pech)\s+gehabt\b"
    r"|\b(?:ist|sind|war|waren|sei|seien)\s+kein(?:e|en)?\s+[A-ZÄÖÜ][\w-]*(?:\s+[\wäöüß-]+){0,3}?\s*"
    r"(?:,\s*sondern|,\s*(?:das|es|sie|er)\s+(?:ist|sind|war))\b"
    r"|\b(?:gibt|gab)\s+es\s+(?:da\s+)?nichts\s+zu\s+(?:beschönigen|meckern|rütteln|deuteln|bereuen)\b"
    r"|\b(?:nichts|wenig|kaum\s+etwas)\s+(?:daraus\s+)?gelernt\b"
    r"|\b(?:trägt|tragen|trug)\s+sich\s+(?:\w+\s+){0,2}?(?:nicht|kaum)\b"
    # … how hard a blow fell, told in the superlative ("Am schwersten traf es die Unterstadt"),
    # a limit reached ("sei an ihre Grenzen gestoßen"), what no one can foresee yet ("Die Schäden
    # sind nicht absehbar", "Die Frage ist, ob …"), and people holding together.
    r"|\b[Aa]m\s+(?:schwersten|härtesten|schlimmsten|stärksten)\s+(?:trifft|traf|treffen|trafen|"
    r"getroffen|betroffen)\b"
    r"|\ban\s+(?:seine|ihre|die|unsere)\s+Grenzen?\s+(?:gestoßen|stoßen|stößt|stieß|stießen|"
    r"gekommen|kommen|kommt|kam)\b"
    r"|\b(?:nicht|kaum|noch\s+nicht|gar\s+nicht)\s+absehbar\b"
    r"|^Die\s+(?:große\s+|entscheidende\s+)?Frage\s+(?:ist|bleibt|lautet)\s*[,:]"
    r"|\b(?:halten|hält|hielten|hielt|halte)\s+(?:\w+\s+){0,3}?zusammen\s*(?:[,.;:!?]|$)"
    r"|\b(?:die\s+)?Zeit\s+(?:drängt|läuft\s+(?:uns\s+|ihnen\s+)?davon)\b"
    r"|\bkeine\s+Zeit\s+(?:mehr\s+)?zu\s+verlieren\b"
    r"|\b(?:gibt|gab)\s+es\s+(?:(?:noch|wieder|kaum|wenig|keine)\s+){0,2}Hoffnung\b"
    r"|^Es\s+(?:gibt|gab)\s+(?:(?:noch|wieder|kaum|wenig|keine)\s+){0,2}Hoffnung\b"
    r"|\b(?:fehlt|fehlte)\s+(?:es\s+)?an\s+(?:allem|allen\s+Ecken)\b"
    r"|\b(?:zählt|zählte)\s+(?:doch\s+)?(?:nur|allein|vor\s+allem)\s*(?:[,:]|dass\b|eins\b)"
    r"|\b(?:deutliche|klare|eigene)\s+Sprache\b"
    r"|\b(?:ist|sind|war|waren)\s+(?:doch\s+)?(?:eine|keine)\s+Frage\s+(?:des|der)\s+"
    r"(?!Zeit\b)[A-ZÄÖÜ]"
)

# An infinitive ends a German clause; a participle there is a passive or a perfect ("wird
# gebaut", "wird abgerissen", "wird übernommen"), not the verbs that begin as one does ("wird es
# nicht mehr geben", "wird aufgeben", "wird nicht gut gehen").
_INFINITIVE = re.compile(r"[a-zäöüß]+(?:en|ern|eln)|sein|tun")
_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|um|vor|weg|zu|zurück|zusammen)?"
    r"(?!(?:geben|gehen|gelten|gewinnen|gehören|genießen|geraten|gestalten|gelingen|geschehen|"
    r"gedeihen|gewähren|gewöhnen|gebrauchen)$)ge\w+"
    r"|(?!kommen$)\w+(?:ommen|oben|ossen|unden|ungen|ogen|oren|ochen|orben|olfen|itten|ieben|"
    r"ieden|issen|oten|iesen)"
)


def german_infinitive(word: str) -> bool:
    """Whether the word is an infinitive and not a participle that looks like one."""
    return bool(_INFINITIVE.fullmatch(word)) and not _PARTICIPLE.fullmatch(word)


# A subject or a conjunction opens a clause with a finite verb in it, not a bare infinitive.
_CLAUSE_OPENER = re.compile(
    r"(?i:der|die|das|ein|eine|er|sie|es|ich|wir|ihr|man|wer|was|wie|wo|ob|dass|weil|wenn|aber|"
    r"doch|denn|sondern|oder|viele|alle|manche|beide)"
)
_PARTS = re.compile(r"\s*(?:[,;]|\bund\b)\s*")


def infinitive_advice(sentence: str) -> re.Match[str] | None:
    """Advice in bare infinitives, what is to be done, listed: "Deiche erhöhen, Häuser
    anpassen", "Blumen stehen lassen, den Rasen seltener mähen": two parts or more of two words
    or more, each ending in an infinitive, none opened by a subject or a conjunction."""
    parts = [part.split() for part in _PARTS.split(sentence.rstrip(" .!…"))]
    if len(parts) < 2:
        return None
    for words in parts:
        if len(words) < 2 or _CLAUSE_OPENER.fullmatch(words[0]):
            return None
        if not german_infinitive(words[-1]):
            return None
    return re.match(r"[^,;]+", sentence)


# A future decades away is foreseen, not planned, whatever figure or year dates it: "In hundert
# Jahren wird es die Hallig nicht mehr geben", "Bis 2100 wird sie verschwunden sein" (not "in
# zwei Jahren", "bis 2027": the time of works on record).
FAR_HORIZON = re.compile(
    r"\b(?:[Ii]n|[Bb]innen)\s+(?:(?:gut|knapp|rund|etwa|wenigen|einigen|ein\s+paar)\s+)?"
    r"(?:zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|[1-9]\d+)\s+Jahren\b"
    r"|\b(?:[Ii]n|[Bb]innen)\s+(?:\w+\s+){0,2}?Jahrzehnten\b"
    r"|\b(?:[Bb]is|[Ii]m\s+Jahr|[Uu]m)\s+(?:20[4-9]\d|2[1-9]\d\d)\b"
    r"|\b(?:Ende|Mitte)\s+des\s+Jahrhunderts\b"
)

# A duty the speaker shares or puts on anyone is a view whatever date or figure it names ("Wir
# müssen bis 2030 die Deiche erhöhen", "Man muss den Menschen bis zum Sommer helfen"), and so is
# a duty missed ("Die Stadt hätte schon 2019 handeln müssen"); a body's duty beside a date is a
# plan on record ("Die Gemeinde muss bis Mai …"), and so is a plan missed ("Die Brücke hätte
# 2019 fertig sein sollen").
OWN_DUTY = re.compile(
    r"\b(?:[Ww]ir|[Mm]an)\s+(?:\w+\s+)?(?:müssen|muss|sollten|sollte)\b"
    r"|\b(?:müssen|sollten)\s+wir\b|\b(?:muss|sollte)\s+man\b"
    r"|\b(?:hätte|hätten)\b[^,.;:!?]*\smüssen\s*(?:[,.;:!?]|$)"
)

# What someone speaks of, judged as a predicate is (see _judging_predicate): "Der Landrat
# sprach von einer dramatischen Lage", "von einer Katastrophe" (not "von einem Einsatz").
SPOKEN_OF = re.compile(
    r"\b(?:spricht|sprechen|sprach|sprachen)\s+von\s+(?:einer|einem|einen)\s+"
    r"(?:(?P<modifier>[a-zäöüß]+)\s+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)(?P<adjective>)"
)

# Kinds of evaluative language a commentary or a review judges in, read where no figure or
# date makes the sentence a record: an exclamation of worth inside the sentence ("welch eine
# Kehrtwende", "Was für ein Abend"); a work that appeals to the writer or leaves them cold
# ("Das Cover sprach mich sofort an", "Der Film hat mich berührt", "lässt mich kalt"); what
# cannot be, a judgement in a negated modal ("kann nicht die Lösung sein", "darf kein
# Dauerzustand sein"); an act read for what it means ("Der Kanzler will damit ein Signal
# setzen", "Sie reagiert damit auf die Stimmung"); what seems so, a quality with no "zu"
# ("scheint ihr nicht mehr unaussprechlich"); a concession of the least one can have
# ("Wenn schon nicht aus Vernunft, dann wenigstens …", "bestenfalls ein Anfang"; not "at
# least" a count, "zumindest ein Zeuge"); leave the writer grants
# ("kann man ruhig so sehen", "darf gerne teurer sein"); and a likeness ("ist wie ein
# Museum", "gleicht einem Bienenstock"; not a measure, "so groß wie ein Fußballfeld"); the
# elative of value ("bestens geeignet", "aufs Beste gelöst").
EVALUATIVE_TURNS = re.compile(
    r"\b[Ww]elch\s+(?:ein|eine|einen|einem)\b|^Was\s+für\s+(?:ein|eine|einen)\b"
    r"|\b(?:spricht|sprach|berührt|berührte|packt|packte|fesselt|fesselte|überzeugt|"
    r"überzeugte|begeistert|begeisterte|langweilt|langweilte|nervt|nervte|bewegt|bewegte|"
    r"rührt|rührte)\s+(?:mich|uns)\b"
    r"|\b(?:hat|haben|hatte|hatten)\s+(?:mich|uns)\s+(?:\w+\s+)?(?:berührt|gepackt|gefesselt|"
    r"überzeugt|begeistert|gelangweilt|genervt|bewegt|gerührt|angesprochen)\b"
    r"|\b(?:lässt|lassen|ließ|ließen)\s+(?:mich|uns)\s+(?:\w+\s+)?kalt\b"
    r"|\b(?:kann|können|darf|dürfen)\s+(?:(?:doch|ja|wohl|also|aber)\s+)?(?:nicht|kein\w*)\s+"
    r"(?:[^,.;:!?–—]+\s)?sein\s*(?:[,.;:!?–—]|$)"
    r"|\b(?:will|wollen|wollte|wollten|zeigt|zeigen|zeigte|zeigten|reagiert|reagieren|"
    r"reagierte|reagierten|zieht|ziehen|zog|zogen|signalisiert|signalisierte)\s+damit\b"
    r"|\b(?:scheint|scheinen|schien|schienen)\s+(?:[\w-]+\s+){0,5}?"
    r"[a-zäöüß]+(?:lich|bar|ig|isch|los|sam|haft|iv|ell)\s*(?:[,.;:!?–—]|$)"
    r"|\b(?:[Bb]estenfalls|[Ss]chlimmstenfalls|[Aa]llenfalls)\b|^Wenn\s+schon\b"
    r"|\b(?:[Ww]enigstens|[Zz]umindest)\b(?!\s+(?:ein|eine|einen|einem|einer)\b)"
    r"|\b(?:kann|können|darf|dürfen)\s+(?:[\w-]+\s+){0,3}?(?:ruhig|gerne|gern|getrost)\b"
    r"|\b(?:ist|sind|war|waren)\s+(?:(?:fast|beinahe|eher|geradezu|oft)\s+)?wie\s+"
    r"(?:ein|eine|einem|einer)\b"
    r"|\b(?:gleicht|gleichen|glich|glichen)\s+(?:\w+\s+){0,2}?(?:einem|einer)\b"
    r"|\b(?:[Bb]estens|[Aa]ufs\s+[Bb]este)\b"
)

# A person named, where German capitalises every noun: a role and a first and last name, three
# capitals in a row inside the sentence ("Der Handwerker Mehmet Arslan pendelt …",
# "Ministerpräsident Hendrik Wüst"), or a name and a party ("Wüst (CDU)"), someone a claim can
# be checked on.
GERMAN_NAMED = re.compile(
    r"(?<=\s)[A-ZÄÖÜ][a-zäöüß-]+\s+[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][a-zäöüß]+\b"
    r"|\b[A-ZÄÖÜ][a-zäöüß]+\s+\((?:CDU|CSU|SPD|FDP|AfD|Grüne|Linke|BSW|ÖVP|SPÖ|FPÖ|SVP)\)"
)

# A view shared or not, told as whose it is ("Das sehen nicht alle so", "Viele sehen das
# ähnlich", not "sieht so aus"), held against another ("sind anderer Meinung", "teilen diese
# Sicht nicht", "widersprechen"), what no one can picture ("Ein Leben ohne Laden kann sich
# keiner vorstellen"), and what people value ("Die Kunden schätzen die Beratung"; not an
# estimate, which names a figure: see its reader).
VIEWS_SHARED = re.compile(
    r"\b(?:sehen|sieht|sah|sahen)\s+(?:(?:das|es|dies|nicht|alle|viele|manche|auch|wohl|ganz|"
    r"genau|im\s+Dorf|hier)\s+){0,3}(?:so|ähnlich|genauso|anders)\b(?!\s+(?:aus|wie)\b)"
    r"|\b(?:anderer|gleicher|einer)\s+(?:Meinung|Ansicht|Auffassung)\b"
    r"|\b(?:teilt|teilen|teilte|teilten)\s+(?:\w+\s+)?(?:Sicht|Meinung|Ansicht|Einschätzung|"
    r"Auffassung|Sorge|Sorgen|Kritik|Bedenken)\b"
    r"|\b(?:widerspricht|widersprechen|widersprach|widersprachen)\b"
    r"|\b(?:kann|können|konnte|konnten)\s+sich\s+(?:\w+\s+){0,3}?vorstellen\b"
    r"|\b(?:schätzt|schätzen|schätzte|schätzten)\s+(?:die|den|das|ihre|ihren|seine|seinen)\b"
)

# What can be checked with no date or figure in German: a routine ("Die Schülerin fährt jeden
# Tag mit", "pendelt täglich"), what something belongs to ("Die Fähre gehört der Gemeinde"), and
# how long it has been so ("seit Jahrzehnten"); read only when nothing judges.
GERMAN_ROUTINE = re.compile(
    r"\b(?:täglich|wöchentlich|monatlich|jährlich|stündlich|werktags|sonntags|nachts)\b"
    r"|\b(?:jeden|jedem)\s+(?:Tag|Morgen|Abend|Monat|Sommer|Winter)\b|\bjede\s+(?:Woche|Nacht)\b"
    r"|\bjedes\s+Jahr\b|\b(?:gehört|gehören|gehörte|gehörten)\s+(?:dem|der|den|zu|zum|zur)\b"
    r"|\bseit\s+(?:Jahrzehnten|Jahren|Monaten|Wochen|Generationen)\b"
)

# A reaction told in a figure of speech, someone's dislike or doubt with no judging word: "Die
# Kampagne geht der Initiative gegen den Strich", "ist den Anwohnern ein Dorn im Auge", "stößt
# auf Unverständnis", "stellen die Diskussion infrage", "hält nichts von dem Plan", "beschweren
# sich über den Lärm", "sieht die Entwicklung mit Sorge", "setzt große Hoffnungen auf den
# Laden" (not "stößt auf eine Mauer", "stellt einen Antrag").
REACTIONS = re.compile(
    r"\bgegen\s+den\s+Strich\b|\bDorn\s+im\s+Auge\b|\bstößt\s+(?:\w+\s+){0,3}?sauer\s+auf\b"
    r"|\b(?:stößt|stoßen|stieß|stießen|gestoßen)\s+(?:\w+\s+){0,3}?auf\s+(?:(?:viel|wenig|"
    r"breite|große|heftige|scharfe|harsche|einhellige|keine)\s+)?(?:Kritik|Unverständnis|"
    r"Widerstand|Ablehnung|Skepsis|Unmut|Protest|Proteste|Gegenwind|Gegenliebe|Zustimmung|"
    r"Begeisterung|Empörung|taube\s+Ohren)\b"
    r"|\b(?:stellt|stellen|stellte|stellten|stelle)\s+(?:[^,.;:!?]+\s)?(?:in\s+Frage|infrage)\b"
    r"|\b(?:in\s+Frage|infrage|in\s+Zweifel)\s+(?:gestellt|gezogen)\b"
    r"|\b(?:zieht|ziehen|zog|zogen|ziehe)\s+(?:[^,.;:!?]+\s)?in\s+Zweifel\b"
    r"|\b(?:hält|halten|hielt|hielten|halte)\s+(?:\w+\s+)?(?:nichts|wenig|viel)\s+(?:davon|von)\b"
    r"|\b(?:schüttelt|schütteln|schüttelte|schüttelten)\s+(?:\w+\s+){0,2}?den\s+Kopf\b"
    r"|\b(?:beschwert|beschweren|beschwerte|beschwerten|beschwere)\s+sich\b"
    r"|\bsich\s+(?:\w+\s+){0,3}?(?:zu\s+)?beschweren\b|\bdie\s+Nase\s+voll\b"
    r"|\b(?:ist|sind|war|waren|sei|seien)\s+sich\s+(?:\w+\s+)?(?:einig|uneinig|sicher)\b"
    r"|\bmit\s+(?:großer\s+|wachsender\s+)?(?:Sorge|Skepsis|Argwohn|Misstrauen|Unbehagen|"
    r"Genugtuung|Erleichterung|Stolz)\s+(?:sehen|sieht|sah|sahen|betrachten|betrachtet|"
    r"beobachten|beobachtet|verfolgen|verfolgt)\b"
    r"|\b(?:sehen|sieht|sah|sahen|betrachten|betrachtet|beobachten|beobachtet|verfolgen|"
    r"verfolgt)\s+(?:[^,.;:!?]+\s)?mit\s+(?:großer\s+|wachsender\s+)?(?:Sorge|Skepsis|Argwohn|"
    r"Misstrauen|Unbehagen|Genugtuung|Erleichterung|Stolz)\b"
    r"|\b(?:setzt|setzen|setzte|setzten|setze)\s+(?:[^,.;:!?]+\s)?Hoffnung(?:en)?\s+(?:auf|in)\b"
    r"|\bauf\s+die\s+Barrikaden\b|\bSturm\s+(?:laufen|läuft|lief|liefen|gelaufen)\b"
)

# An answer of one word that agrees, regrets or waves aside is a view ("Allerdings.", "Leider.",
# "Quatsch!"), and so is one of the set phrases an answer shrugs or presses in ("Kein Wunder.",
# "Höchste Zeit.", "Mal sehen."); not "Ja." or "Nein.", which answer a question of fact as well.
SHORT_REPLY = re.compile(
    r"(?:Allerdings|Genau|Absolut|Stimmt|Richtig|Klar|Natürlich|Leider|Durchaus|Keineswegs|"
    r"Keinesfalls|Unbedingt|Gewiss|Selbstverständlich|Eben|Exakt|Schade|Quatsch|Unsinn|"
    r"Blödsinn|Niemals|Kein\s+Wunder|Keine\s+Ahnung|(?:Aller)?[Hh]öchste\s+Zeit|Mal\s+sehen|"
    r"Mehr\s+denn\s+je|Wer\s+weiß|Gut\s+so|Von\s+wegen)\s*[.!]"
)

# Reported speech in the subjunctive, with no speech verb in the sentence, that belittles or
# finds wanting: "Die Koalition bringe nur noch ein Päckchen auf den Weg", "Es gebe kaum
# Fortschritte", "Der Plan löse nicht einmal das Kernproblem". The subjunctive of the third
# person ends in -e where the indicative ends in -t; it stands second, after its subject.
REPORTED_WANTING = re.compile(
    r"\b(?:[Ee]r|[Ss]ie|[Ee]s|[Mm]an|(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]iese[rs]?)\s+"
    r"(?:[a-zäöüß]+[en]\s+)?[A-ZÄÖÜ][\w-]+)\s+"
    r"(?!(?:ohne|gerne|heute|bitte|alle|jede|diese|seine|ihre|keine|eine|meine|unsere|"
    r"beide|ganze|erste|letzte|neue|alte|große|kleine|gute|lange|nahe|weiterhin)\b)"
    r"[a-zäöüß]{2,}e\s+(?:[^,.;:!?]*\s)?"
    r"(?:nur\s+noch|bloß|lediglich|kaum|nicht\s+einmal|längst\s+nicht|gar\s+nicht|"
    r"überhaupt\s+nicht|(?:noch\s+)?immer\s+noch\s+nicht|noch\s+immer\s+nicht|zu\s+wenig|"
    r"viel\s+zu|nicht\s+mehr\s+als)\b"
)

# A quality heightened past measure ("völlig unübersichtlich", "absolut richtig", "ausgesprochen
# ärgerlich"), the adjective told by its ending: not a state left or done ("völlig
# unbeschädigt", "völlig zerstört"), which a record can say. And a quality that is right, "die
# Qualität stimmt", "die Chemie stimmt".
HEIGHTENED_QUALITY = re.compile(
    r"\b(?:völlig|total|absolut|ausgesprochen|überaus|ungemein|außerordentlich|furchtbar|"
    r"schrecklich|wahnsinnig|maßlos|hoffnungslos)\s+(?:un[a-zäöüß]+(?<!t)|"
    r"[a-zäöüß]+(?:lich|ig|isch|bar|sam|los|haft|iv|ell)|falsch|richtig|klar|verrückt|"
    r"überzogen|überfordert|daneben)\b"
    r"|\b(?:Qualität|Chemie|Mischung|Leistung|Atmosphäre|Richtung|Bilanz|Preis|Service)\s+"
    r"(?:stimmt|stimmen|stimmte)\b"
)

# Figures of speech a news report or a feature frames a thing in, beside those of a plight (see
# SET_JUDGEMENT): futility ("ein Kampf gegen Windmühlen", "Die Warnungen verhallen"), what
# deceives ("Doch die Idylle trügt"), a shock ("schlug ein wie eine Bombe"), duty undone ("hat
# ihre Hausaufgaben nicht gemacht"), grit ("lässt sich nicht unterkriegen"), what is ruled out
# ("Aufgeben ist keine Option"), what is at stake ("nicht weniger als"), denial ("will es nicht
# wahrhaben"), a plan that works ("Das Konzept geht auf"), and a state things are in ("läuft aus
# dem Ruder", "steckt in den Kinderschuhen", "steht auf der Kippe", "Luft nach oben").
FRAMING_FIGURES = re.compile(
    r"\b(?:Kampf\s+gegen\s+Windmühlen|wie\s+eine\s+Bombe|aus\s+dem\s+Ruder|"
    r"in\s+den\s+Kinderschuhen|auf\s+der\s+Kippe|Luft\s+nach\s+oben|Hand\s+und\s+Fuß|"
    r"den\s+Nagel\s+auf\s+den\s+Kopf|an\s+einem\s+Strang|zweischneidiges\s+Schwert|"
    r"Teufelskreis|das\s+Fass\s+zum\s+Überlaufen|den\s+Bach\s+(?:runter|hinunter)|"
    r"unter\s+die\s+Räder|Ruhe\s+vor\s+dem\s+Sturm|Ende\s+der\s+Fahnenstange|"
    r"die\s+Kirche\s+im\s+Dorf|unter\s+den\s+Nägeln|auf\s+taube\s+Ohren)\b"
    r"|\b(?:Idylle|Schein|Eindruck|Ruhe)\s+(?:\w+\s+){0,3}?(?:trügt|täuscht)\b"
    r"|\b(?:verhallt|verhallen|verhallte|verhallten|ungehört)\b"
    r"|\bHausaufgaben\s+(?:\w+\s+){0,2}?(?:nicht|kaum)\s+gemacht\b"
    r"|\b(?:lässt|lassen|ließ|ließen)\s+sich\s+(?:\w+\s+)?nicht\s+unterkriegen\b"
    r"|\b(?:ist|sind|war|wäre)\s+(?:\w+\s+){0,3}?keine\s+Option\b|\bnicht\s+weniger\s+als\s+(?:die|der|das|um)\b"
    r"|\bwahrhaben\b"
    # … a time judged ("Wir stehen erst am Anfang", "Ein Ende ist nicht in Sicht", "Es ist fünf
    # vor zwölf", "Die Zeit der Ausreden ist vorbei", "nicht ob, sondern wann"), what cannot be
    # stopped or undone ("lässt sich nicht mehr aufhalten"), a risk run ("spielt mit dem Feuer"),
    # and a future no one sees ("wie es weitergehen soll").
    r"|\berst\s+am\s+Anfang\b|\b(?:nicht|kein\s+Ende)\s+in\s+Sicht\b|\bfünf\s+vor\s+zwölf\b"
    r"|\bZeit\s+(?:der|des|für)\s+[\w\s]{3,30}?(?:ist|sei)\s+vorbei\b"
    r"|\bnicht\s+ob,\s+sondern\s+wann\b|\bmit\s+dem\s+Feuer\b"
    r"|\b(?:lässt|lassen|ließ|ließen)\s+sich\s+(?:\w+\s+){0,2}?(?:nicht|kaum|nur\s+schwer)\s+"
    r"(?:mehr\s+)?(?:aufhalten|stoppen|verhindern|rückgängig\s+machen|ändern|umkehren|leugnen)\b"
    r"|\bwie\s+es\s+weiter(?:gehen|geht)\b"
    # … resolve against the odds ("Doch aufgeben will sie nicht", "denkt nicht ans Aufhören").
    r"|\b(?:[Aa]ufgeben|[Aa]ufhören)\s+(?:will|wollen|möchte|möchten|kommt)\s+(?:\w+\s+){0,2}?"
    r"(?:nicht|keiner|niemand)\b|\b(?:will|wollen|möchte|möchten)\s+(?:\w+\s+){0,2}?nicht\s+"
    r"(?:aufgeben|aufhören)\b|\bnicht\s+(?:ans|an\s+(?:das|ein))\s+(?:Aufgeben|Aufhören)\b"
    # … people left alone, and patience needed ("lässt die Anwohner allein", "langer Atem").
    r"|\ballein\s*(?:gelassen|lassen|lasse|lässt|ließ|ließen)\b"
    r"|\b(?:lässt|lassen|lasse|ließ|ließen)\s+(?:\w+\s+){1,3}?allein\s*(?:[,.;:!?]|$)|\b(?:langen|langer)\s+Atem\b"
    r"|\b(?:Konzept|Plan|Rechnung|Strategie|Kalkül|Idee)\s+(?:\w+\s+){0,3}?(?:geht|ging|gingen|gehen)\s+"
    r"(?:nicht\s+|voll\s+)?auf\s*(?:[,.;:!?]|$)"
)

# What a speech verb reports can still be a view (a speech verb makes a plan or an event a
# claim on record, see core/stance_languages.py): a change foreseen ("Der Forscher sagt, der
# Meeresspiegel werde weiter steigen", "es werde schwer, …"), a feeling told in the
# subjunctive or at a clause's end ("sie mache sich Sorgen", "dass ihm die Arbeit Freude
# mache"), what could not be without something ("ohne die Stammkunden könnte sie nicht
# überleben"), and conduct judged ("die Stadt habe richtig gehandelt").
REPORTED_FORECAST = re.compile(
    r"\b(?:werde|werden|wird|würde|würden)\s+(?:[^,.;:!?]+\s)?(?:steigen|ansteigen|sinken|wachsen|zunehmen|"
    r"abnehmen|schrumpfen|verschwinden|verändern|häufiger|seltener|schwerer|schwieriger|"
    r"teurer|knapper|schlimmer|schwer|schwierig|eng|knapp)\s*(?:[,.;:!?]|$)"
)
REPORTED_FEELING = re.compile(
    r"\b(?:mache|machten?|macht|machen)\s+(?:sich|ihm|ihr|ihnen)\s+(?:\w+\s+)?(?:Sorgen|"
    r"Gedanken|Spaß|Freude|Mut|Angst)\b"
    r"|\b(?:Spaß|Freude|Sorgen|Angst|Kummer)\s+(?:mache|macht|machen|machte|bereite|bereitet|"
    r"bereiten)\b"
)
WITHOUT_IT_NOT = re.compile(
    r"\b[Oo]hne\s+[^,.;:!?]+?\s+(?:könnte|könnten|wäre|wären|gäbe|gebe|würde|würden|hätte|hätten)"
    r"\b[^,.;:!?]*\b(?:nicht|kein\w*|nichts)\b"
    r"|\b(?:richtig|falsch|klug|vorbildlich|umsichtig|besonnen|verantwortungslos|fahrlässig|"
    r"übereilt|überstürzt|zu\s+spät|zu\s+langsam)\s+(?:gehandelt|reagiert|entschieden)\b"
)


def german_news_cue(sentence: str, dated: bool) -> tuple[str, re.Match[str]] | None:
    """The kind and the words of a view German news, features and interviews tell with no
    judging word (the patterns above), or None; a figure or a date makes a reported subjunctive
    or a change foreseen a record."""
    for kind, pattern, applies in (
        ("view credited to someone", REACTIONS, True),
        ("view credited to someone", REPORTED_FEELING, True),
        ("view credited to someone", REPORTED_WANTING, not dated),
        ("judgement", FRAMING_FIGURES, True),
        ("judgement", WITHOUT_IT_NOT, True),
        ("prediction", REPORTED_FORECAST, not dated),
        ("stance", HEIGHTENED_QUALITY, True),
    ):
        match = pattern.search(sentence) if applies else None
        if match:
            return kind, match
    return None


# A German subordinate clause puts its linking verb last, after the adjective it links: "dass
# die Stimmung im Ort gut sei", "weil der Plan unausgegoren ist"; read as the predicate order
# is (see SPOKEN_OF's reader), the adjective judged by the lexicon.
VERB_LAST_PREDICATE = re.compile(
    r"\b(?:dass|ob|weil|obwohl|wenn)\s+[^,.;:!?]*?\s(?P<adjective>[a-zäöüß]{3,})\s+"
    r"(?:sei|seien|ist|sind|war|waren|wäre|wären|bleibt|bleibe)(?P<noun>)(?P<modifier>)"
    r"\s*(?:[,.;:!?–—]|$)"
)
