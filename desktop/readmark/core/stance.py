"""Whether a sentence states a checkable claim or an opinion, from evidence that generalises.

Opinion: a rhetorical question; the writer's own stance ("I think", "we applaud"); a view credited
to someone ("critics say", "she argues"); obligation ("should", "must"); a hedge ("may",
"perhaps") or prediction ("will", "would … if") that is the writer's, not a reported fact ("three
may have escaped, officials said") nor a scheduled event ("will announce on Friday"); or
evaluative words, taken from the subjectivity lexicon that ships with TextBlob (Pattern's
en-sentiment.xml, hand-rated adjectives) rather than from any one article.

Claim: a whole declarative sentence with something to check it against: a figure, a date, a
source that reported it, a named person, place or body, or a past event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from readmark.core.english_furniture import furniture
from readmark.core.english_lexicon import part_of_speech, subjective_words
from readmark.core.english_predicates import (
    GENERIC,
    IDIOM,
    characterisation,
    evaluative_predicate,
    names_a_kind,
    summing_up,
)
from readmark.core.english_reported import reported_judgement
from readmark.core.english_scenes import cast_plot, framed_scene, scene
from readmark.core.english_verdicts import (
    PLANNED,
    evaluative_manner,
    hortative,
    in_main_clause,
    judged_without_cue,
    not_yet_known,
    reported_before_comment,
)
from readmark.core.quotation_marks import QUOTED
from readmark.core.speech_verbs import speech_in

CLAIM, OPINION = "claim", "opinion"


@dataclass(frozen=True)
class Stance:
    tag: str
    reason: str


_QUESTION = re.compile(r"\?\s*[”’\"']?\s*$")
# A wh-question with no modal, negation or "really" asks what the text goes on to answer (an
# explainer's "So what is a heat network?", an interviewer's question); "Who could blame them?"
# and "Why doesn't the council listen?" judge.
_ASKS = re.compile(
    r"^(?:(?:So|And|But),?\s+)?(?i:what|how|where|when|which|who)\b"
    r"(?!.*(?:\b(?:should|could|would|can|might|must|not|really|ever|even)\b|n[’']t\b))"
)
_STANCE_VERBS = (
    r"think|believe|feel|hope|wish|fear|doubt|suspect|expect|want|love|hate|applaud|welcome|"
    r"urge|agree|disagree|prefer|worry|suppose|guess|regret|trust|try|know|need|must|should|"
    r"like|dislike|enjoy|admire|congratulate|commend|salute|look forward|rather|"
    # … in the past too: what the writer thought or felt ("I largely enjoyed the picture").
    r"thought|felt|hoped|feared|doubted|suspected|expected|wanted|loved|hated|welcomed|agreed|"
    r"disagreed|preferred|worried|regretted|trusted|liked|disliked|enjoyed|admired"
)
# The writer's stance in a main clause ("I think", "…, but I know", "I’d like"), not "Russia as we
# know it".
_FIRST_PERSON = re.compile(
    rf"(?:^|[,;:—–]\s*|\b(?:and|but|so)\s+)(?:I|[Ww]e)(?:[’']d)?(?:\s+\w+)?\s+(?:{_STANCE_VERBS})\b"
    # … or the writer's praise, addressed: "Congratulations to the whole crew".
    r"|^Congratulations\b"
)
_CREDITED_VIEW = re.compile(
    r"\b(?:argues|argued|believes|believed|thinks|thought|feels|fears|feared|hopes|hoped|"
    r"expects|predicts|predicted|contends|contended|suggests|doubts|insists|rightly|wrongly|"
    r"sees (?:\w+ )?as|likens|omits? to|agreed that|"
    # A warning is a view of what will come ("warned of", "cautions that"), not the advice it
    # gives ("warned against posting", "warned Russia not to interfere"), which is on record.
    r"(?:cautioned|cautions|warns|warned)(?!\s+against\b)(?!\s+(?:[\w’'-]+\s+){1,3}?(?:not\s+)?to\s)"
    r"|wondered|"
    r"complain(?:s|ed)? that|"
    r"wonders (?:why|whether|if|how|what))\b"
    r"|\b(?:critics|proponents|opponents|supporters|sceptics|skeptics|experts|analysts|many|"
    r"some|others|most)(?:\s+of\s+(?:the\s+)?[\w’'-]+|\s+[a-z]+)?\s+(?:say|said|argue|believe|"
    r"hope|fear|think|expect|warn|contend|see\s+(?:\w+\s+){1,3}?as)\b"
    r"|\bwarn\s+(?:that|of)\b"
    # … or by any group, in the present: "Police believe the fire was …", "Investors fear a …".
    r"|\b(?:[a-z]{3,}[^s’'\s]s|police|people)\s+(?:still\s+|now\s+|also\s+)?(?:believe|fear|hope|"
    r"think|doubt|suspect|expect|predict|contend|insist)\b(?!\s+(?:of|for|to|in)\b)"
    # … whose eyes a thing is seen through: "For Lukashenko, the alliance is …", "For many
    # residents, the bridge was …".
    r"|^(?-i:For\s+(?:him|her|them|(?:many|most|some)(?:\s+[a-z]+)?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))"
    r",\s+[^,]*?\b(?:is|are|was|were)\b"
    # … what someone holds a thing to be: "observers consider it his worst", "consider them a
    # threat" (not "will consider it on Monday").
    r"|\bconsider(?:s|ed)?\s+(?:it|him|her|them|this|that)\s+(?:to be|an?|the|his|her|its|"
    r"their|one of|too|more|less|[a-z]+(?:ful|ous|ive|able|ible|ent|ant|ary))\b"
    r"|\b(?:they|he|she)\s+wants?\b"
    # … or what is widely held: "is widely seen as", "few would disagree".
    r"|\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(?:seen|regarded|viewed|considered)\s+as\b"
    r"|\b(?:few|many|most|nobody|no one)\s+would\b",
    re.IGNORECASE,
)
# A reaction reported: a demand ("urged lawmakers to", "called on the ministry to"), a welcome
# given to a decision (not "welcomed 900 visitors"), a stance someone said they hold ("said he
# supported"), or what someone described something as in the writer's words (a quoted
# description is the record of what was said). Praise and blame ("condemned", "was hailed as")
# and "called for" are left to the evidence around them: the held-out articles tag them as
# claims as often as not.
_REACTION = re.compile(
    r"\burg(?:e|es|ed|ing)\b|\bcall(?:s|ed)?\s+on\b"
    r"|\bwelcom(?:e|es|ed|ing)\s+(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|move|announcement|agreement|deal|plan|ruling|news|report|proposal|step|"
    r"verdict|result|law|bill|ceasefire|talks|offer|changes?|measures?|initiative|funding|"
    r"vote|statement|commitment|pledge|programme|program|reforms?)\b"
    r"|\b(?:says?|said|told\s+\w+)\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:\w+ly\s+)?"
    r"(?:supports?|supported|opposes|opposed|welcomed|favou?red|backed|rejected|hoped|feared|"
    r"believed|regretted|doubted|(?:was|were)\s+(?:confident|optimistic|pessimistic|concerned|"
    r"worried|disappointed|pleased|satisfied|sceptical|skeptical|convinced))\b"
    # … a feeling or a doubt someone voiced: "expressed concern that", "voiced frustration at".
    r"|\b(?:express(?:es|ed)?|voice[sd]?|raise[sd]?)\s+(?:\w+\s+)?(?:concerns?|hopes?|confidence|optimism|regret|"
    r"doubts?|disappointment|frustration|anger|dismay|alarm|scepticism|skepticism|fears?|outrage)\b"
    r"|\bquestion(?:s|ed)?\s+whether\b"
    r"|\bdescrib(?:ed|es|ing)\s+(?:[\w’'-]+\s+){1,6}?as\s+(?!…)(?:an?|the|[a-z]+ly)?\s*[a-z]"
    # … or what someone called it, in the writer's words: "called the launch a provocation".
    r"|\bcall(?:s|ed|ing)\s+(?:it|them|this|that|the\s+[\w’'-]+(?:\s[\w’'-]+)?)\s+(?:an?|the)\s"
    r"(?!…)",
    re.IGNORECASE,
)
# … and what something needs or deserves ("Millbrook does not need another bypass").
_OBLIGATION = re.compile(
    r"\b(?:should|ought to|must|needs? to)\b|(?<!\bthe )(?<!\ba )\b(?:needs?|deserve[sd]?)\b",
    re.IGNORECASE,
)
# … what a source says ought to be done is their view ("the union said the council should
# resign"); what a court or a body ruled or ordered is a record.
_MAIN_CLAUSE_OBLIGATION = in_main_clause(_OBLIGATION)
_ADVICE = re.compile(r"\b(?:should|ought to)\b(?!\s+(?:\w+ly\s+)?be\s+[a-z]+(?:ed|en|wn)\b)")
_ORDERED = re.compile(r"\b(?:ruled|ordered|decided|required|ruling|order)\b")
# The writer turning to the reader ("You can hear the room", "you will see the problem").
_READER = re.compile(r"(?<![Tt]hank )\b[Yy]ou(?:[’'](?:ll|re|d|ve))?\b")
# A step a procedure requires is on record, not the writer's demand: "must still be ratified by
# parliament", "needs to be approved by the board" ("should be approved" stays advice).
_PROCEDURE = re.compile(
    r"\b(?:must|needs? to|has to|have to)\s+(?:still\s+|first\s+|also\s+)?be\s+(?:approved|"
    r"ratified|signed|confirmed|passed|endorsed|authori[sz]ed|certified|registered|"
    r"rubber-stamped)\b",
    re.IGNORECASE,
)
# A likelihood or a forecast is the source's estimate even when reported or timed ("said inflation
# was likely to fall", "is expected to ease by the evening", "are forecast to rise"); of the past
# ("likely to have caused") it reports an uncertain fact. ("appeared to", "seemed to" were tried:
# held-out articles report with them as often as they estimate.)
# … and so is a risk someone runs: "The policy risks turning libraries into warehouses".
_ESTIMATE = re.compile(
    r"\b(?:(?:un)?likely|expected|forecast|projected|predicted)\s+to\s+(?!have\b)[a-z]+"
    r"|(?<!\bthe\s)(?<!\bof\s)\brisk(?:s|ed)?\s+[a-z]+ing\b"
)
# What can or cannot be, said as the writer's own view ("Technology can transform lives", "This
# cannot go on"); not what can be done to a thing ("can be seen from the ferry") nor a permission
# with its times ("Residents can bring questions on Tuesdays").
_CAN = re.compile(r"\bcan(?:not|[’']t)?\b(?!\s+(?:\w+ly\s+|also\s+)?be\s+[a-z]+(?:ed|en|wn)\b)")
# Case matters for "may": "May" is usually the month.
_HEDGE = re.compile(
    r"\b(?:may|might|could|(?i:perhaps|probably|possibly|likely|unlikely|arguably)|"
    r"seems?|appears? to)\b"
)
_PREDICTION = re.compile(
    r"\b(?:will|won[’']t|shall)\b|\bwould\b(?=.*\bif\b)|(?<=\bif\b)(?=.*\bwould\b)",
    re.IGNORECASE,
)
_MAIN_CLAUSE_PREDICTION = in_main_clause(_PREDICTION)
# A judgement in the shape "it's (not) clear/evident/logical that/why/to …".
# … or an inference denied: "that doesn't mean the reef is safe".
_IT_IS = re.compile(
    r"\b(?:[Ii]t(?:[’']s| is| was| seems| feels| has been)|has it been)\s+(?:not\s+)?(?:\w+ly\s+)?"
    r"(?:less\s+|more\s+)?\w+\s+(?:that|why|how|whether|to|who|what)\b"
    r"|\b(?i:that|this|it)\s+(?:doesn[’']t|does not|didn[’']t|did not|won[’']t)\s+mean\b"
    # … or a pseudo-cleft that weighs: "What matters is whether …".
    r"|^What\s+(?:really\s+)?(?:matters|counts|is (?:needed|missing|striking|clear))\b"
    # … or the writer framing the matter with a shell noun: "The real question is who pays".
    r"|^The\s+(?:\w+\s+)?(?:question|problem|answer|point|lesson|truth|irony|danger|trouble|"
    r"paradox|reality|solution)\s+(?:is|was|lies|remains)\b"
)
# Stance adverbials (Biber's attitude and epistemic kinds) and an intensified adjective: the
# writer commenting on what they report ("Sadly, …", "so angry", "deeply flawed").
_STANCE_ADVERB = re.compile(
    r"\b(?i:sadly|unfortunately|fortunately|surprisingly|unsurprisingly|surely|certainly|"
    r"undoubtedly|of course|admittedly|hopefully|"
    r"ideally|ironically|inevitably|predictably|remarkably|strikingly|tragically|thankfully|"
    r"luckily|alas|absurdly|rightly|wrongly|at all)\b"
    # … these but in manner before a participle: "has clearly outlined its rules".
    r"|\b(?i:clearly|obviously|evidently|frankly|honestly)\b(?!\s+[a-z]+ed\b)"
    r"|\b(?:strongly|firmly|vehemently|categorically|fiercely|bitterly)\s+(?:\w+\s+)?"
    r"(?:reject|den[yi]|condemn|oppos|support|disagree|object|critici[sz]|urge|believe|"
    r"recommend)\w*"
    # … and excess, which judges whatever it measures ("for too long", "too few").
    r"|\btoo\s+(?:long|much|many|few|little|far|late|early|often|soon)\b"
    r"|\b(?:so|too|very|extremely|incredibly|deeply|highly|truly|utterly|hugely|terribly|"
    r"awfully|particularly|especially|crucially|hardly|barely)\s+(?!many\b|much\b|far\b|"
    r"long\b|few\b|that\b|th(?:e|ose|ese|is)\b|an?\b|in\b|on\b|at\b|for\b|to\b|with\b|"
    r"among\b|when\b|if\b|as\b|since\b|because\b|after\b|during\b)[a-z]+(?:ly\s+[a-z]+)?\b"
)
# Modality inside reported speech is the source's ("three may have escaped, officials said").
# In lower case: "Said" or "Told" inside a sentence is a name ("the poet Amaal Said").
_REPORTING = re.compile(
    r"\b(?:say|says|said|told|tells|(?i:according) to|reported|(?i:reportedly)|ruled|announced|"
    r"confirmed|stated|added|decided|ordered)\b"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}\s(?:{_MONTHS})\b|"
    rf"(?:in|since|by|until|of|from|early|late|mid-)\s(?:{_MONTHS})\b|(?:19|20)\d\d\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:today|tonight|tomorrow|yesterday)\b|(?:last|next|this)\s(?:week|month|year|spring|"
    r"summer|autumn|fall|winter|weekend)\b|later this\b)",
)
# A time precise enough to schedule by: "will announce on Friday", "by June 4", "tomorrow",
# "until September".
_SCHEDULE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s\d{{1,2}}\b|\d{{1,2}}\s(?:{_MONTHS})\b|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|"
    r"(?:today|tonight|tomorrow)\b|next\s(?:week|month)\b|later this\b|at \d|"
    rf"in (?:19|20)\d\d\b|(?:until|by|from|before|in)\s(?:{_MONTHS})\b)"
)
# A forecast reported, "will" in the past of reported speech: "She said rising temperatures would
# cut the river's flow", "officials said the bridge could reopen within weeks"; not what a
# speaker says they themselves would do (below).
# … "could" or "may" a guess at what will come, not what may have been ("three may have
# escaped"), what could not be done ("could not determine") nor what could be seen.
_GUESS = (
    r"\b(?:would|could|might|may)\b"
    r"(?!\s+(?:not\b|have\b|never\b|(?:\w+ly\s+)?be\s+[a-z]+(?:ed|en|wn)\b))"
)
_REPORTED_FORECAST = re.compile(
    r"\b(?:says?|said|told \w+|predicted|forecast|warned)\s+(?:that\s+)?"
    rf"(?!(?:he|she|they|it|we|I)\b)[^,;:]*?{_GUESS}"
)
# … or with the source named after it: "Prices may rise again, the bank said.", "…, according to
# the council." (not "It would close two sites, the firm said": its own plan).
_SOURCE_AFTER = re.compile(
    r"^(?!(?:He|She|They|It|We|I)\b)[^,;:]+,\s+(?:(?:[\w’'.-]+\s+){1,6}?(?:says|said)|"
    r"according to [^,;:]+)\.$"
)
# … or a commitment reported: "Innes says she will keep …" is on record, not a guess.
_COMMITMENT = re.compile(
    r"\b(?:says?|said|told \w+|promised|pledged)\s+(?:that\s+)?(?:she|he|it|they|we)\s+"
    r"(?:will|would|won[’']t)\b"
)
_FIGURE = re.compile(
    r"(?<![\w-])(?:[$€£¥]\s?)?\d(?:[\d,.]*\d)?(?:\s?(?:%|per ?cent|km|kg|m|bn|million|"
    r"billion|trillion)(?![A-Za-z]))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|hundred|thousand|dozens?|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)
# Past events; a participle after "is"/"are" is a present passive ("is reserved for").
_PAST = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bbe )\b(?:[a-z]{3,}ed|had|became|began|came|went|"
    r"made|took|gave|found|left|led|won|"
    r"lost|fell|rose|met|held|sent|spent|saw|got|put|set|ran|fled|built|bought|sold|paid|"
    r"brought|fought|struck|wrote|spoke|chose|drove|grew|knew|shot|stood|told|said)\b"
)
# A participle after "is (not) (exclusively)" is a present passive, not a past event.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be)\s+(?:not\s+)?(?:\w+ly\s+)?$")
_NAMED = re.compile(r"(?<=[a-z,;:(–—-]\s)(?:[A-Z][\w’'.&-]+)(?:\s(?:of\s)?[A-Z][\w’'.&-]+)*")
_PLAIN = "a plain statement"
_RECORDED = ("figure", "date", "named source", "past event")
# Evidence a scene has too: a character's name, a participle ("fried dumplings").
_WEAK_EVIDENCE = ("names", "past event", _PLAIN)
# A newscast or a bulletin naming itself ("This is VOA News.", "That's the news for now."), its
# presenter ("I'm Sarah Lin, reporting from Geneva."), or its running order ("Here are today's
# top stories:", "We turn now to sport.", "Thanks for listening.").
_ABOUT_ITSELF = re.compile(
    r"^(?:(?:This is|This has been|That[’']s|That is|That was|Those were|Welcome to)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,4}?(?i:news|report|bulletin|headlines|"
    r"programme|program|broadcast|podcast|briefing|brief|update)\b"
    r"(?:\s+(?:for now|for today|for tonight|for this (?:hour|evening|morning|week)|"
    r"(?:from|with|on) [A-Z][\w’' ]*))?[.!]$"
    r"|You(?:[’']re| are| have been|[’']ve been) (?:listening to|watching) (?:the )?[A-Z]"
    r"|Here (?:are|is) (?:the |today[’']s |tonight[’']s |this \w+[’']s |our )*(?:top |main |"
    r"latest )?(?:stories|story|headlines|news)\b"
    r"|(?:Thanks?|Thank you) for (?:listening|watching|joining)\b"
    r"|(?:Reporting from [A-Z][\w’' ]*, )?I[’']m [A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*"
    r"(?:,? reporting (?:from|in) [A-Z][\w’' ]*)?[.!]$"
    r"|(?:More on that|We turn now to|Turning now to|Coming up)\b)"
)
# An e-mail address or a telephone number: a contact line of the page.
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(\d{3}\)\s?\d{3}-\d{4}|\+\d[\d ()-]{8,}\d")
_WORDS = re.compile(r"[A-Za-z][a-z’'-]+")


def judge(sentence: str) -> Stance | None:
    """The sentence's stance with the evidence for it, or None when there is too little."""
    outside = QUOTED.sub(" … ", sentence).strip()
    words = _WORDS.findall(outside)
    if not _statement(outside):
        return None
    if _QUESTION.search(sentence):
        return None if _ASKS.match(outside) else Stance(OPINION, "question")
    if not_yet_known(outside):
        return Stance(CLAIM, _evidence(outside) or _PLAIN)
    opening = _OPENING_CLAUSE.match(outside)
    if opening and _imperative(outside[opening.end() :]):
        return None  # an instruction to the reader: "If you have to travel, check …"
    cue = _cue(outside)
    report = reported_before_comment(outside) if cue else ""
    if report and not _cue(report) and _evidence(report).startswith(_RECORDED):
        return Stance(CLAIM, _evidence(report))  # "Trump met Lavrov on Tuesday, a visit that …"
    if cue:
        return cue
    # Capitalised words inside the sentence are names ("Great Barrier Reef"), not judgements.
    evaluative = [
        w
        for i, w in enumerate(words)
        if w.lower() in subjective_words() and (i == 0 or w.islower())
    ]
    checkable = _evidence(outside)
    # One evaluative word in a sentence that reports something checkable is a modifier ("this
    # remarkable site has been listed"); alone, or with another, it is the sentence's point.
    if len(evaluative) >= 2 or (evaluative and checkable == _PLAIN):
        listed = ", ".join(f"'{w}'" for w in evaluative[:3])
        return Stance(OPINION, f"evaluative: {listed} (subjectivity lexicon)")
    predicate = evaluative_predicate(outside) or evaluative_manner(
        outside, counted=checkable.startswith(("figure", "date"))
    )
    if predicate:
        return Stance(OPINION, f"judgement: '{predicate}'")
    credited = reported_judgement(outside)
    if credited:
        return Stance(OPINION, f"judgement reported: '{credited}'")
    generic = GENERIC.match(outside)
    if checkable in (_PLAIN, "") and generic and names_a_kind(generic.group(1), generic.group(2)):
        return Stance(OPINION, f"generalisation: '{generic.group(0)}'")
    summed = "" if checkable.startswith(("figure", "date")) else summing_up(outside)
    if summed:
        return Stance(OPINION, f"judgement: '{summed}'")
    tokens = len(re.findall(r"[\w%’'-]+", outside))
    if checkable.startswith("past event") or checkable == _PLAIN or (not checkable and tokens > 4):
        said = characterisation(outside)
        if said:  # what something is, with nothing to check it by: "The ferry is a lifeline."
            return Stance(OPINION, f"judgement: '{said}'")
    if _imperative(outside):
        return None  # an imperative ("Take the example of …") states nothing to check
    if (checkable.startswith(_WEAK_EVIDENCE) and scene(outside)) or framed_scene(outside):
        return None  # a scene or a plot in the present: "Maeve climbs the tower.", "By ten …"
    if cast_plot(outside):
        return None  # a plot told through the cast: "Marlene (Sally Hughes) invites …"
    return Stance(CLAIM, checkable) if checkable else None


def _cue(outside: str) -> Stance | None:
    """An opinion a cue of grammar shows: the first person, a stance adverb, a view credited to
    someone, a set phrase, a prediction, an obligation, a hedge or an estimate."""
    reported = _REPORTING.search(outside) is not None
    scheduled = any(p.search(outside) for p in (_SCHEDULE, _COMMITMENT, PLANNED))
    # Advice quoted in the source's words, timed, or ordered by a body is on record.
    advised = not scheduled and not _ORDERED.search(outside) and "…" not in outside
    for name, find, applies in (
        ("first person", _FIRST_PERSON.search, True),
        ("judgement", _IT_IS.search, True),
        ("stance", _STANCE_ADVERB.search, True),
        ("stance", _READER.search, True),
        ("view credited to someone", _CREDITED_VIEW.search, True),
        ("reaction reported", _REACTION.search, True),
        ("judgement", IDIOM.search, True),
        ("judgement", judged_without_cue, True),
        ("prediction", _MAIN_CLAUSE_PREDICTION, not scheduled),
        ("prediction", _REPORTED_FORECAST.search, not scheduled),
        ("prediction", _guess_before_source, not scheduled),
        ("obligation", hortative, True),
        ("obligation", _MAIN_CLAUSE_OBLIGATION, not reported and not _PROCEDURE.search(outside)),
        ("advice reported", _ADVICE.search, advised),
        ("hedge", _HEDGE.search, not reported),
        ("hedge", _CAN.search, not reported and not scheduled),
        ("estimate", _ESTIMATE.search, True),
    ):
        match = find(outside) if applies else None
        if match:
            return Stance(OPINION, f"{name}: '{match.group(0)}'")
    return None


def _guess_before_source(outside: str) -> re.Match[str] | None:
    """A guess a source is named after: "The storm could bring floods, forecasters said"."""
    return re.search(_GUESS, outside) if _SOURCE_AFTER.match(outside) else None


def _statement(outside: str) -> bool:
    """Whether the words outside quotations make a statement: not a fragment or page furniture
    ("• 941 comments"), not how to reach someone ("contact … at (202) 203-4959"), not a
    newscast's words about itself ("This is the Evening Report.")."""
    if len(re.findall(r"[\w%’'-]+", outside)) < 4:
        return False
    ended = re.search(r"[.!?:…][”’\"')\]]*\s*$", outside) is not None
    about_itself = _ABOUT_ITSELF.match(outside) is not None or furniture(outside)
    return ended and not _CONTACT.search(outside) and not about_itself


# A clause of purpose, condition or time opening the sentence: "To find out …, ", "If …, ".
_OPENING_CLAUSE = re.compile(r"^(?:To|If|When|Before|Once|Unless)\b[^,]*,\s+")
_DETERMINER = re.compile(r"(?i:the|an?|this|that|these|those|her|his|its|their|our|my|your)$")


def _imperative(clause: str) -> bool:
    """Whether a clause opens with a verb in the imperative: one the lexicon gives as a verb
    opening a sentence ("Take", "Check"), or as a verb before a determiner ("Watch her face")."""
    words = _WORDS.findall(clause)[:2]
    if not words:
        return False
    following = words[1] if len(words) > 1 else ""
    return part_of_speech(words[0].capitalize()) == "VB" or (
        part_of_speech(words[0].lower()) == "VB" and _DETERMINER.match(following) is not None
    )


def _evidence(sentence: str) -> str:
    for name, pattern in (("figure", _FIGURE), ("date", _DATE)):
        match = pattern.search(sentence)
        if match:
            return checkable(name, match.group(0))
    source = _REPORTING.search(sentence) or speech_in(sentence)
    if source:
        return f"named source: '{source.group(0)}'"
    named = _NAMED.search(sentence)
    if named:
        return f"names: '{named.group(0)}'"
    past = next(
        (m for m in _PAST.finditer(sentence) if not _PASSIVE_BEFORE.search(sentence[: m.start()])),
        None,
    )
    if past:
        return f"past event: '{past.group(0)}'"
    return _PLAIN if len(_WORDS.findall(sentence)) >= 5 and sentence.endswith(".") else ""


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def checkable(kind: str, words: str) -> str:
    """A claim's evidence as its reason names it: a figure that is a year alone is a date
    ("date: '2009'"), as a reader would call it."""
    words = words.strip()
    return f"{'date' if _YEAR.fullmatch(words) else kind}: '{words}'"
