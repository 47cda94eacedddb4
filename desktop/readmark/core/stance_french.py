"""Kinds of evaluative language French commentaries and reviews judge in, read by
core/stance_languages.py beside French grammar's cues (core/stance_grammars.py)."""

from __future__ import annotations

import re

from readmark.core.stance_words import FRENCH_ATTITUDES, alternation

# A duty missed that the writer owns or puts on anyone, a view whatever date it names, as
# German's "hätte … müssen" (core/stance_german.py): "J'aurais dû écouter", "on aurait dû
# prévenir", "il aurait fallu", "aurait mieux fait de"; an argument's connective the writer
# weighs with, opening the sentence ("D'autant que …", "Reste que …", "Encore faut-il …",
# "Force est de constater …"); and a likeness ("fait penser à", "ressemble à un décor",
# "rappellent celles de", "a des airs de", "comme si", "on se croirait"), not a reminder told
# ("Le maire rappelle que …").
FRENCH_TURNS = re.compile(
    r"\b(?:[Jj][’']aurais|[Nn]ous\s+aurions|[Oo]n\s+aurait|[Vv]ous\s+auriez)\s+(?:\w+\s+)?dû\b"
    r"|\b[Ii]l\s+aurait\s+fallu\b|\b(?:aurais|aurait|aurions|auraient)\s+mieux\s+fait\b"
    r"|^(?:D[’']autant\s+(?:plus\s+)?que|Reste\s+que|Encore\s+faut-il|Toujours\s+est-il|"
    r"Force\s+est\s+de|Il\s+n[’']empêche|N[’']en\s+déplaise)\b"
    r"|\b(?:fait|font|faisait|faisaient)\s+(?:\w+\s+)?(?:penser|songer)\s+à\b"
    r"|\b(?:ressemble|ressemblent|ressemblait|ressemblaient)\s+(?:\w+\s+)?à\s+(?:un|une|du|des)\b"
    r"|\b(?:rappelle|rappellent|rappelait|rappelaient)\s+(?:(?:un\s+peu|furieusement|"
    r"étrangement|beaucoup|parfois)\s+)?(?:celles?|ceux|celui)\b"
    r"|\ba\s+des\s+airs\s+de\b|\bcomme\s+si\b|\bon\s+se\s+croirait\b"
)

# What nothing holds without ("Sans les bénévoles, rien ne tiendrait"), what is only a start
# ("Ce n'est qu'un début"), what people have had enough of ("en ont assez", "en ont marre"),
# and the figures of speech a plight or a folly is told in: "Tout n'est pas rose", "fait la
# sourde oreille", "la charrue avant les bœufs", "n'en finissent pas", "tient la route"; and
# how people feel, told as what they are ("Les commerçants sont inquiets"), or love.
FRENCH_FIGURES = re.compile(
    r"^Sans\s+[^,.;:!?]+,\s*(?:rien|personne|plus\s+rien|il\s+n[’']y\s+aurait)\b"
    r"|\bn[’'](?:est|était|sont|étaient)\s+qu[’'](?:une?|des)\b"
    r"|\ben\s+(?:ai|as|a|avons|avez|ont|avait|avaient)\s+(?:(?:bien|vraiment|tous)\s+)?"
    r"(?:assez|marre|ras-le-bol)\b"
    r"|\b(?:n[’']est|n[’']était)\s+pas\s+(?:toujours\s+|si\s+)?rose\b"
    r"|\b(?:la\s+sourde\s+oreille|la\s+charrue\s+avant\s+les\s+bœufs|n[’']en\s+(?:finit|finissent|"
    r"finissait)\s+pas|(?:tient|tiennent|tenait)\s+(?:la\s+route|debout)|travail\s+de\s+fourmi|"
    r"goutte\s+d[’']eau\s+dans\s+(?:l[’']océan|la\s+mer)|coup\s+dur|coup\s+de\s+massue|"
    r"poudre\s+aux\s+yeux|au\s+pied\s+du\s+mur|à\s+bout\s+de\s+souffle|bout\s+du\s+tunnel|"
    r"(?:perdu|perd)\s+son\s+âme|[Ii]l\s+n[’']y\s+a\s+pas\s+de\s+secret)"
    r"|\b(?:est|sont|était|étaient|reste|restent|demeure|demeurent)\s+"
    rf"(?:{alternation(FRENCH_ATTITUDES)})\b"
    # … or what they love or feel they are: "Les enfants adorent l'heure du conte", "ont le
    # sentiment d'être abandonnés"; and an answer's own attachment: "Je ne me vois pas faire
    # autre chose", "pour rien au monde".
    r"|\b(?:adore|adorent|adorait|adoraient|déteste|détestent|détestait|raffole|raffolent)\b"
    r"|\b(?:ai|a|avons|ont|avait|avaient)\s+(?:le\s+sentiment|l[’']impression)\b"
    r"|\b(?:[Jj]e\s+ne\s+me|[Nn]ous\s+ne\s+nous)\s+(?:vois|voyons)\s+pas\b"
    r"|\bpour\s+rien\s+au\s+monde\b|\bà\s+bras\s+le\s+corps\b"
)
