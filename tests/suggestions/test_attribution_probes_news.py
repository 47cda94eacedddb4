"""Probes of the attributions real news tuning articles (AP, Reuters, CNN, a local station)
showed the rules missing, written for these tests: a sound or gesture made while speaking, a
title after a place ("Texas Sen."), "she" for a person the paragraph before introduces in any
sentence, a place no one "he" stands for, "X said he told …", a feeling in one's own word.
Scored the way the evaluation scores speakers."""

from __future__ import annotations

import pytest

from .evaluate import speaker_right
from .test_attribution_probes import speakers

# Each body, and the speaker a reader credits its last quotation with.

# "“…,” Bray laughs.": a sound or a gesture made while speaking credits the words.
MANNER = {
    '"Bring a boat," Ruth Bray laughs.': "Ruth Bray",
    "“We got lucky,” the captain chuckled.": "the captain",
    "“That is the job,” Mr Osei smiled.": "Mr Osei",
    "“Not bad for a Tuesday,” smiled Ana Ruiz, the owner.": "Ana Ruiz",
    "Jo Pike runs the stall.\n\n“Ask my wife,” she laughs.": "Jo Pike",
}

# A place before an abbreviated title is no name: the person is the one after the title, whose
# surname may have a capital inside ("DeWine", "McMullen").
TITLES_AFTER_PLACES = {
    "Texas Sen. Ted Cruz said no.\n\n“It will not pass,” he said.": "Ted Cruz",
    "Ohio Gov. Mike DeWine spoke.\n\n“We cannot risk it,” he wrote.": "Mike DeWine",
    "Lt. Gov. Eve Kain came.\n\n“We will rebuild,” she said.": "Eve Kain",
    "Ann McMullen is 80.\n\n“I was born here,” she says.": "Ann McMullen",
}

# "she" opening a paragraph stands for the person the paragraph before introduces, whichever of
# its sentences names her, not for the last speaker quoted; without one, the last speaker.
_BRAY = "“It never came up this far,” says Ruth Bray.\n\n"
INTRODUCED_BEFORE = {
    _BRAY + "Stacy Lind lives here. Cars are under water.\n\n“I got stuck,” she says.": "Lind",
    _BRAY + "Maria Kerr runs the bakery. It flooded.\n\n“We lost it all,” she said.": "Kerr",
    _BRAY + "The water rose two feet in an hour.\n\n“It was awful,” she said.": "Bray",
}

# A place is no one "he" stands for: not a name after a preposition of place, nor capitalised
# words an article opens ("The Westchester County town"); a place's state in apposition after
# it ("The mayor of Mamaroneck, New York, said") is no speaker either.
_MURPHY = "Mayor Tom Murphy spoke on Monday. "
PLACES = {
    _MURPHY
    + "The town, a suburb of New York City, is flooded.\n\nHe said “scores” wait.": "Murphy",
    _MURPHY + "The Westchester County town is flooded.\n\nHe said “scores” wait.": "Murphy",
    "The mayor of Mamaroneck, New York, said “hundreds” were rescued.": "The mayor of Mamaroneck",
    "A farmer from Paris, Texas, said the crop was “gone”.": "A farmer from Paris",
    "The mayor of Lyon, France, said the bridge was “safe”.": "The mayor of Lyon",
    # … but a person named after a role of a body is the speaker, not a place's state
    "The head of Acme, Tom Hill, said the offer was “final”.": "Tom Hill",
    "The Minister of Health, Ana Ruiz, said the wards were “full”.": "Ana Ruiz",
}

# "X said he told Y that …": the pronoun's words are reported by X, who speaks for him or is him.
REPORTED_PRONOUNS = {
    "Netanyahu's office said he told Biden that Israel would “keep acting”.": "Netanyahu's office",
    "Ms Lee said she had warned the council the roof was “about to fall in”.": "Ms Lee",
    "The union said they told managers the plan was “a non-starter”.": "The union",
}

# A feeling in someone's own word after "is": theirs ("He's “hopeful”"); a thing's state in marks
# is held at arm's length and is no quotation ("The bridge is “safe” now.").
OWN_FEELINGS = {
    "Mayor Tom Murphy spoke.\n\nHe's “hopeful” that the governor will help.": "Tom Murphy",
    "Ana Lim lost her home in the fire. She was “devastated”.": "Ana Lim",
    "Lim remains “cautiously optimistic” about the talks.": "Lim",
    "Ana Lim lost her home. She was “devastated”, her sister said.": "her sister",
}

# A surname spelt like a small word of another language ("Sein", "Le") still ends a name after a
# capitalised name or title, and an acronym ("UN") is a name; an aside "according to X" between
# a subject and its verb is no part of the subject.
SURNAMES_AND_ASIDES = {
    "Thein Sein said on state television that he would “serve the people”.": "Thein Sein",
    "Mr Le told reporters the strike was “over”.": "Mr Le",
    "The UN called for “restraint” on all sides.": "The UN",
    "That said, the mayor told reporters it was “over”.": "the mayor",
    "The minister, according to aides, called the plan “madness”.": "The minister",
    "Lavrov, when told of it, speaking at a briefing, said: “We never discussed it.”": "Lavrov",
    "The minister, when asked about the delay, said it was “regrettable”.": "The minister",
}

# Wire and blog turns: a name after a nationality and a role in a lead-in ("Belarusian blogger
# Ivan Petrou commented:"), a body's name with "and", a present "demands that", a participle
# of the present after a plural subject, a surname spelt like a verb of speech ("Said told"), a
# person apart from a body with a number ("Sarah Kim of the 3rd Infantry Division").
NAMES_OF_BODIES_AND_PEOPLE = {
    "Belarusian blogger Ivan Petrou wrote on Facebook:\n\n“It is only on paper.”": "Ivan Petrou",
    "Hafriz from Singapore thinks he is a hero:\n\n“Give him a medal.”": "Hafriz",
    "The Centers for Disease Control and Prevention said rates were “alarming”.": (
        "The Centers for Disease Control and Prevention"
    ),
    "The petition, signed by 5,000 people, demands that the city “act now”.": "The petition",
    "Muslim leaders meeting in Mecca called on members to “reject extremism”.": "Muslim leaders",
    "Residents living near the plant said the smell was “unbearable”.": "Residents",
    "“They've been through hell,” said Lt. Col. Sarah Kim of the 3rd Infantry Division.": "Kim",
    "“It's an honour,” Said told Global Voices. “Poetry saved me.”": "Said",
}

# Whose words are relayed: "X said … “…”, according to Y" gives X's words, Y only relays them;
# "it" for a body a possessive names ("President Htin Kyaw's office … It said") or a name with
# "of" names ("The Ministry of Foreign Affairs"); "Those were the
# words of X" after the quotation.
RELAYED = {
    "The report's authors conclude that “urgent action is needed”.": "The report's authors",
    "Kim said he would meet “at any time,” according to South Korean officials.": "Kim",
    "The talks were “productive”, according to state media.": "state media",
    "Mr Kyaw's office posted a notice. It said he wanted “to take rest”.": "Mr Kyaw's office",
    "The Ministry of Foreign Affairs hit back. “It is baseless,” it said.": (
        "The Ministry of Foreign Affairs"
    ),
    "“We can't go on like this.” Those were the words of Ana Ruiz, a nurse.": "Ana Ruiz",
}

# "he" for a person named with a role of two capitalised words before their name: the whole name
# ("Prime Minister John Key", not "Prime Minister John").
LONG_TITLED_NAMES = {
    "Prime Minister John Key flew in.\n\nHe called the damage “heartbreaking”.": "John Key",
    "Immigration Minister Kevin Andrews spoke. He had “a suspicion”, he said.": "Kevin Andrews",
    "Foreign Minister Wang Yi met her. He said talks were “frank”.": "Wang Yi",
    # a particle or an initial inside the name; "of" after a title is no place
    "Crown Prince Mohammed bin Salman met him. He said it was “fruitful”.": "Mohammed bin Salman",
    "Ursula von der Leyen spoke. She said Europe was “ready”.": "Ursula von der Leyen",
    "President George W. Bush landed. He called them “heroes”.": "George W. Bush",
    "Secretary of State Mike Pompeo landed.\n\nHe said it was “productive”.": "Mike Pompeo",
}

# A role after "the" names again the person the text described with it before, by their name
# ("Amaal Said is a Danish-Somali poet. … “…,” the poet says."); not a role no one had.
ROLES_NAMED_AGAIN = {
    "Amaal Said is a Danish-Somali poet.\n\n“I write every day,” the poet says.": "Amaal Said",
    "Tom Reddy, a retired teacher, runs the shop.\n\n“We are cut off,” the teacher said.": "Reddy",
    "Tom Reddy met the mayor.\n\n“We are cut off,” the mayor said.": "the mayor",
}

# Words credited with no verb of speech: "in her view", or whose response or message it is.
OWNED_WORDS = {
    "Lee did not mince words. The plan, in her view, was “a disaster”.": "Lee",
    "The mayor's response was “Absolutely not.”": "The mayor",
    "The senator's message to voters: “Don't give up.”": "The senator",
}

# "he" after a surname alone opening a sentence as its verb's subject, since the last quotation:
# that person, not the last speaker; a place opening a sentence is no one.
SURNAMES_ALONE = {
    "“The deal is done,” Davis said. Barnier was more cautious. “Not yet,” he said.": "Barnier",
    "“We won,” Okafor said. Lim disagreed. “Not by much,” she said.": "Lim",
    "“We won,” said Ana Okafor. Turnout was low.\n\n“It was close,” she said.": "Okafor",
}

PROBES = (
    MANNER
    | TITLES_AFTER_PLACES
    | INTRODUCED_BEFORE
    | PLACES
    | REPORTED_PRONOUNS
    | OWN_FEELINGS
    | SURNAMES_AND_ASIDES
    | NAMES_OF_BODIES_AND_PEOPLE
    | RELAYED
    | LONG_TITLED_NAMES
    | ROLES_NAMED_AGAIN
    | OWNED_WORDS
    | SURNAMES_ALONE
)


def test_a_things_state_in_marks_is_no_quotation() -> None:
    assert speakers("The bridge is “safe” now, and open again.") == []


@pytest.mark.parametrize(("body", "accepted"), PROBES.items())
def test_last_quotation_has_its_speaker(body: str, accepted: str) -> None:
    found = speakers(body)
    assert found and speaker_right(found[-1][1], accepted), f"{found} for {accepted!r}"


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ("Secretary of State Tom Varga landed.\n\nHe said it was “useful”.", "Tom Varga"),
        ("Minister of Foreign Affairs Ana Ruiz spoke.\n\nShe called it “a step”.", "Ana Ruiz"),
    ],
)
def test_the_speaker_shown_for_a_title_of_a_body_is_the_person(body: str, shown: str) -> None:
    """What the speaker field shows, not only what the evaluation accepts: "he" for "Secretary
    of State Tom Varga" is "Tom Varga", not "State Tom Varga"."""
    assert speakers(body)[-1][1] == shown
