"""The marks that open and close a quotation in English, French, German and Spanish, and the
lines of dialogue a dash opens (see attribution.py)."""

from __future__ import annotations

import re

# An opening mark at the start of a word, its closing mark not followed by a letter (so that
# the apostrophe in "Russia’s" or "don’t" does not end a quote). Pages mix curly and straight
# marks (“…"), so a curly opening may close with a straight mark on the same line. French
# guillemets (« »), German low-high marks („ “, ‚ ‘) and reversed guillemets (» «, › ‹), and ‹ ›.
# A speech running over paragraphs reopens each with a mark and closes only the last ("…\n\n"…"),
# and a page that mixes marks may open it curly and reopen or close it straight, or the other way
# round (“…\n\n"…", "…\n\n“…”).
#
# Straight single marks, the British way in plain copies ('We lost,' he said.): an opening mark
# before a word, a closing one after a word or its stop and before none, an apostrophe inside a
# word ("don't") or around a letter ("rock 'n' roll") no mark; over paragraphs, each reopened
# with a mark.
_SINGLE_RUN = r"(?:[^'\n]|(?<=\w)'(?=\w))+"
_STRAIGHT_SINGLE = rf"'(?=\w)(?!\w'){_SINGLE_RUN}(?:\n\n'{_SINGLE_RUN})*(?<=[\w.,!?…])'(?!\w)"
QUOTED = re.compile(
    r"(?<![\w’'])(“[^”\"\n]+\"(?!\w)|[“\"][^”\"\n]+(?:\n\n[“\"][^”\"\n]+)+[”\"](?!\w)|"
    r"“[^”]+”|‘(?:[^’]|’(?=\w))+’(?!\w)|\"[^\"\n]+\"|"
    + _STRAIGHT_SINGLE
    + r"|«[^»]+»|„[^“”\"]+[“”\"]|‚(?:[^‘’]|’(?=\w))+‘(?!\w)|»[^«»]+«|‹[^›]+›|›[^‹›]+‹)",
    re.DOTALL,
)
OPENING_MARKS = "‘“\"«„‚»‹›'"
# A line of dialogue: a paragraph opened by an em dash or a horizontal bar (French, Spanish).
DIALOGUE = re.compile(r"^[—―][ \u00a0\u202f]?(?=\S)[^\n]+", re.MULTILINE)


def continues(words: str) -> bool:
    """A quote running over paragraphs: each new paragraph reopens it with a mark."""
    return all(part[:1] in OPENING_MARKS for part in words.split("\n\n")[1:])
