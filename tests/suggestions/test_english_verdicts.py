"""Claims and opinions that turn on a kind of language rather than a cue word: an obligation or a
prediction inside a relative clause, which describes something rather than says what must be; a
plot a review tells through its cast; how a thing is done, judged by an adverb of value.
Sentences written for these tests, of the kinds four real tuning articles showed (a letter to the
editor, an editorial, a blog column, a theatre review; issue 26)."""

from __future__ import annotations

import pytest

from .test_stance import tagged


# None: nothing to tag.
@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # What must or needs to be, inside a relative clause, describes the thing it follows.
        ("The mayor read out 12 rules that every stallholder must follow.", "claim"),
        ("The charity runs a hostel for people who need to find work.", "claim"),
        ("The survey covered schools where pupils must walk more than a mile.", "claim"),
        # … in the main clause, it is the writer's demand.
        ("The council must listen to the families who live by the river.", "opinion"),
        ("Every stallholder should follow the 12 rules the mayor read out.", "opinion"),
        # A review telling the plot through characters and their players, in the present.
        ("Nora (Ellen Brack) and her sister Tess (Mai Ostrova) arrive at the farm.", None),
        ("In the second half the Captain (Paul Ferris) locks the crew below deck.", None),
        ("Meanwhile the Doctor (a nervy Tom Abel) hides the letter from his wife.", None),
        # A past verb makes it a record of the production; a judgement stays one.
        ("Nora (Ellen Brack) won the critics’ award for the part in 2019.", "claim"),
        ("Tess (Mai Ostrova) is superb, and the Captain (Paul Ferris) is dreadful.", "opinion"),
        # How a thing is done, judged by an adverb of value closing the clause or before a
        # participle, or by a phrase of manner.
        ("The choir from Hartley sang beautifully.", "opinion"),
        ("Anna Lind’s new bridge is beautifully designed.", "opinion"),
        ("The two schools worked together in an impressive way.", "opinion"),
        # … or by the writer's own feeling in how they act.
        ("It is a view of Hartley we have proudly defended.", "opinion"),
        ("I gladly paid the higher fare for the new ferry.", "opinion"),
        ("We quickly walked to the harbour.", "claim"),
        # An adverb of speed or of degree measures; with a figure or a date, so does one of value.
        ("The river rose quickly.", "claim"),
        ("The rocket was launched successfully on Monday.", "claim"),
        ("The rally in Hartley passed off peacefully.", "claim"),
        # A verb of success or failure with nothing after it is a verdict.
        ("The costumes by Ruth Amsel work.", "opinion"),
        ("Not every joke in the second act lands.", "opinion"),
        ("The middle section of the novel drags, but the ending is worth the wait.", "opinion"),
        # … a noun after a determiner or a preposition.
        ("Many farmers in the valley rely on grants to fund their work.", "claim"),
        ("The airline’s first plane made a safe landing in Hartley.", "claim"),
        # The writer's wish with a contracted modal, and a call to the reader to act together.
        ("I’d like to see the market stay on the square.", "opinion"),
        ("We’d rather the council kept the pool open in winter.", "opinion"),
        ("So let’s give the new timetable a fair chance.", "opinion"),
        ("Let us be honest about what the bypass will cost.", "opinion"),
        # "Most" before a noun counts; before an adjective it judges.
        ("The mayor of Hartley won the most votes.", "claim"),
        ("For the most part, the stalls on Mill Lane opened on time.", "claim"),
        ("It is the band’s most tender record.", "opinion"),
        # A plan with its cost or its rhythm is on record; without them, "will" predicts.
        ("The new pool will cost £12m, of which £4m is a lottery grant.", "claim"),
        ("A nurse from Hartley will visit the island twice a week.", "claim"),
        ("The new pool will transform the town.", "opinion"),
        # What was not known when a report was written is a record; "clear why" still judges.
        ("It was not immediately clear how many passengers were on board.", "claim"),
        ("It was unclear whether the bridge at Kell had been closed.", "claim"),
        ("It is not yet known who set the fire.", "claim"),
        ("It is clear why the council wants the site.", "opinion"),
        # A negative contraction judges as "is not" does.
        ("But this story isn’t a realistic one.", "opinion"),
        ("The new ferry wasn’t a success.", "opinion"),
        ("The old bridge at Kell isn’t open on Sundays.", "claim"),
        # A warning given as advice ("warned X (not) to …") is on record; of what will come, a view.
        ("The mayor of Hartley warned residents not to drive through the ford.", "claim"),
        ("Police warned drivers to avoid the coast road.", "claim"),
        ("Economists warned that prices would rise to a record.", "opinion"),
        # What a work is really about, in the reviewer's reading; its subject plainly stated is not.
        ("The film isn’t about the war at all.", "opinion"),
        ("Lind’s novel is ultimately about grief.", "opinion"),
        ("The film is about a ferry pilot in Norway.", "claim"),
        # The writer's own state of mind, past an aside or a degree word.
        ("I was, at first, a little skeptical about the new timetable.", "opinion"),
        ("We are rather wary of the council’s promises.", "opinion"),
        ("I was a teacher in Hartley for twenty years.", "claim"),
        # A report with a comment appended after a comma: its main statement is the report.
        ("The mayor met the minister on Tuesday, a visit that revived old hopes.", "claim"),
        ("The council closed the pool in 2019, perhaps the worst decision it made.", "claim"),
        # … unless the report itself judges.
        ("The council made the wrong call on the pool, a decision it now regrets.", "opinion"),
    ],
)
def test_kinds_of_language_that_judge_narrate_or_describe(sentence: str, tag: str | None) -> None:
    assert [found for found, _ in tagged(sentence)] == ([tag] if tag else [])


def test_a_story_retold_is_not_a_claim_once_its_characters_are_introduced() -> None:
    review = (
        "Anna Lind’s second novel follows a ferry pilot named Maren through one winter. "
        "Maren lives alone on the island of Vessel. "
        "Her brother left for the mainland when Maren was nine. "
        "Lind won the Hartley Prize for her first book in 2019. "
        "Sofie Brandt plays Maren in the stage version."
    )
    assert [tag for tag, _ in tagged(review)] == ["claim", "claim"]
    # Without a work to live in, a person named in the news stays a person.
    news = "Police arrested a man named Tomas Feld on Monday. Feld lives in Hartley."
    assert [tag for tag, _ in tagged(news)] == ["claim", "claim"]
    # … nor does a "series of" events.
    thefts = "Police linked a series of thefts to a gang called Redhand. Redhand sold the cars."
    assert [tag for tag, _ in tagged(thefts)] == ["claim", "claim"]
