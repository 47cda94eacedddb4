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
