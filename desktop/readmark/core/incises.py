"""What a quotation's own sentence says of its speaker in French, German and Spanish, around
the marks rather than through a verb of speech before them: an incise inside « » or after the
marks, of a verb of speech or of any verb ("« Bien sûr », sourit Jeanne."), a line of dialogue's
incise, "„…“, so X" and a view credited with "Pour X, …". core/attribution.py asks."""

from __future__ import annotations

import re

from readmark.core.speaker_phrases import NAME, TITLE, UPPER, subject_after
from readmark.core.speaker_words import PERSON_ROLE, SUBJECT_LEFT_OUT
from readmark.core.speech_verbs import SPEECH_VERB

# A French pronoun after an inverted verb: "dit-il", "a-t-elle déclaré".
INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b")


def dialogue_speaker(line: str) -> str:
    """Who speaks a line of dialogue: the subject of its incise ("— Partons, dit-il.", "—Hola
    —dijo Juan—.", "—¿Y ahora? —pregunta Ana."); without one, whom the paragraph names."""
    verb = SPEECH_VERB.search(line) or _DASHED_INCISE.search(line)
    if not verb:
        return ""
    inverted = INVERTED_PRONOUN.match(line, verb.end())
    if inverted:
        return inverted.group(1)
    subject = subject_after(line[verb.end() :])
    dashed = line[: verb.start()].rstrip().endswith(("—", "―"))
    return subject or (SUBJECT_LEFT_OUT if dashed else "")  # "—Antes sí —dice.": the one named


# An incise a dash opens inside a line of dialogue, whatever its verb: "—¿Y ahora? —pregunta Ana."
_DASHED_INCISE = re.compile(r"(?<=\S)\s*[—―]\s*[^\W\d_A-ZÀ-Þ][^\W\d_]+")


def incise(words: str) -> str:
    """The speaker an incise inside French or Spanish quotation marks names ("« Je suis inquiète,
    confie Sophie Bernard. Personne … »", "«No hay dinero —dijo el alcalde— para todos»")."""
    if words[:1] != "«":
        return ""
    for verb in SPEECH_VERB.finditer(words):
        opening = _INCISE_OPENING.search(words, 0, verb.start())
        if opening:
            inverted = INVERTED_PRONOUN.match(words, verb.end())
            pronoun = opening.group("pronoun") or (inverted.group(1) if inverted else "")
            return pronoun or subject_after(words[verb.end() :])
    return ""


# What opens an incise before its verb: a comma or a dash, an auxiliary, the pronoun inverted
# after it ("…, a expliqué Julie Martin. …", "…, a-t-elle ajouté. …", "«… —dijo el alcalde— …»").
_INCISE_OPENING = re.compile(
    r"[,—]\s*(?:(?:a|ont|avait|avaient|ha|han|había)(?:(?:-t)?-(?P<pronoun>il|elle|ils|elles))?"
    r"\s+)?$"
)


# An incise after French, German or Spanish quotation marks, whatever its verb: the verb, then
# its subject, ending the sentence or before an apposition ("« Bien sûr », sourit Jeanne.",
# "„Klar“, lacht die Wirtin.", "«Claro», se ríe Marta.", "« Jamais », s’amuse-t-elle.").
_MANNER_INCISE = re.compile(
    r"\s*,\s*(?:(?:a|ont|ha|han)\s+)?(?:s[’']|se\s)?(?P<verb>[^\W\d_A-ZÀ-Þ][^\W\d_]{2,})"
    r"(?:(?:-t)?-(?P<pronoun>il|elle|ils|elles)"
    rf"|\s+(?P<subject>(?:{TITLE}\s)?[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{0,3}}"
    r"|(?:le|la|les|un|une|el|los|las|una|der|die|das|ein|eine)\s[\w’'-]+(?:\s[\w’'-]+){0,5}?"
    r"|l[’'][\w’'-]+(?:\s[\w’'-]+){0,5}?))"
    r"(?:\s+(?:zu|ein|hinzu|an|mit))?\s*(?:[.;!?]|,\s)"  # a German verb's particle: "gab er zu."
)


def manner_incise(words: str, after: str) -> str:
    """The speaker of an incise of any verb after « » or „ “ (see _MANNER_INCISE)."""
    if words[:1] not in "«„‚":
        return ""
    asked = re.search(r"[?!]\s*.$", words) and not after.lstrip().startswith(",")
    # after a question or an exclamation, no comma: "« Et avec ceci ? » demande la boulangère."
    incise = _MANNER_INCISE.match(", " + after.lstrip() if asked else after)
    if not incise or incise.group("verb").lower() in _NOT_VERBS:
        return ""
    # the subject's name in apposition, if it has one: "s’enthousiasme l’adjoint, Paul Rey."
    subject = incise.group("subject")
    return (
        incise.group("pronoun")
        or subject_after(incise.string[incise.start("subject") :])
        or subject
    )


# Words that may stand where an incise's verb does, and are none: "« Le Monde », puis Libération."
_NOT_VERBS = frozenset(
    (
        "puis", "et", "mais", "ou", "donc", "alors", "avec", "pour", "par", "dans", "sur", "sans",
        "selon", "comme", "aussi", "pero", "con", "para", "por", "sin", "según", "como", "también",
        "und", "aber", "oder", "mit", "für", "dann", "auch", "sowie",
        # … nor a linking verb or an auxiliary, which says nothing: "„…“ Das sei ein Fehler."
        "sei", "seien", "ist", "sind", "war", "waren", "wäre", "hat", "hatte", "habe", "hätte",
        "wird", "würde", "klingt", "klang", "scheint", "schien", "bleibt", "blieb", "es", "son",
        "era", "fue", "está",
    )
)  # fmt: skip


# "„…“, so Landwirtin Petra Schulz." German credits a quotation with "so" and the speaker.
SO = re.compile(r"\s*,\s+so\s+([^.,;:!?]+(?:,[^.;:!?]+)?)[.;]")
# "Pour l'économiste Anne Moreau, « … »", "Para la ministra Ana Ruiz, “…”", "Pour le sociologue
# Jean Viard, les habitants « … »": a view credited to someone named.
_FOR_NAMED = re.compile(r"\s*(Pour|Para|Für)\s+([^,]{2,80}),")


def credited_view(before: str) -> str:
    """Whom the sentence's opening "Pour …," credits, if it names someone ("Pour Paul, 17 ans,";
    in German only a name after the first word, every noun being capitalised: "Für Kinder")."""
    named = _FOR_NAMED.match(before)
    if not named:
        return ""
    words = named.group(2).split()
    if words[0] in _STRESSED_PRONOUNS:
        return words[0]  # "Pour elle, « … »", "Para él, «…»": whom the pronoun stands for
    if len(words) == 2 and PERSON_ROLE.fullmatch(named.group(2)):
        return named.group(2)  # "Para el entrenador, «…»"
    return named.group(2) if any(w[:1].isupper() for w in words[named.group(1) == "Für" :]) else ""


_STRESSED_PRONOUNS = ("lui", "elle", "eux", "elles", "él", "ella", "ellos", "ellas")


# The sentence after a quotation, naming who put it so: "«…». Así lo resume Rosa Vidal.", "« … »
# C’est ce qu’explique Paul Girard.", "„…“ So beschreibt es Anna Weber.", "„…“ – so fasst es
# Anna Weber zusammen."
_PUT_SO = re.compile(
    r"[.!?…]?\s*(?:[–—]\s*)?"
    r"(?:Así(?:\s+de\s+\w+)?\s+l[oa]\s+|Lo\s+|C[’']est\s+(?:ce\s+qu[’']|ce\s+que\s+|ainsi\s+que\s+)"
    r"|Voilà\s+(?:ce\s+qu[’']|ce\s+que\s+|comment\s+)|Ainsi\s+|(?:So|so|Das|Dies)\s+)"
    r"(?P<verb>[^\W\d_A-ZÀ-Þ][^\W\d_]+)(?:\s+es\b)?"
)


# A quotation signed after it: by a name after a dash ("“…” — Lena Ortiz, city manager"), or in
# brackets, a source cited with its year perhaps ("“…” (Participant 12, nurse)", "“…” (FAO 2012)").
_SIGNED = re.compile(
    rf"\s*(?:[—–]\s*({NAME})|\(([{UPPER}][^(),]{{0,40}}?)(?:\s+(?:1[89]|20)\d\d[a-z]?)?[,)])"
)


def signed_by(text: str, end: int) -> str:
    """Who signs the quotation ending at `end` (see _SIGNED); "" when no one does."""
    signed = _SIGNED.match(text, end)
    return (signed.group(1) or signed.group(2)) if signed else ""


def put_so(after: str) -> str:
    """Whom the sentence after a quotation names as the one who put it so (see _PUT_SO)."""
    put = _PUT_SO.match(after)
    if not put or put.group("verb").lower() in _NOT_VERBS:
        return ""
    return subject_after(after[put.end() : put.end() + 160])


# German puts the finite verb second: after an adverbial opening the clause, the subject follows
# the verb ("Am Montag erklärte die Ministerin: „…“", "Dazu sagte der Bürgermeister:", "Im
# „Spiegel“ fiel Olaf Scholz mit der Mahnung auf:"). The adverbials are German's own (not "In",
# "An", which open English sentences too, but "In der", "In diesem").
_FRONTED = re.compile(
    r"(?:Dazu|Darauf|Daraufhin|Danach|Dann|Zuvor|Später|Anschließend|Zudem|Außerdem|Gestern|"
    r"Heute|Bereits|Schon|Zuletzt|Damals|Jetzt|Nun|Dabei|Darüber|Dagegen|Deshalb)"
    r"|(?:Am|Im|Beim|Zum|Zur|Vom|Auf|Nach|Bei|Vor|Mit|Gegenüber|Über|Seit|Während|"
    r"In\s+(?:der|dem|den|diese[mnr]|eine[mr]))\s[^,;:.!?]{1,80}"
)
# Its finite verb: the first small word after a capitalised one, a closing mark or the adverb,
# not an article, a preposition or a conjunction ("Auf die Frage nach dem Geld antwortete").
_GERMAN_VERB = re.compile(r"(?:^\S+|[A-ZÄÖÜ][\w-]*[“”\"»]?)\s+(?P<verb>[a-zäöüß]{3,})\b")
_NOT_GERMAN_VERBS = frozenset(
    (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines",
        "nach", "von", "vom", "zur", "zum", "für", "mit", "auf", "aus", "bei", "und", "oder",
        "über", "unter", "vor", "seit",
    )
)  # fmt: skip


def fronted_subject(opening: str, rest: str = "") -> str:
    """The subject after the finite verb of a German clause opening with an adverbial: in the
    `opening` itself (a lead-in to a colon), or, when it ends before the verb, in the `rest`."""
    opening = opening.strip()
    if not _FRONTED.match(opening):
        return ""
    if rest:
        return subject_after(rest) if _FRONTED.fullmatch(opening) else ""
    for verb in _GERMAN_VERB.finditer(opening):
        if verb.group("verb") not in _NOT_GERMAN_VERBS:
            return subject_after(opening[verb.end() :] + ":")
    return ""


# The people a Spanish sentence opens with, a plural and whom or where they are of: "Los vecinos
# de la calle Mayor denuncian …", "Los regantes del Segura llevan …", "Muchos clientes …".
_PLURAL_OPENING = re.compile(
    r"(?:Los|Las|Unos|Unas|Muchos|Muchas|Algunos|Algunas)\s+[a-záéíóúñ]+s\b"
    r"(?:\s+(?:y\s+)?(?:de|del)\s+(?:(?:la|las|los|el)\s+)?(?:[a-záéíóúñ]+\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\w-]*(?:\s[A-ZÁÉÍÓÚÑ][\w-]*)*)*"
)


def plural_opening(sentence: str) -> str:
    """The plural subject a Spanish sentence opens with, for a plural verb whose subject is left
    out after it ("Los regantes del Segura llevan meses sin agua. «…», denuncian.")."""
    opening = _PLURAL_OPENING.match(sentence.lstrip())
    return opening.group(0) if opening else ""


# A verb of speech in the first person, French, German, Spanish: the one telling the story
# speaks ("Les digo siempre lo mismo: «…»", "Le dije: «…»", "Je leur dis : « … »", "Ich sage
# immer: „…“").
FIRST_PERSON_SPEECH = re.compile(
    r"\b(?:digo|dije|contesté|respondí|expliqué|pregunté|repito|repetí|insisto|advertí)\b"
    r"|\b(?i:je|j[’'])\s*(?:(?:leur|lui|le|les|l[’'])\s*)?(?:dis|disais|réponds|explique|répète|"
    r"ai\s+(?:dit|répondu|expliqué|répété|demandé))\b"
    r"|\b(?:[Ii]ch\s+(?:\w+\s+)?(?:sage|sagte|antworte|antwortete|erkläre|erklärte)|"
    r"(?:sage|sagte|antwortete|erklärte)\s+ich)\b"
)
