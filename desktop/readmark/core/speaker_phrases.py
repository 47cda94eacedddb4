"""The phrases that name who speaks: a name (with a title, a role before it or after it), a
pronoun or a role ("a spokesman for the ministry"), found before or after a verb of speech, and
the people a text names, for "he" and "she" to stand for (see attribution.py)."""

from __future__ import annotations

import re
from itertools import takewhile

from readmark.core.english_lexicon import part_of_speech
from readmark.core.speaker_words import (
    ARTICLES,
    DETERMINERS,
    NOT_FIRST_NAMES,
    POSSESSIVES,
    PRONOUNS,
    before_the_verb,
    plural_after_conjunction,
    plural_head,
    plural_noun,
)

TITLE = (
    r"(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Sir|Dame|President|General|Judge|Senator|Col|Gen|Lt|Capt|Sgt"
    r"|Rev|M|Mme|Herr|Frau"
    r"|Sr|Sra)\.?"
)
UPPER = "A-ZÀ-ÖØ-Þ"
JOINED_ARTICLE = r"(?:(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-)"  # Arabic: "al-Sadr", "el-Sisi"
NAME_WORD = rf"(?:{JOINED_ARTICLE}?[{UPPER}][\w’'-]*|[{UPPER}]\.|@\w+)"  # "@anlim": a handle
_PARTICLES = ("de", "van", "von", "al", "bin")  # inside a name: "Maria de Souza"
NAME = rf"(?:{TITLE}\s)?{NAME_WORD}(?:\s(?:{NAME_WORD}|{'|'.join(_PARTICLES)}))*"
_AUTHOR = ("i", "we", "je", "j’", "nous", "ich", "wir", "yo", "nosotros")  # the writer: none
# What may stand between a speaker and the verb of speech: "the minister was quoted as
# saying", "the chairman is said to have called", "she used to say".
REPORTED_AS = re.compile(
    r"\s+(?:used to|(?:is|was|were|are) (?:quoted (?:by [^,;:]{1,60} )?as|said to(?: have)?|"
    r"reported to(?: have)?))"
    r"\s*$"
)


# Where a subject after an inverted verb ends: "said one source who had been …".
# Not after an initial or a title ("U.K. law", "Mr. Lee", "Dr. Owusu").
_ABBREVIATIONS = "Mr Mrs Ms Dr St Sen Rep Gov Prof No Sr Sra Col Gen Lt Capt Sgt Rev"
NOT_ABBREVIATED = "(?<!\\b[A-Z])" + "".join(
    rf"(?<!\b{title})" for title in re.findall(r"\w+", _ABBREVIATIONS)
)
# A sentence ends at a full stop, not at an initial or a title ("U.K. law", "Mr. Lee").
SENTENCE_BOUNDARY = re.compile(NOT_ABBREVIATED + r"[.!?][”’\"]?\s|\n")
_SUBJECT_END = re.compile(
    r"\s+(?:who|which|that|in|on|at|during|after|before|when|while|as|to|from|adding|"
    r"referring|qui|que|lors|dans|après|avant|pendant|bei|nach|vor|am|im|gegenüber|ist|war|sind|waren|"
    r"hat|hatte|wird|wurde|wurden|sei|soll|dem|den|"
    # … or the one told, a quoted outlet's article: "sagte Wüst der „Rheinischen Post“"
    r"der(?=\s*(?:[(.,;:]|$))|"
    r"der\s+(?:\w+en\s+)?(?:[\w-]*[aA]gentur|\w*[zZ]eitung|Sender)|"
    r"durante|tras|ante|en|desde|entre|con|sin|mientras|avec|sans|mit|ohne)\b"
    # the particle of a German verb ending its clause: "teilte die Polizei mit", "gab er zu"
    r"|\s+(?:mit|zu|hinzu|ein|an|fest|klar|zusammen)(?=\s*(?:[.,;:!?]|$))"
    r"|[,;:!?()—–]|" + NOT_ABBREVIATED + r"\.(?=\s|$)"
)
# A word with its apostrophes, hyphens and full stops ("O’Neill", "U.K."), a handle ("@anlim").
_WORD = re.compile(r"@?[\w’'.-]+")


_PARTY = r"[RDI]-[A-Z][A-Za-z.]*"
# Relative clauses, participles, an age or a party between a speaker and the verb ("Tom Reddy,
# who runs the shop, said", "Lavrov, when told about the statement, said", "Ms Bright, quoted by
# the Courier, said", "Ms Kim, 42, told", "Sen. Mark Wu (R-Ohio) told", "Sen. Ann Lee, R-S.C.,
# said"); removed, an aside keeps its comma.
ASIDE = re.compile(
    # ("in" not before a German relative pronoun: "…, in der X kritisiert hatten, fügte Y hinzu")
    r"(?:,\s+(?:who|whose|which|for|speaking|in(?!\s+(?:der|dem|denen)\b)|at|like|including|"
    r"such as|\w+ed by|according to"
    r"|(?:when|while|after|once)\s+(?:asked|told|pressed|questioned)"
    # … or on their part, by contrast: "Los regantes, por su parte, denuncian"
    r"|por su parte|en cambio|sin embargo|pour (?:sa|leur) part|de (?:son|leur) côté|en revanche"
    r"|quant à (?:lui|elle|eux)|hingegen|dagegen|jedoch|ihrerseits|seinerseits)\b"
    r"(?:[^,]|,(?=\d{3}))*"  # "which represents 5,000 nurses"
    r"|,\s*\d{1,3}|,\s*" + _PARTY + r"|\s*\([^()]*\))+(?:,|(?<=\)))(?:\s+(?:has|had|also))*\s*$"
)
# A role in apposition after a name: "Anna Weiss, the mayor, said", "Paul Hertz, director of …,",
# "Ali Khan, also the transport minister, said" (a second role the wires give).
_ROLE_AFTER_NAME = re.compile(
    rf"({NAME}),\s+(?:also\s+)?(?:(?:a|an|the|its|his|her|their)\s|[a-z][\w-]*\s+(?:of|for|at)\s)"
    r"[^,]*,\s*$"
)
# … and before it: "Another analyst, Piet Smal of Acme, said" (the name is the speaker).
_NAME_AFTER_ROLE_AT_END = re.compile(
    rf"(?:^|[.;:]\s)\s*(?i:a|an|the|another|one|his|her|their|its)\s[^,]*,\s+({NAME}(?:\s+of\s[^,]*)?),\s*$"
)
# … and after a role: "The senator, a Republican from Texas, said" (the role is the speaker).
_APPOSITION_AT_END = re.compile(r",\s+(?:also\s+)?(?:a|an|the|its|his|her|their)\s[^,]*,\s*$")


# A place's state or country in apposition after it, before the verb: "of Mamaroneck, New York,",
# "of Lyon, France,". Two words are a place's only after a word that opens place names: two
# capitalised words alone are a person named after a role ("The head of Acme, Tom Hill, said").
_PLACE_OPENING = (
    r"(?:New|North|South|East|West|United|Saint|St\.|San|Santa|Sri|Costa|Puerto|Hong|Saudi)"
)
_STATE_AFTER_PLACE = re.compile(
    rf"(\b(?:of|in|from)\s+[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+)?),\s+"
    rf"(?:{_PLACE_OPENING}\s)?[{UPPER}][\w’'.-]+,\s*$"
)
# (… a reflexive pronoun after it: "la maire, qui se dit « partagée »"), or none after a noun: "Ivo
# Kral, a builder who said", "a charity that says"
_RELATIVE_AT_END = re.compile(
    r"(?:,\s+(?:who|which|quien|quienes|qui)|(?<=[a-z])\s+(?:who|that))\s+(?:se\s+|s[’'])?$"
)
# When, between a subject and its verb: "Biden on Tuesday called", "a report released on Monday
# said", "the minister yesterday told".
_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WHEN = re.compile(
    rf"(?:\s+(?:released|published|issued))?\s+(?:(?:on|last|this|late|early)\s+{_DAY}"
    r"|yesterday|today|tonight|last\s+(?:week|month|year|night))\s*$"
)
# … or one day, anywhere before the verb: "El otro día me soltó", "Un jour, elle m’a dit".
ONE_DAY = re.compile(r"(?i:el otro día|un día|una vez|l[’']autre jour|un jour|une fois|neulich)")


# A German auxiliary and what stands between it and the participle, when no subject does: "Ein
# Kollege hat mir erzählt", "Rolf Baumann hat bei der Verleihung gesagt".
_GERMAN_MIDFIELD = re.compile(
    r"\s(?:hat|hatte|habe|haben|hatten)\s(?=(?:mir|uns|ihm|ihr|ihnen|bei|in|im|am|auf|an|nach|vor|"
    r"gegenüber|mit|zum|zur|schon|bereits|auch|damals|gestern|heute|immer|oft|nie)\b)[^,;:]*$"
)


def subject_before(words: str) -> str:
    """The noun phrase that ends `words` (a verb of speech follows): a name, a pronoun or a role."""
    words = re.split(r"[“”\"«»„]", words)[-1]  # no quotation in a subject: what follows the last
    # "My teacher used to say", "The senator was quoted as saying"
    words = REPORTED_AS.sub(" ", ASIDE.sub(lambda m: "," if m[0][:1] == "," else " ", words))
    words = ONE_DAY.sub(" ", _GERMAN_MIDFIELD.sub(" ", words))
    words = _without_participle(_WHEN.sub(" ", words))
    words = _STATE_AFTER_PLACE.sub(r"\1 ", words)  # "The mayor of Mamaroneck, New York, said"
    relative = _RELATIVE_AT_END.search(words)
    if relative:  # "… welcomed by campaigners, who called it": the one "who" stands for, a
        head = words[: relative.start()]  # name before its role ("Ivo Kral, a builder,")
        noun = (_WORD.findall(head) or [""])[-1]
        return subject_before(head + ", ") or (noun if noun.islower() and plural_noun(noun) else "")
    named = _ROLE_AFTER_NAME.search(words)
    if named:
        name = named.group(1).split()
        while name and name[0].lower() in NOT_FIRST_NAMES:
            name.pop(0)  # "As Lola, a designer, put it"
        if name:
            return " ".join(name)
    named = _NAME_AFTER_ROLE_AT_END.search(words)
    if named:  # "Another analyst, Piet Smal of Northern Maritime Consulting,": the name
        return _without_body(named.group(1))
    apposition = _APPOSITION_AT_END.search(words)
    if apposition:  # its comma kept, for an aside before it: "Ms Khan, 34, a nurse, said"
        return subject_before(words[: apposition.start()] + ", ")
    tokens: list[str] = _WORD.findall(words)
    while tokens and before_the_verb(tokens[-1]) and not _surname_like_a_word(tokens):
        tokens.pop()
    if not tokens or (
        tokens[-1].lower() in (*_AUTHOR, *DETERMINERS) and not _surname_like_a_word(tokens)
    ):
        return ""  # the writer, or a phrase that only begins ("The reply … was swift:")
    last = tokens[-1]
    if last.lower() in _CLAUSE_JOINS:  # "Razavi sees herself …, and likens": the clause's subject
        return clause_subject(words[: words.rfind(last)])
    if last.lower() in (*PRONOUNS, "it"):  # "it": a body, for core/pronouns.py to find
        return last
    joined = re.match(JOINED_ARTICLE + f"[{UPPER}]", last)  # "al-Sadr"
    if (last[:1].isupper() and _ends_a_name(tokens)) or last[:1] == "@" or joined:
        return _without_body(_name_ending(words, tokens))
    role = _role_ending(words, tokens)
    if role is not None:
        return role
    if len(tokens) <= 6 and tokens[0][:1].isupper() and _opens_with_plural(tokens):
        return " ".join(tokens)  # a plural opening the sentence: "Officials at the ministry"
    return plural_after_conjunction(tokens)


def _ends_a_name(tokens: list[str]) -> bool:
    """Whether the capitalised last token ends a name: not a word that opens sentences ("That
    said"), unless it is a surname like one ("Thein Sein")."""
    return tokens[-1].lower() not in NOT_FIRST_NAMES or _surname_like_a_word(tokens)


def _surname_like_a_word(tokens: list[str]) -> bool:
    """Whether the last token, capitalised after a capitalised name or title, is a surname spelt
    like a small word of another language ("Thein Sein", "Mr Le"), or is an acronym ("The UN")."""
    if len(tokens[-1]) > 1 and tokens[-1].isupper():
        return True
    before = tokens[-2] if len(tokens) > 1 else ""
    return (
        tokens[-1][:1].isupper()
        and before[:1].isupper()
        and before.lower() not in NOT_FIRST_NAMES
        and not before_the_verb(before)
    )


_CLAUSE_JOINS = ("and", "but", "et", "und", "y")


def _role_ending(words: str, tokens: list[str]) -> str | None:
    """The role that ends `words` ("a spokesman for the ministry", "Mara's boss"), "" for a
    phrase that names no one, None where no role ends them."""
    for back in range(len(tokens) - 1, max(-1, len(tokens) - 12), -1):
        word = tokens[back].lower()
        # a role: "a spokesman for the ministry"; not an acronym ("UN", "LA")
        if word in DETERMINERS and not tokens[back][1:].isupper():
            if back and tokens[back - 1].lower() in ("of", "for", "at", "in", "from", "with", "to"):
                continue  # the role's complement: go on to its head
            if len(tokens) - back > 1:
                return " ".join(tokens[back:])
            # "Plumia, a self-proclaimed …": the apposition's head
            return clause_subject(words[: words.rfind(tokens[back])])
        if word.endswith(("’s", "'s")) and tokens[back][:1].isupper():
            # a role after a name's possessive: "Mara's boss", "Dr. Lee’s team"
            titled = back and re.fullmatch(TITLE, tokens[back - 1]) is not None
            return " ".join(tokens[back - 1 if titled else back :])
        if word in ("and", "but", "that", "which", "who", "it", "this", "is", "are", "was", "were"):
            break
    return None


# A participle phrase after a noun: "Emails seen by the Guardian", "Documents filed in court";
# a relative clause: "A nurse we spoke to", "The lawyer they hired", "A diplomat who asked …".
_PARTICIPLE_PHRASE = re.compile(
    r"([\w’'-]+)\s+([a-z]+)\s+(?:by|in|on|at|from|to|under|near|outside|along|around)\s[^,;:]*$"
)
_CONTACT_CLAUSE = re.compile(r"([\w’'-]+)\s+(?:we|I|you|they)\s+([a-z]+)(?:\s+(?:to|with))?\s*$")

_WHO_CLAUSE = re.compile(r"([\w’'-]+)\s+who\s+(?:has\s+|had\s+)?([a-z]+)\b[^,;:]*$")


def _without_participle(words: str) -> str:
    """The subject without the participle phrase or relative clause ending it after a noun."""
    phrase = _CONTACT_CLAUSE.search(words) or _WHO_CLAUSE.search(words)
    phrase = phrase or _PARTICIPLE_PHRASE.search(words)
    participle = phrase and (  # past, or present: "Muslim leaders meeting in Mecca called"
        part_of_speech(phrase.group(2)) in ("VBN", "VBD") or phrase.group(2).endswith("ing")
    )
    if not phrase or not participle:
        return words
    noun = phrase.group(1).lower()
    if not (plural_noun(noun) or part_of_speech(noun) == "NN"):
        return words
    return words[: phrase.end(1)] + " "


def _opens_with_plural(tokens: list[str]) -> bool:
    """Whether the tokens open with a plural noun, perhaps after a word qualifying it ("Court
    records", "Leaked documents", "Muslim leaders": a proper adjective the lexicon lacks)."""
    first, *rest = [token.lower() for token in tokens]
    if plural_noun(first):
        return True
    if not rest:
        return False
    if part_of_speech(first) in ("JJ", "NN", "VBN"):
        return plural_noun(rest[0])
    return not part_of_speech(first) and part_of_speech(rest[0]) == "NNS"


def _name_ending(words: str, tokens: list[str]) -> str:
    """The name that ends the words (their last token capitalised), with the role it completes,
    within their last clause."""
    name = [tokens[-1]]
    # Within the last clause: "In London, Johnson said" is Johnson's.
    breaks = (len(_WORD.findall(words[: m.start()])) for m in _CLAUSE_MARK.finditer(words))
    opening = max((n for n in breaks if n < len(tokens)), default=0)
    for at, token in reversed(list(enumerate(tokens[:-1]))[opening:]):
        if token in ("and", "&") and at and tokens[at - 1][:1].isupper():
            name.insert(0, token)  # a body's name: "Centers for Disease Control and Prevention"
            continue
        if token.lower() in ARTICLES:
            name.insert(0, token)  # "Die Regierung", "The Minister"
            break
        if token.lower() in NOT_FIRST_NAMES or not (token[:1].isupper() or token in _PARTICLES):
            break  # "As Atwood writes": the name only
        name.insert(0, token)
    while len(name) > 1 and name[0] in _PARTICLES:
        name.pop(0)  # "La ministra de Sanidad": "de" begins no name
    before = tokens[: len(tokens) - len(name)]
    if name[0] in ("der", "des") and len(before) > 1 and before[-2].lower() in DETERMINERS:
        return " ".join(before[-2:] + name)  # a German genitive: "Ein Sprecher der Bahn"
    return " ".join(_with_head(before, name))


_CLAUSE_MARK = re.compile(r"[,;:—–()]")
# A name after these is the complement of the phrase's head: "the Minister of Health", "la
# ministra de Sanidad".
_OF = ("of", "for", "at", "from", "de", "del", "du", "des", "von", "vom", "aus")


def _with_head(before: list[str], name: list[str]) -> list[str]:
    """`name` with the phrase it completes, where it completes one ("Officials at the World
    Health Organization", "a spokesman for the Red Cross"): its head, back to its determiner."""
    if not before or before[-1].lower() not in _OF or len(before) < 2:
        return name
    head = [before[-1]]
    for token in reversed(before[:-1]):
        kind = part_of_speech(token.lower())
        if token.lower() in DETERMINERS:  # "one of the residents of Elm Street": its head too
            index = len(before) - len(head) - 1
            return _with_head(before[:index], [token, *head, *name])
        if not (token[:1].isupper() or kind in ("NN", "NNS", "JJ", "")):
            break  # a word the English lexicon has not is a noun of another language here
        head.insert(0, token)
    return [*head, *name] if len(head) > 1 else name


def clause_subject(words: str) -> str:
    """The subject opening the last clause of `words` that opens with one."""
    for clause in reversed(re.split(r"[,;:–—]", words)):
        tokens: list[str] = _WORD.findall(clause)
        if not tokens:
            continue
        if tokens[0].lower() in PRONOUNS:
            return tokens[0]
        phrase = tokens[1:] if tokens[0].lower() in (*ARTICLES, *POSSESSIVES) else tokens
        name = _capitalised(phrase)
        if name and name[0].lower() not in (*NOT_FIRST_NAMES, *DETERMINERS):
            rest = phrase[len(name) :]
            role = list(takewhile(lambda w: part_of_speech(w) in ("NN", "JJ"), rest[:2]))
            named = _capitalised(rest[len(role) :])
            # a role in front of a name: "Transport minister Eleanor Voigt" (not "Meine
            # Nachbarin hat den Garten", read by the English lexicon)
            if role and named and tokens[0].lower() not in POSSESSIVES:
                name += role + named
            elif role and re.search(r"[’']s$", name[-1]):
                name += role  # whose it is, and the thing: "President Htin Kyaw's office"
            return " ".join(tokens[: len(tokens) - len(phrase)] + name)
        if tokens[0].lower() in DETERMINERS and len(phrase) > 1:
            # A role up to the clause's verb: "A spokesman for Acme declined to comment, but …"
            role = list(takewhile(lambda w: not _a_verb(w), phrase))
            if not any(map(part_of_speech, phrase[1:])):  # no English: "Muchos clientes entran"
                role = phrase[: 2 - (len(tokens) - len(phrase))]  # the determiner and its noun
            if 0 < len(role) < min(len(phrase), 7):
                return " ".join(tokens[: len(tokens) - len(phrase)] + role)
    return ""


# The linking verbs of French, Spanish and German, which the English lexicon does not read as
# verbs, and the pronouns a verb takes before it: "La directrice est formelle : « … »", "El
# alcalde es tajante: «…»", "Los agricultores lo tienen claro: «…»".
_LINKING = frozenset(
    ("est", "sont", "était", "es", "son", "era", "está", "ist", "sind", "war", "lo", "se", "me")
)


def _a_verb(word: str) -> bool:
    return word in _LINKING or part_of_speech(word).startswith("VB")


def _capitalised(tokens: list[str]) -> list[str]:
    """The capitalised words opening `tokens`, through "of", "for" or "and" between two of them
    ("Ministry of Foreign Affairs", "Centers for Disease Control and Prevention")."""
    run = list(takewhile(lambda token: token[:1].isupper(), tokens))
    link = tokens[len(run) : len(run) + 2]
    if run and len(link) == 2 and link[0] in ("of", "for", "and") and link[1][:1].isupper():
        return [*run, link[0], *_capitalised(tokens[len(run) + 1 :])]
    return run


# Words that open how something was said, after the verb, not who said it.
_HOW = ("entre", "con", "sin", "mientras", "avec", "sans", "en", "mit", "ohne")
# What a verb of speech may have before its subject: when, or on whose part ("a assuré mardi le
# porte-parole", "estime pour sa part le président", "sagte am Montag der Minister", "explican
# desde la Junta").
_WHEN_OR_PART = re.compile(
    r"(?:(?:pour (?:sa|leur) part|de (?:son|leur) côté|quant à (?:lui|elle)|encore|aussi|desde|"
    r"également|hier|aujourd[’']hui|ce (?:matin|soir)|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:matin|soir))?|"
    r"(?:este |el )?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|ayer|hoy|también|"
    r"(?:am )?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|gestern|heute|"
    r"auch|sich|"
    # how, in a participle or an adjective before the subject: "reconoció emocionado el técnico"
    r"[a-záéíóúñ]+(?:ad|id|os)[oa]s?(?=\s+(?:el|la|los|las|un|una)\s)),?\s+)+"
)
# … or whom it was told to, or where ("a indiqué à l'AFP une source", "a réagi sur Twitter le
# député", "dijo a EFE el ministro", "señaló en rueda de prensa el alcalde").
_TOLD_TO = re.compile(
    r"(?:(?:à|au|aux|sur|dans|devant|en|ante)\s+"
    rf"|a\s+(?=[{UPPER}]|(?:la|los|las|este|esta|un|una)\s))"
    r"(?:[\w.'’-]+\s+){1,4}?"
    rf"(?=(?:le|la|les|un|une|el|los|las|una|uno)\s|l['’]|[{UPPER}])"
)


# A document and whose it is: "a statement from the family", "a letter signed by 200 scientists".
_DOCUMENT_FROM = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:statement|letter|message|post|note|report|release)\s+"
    r"(?:(?:issued|released|signed|written)\s+)?(?:from|by|of)\s+(?=\S)"
)


def subject_after(words: str) -> str:
    """The noun phrase that begins `words` (after "said" or "according to")."""
    # "explique-t-on à la mairie": where "one" speaks, the body
    words = re.sub(r"^t-on\s+(?:à|chez|dans)\s+", "", words.lstrip(" ,-—"))
    when = _WHEN_OR_PART.match(words)
    if when:
        words = words[when.end() :]
    told_to = _TOLD_TO.match(words)
    if told_to:
        words = words[told_to.end() :]
    source = _DOCUMENT_FROM.match(words)
    if source:  # "according to a statement from the ministry": the ministry
        return subject_after(words[source.end() :])
    cut = _SUBJECT_END.search(words)
    subject = (words[: cut.start()] if cut else words).strip()
    if cut and cut.group(0) == "," and not re.fullmatch(NAME, subject):  # "the coach, Ana Silva"
        after = words[cut.end() :]
        named = re.match(rf"\s*(?!{_PARTY})({NAME})\s*(?:\([^()]*\)\s*)?(?:[.,;]|$)", after)
        if named:
            return named.group(1)
    if not subject or len(subject.split()) > 10:
        return ""
    first, *rest = subject.split()
    if first.lower() in _HOW:
        return ""  # how, not who: "asegura entre risas", "dice sin dejar de trabajar"
    if first.lower() in PRONOUNS:
        return first  # "sagte sie der Zeitung", "fügte er hinzu"
    # a name, an age, a handle ("tweeted @anlim"), a role
    if first[:1].isupper() or first[:1].isdigit() or first[:1] == "@" or first in DETERMINERS:
        return _without_body(subject)
    if re.match(r"[lL][’']\w", first):
        return subject  # "d'après l'Insee", "dit l’adolescente"
    if cut and cut.group(0) == "." and len(rest) <= 3 and plural_head(subject.split()):
        return subject  # a plural at the sentence's end: "said officials", "aseguran fuentes del …"
    # A role without a determiner before a name: "said local resident Maria Chen".
    return subject if len(rest) <= 4 and any(w[:1].isupper() for w in rest) else ""


# A person's name before the body they belong to: "Prof. Lin Wei of Oxford University".
_PERSON_OF = re.compile(
    rf"((?:{TITLE}\s)?[{UPPER}][\w’'-]+(?:\s[{UPPER}][\w’'-]+){{1,4}})\s+of\s+(?:the\s)?[{UPPER}\d]"
)
_ROLES = ("secretary", "minister", "director", "chief", "head", "governor", "mayor")  # "… of X"


def _without_body(subject: str) -> str:
    """The person alone before "of" and their body ("Jane Cole of the police"), not a body's own
    name, all of known words ("Royal Bank of Scotland"), nor a role's ("Secretary of State")."""
    person = _PERSON_OF.search(subject)  # after a role: "Earthquake expert Dr Mark Quigley of"
    words = person.group(1).split() if person else []
    if not person or all(part_of_speech(w.lower()) for w in words) or words[-1].lower() in _ROLES:
        return subject
    if re.search(r"\b(?:of|for|at|from|with|to|by)\s", subject[: person.start()]):
        return subject  # the complement of a role: "a spokesman for Acme Foods of Ohio"
    return person.group(1)
