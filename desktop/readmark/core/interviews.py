"""Who answers in an interview: the label opening an answer ("Achterberg:", "AS:", "A:"), and
the one the interview is with, whose answers speak in the first person (see attribution.py)."""

from __future__ import annotations

import re

from readmark.core.speaker_phrases import NAME, UPPER

# An answer's label: "Achterberg: …", "Amaal Said (AS): …", "AS: …".
_LABEL = re.compile(rf"({NAME})(?:\s*\([A-Z]{{1,4}}\))?\s*:\s")


def answer_label(text: str, paragraph: int) -> str:
    """The speaker of an interview's answer, from the label opening its paragraph."""
    label = _LABEL.match(text, paragraph + 2 if paragraph >= 0 else 0)
    return labelled(text, label.group(1)) if label else ""


def labelled(text: str, label: str) -> str:
    """Whom a label names: initials ("AS") the name given with them ("Amaal Said (AS)"), a
    surname in capitals ("LIM") the name it ends ("Ana Lim"), "A" or "Answer" ("R", "Réponse",
    "Respuesta", "Antwort") the one the interview is with; "" for initials that name no one."""
    if label in ("A", "Answer", "R", "Réponse", "Respuesta", "Antwort"):
        return interviewee(text)
    if not label.isupper():
        return label
    given = re.search(rf"({NAME})\s*\({label}\)", text)
    if given:
        return given.group(1)
    in_full = re.search(rf"\b[{UPPER}][\w’'-]+\s{re.escape(label.title())}\b", text)
    if in_full:
        return in_full.group(0)
    return "" if len(label) <= 4 else label


# The writer or the interviewee speaking of themselves, outside the quotation, in English,
# French, German and Spanish.
FIRST_PERSON = re.compile(
    r"\b(?:I|my|our|we|je|j[’']|mon|ma|mes|nous|notre|nos|ich|mein\w*|wir|unser\w*|yo|mi|mis|"
    r"nosotr[oa]s|nuestr[oa]s?)\b",
    re.IGNORECASE,
)
_INTERVIEW_WITH = re.compile(
    r"\b(?:(?:interview(?:ed)?|spoke|talked|sat down)\s+(?:with|to)"
    r"|(?i:entretien|interview|rencontre)\s+avec|(?:Interview|Gespräch)\s+mit"
    r"|(?i:entrevista|conversación|charla|hablamos|conversamos)\s+con|(?i:entrevista)\s+a)"
    rf"\s+(?:[^\W\d_A-Z][\w’'-]*\s+){{0,3}}({NAME})"
)


def interviewee(text: str) -> str:
    """The person an interview is with ("an interview with CC’s Timothy Vollmer", "entretien
    avec", "Gespräch mit", "entrevista con", "entrevista a"), whose answers speak in the first
    person; "" in a text that is no interview."""
    named = _INTERVIEW_WITH.search(text)
    return named.group(1) if named else ""
