"""Whom "he", "she" and "they" stand for when they credit a quotation: the person the text
named last before it, as a reader takes them (see attribution.py)."""

from __future__ import annotations

import re

from readmark.core.context_speakers import speaker_of_sentence_before
from readmark.core.english_lexicon import part_of_speech
from readmark.core.incises import plural_opening
from readmark.core.named_people import lone_names, people
from readmark.core.quotation_marks import QUOTED
from readmark.core.speaker_phrases import (
    NAME,
    SENTENCE_BOUNDARY,
    UPPER,
    clause_subject,
)
from readmark.core.speaker_words import (
    DETERMINERS,
    PERSON_ROLE,
    PRONOUNS,
    SUBJECT_LEFT_OUT,
    plural_noun,
)


def resolve(
    text: str,
    sentence: int,
    who: str,
    last_speaker: str,
    since: int,
    short_names: frozenset[str],
) -> str:
    """A pronoun (its sentence starting at `sentence`) stands for the person last named
    between `since` and its sentence ("Mr Reddy was unmoved. He called it “…”", "His daughter,
    who drove him in, is here. “…,” she says"), else the subject of a verb of speech in the
    sentence before ("…, erklärte die Ministerin. „…“, sagte sie."), else the last speaker quoted,
    else the last person named, else the last word alone opening a sentence that names someone
    ("Lopez has a different view."), else the role the sentence before opens with ("The judge was
    scathing.").
    "They" stands first for plural subject of the sentence before ("Residents gathered …"), "it"
    for a body there ("Acme Foods issued a statement."), else for the last speaker quoted if a
    body. A phrase naming someone again by their age, their stage of life or a demonstrative
    ("sagt die 57-Jährige", "cuenta el jubilado") stands for the person last named since."""
    pronoun = who.lower()
    passage = text[since:sentence] if sentence > since else ""
    # a quotation opening its paragraph: the person the paragraph before names
    before = passage if passage.strip() else text[: max(0, sentence - 2)].rsplit("\n\n", 1)[-1]
    if _NAMED_AGAIN.match(who) or _role_named_again(who, before):
        named = people(before, short_names)
        return _likeliest(before, sorted(named, key=before.rfind)) if named else who
    if pronoun not in (*PRONOUNS, "it"):
        return who
    subject = _subject_before(text, sentence, pronoun)
    if pronoun == "it":  # "“…,” it added": a body
        return subject or (last_speaker if _a_body(last_speaker) else who)
    if pronoun in ("they", "ellos") and subject:
        return subject
    own = _subject_of_own_sentence(text, sentence, pronoun)
    if own:
        return own  # "An Ennahda spokesman deplored … what he called “…”"
    named = _of_sex(_not_places(passage, people(passage, short_names)), who)
    named += _relatives(passage, who) + _surnames_alone(passage, pronoun, last_speaker)
    spoken = "" if named else speaker_of_sentence_before(text, since, sentence)
    if spoken and spoken.lower() not in PRONOUNS:
        return spoken  # "Das sei gescheitert, erklärte die Ministerin. „…“, sagte sie."
    if not named and _a_person(subject, pronoun):
        return subject  # "Le vieil homme sourit. « … », dit-il."
    # (a singular verb's subject left out is not the plural last quoted: "Los ministros")
    if (
        not named
        and last_speaker
        and not (pronoun == SUBJECT_LEFT_OUT and plural_opening(last_speaker))
    ):
        return last_speaker
    if named:
        return _likeliest(passage, sorted(named, key=passage.rfind))
    # not those the pronoun's own sentence names: "She told Global Voices: “…”"
    named = people(text[:sentence], short_names)
    if named and pronoun not in ("he", "she"):
        # a subject Spanish leaves out is the topic, the subject the text last named: "Manuel
        # Ocaña sube al faro de Punta Galera. […] «…», recuerda."
        return _likeliest(text[:sentence], named)
    named = _not_places(text[:sentence], named) or lone_names(text[:sentence])
    return named[-1] if named else subject or who


def _surnames_alone(passage: str, pronoun: str, last_speaker: str) -> list[str]:
    """For "he" or "she", the surnames alone that open the passage's sentences as the subject of
    a verb, other than the last speaker's ("“…,” Davis said. Barnier was more cautious. “…,” he
    said."): someone the reader now takes the pronoun for."""
    if pronoun not in ("he", "she") or not last_speaker:
        return []
    alone = lone_names(passage)
    return [
        name for name in alone if not last_speaker.endswith(name) and _verb_after(passage, name)
    ]


def _verb_after(passage: str, name: str) -> bool:
    """Whether a verb follows the name where it opens a sentence ("Barnier was", "Lim agreed")."""
    after = re.search(rf"\b{re.escape(name)}\s+([a-z]+)", passage)
    return after is not None and part_of_speech(after.group(1)).startswith("VB")


# A preposition of place before capitalised words: "a suburb of New York City", "in Leominster".
# Not "of" after a title: "Secretary of State Mike Pompeo".
_PLACE_PREPOSITION = re.compile(
    r"(?:\b(?:in|at|near|outside|across|around)|\b[a-z][\w-]*\s+of)\s+$"
)


def _not_places(text: str, named: list[str]) -> list[str]:
    """The names but those that stand in `text` only where a place does, after a preposition of
    place, which "he" and "she" cannot stand for ("Mayor Tom Murphy said … The town, a suburb of
    New York City, has 30,000 people. He said …")."""

    def only_a_place(name: str) -> bool:
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        return all(_PLACE_PREPOSITION.search(text, max(0, at - 30), at) for at in starts)

    return [name for name in named if not only_a_place(name)]


# "the poet": a role of one word after "the".
_THE_ROLE = re.compile(r"(?i:the)\s+([a-z][a-z-]+)")


def described_as(text: str, role: str) -> str:
    """The person `text` last names with `role` ("the poet") in apposition or after "is"
    ("Amaal Said is a Danish-Somali poet", "Tom Reddy, a retired teacher,"); "" if none."""
    the_role = _THE_ROLE.fullmatch(role)
    if not the_role:
        return ""
    described = re.compile(
        rf"\b({NAME})(?:,|\s+(?:is|was|has been|became))\s+(?:a|an|the)\s+"
        rf"(?:[\w-]+\s+){{0,3}}?{re.escape(the_role.group(1))}\b"
    )
    named = [m.group(1) for m in described.finditer(text)]
    return named[-1] if named else ""


# Who is named again, not introduced, by an age ("the 57-year-old", "die 57-Jährige", "la
# septuagénaire", "el sexagenario"), a stage of life ("le retraité", "la joven", "der Rentner") or
# a demonstrative ("cette mère de trois enfants", "diese Frau", "este vecino").
_NAMED_AGAIN = re.compile(
    r"(?:(?i:the|der|die|le|la|l[’']|el)\s*(?:\d+-(?:year-old|[jJ]ährige[rn]?)\b"
    r"|(?:quadra|quinqua|sexa|septua|octo|nona)génaire|trentenaire|retraitée?\b"
    r"|jeune (?:femme|homme)"
    r"|(?:cuadra|cincuent|sexa|septua|octo|nona)genari[oa]|jubilad[oa]|joven\b|ancian[oa]"
    r"|Rentner(?:in)?\b|Pensionär(?:in)?\b|Seniorin\b)"
    r"|(?i:cette|cet|ce|diese[rs]?|esta|este|esa|ese)\s+\w)"
)


def _role_named_again(who: str, passage: str) -> bool:
    """Whether a role of one word, an adjective after it perhaps, names again the person the
    passage names ("Julien Masson façonne les baguettes. « … », glisse le boulanger.", "afirma el
    técnico vasco", "cuenta la vecina de Peñaseca"): not if the passage speaks of the role apart
    ("Paul Rey a vu le préfet. « … », a dit le préfet.")."""
    words = who.split()
    if len(words) == 3 and words[2].islower() and words[2] not in ("de", "del"):
        words = words[:2]  # with an adjective after it: "el técnico vasco"
    elif len(words) > 3 and words[2] in ("de", "d’", "du", "aus") and words[3][:1].isupper():
        words = words[:2]  # with the place they are from: "la vecina de Peñaseca"
    role = PERSON_ROLE.fullmatch(" ".join(words))
    return bool(role) and words[-1].split("’")[-1].lower() not in passage.lower()


def _subject_before(text: str, sentence: int, pronoun: str) -> str:
    """The subject opening the sentence before the pronoun's, if it has no quotation and is of
    the pronoun's kind: a plural for "they", a body for "it", a role for "he" and "she"."""
    end = len(text[:sentence].rstrip())
    opening = max((m.end() for m in SENTENCE_BOUNDARY.finditer(text, 0, end)), default=0)
    before = text[opening:end]
    if not before.strip() or re.search(r"[“”\"«»„]", before):
        return ""
    if pronoun == "ellos":  # a Spanish plural verb's subject left out: "«…», lamentan."
        return plural_opening(before)
    subject = _person_opening(before, pronoun) or clause_subject(before)
    words = subject.split()
    if not words or words[0].lower() in PRONOUNS:
        return ""
    determined = words[0].lower() in DETERMINERS
    heads = {words[-1].lower(), words[min(int(determined), len(words) - 1)].lower()}
    if pronoun == "they":  # "Residents", "The protesters", "Officials at the ministry"
        return subject if any(plural_noun(head) for head in heads) else ""
    if pronoun == "it":
        return subject if _a_body(subject) else ""
    person = part_of_speech(words[-1].lower()) == "NN" or _a_person(subject, pronoun)
    return subject if determined and person else ""


def _subject_of_own_sentence(text: str, sentence: int, pronoun: str) -> str:
    """The one the pronoun's own sentence opens with, named by a role ("An Ennahda spokesman"),
    when the pronoun comes after it, before the quotation ("… by what he called “…”")."""
    if pronoun not in ("he", "she"):
        return ""
    quotation = QUOTED.search(text, sentence)
    head = text[sentence : quotation.start() if quotation else len(text)]
    if not re.search(rf"\s{pronoun}\s", head, re.IGNORECASE):
        return ""
    role = _ROLE_OPENING.match(head)
    return role.group(1) if role and part_of_speech(role.group(2)) in ("NN", "") else ""


# A sentence opening with a role and its verb: "An Ennahda spokesman deplored", "The judge said".
_ROLE_OPENING = re.compile(
    r"((?:An?|The)\s+(?:[A-Z][\w-]*\s+)*([a-z]+))\s+(?:\w+ly\s+)?\w+(?:ed|s)\b"
)


# The articles before a role naming a person again in French, German, Spanish ("Le vieil homme").
_ROLE_ARTICLES = ("le", "la", "der", "die", "el", "un", "une", "ein", "eine", "una")


def _a_person(subject: str, pronoun: str) -> bool:
    """Whether a subject names a person by their sex or their trade, in French, German or Spanish
    ("Le vieil homme", "die Wirtin", "el farero")."""
    words = subject.split()
    if len(words) < 2 or words[0].lower() not in _ROLE_ARTICLES:
        return False  # not "His father" for "he": more likely his own
    role = f"{words[0]} {words[-1]}"
    return words[-1] in _SEX.get(pronoun, ()) or bool(PERSON_ROLE.fullmatch(role))


def _person_opening(sentence: str, pronoun: str) -> str:
    """The person a sentence opens with, by their sex or their trade, its head within three words
    of its article ("Le vieil homme sourit.", "Die junge Wirtin lacht."); "" if none."""
    tokens = sentence.split()[:5]
    for end in range(2, len(tokens)):
        phrase, after = " ".join(tokens[:end]), tokens[end]
        # its verb after it: not a role a name or a complement follows ("El consejero de …,")
        verb_after = after.islower() and after not in ("de", "del", "du", "des", "von", "der")
        if verb_after and phrase[-1:].isalpha() and _a_person(phrase, pronoun):
            return phrase
    return ""


def _a_body(speaker: str) -> bool:
    """Whether a speaker is named by a common noun, as bodies are ("the ministry", "The Health
    Ministry"), not by a person's name ("Ana Lim")."""
    words = speaker.split()
    return bool(words) and part_of_speech(words[-1].lower()) in ("NN", "NNS")


# Words that name a woman or a man, and the titles that do ("my grandmother", "a young man").
_WOMEN = (
    "mother grandmother stepmother mum mom daughter granddaughter wife sister aunt niece woman "
    "girl widow girlfriend "
    "mère grand-mère fille femme sœur tante épouse nièce dame Mutter Großmutter Oma Tochter Frau "
    "Schwester Tante Nichte madre abuela hija mujer esposa hermana tía sobrina señora"
)
_MEN = (
    "father grandfather stepfather dad son grandson husband brother uncle nephew man boy widower "
    "boyfriend "
    "père grand-père fils mari frère oncle neveu homme monsieur Vater Großvater Opa Sohn Mann "
    "Bruder Onkel Neffe padre abuelo hijo marido hermano tío sobrino señor"
)
_SEX = {
    **dict.fromkeys(("she", "elle", "sie", "ella"), _WOMEN.split()),
    **dict.fromkeys(("he", "il", "er", "él"), _MEN.split()),
    SUBJECT_LEFT_OUT: _WOMEN.split() + _MEN.split(),
}
_TITLES_OF = {"she": ("Mrs", "Ms", "Miss", "Dame", "Lady"), "he": ("Mr", "Sir", "Lord")}
# Not "the woman", which names again someone named before ("Ana Lim … The woman has …"). The
# name given with the word, if any: "Her brother Tom agrees."
_RELATIVE = re.compile(
    r"\b(?P<whose>[Mm]y|[Oo]ur|[Yy]our|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|[Oo]ne|[Aa]nother"
    # … and the first person's or an indefinite in French, German, Spanish: "Mon grand-père";
    # and the third person's that tell no sex of its own: "Su hija Marta", "Son fils Paul"
    r"|(?i:mon|ma|notre|une?|mein(?:e[nmr]?)?|unser(?:e[nmr]?)?|eine?[nmr]?|mi|nuestr[oa]|una?"
    r"|su|sa|son))\s"
    r"(?:[a-z][\w-]*\s){0,2}?(?P<word>" + "|".join(_WOMEN.split() + _MEN.split()) + r")\b"
    rf"(?:,?\s(?P<name>[{UPPER}][a-zß-ÿ’'-]+(?:\s[{UPPER}][a-zß-ÿ’'-]+)?))?"  # "Su mujer, Ana Gil,"
)


def _relatives(passage: str, pronoun: str) -> list[str]:
    """The people of the pronoun's sex the passage names by a word of family or of sex, which a
    reader takes "she" to stand for as readily as a name ("From my grandmother, in her kitchen.
    She never used a recipe"), by the name given with it if any ("Her brother Tom agrees. “…,”
    he says", "Mon grand-père. Il disait « … »"); "he" and "she" only, and theirs in French,
    German and Spanish. Not "his father" for "he": he is more likely the one whose father it is."""
    pronoun = pronoun.lower()
    own = "his" if pronoun == "he" else "her"
    return [
        m.group("name") or m.group(0)
        for m in _RELATIVE.finditer(passage)
        if m.group("word") in _SEX.get(pronoun, []) and m.group("whose").lower() != own
    ]


def _of_sex(named: list[str], pronoun: str) -> list[str]:
    """The names a pronoun may stand for: not those a title gives the other sex ("Mr Reddy met Ms
    Ortega. “…,” she said")."""
    if pronoun.lower() not in _TITLES_OF:
        return named
    other = {title for p, titles in _TITLES_OF.items() if p != pronoun.lower() for title in titles}
    return [name for name in named if name.split()[0].rstrip(".") not in other]


def _likeliest(passage: str, named: list[str]) -> str:
    """Of the people a passage names, the one a pronoun after it stands for: the subject of the
    last sentence that names anyone, where a name opens it ("Paul Abara met the mayor, Lisa
    Grant. “…,” he said") or is the agent of its passive verb ("This was shown by Sofia, …"),
    else the last named."""
    last = passage.rfind(named[-1])
    opening = max((m.end() for m in SENTENCE_BOUNDARY.finditer(passage, 0, last)), default=0)
    sentence = passage[opening:].lstrip()
    alone = lone_names(sentence)  # a surname opening it, its verb next: "Barnier met David Davis."
    verb = sentence[len(alone[0]) :].split(maxsplit=1)[0] if alone else ""
    if alone and sentence.startswith(alone[0] + " ") and part_of_speech(verb).startswith("VB"):
        return alone[0]
    subjects = (
        name
        for name in named
        if re.match(rf"(?:.*?{_PASSIVE_BY})?{re.escape(name)}(?![\w-])", sentence)
    )
    return next(subjects, named[-1])


# A passive verb and "by", before its agent: "was demonstrated by".
_PASSIVE_BY = r"\b(?:is|are|was|were|been|being)\s+[a-z]+\s+by\s+"
