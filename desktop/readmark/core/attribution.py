"""Quotations in a text and who said them, read the way a journalist attributes speech.

A quotation is words between quotation marks that someone is credited with: a sentence of
speech, or a word or phrase in reported speech ("likened tax to a “subscription”"). Quoted names
and titles ("Blue House", “Yahoo”) and words merely mentioned (a “virtual” country) are not.

The speaker comes from the verb of reported speech next to the quotation, in any tense and on
either side ("…,” Hayashi said", "“Why?” asked one", "Mr Obama said it was “distressing”",
"according to X", "in the words of X"), and may be a name, a pronoun, a role ("the minister", "a
spokesman for X") or both ("Transport minister Eleanor Voigt"). A verb in a clause of its own
after the quotation ("…”, pointing out that the party had pledged") is not its attribution, nor
is a passive one ("she was told to “stop”"). A quotation without its own attribution takes the
speaker of the quotation before it in the same sentence or paragraph, of a speaker line ending
in a colon, or of a verb of speech in the sentence before ("Orbell writes about the marsh. The
reeds are “…”"); "he"/"she" stand for the person named since the paragraph's last quotation (in
full, by a surname or a first name given in apposition, "the father, Gideon,", or as a subject a
relative "who" shows to be a person: "His daughter, who drove him in,"), else the last speaker
quoted, else the last person named.

French, German and Spanish articles read the same way: their quotation marks (« », „ “, ‚ ‘,
» «, ‹ ›), a line of dialogue opened by a dash (— or ―), and their verbs of speech ("a déclaré le
ministre", "dit-il", "sagte Merkel", "laut X", "dijo", "según X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readmark.core.context_speakers import (
    introduced,
    introducing,
    introducing_anywhere,
    sentence_around,
    speaker_of_sentence_before,
    whole_paragraph,
)
from readmark.core.incises import (
    FIRST_PERSON_SPEECH,
    INVERTED_PRONOUN,
    SO,
    credited_view,
    dialogue_speaker,
    fronted_subject,
    incise,
    manner_incise,
    put_so,
    signed_by,
)
from readmark.core.interviews import FIRST_PERSON, answer_label, interviewee
from readmark.core.lead_ins import lead_in_speaker, speaker_line
from readmark.core.named_people import people
from readmark.core.presented import owner_of_words
from readmark.core.pronouns import described_as, resolve
from readmark.core.quotation_marks import DIALOGUE, QUOTED, continues
from readmark.core.quoted_as import quoted_person
from readmark.core.quoted_predicates import owner_without_speech, possessed_lead_in
from readmark.core.speaker_phrases import (
    ASIDE,
    NAME,
    ONE_DAY,
    REPORTED_AS,
    SENTENCE_BOUNDARY,
    TITLE,
    clause_subject,
    subject_after,
    subject_before,
)
from readmark.core.speaker_words import (
    DETERMINERS,
    NOT_FIRST_NAMES,
    PRONOUNS,
    SUBJECT_LEFT_OUT,
    before_the_verb,
)
from readmark.core.speech_turns import a_surname, reporting_subject
from readmark.core.speech_verbs import (
    ACCORDING_TO,
    INVERTED_SPEECH,
    SPEECH_VERB,
    SUBJECTLESS_SPEECH,
)


@dataclass(frozen=True)
class Quotation:
    start: int
    end: int
    speaker: str
    inner: bool = False  # quoted inside another quotation


def quotations(text: str) -> list[Quotation]:
    """The quotations in `text`, in order, each with its speaker ("" when none is found)."""
    found: list[Quotation] = []
    last_speaker = ""  # the last speaker quoted, for "he said"
    previous: tuple[int, int, str] | None = None  # (paragraph, sentence end, speaker)
    # "Brennan" for "Orla Brennan", "Gideon" for "the father, Gideon,"
    short_names = frozenset(name.split()[-1] for name in people(text))
    dialogue = [m.span() for m in DIALOGUE.finditer(text)]
    marked = sorted([m.span() for m in QUOTED.finditer(text)] + dialogue)
    for start, end in marked:
        if (start, end) in dialogue:
            since = max(0, text.rfind("\n\n", 0, start))
            who = dialogue_speaker(text[start:end])
            opening = sentence_around(text, start, start)[0]
            who = resolve(text, opening, who, last_speaker, since, short_names)
            last_speaker = who or last_speaker
            found.append(Quotation(start, end, who))
            continue
        if any(s <= start and end <= e for s, e in dialogue):
            found.append(Quotation(start, end, "", inner=True))  # quoted within a line of dialogue
            continue
        words = text[start:end]
        if "\n\n" in words and not continues(words):
            continue  # a stray mark swallowed a paragraph break
        sentence_start, sentence_end = sentence_around(text, start, end)
        if not _is_speech(words, text[sentence_start:start], text[end:sentence_end]):
            continue
        who = _attributed(text, start, end, sentence_start, sentence_end) or incise(words)
        who = who or _colon_speaker(text, start, text[sentence_start:start].rstrip())
        paragraph = text.rfind("\n\n", 0, start)
        if not who and previous and previous[0] == paragraph and previous[2]:
            who = previous[2]  # the next quotation of the same sentence or paragraph
        carried = previous[2] if previous else ""
        who = who or _from_context(text, (start, end), sentence_start, carried, short_names)
        # "he" may be someone named after the paragraph's last quotation, else its speaker, unless
        # the paragraph before introduces someone else ("Her colleague, Tom Reddy, agreed.")
        since = previous[1] if previous and previous[0] == paragraph else max(0, paragraph)
        opening = sentence_around(text, start, start)[0]
        opens_paragraph = paragraph >= 0 and not text[paragraph + 2 : opening].strip()
        if opens_paragraph and last_speaker and introducing_anywhere(text, paragraph, short_names):
            since = max(0, text.rfind("\n\n", 0, paragraph))
        who = resolve(text, opening, who, last_speaker, since, short_names)
        who = described_as(text[:opening], who) or who  # "the poet": "Amaal Said"
        last_speaker = who or last_speaker
        previous = (paragraph, sentence_end, who)
        found.append(Quotation(start, end, who))
        found += [
            Quotation(*inner.span(), "", inner=True)
            for inner in QUOTED.finditer(text, start + 1, end - 1)
        ]
    return found


def _from_context(
    text: str, span: tuple[int, int], sentence_start: int, carried: str, short_names: frozenset[str]
) -> str:
    """The speaker of a quotation without an attribution of its own, from the text around it: a
    speaker line, an answer's label, a verb of speech in the sentence before, the person the
    paragraph before introduces or the last speaker, whose speech a paragraph goes on with
    ("Mayor Ana Reis was blunt.\n\n“We failed.”"), the person the sentence before names ("Tom
    Diaz disagreed. “They did their best.”"), the interviewee speaking of "our mantra"."""
    start, end = span
    paragraph = text.rfind("\n\n", 0, start)
    who = speaker_line(text, paragraph, start) or answer_label(text, paragraph)
    who = who or speaker_of_sentence_before(text, max(0, paragraph), sentence_start)
    if not who and whole_paragraph(text, start, end) and paragraph >= 0:
        who = introducing(text, paragraph, short_names) or carried
        who = who or introduced(text[:paragraph], short_names)
    elif not who and not text[sentence_start:start].strip():
        who = introduced(text[:start], short_names)
    if not who and FIRST_PERSON.search(text[sentence_start:start]):
        who = interviewee(text)
    return who


def _colon_speaker(text: str, start: int, lead_in: str) -> str:
    """Whom a lead-in ending in a colon hands its quotation to: the subject of its verb of speech
    ("The drummer, Leo Brandt, was blunter:"), whose words it names ("His advice:"), else its
    subject; without a colon, the owner of the words it ends with ("with his tweet,"), or ""."""
    if not lead_in.endswith(":"):
        return possessed_lead_in(lead_in)  # "with his tweet, “…”"
    clause = lead_in[:-1]
    if FIRST_PERSON_SPEECH.search(clause):
        return interviewee(text)  # "Les digo siempre: «…»", "Je leur dis : « … »": I
    return (
        lead_in_speaker(text, start)
        or owner_of_words(clause)
        or fronted_subject(clause)
        or clause_subject(clause)
    )


# Small words inside a name or a title ("Bank of England", "Ministère de la Santé").
_NAME_LINKS = frozenset(
    ("of", "in", "the", "and", "for", "de", "la", "du", "des", "der", "und", "von", "y", "del")
)


# A capitalised word quoted after an indefinite article, "als", "von", "de", "como" is a term
# someone is credited with, in a sentence of speech ("nannte es einen „Skandal“", "sprach von
# „Verrat“", "calificó la situación de «Emergencia»"), not a name: German capitalises every noun.
_QUOTED_TERM = re.compile(r"(?:\b(?:ein|eine[mnrs]?|als|von|de|como|comme)|\bd[’'])\s*$", re.I)
# A verb of speech in an incise after the quotation, perhaps after an auxiliary and an adverb.
_SPEECH_INCISE = re.compile(
    r"\s*,\s*(?:(?:a|ont|ha|han)\s+)?(?:\w+ment\s+)?" + f"(?:{SPEECH_VERB.pattern})", re.IGNORECASE
)
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|subtitled)\s*$")
# Words after which a quotation names the outlet a source spoke to or through.
_TOLD_OUTLET = re.compile(r"\b(?:gegenüber|laut|nach Angaben (?:der|des|von))\s*$")


def _is_speech(words: str, before: str, after: str) -> bool:
    """Speech, not a name or a word merely mentioned: a sentence of its own, or words in a
    sentence of reported speech; a quoted name (all capitalised) never."""
    inside = words[1:-1].strip()
    if _TITLED.search(before):
        return False  # a title: "a blog post titled “Why I left”"
    if re.search(r"[.,!?…;:]\s*$|[.!?]\s", inside) or len(inside.split()) > 4:
        return True
    if manner_incise(words, after) or _SPEECH_INCISE.match(after) or put_so(after):
        return True  # "« Jamais », s’amuse-t-elle.", "«Nunca», dice.", "„Niemals“, sagt er."
    if _TOLD_OUTLET.search(before):
        return False  # the outlet told: "sagte er gegenüber „heise online“"
    if words[:1] in "„»«" and _QUOTED_TERM.search(before):
        return bool(SPEECH_VERB.search(f"{before} {after}"))  # "spricht von einem „Skandal“"
    if before.rstrip()[-1:] in ("", ":") and re.match(r"\s*[.!?…]", after):
        # a sentence of its own, its full stop outside the marks: «Nadie nos ayuda»., "El
        # entrenador fue claro: «Nada»."
        return True
    if all(w[:1].isupper() or w in _NAME_LINKS for w in inside.split()):
        return False
    credited = credited_view(before) or SO.match(after) or owner_without_speech(before, words)
    return bool(credited or SPEECH_VERB.search(f"{before} {after}"))


# The speaker named after a quotation as the one who put it so: "“…,” is how Ana Lim remembers
# it", "“…” That was what the minister said.", "So says Lim", "Those were the words of Lim".
_SAID = r"(?:said|told|wrote|put)\b"  # past tenses without "-ed"
_NOT_NOUN = rf"(?!{_SAID}|is\b|was\b|has\b)"
_HOW_SAID = re.compile(
    r"\s*,?\s*(?:(?:(?:That|This)\s+(?:is|was)\s+|is\s+|was\s+)?(?:how|what)"
    r"|[Ss]o\s+(?:says|said)|(?:Those|These|They|Such)\s+were\s+(?:the\s+)?words\s+of)\s+"
    rf"({NAME}|he|she|they|(?:the|one|a|an)\s[a-z][\w-]*(?:\s{_NOT_NOUN}[a-z][\w-]*)??)"
    rf"(?=\s+(?:{_NOT_NOUN}[a-z]+(?:s|ed)\b|{_SAID})|\s*[.,;])"
)


def _attributed(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    who = _credited_after(text, start, end, sentence_end)
    if who and not _ACCORDING_AFTER.match(text, end):
        return who
    # "Kim said he would meet “at any time,” according to officials": Kim's words, relayed
    before = text[sentence_start:start]
    who = _credited_before(before, text[end:sentence_end]) or who
    if who:
        return who
    given = _WORDS_GIVEN_BY.search(before)
    if given:  # "This year's motto, given by Prime Minister Prayuth, is “…”"
        return subject_after(before[given.end() :])
    credited = credited_view(before)
    if credited:
        return subject_after(credited)
    return owner_without_speech(before, text[start:end])


_ACCORDING_AFTER = re.compile(r"[\s,]*according to\b", re.IGNORECASE)


def _credited_after(text: str, start: int, end: int, sentence_end: int) -> str:
    """The speaker the words after the quotation name, to the sentence's end."""
    signed = signed_by(text, end)
    if signed:  # "“…” — Lena Ortiz, city manager", "“…” (Participant 12, nurse)", "(FAO 2012)"
        return signed
    how = _HOW_SAID.match(text, end)
    if how:  # "“It was chaos.” That is how Ana Lim remembers it."
        return how.group(1)
    put = put_so(text[end : end + 200])
    if put:  # "«…». Así lo resume Rosa Vidal."
        return put
    so = SO.match(text, end, sentence_end)
    if so:
        return subject_after(so.group(1) + ".")
    manner = manner_incise(text[start:end], text[end:sentence_end])
    if manner and not SPEECH_VERB.match(text, end + 2):
        return manner
    return _attributed_after(QUOTED.sub(" ", text[end:sentence_end])[:160])


def _credited_before(before: str, after: str) -> str:
    """The speaker a verb of speech before the quotation, in its sentence, names; `after` is
    the rest of the sentence, where a passive verb's agent may come."""
    for verb in reversed(list(SPEECH_VERB.finditer(before))):
        inverted = INVERTED_PRONOUN.match(before, verb.end())
        if inverted:  # "Il ne donne plus de conseils, assure-t-elle, « … »"
            return inverted.group(1)
        if not verb.group(0).endswith("ed") and re.search(
            r"(?<!\bused )\bto\s+(?:\w+ly\s+)?$", before[: verb.start()]
        ):
            # "to categorically deny" credits no one; "used to say" does, and a past after "to"
            # ("A nurse we spoke to described") is no infinitive
            continue
        if not verb.group(0).endswith("ing") and _PASSIVE.search(before[: verb.start()]):
            # "described as “reckless” by the union": its agent; "she was told to “stop”": the
            # one told is no speaker
            who = _agent(before[verb.end() :]) or _agent(after)
            if who:
                return who
            continue
        quoted = quoted_person(before[: verb.start()])  # "State media quoted Kim as saying"
        if quoted:
            return quoted
        if verb.group(0).lower() in ACCORDING_TO:
            # "according to police, the suspect was “…”": the source, named or not
            source = re.match(r"\s*([^,.;:]{2,60}),", before[verb.end() :])
            who = subject_after(before[verb.end() :]) or (source.group(1) if source else "")
        elif verb.group(0).endswith("ing") and _CLAUSE_BREAK.search(before[: verb.start()]):
            # "Ross disagreed, calling it “…”", "…,” he said, before adding: “…”", "…,” said
            # Mr Smith, adding: “…”" (the subject after its verb, the quotation's words no subject)
            clause = before[: verb.start()]
            who = _attributed_after(QUOTED.sub(" ", clause)) or clause_subject(clause)
        elif (
            _inverted(before, verb)
            or _AS_SAID.search(before, 0, verb.start())
            or not before[: verb.start()].strip()  # "Says Ana Lim: “…”"
        ):
            who = subject_after(before[verb.end() :]) or subject_before(before[: verb.start()])
        else:
            who = subject_before(before[: verb.start()])
            who = reporting_subject(before[: verb.start()], who) or who
            if not who and _subject_left_out(before[: verb.start()], verb.group(0)):
                return SUBJECT_LEFT_OUT  # "Siempre me decía: «…»": whom the paragraph names
        if who:
            return who
    return ""


def _subject_left_out(opening: str, verb: str) -> bool:
    """Whether a Spanish verb of speech has no subject in the words before it, its sentence's
    opening ("Siempre me decía", "El otro día me soltó", "Me dijo que")."""
    words = ONE_DAY.sub("", opening).split()
    return verb.lower() in SUBJECTLESS_SPEECH and all(
        w.lower() in NOT_FIRST_NAMES or before_the_verb(w) for w in words
    )


# Words someone gave, named before the quotation: "the motto, chosen by the prime minister,".
_WORDS_GIVEN_BY = re.compile(
    r"\b(?:motto|slogan|message|words|advice|phrase|verdict)s?,?\s+"
    r"(?:given|coined|written|chosen|delivered|issued|sent|posted)\s+by\s+"
)


def _agent(words: str) -> str:
    """The agent that opens `words` after "by", a passive verb of speech before them."""
    by = re.match(r"\s*by\s+", words)
    return subject_after(words[by.end() :]) if by else ""


# "Según explicó el alcalde, …", "Comme le dit la directrice, …": the subject follows the verb.
# "Pienso en lo que decía Cruyff: «…»", "ce que disait Camus": the same.
_AS_SAID = re.compile(
    r"\b(?i:según|selon|como|comme(?: le)?|lo\s+que|ce\s+que|ce\s+qu[’'])"
    r"(?:\s+(?:ha|han|había))?\s*$"
)
# A subject after its verb, up to the colon that opens the quotation.
_SUBJECT_TO_COLON = re.compile(r"\s*[^,:]{1,80}:\s*$")


def _inverted(before: str, verb: re.Match[str]) -> bool:
    """Whether the verb's subject follows it, a clause having come first: "The price, says Ruth
    Ennis, is “…”", "Auf die Frage, ob …, antwortete der Minister: „…“" (not "Ms Kim, 42, told
    the BBC: “…”", whose subject is before)."""
    opening = before[: verb.start()]
    if fronted_subject(opening, before[verb.end() :]):
        return True  # German, its verb second: "Am Montag erklärte die Ministerin: „…“"
    if not opening.rstrip().endswith(","):
        return False
    if "," in before[verb.end() :]:
        return True
    return (
        verb.group(0).lower() in INVERTED_SPEECH
        and not ASIDE.search(opening)
        and _SUBJECT_TO_COLON.match(before, verb.end()) is not None
    )


_CLAUSE_BREAK = re.compile(r",\s*(?:(?:before|after|while|when|by|without)\s+)?$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_OPEN_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,]*$")


_CONJUNCTIONS = (
    "and",
    "but",
    "then",
    "et",
    "mais",
    "puis",
    "und",
    "aber",
    "dann",
    "y",
    "e",
    "pero",
)


def _attributed_after(after: str) -> str:
    """The speaker a verb of speech after the quotation names ("…,” Hayashi said", "said Kelly");
    "" when there is none, or when the verb shares the sentence's subject ("… and said")."""
    verb = next(  # not a verb inside a relative clause ("the official, who spoke …, said")
        (
            v
            for v in SPEECH_VERB.finditer(after)
            if not _OPEN_RELATIVE.search(after[: v.start()]) and not a_surname(after, v)
        ),
        None,
    )
    if not verb:
        return ""
    quoted = quoted_person(after[: verb.start()])  # "…,” Xinhua quoted Wu as saying"
    if quoted:
        return quoted
    inverted = INVERTED_PRONOUN.search(after, 0, verb.end() + 8)
    if inverted and len(after[: inverted.start()].split()) <= 2:
        return inverted.group(1)  # "dit-il", "a-t-elle déclaré"
    words = REPORTED_AS.sub("", ASIDE.sub("", after[: verb.start()])).strip(" ,.;:!?–—-\n").split()
    while words and before_the_verb(words[-1]):
        words.pop()  # "the company has acknowledged", "a déclaré"
    if not words:  # "said Kelly", "said one source who …", "according to X"
        subject = subject_after(after[verb.end() :])
        if not subject and verb.group(0).lower() in SUBJECTLESS_SPEECH:
            # "“…”, explica.": whoever the paragraph last named; "«…», lamentan.": they
            return "ellos" if verb.group(0).endswith("n") else SUBJECT_LEFT_OUT
        return subject
    if words[-1].lower() in _CONJUNCTIONS or words[0] in ("but", "while"):
        # "He called it “…” and said …", "Ha pedido «…» a los vecinos y ha prometido": the
        # subject comes before the quotation; "X called it “…”, but Y said …": a clause of Y
        return ""
    if words[0].endswith("ing"):
        return ""  # "“…”, pointing out that the party had pledged": a clause of its own
    subject = " ".join(words)
    if len(words) <= 3 and all(w.isalpha() and w.islower() for w in words):
        return subject if words[0] not in PRONOUNS else subject_before(subject)  # "officials"
    if len(words) <= 14 and not SENTENCE_BOUNDARY.search(subject):
        if words[0].lower() in DETERMINERS or re.match(TITLE + r"\s", subject):
            # the whole phrase ("the deputy director general of …"), or its name in apposition
            return _name_in_apposition(subject) or subject
        return _name_in_apposition(subject) or subject_before(subject + " ")
    return ""


def _name_in_apposition(phrase: str) -> str:
    """The name of "a spokeswoman, Lisa Park" or "Dr Priya Nair, an epidemiologist at …"; "" in a
    phrase of one part."""
    parts = [part.strip() for part in phrase.split(",", 1)]
    return next((part for part in parts if len(parts) == 2 and re.fullmatch(NAME, part)), "")
