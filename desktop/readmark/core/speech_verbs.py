"""The verbs of reported speech journalists use, in every form and tense, in English, French,
German and Spanish, and the words that credit what follows them ("according to", "laut")."""

from __future__ import annotations

import re

from readmark.core.quotation_marks import QUOTED

_IRREGULAR = {
    "say": "says said saying",
    "tell": "tells told telling",
    "write": "writes wrote written writing",
    "speak": "speaks spoke spoken speaking",
    "admit": "admits admitted admitting",
    "proclaim": "proclaims proclaimed proclaiming self-proclaimed",
    "beg": "begs begged begging",
    "slam": "slams slammed slamming",
    "dub": "dubs dubbed dubbing",
    "label": "labelled labelling labeled labeling",
    "refer": "refers referred referring",
    "sing": "sings sang sung singing",  # words of a song: its singer's
}
# Verbs of reported speech, every form ("warns", "warned", "warning").
_VERBS = (
    "acknowledge agree allege announce argue assert boast concede confirm contend declare deny "
    "describe quip retort "
    "exclaim explain exhort insist liken maintain observe plead predict recall reply respond "
    "testify urge vow warn reassure assure threaten reveal recount yell scream mutter murmur croon "
    # … and those that pin a quoted word on something ("dismissed the report as “nonsense”")
    "denounce condemn hail praise criticise criticize characterise characterize dismiss decry "
    "lament fume scoff define "
    # … and those that report an order, a charge or a repeat ("instructed staff to refuse …")
    "accuse emphasise emphasize instruct reiterate"
)
# Verbs that are also nouns ("the report", "two states"): their past and -ing forms only.
_NOUN_VERBS = (
    "add ask call claim comment complain demand joke note promise remark report state stress tweet "
    "cry shout whisper pledge counter sigh brand term blast post answer caution thank welcome "
    "chant rap mock ridicule "
    # … and a sound or gesture made while speaking ("“…,” Bray laughs.")
    "laugh chuckle smile"
)


def _forms(verb: str) -> list[str]:
    if verb.endswith("e"):
        return [verb, verb + "s", verb + "d", verb[:-1] + "ing"]
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return [verb, verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
    if verb.endswith(("sh", "ss", "ch")):
        return [verb, verb + "es", verb + "ed", verb + "ing"]
    return [verb, verb + "s", verb + "ed", verb + "ing"]


# French, German and Spanish verbs of speech, in the forms news uses.
_FRENCH_SPEECH = (
    "dit déclaré déclare affirmé affirme expliqué explique ajouté ajoute assuré assure souligné "
    "souligne indiqué indique précisé précise confié confie raconté raconte répondu répond estimé "
    "estime lancé lance martelé martèle insisté insiste enchaîné poursuivi poursuit répondit "
    "demanda lança ajouta reprit expliqua déclara affirma reconnu reconnaît admis admet concédé "
    "concède regretté regrette dénoncé dénonce rappelé rappelle témoigné témoigne résumé résume "
    "averti avertit prévenu prévient commenté commente tranché tranche qualifié qualifie jugé "
    "annoncé annonce promis promet réagi réagit s'exclame glisse savoir disent affirment "
    "expliquent estiment assurent dénoncent témoignent racontent disait expliquait racontait "
    "confiait affirmait déplore déploré déplorent avoue avoué observe observé rétorque rétorqué "
    "nuance nuancé conclut renchérit renchéri confirme confirmé fustige fustigé ironise ironisé "
    "plaide plaidé soupire soupiré s’inquiète s'inquiète s’insurge s'insurge lâche lâché tacle "
    "taclé assène asséné tempère tempéré évoque évoqué évoquent parle parlé s’agace s'agace "
    "s’emporte s'emporte souffle soufflé glisse glissé détaille détaillé relève relevé signale "
    "signalé soutient soutenu considère répète répété interroge interrogé s’interroge s'interroge "
    "s’étonne s'étonne s’indigne s'indigne s’alarme s'alarme écrit écrivait ajoutent précisent "
    "soulignent indiquent déclarent répétait ajoutait assurait lançait demandé demandait "
    "demandent disant pense pensait croit craint espère salue salué dis disais appuie appuyé "
    "abonde abondé complète complété exprime exprimé exprimait"
)
_GERMAN_SPEECH = (
    "sagte sagt gesagt erklärte erklärt betonte betont meinte meint schrieb berichtete antwortete "
    "warnte kritisierte bestätigte zufolge erzählt erzählte ergänzt ergänzte fordert forderte "
    "bekräftigte versicherte beklagte räumte fügte teilte kommentierte bezeichnete bezeichnet "
    "nannte nennt sprach spricht sagen sagten erklärten betonten warnten kritisierten forderten "
    "berichteten kündigte kündigt warnt kritisiert bestätigt berichtet antwortet schreibt "
    "versichert beklagt verspricht versprach mahnt mahnte unterstreicht unterstrich mitteilte "
    "mitteilten mitgeteilt erläuterte erläutert schildert schilderte beschreibt beschrieb fragt "
    "fragte lobt lobte gesteht gestand entgegnete entgegnet widersprach widerspricht argumentiert "
    "argumentierte verweist verwies resümiert resümierte bilanziert bilanzierte erinnert erinnerte "
    "klagt klagte appelliert appellierte findet fand glaubt glaubte hofft hoffte fürchtet "
    "befürchtet befürchtete"
)
_SPANISH_SPEECH = (
    "dijo dice afirmó afirma declaró declara explicó explica aseguró asegura señaló señala añadió "
    "indicó sostuvo sostiene manifestó agregó expresó comentó advirtió advierte respondió destacó "
    "insistió insiste enfatizó cuenta contó subrayó subraya calificó califica relata relató "
    "reconoció reconoce admitió apuntó apunta precisó recordó recuerda denunció lamentó criticó "
    "opina opinó defendió defiende concluyó preguntó exclamó declarado explicado afirmado "
    "asegurado señalado añadido indicado manifestado comentado advertido respondido destacado "
    "subrayado reconocido admitido precisado recordado denunciado lamentado criticado defendido "
    "insistido aseguran afirman señalan explican indican dicen cuentan denuncian advierten "
    "reconocen insisten contaba decía explicaba recordaba aseguraba relataba explicaron dijeron "
    "afirmaron aseguraron señalaron indicaron advirtieron denunciaron reconocieron insistieron "
    "declararon manifestaron añadieron destacaron confiesa confesó admite resume resumió zanja "
    "zanjó sentencia sentenció ironiza ironizó protesta protestó lamenta celebra celebró añade "
    "agrega detalla detalló matiza matizó pide pidió reclama reclamó exige exigió alerta alertó "
    "avisa avisó recalca recalcó remarcó puntualizó aclara aclaró narra narró describió escribe "
    "escribió reitera reiteró valora valoró informa informó anuncia anunció bromea bromeó instó "
    "preguntan preguntaba soltó suelta cree creía considera teme temía pedido prometido "
    "criticado reclamado exigido celebrado anunciado lamentado"
)
# Turns of speech of more than one word: "se queja Pedro", "heißt es in einer Mitteilung", "peut-on
# lire sur le site" (what a page or a document says).
_SPEECH_PHRASES = (
    "se queja", "se quejó", "se lamenta", "se lamentó", "heißt es in", "heißt es im",
    "hieß es in", "hieß es im", "heißt es aus", "hieß es aus", "peut-on lire sur",
    "peut-on lire dans", "lit-on sur", "lit-on dans", "est-il écrit dans", "se lee en",
    "fait valoir", "fait remarquer", "fait observer", "se félicite", "se réjouit", "se désole",
)  # fmt: skip


def _plurals(verbs: str, finals: str, ending: str) -> set[str]:
    """The third person plural of the present and imperfect forms listed in the singular
    ("lamenta": "lamentan", "raconte": "racontent"): people speak together too."""
    return {v + ending for v in verbs.split() if v[-1] in finals}


_SPANISH_PLURALS = _plurals(_SPANISH_SPEECH, "ae", "n")
_FRENCH_PLURALS = _plurals(_FRENCH_SPEECH, "e", "nt")  # not "demanda": "demandant"
# Spanish drops a subject the paragraph has named ("“…”, explica."): the verb alone credits them.
SUBJECTLESS_SPEECH = frozenset(_SPANISH_SPEECH.split()) | _SPANISH_PLURALS
# French, German and Spanish put the subject after the verb once a clause has come first ("Auf
# die Frage, ob …, antwortete der Minister:").
INVERTED_SPEECH = frozenset(f"{_FRENCH_SPEECH} {_GERMAN_SPEECH} {_SPANISH_SPEECH}".split()) | (
    _SPANISH_PLURALS | _FRENCH_PLURALS
)
# Words that credit what follows them, as "according to" does.
ACCORDING_TO = (
    "according to", "in the words of", "selon", "d’après", "d'après", "laut", "nach angaben",
    "nach ansicht von", "nach ansicht", "nach einschätzung von", "nach einschätzung",
    "nach worten von", "nach den worten", "según", "de acuerdo con", "en palabras de",
    "a juicio de", "en opinión de",
)  # fmt: skip

_SPEECH_WORDS = sorted(
    {w for v in _VERBS.split() for w in _forms(v)}
    | {w for v in _NOUN_VERBS.split() for w in _forms(v)[2:]}
    | {w for v, forms in _IRREGULAR.items() for w in [v, *forms.split()]}
    | INVERTED_SPEECH
    | set(_SPEECH_PHRASES),
    key=len,
    reverse=True,
)
# Their present ("she notes") where it cannot be a plural noun: where the attribution ends
# ("“…,” Smith notes."), or before "that" for those seldom a noun there ("the report notes that").
_NOUN_VERBS_PRESENT = "|".join(_forms(v)[1] for v in _NOUN_VERBS.split())
# Speech going on, where the attribution ends ("“…,” Doe continued.", "she went on: “…”").
_GOING_ON = "continued|continues|went on|goes on"
# Where a clause ends, as an incise does ("“…,” Smith notes.").
_AT_CLAUSE_END = r"(?=\s*[.,;:!?—–]|\s*$)"
# "believes" introduces a view as often as speech ("‘Yes,’ believes Luke Coffey").
SPEECH_VERB = re.compile(
    r"\b(?:" + "|".join(map(re.escape, [*_SPEECH_WORDS, "believes", "believed"])) + r")\b"
    rf"|\b(?:{_NOUN_VERBS_PRESENT}|{_GOING_ON}){_AT_CLAUSE_END}"
    r"|\b(?:adds|asks|notes|stresses|demands|claims) that\b"
    # … and after a relative pronoun, a verb: "a charity that claims to help", "who notes"
    rf"|(?<=\bwho )(?:{_NOUN_VERBS_PRESENT})\b"
    rf"|(?<=\bthat )(?:{_NOUN_VERBS_PRESENT})(?=\s+(?:to\s+(?!(?:the|a|an)\b)[a-z]|it\b))"
    # … and their plural present, "claim" aside (a noun as often: "the claim that")
    r"|\b(?:add|ask|note|stress|demand) that\b"
    r"|\breasons that\b|\bput it\b|\b(?:find|found|finds|conclude|concluded|concludes) that\b"
    r"|\b(?:show|shows|showed|shown|suggest|suggests|indicate|indicates) that\b"
    r"|\bcalls?(?= (?:it|them|this|that|him|her)\b)"  # what something is called
    # what a sign or a statement reads ("reads:", "“…,” read a statement from …")
    r"|\breads?(?=:|\s*[“\"‘]|\s*[.,;]|\s+(?:a|the)\s+(?:\w+\s+)?(?:statement|letter|message|note|sign"
    r"|lawsuit|petition|complaint|post|ruling|order|indictment)\b)"
    r"|(?<!\w)(?:" + "|".join(ACCORDING_TO) + r")(?!\w)",
    re.IGNORECASE,
)
# The present forms that are also plural nouns, where a clause ends: an incise ("“…,” Bray
# posts.") or a noun ("between the lamp posts, and …"); an incise follows a quotation.
_CLAUSE_END_PRESENT = re.compile(rf"\b(?:{_NOUN_VERBS_PRESENT}){_AT_CLAUSE_END}", re.I)


def speech_in(sentence: str) -> re.Match[str] | None:
    """SPEECH_VERB's first match in a whole sentence that is speech: a plural noun ending a
    clause ("the shop counters.") counts only after a quotation."""
    for verb in SPEECH_VERB.finditer(sentence):
        if not _CLAUSE_END_PRESENT.match(sentence, verb.start()):
            return verb
        if QUOTED.search(sentence, 0, verb.start()):
            return verb
    return None
