"""Probes of the attributions real court, press-conference and sports reports (Shields Gazette,
Press-Enterprise, Macleay Argus, Wigan Today), a review (Harvard Crimson) and a report of
reactions on social media (Orissa Post) showed the rules missing, written for these tests with
invented names: a speech over paragraphs whose marks a page mixes, a quoted verb phrase that is a
person's own predicate, a word the lead quotes that a speaker goes on to say, a verb of speech in
a relative clause, a lead-in ending with someone's words ("with his tweet, “…”"), a second role
after "also" (reports of ministers' remarks in the Bangladeshi press), a block quote's lead-in
(Columbia Journalism Review), straight single marks (The Independent), a source cited with its
year or for a definition (a co-operatives feature already in the set), a note that signs itself.
Scored the way the evaluation scores speakers."""

from __future__ import annotations

import pytest

from .evaluate import speaker_right
from .test_attribution_probes import speakers

# Each body, and the speaker a reader credits its last quotation with.

# A speech over paragraphs that a page opens curly and reopens or closes straight, or the other
# way round, is one quotation.
MIXED_MARKS = {
    'Coach Ivo Brandt was pleased.\n\nHe said: “It was hard work.\n\n"We never stopped."': (
        "Ivo Brandt"
    ),
    'Captain Nils Fader said: "We were tired.\n\n“The bench won it for us.”': "Nils Fader",
    'Dora Vik added: “I am proud.\n\n“We had no luck.\n\n"Next year we go again."': "Dora Vik",
}

# A quoted verb phrase right after a person's name, with no verb of speech, is that person's:
# a report's lead quotes the words the person goes on to say.
PREDICATES = {
    "Coach Ana Lind “can't fault” her players after the loss.": "Ana Lind",
    'Mayor Tom Ruiz "won\'t back down" on fares, despite the protests.': "Tom Ruiz",
    "Judge Petra Valk “could not ignore” the defendant's record.": "Petra Valk",
    "Senator Lia Moss lost the vote.\n\nShe “has no regrets” about it.": "Lia Moss",
}

# A verb of speech in a relative clause is its antecedent's, with or without a comma before
# "who" or "that"; a name before its role is the speaker, not the role.
RELATIVES = {
    "The fine fell on Ivo Kral, a builder who said it was “a scandal”.": "Ivo Kral",
    "The fine fell on Ivo Kral, a builder, who said it was “a scandal”.": "Ivo Kral",
    "The grant went to Harbour Aid, a charity that says it is “the last resort”.": "Harbour Aid",
    "The senator, a Republican from Texas, who said it was “a scandal”, left.": "The senator",
    "The row was settled by a lawyer who said the deal was “fair to all”.": "a lawyer",
    # a verb that is a noun too ("claims", "states") is a verb after "who", or after "that"
    # before "to" and a verb or "it"
    "It went to Harbour Aid, a charity that claims to help “people no one helps”.": "Harbour Aid",
    "The group that claims it is “the voice of the valley” met.": "The group",
    "It fell to Ivo Kral, who states the case was “closed long ago”.": "Ivo Kral",
}

# A lead-in without a colon that ends with someone's words hands the quotation to them: "his"
# stands for its clause's subject, else for the person named before.
POSSESSED_WORDS = {
    "Mayor Ana Ruiz stunned the city with her post, “We are closing the bridge.”": "Ana Ruiz",
    "Ana Ruiz’s tweet, “We move on together now,” was shared widely.": "Ana Ruiz",
    "Ivo Kral lost.\n\nIn his statement, “We had no choice at all,” was the line.": "Ivo Kral",
    "The coach ended the row with his tweet, “We move on together now.”": "The coach",
}

# A second role in apposition, after "also", is the name's: the wires give it so.
SECOND_ROLES = {
    'Omar Bek, also the transport and ports minister, said, "Delay is an offence."': "Omar Bek",
    "Ivo Kral, also a member of the board, said: “We were not told.”": "Ivo Kral",
    "The senator, also a lawyer, said: “We were not told.”": "The senator",
    'Omar Bek, also the party\'s leader, said it was lost.\n\n"We fight on," he added.': "Omar Bek",
}

# A block quote (a paragraph without marks) that a lead-in ending in a colon hands over: its
# verb's subject may follow it, and "she" stands for the person named before.
_BLOCK = "\n\nThe river is dying, and nobody in the valley cares about it at all."
BLOCK_QUOTES = {
    "The river is low, reported Ana Ruiz:" + _BLOCK: "Ana Ruiz",
    "Ana Ruiz runs a blog in Lisk.\n\nShe writes:" + _BLOCK: "Ana Ruiz",
    "Ana Ruiz runs a blog in Lisk, where she writes:" + _BLOCK: "Ana Ruiz",
    "Ivo Kral runs the mill. In the evening he writes:" + _BLOCK: "Ivo Kral",
    # the verb nearest the colon, not the sentence's first; a body's name ("of Health and Social
    # Care") is no one "she" stands for
    "Ana Ruiz runs a blog.\n\nAny reader might ask what the council did, some of which she"
    " published here:" + _BLOCK: "Ana Ruiz",
    "Ana Ruiz put questions to the Ministry of Health and Social Care, some of which she"
    " published in her column:" + _BLOCK: "Ana Ruiz",
}

# Quotations in straight single marks, the British way in plain copies, over paragraphs too.
STRAIGHT_SINGLE = {
    "'We never found our rhythm,' Coach Ivo Kral said.": "Ivo Kral",
    "Captain Dora Vik said: 'We didn't lose it, they won it.'": "Dora Vik",
    "Ivo Kral said the side was 'not fit enough'.": "Ivo Kral",
    "'We lost,' Kral said. 'We weren't sharp.\n\n'Our legs went.'": "Kral",
}

# A source cited after a quotation in brackets, with its year ("(FAO 2012)"), or credited with a
# definition ("defines X as “…”").
CITED = {
    "Co-ops help women “grow their savings and speak up together” (Lisk Institute 2012).": (
        "Lisk Institute"
    ),
    "The report calls co-ops “a lifeline for the valley's farmers” (Ruiz, 2019).": "Ruiz",
    "The Lisk Alliance defines a co-op as “an enterprise its members own.”": "Lisk Alliance",
}

# A quoted note or letter that signs itself is its signer's, whatever "read" it.
SIGNED_OFF = {
    "The card read: “See you at six. Love, Mum.”": "Mum",
    "A note came that read: “You might like this. With compliments, Lisk Press.”": "Lisk Press",
    "Her email said: “The mill is sold. Regards, Ivo Kral.”": "Ivo Kral",
}

# Those who speak in a clause of their own that a conjunction opens, not the main clause's
# subject ("Police responded with tear gas, as demonstrators shouted “…”", in an AFP report).
CLAUSE_OF_THEIR_OWN = {
    'Guards responded with water cannon, as protesters shouted "Open the doors."': "protesters",
    "The mayor answered questions while angry residents chanted “Keep our route!”": "residents",
    "Police replied with a warning until supporters sang “We are not afraid.”": "supporters",
}

# "He" opening a paragraph is the person the paragraph before introduces in a clause "but" or
# "and" joins, not the last speaker quoted (the spokesman in an AFP report).
INTRODUCED_IN_A_CLAUSE = {
    "Tom Ruiz said: “We will appeal.”\n\nThe ministry confirmed the fine, but spokesman Ivo Kral"
    " denied any fault.\n\n“We acted within the rules,” he said.": "Ivo Kral",
    "“It is a scandal,” said Piet Smal.\n\nThe firm paid the fine, and the director, Jon Vik,"
    " apologised to the town.\n\n“We let people down,” he said.": "Jon Vik",
}

# "He" or "she" later in a sentence that opens with a person's role is that person, not the last
# speaker quoted (an Ennahda spokesman, in the AFP report).
ROLE_OF_OWN_SENTENCE = {
    "Ivo Kral said: “We acted within the law.”\n\nA Lisk Party spokeswoman criticised the plan"
    " as what she called “a waste of public money.”": "Lisk Party spokeswoman",
    "“The port stays open,” said Tom Ruiz.\n\nThe harbourmaster rejected the claim, which he"
    " described as “pure rumour.”": "harbourmaster|The harbourmaster",
}

PROBES = (
    MIXED_MARKS
    | ROLE_OF_OWN_SENTENCE
    | CLAUSE_OF_THEIR_OWN
    | INTRODUCED_IN_A_CLAUSE
    | PREDICATES
    | RELATIVES
    | POSSESSED_WORDS
    | SECOND_ROLES
    | BLOCK_QUOTES
    | STRAIGHT_SINGLE
    | CITED
    | SIGNED_OFF
)


@pytest.mark.parametrize(("body", "accepted"), PROBES.items())
def test_last_quotation_has_its_speaker(body: str, accepted: str) -> None:
    found = speakers(body)
    assert found and speaker_right(found[-1][1], accepted), f"{found} for {accepted!r}"


@pytest.mark.parametrize("body", MIXED_MARKS)
def test_a_speech_in_mixed_marks_is_one_quotation(body: str) -> None:
    (words, _), *more = speakers(body)
    assert not more and body.endswith(words) and words[1:].startswith(("It", "We", "I am")), words


@pytest.mark.parametrize(
    "body", ["The old bridge “will not last” the winter.", "The new stand “could seat” 9,000."]
)
def test_a_quoted_predicate_of_a_thing_is_no_quotation(body: str) -> None:
    assert speakers(body) == []


# A word the text quotes without crediting anyone is the speaker's whose quotation holds it.
ECHOES = [
    (
        "A “troublemaker” who threw eggs was fined.\n\n"
        "“He is a troublemaker, nothing worse,” said magistrate Ida Crane.",
        "“troublemaker”",
        "Ida Crane",
    ),
    (
        '"She was reckless, plainly," Judge Omar Fell said.\n\nThe "reckless" driver was banned.',
        '"reckless"',
        "Omar Fell",
    ),
]


@pytest.mark.parametrize(("body", "word", "accepted"), ECHOES)
def test_a_word_a_speaker_goes_on_to_say_is_theirs(body: str, word: str, accepted: str) -> None:
    said = [who for words, who in speakers(body) if words == word]
    assert said and speaker_right(said[0], accepted), speakers(body)


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        ("The “virtual” meeting.\n\n“We are proud,” said Mayor Ana Ruiz.", "“We are proud,”"),
        ("The “Blue House” was sold.\n\n“I loved the Blue House,” said Ana Ruiz.", "“I loved"),
    ],
)
def test_a_word_no_speaker_says_or_a_name_is_no_echo(body: str, quoted: str) -> None:
    assert [words[: len(quoted)] for words, _ in speakers(body)] == [quoted]


@pytest.mark.parametrize(
    "body",
    [
        "Kral's team didn't score in the '90s, and rock 'n' roll is back, said Kral.",
        "The players' union met, said Ana Ruiz.",
    ],
)
def test_an_apostrophe_is_no_quotation_mark(body: str) -> None:
    assert speakers(body) == []
