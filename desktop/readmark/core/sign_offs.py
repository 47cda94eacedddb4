"""A quoted note, letter or message that ends by signing itself: "“Thought this might be of
interest. With compliments, TNP.”", "“See you at six. Love, Mum.”". Its signer wrote it, whatever
the sentence credits it to (the note that "read:", a card "that said")."""

from __future__ import annotations

import re
from dataclasses import replace

from readmark.core.attribution import Quotation
from readmark.core.speaker_phrases import NAME

# A closing formula, then the signer's name, ending the quotation.
_SIGNED_OFF = re.compile(
    r"(?:[.!]\s+|^)(?i:with\s+(?:compliments|thanks|love|best\s+wishes)|regards|kind\s+regards"
    r"|best\s+wishes|best|love|yours(?:\s+sincerely|\s+faithfully|\s+truly)?|sincerely|cheers"
    rf"|thanks),\s+(?P<who>{NAME})[.!]?[”\"’']$"
)


def signed_off(text: str, found: list[Quotation]) -> list[Quotation]:
    """`found`, each quotation that ends by signing itself credited to its signer."""
    signed = []
    for quotation in found:
        sign = _SIGNED_OFF.search(text, quotation.start + 1, quotation.end)
        signed.append(replace(quotation, speaker=sign.group("who")) if sign else quotation)
    return signed
