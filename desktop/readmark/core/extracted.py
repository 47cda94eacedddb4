"""What an importer makes of a file before it becomes an article: its headline, its blocks and
what it says about itself, and text made one line. Apart from the readers of each format, so that
one format's reader loads no other's (the web page's brings lxml)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from readmark.core.importing import normalise_text
from readmark.core.text import BlockKind

# Runs of white space become one space, but no-break spaces are the author's ("12\u00a0€") and
# stay as they are.
_SPACE_RUN = re.compile(r"[^\S\u00a0\u202f]+")
_ZERO_WIDTH = re.compile("[\u200b\u2060]")


@dataclass(frozen=True)
class Comment:
    """A comment a file's reader left on a passage (Word, OpenDocument): the passage's text and
    the part it begins in."""

    part: int
    quote: str
    note: str
    author: str = ""


@dataclass(frozen=True)
class ExtractedArticle:
    """What a file gives: its headline, body blocks and what it says about itself."""

    title: str
    # The body in reading order, without the title; each part one block of clean text.
    parts: tuple[tuple[BlockKind, str], ...]
    author: str = ""
    published: str = ""  # ISO date, "YYYY-MM-DD", when known
    site: str = ""
    url: str = ""  # the original address: canonical link, og:url, or where it was saved from
    comments: tuple[Comment, ...] = ()
    left_out: str = ""  # what of the file could not be brought in, and why: a sentence


def single_line(text: str) -> str:
    """One line of a page's text: zero-width spaces out, white space but no-break space as one."""
    return _SPACE_RUN.sub(" ", normalise_text(_ZERO_WIDTH.sub("", text)))
