"""Claims and opinions in English that need more than a cue word: a set phrase or a noun that
judges, a plan someone commits to, and a scene told in the present; sentences written for these
tests, of the kinds the tuning part of the evaluation set missed (issue 26), and the reactions
news reports ("urged", "said he supported", "critics of the scheme say")."""

from __future__ import annotations

import pytest

from .test_stance import tagged


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("The second half of the record falls flat.", "judgement: 'falls flat'"),
        ("The new timetable is a step in the right direction.", "judgement: 'a step in the right"),
        ("The government’s response has fallen far short of it.", "judgement: 'fallen far short"),
        ("Our oceans are in crisis.", "judgement: 'in crisis'"),
        ("Rising seas pose a serious threat to the coast.", "judgement: 'pose a serious threat'"),
        ("Voters have heard it all before.", "judgement: 'have heard it all before'"),
        ("The whole affair has been a fiasco for the council.", "judgement: 'has been a fiasco'"),
        ("The row reflects the failure of the old model.", "judgement: 'reflects the failure'"),
        ("The sceptics were right about the tunnel.", "judgement: 'were right'"),
        ("The move is widely seen as a snub to the mayor.", "view credited to someone: 'is wid"),
        ("Few would disagree with the plan.", "view credited to someone: 'Few would'"),
        # Reactions and views that news reports.
        ("The teachers’ union urged parents to keep their children at home.", "reaction reported"),
        ("The mayor called on the water company to pay for the repairs.", "reaction reported"),
        ("The fishing board welcomed the decision to close the bay.", "reaction reported"),
        ("Mr Ellis said he supported the new rules but opposed the fee.", "reaction reported"),
        ("The inspector described the hospital as badly run.", "reaction reported"),
        ("Critics of the scheme say it rewards the wrong landlords.", "view credited to someone"),
        ("Forecasters warn that the river will rise again.", "view credited to someone"),
        # A likelihood reported is the source's estimate; advice stays advice.
        ("The governor said prices were likely to fall next year.", "estimate: 'likely to fall'"),
        ("The wind is expected to ease by Thursday evening.", "estimate: 'expected to ease'"),
        # What can or cannot be, as the writer's own view.
        ("A good library can change the course of a child’s life.", "hedge: 'can'"),
        ("This state of affairs cannot go on.", "hedge: 'cannot'"),
        ("The plan should be approved by the board.", "obligation: 'should'"),
        ("This is the worst news for the town in years.", "evaluative: 'worst'"),
    ],
)
def test_set_phrases_nouns_and_reactions_are_opinions(sentence: str, reason: str) -> None:
    [(tag, shown)] = tagged(sentence)
    assert (tag, shown[: len(reason)]) == ("opinion", reason)


@pytest.mark.parametrize(
    "sentence",
    [
        "A collie sleeps under the table while the kettle boils.",
        "Behind the stall, his grandmother counts change into a biscuit tin.",
        "In the final act, Maeve climbs the tower and reads the logbook aloud.",
        "A boy in a red coat hands out leaflets about the show.",
        "She pours the tea, then sits down by the window.",
        # A newscast's words about itself.
        "This is the Evening Report.",
        "That’s the news for now.",
        "You’re listening to the Morning Bulletin from Radio Tessel.",
        "Here are today’s top stories:",
        "I’m Sarah Lin, reporting from Geneva.",
        "We turn now to sport.",
    ],
)
def test_a_scene_a_plot_or_a_newscast_about_itself_is_not_tagged(sentence: str) -> None:
    assert tagged(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # A state, a habit or a role in the present holds beyond any scene.
        "A season ticket costs less than a monthly pass.",
        "Ms Grant lives in the house her grandfather built.",
        "The public pays for this research through its taxes.",
        # A commitment reported: what someone says they will do is on record.
        "Innes says she will keep the surgery open over the holidays.",
        # A word for an ordinary thing in a set phrase's shape: "a recipe for bread".
        "The booklet gives a recipe for bread made with local flour.",
        # A welcome given to people, a description quoted, and a call for something: records.
        "The museum welcomed 90,000 visitors in its first year.",
        "In a radio interview, Quinn described the station as “a lifeline for the valley”.",
        "The council said it had urgent repairs to make to the pier.",
        "The report, published on Monday, called for a review of the contract.",
        # A step a procedure requires, and a likelihood of the past reported.
        "The treaty must still be ratified by the three parliaments.",
        "The merger needs to be approved by the competition authority.",
        "Investigators said a loose bolt was likely to have caused the crash.",
        # A presenter's words in the shape of a sentence that states something.
        "Now to be fair, the bridge did open in 2019.",
        "Here is the plan the council approved in May.",
        # What can be done to a thing, a permission with its times, a capacity reported.
        "The old lighthouse can be seen from the ferry stop.",
        "Residents can bring their questions to the library on Tuesdays.",
        "Engineers said the dam can hold 40 million cubic metres of water.",
    ],
)
def test_states_habits_commitments_and_reported_acts_stay_claims(sentence: str) -> None:
    assert [tag for tag, _ in tagged(sentence)] == ["claim"]
