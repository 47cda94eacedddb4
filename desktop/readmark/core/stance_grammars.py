"""The cues of stance in French and German grammar, one Grammar per language (Spanish's in
core/stance_spanish.py), read by core/stance_languages.py; the judging words they name are in
core/stance_words.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from readmark.core.stance_words import (
    FRENCH_ATTITUDES,
    GERMAN_ATTITUDES,
    alternation,
)


@dataclass(frozen=True)
class Grammar:
    """A language's cues of stance, in the order they are tried (see judge_in)."""

    own_view: re.Pattern[str]  # the writer's first person: "je pense", "ich finde"
    attitude: re.Pattern[str]  # an attitude or certainty adverb: "malheureusement", "leider"
    # A belief credited to someone: "les syndicats estiment que", "hält den Plan für", "se
    # mostró optimista".
    credited_view: re.Pattern[str]
    # A turn that judges whatever it is said of: "il est temps", "es wäre besser", "es hora de".
    judgement: re.Pattern[str]
    # Obligation and hedges are the writer's unless a source is reported, or a date or a
    # figure makes them a plan on record ("le chantier doit s'achever en 2026").
    obligation: re.Pattern[str]  # "il faut", "sollte", "hay que"
    hedge: re.Pattern[str]  # "peut-être", "vielleicht", "quizás", a conditional
    # An intensified adjective, as in English ("so angry"): "très dangereux", "muy injusto".
    intensified: re.Pattern[str]
    # A superlative of value, or a French thing summed up ("La lecture, c'est …"), unless a
    # figure makes it a record: "le pire", "das Beste".
    valued: re.Pattern[str]
    # A linking verb before an adjective, or before a noun and its adjective (its "modifier"),
    # each judged by the language's evaluative words: "le spectacle est magnifique", "c'est une
    # honte".
    predicate: re.Pattern[str]
    # What will happen, the writer's guess unless scheduled or reported: "va changer".
    prediction: re.Pattern[str]
    # A clause of its own that a prediction in it describes: "une ligne qui reliera …".
    relative: re.Pattern[str]
    # A past event, for a claim: "a voté", "wurde gebaut", "aprobó".
    past: re.Pattern[str]


_FR = "a-zàâçéèêëîïôûùüÿœ"
_DE = "a-zäöüß"
_WORD = {"fr": rf"[{_FR}-]+", "de": rf"[{_DE}]+"}

FRENCH = Grammar(
    own_view=re.compile(
        r"\b(?i:je|nous)\s+(?:ne\s+)?(?:pense|crois|trouve|estime|souhaite|regrette|doute|"
        r"crains|considère|préfère|déteste|adore|voudrais|veux|sais|pensons|croyons|trouvons|"
        r"estimons|souhaitons|regrettons|craignons|considérons|préférons|voudrions|voulons|"
        r"savons|"
        rf"(?:suis|sommes)\s+(?:{alternation(FRENCH_ATTITUDES)}|sûre?s?|certaine?s?))\b"
        r"|\b(?i:on\s+(?:ne\s+)?(?:veut|sait|pense|croit|espère))\b"
        r"|\b(?i:j[’'](?:estime|espère|ai\s+peur|ai\s+l[’']impression|adore|aime|aimerais|"
        r"en\s+suis\s+(?:convaincue?|sûre?|certaine?)))\b"
        r"|\b(?i:à\s+(?:mon|notre)\s+(?:avis|sens)|selon\s+moi|pour\s+ma\s+part)\b"
        r"|(?:^|[,;:]\s*)[Pp]our\s+moi\b"
    ),
    attitude=re.compile(
        r"\b(?:malheureusement|heureusement|évidemment|hélas|bien\s+sûr|sans\s+doute|certes|"
        r"curieusement|étonnamment|forcément|manifestement|incontestablement|assurément|"
        r"à\s+juste\s+titre|à\s+tort)\b"
        # "enfin" inside a clause is relief ("ont enfin compris"); "Enfin, …" opens a last point.
        r"|(?<=\w\s)enfin\b(?!\s*,)",
        re.IGNORECASE,
    ),
    credited_view=re.compile(
        r"\b(?:estime(?:nt)?|pense(?:nt)?|croi(?:en)?t|juge(?:nt)?|craign?(?:en)?t|"
        r"regrette(?:nt)?|considère(?:nt)?|redoute(?:nt)?|déplore(?:nt)?|espère(?:nt)?|"
        r"souhaite(?:nt)?|doute(?:nt)?)\s+(?:que|qu[’'])"
        # … its object the view: "les commerçants craignent une baisse".
        r"|\b(?:craint|craignent|redoute(?:nt)?|déplore(?:nt)?|dénonce(?:nt)?|critiquent|"
        r"regrette(?:nt)?|"
        r"fustige(?:nt)?|s[’']inquiète(?:nt)?|s[’']indigne(?:nt)?|se\s+réjouit|se\s+réjouissent|"
        r"se\s+félicite(?:nt)?|s[’']alarme(?:nt)?)\b"
        # … a verb of judgement in an incise: "…, estime le maire".
        r"|,\s+(?:estime|juge|pense|considère|croit|regrette|déplore|espère|redoute|craint|"
        r"se\s+réjouit|s[’']inquiète|s[’']indigne|se\s+félicite)(?:nt)?(?:-t-\w+|-\w+)?\s"
        r"|\b(?i:selon\s+(?:lui|elle|eux|elles)|à\s+(?:ses|leurs)\s+yeux|aux\s+yeux\s+d)"
        r"|(?:^|[,;:]\s*)[Pp]our\s+(?:lui|elle|eux|elles)\s*,"
        r"|\bse\s+(?:dit|disent|disait|montre|montrent|montrait|déclare|déclarent)\s+"
        rf"(?:(?:très|plutôt|assez|plus|moins)\s+)?(?:{alternation(FRENCH_ATTITUDES)})\b"
        # … or a word someone labels it with: "il parle d'un « gâchis »", "se dit « écœuré »",
        # "seraient « méconnaissables »" (a state foreseen in their words).
        r"|\b(?:parle|parlent|parlait|parlé)\s+(?:d[e’']|du|des)\s*[^.!?]*?…"
        r"|\bse\s+(?:dit|disent|disait|montre|montrent|montrait|déclare|déclarent)\s+…"
        r"|\b(?:serait|seraient)\s+…"
        # … what someone believes in or not, or praises: "L'opposition n'y croit pas", "ne
        # tarit pas d'éloges".
        r"|\b(?:n[’']\s*)?y\s+(?:croit|croient|croyait|croyaient)\b"
        r"|\btarit\s+pas\s+d[’']éloges\b"
        # … what someone feels, doubts or expresses, or is not convinced by: "se sent
        # désarmée", "se posent des questions", "exprime ses doutes", "n'ont pas convaincu".
        r"|\bse\s+(?:sent|sentent|sentait|sentaient)\b"
        r"|\bse\s+(?:pose|posent|posait|posaient)\s+(?:des|beaucoup\s+de|la|les)\s+questions?\b"
        r"|\b(?:ont|a|avait|avaient)\s+des\s+doutes\b"
        r"|\b(?:exprime|expriment|exprimait|exprimé)\s+(?:\w+\s+){0,2}?(?:doutes?|inquiétudes?|"
        r"craintes?|colère|regrets?|satisfaction|espoirs?)\b"
        r"|\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){0,3}?convaincu"
    ),
    judgement=re.compile(
        r"\b(?i:il\s+(?:est|était|serait)\s+(?:grand\s+|plus\s+que\s+)?temps"
        r"|il\s+(?:vaut|vaudrait|vaudra)\s+mieux|mieux\s+vaut|on\s+ne\s+peut\s+pas)\b"
        # … set phrases of right and wrong, sense and cost: "a raison de", "n'a aucun sens".
        r"|\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?:bien\s+|eu\s+)?(?:raison|tort)\b"
        r"|\bn[’']a\s+(?:aucun|pas\s+de|plus\s+de|guère\s+de)\s+sens\b"
        r"|\b(?:dans|sur)\s+la\s+(?:bonne|mauvaise)\s+(?:direction|voie)\b"
        r"|\bco[ûu]t\w*\s+(?:une\s+fortune|(?:très\s+|trop\s+|bien\s+)?cher)\b"
        # … and what is done anyhow: "pas n'importe quoi", "fait n'importe comment".
        r"|\bn[’']importe\s+(?:quoi|comment)\b"
    ),
    obligation=re.compile(
        r"\b(?i:il\s+(?:faut|faudrait|faudra))\b"
        r"|\b(?:doit|doivent|devrait|devraient|devrions|devons|mérite|méritent)\b"
        r"|\b(?:a|ont|avons)\s+besoin\b"
    ),
    hedge=re.compile(
        r"\b(?:pourrait|pourraient|serait|seraient|aurait|auraient|semble|semblent|"
        r"(?i:peut-être|probablement))\b"
        # … and a risk foreseen: "le projet risque de coûter cher" (not "le risque de").
        r"|(?<!\ble\s)(?<!\bun\s)(?<!\bdu\s)(?<!\bce\s)\brisque(?:nt)?\s+d[e’']"
        # … how it sounds or looks to the writer: "ça ressemble à un aveu", "a l'air d'un
        # recul", "on dirait"; and what follows otherwise: "Sinon, la ville paiera."
        r"|\b(?:ressemble|ressemblent|ressemblait|sonne|sonnent|sonnait)\s+(?:\w+\s+)?"
        r"(?:à|comme)\b|\b(?:a|ont|avait)\s+(?:tout\s+)?l[’']air\s+d|\b(?i:on)\s+dirait\b"
        r"|^(?:Sinon|Autrement|Faute\s+de\s+quoi|À\s+défaut)\b"
    ),
    # … and excess, which judges whatever it measures ("trop tôt", "trop peu").
    intensified=re.compile(
        rf"\btrop\s+[{_FR}-]{{3,}}\b"
        r"|\b(?:très|tellement|extrêmement|profondément|particulièrement|terriblement|"
        r"incroyablement|vraiment)\s+(?!(?:peu|beaucoup|longtemps|tôt|souvent|loin|près|vite|"
        # (… nor a speed or a frequency, measures: "très rapidement", "très régulièrement")
        r"rapidement|lentement|régulièrement|fréquemment|récemment|"
        rf"bien|mal|nombreu\w*)\b)[{_FR}-]{{3,}}\b"
    ),
    valued=re.compile(
        # (not the worst outcome avoided: "pour éviter le pire")
        r"(?<!\béviter\s)\b(?i:(?:le|la|les|leur|leurs|son|sa|ses|notre|nos|mon|ma|mes)\s+"
        r"(?:pire|pires|meilleure?s?|mieux))\b"
        # … or a thing summed up by "c'est" after it: "La lecture, c'est une liberté" (not a
        # place or a time: "À l'intérieur de l'usine, c'est du plastique qui a brûlé").
        r"|^(?!(?:À|Au|Aux|Dans|En|Sur|Sous|Par|Avec|Depuis|Pendant|Après|Avant|Chez|Entre)\b)"
        r"[^,]{3,60},\s+(?:c[’']est|c[’']était|ce\s+sont|ce\s+n[’']est)\b"
    ),
    predicate=re.compile(
        r"\b(?:est|sont|était|étaient|été|sera|seront|serait|seraient|semble|semblent|paraît|"
        r"reste|restent|demeure|devient)\s+(?:pas\s+|plus\s+)?"
        r"(?:(?:très|trop|si|plutôt|assez|vraiment|tout|bien|tellement)\s+)?"
        # (an article is a word of its own: "dur", "lamentable" are adjectives, not "du r")
        r"(?:(?:(?:une?|la|le|des|du)\s+|l[’']\s*)(?:(?:vraie?|véritable|grande?|sacrée?)\s+)?"
        rf"(?P<noun>{_WORD['fr']})(?:\s+(?P<modifier>{_WORD['fr']}))?"
        rf"|(?P<adjective>{_WORD['fr']}))\b"
    ),
    prediction=re.compile(
        r"\b(?:va|vont|vais|allons|allez)\s+(?:(?:ne|pas|plus|jamais|encore|enfin|bientôt|"
        rf"vraiment|certainement|forcément)\s+){{0,2}}[{_FR}]+(?:er|ir|re|oir)\b"
        rf"|\b[{_FR}]+(?:era|eront|ira|iront|dra|dront|rra|rront)\b"
        r"|\b(?:sera|seront|serai|serons|aura|auront|fera|feront|saura|sauront|devra|devront|"
        r"pourra|pourront|faudra|vaudra|verra|verront|mettra|mettront)\b"
    ),
    relative=re.compile(r"\b(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b"),
    past=re.compile(
        # (… past a measure, "a en grande partie ravagé", and a modal's, "ont dû dormir")
        r"(?<![Yy]\s)\b(?:a|ont|avait|avaient)\s+(?:(?:déjà|été|aussi|également|"
        r"finalement|récemment|longtemps|toujours|pas|jamais|bien|enfin|en\s+(?:grande\s+)?partie|"
        r"entièrement|complètement|totalement)\s+)?(?!(?:peu|lieu|du|plus|tu)\b)"
        rf"[{_FR}]+(?:é|ée|és|ées|i|is|ise|it|u|û|ue|us|ert|erte|ort|int)\b"
        r"|\b(?:est|sont)\s+(?:né|née|nés|mort|morte|arrivée?s?|partie?s?|venue?s?|"
        r"devenue?s?|entrée?s?|tombée?s?|restée?s?|allée?s?|décédée?s?)\b"
        rf"|\b[{_FR}]{{2,}}(?:èrent|irent|urent)\b"
    ),
)

GERMAN = Grammar(
    own_view=re.compile(
        r"\b(?:[Ii]ch|[Ww]ir)\s+(?:finde|glaube|denke|meine|hoffe|fürchte|bezweifle|halte|"
        r"liebe|mag|will|möchte|weiß|wünsche\s+mir|frage\s+mich|finden|glauben|denken|meinen|"
        r"hoffen|fürchten|bezweifeln|halten|lieben|mögen|wollen|möchten|wissen|wünschen\s+uns|"
        r"vermute|vermuten|schätze|schätzen|befürchte|befürchten|zweifle|zweifeln|"
        r"ha(?:be|ben)\s+(?:das\s+Gefühl|den\s+Eindruck)|"
        rf"(?:bin|sind)\s+(?:sehr\s+|so\s+)?(?:{alternation(GERMAN_ATTITUDES)}|sicher|stolz))\b"
        r"|\b(?:finde|glaube|denke|meine|hoffe|fürchte|halte|vermute|schätze|bezweifle|"
        r"befürchte|wünsche|bedaure|will|möchte)\s+ich\b"
        r"|\b(?:finden|glauben|denken|meinen|hoffen|fürchten|halten|bezweifeln|befürchten|"
        r"wünschen)\s+wir\b"
        # … with the verb before it, as an answer puts it: "Da bin ich skeptisch", "Das kann
        # ich mir nicht vorstellen", "Da habe ich Zweifel", "Mich ärgert, dass …".
        r"|\b(?:bin\s+ich|sind\s+wir)\s+(?:mir\s+|uns\s+)?(?:\w+\s+)?"
        rf"(?:{alternation(GERMAN_ATTITUDES)}|sicher|stolz)\b"
        r"|\b(?:[Ii]ch|[Ww]ir|kann|können|könnte|könnten)\s+(?:(?:ich|wir|kann|können|könnte|"
        r"könnten)\s+)?(?:mir|uns)\s+(?:\w+\s+){0,3}?vorstellen\b"
        r"|\b(?:[Ii]ch\s+habe|habe\s+ich|[Ww]ir\s+haben|haben\s+wir)\s+(?:\w+\s+){0,2}?"
        r"(?:Angst|Sorge|Sorgen|Zweifel|Hoffnung|Bedenken)\b"
        r"|\b(?:[Mm]ich|[Uu]ns)\s+(?:ärgert|ärgerte|freut|freute|stört|störte|wundert|wunderte|"
        r"beunruhigt|überrascht|überraschte|erschreckt|beeindruckt|enttäuscht)\b"
        r"|\b(?:hat|haben)\s+(?:mich|uns)\s+(?:\w+\s+)?(?:überrascht|geärgert|gefreut|gestört|"
        r"gewundert|beunruhigt|erschreckt|beeindruckt|enttäuscht)\b"
        r"|\b(?:[Mm]einer\s+(?:Meinung|Ansicht)\s+nach|[Mm]eines\s+Erachtens|"
        r"[Aa]us\s+meiner\s+Sicht|[Mm]ir\s+gefällt|gefällt\s+mir)\b"
        r"|(?:^|[,;:]\s*)[Ff]ür\s+mich\b"
        # … how the speaker sees it or advises: "Das sehe ich genauso", "Wir sehen das
        # gelassen", "Das kann ich nur empfehlen", "Ich rate jedem, …".
        r"|\b(?:sehe\s+ich|sehen\s+wir|[Ii]ch\s+sehe|[Ww]ir\s+sehen)\s+(?:\w+\s+){0,2}?"
        r"(?:genauso|ähnlich|anders|kritisch|gelassen|positiv|negativ|skeptisch|entspannt)\b"
        r"|\b(?:[Ii]ch|[Ww]ir)\s+(?:empfehle|empfehlen|rate|raten)\b"
        r"|\b(?:kann|können)\s+(?:ich|wir)\s+(?:\w+\s+){0,3}?(?:empfehlen|raten)\b"
    ),
    attitude=re.compile(
        r"\b(?:leider|glücklicherweise|zum\s+Glück|natürlich|sicherlich|hoffentlich|"
        r"offensichtlich|offenbar|anscheinend|scheinbar|zweifellos|bedauerlicherweise|erstaunlicherweise|"
        r"selbstverständlich|ausgerechnet|immerhin|freilich|endlich|zu\s+Recht|zu\s+Unrecht|"
        r"dummerweise|ärgerlicherweise|verständlicherweise|bezeichnenderweise|gottlob|"
        r"Gott\s+sei\s+Dank|"
        # … and the certainty of an answer: "auf jeden Fall", "keineswegs", "mit Sicherheit".
        r"auf\s+jeden\s+Fall|auf\s+keinen\s+Fall|keineswegs|keinesfalls|mit\s+Sicherheit|"
        r"ohne\s+Zweifel|kein(?:en)?\s+Zweifel|definitiv|garantiert|"
        # … and the frankness an answer opens with: "Ehrlich gesagt", "offen gestanden".
        r"(?:ehrlich|offen)\s+(?:gesagt|gestanden)|zugegeben(?:ermaßen)?|"
        # … and an answer's short reply: "Eher nicht.", "Ganz im Gegenteil.", "Schwer zu sagen."
        r"eher\s+nicht|im\s+Gegenteil|schwer\s+zu\s+sagen)\b",
        re.IGNORECASE,
    ),
    credited_view=re.compile(
        # (… not the possessive, "Über meinen Onkel", "meinen alten Nachbarn")
        r"\b(?:meint|meinen(?!\s+(?:[A-ZÄÖÜ]|[a-zäöüß]+en\s+[A-ZÄÖÜ]))|glaubt|glauben|befürchtet|"
        r"befürchten|fürchtet|fürchten|"
        r"bezweifelt|bezweifeln|hofft|hoffen|kritisiert|kritisieren|bemängelt|bemängeln|"
        r"beklagt|beklagen|warnt|warnen|vermutet|vermuten|lobt|loben|"
        # … in the past a report tells it in ("kritisierte der Landrat", "warnten Experten").
        r"(?:meint|glaubt|befürchtet|fürchtet|bezweifelt|hofft|kritisiert|bemängelt|beklagt|"
        r"warnt|vermutet|lobt)en?)\b"
        # … and what someone calls it: "nannte den Plan „unausgegoren“", "bezeichnete ihn als".
        r"|\b(?:nennt|nennen|nannte|nannten|bezeichnet|bezeichnen|bezeichnete|bezeichneten)\b"
        r"[^.!?]*?(?:…|\bals\b)"
        # … or speaks of it in a word of their own: "Er spricht von einem „Schildbürgerstreich“",
        # "sagt, es sei „das Beste“", "mein Honig schmecke „nach Sommerwiese“" (the reported
        # verb's own words quoted; not an auxiliary's, "werde „2027“ beginnen", "habe „…
        # verloren“": a plan, an event).
        r"|\b(?:spricht|sprechen|sprach|sprachen)\s+von\s+[^.!?]*?…"
        r"|\b(?:sei|seien|wäre|wären|gebe|bleibe|mache|schmecke|klinge|wirke|"
        r"reiche|fehle|passe)\s+(?:(?:dann|nun|jetzt|schon|noch|nur|wohl|bereits|längst|"
        r"einfach|eher|ja|doch)\s+)?…"
        # … and what someone finds: "findet, die Fähre habe …" (not "findet am Samstag statt").
        r"|\b(?:findet|finden|fand|fanden)\s*,"
        # … a view held by many, opening the sentence: "Für viele Ältere ist der Laden …".
        r"|(?:^|[,;:]\s*)[Ff]ür\s+(?:viele|manche|die\s+meisten)\b"
        r"|\b(?:ist|sind|zeigte?n?\s+sich|zeigt\s+sich|zeigen\s+sich)\s+(?:\w+\s+){0,2}?"
        rf"(?:{alternation(GERMAN_ATTITUDES)})\b"
        # … someone holding something for what it is: "hält den Plan für gescheitert".
        # (… "halte" in reported speech too: "Er halte das für einen Fehler".)
        r"|\b(?:hält|halte|halten|hielt|hielten)\s+(?:\w+\s+){1,4}?für\s+(?!\d)"
        # (… in the first person too: "Ich gehe davon aus", "Ich erwarte, dass".)
        r"|\b(?:erwarte|erwartet|erwarten|rechne|rechnet|rechnen)\s*,?\s+(?:fest\s+)?"
        r"(?:dass|damit|mit)\b"
        r"|\b(?:gehe|geht|gehen)\s+(?:\w+\s+)?davon\s+aus\b"
        # … or seeing a risk or a chance in it: "Kritiker sehen darin eine Gefahr".
        r"|\b(?:sehe|sehen|sieht|sah|sahen)\s+(?:\w+\s+){0,3}?(?:Gefahr|Gefahren|Risiko|"
        r"Risiken|Chance|Chancen|Handlungsbedarf|Nachholbedarf)\b"
        r"|\bder\s+(?:Meinung|Ansicht|Auffassung|Überzeugung)\b"
        # … or the view named as whose it is: "Nach Ansicht der Fachleute ist …".
        r"|\b[Nn]ach\s+(?:Ansicht|Meinung|Auffassung|Einschätzung)\b"
        # … or feeling it: "fühlen sich im Stich gelassen", "machen sich Sorgen", "die Angst
        # vor … ist groß".
        r"|\b(?:fühlt|fühlen|fühlte|fühlten|sorgt|sorgen|sorgte|sorgten|ärgert|ärgern)\s+sich\b"
        r"|\b(?:zweifelt|zweifeln|zweifelte|zweifelten|vermisst|vermissen)\b"
        r"|\b(?:wirft|werfen|warf|warfen)\s+[^.!?]*?\bvor\b"
        r"|\b(?:macht|machen|machte|machten)\s+sich\s+(?:\w+\s+)?Sorgen\b"
        # … or liking it: "die Arbeit macht ihr Spaß", "ihm gefällt das Dorf".
        r"|\b(?:macht|machen|machte|machten|mache)\s+(?:(?:ihm|ihr|ihnen|mir|uns|allen|viel|"
        r"großen|große|keine|keinen|richtig|noch|immer|das|mir|uns)\s+){0,3}(?:Spaß|Freude|Sorgen|Angst|"
        r"Mut|Hoffnung)\b"
        r"|\b(?:gefällt|gefallen|gefiel|gefielen)\s+(?:ihm|ihr|ihnen|den|der)\b"
        r"|\b(?:liebt|lieben|liebte|liebten|hasst|hassen|hasste|hassten)\b"
        r"|\b(?:[Ii]hm|[Ii]hr|[Ii]hnen)\s+(?:gefällt|gefiel)\b"
        r"|\b(?:Angst|Sorge|Sorgen|Freude|Wut|Enttäuschung|Empörung|Ärger|Unmut|Frust|"
        r"Erleichterung|Skepsis|Verunsicherung|Verärgerung|Begeisterung|Kritik|Solidarität|"
        r"Hilfsbereitschaft|Zusammenhalt|Trauer|Verzweiflung|Betroffenheit)\b[^,.;:!?]*?"
        r"\b(?:(?:ist|sind|war|waren|bleibt)\s+(?:(?:sehr|noch|überall|entsprechend)\s+)?"
        r"(?:groß|riesig|gewaltig|spürbar|enorm)|wächst|wuchs|nimmt\s+zu|wird\s+lauter)\b"
        # … or wondering: "Viele fragen sich, warum …".
        r"|\b(?:fragt|fragen|fragte|fragten)\s+sich\b"
    ),
    judgement=re.compile(
        r"\b(?i:es\s+(?:ist|wäre|wird)\s+(?:höchste\s+|allerhöchste\s+)?Zeit)\b"
        r"|\b(?i:es\s+wäre)\s+(?:\w+\s+)?(?:besser|gut|schön|klüger|sinnvoll|falsch|ein\s+Fehler)\b"
        r"|\b(?i:gut|schön|sinnvoll|wünschenswert|vernünftig|angebracht|klug)\s+wäre\b"
        # … what is not true ("Nur stimmt es so nicht"), a general truth in a free relative
        # ("Wer das Bad schließt, nimmt in Kauf, …"), a pseudo-cleft that weighs ("Was fehlt,
        # ist …").
        r"|\bstimmt\s+(?:es\s+|das\s+)?(?:so\s+|einfach\s+|schlicht\s+|aber\s+)?nicht\b"
        r"|^(?:Das|Dies|Es)\s+stimmt\b"  # … or is: "Das stimmt bis heute."
        # … what is not enough ("Deiche allein reichen nicht"), and agreeing with it.
        # (in reported speech too: "Das Paket reiche längst nicht aus").
        r"|\b(?:reicht|reichen|reichte|reichten|reiche|genügt|genügen|genügte|genüge)\s+"
        r"(?:\w+\s+){0,2}?"
        r"(?:nicht|kaum|nie)(?=\s*(?:[,.;:!?]|aus\b|für\b|um\b))"
        r"|\b(?:[Ii]ch|[Ww]ir)\s+(?:\w+\s+){0,3}?zustimmen\b"
        r"|\b(?:stimme\s+ich|stimmen\s+wir|[Ii]ch\s+stimme|[Ww]ir\s+stimmen)\b[^.!?]*\bzu\b"
        r"|^Wer\s[^,?]+,\s*(?:der\s+)?[a-zäöüß]+"
        r"|^Was\s+(?:\w+\s+)?(?:fehlt|zählt|bleibt|stört|nicht\s+geht|nicht\s+sein\s+darf),"
        r"\s+ist\b"
        # … set phrases of right and wrong, sense and direction: "hat recht", "macht keinen Sinn".
        r"|\b(?:hat|haben|hatte|hatten|hätte|hätten)\s+(?:(?:doch|ja|schon|völlig|durchaus|"
        r"nicht|wohl)\s+)?(?:recht|Recht|unrecht|Unrecht)\b(?!\s+(?:auf|bekommen|erhalten|zu)\b)"
        r"|\b(?:macht|machen|ergibt|ergeben)\s+(?:(?:doch|ja|überhaupt|wenig|kaum|durchaus|"
        r"viel|keinen|wirklich)\s+){0,2}Sinn\b"
        r"|\b(?:in\s+die\s+(?:richtige|falsche)\s+Richtung|auf\s+dem\s+(?:richtigen|falschen)"
        r"\s+Weg|auf\s+dem\s+Holzweg|lässt\s+(?:\w+\s+)?zu\s+wünschen\s+übrig|"
        r"bleibt\s+abzuwarten|(?:lohnt|lohnen|lohnte|rechnet|rechnen|rechnete)\s+sich|"
        r"(?:kaum|nicht)\s+zu\s+(?:glauben|"
        r"fassen|ertragen|überbieten|verstehen|rechtfertigen))\b"
        # … what is ruled out, or has no other way: "kommt nicht infrage", "alternativlos".
        r"|\b(?:kommt|kommen|kam|kamen)\s+(?:[\w-]+\s+){0,3}?(?:nicht|keinesfalls|kaum)\s+"
        r"(?:infrage|in\s+Frage)\b|\balternativlos|\b(?:gibt|gab)\s+es\s+keine\s+Alternative\b"
        r"|^Es\s+(?:gibt|gab)\s+keine\s+Alternative\b"
        # … a hard lot, or a future only delayed: "haben es schwer", "eine Frage der Zeit".
        r"|\b(?:hat|haben|hatte|hatten)\s+es\s+(?:\w+\s+)?(?:schwer|leicht|nicht\s+leicht)\b"
        r"|\beine\s+Frage\s+der\s+Zeit\b"
        # … what cannot go on: "Das kann so nicht weitergehen."
        r"|\b(?:kann|können|darf|dürfen)\s+(?:es\s+|das\s+)?so\s+nicht\s+weiter"
        # … a comparison of value ("war besser", "schlimmer als"), not of measure.
        r"|\b(?:besser|schlechter|schlimmer|sinnvoller|klüger|gerechter)(?:e[nmrs]?)?\b"
        # … what can hardly be done about it: "ist nicht mehr aufzuhalten", "kaum zu ändern".
        r"|\b(?:ist|sind|war|waren)\s+(?:[\w-]+\s+){0,3}?(?:nicht|kaum|schwer|nur\s+schwer)\s+"
        r"(?:mehr\s+)?(?:[a-zäöüß]+zu[a-zäöüß]+en|zu\s+[a-zäöüß]+en)\b"
        # … what can be shown or only marvelled at: "kann sich sehen lassen", "man kann nur".
        r"|\bkann\s+sich\s+sehen\s+lassen\b|\b[Mm]an\s+kann\s+(?:da\s+)?nur\s+[a-zäöüß]+en\b"
        # … a point weighed before it is made ("Entscheidend ist, dass …", "Klar ist: …"), a
        # misjudgement or neglect ("wird unterschätzt", "hat das Thema verschlafen"), a future
        # or a reason judged ("hat Zukunft", "Grund zur Sorge").
        r"|^[A-ZÄÖÜ][a-zäöüß]+\s+(?:ist|war|bleibt|scheint)(?:\s+(?:aber|jedoch|auch|allerdings|"
        r"doch|nur|vor\s+allem))*\s*(?:[,:]|dass\b)|^(?:Fest|Sicher)\s+steht\b"
        r"|\b(?:unterschätz|überschätz|verharmlos|verschlaf|vernachlässig|versäum|"
        r"dramatisier|übertreib|schönred|kleinred|versag|bewährt|verschlepp)[a-zäöüß]*"
        r"|\b(?:hat|haben|habe|hätte|hätten)\s+(?:(?:eine|keine|durchaus|noch)\s+)?Zukunft\b"
        r"|\b(?:Grund|Anlass)\s+zu[rm]?\s+(?:Sorge|Panik|Hoffnung|Optimismus|Freude|Kritik)\b"
        # … or more than what it is: "Der Laden ist mehr als ein Geschäft", "ist nicht nur ein".
        r"|\b(?:ist|sind|war|waren)\s+nicht\s+(?:nur|bloß|einfach)\s+(?:ein|eine)\b"
        # … an understatement ("nicht gerade billig", "alles andere als einfach", "nicht ganz
        # unproblematisch"), or what it is likened to: "ist ein Stück Heimat", "so etwas wie".
        r"|\balles\s+andere\s+als\b|\bnicht\s+(?:gerade|unbedingt|ganz\s+un[a-zäöüß]+)\b"
        r"|\b(?:ist|sind|war|waren|wird|bleibt)\s+(?:\w+\s+)?(?:ein\s+Stück|so\s+etwas\s+wie|"
        r"eine\s+Art|quasi|sozusagen|gewissermaßen|regelrecht)\s"
        r"|\b(?:ist|sind|war|waren)\s+(?:(?:längst|viel|weit|so\s+viel)\s+)?mehr\s+als\s+"
        r"(?:ein|eine|einen|nur|bloß|einfach)\b"
    ),
    obligation=re.compile(
        r"\b(?i:sollte|sollten|müsste|müssten|muss|müssen|braucht|brauchen|verdient|verdienen)\b"
        r"|\b(?i:darf|dürfen)\b(?=[^,.;:!?]*\b(?:nicht|nie|kein\w*)\b)"  # "darf nicht"
    ),
    hedge=re.compile(
        r"\b(?i:vielleicht|wahrscheinlich|vermutlich|womöglich|dürfte|dürften|könnte|"
        # … a future with no date to keep it by: "Auf Dauer hält kein Deich dem Meer stand" (not
        # "irgendwann", "eines Tages", which tell a past too).
        r"früher\s+oder\s+später|über\s+kurz\s+oder\s+lang|auf\s+(?:Dauer|lange\s+Sicht)|"
        r"könnten|wäre|wären|würde|würden|hätte|hätten|"
        # … and the strong verbs' own subjunctive: "ohne sie gäbe es den Laden nicht".
        r"gäbe|gäben|käme|kämen|ginge|gingen|bliebe|blieben|wüsste|wüssten)\b"
        # … what seems, not the sun that shines: "scheint überfordert zu sein", "… zu
        # stehen scheint".
        r"|\b(?i:scheint|scheinen|schien|schienen)\b(?=[^,.;:!?]*\bzu\s+[a-zäöüß]+"
        r"|\s*(?:mir|uns|,\s*(?:als|dass|wie)\b))|[a-zäöüß]+zu[a-zäöüß]+en\s+(?:scheint|scheinen)\b"
        # … and how something comes across (not a medicine acting "schnell" or "gegen"):
        # "wirkt uninspiriert", "wirkt wie ein Wohnzimmer".
        r"|\b(?:wirkt|wirken|wirkte|wirkten)\s+(?:(?:fast|eher|etwas|ziemlich|seltsam|so|"
        r"geradezu|beinahe|oft|manchmal|fremd|noch|auch)\s+)?(?:wie|als\s+ob|"
        r"(?!(?:schnell|sofort|langsam|stark|nicht|lange|mit|nach|ein|aus|zusammen)\b)"
        r"[a-zäöüß]+(?=\s*(?:[,.;:!?]|und\b|aber\b|$)))"
        # … and the modal particles of a speaker's shrug, insistence or doubt ("hat halt kein
        # Geld", "ist doch absurd"), inside a clause: "Doch die Feuerwehr …" opens one.
        r"|\b(?i:eigentlich|geradezu|schlichtweg|schlicht|nun\s+mal|nunmal)\b"
        r"|(?<=[a-zäöüß]\s)(?<!\bund\s)(?<!\baber\s)(?<!\boder\s)(?<!\bals\s)(?<!\bwenn\s)"
        r"(?:halt|eben|ja|doch|wohl)\b(?!\s+(?:erst|aber|noch)\b)"
        # … how it sounds or looks to the writer: "Das klingt nach Aufräumen", "sieht nach
        # einem Kompromiss aus".
        r"|\b(?:klingt|klingen|klang|klangen)\s+(?:\w+\s+){0,2}?(?:nach|wie)\b"
        r"|\b(?:sieht|sehen|sah|sahen)\s+(?:\w+\s+){0,2}?(?:nach\s[^,.;:!?]+\saus|aus\s+wie)\b"
        # … and what follows otherwise, a consequence foreseen: "Sonst droht ein Fiasko."
        r"|^(?:Sonst|Ansonsten|Andernfalls|Anderenfalls)\b"
    ),
    intensified=re.compile(
        r"\b(?:sehr|äußerst|extrem|unglaublich|besonders|wirklich|zutiefst|höchst)\s+"
        r"(?!(?:viel\w*|wenig\w*|lange|früh|oft|weit|nahe?|gut|bald|schnell|spät)\b)"
        rf"[{_DE}]{{3,}}\b"
        # … and excess, bare after "zu": "viel zu hoch", "kam zu spät" (not "bis zu", "zu den").
        r"|(?<!\bbis\s)\b[Zz]u\s+(?:spät|früh|viel|viele|wenig|wenige|lang|lange|oft|selten|hoch|"
        r"niedrig|klein|groß|teuer|billig|langsam|schnell|weit|eng|kurz|knapp|gering|stark|"
        r"schwach|laut|leise|kompliziert|riskant|gefährlich|schwer|leicht|einfach|alt|jung|gut|"
        r"schlecht|sehr)\b"
    ),
    valued=re.compile(
        r"\b(?i:(?:der|die|das|den|dem|des|am|ihr|ihre|ihren|ihrem|sein|seine|seinen|seinem|"
        r"unser|unsere|unseren)\s+(?:beste|schlimmste|schönste|wichtigste|bessere)[nmrs]?)\b"
        # … or a point weighed before it is made: "Das Problem ist, dass …", "Das Schöne daran".
        r"|^(?:Das|Der|Die)\s+(?:Problem|Gute|Schöne|Traurige|Bittere|Erstaunliche|Absurde|"
        r"Paradoxe|Positive|Negative|Tragische|Ärgerliche)\s+(?:ist|war|daran|dabei)\b"
    ),
    predicate=re.compile(
        # … in reported speech too ("sei überfällig"), and what something is held to be.
        r"\b(?:ist|sind|war|waren|bleibt|bleiben|scheint|scheinen|wirkt|wirken|wäre|wären|sei|"
        r"seien|wird|werden|(?:gilt|gelten|galt|galten)\s+als)\s+"
        # … its subject a pronoun after it when the sentence opens with something else: "Mit 80
        # Jahren ist sie die gute Seele des Ladens", "Für das Dorf ist das ein Gewinn".
        r"(?:(?:sie|er|es|das|dies)\s+(?=(?:ein|eine|einen|der|die|das|kein|keine)\s))?"
        # … or a noun, the adjective ending the clause: "Laut Müller ist der Laden unverzichtbar".
        r"(?:(?:der|die|das)\s+[A-ZÄÖÜ][a-zäöüß]+\s+(?=[a-zäöüß]+\s*(?:[,.;:!?]|$)))?"
        r"(?:(?:doch|einfach|schon|längst|nicht|nur|auch|sehr|zu|so|ziemlich|wirklich|eher|recht|"
        r"ganz|besonders|absolut|völlig|total|rundum|durchaus|höchst|äußerst|inzwischen|kaum|"
        r"mittlerweile|jetzt|nun|noch|immer|wieder|seit\s+\w+)\s+){0,2}"
        # … past whom or where it is said of, a noun after "ist": "ist für die Region eine
        # Katastrophe", "ist für viele Ältere unverzichtbar" (not "wird im Mai erhöht").
        r"(?:(?:(?<=\bist\s)|(?<=\bsind\s)|(?<=\bwar\s)|(?<=\bwaren\s)|(?<=\bbleibt\s)|"
        r"(?<=\bsei\s)|(?<=\bseien\s))"
        r"(?:für|an|auf|bei|in|im|am|beim|vor|über)\s+(?:(?:der|die|das|den|dem|des|ein|eine|"
        r"einen|einem|einer|viele|manche|alle|seine|ihre|unsere)\s+)?(?:[a-zäöüß]+\s+)?"
        r"(?:[A-ZÄÖÜ][\w-]*|viele|manche|alle|mich|uns|sie|ihn)\s+)?"
        r"(?:(?:ein|eine|einen|der|die|das|kein|keine|unser|unsere)\s+(?:(?P<modifier>[a-zäöüß]+)\s+)?"
        r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)"
        rf"|(?P<adjective>[{_DE}]+))\b"
    ),
    # A form of "werden" with an infinitive ending its clause (see _german_future).
    prediction=re.compile(r"\b(?:wird|werden|werde|wirst|werdet)\b"),
    relative=re.compile(r"^\s*(?:der|die|das|dem|den|deren|dessen|welche\w*|wo)\b"),
    past=re.compile(
        r"\b(?:wurde|wurden|war|waren|hatte|hatten|kam|kamen|ging|gingen|gab|gaben|stieg|"
        r"stiegen|fiel|fielen|half|halfen|starb|starben|begann|begannen|nahm|nahmen|traf|"
        r"trafen|blieb|blieben|fand|fanden|zog|zogen|schloss|schlossen|brachte|brachten)\b"
        r"|\b(?:hat|haben|habe)\b[^,.;:!?]*\s[a-zäöüß]+(?:t|en)(?=\s*[,.;:!?]|\s*$)"
        r"|\b(?:ist|sind|bin)\b[^,.;:!?]*\sge[a-zäöüß]+(?:t|en)(?=\s*[,.;:!?]|\s*$)"
        # A weak preterite after its subject and before its object: "Die Polizei sperrte die".
        rf"|\b[A-ZÄÖÜ][{_DE}]+\s+[{_DE}]{{3,}}te[n]?\s+(?:der|die|das|den|dem|ein|eine|einen|"
        r"einem|sich|am|im|in|auf|an|mit|nach|für|über|um|seine?n?|ihre?n?)\b"
    ),
)
