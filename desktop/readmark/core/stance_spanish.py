"""The cues of stance in Spanish grammar, read by core/stance_languages.py as the French and
German ones of core/stance_grammars.py; the judging words they name are in core/stance_words.py."""

from __future__ import annotations

import re

from readmark.core.stance_grammars import Grammar
from readmark.core.stance_words import SPANISH_ADJECTIVES, SPANISH_ATTITUDES, alternation

_ES = "a-záéíóúñü"
_WORD = rf"[{_ES}]+"

SPANISH = Grammar(
    own_view=re.compile(
        r"\b(?:creo|pienso|considero|opino|espero|temo|dudo|lamento|creemos|pensamos|"
        r"consideramos|opinamos|esperamos|tememos|dudamos|sospecho|supongo|intuyo|imagino|"
        r"diría|sospechamos|suponemos|intuimos|imaginamos|diríamos|me\s+temo|nos\s+tememos)"
        r"\s+que\b"
        r"|\b(?:me|nos)\s+(?:parece|encanta|encantan|gusta|gustan|gustaría|preocupa|preocupan|"
        r"alegra|duele|molesta|indigna|(?:da|dio|daba)\s+(?:pena|miedo|rabia)|"
        # … what amused or moved me: "Me hizo mucha gracia", "nos hace ilusión".
        r"(?:hace|hizo|hacía)\s+(?:mucha\s+)?(?:gracia|ilusión))\b"
        r"|\b(?:estoy|estamos)\s+(?:muy\s+|tan\s+)?"
        rf"(?:{alternation(SPANISH_ATTITUDES)}|segur[oa]s?)\b"
        r"|\b(?:prefiero|preferimos|odio|quiero|queremos|sé\s+que|sabemos\s+que)\b"
        r"|\btengo\s+la\s+(?:impresión|sensación)\b"
        r"|\b(?:me\s+siento|nos\s+sentimos)\s+(?:(?:muy|tan|bastante)\s+)?"
        rf"(?:{alternation(SPANISH_ATTITUDES)})\b"
        r"|\bno\s+(?:tengo|tenemos|me\s+cabe|nos\s+cabe)\s+(?:ninguna\s+)?duda\b"
        r"|\b(?:tengo|tenemos)\s+(?:muy\s+)?claro\b"
        r"|\b(?:tengo|tenemos)\s+(?:mis|nuestras|muchas|serias|algunas)\s+dudas\b"
        r"|\b(?:doy|damos)\s+por\s+(?:hecho|supuesto)\b|\b(?:cuento|contamos)\s+con\s+que\b"
        r"|\b(?:confío|confiamos|confía|confían)\s+en\s+que\b"
        # … how I see it: "lo veo difícil", "la veo muy bien".
        r"|\b(?:lo|la|los|las)\s+(?:veo|vemos)\s+(?:(?:muy|bastante|algo|más|menos)\s+)?"
        rf"(?:bien|mal|así|{alternation(SPANISH_ADJECTIVES)})\b"
        r"|\ben\s+mi\s+opinión\b|\ba\s+mi\s+(?:juicio|parecer|entender)\b|\bpara\s+mí\b",
        re.IGNORECASE,
    ),
    attitude=re.compile(
        r"\b(?:lamentablemente|afortunadamente|desgraciadamente|evidentemente|obviamente|"
        r"sin\s+duda|por\s+supuesto|ojalá|sorprendentemente|por\s+desgracia|por\s+suerte|"
        r"indudablemente|curiosamente|por\s+fin|menos\s+mal|con\s+razón|"
        r"no\s+(?:hay|cabe)\s+(?:ninguna\s+)?duda|"
        # … and the certainty of an answer: "desde luego", "en absoluto", "seguro que".
        r"desde\s+luego|en\s+absoluto|de\s+ninguna\s+manera|sin\s+lugar\s+a\s+dudas|"
        r"seguro\s+que|claro\s+que|por\s+descontado)\b",
        re.IGNORECASE,
    ),
    credited_view=re.compile(
        r"\b(?:cree|creen|opina|opinan|considera|consideran|teme|temen|piensa|piensan|"
        r"duda|dudan|lamenta|lamentan|confía|confían|espera|esperan)\s+que\b"
        # ("una denuncia", "en alerta" are nouns: their verbs here in the plural only)
        r"|\b(?:critica|critican|denuncian|lamenta|lamentan|teme|temen|advierte|advierten|"
        r"alertan|"
        # … in the past a report tells it in ("criticó el alcalde", "advirtieron los expertos").
        r"criticó|criticaron|lamentó|lamentaron|advirtió|advirtieron|denunció|denunciaron|"
        r"opinó|opinaron|temía|temían|creía|creían|elogió|elogiaron)\b"
        # … and a reproach: "se les recrimina el olvido", "le reprochan su silencio".
        r"|\b(?:recrimin|reproch)[a-záéíóú]*\b"
        # … or a feeling someone falls into: "se pone nervioso", "se puso furiosa".
        r"|\bse\s+(?:pone|ponen|puso|pusieron|ponía|ponían)\s+(?:muy\s+|tan\s+)?"
        rf"(?:{alternation(SPANISH_ATTITUDES)}|nervios[oa]s?|furios[oa]s?)\b"
        # … and in the perfect: "ha criticado los recortes", "han lamentado".
        r"|\b(?:ha|han|había|habían)\s+(?:criticado|lamentado|denunciado|advertido|elogiado|"
        r"calificado|tachado)\b"
        r"|\b(?:está|están|estaba|estaban)\s+convencid[oa]s?\b"
        # … what someone likes or fears, or has settled ("le encanta su oficio", "lo tiene
        # claro").
        r"|\b(?:le|les)\s+(?:gusta|gustan|gustaba|gustaría|encanta|encantan|encantaba|"
        r"preocupa|preocupan|preocupaba|duele|dolió|molesta|indigna|apasiona|da\s+(?:pena|"
        r"miedo|rabia))\b"
        r"|\b(?:lo\s+)?(?:tiene|tienen|tenía|tenían)\s+(?:muy\s+)?claro\b"
        # … or a feeling only people have: "los regantes están desesperados".
        r"|\b(?:está|están|estaba|estaban)\s+(?:(?:muy|tan|bastante)\s+)?(?:preocupad|"
        r"satisfech|decepcionad|molest|indignad|orgullos|desesperad|hart|content)[oa]s?\b"
        # … a feeling that spreads or that people live with: "la preocupación crece", "viven
        # con angustia".
        r"|\b(?:preocupación|inquietud|angustia|indignación|malestar|incertidumbre|"
        r"desesperación|miedo|temor|rabia|ilusión|esperanza)\s+(?:\w+\s+){0,3}?(?:crece|"
        r"aumenta|reina|cunde|se\s+extiende|va\s+en\s+aumento|es\s+(?:máxim|enorme|grande|"
        r"total|palpable))"
        r"|\b(?:vive|viven|vivía|vivían|sigue|siguen|mira|miran|afronta|afrontan)\s+con\s+"
        r"(?:(?:mucha|gran|cierta)\s+)?(?:preocupación|inquietud|angustia|incertidumbre|"
        r"miedo|temor|resignación|esperanza|ilusión|tristeza|nostalgia|orgullo)\b"
        # … a judgement of its object ("consideran la medida insuficiente", "califica la
        # propuesta de inaceptable"), or a way of seeing it ("ven con preocupación").
        r"|\b(?:considera|consideran|consideraba|consideraban|consideró|consideraron)\b"
        r"|\b(?:califica|califican|calificó|calificaron|tacha|tachan|tachó|tacharon)\s+"
        r"[^.;:!?]*?\bde\b"
        r"|\b(?:ve|ven|veía|veían|vio|vieron)\s+con\s+(?:buenos\s+ojos|malos\s+ojos|"
        r"preocupación|recelo|inquietud|esperanza|optimismo|pesimismo|escepticismo|"
        r"desconfianza|temor|alivio)\b"
        # … a view of many opening the sentence: "Para muchos vecinos, el cierre es …".
        r"|(?:^|[,;:]\s*)para\s+(?:muchos|muchas|algunos|algunas|la\s+mayoría)\b"
        r"|\b(?:a\s+juicio|en\s+opinión)\s+de(?:l)?\b"
        r"|\bse\s+(?:muestra|muestran|mostró|mostraron|mostraba|declara|declaran|declaró|"
        rf"siente|sienten|sintió)\s+(?:(?:muy|bastante|más|menos|poco)\s+)?"
        rf"(?:{alternation(SPANISH_ATTITUDES)})\b"
        r"|(?:^|[,;:]\s*)(?:según|para)\s+(?:él|ella|ellos|ellas)\s*,"
        r"|\ba\s+su\s+(?:juicio|entender|parecer)\b"
        r"|\ben\s+su\s+opinión\b"
        # … or a word someone labels it with: "habla de una «chapuza»".
        r"|\b(?:habla|hablan|habló|hablaron|hablaba)\s+de\s+[^.!?]*?…",
        re.IGNORECASE,
    ),
    judgement=re.compile(
        r"\b(?i:(?:ya\s+)?es\s+hora\s+de|ya\s+era\s+hora|más\s+vale|vale\s+la\s+pena)\b"
        # … set phrases of right and wrong, sense and direction: "tienen razón", "no tiene
        # sentido", "parece mentira".
        r"|\b(?i:tienen?|tenía|tenían|tenemos)\s+(?:toda\s+la\s+|parte\s+de\s+|mucha\s+)?razón\b"
        r"|\b(?i:no\s+tiene|tiene)\s+(?:ningún\s+|mucho\s+|todo\s+el\s+|poco\s+)?sentido\b"
        r"|\b(?i:parece\s+mentira|deja\s+mucho\s+que\s+desear|no\s+es\s+de\s+recibo|"
        r"en\s+la\s+(?:buena|mala)\s+dirección|(?:por|en)\s+(?:el\s+)?buen\s+camino)\b"
        # … a wish in the conditional, worth or unworthy: "estaría bien que", "digno de elogio".
        r"|\b(?i:sería|serían|estaría|estarían)\s+(?:(?:mucho|muy|bastante)\s+)?(?:más\s+)?"
        r"(?:mejor|bueno|bien|ideal|deseable|conveniente|preferible|sensato|lógico|justo|"
        r"razonable)\b|\b(?i:dign[oa]s?|indign[oa]s?)\s+de\b"
        # … what something is not only ("no es solo un edificio"), a pseudo-cleft that weighs
        # ("Lo que no puede hacer es …", "Lo que falta es …"), a general truth in a free
        # relative ("Quien cierra un mercado, …").
        r"|\b(?i:es|son|era|fue)\s+(?:una\s+especie\s+de|algo\s+así\s+como|tod[oa]\s+una?|"
        r"casi\s+una?|como\s+una?)\s"  # what it is likened to: "es todo un símbolo"
        # … or an understatement: "de todo menos fácil", "no precisamente barato", "nada fácil".
        r"|\bde\s+todo\s+menos\b|\bno\s+(?:(?:es|son|era|fue|está|están|resulta)\s+)?"
        r"(?:precisamente|necesariamente|del\s+todo)\b"
        r"|\bnada\s+(?:fácil|sencillo|barato|despreciable|mal|claro)\b"
        r"|\bno\s+(?:es|son|era|fue)\s+(?:solo|sólo|solamente|únicamente|simplemente)\s+"
        r"(?:un|una|el|la)\b"
        r"|^(?i:lo\s+que)\s+(?:no\s+)?(?:puede|pueden|debe|deben|hay\s+que|hace\s+falta|"
        r"importa|falta|sobra|preocupa|necesita|necesitamos)\b"
        r"|^(?:Quien|Quienes)\s[^,?]+,"
        # … what something gives or has left: "da gusto verlo", "tiene los días contados".
        r"|\b(?i:da|daba)\s+(?:gusto|pena|rabia|miedo|vergüenza)\b"
        # … a misjudgement or neglect ("se subestima", "han desaprovechado"), a future judged.
        r"|\b(?i:subestim|infravalor|sobrevalor|sobreestim|menospreci|desaprovech|despilfarr|"
        r"descuid|ningune)[a-záéíóúñ]*|\b(?i:no\s+)?(?:tiene|tienen)\s+futuro\b"
        # … and how well a thing was done, a manner ending its clause: "jugamos bien", "lo
        # hicieron mal" (not a state: "los heridos están bien"; nor "si bien", "más bien").
        r"|(?<!\bsi\s)(?<!\bmás\s)(?<!\bo\s)(?<!\bestá\s)(?<!\bestán\s)(?<!\bestaba\s)"
        r"(?<!\bestaban\s)(?<!\bencuentra\s)(?<!\bencuentran\s)\b(?:bien|mal)"
        r"(?=\s*(?:[.,;:!?]|(?:en|con|durante|ante|contra|desde|y|pero|hoy|ayer)\b))"
        r"|\b(?i:tiene|tienen)\s+los\s+días\s+contados\b"
        # … what is not enough, or not so bad: "no basta", "no es para tanto".
        r"|\b(?i:no)\s+(?:basta|bastan|bastaba|bastará|alcanza|alcanzan|es\s+para\s+tanto)\b"
        # … what matters not, or is of little use: "no importan las matizaciones", "de poco
        # sirven".
        r"|\b(?i:no)\s+(?:importa|importan|importaba)\b"
        r"|\b(?i:de|para)\s+(?:poco|nada)\s+(?:sirve|sirven|servía|servirá|sirvió)\b"
        r"|\b(?i:queda|quedan)\s+(?:todavía\s+|aún\s+)?mucho\s+(?:camino\s+)?por\s+"
        r"(?:hacer|recorrer|mejorar)\b"
        # … a conduct likened to another's: "se comporta como lo haría un niño", "actúa como si
        # fuera el dueño".
        r"|\b(?i:se\s+comporta|se\s+comportan|actúa|actúan)\s+como\b"
        r"|\bcomo\s+(?:lo\s+haría|lo\s+harían|si\s+fuera|si\s+fueran|si\s+fuese)\b"
        # … what is done instead of what ought to be: "gasta sus energías en lugar de
        # trabajar" (an act, not a date: "el martes en lugar del lunes").
        rf"|\b(?i:en\s+lugar|en\s+vez)\s+de\s+[{_ES}]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b"
        # … what cannot be borne or is not normal: "No es posible seguir así", "no es normal
        # que"; and what is no more than it is: "es apenas un parche", "no es más que".
        r"|\b(?i:no\s+es\s+(?:posible|normal|lógico|aceptable|admisible)\s+(?:que|seguir))\b"
        r"|\b(?i:es|son|era|fue)\s+(?:apenas|meramente|nada\s+más\s+que)\s+(?:un|una|el|la)\b"
        r"|\b(?i:no\s+(?:es|son|era|fue)\s+más\s+que)\b"
        # … what there is none without ("Sin agua no hay campo"), what no one cares for ("Nadie
        # se acuerda de nosotros"), what does not pay a living ("no da para vivir"), and the
        # figures of speech a plight is told in: "vale oro", "está en el aire", "mira para otro
        # lado", "la pescadilla que se muerde la cola", "ya no es lo que era".
        r"|^(?i:sin)\s+[^,.;:!?]+?,?\s+no\s+(?:hay|habría|queda)\b"
        r"|\b(?i:nadie)\s+se\s+acuerda\b|\b(?i:a\s+nadie)\s+le\s+importa\b"
        r"|\bno\s+(?:da|dan|daba|daban)\s+para\s+(?:vivir|comer|nada|mucho)\b"
        r"|\b(?:vale|valen|valía)\s+(?:su\s+peso\s+en\s+)?oro\b|\ben\s+el\s+aire\s*[.,;]"
        r"|\b(?:mira|miran|miraba|miraban|mirado)\s+(?:para|hacia)\s+otro\s+lado\b"
        r"|\bpescadilla\s+que\s+se\s+muerde\s+la\s+cola\b|\bno\s+es\s+lo\s+que\s+era\b"
        r"|\b(?:pasando|pasarlo|pasándolo|pasó|pasaron|pasan|pasa)\s+(?:muy\s+)?mal\b"
        # … an answer's own regret or attachment ("No me arrepiento de nada", "No cambiaría mi
        # vida por nada"), a feeling named by what was done to one ("Nos sentimos
        # abandonados"), a thing taken as it is ("El fútbol es así"), a great piece of work
        # ("un gran trabajo", not "un gran incendio"), and what still lies ahead.
        r"|\b(?i:me\s+arrepiento|nos\s+arrepentimos|no\s+cambiaría|no\s+cambiaríamos)\b"
        r"|\b(?i:me|nos|se)\s+(?:siento|sentimos|siente|sienten|sentía|sentían)\s+(?:muy\s+)?"
        rf"[{_ES}]+(?:ado|ada|ados|adas|ido|ida|idos|idas)\b"
        r"|\b(?:es|son)\s+así\s*[.!]?\s*$"
        r"|\b(?i:un|una)\s+gran\s+(?:trabajo|partido|esfuerzo|ejemplo|equipo|profesional|acierto|"
        r"error|paso|temporada|persona)\b"
        r"|\b(?i:queda|quedan)\s+(?:todavía\s+|aún\s+)?mucho\s+por\s+delante\b"
    ),
    obligation=re.compile(
        r"\b(?:debe|deben|debería|deberían|deberíamos|debemos|hay\s+que|habría\s+que|"
        r"tienen?\s+que(?!\s+ver\b)|tenemos\s+que|necesita|necesitan|necesitamos|"
        r"hace\s+falta|merece|merecen|conviene|urge|"
        # … and what cannot go on: "no se puede seguir así", "no podemos permitirlo".
        r"no\s+(?:se\s+)?(?:puede|pueden|podemos)\s+(?:seguir|permitir|tolerar|aceptar|"
        r"consentir|ignorar|olvidar|justificar)\w*)\b",
        re.IGNORECASE,
    ),
    hedge=re.compile(
        r"\b(?:quizás?|tal\s+vez|probablemente|posiblemente|seguramente|a\s+lo\s+mejor|"
        r"tarde\s+o\s+temprano|a\s+la\s+larga|el\s+día\s+de\s+mañana|"
        r"podría|podrían|sería|serían|habría|habrían|puede\s+que|parece\s+que)\b"
        # … how it sounds or looks to the writer: "suena a excusa", "tiene pinta de parche";
        # and what follows otherwise: "De lo contrario, el barrio lo pagará."
        r"|\b(?:suena|suenan|sonaba|sonaban)\s+a\b|\btiene\s+(?:toda\s+la\s+)?pinta\s+de\b"
        r"|^(?:de\s+lo\s+contrario|de\s+otro\s+modo|en\s+caso\s+contrario|si\s+no\s*,)",
        re.IGNORECASE,
    ),
    # … and excess, which judges whatever it measures ("demasiado tarde").
    intensified=re.compile(
        rf"\bdemasiad[oa]s?\s+[{_ES}]{{3,}}\b"
        r"|\b(?:muy|tan|sumamente|extremadamente|increíblemente|realmente|"
        r"profundamente|terriblemente)\s+(?!(?:poc[oa]s?|much[oa]s?|lejos|cerca|pronto|tarde|"
        rf"temprano|rápido|despacio|solo|sólo)\b)[{_ES}]{{3,}}\b"  # "tan solo": only
        # … and its litotes as a predicate: "es poco realista", "resulta poco creíble".
        r"|\b(?i:es|son|era|eran|fue|fueron|sería|serían|resulta|resultan|parece|parecen)\s+"
        rf"poco\s+(?!(?:más|menos|a|antes|después|tiempo)\b)[{_ES}]{{4,}}\b"
    ),
    valued=re.compile(
        r"\b(?i:(?:el|la|los|las|lo|su|sus|mi|mis|nuestro|nuestra)\s+(?:mejor|mejores|peor|"
        rf"peores)|lo\s+(?:más|menos)\s+[{_ES}]+|lo\s+(?:importante|fundamental|esencial|"
        r"bueno|malo|triste|curioso|grave|increíble|difícil))\b"
        # … or nothing to compare with it: "No hay mejor lugar", "Nada es más peligroso que",
        # "es mucho más que un oficio".
        r"|\b(?i:no\s+hay\s+(?:nada\s+|nadie\s+)?|nada\s+(?:es|hay)\s+|nadie\s+(?:es|hay)\s+)"
        r"(?:mejor|peor|más|menos)\b"
        r"|\b(?i:es|son|era|fue)\s+(?:mucho\s+)?más\s+que\s+(?:un|una|el|la|simplemente|"
        r"solo|sólo)\b"
        # … or a thing done well or badly: "hicimos un buen partido", "un mal resultado".
        rf"|\b(?i:un|muy)\s+(?:buen|mal)\s+(?!(?:tiempo|día)\b)[{_ES}]{{4,}}\b"
    ),
    predicate=re.compile(
        r"\b(?i:es|son|era|eran|fue|fueron|será|serán|sería|serían|sido|parece|parecen|resulta|"
        r"resultan|resultó|está|están|estaba|estaban|estuvo|estuvieron|sigue|siguen)\s+"
        r"(?:(?:muy|tan|demasiado|bastante|realmente|totalmente|absolutamente|más|menos|no|"
        r"algo|poco|nada)\s+){0,2}"
        # … past whom it is said of, after "es": "es para el barrio una tragedia".
        r"(?:(?:(?<=\bes\s)|(?<=\bson\s)|(?<=\bera\s)|(?<=\bfue\s))para\s+"
        r"(?:(?:el|la|los|las|un|una|su|sus|mi|este|esta|muchos|muchas)\s+)?[\w-]+\s+)?"
        r"(?:(?:un|una|el|la|unos|unas)\s+(?:(?:verdadero|verdadera|auténtico|auténtica|gran|"
        rf"enorme)\s+)?(?P<noun>{_WORD})(?:\s+(?P<modifier>{_WORD}))?"
        rf"|(?P<adjective>{_WORD}))\b"
    ),
    prediction=re.compile(
        rf"\b(?:va|van|vamos|voy|vas)\s+a\s+[{_ES}]+(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?\b"
        rf"|\b(?!(?:extremos|supremos)\b)[{_ES}]{{2,}}(?:rá|rán|remos)\b"
        r"|\b(?:haré|seré|tendré|podré|diré|sabré|habré|querré|saldré|vendré|pondré)\b"
    ),
    # (… and an indirect question, which asserts no future: "no sabe qué hará")
    relative=re.compile(
        r"\b(?:que|quien|quienes|donde|cual|cuales|qué|cuándo|cómo|dónde|quién|quiénes|"
        r"cuánto|cuánta|cuántos|cuántas)\b"
    ),
    past=re.compile(
        rf"\b[{_ES}]{{2,}}(?:ó|aron|ieron|aba|aban)\b"
        r"|\b(?:ha|han|he|hemos|había|habían)\s+(?:\w+\s+)?"
        rf"[{_ES}]+(?:ado|ada|ados|adas|ido|ida|idos|idas|cho|sto|to)\b"
        r"|\b(?:fue|fueron|hizo|hicieron|tuvo|tuvieron|dio|dieron|vino|vinieron|puso|"
        r"pusieron|estuvo|estuvieron|pudo|nació|murió)\b"
        # … and the irregular preterites of their compounds: "detuvo", "produjo", "propuso".
        rf"|\b[{_ES}]*(?:tuvo|tuvieron|dujo|dujeron|puso|pusieron|hizo|hicieron|quiso|"
        r"quisieron|trajo|trajeron)\b"
    ),
)
