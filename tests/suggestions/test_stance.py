"""Claims and opinions at sentence level, on sentences written for these tests (each a kind of
mistake listed in issue 26), as a reader sees them: the tag and the reason shown."""

from __future__ import annotations

import pytest

from readmark.core.suggestions import suggest
from readmark.core.text import split_blocks


def tagged(body: str) -> list[tuple[str, str]]:
    text = "Title\n\n" + body
    return [(s.tag, s.reason) for s in suggest(text, split_blocks(text)) if s.tag != "quote"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, the administration will announce a new strategy.",  # scheduled, not a guess
        "Three others may have escaped, officials said.",  # the officials' hedge, reported
        "They later seized the Libyan city of Sirte.",  # no figure, no "said"
        "The ministry published its figures in March.",
        "The council has closed the library on Elm Street.",
        "Many researchers receive grants from the government.",
        # "own" marks possession ("its own"), or is the verb; the lexicon rates it as praise.
        "Each flat heats its water in its own boiler.",
        "Parked cars own the pavement.",
        # An adjective in a clause of time or condition is not what the sentence asserts.
        "Tomatoes ripen more slowly when the nights are cool, a study has found.",
        # A definition: an indefinite subject, and a head the rest of the sentence restricts.
        "A tram-train is a vehicle that runs on both railway and street tracks.",
        # "will" in a relative clause is not the sentence's point; "until September" a schedule.
        "The council began work this month on a bridge that will link the two harbours.",
        "Roadworks on the high street will last until September.",
    ],
)
def test_checkable_statements_are_claims(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The plan is a disastrous mistake.", "evaluative: 'disastrous' (subjectivity lexicon)"),
        ("I think the council got this wrong.", "first person: 'I think'"),
        ("The city should rebuild the bridge.", "obligation: 'should'"),
        ("Prices will keep rising for years.", "prediction: 'will'"),
        ("Perhaps both of them are right.", "hedge: 'Perhaps'"),
        ("Critics say the scheme lacks protections.", "view credited to someone: 'Critics say'"),
        ("Is this really the end of the road?", "question"),
        (
            "It’s not entirely clear why the vote was delayed.",
            "judgement: 'It’s not entirely clear why'",
        ),
        ("Sadly, the old theatre is gone.", "stance: 'Sadly'"),
    ],
)
def test_judgements_are_opinions_with_the_evidence_shown(sentence: str, reason: str) -> None:
    assert tagged(sentence) == [("opinion", reason)]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The bridge over the river opened in 2009.", "date: '2009'"),
        ("The council spent 2,400 pounds on the new benches.", "figure: '2,400'"),
        ("Desde el año 2009, la biblioteca abre para los vecinos.", "date: '2009'"),
        ("El ayuntamiento aprobó 300.000 euros para la biblioteca.", "figure: '300.000'"),
    ],
)
def test_a_claim_s_year_is_shown_as_a_date_and_an_amount_as_a_figure(
    sentence: str, reason: str
) -> None:
    assert tagged(sentence) == [("claim", reason)]


def test_page_furniture_is_not_a_claim() -> None:
    assert tagged("• 941 comments\n\n• 24 July 2015\n\n3 Comments »") == []


def test_a_sentence_that_opens_with_a_quotation_is_the_quotations() -> None:
    body = "“This is a sad day,” said Ana Lima, who has lived here for 14 years."
    assert tagged(body) == []


def test_words_of_one_article_are_no_longer_cues() -> None:
    body = (
        "The tyrant slimmed the budget in 2019.\n\n"
        "In-fighting in the party is at fever pitch this week.\n\n"
        "Officials spoke of doom at the sorrowful ceremony on May 9."
    )
    assert [tag for tag, _ in tagged(body)] == ["claim", "claim", "claim"]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("With 545,000 people, Lisbon is a wonderful city.", "judgement: 'is a wonderful'"),
        ("That was the worst decision the council made in 1998.", "judgement: 'was the worst'"),
        ("But that doesn’t mean the river is clean.", "judgement: 'that doesn’t mean'"),
        ("Public transport is not a luxury.", "generalisation: 'Public transport is'"),
        ("Children are natural scientists.", "generalisation: 'Children are'"),
        (
            "A neighbour wonders whether the works will ever end.",
            "view credited to someone: 'wonders whether'",
        ),
        ("Schools must publish their menus.", "obligation: 'must'"),
    ],
)
def test_judgements_without_a_cue_word_are_opinions(sentence: str, reason: str) -> None:
    assert tagged(sentence) == [("opinion", reason)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Every school must publish its menu by June, the ministry said.",  # a reported rule
        "The festival drew crowds, especially in the evenings, to Leeds in 2019.",
        "The Thames is the longest river in England.",  # a superlative that is a record
        "The parish hall is reserved for members on Sundays.",
    ],
)
def test_reported_rules_focus_words_and_records_stay_claims(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]


def test_an_imperative_states_nothing_to_check() -> None:
    assert tagged("Take the example of the city’s buses.") == []


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("We were shocked to read the council’s letter of 3 May.", "judgement: 'We were shocked'"),
        (
            "To cut the route in 2025 is odd; to close it is even more absurd.",
            "judgement: 'is even more absurd'",
        ),
        ("The union strongly rejects the claims made on Monday.", "stance: 'strongly rejects'"),
    ],
)
def test_feelings_comparisons_and_firm_stances_are_opinions(sentence: str, reason: str) -> None:
    assert tagged(sentence) == [("opinion", reason)]


def test_a_manner_adverb_and_a_colon_lead_in_leave_a_claim() -> None:
    assert [tag for tag, _ in tagged("The trust has clearly outlined its rules since 2019.")] == [
        "claim"
    ]
    body = 'On Monday the mayor of Leeds issued the following statement: "We will rebuild."'
    assert tagged(body) == [("claim", "date: 'Monday'")]


def test_a_contact_line_is_not_a_claim() -> None:
    assert tagged("For more details, call the office at (202) 555-0143 or write to a@b.org.") == []


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The ferry is the island's lifeline.", "judgement: 'The ferry is the island's lifeline'"),
        ("The result is a mess.", "judgement: 'is a mess'"),
        ("It was a waste of everyone's time.", "judgement: 'was a waste'"),
        ("The dialogue is clunky and slow.", "judgement: 'The dialogue is clunky'"),
        ("It is transport, and it is cheap.", "judgement: 'is cheap'"),
        ("It is her most personal book, and her best.", "judgement: 'her most personal'"),
        ("You can hear the room in every song.", "stance: 'You'"),
        ("The town does not need another car park.", "obligation: 'need'"),
        ("Voters deserve a straight answer.", "obligation: 'deserve'"),
    ],
)
def test_a_predicate_that_judges_is_an_opinion(sentence: str, reason: str) -> None:
    assert tagged(sentence) == [("opinion", reason)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its budget is the largest in the region.",  # a superlative that measures
        "One of the most popular stations in Kenya, it has broadcast since 1982.",
        "Right now this is not the case.",
        "She uploaded photographs that are free for public use.",  # a relative clause's adjective
    ],
)
def test_measured_superlatives_and_relative_clauses_stay_claims(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]


def test_an_interviews_questions_are_not_tagged() -> None:
    body = "Q: Is street art still a rebellion?\n\nNot really, and I think that is fine."
    assert tagged(body) == [("opinion", "first person: 'and I think'")]


def test_a_pseudo_cleft_that_weighs_is_an_opinion() -> None:
    assert tagged("What matters is whether people feel the wall is theirs.") == [
        ("opinion", "judgement: 'What matters'")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you are driving, check the forecast before you leave.",  # an instruction
        "To see whether your school is open, call the county's office.",
        "Watch the goalkeeper in the second half.",
        "What are the rules for the new heat network?",  # asks what the text goes on to answer
        "So what is a tram-train, and where will it run?",
    ],
)
def test_instructions_and_questions_that_ask_are_not_tagged(sentence: str) -> None:
    assert tagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Who could blame them?", "question"),  # a modal: the question judges
        ("Why doesn't the council listen?", "question"),
        (
            "Shopkeepers complain that the market is taking their trade.",
            "view credited to someone: 'complain that'",
        ),
    ],
)
def test_rhetorical_questions_and_complaints_are_opinions(sentence: str, reason: str) -> None:
    assert tagged(sentence) == [("opinion", reason)]


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Mr Reddy was unmoved by the offer.", "judgement: 'was unmoved'"),
        ("The fishermen are not convinced.", "judgement: 'are not convinced'"),
    ],
)
def test_an_attitude_unpersuaded_is_an_opinion(sentence: str, reason: str) -> None:
    assert tagged(sentence) == [("opinion", reason)]


def test_a_thing_moved_is_a_claim() -> None:
    assert [tag for tag, _ in tagged("The statue was moved to the harbour.")] == ["claim"]
