"""English words' parts of speech and ratings, from the lexicons TextBlob ships, read without
importing TextBlob."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from importlib import metadata
from pathlib import Path


def lexicon_file(name: str = "en-sentiment.xml") -> Path | None:
    """One of TextBlob's lexicons, found through the package's installed files (as in the
    frozen app too, which carries the file and the package's metadata but not its code)."""
    try:
        located = metadata.distribution("textblob").locate_file(f"textblob/en/{name}")
    except metadata.PackageNotFoundError:
        return None
    path = Path(str(located))
    return path if path.is_file() else None


def part_of_speech(word: str) -> str:
    """The word's most frequent part of speech in the lexicon TextBlob ships (Brill's, from the
    Brown corpus and the Penn Treebank; a capitalised entry is the word opening a sentence)."""
    return _tags().get(word, "")


@cache
def _tags() -> dict[str, str]:
    lexicon = lexicon_file("en-lexicon.txt")
    if lexicon is None:
        return {}
    lines = lexicon.read_text(encoding="utf-8").splitlines()
    return dict(line.split()[:2] for line in lines if line[:1] != ";" and " " in line)


@cache
def subjective_words(subjectivity: float = 0.75, polarity: float = 0.4) -> frozenset[str]:
    """Adjectives hand-rated as strongly subjective and clearly positive or negative (mean over
    their senses; lower thresholds where the adjective is the predicate), from the lexicon
    TextBlob ships; read once, without importing TextBlob."""
    lexicon = lexicon_file()
    if lexicon is None:
        return frozenset()
    return rated_words(lexicon, subjectivity, polarity) - _NOT_JUDGEMENTS


# "own" is rated in its sense "belonging to (yourself)"; in news it marks possession ("its own
# boiler") or is the verb ("cars own the pavement"), never a judgement.
_NOT_JUDGEMENTS = frozenset({"own"})


def rated_words(lexicon: Path, subjectivity: float, polarity: float) -> frozenset[str]:
    """The adjectives and adverbs of a lexicon in Pattern's format rated at least this
    subjective and this positive or negative, mean over their senses (core/stance_lexicons.py
    reads the French and German ones)."""
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ElementTree.parse(lexicon).getroot().iter("word"):
        if word.get("pos") in ("JJ", "RB"):
            rating = (float(word.get("subjectivity", 0)), float(word.get("polarity", 0)))
            senses.setdefault(str(word.get("form")).lower(), []).append(rating)
    return frozenset(
        form
        for form, ratings in senses.items()
        if sum(s for s, _ in ratings) / len(ratings) >= subjectivity
        and abs(sum(p for _, p in ratings) / len(ratings)) >= polarity
    )


# Thresholds on the lexicon's 0–1 subjectivity and -1–1 polarity.
PREDICATE_SUBJECTIVITY, PREDICATE_POLARITY = 0.5, 0.3
