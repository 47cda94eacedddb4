"""Who a lead-in line hands the quotation after it to: a paragraph ending in a colon after a
verb of speech ("Katak, also from Singapore, notes that …:"), a short line naming its speaker
("Charlie Bolden, NASA Administrator:"), or a quotation opened by "Name:"."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import part_of_speech
from readmark.core.interviews import labelled
from readmark.core.quotation_marks import QUOTED
from readmark.core.speaker_phrases import NAME, UPPER, subject_before
from readmark.core.speaker_words import AUXILIARIES, DETERMINERS, NOT_FIRST_NAMES, PRONOUNS
from readmark.core.speech_verbs import SPEECH_VERB


def speaker_line(text: str, paragraph: int, start: int) -> str:
    """A quotation opening its paragraph after a lead-in ending in a colon ("Charlie Bolden, NASA
    Administrator:", "Katak, also from Singapore, notes that …:"), or opening with "Name:"."""
    opening = text[paragraph + 2 if paragraph >= 0 else 0 : start].strip()
    if opening:
        named = re.fullmatch(rf"({NAME})\s*:", opening)
        return labelled(text, named.group(1)) if named else lead_in_speaker(text, start)
    return lead_in_speaker(text, max(paragraph, 0))


# Verbs that introduce what follows a colon: speech, and the blogger's "notes", "wonders".
_LEAD_VERB = re.compile(
    SPEECH_VERB.pattern + r"|\b(?:notes|thinks|wonders|wondered|asks|adds|posts|posted|tweets|"
    r"comments|remarks|reflects|reflected|concludes|concluded|remembers|remembered|puts? it|"
    r"issued (?:the following|a|this) statement|published|publishes|"
    r"summed up)\b",
    re.IGNORECASE,
)
# Words that open a phrase of the lead-in that is not its speaker ("In a statement", "the
# union's secretary", "also from Singapore").
_NOT_SPEAKERS = {*DETERMINERS, *AUXILIARIES, *NOT_FIRST_NAMES} - set(PRONOUNS)


# A name after a capitalised word of where from and a role: "Lithuanian journalist Ruta Mel".
_ROLE_THEN_NAME = re.compile(
    rf"[{UPPER}][\w-]+\s+(?P<role>(?:[a-z][\w-]*\s+){{1,2}})(?P<name>{NAME})"
)


def _a_role(words: str) -> bool:
    """Whether words are a role's nouns ("journalist", "rights activist"), not a place's
    preposition ("Hafriz from Singapore")."""
    kinds = [part_of_speech(word) for word in words.split()]
    return all(kind in ("NN", "NNS", "JJ", "") for kind in kinds)  # "" for "blogger", unknown


# What opens an item of a list: "- ", "• ", "3. ".
_BULLET = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")


def lead_in_speaker(text: str, paragraph_end: int, *, spoken: bool = False) -> str:
    """Who the paragraph ending at `paragraph_end` hands over to, when it ends in a colon: the
    subject of its verb of speech (a name in apposition before a role: "Another blogger,
    mrbrown.com, wonders …:"), or the name a short line gives ("Charlie Bolden, NASA
    Administrator:") unless `spoken` asks for a verb of speech; "" otherwise."""
    end = paragraph_end  # the paragraph's last line, without copying all the text before it
    while end and text[end - 1].isspace():
        end -= 1
    line = _BULLET.sub("", text[text.rfind("\n", 0, end) + 1 : end])  # "- Jo Kent, MP:"
    if not line.endswith(":"):
        return ""
    # the last sentence, without the quotation before it ("“…,” he said, before adding:")
    sentence: str = QUOTED.sub("", re.split(r"(?<=[.!?])\s+", line)[-1])
    # the verb nearest the colon ("Any reporter might have asked what she wrote, some of which
    # she published in her column:")
    verb = next(reversed(list(_LEAD_VERB.finditer(sentence))), None)
    if verb and verb.group(0).lower() != "according to":
        # The phrase just before the verb names the speaker, unless it is a role in apposition
        # ("Katak, also from Singapore, notes"): then a phrase before it does.
        segments = [s.strip() for s in sentence[: verb.start()].split(",") if s.strip()]
        for back, segment in enumerate(reversed(segments)):
            words = segment.split()
            if len(words) > 4 and back == 0:
                return subject_before(segment + " ")  # "… - VOA Director David Jackson"
            if len(words) > 4 or words[0].lower() in _NOT_SPEAKERS:
                continue
            if words[0].lower() in PRONOUNS:
                return words[0]
            role_then_name = _ROLE_THEN_NAME.fullmatch(segment)
            if role_then_name and _a_role(role_then_name.group("role")):
                return role_then_name.group("name")  # "Belarusian blogger Ivan Petrou"
            named = re.match(NAME, segment)
            if named or len(words) == 1:
                return named.group(0) if named else segment
        return subject_before(sentence[: verb.start()])
    if spoken or len(line.split()) > 12 or line.split()[0].lower() in _NOT_SPEAKERS:
        return ""
    name = re.match(rf"{NAME}(?=\s*[,:(])", line)  # "Charlie Bolden, NASA …:", not "Derrière le"
    return labelled(text, name.group(0)) if name else ""
