"""Kinds of English judgement and narration that carry no cue word, read by core/stance.py: what
a relative clause says is not the sentence's point ("read 17 points that members must
consider")."""

from __future__ import annotations

import re
from collections.abc import Callable

from readmark.core.english_predicates import clause_before

Find = Callable[[str], "re.Match[str] | None"]

# A relative clause: "which", "who", "where", or "that" after a noun phrase ("a bridge that
# will …"), not after a verb ("owners fear that removing parking will …").
_RELATIVE = re.compile(
    r"\b(?:which|who|where)\b|\b(?:the|an?|this|these|those|its|their|his|her|our|\d+)\s"
    r"(?:[\w-]+\s){1,3}that\b"
)


def in_main_clause(pattern: re.Pattern[str]) -> Find:
    """A search for the pattern outside relative clauses, which describe something ("work began
    on a bridge that will link the harbours", "a situation where staff need to be supervised")
    rather than predict or oblige."""

    def find(sentence: str) -> re.Match[str] | None:
        return next(
            (
                m
                for m in pattern.finditer(sentence)
                if not _RELATIVE.search(clause_before(sentence, m.start()))
            ),
            None,
        )

    return find
