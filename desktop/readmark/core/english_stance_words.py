"""English words and set phrases that judge, kept by hand: what the subjectivity lexicon
(adjectives only) misses. Each is a judgement in any article ("a fiasco", "falls flat"), not a
word of one article; core/english_predicates.py and core/english_scenes.py read them."""

from __future__ import annotations


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


# Nouns that judge what they name ("the plan is a fiasco", "reflects the failure of").
EVALUATIVE_NOUNS = _words(
    "absurdity betrayal blunder boon catastrophe debacle delight disaster disgrace",
    "embarrassment failure farce fiasco folly gem godsend hypocrisy injustice insult joke",
    "letdown lifeline masterclass masterpiece menace mess misstep mistake misjudgement",
    "nonsense outrage overreach scandal setback shambles shame sham snub success tragedy",
    "travesty treat triumph waste eyesore disappointment nightmare gamble distraction",
    # … and what an event is worth: "marks a milestone", "demonstrates the power of".
    "milestone landmark breakthrough achievement power importance",
)

# Adjectives that judge as a predicate but that the lexicon does not rate ("They were right").
JUDGING_ADJECTIVES = _words(
    "right correct mistaken misguided wise unwise unfair unjust unjustified justified naive",
    "pointless worthwhile premature overdue misplaced baffling refreshing welcome dull bland",
    # … and the words of a verdict on a policy or a conduct: "the response was inadequate".
    "inadequate reckless dire irresponsible encouraging worrying alarming disgraceful",
    "shameful ineffective counterproductive unworkable unsustainable inappropriate excessive",
    "disproportionate",
)

# Idioms and metaphors of value, a verb's forms spelt out: "sets the tone", "falls flat".
IDIOMS = (
    r"set(?:s|ting)? the tone|(?:fall|fell|falls|falling|fallen) (?:\w+ )?(?:flat|short)|"
    r"(?:miss|misses|missed|hit|hits) the mark|(?:steal|steals|stole) the show|"
    r"(?:ring|rings|rang) (?:hollow|true)|(?:pay|pays|paid) off|backfire[sd]?|"
    r"(?:come|comes|came) up short|a far cry from|a step in the right direction|"
    r"a drop in the ocean|a wake-up call|a sticking plaster|a red herring|"
    r"the tip of the iceberg|the elephant in the room|the last straw|"
    r"a recipe for (?:disaster|trouble|chaos)|"
    r"(?:go|goes|going|went) nowhere|without going anywhere|out of touch|"
    r"not lost on|(?:has|have|had) (?:heard|seen) (?:it|this|that|such \w+) (?:all )?before|"
    r"(?:deserves?|deserved|could (?:have )?do(?:ne)?|can do) better|"
    r"(?:is|are|was|were) no (?:match|substitute) for|a (?:tall|big) ask|"
    r"(?:hard|difficult) to (?:argue with|believe|ignore|overstate|see why)|"
    r"(?:leaves?|left) (?:a lot|much) to be desired|(?:lands?|landed) (?:well|badly)|"
    r"worth (?:the wait|the price|a look|a listen|a visit)|"
    r"(?:[Ii]t is|[Ii]t[’']s) (?:high |about )?time (?:for|to|we)|"
    r"(?:make|makes|made|making) (?:little|no|perfect|good) sense|"
    r"in (?:serious |deep )?(?:crisis|trouble|disarray|turmoil|freefall)|"
    r"(?:has|have|had) (?:its|their) limits|nothing short of|"
    # … or a mistake owned or charged: "the council made the wrong call", "had made mistakes".
    r"(?:make|makes|made|making) (?:a |the |serious |costly |grave |big )*(?:mistakes?|errors? of "
    r"judge?ment|wrong (?:call|decision|choice))|"
    # … or how far a thing is from done or sure: "the fight is far from over".
    r"far from (?:over|certain|clear|settled|finished|resolved|guaranteed|perfect|ideal)|"
    # … or a thing cut down to what the writer sees in it: "is nothing but a stunt".
    r"(?:is|are|was|were) (?:nothing but|little more than|nothing more than)|"
    r"(?:pay|pays|paid|paying) a (?:heavy|high|steep) price|"
    r"(?:fall|fell|falls|falling|fallen) through the cracks|"
    r"(?:cannot|can[’']t) be (?:overstated|ignored|denied|underestimated)|"
    r"pos(?:e|es|ed|ing) (?:a |an )?(?:\w+ )?(?:threat|risk|danger)|"
    r"(?:speak|speaks|spoke) for (?:itself|themselves)|a missed opportunity|"
    r"a matter of (?:survival|principle|life and death|time)|for the (?:better|worse)|"
    # … or how much someone has to gain or lose, room to act: the writer's reckoning.
    r"(?:has|have|had) (?:much|little|everything|nothing|a lot|most) to (?:gain|lose|prove)|"
    r"(?:stands?|stood) to (?:gain|lose|benefit)|little room (?:to|for)|"
    # … or how far a thing goes: "would go a long way toward", "OK, as far as it goes".
    r"(?:go|goes|going|went) a long way|as far as (?:it|they|that) (?:goes|go)"
)

# Verbs of state, possession or habit, and of speech: what they say in the present holds beyond
# the scene (core/english_scenes.py).
STATIVE_VERBS = _words(
    "is has was does goes costs contains includes means needs owns lives works belongs seems",
    "remains lacks requires involves depends consists equals matters exists runs leads heads",
    "serves represents employs holds knows believes says writes notes argues adds",
)
