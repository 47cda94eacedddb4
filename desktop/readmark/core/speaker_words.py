"""The small words around a speaker in English, French, German and Spanish: pronouns,
determiners, possessives, auxiliaries and the object pronouns that stand between a subject and
its verb of speech (see speaker_phrases.py)."""

from __future__ import annotations

import re

from readmark.core.english_lexicon import part_of_speech

# Pronouns a speaker may be given by, core/pronouns.py telling whom they stand for.
PRONOUNS = (
    "he", "she", "they", "il", "elle", "ils", "elles", "er", "sie", "él", "ella", "ellos", "ellas",
    "lui", "eux", "ihm",  # after "selon", "laut": "Selon lui, « … »"
    "él/ella",
)  # fmt: skip
# A Spanish verb's subject left out ("«…», explica."), he or she: whom the paragraph names.
SUBJECT_LEFT_OUT = "él/ella"

# French, German and Spanish possessives ("Sa fille, Léa,", "Mein Vater", "Mi maestro").
POSSESSIVES = (
    "mon", "ma", "mes", "son", "sa", "ses", "notre", "nos", "leur", "leurs", "mein", "meine",
    "meinen", "meinem", "meiner", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre",
    "ihren", "ihrem", "ihrer", "unser", "unsere", "mi", "mis", "su", "sus", "nuestro", "nuestra",
)  # fmt: skip

# What opens a role rather than a name ("the minister", "sa fille", "un habitant").
DETERMINERS = (
    "the", "a", "an", "one", "another", "two", "three", "several", "some", "both", "many", "its",
    "his", "her", "my", "our", "your",
    "their", "le", "la", "les", "un", "une", "der", "die", "das", "den", "dem", "ein", "eine",
    "einer", "el", "los", "las", "una", *POSSESSIVES, "muchos", "muchas", "algunos", "algunas",
    "varios", "varias", "plusieurs", "certains", "certaines", "viele", "einige", "mehrere",
)  # fmt: skip

# What stands between a subject and its verb of speech ("has said", "a déclaré", "hat gesagt").
AUXILIARIES = (
    "are", "were", "been", "has", "had", "have", "will", "would", "also", "later", "then",
    "again", "was", "is", "did", "does", "once", "reportedly", "previously", "simply", "a",
    "avait", "aurait",
    "ont", "aussi", "fait", "hat", "hatte", "habe", "auch", "ha", "había", "han", "también",
)  # fmt: skip

# French and Spanish pronouns of the object, before the verb: "se dit « écœuré »", "lo calificó",
# "Un violinista me dijo".
_CLITICS = ("se", "le", "la", "les", "lui", "leur", "lo", "los", "las", "me", "m’", "m'", "te",
            "nous", "vous", "nos", "os")  # fmt: skip


# French, German and Spanish adverbs news puts before a verb of speech ("a simplement dit").
_ADVERBS = (
    "simplement", "notamment", "également", "seulement", "récemment", "longuement", "vivement",
    "fermement", "clairement", "publiquement", "finalement", "déjà", "encore", "bien", "ensuite",
    "bereits", "schon", "ebenfalls", "zudem", "ya", "finalmente", "claramente", "después",
    "siempre", "nunca", "toujours", "jamais", "souvent", "immer", "nie", "oft",
)  # fmt: skip


def before_the_verb(word: str) -> bool:
    """Whether the word stands between a subject and its verb rather than ends the subject: an
    auxiliary, or an adverb ("always said", "repeatedly told")."""
    lower = re.sub(r"^[mtsl][’']", "", word.lower())  # "m’a", "l’avait": the auxiliary
    return lower in (*AUXILIARIES, *_CLITICS, *_ADVERBS) or (
        word.islower() and part_of_speech(word) == "RB"
    )


# Capitalised pairs that open sentences rather than name people ("In June", "The World").
NOT_FIRST_NAMES = {
    "the", "in", "on", "at", "a", "an", "this", "that", "for", "but", "and", "when", "while",
    "after", "before", "during", "as", "if", "by", "from", "with", "to", "his", "her", "their",
    "our", "its", "last", "next", "every", "since",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "le", "la", "les", "un", "une", "el",
    "los", "las", "una", *POSSESSIVES,
    # sentence adverbs and prepositions: "Siempre me decía", "Par hasard"
    "siempre", "luego", "después", "entonces", "ahora", "toujours", "alors", "puis", "ensuite",
    "par", "dann", "danach", "immer", "damals", "jetzt", "später", "so", "como", "comme", "wie",
    "así", "ainsi", "sur", "dans", "avec", "pour", "sous", "chez", "con", "para", "por", "auf",
    "mit", "für", "bei",
}  # fmt: skip

# The articles that open a role ("Die Regierung", "la ministra de Sanidad").
ARTICLES = (
    "the", "a", "an", "der", "die", "das", "ein", "eine", "le", "la", "les", "un", "une", "el",
    "los", "las", "una", "dem", "den",
)  # fmt: skip

# A role of one word in French, German or Spanish, a person's by its ending ("le boulanger", "la
# fleuriste", "der Bäckermeister", "die Wirtin", "el afilador", "la vecina"), not a body's ("la
# préfecture", "die Polizei", "der Verein", "el ayuntamiento").
PERSON_ROLE = re.compile(
    r"(?:(?i:le|la|l[’']|el)\s*(?![\w-]*ment\b)[a-zà-ÿ-]+(?:eur|euse|rice|ien|ienne"
    r"|iste|ante?|ente?|aire|ero|era|ora|or|ino|ina|er|(?<!st)ère)"
    r"|(?:le|la|l[’']|el)\s*(?:maire|ministre|préfet|médecin|chef|guide|élue?|patronne?|alcalde"
    r"|alcaldesa|médic[oa]|técnic[oa]|abogad[oa]|jef[ea]|concejala?|ministr[oa])"
    r"|(?i:der|die)\s+[A-ZÄÖÜ][\wäöüß-]*(?:er|erin|(?<!e)in|ist|istin|wirt|meister|mann|frau|arzt))$"
)


def plural_head(words: list[str]) -> bool:
    """Whether the words open with a plural noun ("fuentes del …") or are one after the words
    qualifying it ("local residents", "angry protesters")."""
    *qualifiers, last = words
    if plural_noun(words[0]):
        return True
    return plural_noun(last) and all(part_of_speech(w) in ("JJ", "NN") for w in qualifiers)


def plural_noun(word: str) -> bool:
    """A plural noun by the English lexicon, or a word it does not know that ends as plurals do
    in French and Spanish ("fuentes", "vecinos")."""
    kind = part_of_speech(word)
    return kind == "NNS" or (not kind and len(word) > 3 and word.endswith("s"))


# What opens a clause of its own inside a sentence: "…, as demonstrators shouted “…”".
_CLAUSE_OPENERS = ("as", "while", "when", "after", "before", "until", "where", "because", "since")


def plural_after_conjunction(tokens: list[str]) -> str:
    """The plural noun a clause of its own opens with, the speaker of a verb of speech after it
    ("…, as demonstrators shouted", "while angry residents chanted"); "" for anything else."""
    if len(tokens) < 2 or not plural_noun(tokens[-1]) or not tokens[-1].islower():
        return ""
    opener = len(tokens) - 2
    if part_of_speech(tokens[opener]) == "JJ":  # "angry residents"
        opener -= 1
    if opener < 0 or tokens[opener].lower() not in _CLAUSE_OPENERS:
        return ""
    return " ".join(tokens[opener + 1 :])
