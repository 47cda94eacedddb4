"""Claims and opinions in French and German articles, from the adjective lexicons that ship with
TextBlob's language packages: textblob-fr carries Pattern's fr-sentiment.xml (adjectives rated by
hand for subjectivity and polarity, PDDL), textblob-de the German Polarity Lexicon of Klenner,
Clematide, Wiegand and Peters (polarity only, Apache 2.0). Spanish has no such package, so a
Spanish article gets quotes and captions only.

Only the cues that carry across languages are read: a question, evaluative adjectives of the
lexicon, and, for a claim, a figure, a year, a month or a weekday to check it by. English
articles are judged by core/stance.py, with cues of English grammar as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from importlib import metadata
from pathlib import Path

from readmark.core.attribution import QUOTED
from readmark.core.stance import CLAIM, OPINION, Stance, rated_words

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
}
# German adjectives take an ending before a noun ("ein bemerkenswertes Projekt"); the lexicon
# lists the bare form.
_GERMAN_ENDINGS = ("es", "en", "em", "er", "e")


def judge_for(language: str) -> Callable[[str], Stance | None] | None:
    """How sentences in the language are judged, or None when no lexicon for it is installed."""
    if language not in LEXICONS or not evaluative_words(language):
        return None
    return partial(judge_in, language)


def judge_in(language: str, sentence: str) -> Stance | None:
    """The sentence's stance with the evidence for it, or None when there is too little."""
    outside = QUOTED.sub(" … ", sentence).strip()
    if len(_TOKENS.findall(outside)) < 4 or not _ENDS.search(outside):
        return None  # a fragment or a heading, not a statement
    if _QUESTION.search(sentence):
        return Stance(OPINION, "question")
    evaluative = _evaluative_in(language, outside)
    figure, date = _FIGURE.search(outside), _DATE[language].search(outside)
    # As in English: two evaluative words, or one with nothing to check, make the point.
    if len(evaluative) >= 2 or (evaluative and not (figure or date)):
        listed = ", ".join(f"'{w}'" for w in evaluative[:3])
        return Stance(OPINION, f"evaluative: {listed} (subjectivity lexicon)")
    if figure:
        return Stance(CLAIM, f"figure: '{figure.group(0).strip()}'")
    if date:
        return Stance(CLAIM, f"date: '{date.group(0)}'")
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
def evaluative_words(language: str) -> frozenset[str]:
    """The language's adjectives rated strongly subjective (French) or clearly polar (German),
    mean over their senses; read once from the package's file, without importing it."""
    lexicon = _lexicon_file(language)
    if lexicon is None:
        return frozenset()
    if language == "de":
        return rated_words(lexicon, 0.0, GERMAN_POLARITY)
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


def _lexicon_file(language: str) -> Path | None:
    return _package_file(*LEXICONS[language])


def _package_file(package: str, name: str) -> Path | None:
    """A file of an installed package, found through the package's metadata (as in the frozen
    app too, which carries the file and the metadata but not the package's code)."""
    try:
        located = metadata.distribution(package).locate_file(name)
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(located))
    return path if path.is_file() else None
