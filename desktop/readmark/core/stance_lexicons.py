"""The evaluative words French, German and Spanish opinions are read by (core/stance_languages.py):
the adjective lexicons TextBlob's language packages ship, where one does: textblob-fr carries
Pattern's fr-sentiment.xml (adjectives rated by hand for subjectivity and polarity, PDDL),
textblob-de the German Polarity Lexicon of Klenner, Clematide, Wiegand and Peters (polarity only,
Apache 2.0). Spanish has no such package: its list of core/stance_words.py stands alone."""

from __future__ import annotations

from functools import cache
from importlib import metadata
from pathlib import Path

from readmark.core.english_lexicon import PREDICATE_POLARITY, PREDICATE_SUBJECTIVITY, rated_words
from readmark.core.stance_words import (
    FRENCH_ADJECTIVES,
    GERMAN_ADJECTIVES,
    GERMAN_EVALUATIVE,
    GERMAN_STATES,
    SPANISH_ADJECTIVES,
    SPANISH_EVALUATIVE,
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
_ADJECTIVES = {"fr": FRENCH_ADJECTIVES, "de": GERMAN_ADJECTIVES, "es": SPANISH_ADJECTIVES}


@cache
def evaluative_words(language: str, predicate: bool = False) -> frozenset[str]:
    """The language's adjectives rated strongly subjective (French) or clearly polar (German),
    mean over their senses, or at the lower thresholds of a `predicate` with the judging
    adjectives of core/stance_words.py; read once from the package's file, without importing
    it, with the strong German adjectives it lacks. Spanish, with no lexicon, has its list of
    core/stance_words.py alone."""
    listed = _ADJECTIVES[language] if predicate else frozenset()
    if language == "es":
        return listed | SPANISH_EVALUATIVE
    lexicon = _package_file(*LEXICONS[language]) if language in LEXICONS else None
    if lexicon is None:
        return listed
    if language == "de":
        polarity = PREDICATE_POLARITY if predicate else GERMAN_POLARITY
        return listed | GERMAN_EVALUATIVE | (rated_words(lexicon, 0.0, polarity) - GERMAN_STATES)
    if predicate:
        return listed | rated_words(lexicon, PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY)
    return rated_words(lexicon, SUBJECTIVITY, POLARITY)


def french_tag(language: str, word: str) -> str:
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
