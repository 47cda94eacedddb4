"""Kinds of evaluative language French commentaries and reviews judge in, read by
core/stance_languages.py beside French grammar's cues (core/stance_grammars.py)."""

from __future__ import annotations

import re

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
