"""Claims and opinions in French, German and Spanish articles, from evidence of each language's
grammar and, where one ships with TextBlob's language packages, its adjective lexicon (read by
core/stance_lexicons.py; Spanish has none, and its opinions are read from its grammar alone).

The cues are those core/stance.py reads in English, in each language's closed word classes: a
question; the writer's own view ("je pense", "ich finde", "creo que"); a view credited to
someone ("les syndicats estiment que"); an attitude adverb ("malheureusement", "leider",
"lamentablemente"); obligation or a hedge the writer's, not a source's ("il faut", "sollte",
"hay que"); evaluative adjectives of the lexicon; and, for a claim, a figure, a year, a month
or a weekday to check it by.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import chain

from readmark.core.quotation_marks import QUOTED
from readmark.core.speech_verbs import SPEECH_VERB
from readmark.core.stance import CLAIM, OPINION, Stance, checkable
from readmark.core.stance_french import FRENCH_FIGURES, FRENCH_TURNS
from readmark.core.stance_german import (
    EVALUATIVE_TURNS,
    FAR_HORIZON,
    GERMAN_NAMED,
    GERMAN_ROUTINE,
    OWN_DUTY,
    REPORTED_DUTY,
    SET_JUDGEMENT,
    SHORT_REPLY,
    SPOKEN_OF,
    VERB_LAST_PREDICATE,
    VIEWS_SHARED,
    german_infinitive,
    german_news_cue,
    infinitive_advice,
)
from readmark.core.stance_grammars import FRENCH, GERMAN
from readmark.core.stance_lexicons import evaluative_words, french_tag
from readmark.core.stance_spanish import SPANISH
from readmark.core.stance_words import (
    FRENCH_NOUNS,
    GERMAN_JUDGING_STEMS,
    GERMAN_NOUNS,
    SPANISH_NOUNS,
)

# Each language's cues of stance (core/stance_grammars.py, core/stance_spanish.py).
GRAMMARS = {"fr": FRENCH, "de": GERMAN, "es": SPANISH}

_QUESTION = re.compile(r"\?\s*[”’\"'»«“]?\s*$")
# As in English (core/stance.py): a wh-question with no modal, negation or "really" asks what
# the text goes on to answer (an interviewer's "Quand avez-vous ouvert ?"); "Pourquoi la
# mairie n'écoute-t-elle pas ?" judges.
_ASKS = {
    "fr": re.compile(
        r"^(?:(?:Et|Mais|Alors),?\s+)?(?i:que|qu[’']|quoi|comment|où|quand|quel(?:le)?s?|qui)"
        r"(?!.*\b(?i:ne|n[’']|pas|jamais|vraiment|devrait|faudrait|pourrait)\b)"
    ),
    "de": re.compile(
        # … after the address an interview's question opens with: "Herr Lippke, wie …?"
        r"^(?:(?:Herr|Frau)\s+(?:Dr\.\s+)?[A-ZÄÖÜ][\w-]+,\s+)?"
        r"(?:(?:Und|Aber|Also),?\s+)?(?i:was|wie|wo|wann|welche[rsnm]?|wer)\b"
        r"(?!.*\b(?i:nicht|nie|kein\w*|wirklich|soll\w*|müsste\w*|könnte\w*)\b)"
    ),
    "es": re.compile(
        r"^(?:(?:Y|Pero|Entonces),?\s+)?¿?(?i:qué|cómo|dónde|cuándo|cuál(?:es)?|quién(?:es)?)\b"
        r"(?!.*\b(?i:no|nunca|realmente|debería\w*|podría\w*)\b)"
    ),
}
_ENDS = re.compile(r"[.!?:…][”’\"')\]»«“]*\s*$")
_TOKENS = re.compile(r"[\w%’'-]+")
_WORDS = re.compile(r"[^\W\d_][^\W\d_’'-]+")
# Not a digit inside a word, which names a thing ("CO2", "A7", "G20"): nothing to count.
_DIGITS = re.compile(r"(?<![^\W\d_])\d(?:[\d.,\s]*\d)?(?:\s?%)?")
# A number written out counts as a figure, as in English ("deux millions", "tres carriles");
# not "un", "ein", "uno" (also articles) nor "neuf" (also "new").
_NUMBERS = {
    "fr": r"deux|trois|quatre|cinq|six|sept|huit|dix|onze|douze|quinze|vingt|trente|quarante|"
    r"cinquante|soixante|cent|cents|mille|millions?|milliards?|dizaines?|centaines?|milliers",
    "de": r"zwei|drei|vier|fünf|sechs|sieben|acht|zehn|elf|zwölf|zwanzig|dreißig|vierzig|"
    r"fünfzig|hundert|tausend|Hunderte|Tausende|Dutzende?|Millionen|Million|Milliarden?",
    "es": r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|"
    r"cuarenta|cincuenta|cien|cientos|mil|millón|millones|decenas|centenares|miles",
}
_FIGURES = {
    language: re.compile(rf"{_DIGITS.pattern}|\b(?:{words})\b")
    for language, words in _NUMBERS.items()
}
# A month, a weekday or a day named from today: a date to check a claim by or to schedule a
# plan by ("ouvrira demain", "im nächsten Jahr", "el próximo año").
_DATES = {
    "fr": re.compile(
        r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
        r"décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier|"
        r"printemps|automne|hiver|(?:cet|l[’']|en|d[’'])\s*été|rentrée|cette\s+(?:année|semaine)|"
        r"ce\s+mois(?:-ci)?|"
        r"(?:fin|début|mi-)\s*(?:de\s+l[’']année|du\s+mois)|"
        r"aujourd[’']hui|l[’']an\s+(?:prochain|dernier|passé)|l[’']année\s+(?:prochaine|"
        r"dernière)|la\s+semaine\s+(?:prochaine|dernière)|le\s+mois\s+(?:prochain|dernier))\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
        r"Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|"
        r"(?i:morgen|gestern|heute)|(?:im\s+)?(?:nächsten|kommenden|vergangenen|letzten)\s+(?:Jahr|Monat|Woche)|"
        r"(?:nächstes|kommendes|letztes|vergangenes)\s+Jahr|nächste\s+Woche|Frühjahr|Frühling|"
        r"Sommer|Herbst|Winter|(?:Ende|Anfang|Mitte)\s+(?:des|dieses|nächsten|kommenden)\s+"
        r"(?:Jahres|Monats)|dieses\s+Jahr|diese\s+Woche|diesen\s+Monat)\b"
    ),
    "es": re.compile(
        r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
        r"noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|ayer|"
        r"hoy|(?:el|la)\s+(?:próximo|próxima|pasado|pasada)\s+(?:año|mes|semana)|"
        r"verano|otoño|invierno|primavera|(?:finales|principios|mediados)\s+de|"
        r"(?:este|esta)\s+(?:año|mes|semana|curso|temporada)|"
        r"(?:el|la)\s+(?:año|mes|semana)\s+(?:próximo|próxima|pasado|pasada|que\s+viene))\b",
        re.IGNORECASE,
    ),
}
_NOW = re.compile(r"heute|aujourd[’']hui|hoy", re.IGNORECASE)
# An exclamation of the writer's own ("Quelle surprise !", "¡Qué alegría!").
_EXCLAIMED = re.compile(r"!\s*[”’\"')\]»«“]*\s*$|^¡")
# A capitalised word inside the sentence: a person, a place or a body named (French, Spanish).
_NAMED = re.compile(
    r"(?<=[a-zà-ÿ,;:(–—-]\s)[A-ZÀ-Ý][\w’'.&-]+(?:\s(?:de\s|del\s)?[A-ZÀ-Ý][\w’'.&-]+)*"
)
_NOUNS = {"fr": FRENCH_NOUNS, "de": GERMAN_NOUNS, "es": SPANISH_NOUNS}
# A participle ending a German clause with an auxiliary is a verb, though the lexicon rates it
# ("wird erhöht", "habe studiert"): left out of the words judged.
_GERMAN_PARTICIPLE = re.compile(
    r"(\b(?:hat|habe|haben|hatte|hatten|wird|werden|wurde|wurden|worden)\b[^,;:.!?]*?)"
    r"\s[a-zäöüß]+(?=\s*[,;:.!?]|\s*$)"
)
# German adjectives take an ending before a noun ("ein bemerkenswertes Projekt"); the lexicon
# lists the bare form.
_GERMAN_ENDINGS = ("es", "en", "em", "er", "e")


def judge_for(language: str) -> Callable[[str], Stance | None] | None:
    """How sentences in the language are judged, or None for a language with no cues here."""
    return partial(judge_in, language) if language in GRAMMARS else None


def judge_in(language: str, sentence: str) -> Stance | None:
    """The sentence's stance with the evidence for it, or None when there is too little."""
    outside = QUOTED.sub(" … ", sentence).strip()
    tokens = len(_TOKENS.findall(outside))
    if language == "de" and SHORT_REPLY.fullmatch(outside):
        return Stance(OPINION, f"stance: '{outside}'")
    if tokens < 2 or not _ENDS.search(outside):
        return None  # a fragment or a heading, not a statement
    if tokens < 4:
        return _short_judgement(language, outside)
    if _QUESTION.search(sentence):
        return None if _ASKS[language].match(outside) else Stance(OPINION, "question")
    figure, date = _FIGURES[language].search(outside), _DATES[language].search(outside)
    # "Today" dates a claim but schedules nothing: "Heute muss man froh sein" is the writer's.
    scheduled = date if date and not _NOW.fullmatch(date.group(0)) else None
    opinion = _opinion(language, outside, figure, scheduled)
    if opinion:
        return opinion
    if figure:
        return Stance(CLAIM, checkable("figure", figure.group(0)))
    if date:
        return Stance(CLAIM, checkable("date", date.group(0)))
    past = GRAMMARS[language].past.search(outside)
    if past:
        return Stance(CLAIM, f"past event: '{past.group(0)}'")
    named = (GERMAN_NAMED if language == "de" else _NAMED).search(outside)
    if named:
        return Stance(CLAIM, f"names: '{named.group(0)}'")
    routine = GERMAN_ROUTINE.search(outside) if language == "de" else None
    return Stance(CLAIM, f"routine or relation: '{routine.group(0)}'") if routine else None


# Advice in the conditional is the writer's whatever figure or date it names ("Die Stadt
# müsste zwei Millionen investieren", "habría que invertir 50 millones"), unlike a duty on
# record ("muss bis Mai abgeschlossen sein"). Not "sollte", also the past of a plan ("Die
# Brücke sollte 2019 fertig sein"), nor the French "devrait" ("devrait s'achever en 2026").
# German and Spanish words in one pattern, read in those two languages only.
_ADVICE = re.compile(
    r"(?<=\s)(?:müsste|müssten)\b|\b(?i:debería|deberían|deberíamos|habría\s+que)\b"
)
_GERMAN_AND_SPANISH = ("de", "es")
# A change foreseen is a forecast however precise its figure ("wird um 30 Zentimeter steigen",
# "subirán un 5 %"), as in English; a plan's own figures are not ("costará tres millones").
_CHANGE = re.compile(
    r"\b(?:steigen|ansteigen|sinken|wachsen|anwachsen|schrumpfen|fallen|zunehmen|abnehmen|"
    r"zurückgehen|verdoppeln|verdreifachen)\b"
    r"|\b(?:subir|bajar|crecer|caer|disminuir|descender|duplicar|triplicar|disparar|"
    r"encarecer|empeorar|aumentar)(?:á|án)\b"
)
# An adjective heightened by its own form judges, whatever the adjective ("carísimo",
# "rarissime", "stinklangweilig"): Spanish and French absolute superlatives and German's
# intensifying prefixes; not the quantities "muchísimo", "poquísimo", nor "sauber".
_HEIGHTENED = {
    "es": re.compile(r"\b(?!much|poc|cerqu|lej)[a-záéíóúñ]{2,}ísim[oa]s?\b"),
    "fr": re.compile(r"\b[a-zàâçéèêëîïôûùüÿœ]{3,}issimes?\b"),
    "de": re.compile(r"\b(?:stink|grotten|sterbens|hunds|kreuz|stroh|sau)[a-zäöüß]{4,}\b"),
}
# An exclamation that weighs: "Quelle honte !", "¡Qué barbaridad!", "Was für ein Unsinn!".
_EXCLAIMING = re.compile(r"^¡?\s*(?i:quel(?:le)?s?|qué|menud[oa]s?|vaya|was\s+für|welch)\b")


def _short_judgement(language: str, outside: str) -> Stance | None:
    """A sentence of two or three words is an opinion when it exclaims or judges ("C'est un
    scandale.", "Ein fauler Kompromiss."); it has too little to be a claim."""
    exclaimed = (
        _EXCLAIMING.search(outside)
        # … or says how the writer sees it: "Ojalá llueva pronto.", "Lo veo difícil."
        or GRAMMARS[language].attitude.search(outside)
        or GRAMMARS[language].own_view.search(outside)
        or GRAMMARS[language].judgement.search(outside)  # "Das genügt nicht.", "No basta."
        or _judging_predicate(language, outside)
        or _prediction(language, outside)  # "Halligen werden verschwinden.", "Lloverá."
    )
    if exclaimed:
        return Stance(OPINION, f"stance: '{exclaimed.group(0).strip()}'")
    # A German answer's short sentence takes every cue a longer one does: "Viel zu spät.",
    # "Wir müssen handeln.", "Niemand weiß es."
    if language == "de":
        return _opinion(language, outside, None, None)
    evaluative = _evaluative_in(language, outside)
    return (
        Stance(OPINION, f"evaluative: '{evaluative[0]}' (subjectivity lexicon)")
        if evaluative
        else None
    )


def _opinion(
    language: str, outside: str, figure: re.Match[str] | None, scheduled: re.Match[str] | None
) -> Stance | None:
    """The sentence judged an opinion by its grammar's cues, tried in turn, or None."""
    grammar = GRAMMARS[language]
    reported = SPEECH_VERB.search(outside) and not _SAYING_ONESELF.search(outside)
    dated = figure or scheduled
    on_record = reported or dated
    # What a body named in the sentence will do is its plan on record ("El Gobierno aprobará
    # …"); German capitalises every noun, so names are not told there. A figure makes a plan of
    # a cost or a size ("costará tres millones"), not of a change foreseen (see _CHANGE), nor
    # of a future decades away (see FAR_HORIZON).
    far = language == "de" and FAR_HORIZON.search(outside)
    forecast = far or (figure and language in _GERMAN_AND_SPANISH and _CHANGE.search(outside))
    planned = (
        reported
        or (scheduled and not far)
        or (figure and not forecast)
        or (language != "de" and _NAMED.search(outside))
    )
    for name, find, applies in (
        ("first person", grammar.own_view.search, True),
        ("stance", grammar.attitude.search, True),
        ("view credited to someone", grammar.credited_view.search, True),
        ("judgement", grammar.judgement.search, True),
        ("judgement", SET_JUDGEMENT.search, language == "de"),
        ("judgement", EVALUATIVE_TURNS.search, language == "de" and not dated),
        ("view credited to someone", VIEWS_SHARED.search, language == "de" and not figure),
        ("judgement", FRENCH_TURNS.search, language == "fr"),
        ("judgement", FRENCH_FIGURES.search, language == "fr"),
        ("stance", grammar.intensified.search, True),
        ("stance", _EXCLAIMED.search, True),
        ("stance", _HEIGHTENED[language].search, True),
        ("judgement", grammar.valued.search, not _FIGURES[language].search(outside)),
        ("obligation", grammar.obligation.search, not on_record),
        ("obligation", _ADVICE.search, language in _GERMAN_AND_SPANISH and not reported),
        ("obligation", infinitive_advice, language == "de"),
        ("obligation", OWN_DUTY.search, language == "de" and not reported),
        ("view credited to someone", REPORTED_DUTY.search, language == "de" and not dated),
        ("hedge", partial(_hedge, language, dated), not reported),
        ("prediction", partial(_prediction, language), not planned),
        # … and in German's present, decades away: "In zehn Jahren gibt es keinen Laden mehr".
        ("prediction", FAR_HORIZON.search, bool(far) and not grammar.past.search(outside)),
        ("judgement", partial(_judging_predicate, language), True),
    ):
        match = find(outside) if applies else None
        if match:
            return Stance(OPINION, f"{name}: '{match.group(0).strip(' ,')}'")
    cue = german_news_cue(outside, bool(dated)) if language == "de" else None
    if cue:
        return Stance(OPINION, f"{cue[0]}: '{cue[1].group(0).strip(' ,')}'")
    evaluative = _evaluative_in(language, outside)
    # As in English: two evaluative words, or one with nothing to check, make the point.
    if len(evaluative) >= 2 or (evaluative and not on_record):
        listed = ", ".join(f"'{w}'" for w in evaluative[:3])
        return Stance(OPINION, f"evaluative: {listed} (subjectivity lexicon)")
    return None


# "One" saying it reports no one: "Schöner kann man es nicht sagen", "on peut dire que", "se
# puede decir que" are the writer's own.
_SAYING_ONESELF = re.compile(r"\b(?i:man|on|se)\b[^,.;:]{0,30}?\b(?:sagen|dire|decir)\b")


# A guess stays the writer's beside a year or a figure ("Bis 2100 könnte der Meeresspiegel um
# einen Meter steigen"), as in English; a counterfactual states what a figure would have been
# ("Die Sanierung hätte 3,2 Millionen gekostet"), and the French conditional reports one
# unconfirmed ("l'incendie aurait fait trois morts").
_COUNTERFACTUAL = re.compile(
    r"(?i:wäre|wären|hätte|hätten|würde|würden|gäbe|gäben|käme|kämen|ginge|gingen|bliebe|"
    r"blieben|wüsste|wüssten|sería|serían|habría|habrían)"
)


def _hedge(language: str, dated: re.Match[str] | None, sentence: str) -> re.Match[str] | None:
    """A hedge of the writer's: beside a figure or a date, a guess and not a conditional."""
    for match in GRAMMARS[language].hedge.finditer(sentence):
        if not dated or (language != "fr" and not _COUNTERFACTUAL.fullmatch(match.group(0))):
            return match
    return None


def _prediction(language: str, sentence: str) -> re.Match[str] | None:
    """A future the sentence asserts, not one in a relative clause that describes something
    ("une ligne qui reliera la gare")."""
    grammar = GRAMMARS[language]
    for match in grammar.prediction.finditer(sentence):
        clause = re.split(r"[,;:—–(]", sentence[: match.start()])[-1]
        if grammar.relative.search(clause):
            continue
        if language != "de" or _german_future(sentence[: match.start()], sentence[match.end() :]):
            return match
    return None


# German puts the infinitive of its future last in the clause ("wird die Stadt verändern"); a
# participle there is a passive ("wird gebaut", see core/stance_german.py).
_CLAUSE_END = re.compile(r"[,;:.!?—–]")


def _german_future(before: str, after: str) -> bool:
    """Whether the infinitive ending the clause of a "wird" makes it a future: the last word
    after it, or the word before a "wird" that ends a clause ("…, dass sie wachsen wird")."""
    words = _CLAUSE_END.split(after, maxsplit=1)[0].split()
    if not words:
        words = _CLAUSE_END.split(before)[-1].split()
    last = words[-1] if words else ""
    if _COMPARATIVE.fullmatch(last):
        return True  # a change foreseen: "Die Sommer werden heißer", "Das Wasser wird knapper"
    return german_infinitive(last)


# A comparative, not the small words that end as one does ("aber", "immer", "später").
_COMPARATIVE = re.compile(
    r"(?!(?:aber|oder|immer|wieder|über|unter|hier|weiter|später|früher|außer|nieder|einer|"
    r"keiner|jeder|woher|daher|vorher|nachher|bisher|seither|mehr|sehr|unser|euer)$)"
    r"[a-zäöüß]{3,}er"
)


def _judging_predicate(language: str, sentence: str) -> re.Match[str] | None:
    """A linking verb before an evaluative adjective, or a noun of judgement or an evaluative
    adjective with its noun: "c'est essentiel", "das ist ein Fehler", "es una decisión injusta"."""
    adjectives = evaluative_words(language, predicate=True)
    german = (SPOKEN_OF, VERB_LAST_PREDICATE) if language == "de" else ()
    spoken_of = chain.from_iterable(pattern.finditer(sentence) for pattern in german)
    for match in chain(GRAMMARS[language].predicate.finditer(sentence), spoken_of):
        adjective, noun, modifier = match.group("adjective", "noun", "modifier")
        judging = [adjective, modifier, noun and noun.lower()]
        if any(w and adjectives.intersection(_forms(language, w)) for w in judging):
            return match
        if noun and _judging_noun(language, noun.lower()):
            return match
    return None


def _judging_noun(language: str, noun: str) -> bool:
    """A noun of judgement, in German also as the head of a compound ("Riesenfehler")."""
    nouns = _NOUNS[language]
    return noun in nouns or (language == "de" and any(noun.endswith(n) for n in nouns))


def _evaluative_in(language: str, sentence: str) -> list[str]:
    words = evaluative_words(language)
    if language == "de":
        sentence = _GERMAN_PARTICIPLE.sub(r"\1", sentence)
    found = []
    for index, word in enumerate(_WORDS.findall(sentence)):
        lowered = word.lower()
        if language == "de" and (_judging_compound(lowered) or _judging_nominal(lowered, words)):
            found.append(word)
        # A capital inside the sentence is a name (or, in German, a noun), not an adjective.
        if index and not word.islower():
            continue
        if words.intersection(_forms(language, lowered)) and french_tag(language, lowered) in (
            "",
            "JJ",
        ):
            found.append(lowered)
    return found


def _judging_nominal(word: str, words: frozenset[str]) -> bool:
    """A German adjective made a noun, which judges as the adjective does: "leisten
    Erstaunliches", "etwas Schönes"."""
    return word.endswith("es") and word[:-2] in words


def _judging_compound(word: str) -> bool:
    """A German noun that judges, alone or as either part of a compound ("Skandalurteil",
    "Geldverschwendung")."""
    return any(word.startswith(s) or word.endswith(s) for s in GERMAN_JUDGING_STEMS)


def _forms(language: str, word: str) -> list[str]:
    """The word and, in German, its stem without an adjective's ending ("wunderbarer"); in
    Spanish, the adjective an adverb is made of, which judges as it does ("irresponsablemente")."""
    if language == "es" and word.endswith("mente"):
        return [word, word[: -len("mente")]]
    if language != "de":
        return [word]
    return [word, *(word[: -len(e)] for e in _GERMAN_ENDINGS if word.endswith(e))]
