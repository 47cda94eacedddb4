"""Claims and opinions in French, German and Spanish articles, from evidence of each language's
grammar and, where one ships with TextBlob's language packages, its adjective lexicon:
textblob-fr carries Pattern's fr-sentiment.xml (adjectives rated by hand for subjectivity and
polarity, PDDL), textblob-de the German Polarity Lexicon of Klenner, Clematide, Wiegand and
Peters (polarity only, Apache 2.0). Spanish has no such package: its opinions are read from its
grammar alone.

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
from dataclasses import dataclass
from functools import cache, partial
from importlib import metadata
from pathlib import Path

from readmark.core.attribution import QUOTED
from readmark.core.speech_verbs import SPEECH_VERB
from readmark.core.stance import (
    CLAIM,
    OPINION,
    PREDICATE_POLARITY,
    PREDICATE_SUBJECTIVITY,
    Stance,
    checkable,
    rated_words,
)

# The package that ships each language's lexicon, and the file's place in it.
LEXICONS = {
    "fr": ("textblob-fr", "textblob_fr/fr-sentiment.xml"),
    "de": ("textblob-de", "textblob_de/data/de-sentiment.xml"),
}
# French adjectives that are nouns as often ("leurs amis"): the tagger's lexicon textblob-fr
# ships (from Lefff) gives each word's commonest part of speech.
FRENCH_TAGS = ("textblob-fr", "textblob_fr/fr-lexicon.txt")
# Thresholds as for English (core/stance.py): strongly subjective, clearly positive or negative.
# The German lexicon rates polarity only (1.0, 0.7 or 0.3); 0.7 keeps the clear ones.
SUBJECTIVITY, POLARITY = 0.75, 0.4
GERMAN_POLARITY = 0.7

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
        r"^(?:(?:Und|Aber|Also),?\s+)?(?i:was|wie|wo|wann|welche[rsnm]?|wer)\b"
        r"(?!.*\b(?i:nicht|nie|kein\w*|wirklich|sollte\w*|müsste\w*|könnte\w*)\b)"
    ),
    "es": re.compile(
        r"^(?:(?:Y|Pero|Entonces),?\s+)?¿?(?i:qué|cómo|dónde|cuándo|cuál(?:es)?|quién(?:es)?)\b"
        r"(?!.*\b(?i:no|nunca|realmente|debería\w*|podría\w*)\b)"
    ),
}
_ENDS = re.compile(r"[.!?:…][”’\"')\]»«“]*\s*$")
_TOKENS = re.compile(r"[\w%’'-]+")
_WORDS = re.compile(r"[^\W\d_][^\W\d_’'-]+")
_FIGURE = re.compile(r"\d(?:[\d.,\s]*\d)?(?:\s?%)?")
_DATE = {
    "fr": re.compile(
        r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
        r"décembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
        r"Dezember|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"
    ),
    "es": re.compile(
        r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
        r"noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b",
        re.IGNORECASE,
    ),
}


@dataclass(frozen=True)
class _Grammar:
    """A language's cues of stance, in the order they are tried (see judge_in)."""

    own_view: re.Pattern[str]  # the writer's first person: "je pense", "ich finde"
    attitude: re.Pattern[str]  # an attitude or certainty adverb: "malheureusement", "leider"
    credited_view: re.Pattern[str]  # a belief credited to someone: "les syndicats estiment que"
    # Obligation and hedges are the writer's unless a source is reported, or a date or a
    # figure makes them a plan on record ("le chantier doit s'achever en 2026").
    obligation: re.Pattern[str]  # "il faut", "sollte", "hay que"
    hedge: re.Pattern[str]  # "peut-être", "vielleicht", "quizás"
    # An intensified adjective, as in English ("so angry"): "très dangereux", "muy injusto".
    intensified: re.Pattern[str]
    # A linking verb before an adjective (its "adjective" group), judged by the lexicon at the
    # lower thresholds English uses for predicates ("le spectacle est magnifique").
    predicate: re.Pattern[str] | None = None


_GRAMMAR = {
    "fr": _Grammar(
        re.compile(
            r"\b(?i:je|nous)\s+(?:ne\s+)?(?:pense|crois|trouve|estime|souhaite|regrette|doute|"
            r"crains|considère|suis\s+(?:convaincue?|persuadée?|sûre?)|pensons|croyons|trouvons|"
            r"estimons|souhaitons|regrettons|craignons|considérons)\b"
            r"|\b(?i:j[’'](?:estime|espère|ai\s+peur))\b"
            r"|\b(?i:à\s+(?:mon|notre)\s+(?:avis|sens)|selon\s+moi|pour\s+ma\s+part)\b"
        ),
        re.compile(
            r"\b(?:malheureusement|heureusement|évidemment|hélas|bien\s+sûr|sans\s+doute|certes|"
            r"curieusement|étonnamment|forcément|manifestement|incontestablement|assurément)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:estiment?|pensent?|croi(?:en)?t|jugent?|craign?(?:en)?t|regrettent?|"
            r"considèrent?|redoutent?|déplorent?)\s+(?:que|qu[’'])"
        ),
        re.compile(
            r"\b(?i:il\s+(?:faut|faudrait|faudra))\b"
            r"|\b(?:doit|doivent|devrait|devraient|devrions|devons)\b"
        ),
        re.compile(r"\b(?:pourrait|pourraient|(?i:peut-être|probablement))\b"),
        re.compile(
            r"\b(?:très|trop|tellement|extrêmement|profondément|particulièrement|terriblement|"
            r"incroyablement|vraiment)\s+(?!(?:peu|beaucoup|longtemps|tôt|souvent|loin|près|vite|"
            r"bien|mal|nombreu\w*)\b)[a-zàâçéèêëîïôûùüÿœ-]{3,}\b"
        ),
        re.compile(
            r"\b(?:est|sont|était|étaient|semble|semblent|paraît|reste|restent|demeure|devient)"
            r"\s+(?:(?:très|trop|si|plutôt|assez|vraiment|tout)\s+)?"
            r"(?P<adjective>[a-zàâçéèêëîïôûùüÿœ-]+)\b"
        ),
    ),
    "de": _Grammar(
        re.compile(
            r"\b(?:[Ii]ch|[Ww]ir)\s+(?:finde|glaube|denke|meine|hoffe|fürchte|bezweifle|"
            r"bin\s+(?:überzeugt|sicher)|finden|glauben|denken|meinen|hoffen|fürchten|"
            r"bezweifeln|sind\s+(?:überzeugt|sicher))\b"
            r"|\b(?:finde|glaube|denke|meine|hoffe|fürchte)\s+ich\b"
            r"|\b(?:finden|glauben|denken|meinen|hoffen|fürchten)\s+wir\b"
            r"|\b(?:[Mm]einer\s+(?:Meinung|Ansicht)\s+nach|[Mm]eines\s+Erachtens|"
            r"[Aa]us\s+meiner\s+Sicht)\b"
        ),
        re.compile(
            r"\b(?:leider|glücklicherweise|zum\s+Glück|natürlich|sicherlich|hoffentlich|"
            r"offensichtlich|zweifellos|bedauerlicherweise|erstaunlicherweise|"
            r"selbstverständlich|ausgerechnet|immerhin|freilich)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:meint|meinen|glaubt|glauben|befürchtet|befürchten|fürchtet|fürchten|"
            r"bezweifelt|bezweifeln|hofft|hoffen)\b"
            r"|\b(?:ist|sind|zeigte?n?\s+sich)\s+(?:\w+\s+)?überzeugt\b"
        ),
        re.compile(r"\b(?i:sollte|sollten|müsste|müssten|muss|müssen)\b"),
        re.compile(
            r"\b(?i:vielleicht|wahrscheinlich|vermutlich|womöglich|dürfte|dürften|könnte|"
            r"könnten)\b"
        ),
        re.compile(
            r"\b(?:sehr|äußerst|extrem|unglaublich|besonders|wirklich|zutiefst|höchst)\s+"
            r"(?!(?:viel\w*|wenig\w*|lange|früh|oft|weit|nahe?|gut|bald|schnell|spät)\b)"
            r"[a-zäöüß]{3,}\b"
        ),
        re.compile(
            r"\b(?:ist|sind|war|waren|bleibt|bleiben|scheint|scheinen|wirkt|wirken)\s+"
            r"(?:(?:sehr|zu|so|ziemlich|wirklich|eher|recht|ganz|besonders)\s+)?"
            r"(?P<adjective>[a-zäöüß]+)\b"
        ),
    ),
    "es": _Grammar(
        re.compile(
            r"\b(?:creo|pienso|considero|opino|espero|temo|dudo|lamento|creemos|pensamos|"
            r"consideramos|opinamos|esperamos|tememos|dudamos)\s+que\b"
            r"|\b(?:me|nos)\s+parece\b|\ben\s+mi\s+opinión\b"
            r"|\ba\s+mi\s+(?:juicio|parecer|entender)\b|\bpara\s+mí\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:lamentablemente|afortunadamente|desgraciadamente|evidentemente|obviamente|"
            r"sin\s+duda|por\s+supuesto|ojalá|sorprendentemente|por\s+desgracia|por\s+suerte|"
            r"indudablemente|curiosamente)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:cree|creen|opina|opinan|considera|consideran|teme|temen|piensa|piensan|"
            r"duda|dudan|lamenta|lamentan|confía|confían)\s+que\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:debe|deben|debería|deberían|deberíamos|debemos|hay\s+que|habría\s+que|"
            r"tienen?\s+que(?!\s+ver\b)|tenemos\s+que)\b",
            re.IGNORECASE,
        ),
        re.compile(r"\b(?:quizás?|tal\s+vez|probablemente|podría|podrían)\b", re.IGNORECASE),
        re.compile(
            r"\b(?:muy|demasiado|tan|sumamente|extremadamente|increíblemente|realmente|"
            r"profundamente|terriblemente)\s+(?!(?:poc[oa]s?|much[oa]s?|lejos|cerca|pronto|tarde|"
            r"temprano|bien|mal|rápido|despacio)\b)[a-záéíóúñü]{3,}\b"
        ),
    ),
}
# German adjectives take an ending before a noun ("ein bemerkenswertes Projekt"); the lexicon
# lists the bare form.
_GERMAN_ENDINGS = ("es", "en", "em", "er", "e")


def judge_for(language: str) -> Callable[[str], Stance | None] | None:
    """How sentences in the language are judged, or None for a language with no cues here."""
    return partial(judge_in, language) if language in _GRAMMAR else None


def judge_in(language: str, sentence: str) -> Stance | None:
    """The sentence's stance with the evidence for it, or None when there is too little."""
    outside = QUOTED.sub(" … ", sentence).strip()
    if len(_TOKENS.findall(outside)) < 4 or not _ENDS.search(outside):
        return None  # a fragment or a heading, not a statement
    if _QUESTION.search(sentence):
        return None if _ASKS[language].match(outside) else Stance(OPINION, "question")
    grammar = _GRAMMAR[language]
    figure, date = _FIGURE.search(outside), _DATE[language].search(outside)
    on_record = SPEECH_VERB.search(outside) or figure or date
    for name, pattern, applies in (
        ("first person", grammar.own_view, True),
        ("stance", grammar.attitude, True),
        ("view credited to someone", grammar.credited_view, True),
        ("stance", grammar.intensified, True),
        ("obligation", grammar.obligation, not on_record),
        ("hedge", grammar.hedge, not on_record),
    ):
        match = pattern.search(outside) if applies else None
        if match:
            return Stance(OPINION, f"{name}: '{match.group(0)}'")
    evaluative = _evaluative_in(language, outside)
    # As in English: two evaluative words, or one with nothing to check, make the point.
    if len(evaluative) >= 2 or (evaluative and not (figure or date)):
        listed = ", ".join(f"'{w}'" for w in evaluative[:3])
        return Stance(OPINION, f"evaluative: {listed} (subjectivity lexicon)")
    predicate = next(
        (
            m
            for m in (grammar.predicate.finditer(outside) if grammar.predicate else ())
            if m.group("adjective") in evaluative_words(language, predicate=True)
        ),
        None,
    )
    if predicate:
        return Stance(OPINION, f"judgement: '{predicate.group(0)}'")
    if figure:
        return Stance(CLAIM, checkable("figure", figure.group(0)))
    if date:
        return Stance(CLAIM, checkable("date", date.group(0)))
    return None


def _evaluative_in(language: str, sentence: str) -> list[str]:
    words = evaluative_words(language)
    found = []
    for index, word in enumerate(_WORDS.findall(sentence)):
        # A capital inside the sentence is a name (or, in German, a noun), not an adjective.
        if index and not word.islower():
            continue
        word = word.lower()
        forms = [word]
        if language == "de":
            forms += [word[: -len(e)] for e in _GERMAN_ENDINGS if word.endswith(e)]
        if any(form in words for form in forms) and _french_tag(language, word) in ("", "JJ"):
            found.append(word)
    return found


@cache
def evaluative_words(language: str, predicate: bool = False) -> frozenset[str]:
    """The language's adjectives rated strongly subjective (French) or clearly polar (German),
    mean over their senses, or at the lower thresholds of a `predicate`; read once from the
    package's file, without importing it. Empty for a language with no lexicon, or without its
    package installed."""
    lexicon = _package_file(*LEXICONS[language]) if language in LEXICONS else None
    if lexicon is None:
        return frozenset()
    if language == "de":
        return rated_words(lexicon, 0.0, PREDICATE_POLARITY if predicate else GERMAN_POLARITY)
    if predicate:
        return rated_words(lexicon, PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY)
    return rated_words(lexicon, SUBJECTIVITY, POLARITY)


def _french_tag(language: str, word: str) -> str:
    return _french_tags().get(word, "") if language == "fr" else ""


@cache
def _french_tags() -> dict[str, str]:
    lexicon = _package_file(*FRENCH_TAGS)
    if lexicon is None:
        return {}
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    return dict(line.split()[:2] for line in lines if line[:1] != ";" and " " in line)


def _package_file(package: str, name: str) -> Path | None:
    """A file of an installed package, found through the package's metadata (as in the frozen
    app too, which carries the file and the metadata but not the package's code)."""
    try:
        located = metadata.distribution(package).locate_file(name)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(located))
    return path if path.is_file() else None
