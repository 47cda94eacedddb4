"""Closed lists of judging words in French, German and Spanish, general vocabulary written for
the grammars of core/stance_grammars.py and core/stance_spanish.py, not taken from any article.

Evaluative adjectives judge as the predicate of a linking verb ("c'est essentiel", "es wäre
besser", "es fundamental que"): importance and necessity, difficulty, right and wrong, and the
common words of praise and blame, where the lexicons textblob-fr and textblob-de ship miss them.
Spanish has no such lexicon: its list also carries the strongly evaluative adjectives of general
use (praise, blame, alarm), which judge wherever they stand, as the lexicons' words do.
Evaluative nouns judge as a predicate too ("c'est une honte", "das ist ein Fehler", "fue un
éxito"); attitude adjectives are what someone is shown to feel ("se dit inquiet").
"""

from __future__ import annotations

from collections.abc import Iterable


def _french_forms(bases: str) -> frozenset[str]:
    """Each French adjective in its four forms ("inquiet" → "inquiète", "heureux" →
    "heureuses", "normal" → "normaux"); a form no article uses does no harm."""
    forms: set[str] = set()
    for base in bases.split():
        feminine = base if base.endswith("e") else base + "e"
        for ending, female in _FEMININE:
            if base.endswith(ending):
                feminine = base[: -len(ending)] + female
        plural = base if base[-1] in "sx" else base + "s"
        if base.endswith("al"):
            plural = base[:-2] + "aux"
        forms |= {base, plural, feminine, feminine + "s"}
    return frozenset(forms)


_FEMININE = (("eux", "euse"), ("el", "elle"), ("if", "ive"), ("et", "ète"), ("er", "ère"),
             ("on", "onne"))  # fmt: skip


def _spanish_forms(bases: str) -> frozenset[str]:
    """Each Spanish adjective in its forms: "-o" in four, any other ending in two."""
    forms: set[str] = set()
    for base in bases.split():
        if base.endswith("o"):
            forms |= {base, base[:-1] + "a", base + "s", base[:-1] + "as"}
        else:
            forms |= {base, base + ("s" if base[-1] in "ae" else "es")}
    return frozenset(forms)


def _words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w for line in words for w in line.split())


FRENCH_ADJECTIVES = _french_forms(
    "important essentiel nécessaire indispensable urgent crucial primordial vital difficile "
    "impossible compliqué dur facile normal anormal logique juste injuste bon mauvais meilleur "
    "pire préférable souhaitable utile inutile grave dramatique catastrophique inacceptable "
    "inadmissible regrettable absurde ridicule incroyable formidable génial superbe fantastique "
    "extraordinaire exceptionnel remarquable honteux scandaleux triste inquiétant préoccupant "
    "alarmant évident clair dommage mieux intenable insupportable insoutenable excessif "
    "insuffisant désastreux lamentable pitoyable médiocre aberrant irremplaçable rude "
    "exigeant éprouvant épuisant ingrat fidèle passionnant précieux"
)
FRENCH_NOUNS = _words(
    ["honte scandale erreur faute catastrophe désastre gâchis réussite succès échec chance drame "
     "aberration merveille injustice absurdité folie bêtise priorité nécessité tragédie gouffre "
     "fiasco mascarade farce gaspillage non-sens hérésie pagaille cœur âme poumon pilier "
     "joyau bijou trésor paradis enfer cauchemar épreuve"]
)  # fmt: skip
FRENCH_ATTITUDES = _french_forms(
    "inquiet satisfait confiant optimiste pessimiste prudent favorable opposé déçu choqué "
    "scandalisé convaincu surpris soulagé heureux ravi sceptique préoccupé fier serein partagé "
    "réservé indigné enthousiaste content"
)
GERMAN_ADJECTIVES = _words(
    ["wichtig notwendig nötig dringend entscheidend schwierig schwer unmöglich klar falsch richtig "
     "besser schlimmer sinnvoll sinnlos fatal fair unfair gerecht ungerecht bedauerlich fraglich "
     "zweifelhaft unverständlich unerträglich unzumutbar verheerend großartig peinlich schade "
     "gut schlecht überfällig überzogen problematisch ernüchternd gelungen misslungen angemessen "
     "unangemessen übertrieben zeitgemäß veraltet heikel ungewiss unverzichtbar unbezahlbar "
     "beachtlich bedenklich unrealistisch überteuert ernst unglaublich enorm gewaltig riesig "
     "existenziell ermutigend einzigartig kritisch prekär dringlich harmlos extrem gravierend "
     "unersetzlich unersetzbar zweitrangig nebensächlich belanglos"]
)  # fmt: skip
GERMAN_NOUNS = _words(
    ["fehler schande skandal katastrophe desaster erfolg misserfolg glück chance unsinn zumutung "
     "frechheit witz armutszeugnis tragödie problem segen fluch verlust gewinn rückschritt "
     "fortschritt farce posse desaster fiasko debakel irrsinn wahnsinn blödsinn schwachsinn "
     "quatsch murks pfusch verschwendung heuchelei meisterwerk lichtblick glücksfall meilenstein "
     "trauerspiel affront zufall herz seele rückgrat aushängeschild sorgenkind stiefkind nadelöhr "
     "lebensader hoffnungsträger juwel oase paradies albtraum alptraum hölle vorbild "
     "erfolgsmodell erfolgsgeschichte herausforderung luxus weckruf wendepunkt zäsur "
     "jammer ärgernis kraftakt selbstläufer bedrohung glücksgriff urgestein legende warnung "
     "lebensversicherung berufung heimat achillesferse kämpfer kämpferin kult mahnmal sinnbild "
     "symbol paradebeispiel herzstück dauerbrenner leuchtturm frühwarnsystem"]
)  # fmt: skip
# Nouns that judge wherever they stand, alone or in a compound ("Skandalurteil",
# "Geldverschwendung", "Prestigeprojekt"): what a German writer calls something.
GERMAN_JUDGING_STEMS = _words(
    ["skandal schande desaster debakel fiasko farce posse unsinn irrsinn wahnsinn blödsinn "
     "schwachsinn quatsch zumutung frechheit armutszeugnis schnapsidee murks pfusch trauerspiel "
     "heuchelei verschwendung prestige meisterwerk glücksfall lichtblick mammut herkules "
     "zeitbombe alarmsignal warnsignal feigenblatt"]
)  # fmt: skip
# Strong judging adjectives the German lexicon lacks, read wherever they stand, as its own are
# ("nach desaströsen Wahlergebnissen", "ein chaotischer Start").
GERMAN_EVALUATIVE = _words(
    ["desaströs chaotisch frustrierend populistisch mühsam anstrengend lebenswert zweitrangig "
     "unausgegoren halbherzig planlos kopflos stümperhaft dilettantisch"]
)  # fmt: skip
# Adjectives the German lexicon rates by the polarity of the state they name, not a judgement:
# "Das Haus ist leer", "Der Eintritt ist kostenlos".
GERMAN_STATES = _words(
    ["tot krank verletzt gesund leer voll arbeitslos obdachlos kostenlos bewusstlos leblos frei "
     "offen blind taub stumm blau grau bunt dunkel hell kalt kühl heiß warm nass trocken allein "
     "aktiv passiv fertig fest dicht dick direkt nah reich arm ruhig sozial real zig müde wach"]
)  # fmt: skip
GERMAN_ATTITUDES = _words(
    ["besorgt erleichtert zufrieden unzufrieden enttäuscht optimistisch pessimistisch "
     "zuversichtlich skeptisch überzeugt erfreut empört entsetzt froh dankbar beeindruckt "
     "überrascht kritisch gelassen glücklich"]
)  # fmt: skip
# Strongly evaluative adjectives of general Spanish (praise, blame, alarm), the words a reader
# of the press would call judgements wherever they stand.
SPANISH_EVALUATIVE = _spanish_forms(
    "excelente magnífico maravilloso estupendo fantástico genial precioso hermoso bonito "
    "increíble extraordinario impresionante brillante espléndido terrible horrible pésimo "
    "lamentable vergonzoso escandaloso indignante inaceptable inadmisible intolerable absurdo "
    "ridículo injusto desastroso catastrófico nefasto preocupante alarmante inquietante triste "
    "fatal insostenible surrealista esperpéntico demencial decepcionante admirable encomiable "
    "loable valiente cobarde mediocre espectacular memorable inolvidable entrañable aburrido "
    "tedioso penoso deplorable bochornoso humillante irresponsable imprudente indecente inmoral "
    "cruel irrisorio desmesurado abusivo ingenuo chapucero emocionante apasionante fascinante "
    "conmovedor sublime magistral soberbio impecable deslumbrante desolador tremendo brutal "
    "perfecto excepcional sensacional inmejorable envidiable insuperable trágico interesante "
    "divertido feo agradable desagradable"
)
# … and those that judge as a predicate only ("es fundamental que"; "una importante empresa"
# describes).
SPANISH_ADJECTIVES = SPANISH_EVALUATIVE | _spanish_forms(
    "importante fundamental esencial imprescindible necesario urgente vital clave difícil fácil "
    "imposible complicado duro normal lógico justo bueno malo mejor peor grave positivo negativo "
    "evidente claro útil inútil insuficiente excesivo acertado desacertado equivocado crítico "
    "dramático enorme especial ideal insólito complejo delicado serio sencillo caro barato "
    "razonable sensato raro extraño curioso peligroso arriesgado innecesario relevante "
    "irrelevante suficiente escaso generoso sacrificado"
)
SPANISH_NOUNS = _words(
    ["vergüenza escándalo error desastre catástrofe éxito fracaso suerte lujo disparate "
     "injusticia maravilla pena lástima locura barbaridad acierto tragedia problema drama "
     "privilegio orgullo despropósito derroche chapuza farsa fiasco joya traición despilfarro "
     "milagro arte sueño pesadilla tesoro paraíso infierno regalo"]
)  # fmt: skip
SPANISH_ATTITUDES = _spanish_forms(
    "optimista pesimista preocupado satisfecho insatisfecho convencido confiado esperanzado "
    "escéptico partidario contrario dispuesto favorable orgulloso decepcionado molesto indignado "
    "sorprendido tranquilo prudente crítico contento feliz desesperado harto"
)


def alternation(words: Iterable[str]) -> str:
    """The words as a regular expression's alternation, longest first."""
    return "|".join(sorted(words, key=len, reverse=True))
