"""The characters of a story a review or a feature retells, and the sentences that retell it: what
happens to a character is the plot, not a record anyone could check ("Cora lives on a cotton
plantation in Georgia"). Read by core/suggestions.py over the whole article, since a sentence
alone cannot tell a character from a person in the news."""

from __future__ import annotations

import re

from readmark.core.english_scenes import CAST

# A work a character lives in, named in the sentence that introduces them.
WORKS = (
    r"(?i:novel|book|film|movie|play|story|series(?!\s+of\b)|episode|musical|opera|sitcom|drama|"
    r"memoir|comedy|thriller|saga|tale)"
)
_WORK = re.compile(rf"\b{WORKS}s?\b")
_NAME = r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
# "a woman named Cora", "a girl called Halla", "its heroine, Nora", "the narrator Tess".
_INTRODUCED = re.compile(
    rf"\b(?:named|called)\s{_NAME}"
    rf"|\b(?:character|protagonist|heroine|hero|narrator|antihero),?\s{_NAME}"
)
# What a production did is on record: "Sally Hughes plays Marlene", "the role of Kit".
_PRODUCTION = re.compile(r"\b(?:play(?:s|ed|ing)?|cast|role|star(?:s|red|ring)?|direct\w*)\b")


def story_characters(text: str) -> frozenset[str]:
    """The first names of the characters the text introduces: named or called so in a sentence
    that names the work, or given with their player in brackets ("Marlene (Sally Hughes)")."""
    found = {cast.group(0).split(" (")[0].split()[-1] for cast in CAST.finditer(text)}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _WORK.search(sentence):
            for match in _INTRODUCED.finditer(sentence):
                found.add((match.group(1) or match.group(2)).split()[0])
    return frozenset(found)


def retells_the_plot(sentence: str, characters: frozenset[str]) -> bool:
    """Whether the sentence tells what a character does or undergoes, not what the production
    did with them."""
    named = set(re.findall(r"\b[A-Z][a-z]+\b", sentence)) & characters
    return bool(named) and not _PRODUCTION.search(sentence)
