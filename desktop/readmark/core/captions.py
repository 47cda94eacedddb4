"""Picture captions in an article's text: the blocks a copied page keeps from its pictures.

A caption is told by what marks it, never by being short (a heading, a byline or a pull quote is
short too): the importer's block kind; a label or a picture's credit ("Photo:", "(AP Photo/…)");
a described picture's date line closing the block; or a block that repeats the one before it, as
pages repeat their captions.
"""

from __future__ import annotations

import re

from readmark.core.duplicates import near_duplicates
from readmark.core.text import Block

_PICTURED = re.compile(
    r"\b(Pictured|Photo|Image|Above|Below|Left|Right)\s*:|"
    r"^(?:Screenshot|Photo|Photograph|Image|Illustration) (?:of|from|by|taken)\b|"
    # … or a picture's credit, as agencies and photo libraries give it: "(AP Photo/Mark Baker)",
    # "REUTERS/Hannah McKay", "Photo by Jane Doe via Flickr", "Image from Flickr"; or the
    # agencies' mark of a picture from their files, "FILE - …".
    r"\((?:AP |AFP |EPA )?Photo/[^)]{2,60}\)|"
    r"(?-i:\b(?:REUTERS|AFP|EPA)/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)|"
    r"\b(?:Photo|Photograph|Image|Picture) (?:by|via|courtesy of|credit)\b|"
    r"\b(?:Photo|Image) from (?:Flickr|Wikimedia|Wikipedia|Pixabay|Unsplash)\b|"
    r"(?-i:^FILE\s?[-–—]\s)",
    re.IGNORECASE,
)
# A described picture's date line closing the block, with no full stop: "…, December 17, 2009".
_DATELINE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s\d{1,2})?,\s(?:19|20)\d\d\s*$"
)


def caption_blocks(text: str, blocks: list[Block]) -> list[tuple[Block, str]]:
    """The blocks that are pictures' captions, each with its reason (in English, the article's
    words quoted: "caption line: 'Photo:'")."""
    repeated = set(near_duplicates(text, blocks))
    repeated |= {i - 1 for i in repeated} | {i - 2 for i in repeated if _alike_at(text, blocks, i)}
    found = []
    for index, block in enumerate(blocks):
        if block.kind == "title":
            continue
        if block.kind == "caption":
            found.append((block, "marked as a caption by the importer"))
            continue
        reason = _reason(text[block.start : block.end], index in repeated)
        if reason:
            found.append((block, reason))
    return found


def _reason(words: str, repeated: bool) -> str:
    """Why the block `words` is a caption, or "" when it is none."""
    mark = _PICTURED.search(words)
    if mark:
        return f"caption line: '{mark.group(0)}'"
    if _DATELINE.search(words) and _describes(words):
        return "ends with a dateline"
    return "repeated in the text, as captions are" if repeated else ""


def _describes(words: str) -> bool:
    """A caption's words before its closing dateline, unlike a block that is only the article's
    date ("Tuesday, July 14, 2009")."""
    before = _DATELINE.sub("", words).strip(" ,.-–—")
    return not words.rstrip().endswith(".") and len(re.findall(r"[A-Za-z]{2,}", before)) >= 3


def _alike_at(text: str, blocks: list[Block], index: int) -> bool:
    """Whether block `index` repeats the one two before it (not its neighbour)."""
    if index < 2:
        return False
    folded = [
        text[blocks[i].start : blocks[i].end].replace("’", "'")[:40] for i in (index, index - 2)
    ]
    return folded[0] == folded[1]
