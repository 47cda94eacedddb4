"""Who a lead-in hands a block quote (a paragraph without marks) to: lead_ins.py's speaker of
a lead-in ending in a colon, read further the way a journalist reads it. The subject may follow
its verb ("Even that statement did not last, reported Ana Ruiz:"), and a pronoun ("She
writes:") stands for the person the text named before, as it does for a quotation in marks."""

from __future__ import annotations

import re

from readmark.core.lead_ins import lead_in_speaker
from readmark.core.named_people import people
from readmark.core.pronouns import resolve
from readmark.core.speaker_phrases import subject_after
from readmark.core.speaker_words import PRONOUNS
from readmark.core.speech_verbs import SPEECH_VERB

# A verb of speech after a comma, its subject after it, ending the lead-in: "…, reported Ana
# Ruiz:", "…, writes the blogger Tom Reddy:".
_INVERTED_AT_END = re.compile(rf",\s*(?:{SPEECH_VERB.pattern})\s+(?P<who>[^,:;.]{{2,60}}):\s*$")


def block_quote_speaker(text: str, lead_in: tuple[int, int], *, spoken: bool) -> str:
    """The speaker the lead-in (start, end) hands the paragraph after it to; "" when none."""
    start, end = lead_in
    inverted = _INVERTED_AT_END.search(text, start, end)
    who = subject_after(inverted.group("who") + ".") if inverted else ""
    who = who or lead_in_speaker(text, end, spoken=spoken)
    if who.lower() not in PRONOUNS:
        return who
    # the person named before the pronoun, in its sentence too ("Ana Ruiz runs a blog, where
    # she writes:"), or in the paragraph before
    said = [m.start() for m in re.finditer(rf"\b{re.escape(who)}\b", text[start:end])]
    said_at = start + (said[-1] if said else 0)
    since = max(0, text.rfind("\n\n", 0, max(0, start - 2)))
    short_names = frozenset(name.split()[-1] for name in people(text))
    return resolve(text, said_at, who, "", since, short_names)
