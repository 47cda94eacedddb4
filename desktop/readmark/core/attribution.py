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
from bisect import bisect_right
from dataclasses import dataclass
from itertools import takewhile

from readmark.core.english_lexicon import part_of_speech
from readmark.core.speech_verbs import ACCORDING_TO, SPEECH_VERB

# An opening mark at the start of a word, its closing mark not followed by a letter (so that
# the apostrophe in "Russia’s" or "don’t" does not end a quote). Pages mix curly and straight
# marks (“…"), so a curly opening may close with a straight mark on the same line. French
# guillemets (« »), German low-high marks („ “, ‚ ‘) and reversed guillemets (» «, › ‹), and ‹ ›.
# A straight-quoted speech running over paragraphs reopens each with a mark and closes only the
# last ("…\n\n"…").
QUOTED = re.compile(
    r"(?<![\w’'])(“[^”\"\n]+\"(?!\w)|“[^”]+”|‘(?:[^’]|’(?=\w))+’(?!\w)|"
    r"\"[^\"\n]+(?:\n\n\"[^\"\n]+)+\"(?!\w)|\"[^\"\n]+\""
    r"|«[^»]+»|„[^“”\"]+[“”\"]|‚(?:[^‘’]|’(?=\w))+‘(?!\w)|»[^«»]+«|‹[^›]+›|›[^‹›]+‹)",
    re.DOTALL,
)
_OPENING_MARKS = '‘“"«„‚»‹›'
# A line of dialogue: a paragraph opened by an em dash or a horizontal bar (French, Spanish).
_DIALOGUE = re.compile(r"^[—―][ \u00a0\u202f]?(?=\S)[^\n]+", re.MULTILINE)

_TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Sir|Dame|President|General|Judge|Senator|Col|Gen|Lt|Capt|Sgt"
    r"|M|Mme|Herr|Frau"
    r"|Sr|Sra)\.?"
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME_WORD = rf"(?:[{_UPPER}][\w’'-]*|[{_UPPER}]\.)"
NAME = rf"(?:{_TITLE}\s)?{_NAME_WORD}(?:\s(?:{_NAME_WORD}|de|van|von|al|bin))*"
_PRONOUNS = ("he", "she", "they", "il", "elle", "ils", "elles", "er", "sie", "él", "ella")
# A French pronoun after an inverted verb: "dit-il", "a-t-elle déclaré".
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b")
_AUTHOR = ("i", "we")  # the writer: no speaker to name
_DETERMINERS = (
    "the", "a", "an", "one", "another", "two", "three", "several", "some", "its", "his", "her",
    "my", "our", "your",
    "their", "le", "la", "les", "un", "une", "der", "die", "das", "den", "dem", "ein", "eine",
    "einer", "el", "los", "las", "una",
)  # fmt: skip
_AUXILIARIES = (
    "are", "were", "been", "has", "had", "have", "will", "would", "also", "later", "then",
    "again", "was", "is", "once", "reportedly", "previously", "simply", "a", "avait", "aurait",
    "ont", "aussi", "hat", "hatte", "habe", "auch", "ha", "había", "han", "también",
)  # fmt: skip
# Where a subject after an inverted verb ends: "said one source who had been …".
# Not after an initial or a title ("U.K. law", "Mr. Lee", "Dr. Owusu").
_ABBREVIATIONS = "Mr Mrs Ms Dr St Sen Rep Gov Prof No Sr Sra Col Gen Lt Capt Sgt"
_NOT_ABBREVIATED = "(?<!\\b[A-Z])" + "".join(
    rf"(?<!\b{title})" for title in re.findall(r"\w+", _ABBREVIATIONS)
)
_SUBJECT_END = re.compile(
    r"\s+(?:who|which|that|in|on|at|during|after|before|when|while|as|to|from|adding|"
    r"referring|qui|que|lors|dans|après|avant|pendant|bei|nach|vor|am|im|gegenüber|ist|war|sind|waren|"
    r"hat|hatte|wird|sei|soll|durante|tras|ante)\b|[,;:!?()—–]|" + _NOT_ABBREVIATED + r"\.(?=\s|$)"
)
# Capitalised pairs that open sentences rather than name people ("In June", "The World").
_NOT_FIRST_NAMES = {
    "the", "in", "on", "at", "a", "an", "this", "that", "for", "but", "and", "when", "while",
    "after", "before", "during", "as", "if", "by", "from", "with", "to", "his", "her", "their",
    "our", "its", "last", "next", "every", "since",
}  # fmt: skip
# A person's name: capitalised words, not the word opening a sentence ("For Dev Patel, …").
_PERSON = re.compile(
    rf"\b(?!(?i:{'|'.join(sorted(_NOT_FIRST_NAMES))})\s)(?:{_TITLE}\s)?"
    rf"[{_UPPER}][a-zß-ÿ’'-]+\s[{_UPPER}][a-zß-ÿ’'-]+(?:\s[{_UPPER}][a-zß-ÿ’'-]+)?\b"
)
# A sentence ends at a full stop, not at an initial or a title ("U.K. law", "Mr. Lee").
_BOUNDARY = re.compile(_NOT_ABBREVIATED + r"[.!?][”’\"]?\s|\n")
_WORD = re.compile(r"[\w’'.-]+")


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
    short_names = frozenset(name.split()[-1] for name in _people(text))
    dialogue = [m.span() for m in _DIALOGUE.finditer(text)]
    marked = sorted([m.span() for m in QUOTED.finditer(text)] + dialogue)
    for start, end in marked:
        if (start, end) in dialogue:
            since = max(0, text.rfind("\n\n", 0, start))
            who = _dialogue_speaker(text[start:end])
            who = _resolve(text, start, who, last_speaker, since, short_names)
            last_speaker = who or last_speaker
            found.append(Quotation(start, end, who))
            continue
        if any(s <= start and end <= e for s, e in dialogue):
            found.append(Quotation(start, end, "", inner=True))  # quoted within a line of dialogue
            continue
        words = text[start:end]
        if "\n\n" in words and not _continues(words):
            continue  # a stray mark swallowed a paragraph break
        sentence_start, sentence_end = _sentence_around(text, start, end)
        if not _is_speech(words, text[sentence_start:start] + " " + text[end:sentence_end]):
            continue
        who = _attributed(text, start, end, sentence_start, sentence_end)
        lead_in = text[sentence_start:start].rstrip()
        if not who and lead_in.endswith(":"):  # "The drummer, Leo Brandt, was blunter: “…”"
            who = lead_in_speaker(text, start) or _clause_subject(lead_in[:-1])
        paragraph = text.rfind("\n\n", 0, start)
        if not who and previous and previous[0] == paragraph and previous[2]:
            who = previous[2]  # the next quotation of the same sentence or paragraph
        if not who:
            who = _speaker_line(text, paragraph, start) or _answer_label(text, paragraph)
        if not who:
            who = _speaker_of_sentence_before(text, max(0, paragraph), sentence_start)
        if not who and previous and previous[2] and _whole_paragraph(text, start, end):
            who = previous[2]  # a paragraph of speech that goes on from the last speaker
        if not who and _whole_paragraph(text, start, end) and paragraph >= 0:
            # "Mayor Ana Reis was blunt.\n\n“We failed.”"
            who = _introduced(text[:paragraph], short_names)
        elif not who and not text[sentence_start:start].strip():
            # "Tom Diaz disagreed. “They did their best.”"
            who = _introduced(text[:start], short_names)
        if not who and _FIRST_PERSON.search(text[sentence_start:start]):
            who = _interviewee(text)  # "That's why our mantra is “…”", in an interview
        # "he" may be someone named after the paragraph's last quotation, else its speaker
        since = previous[1] if previous and previous[0] == paragraph else max(0, paragraph)
        who = _resolve(text, start, who, last_speaker, since, short_names)
        last_speaker = who or last_speaker
        previous = (paragraph, sentence_end, who)
        found.append(Quotation(start, end, who))
        found += [
            Quotation(*inner.span(), "", inner=True)
            for inner in QUOTED.finditer(text, start + 1, end - 1)
        ]
    return found


def _continues(words: str) -> bool:
    """A quote running over paragraphs: each new paragraph reopens it with a mark."""
    return all(part[:1] in _OPENING_MARKS for part in words.split("\n\n")[1:])


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding the quotation: from the last full stop before it to the next after."""
    before = [m.end() for m in _BOUNDARY.finditer(text, max(0, start - 400), start)]
    # A quotation may end the sentence, unless a lowercase word goes on ("“Why?” asked one").
    goes_on = re.match(r"\s+[a-z]", text[end : end + 3])
    after = _BOUNDARY.search(text, end if goes_on else max(start, end - 2))
    return (before[-1] if before else max(0, start - 400)), (after.end() if after else len(text))


# Small words inside a name or a title ("Bank of England", "Ministère de la Santé").
_NAME_LINKS = frozenset(
    ("of", "in", "the", "and", "for", "de", "la", "du", "des", "der", "und", "von", "y", "del")
)


def _is_speech(words: str, around: str) -> bool:
    """Speech, not a name or a word merely mentioned: a sentence of its own, or words in a
    sentence of reported speech; a quoted name (all capitalised) never."""
    inside = words[1:-1].strip()
    if re.search(r"[.,!?…;:]\s*$|[.!?]\s", inside) or len(inside.split()) > 4:
        return True
    if all(w[:1].isupper() or w in _NAME_LINKS for w in inside.split()):
        return False
    return bool(SPEECH_VERB.search(around))


def _dialogue_speaker(line: str) -> str:
    """Who speaks a line of dialogue: the subject of its incise ("— Partons, dit-il.", "—Hola
    —dijo Juan—.")."""
    verb = SPEECH_VERB.search(line)
    if not verb:
        return ""
    inverted = _INVERTED_PRONOUN.match(line, verb.end())
    return inverted.group(1) if inverted else _subject_after(line[verb.end() :])


def _attributed(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    signed = re.match(rf"\s*(?:[—–]\s*({NAME})|\(([{_UPPER}][^(),]{{0,40}})[,)])", text[end:])
    if signed:  # "“…” — Lena Ortiz, city manager", "“…” (Participant 12, nurse)"
        return signed.group(1) or signed.group(2)
    who = _attributed_after(QUOTED.sub(" ", text[end:sentence_end])[:160])
    if who:
        return who
    before = text[sentence_start:start]
    for verb in reversed(list(SPEECH_VERB.finditer(before))):
        if re.search(r"(?<!\bused )\bto\s+(?:\w+ly\s+)?$", before[: verb.start()]):
            continue  # "to categorically deny" credits no one; "used to say" does
        if not verb.group(0).endswith("ing") and _PASSIVE.search(before[: verb.start()]):
            continue  # "she was told to “stop”": the one told is no speaker
        if verb.group(0).lower() in ACCORDING_TO:
            who = _subject_after(before[verb.end() :])
        elif verb.group(0).endswith("ing") and _CLAUSE_BREAK.search(before[: verb.start()]):
            # "Ross disagreed, calling it “…”", "…,” he said, before adding: “…”"
            who = _clause_subject(before[: verb.start()])
        elif before[: verb.start()].rstrip().endswith(",") and "," in before[verb.end() :]:
            who = _subject_after(before[verb.end() :])  # "The price, says Ruth Ennis, is “…”"
        else:
            who = _subject_before(before[: verb.start()])
        if who:
            return who
    return ""


_CLAUSE_BREAK = re.compile(r",\s*(?:(?:before|after|while|when|by|without)\s+)?$")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
_OPEN_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b[^,]*$")


def _attributed_after(after: str) -> str:
    """The speaker a verb of speech after the quotation names ("…,” Hayashi said", "said Kelly");
    "" when there is none, or when the verb shares the sentence's subject ("… and said")."""
    verb = next(  # not a verb inside a relative clause ("the official, who spoke …, said")
        (v for v in SPEECH_VERB.finditer(after) if not _OPEN_RELATIVE.search(after[: v.start()])),
        None,
    )
    if not verb:
        return ""
    inverted = _INVERTED_PRONOUN.search(after, 0, verb.end() + 8)
    if inverted and len(after[: inverted.start()].split()) <= 2:
        return inverted.group(1)  # "dit-il", "a-t-elle déclaré"
    words = _ASIDE.sub("", after[: verb.start()]).strip(" ,.;:!?–—-\n").split()
    while words and words[-1].lower() in _AUXILIARIES:
        words.pop()  # "the company has acknowledged", "a déclaré"
    if not words:  # "said Kelly", "said one source who …", "according to X"
        return _subject_after(after[verb.end() :])
    if all(w.lower() in ("and", "but", "then") for w in words):
        return ""  # "He called it “…” and said …": the subject comes before the quotation
    if words[0].endswith("ing"):
        return ""  # "“…”, pointing out that the party had pledged": a clause of its own
    subject = " ".join(words)
    if len(words) <= 3 and all(w.isalpha() and w.islower() for w in words):
        return subject if words[0] not in _PRONOUNS else _subject_before(subject)  # "officials"
    if len(words) <= 14 and not _BOUNDARY.search(subject):
        if words[0].lower() in _DETERMINERS or re.match(_TITLE + r"\s", subject):
            return subject  # the whole phrase: "the deputy director general of …"
        return _subject_before(subject + " ")
    return ""


# Relative clauses, participles, an age or a party between a speaker and the verb ("Tom Reddy,
# who runs the shop, said", "Ms Bright, quoted by the Courier, said", "Ms Kim, 42, told", "Sen.
# Mark Wu (R-Ohio) told").
_ASIDE = re.compile(
    r"(?:,\s+(?:who|whose|which|for|speaking|in|at|like|\w+ed by)\b[^,]*"
    r"|,\s*\d{1,3}|\s*\([^()]*\))+(?:,|(?<=\)))\s*$"
)
# A role in apposition after a name: "Anna Weiss, the mayor, said" (the name is the speaker).
_ROLE_AFTER_NAME = re.compile(rf"({NAME}),\s+(?:a|an|the|its|his|her|their)\s[^,]*,\s*$")


def _subject_before(words: str) -> str:
    """The noun phrase that ends `words` (a verb of speech follows): a name, a pronoun or a role."""
    words = re.split(r"[“”\"]", words)[-1]  # no quotation in a subject: what follows the last
    # "My teacher used to say", "The senator was quoted as saying"
    words = re.sub(r"\s+(?:used to|(?:is|was|were) quoted as)\s*$", " ", _ASIDE.sub(" ", words))
    named = _ROLE_AFTER_NAME.search(words)
    if named:
        name = named.group(1).split()
        while name and name[0].lower() in _NOT_FIRST_NAMES:
            name.pop(0)  # "As Lola, a designer, put it"
        if name:
            return " ".join(name)
    tokens: list[str] = _WORD.findall(words)
    while tokens and tokens[-1].lower() in _AUXILIARIES:
        tokens.pop()
    if not tokens or tokens[-1].lower() in (*_AUTHOR, *_DETERMINERS):
        return ""  # the writer, or a phrase that only begins ("The reply … was swift:")
    last = tokens[-1]
    if last.lower() in ("and", "but"):  # "Razavi sees herself …, and likens": the clause's subject
        return _clause_subject(words[: words.rfind(last)])
    if last.lower() in _PRONOUNS:
        return last
    if last[:1].isupper():
        name = [last]
        for token in reversed(tokens[:-1]):
            if token.lower() in _NOT_FIRST_NAMES or not (
                token[:1].isupper() or token in ("de", "van", "von", "al", "bin")
            ):
                break  # "As Atwood writes": the name only
            name.insert(0, token)
        return " ".join(name)
    for back in range(len(tokens) - 1, max(-1, len(tokens) - 12), -1):
        word = tokens[back].lower()
        if word in _DETERMINERS:  # a role: "a spokesman for the ministry"
            if back and tokens[back - 1].lower() in ("of", "for", "at", "in", "from", "with", "to"):
                continue  # the role's complement: go on to its head
            if len(tokens) - back > 1:
                return " ".join(tokens[back:])
            # "Plumia, a self-proclaimed …": the apposition's head
            return _clause_subject(words[: words.rfind(tokens[back])])
        if word.endswith(("’s", "'s")) and tokens[back][:1].isupper():
            return " ".join(tokens[back:])  # a role after a name's possessive: "Mara's boss"
        if word in ("and", "but", "that", "which", "who", "it", "this"):
            break
    return ""


def _clause_subject(words: str) -> str:
    """The subject opening the last clause of `words` that opens with one."""
    for clause in reversed(re.split(r"[,;:–—]", words)):
        tokens: list[str] = _WORD.findall(clause)
        if not tokens:
            continue
        if tokens[0].lower() in _PRONOUNS:
            return tokens[0]
        phrase = tokens[1:] if tokens[0].lower() in ("the", "a", "an") else tokens
        name = _capitalised(phrase)
        if name and name[0].lower() not in _NOT_FIRST_NAMES:
            rest = phrase[len(name) :]
            role = list(takewhile(lambda w: part_of_speech(w) in ("NN", "JJ"), rest[:2]))
            named = _capitalised(rest[len(role) :])
            if role and named:  # a role in front of a name: "Transport minister Eleanor Voigt"
                name += role + named
            return " ".join(tokens[: len(tokens) - len(phrase)] + name)
    return ""


def _capitalised(tokens: list[str]) -> list[str]:
    return list(takewhile(lambda token: token[:1].isupper(), tokens))


def _subject_after(words: str) -> str:
    """The noun phrase that begins `words` (after "said" or "according to")."""
    words = words.lstrip(" ,-—")
    cut = _SUBJECT_END.search(words)
    subject = (words[: cut.start()] if cut else words).strip()
    if cut and cut.group(0) == ",":  # "said the coach, Ana Silva": the name in apposition
        named = re.match(rf"\s*({NAME})\s*(?:[.,;]|$)", words[cut.end() :])
        if named:
            return named.group(1)
    if not subject or len(subject.split()) > 10:
        return ""
    first, *rest = subject.split()
    if first[:1].isupper() or first[:1].isdigit() or first.lower() in (*_DETERMINERS, *_PRONOUNS):
        return subject
    # A role without a determiner before a name: "said local resident Maria Chen".
    return subject if len(rest) <= 4 and any(w[:1].isupper() for w in rest) else ""


def _speaker_of_sentence_before(text: str, paragraph: int, sentence_start: int) -> str:
    """The subject of a verb of speech in the sentence before, of the same paragraph and without
    quotations of its own ("Orbell writes about the marsh with tenderness. The reeds are “…”")."""
    before_start = _sentence_around(text, sentence_start - 2, sentence_start - 2)[0]
    sentence = text[max(before_start, paragraph) : sentence_start]
    verb = SPEECH_VERB.search(sentence)
    if not verb or QUOTED.search(sentence):
        return ""
    return _subject_before(sentence[: verb.start()])


def _speaker_line(text: str, paragraph: int, start: int) -> str:
    """A quotation opening its paragraph after a lead-in ending in a colon ("Charlie Bolden, NASA
    Administrator:", "Katak, also from Singapore, notes that …:"), or opening with "Name:"."""
    opening = text[paragraph + 2 if paragraph >= 0 else 0 : start].strip()
    if opening:
        named = re.fullmatch(rf"({NAME})\s*:", opening)
        return named.group(1) if named else lead_in_speaker(text, start)  # "Reis put it: “…”"
    return lead_in_speaker(text, max(paragraph, 0))


# An answer's label: "Achterberg: …", "Amaal Said (AS): …", "AS: …".
_LABEL = re.compile(rf"({NAME})(?:\s*\([A-Z]{{1,4}}\))?\s*:\s")


def _answer_label(text: str, paragraph: int) -> str:
    """The speaker of an interview's answer, from the label opening its paragraph; initials
    ("AS:") stand for the name given with them ("Amaal Said (AS)")."""
    label = _LABEL.match(text, paragraph + 2 if paragraph >= 0 else 0)
    if not label:
        return ""
    if re.fullmatch(r"[A-Z]{1,4}", label.group(1)):
        named = re.search(rf"({NAME})\s*\({label.group(1)}\)", text)
        return named.group(1) if named else ""
    return label.group(1)


def _introduced(text: str, short_names: frozenset[str]) -> str:
    """The person the text before a quotation opening its sentence ends on, named first in the
    last sentence of its paragraph ("Mayor Ana Reis was blunt about the floods.")."""
    before = text.rsplit("\n\n", 1)[-1]
    if QUOTED.search(before):
        return ""  # that paragraph's own quotation has its own speaker
    last = re.split(r"(?<=[.!?])\s+", before.strip())[-1]
    return next(iter(_people(last, short_names)), "")


# The writer or the interviewee speaking of themselves, outside the quotation.
_FIRST_PERSON = re.compile(r"\b(?:I|my|our|we)\b", re.IGNORECASE)
_INTERVIEW_WITH = re.compile(
    rf"\b(?:interview(?:ed)?|spoke|talked|sat down)\s+(?:with|to)\s+(?:[a-z]+\s+){{0,3}}({NAME})"
)


def _interviewee(text: str) -> str:
    """The person an interview is with ("an interview with CC’s Timothy Vollmer"), whose
    answers speak in the first person; "" in a text that is no interview."""
    named = _INTERVIEW_WITH.search(text)
    return named.group(1) if named else ""


# Verbs that introduce what follows a colon: speech, and the blogger's "notes", "wonders".
_LEAD_VERB = re.compile(
    SPEECH_VERB.pattern + r"|\b(?:notes|thinks|wonders|wondered|asks|adds|posts|posted|tweets|"
    r"comments|remarks|reflects|reflected|concludes|concluded|remembers|remembered|puts? it|"
    r"issued (?:the following|a|this) statement|"
    r"summed up)\b",
    re.IGNORECASE,
)
# Words that open a phrase of the lead-in that is not its speaker ("In a statement", "the
# union's secretary", "also from Singapore").
_NOT_SPEAKERS = {*_DETERMINERS, *_AUXILIARIES, *_NOT_FIRST_NAMES} - set(_PRONOUNS)


def lead_in_speaker(text: str, paragraph_end: int, *, spoken: bool = False) -> str:
    """Who the paragraph ending at `paragraph_end` hands over to, when it ends in a colon: the
    subject of its verb of speech (a name in apposition before a role: "Another blogger,
    mrbrown.com, wonders …:"), or the name a short line gives ("Charlie Bolden, NASA
    Administrator:") unless `spoken` asks for a verb of speech; "" otherwise."""
    end = paragraph_end  # the paragraph's last line, without copying all the text before it
    while end and text[end - 1].isspace():
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end]
    if not line.endswith(":"):
        return ""
    # the last sentence, without the quotation before it ("“…,” he said, before adding:")
    sentence: str = QUOTED.sub("", re.split(r"(?<=[.!?])\s+", line)[-1])
    verb = _LEAD_VERB.search(sentence)
    if verb and verb.group(0).lower() != "according to":
        # The phrase just before the verb names the speaker, unless it is a role in apposition
        # ("Katak, also from Singapore, notes"): then a phrase before it does.
        segments = [s.strip() for s in sentence[: verb.start()].split(",") if s.strip()]
        for back, segment in enumerate(reversed(segments)):
            words = segment.split()
            if len(words) > 4 and back == 0:
                return _subject_before(segment + " ")  # "… - VOA Director David Jackson"
            if len(words) > 4 or words[0].lower() in _NOT_SPEAKERS:
                continue
            if words[0].lower() in _PRONOUNS:
                return words[0]
            named = re.match(NAME, segment)
            if named or len(words) == 1:
                return named.group(0) if named else segment
        return _subject_before(sentence[: verb.start()])
    if spoken or len(line.split()) > 12 or line.split()[0].lower() in _NOT_SPEAKERS:
        return ""
    name = re.match(NAME, line)
    return name.group(0) if name else ""


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    before = text[:start].rsplit("\n\n", 1)[-1]
    after = text[end:].split("\n\n", 1)[0]
    return not before.strip() and not after.strip()


def _resolve(
    text: str, start: int, who: str, last_speaker: str, since: int, short_names: frozenset[str]
) -> str:
    """A pronoun stands for the person last named between `since` and its sentence ("Mr Reddy was
    unmoved. He called it “…”", "His daughter, who drove him in, is here. “…,” she says"), else
    the last speaker quoted, else the last person named."""
    if who.lower() not in _PRONOUNS:
        return who
    sentence = _sentence_around(text, start, start)[0]
    named = _people(text[since:sentence], short_names) if sentence > since else []
    if not named and last_speaker:
        return last_speaker
    named = named or _people(text[:start], short_names)
    return named[-1] if named else who


# A subject a relative "who" shows to be a person: "His daughter, who drove him in, …".
_SUBJECT_WHO = re.compile(
    r"\b(?:His|Her|Their|A|An|The|One|Another)\s(?:[\w’'-]+\s){0,3}?[\w’'-]+(?=,?\s+who\b)"
)
# A name in apposition to a role, a first name alone too: "the father, Gideon, refuses".
_NAME_AFTER_ROLE = re.compile(
    rf"\b(?i:the|a|an|his|her|their|its)\s(?:[\w’'-]+\s){{0,3}}?[a-z][\w-]*,\s"
    rf"((?:{_NAME_WORD}\s)*[{_UPPER}][a-zß-ÿ-]+),"
)
# Capitalised words after an article, a possessive or a preposition of place name a place or a
# body, not a person ("the Reading Trust", "the company's Linden Court home", "on Bridge Street").
_AFTER_ARTICLE = re.compile(r"(?:\b(?:the|a|an|on|in|at|near|along)|[’']s)\s$")
_CAPITALISED = re.compile(rf"\b[{_UPPER}][a-zß-ÿ-]+\b")
_POSSESSIVE = re.compile(r"[’']s$")


def _people(text: str, short_names: frozenset[str] = frozenset()) -> list[str]:
    """The people `text` names, in order: full names and names in apposition to a role, the short
    names (a surname, a first name) of people named so, and subjects shown to be people by "who";
    not capitalised words after an article or a possessive ("the Reading Trust")."""
    runs = list(_PERSON.finditer(text))  # capitalised words in a row: people, places, bodies
    named = {
        m.start(): m.group(0)
        for m in runs
        if not _AFTER_ARTICLE.search(text, max(0, m.start() - 8), m.start())
    }
    named |= {m.start(1): m.group(1) for m in _NAME_AFTER_ROLE.finditer(text)}
    found = {at: _POSSESSIVE.sub("", name) for at, name in named.items()}
    starts = [m.start() for m in runs]

    def in_a_run(at: int) -> bool:
        before = bisect_right(starts, at) - 1
        return before >= 0 and at < runs[before].end()

    found |= {
        m.start(): m.group(0)
        for m in _CAPITALISED.finditer(text)
        if m.group(0) in short_names and not in_a_run(m.start())
    }
    found |= {m.start(): m.group(0) for m in _SUBJECT_WHO.finditer(text)}
    return [found[at] for at in sorted(found)]
