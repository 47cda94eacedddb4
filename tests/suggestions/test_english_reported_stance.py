"""Judgements credited to someone, which RULES.md reads as opinions "whether the author's or
attributed to someone": what a source is reported to hold a thing to be. And what a source reports
that can be checked, which stays a claim. Sentences written for these tests."""

from __future__ import annotations

import pytest

from readmark.core.speech_verbs import speech_in

from .test_stance import tagged


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # A reported predicate that judges, the reporting verb before or after it.
        ("The union said the new rota was unfair to night staff.", "judgement reported"),
        ("Okafor says she’s just relieved she’s safe.", "judgement reported"),
        ("The warden told reporters that they’re fortunate the dunes held.", "judgement reported"),
        ("The new rules were premature, the growers’ association said.", "judgement"),
        # A mistake owned or charged, with a date beside it.
        ("In 2020, the council made the wrong decision.", "judgement: 'made the wrong decision'"),
        ("The chairman admitted the club had made mistakes.", "judgement: 'made mistakes'"),
        # A verdict on a policy or a conduct, the writer's or a source's.
        ("The council’s response to the 2022 floods was inadequate.", "judgement: 'was inadequ"),
        ("Inspectors said the cuts were reckless.", "judgement"),
        # A noun that judges, with a date or a figure beside it.
        ("Two decades later, the 1970s car park is an eyesore.", "judgement: 'is an eyesore'"),
        ("The £3 million scheme has been a nightmare for tenants.", "judgement: 'has been a nig"),
        ("Leaders said the 2019 summit was a distraction.", "judgement: 'was a distraction'"),
        # A feeling or a doubt someone voiced.
        ("The minister expressed concern that the talks had stalled.", "reaction reported"),
        ("Residents voiced frustration at the delays on the A9.", "reaction reported"),
        ("Critics have questioned whether the scheme offers value for money.", "reaction reported"),
        # How a thing appeared to the source.
        ("The mayor said the worst appeared to be over.", "judgement reported: 'appeared'"),
        ("The town seems ready for the storm, the harbourmaster said.", "judgement reported"),
        # What someone called a thing, the judgement after it, a date or a figure beside it.
        ("Critics called the new parking rules unfair to shoppers.", "judgement reported"),
        ("Growers branded the 2021 quota ridiculous.", "judgement reported"),
        ("Okafor, 54, says she’s lucky to be alive.", "judgement reported"),
        # A guess at what will come, reported with "could", "might" or "may".
        ("Officials said the bridge could reopen within weeks.", "prediction"),
        ("Economists said inflation might ease later in the year.", "prediction"),
        ("The minister said the plan could cost 2,000 jobs.", "prediction"),
        # What a group believes, fears or hopes, in the present.
        ("Police believe the fire at the depot was started deliberately.", "view credited"),
        ("Investors fear a recession in 2025.", "view credited"),
        ("Officials now hope the new route cuts journey times.", "view credited"),
        # A forecast credited to no one in particular.
        ("House prices are forecast to rise by 3% next year.", "estimate: 'forecast to rise'"),
        ("The town’s population is projected to double by 2040.", "estimate: 'projected to"),
        # … or with the source named after it.
        ("The storm could bring flooding to the coast, forecasters said.", "prediction: 'could'"),
        ("The ferry may resume sailing by the weekend, according to the operator.", "prediction"),
        # What a source says ought to be done.
        ("The union said the council should resign.", "advice reported: 'should'"),
        ("Gardeners ought to leave long grass, the charity said.", "advice reported"),
        # How far a thing is from done or sure, in the writer's words or a source's.
        ("The mayor said the clean-up was far from over.", "judgement: 'far from over'"),
        ("A settlement with the Harbour Trust is far from certain.", "judgement: 'far from cert"),
        # What a thing had been held to be, in any tense.
        ("The talks in Oslo had been viewed as a last chance for a deal.", "view credited"),
        ("The merger has long been regarded as a model for the sector.", "view credited"),
    ],
)
def test_a_judgement_reported_is_an_opinion(sentence: str, reason: str) -> None:
    [(tag, shown)] = tagged(sentence)
    assert (tag, shown[: len(reason)]) == ("opinion", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        # A rated word before a noun describes it; a figure reported is a record.
        "The mayor said rescuers reached the village because of dangerous flooding.",
        "The flood is now the third worst in a century, officials said.",
        "Police said the driver was taken to hospital on Monday.",
        # A plan of the source's own, with the source named after it.
        "It would close two depots in the north, the firm said.",
        # What a court ordered, advice timed, or advice in the source's own words.
        "The court ruled that the company should pay £2 million to the tenants.",
        "Officials said on Tuesday that residents should boil their water.",
        "The city said people near the river should “leave at once”.",
        # A question put in a hearing, the noun and not a doubt voiced.
        "The committee raised the question of funding at its meeting on 4 May.",
        # A call made, or an adjective before the noun it describes.
        "The council called the new contractor on Monday.",
        # What may have been, could not be done, or could be seen, reported.
        "Three others may have escaped, officials said.",
        "Firefighters said they could not reach the upper floors.",
        "He said the wreck of the barge could be seen from the pier.",
        # A hope named as a thing, not held by the sentence's subject.
        "The campaign gave families hope of a new school by 2026.",
    ],
)
def test_a_record_reported_stays_a_claim(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Flags hang from the lamp posts, and a band plays by the fountain.",
        "Customers queue three deep at the shop counters.",
    ],
)
def test_a_plural_noun_ending_a_clause_names_no_source(sentence: str) -> None:
    reasons = [reason for _, reason in tagged(sentence)]
    assert reasons and not [r for r in reasons if r.startswith("named source")], reasons


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("“The market opens at six,” the council posts.", "posts"),
        ("‘We were full by noon,’ Okafor adds.", "adds"),
        ("Flags hang from the lamp posts, the mayor said.", "said"),
    ],
)
def test_after_a_quotation_the_same_word_is_the_incise(sentence: str, verb: str) -> None:
    found = speech_in(sentence)
    assert found is not None and found.group(0) == verb
