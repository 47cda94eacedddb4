"""English words' parts of speech and ratings, from the lexicons TextBlob ships, read without
importing TextBlob."""

from __future__ import annotations

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
