"""Claims and opinions where an editorial, a news analysis or a review mixes them: the writer's
feeling, certainty or taste, what someone holds a thing to be, a thing cut down to what the writer
sees in it; and a count ("his third attempt"), which stays a record. Sentences written for these
tests, of the kinds three real tuning articles of those kinds showed (an editorial, an election
analysis, a film review)."""

from __future__ import annotations

import pytest

from .test_stance import tagged


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        # The writer unsure, or liking something, in the present or the past.
        ("The school board met twice, and we’re not sure why.", "judgement: 'and we’re not sure'"),
        ("I am not convinced by the new timetable.", "judgement: 'am not convinced'"),
        ("Despite the reviews, I largely enjoyed the second season.", "first person"),
        ("We admired the volunteers who kept the museum open.", "first person"),
        ("On the whole, we liked the new layout of the market.", "first person"),
        # What someone holds a thing to be.
        ("Many fans consider it the band’s weakest album.", "view credited to someone"),
        ("Local anglers considered them a nuisance on the river.", "view credited to someone"),
        # A thing cut down to what the writer sees in it.
        ("The new parking charge is nothing but a tax on shoppers.", "judgement: 'is nothing but'"),
        ("The summit was little more than a photo opportunity.", "judgement: 'was little more"),
        # Set phrases of value, of gain and loss, and of room to act.
        ("The new rules are a missed opportunity for tenants.", "judgement: 'a missed opp"),
        ("The figures speak for themselves.", "judgement: 'speak for themselves'"),
        ("Small farms have much to lose from the deal.", "judgement: 'have much to lose'"),
        ("Retailers stand to gain from the later opening hours.", "judgement: 'stand to gain'"),
        # Excess judges what it measures; a risk someone runs is an estimate.
        ("The station has been closed for too long.", "stance: 'too long'"),
        ("The plan risks pushing young families out of the valley.", "estimate: 'risks pushing'"),
        # The writer framing the matter, or summing up what came before.
        ("The real question is who will pay for the new sewer.", "judgement: 'The real question"),
        ("This is the Greens’ dilemma.", "judgement: 'This is the Greens’ dilemma'"),
        ("That is the heart of the problem.", "judgement: 'That is the heart"),
        ("Not since 1990 has it been less clear who will lead the party.", "judgement: 'has it"),
        # How far a thing goes, and the emphasis of "at all".
        ("The new rules would go a long way toward fixing the rota.", "judgement: 'go a long way'"),
        ("The offer is fine, as far as it goes.", "judgement: 'as far as it goes'"),
        ("A bigger car park does not help the town centre at all.", "stance: 'at all'"),
        # What an event marks or shows, the writer's praise, a group's view of a thing.
        ("The vote marks an important moment for Millbrook.", "judgement: 'marks an important"),
        ("The rescue demonstrates the power of local volunteers.", "judgement: 'demonstrates the"),
        ("I congratulate the crews on a safe return.", "first person: 'I congratulate'"),
        ("Congratulations to the whole team on the opening.", "first person"),
        ("Many residents see the tower as an eyesore.", "view credited to someone"),
        # "That's all" that is not a programme's ending.
        ("That’s all fine, as far as it goes.", "judgement: 'as far as it goes'"),
        ("This is exactly the kind of shop Millbrook lost.", "judgement: 'This is exactly"),
        # Whose eyes a thing is seen through.
        ("For Okafor, the new stadium is a matter of pride.", "view credited to someone"),
        ("For many residents, the bridge was the only way to work.", "view credited to someone"),
    ],
)
def test_feelings_tastes_and_held_views_are_opinions(sentence: str, reason: str) -> None:
    [(tag, shown)] = tagged(sentence)
    assert (tag, shown[: len(reason)]) == ("opinion", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        # A count is a record, whatever it counts.
        "This is his third attempt at the seat.",
        "It was the second closure of the plant this year.",
        # A council or a court that will consider something on a date.
        "The planning committee will consider it at its meeting on 4 March.",
        # Advice given is on record; a count or a place a clause picks out is not a summing-up.
        "The health board warned against swimming in the lake after the spill.",
        "This is the second time the bridge has been closed since 2019.",
        "This is the valley where Amir Haddad grew up.",
        # "For example" opens an example, not a view.
        "For example, the council sold two car parks to pay for the repairs.",
    ],
)
def test_counts_and_scheduled_considerations_stay_claims(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A plot told inside its work, in the present.
        "In the novel, a young hydrologist returns to her flooded hometown.",
        "At the end of each episode, she chooses one of the five for a second date.",
        "Her brother, meanwhile, tries to sell the farm.",
        # A page's words about itself.
        "This article is republished from The Conversation under a Creative Commons license.",
        "Reporting by Jane Smith; Editing by Tom Brown.",
        "Additional reporting by Tom Abel in Hartley.",
        "Associated Press writer Mai Ostrova in Boston contributed to this report.",
        "Some information for this report came from Reuters and AFP.",
        "Copyright 2021 The Harbour Gazette. All rights reserved.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Click here to read the full report from the inspectors.",
        "Here’s what you need to know about the new timetable.",
        "Editor’s note: This story has been updated to include comment from the ministry.",
        "The views expressed in this article are the author’s own.",
        "Sign up to get our best stories sent to your inbox every week.",
        # A newscast or a video on its running order and its ending.
        "Here’s a look at some of the stories we’re following.",
        "Joining us now from Geneva is our correspondent Anna Ruiz.",
        "Let’s go to our correspondent in Seoul.",
        "We’ll have more on that later in the programme.",
        "That’s what’s up this week at the space centre.",
        "For more on these and other stories, visit our website.",
        "This has been the Harbour Radio news brief for June 3, 2021.",
        # A live page on itself.
        "We’ll be bringing you the latest on the floods throughout the day.",
        "A reader in Harwick has sent us this photo of the flooded square.",
        # A scene set by the clock, told in the present.
        "By nine o’clock the square behind the town hall has filled with stalls.",
        "By eleven the musicians have packed up their drums.",
        "The cooks scrub the griddles, and by half past the lane is dark again.",
        "On a wet Thursday morning she is at the door of a flat above the bakery.",
    ],
)
def test_a_plot_a_scene_by_the_clock_or_a_page_about_itself_is_not_tagged(sentence: str) -> None:
    assert tagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # Told in the past, what happened in a season is a record.
        ("In the final season, the club was relegated to the second division.", "claim"),
        # "Said" inside a sentence is a name, not a report: the hedge is the writer's.
        ("The poet Nadia Said may be the finest writer of her generation.", "opinion"),
        # A kind named by an adjective the lexicon knows in lower case only.
        ("Remote workers are often blind to the rents they push up.", "opinion"),
        # A time with a past event or a plan is a record; a forecast reported is the source's.
        ("By nine o’clock the police had closed the road to the harbour.", "claim"),
        ("At noon on Friday the council will announce the results.", "claim"),
        ("She said the new dam would flood three villages.", "opinion"),
        ("South Korea called the launch a grave provocation.", "opinion"),
    ],
)
def test_past_plots_times_names_like_verbs_kinds_and_forecasts(sentence: str, tag: str) -> None:
    assert [found for found, _ in tagged(sentence)] == [tag]
