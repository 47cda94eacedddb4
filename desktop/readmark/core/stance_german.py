"""Cues of stance German news reports in, read by core/stance_languages.py beside its grammar
(core/stance_grammars.py): what someone demands, and a duty told in reported speech."""

from __future__ import annotations

import re

# A demand or a plea reported is a view of what ought to be ("Der Verband fordert mehr Geld",
# "Die Fischer plädieren für eine längere Saison"), and so is a duty in the subjunctive of
# reported speech ("Die Stadt müsse jetzt handeln, sagte sie"): a speech verb does not make
# them claims. Not a call to act ("fordert die Anwohner auf, …"), and not beside a figure or a
# date (see REPORTED_DUTY's reader), where a duty is a plan on record ("solle im Mai fertig
# sein").
REPORTED_DUTY = re.compile(
    r"\b(?:fordert|fordern|forderte|forderten|verlangt|verlangen|verlangte|verlangten|"
    r"plädiert|plädieren|plädierte|plädierten|mahnt|mahnen|mahnte|mahnten|"
    r"appelliert|appellieren|appellierte|appellierten)\b(?![^.!?,;:]*\bauf\s*(?:[,.;:!?]|$))"
    r"|\b(?:müsse|müssten|solle)\b"
    r"|\bdürfe\b(?=[^,.;:!?]*\b(?:nicht|nie|kein\w*)\b)"
)

# Set phrases of urgency, hope and want, of what counts and what speaks for itself: "Die Zeit
# drängt", "Es gibt noch Hoffnung", "Es fehlt an allem", "Am Ende zählt nur …", "Die Zahlen
# sprechen eine deutliche Sprache", "Das ist keine Frage des Geldes".
SET_JUDGEMENT = re.compile(
    r"\b(?:die\s+)?Zeit\s+(?:drängt|läuft\s+(?:uns\s+|ihnen\s+)?davon)\b"
    r"|\bkeine\s+Zeit\s+(?:mehr\s+)?zu\s+verlieren\b"
    r"|\b(?:gibt|gab)\s+es\s+(?:(?:noch|wieder|kaum|wenig|keine)\s+){0,2}Hoffnung\b"
    r"|^Es\s+(?:gibt|gab)\s+(?:(?:noch|wieder|kaum|wenig|keine)\s+){0,2}Hoffnung\b"
    r"|\b(?:fehlt|fehlte)\s+(?:es\s+)?an\s+(?:allem|allen\s+Ecken)\b"
    r"|\b(?:zählt|zählte)\s+(?:doch\s+)?(?:nur|allein|vor\s+allem)\s*(?:[,:]|dass\b|eins\b)"
    r"|\b(?:deutliche|klare|eigene)\s+Sprache\b"
    r"|\b(?:ist|sind|war|waren)\s+(?:doch\s+)?(?:eine|keine)\s+Frage\s+(?:des|der)\s+"
    r"(?!Zeit\b)[A-ZÄÖÜ]"
)
