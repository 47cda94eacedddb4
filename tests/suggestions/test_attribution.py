"""Who said each quotation, on sentences written for these tests (each a kind of mistake seen in
issue 26), through the suggestions a reader sees."""

from __future__ import annotations

import pytest

from readmark.core.suggestions import suggest
from readmark.core.text import split_blocks


def quotes(body: str) -> list[tuple[str, str]]:
    text = "Title\n\n" + body
    return [(s.exact, s.speaker) for s in suggest(text, split_blocks(text)) if s.tag == "quote"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“We will not give in,” Essid declared.", ("“We will not give in,”", "Essid")),
        ("“We will rebuild,” the mayor vowed on Monday.", ("“We will rebuild,”", "the mayor")),
        ("“It is over,” Lina Park told reporters.", ("“It is over,”", "Lina Park")),
        ("“No,” conceded Ms Ortega.", ("“No,”", "Ms Ortega")),
        ("“We erred,” the company has acknowledged.", ("“We erred,”", "the company")),
        ("“Stay inside,” officials are warning.", ("“Stay inside,”", "officials")),
        ("‘Never,’ insists Omar Haddad.", ("‘Never,’", "Omar Haddad")),
        (
            "“Prices will fall,” a spokesman for the ministry said.",
            ("“Prices will fall,”", "a spokesman for the ministry"),
        ),
        ("“It worked,” said the coach, Ana Silva.", ("“It worked,”", "Ana Silva")),
    ],
)
def test_speaker_after_the_quote_with_any_verb_of_speech(
    body: str, expected: tuple[str, str]
) -> None:
    assert quotes(body) == [expected]


def test_speaker_before_the_quote_and_partial_quotes_in_reported_speech() -> None:
    assert quotes('Mr Obama said it was "distressing" to watch.') == [('"distressing"', "Mr Obama")]
    assert quotes(
        "The minister warned that the plan was “a recipe for disaster” and would “hurt the poor”."
    ) == [("“a recipe for disaster”", "The minister"), ("“hurt the poor”", "The minister")]
    assert quotes("According to the U.N. envoy, Sara Lund, “the talks failed.”") == [
        ("“the talks failed.”", "Sara Lund")  # the name, where a role comes with one
    ]


def test_the_speaker_carries_to_the_next_quote_of_the_paragraph_and_to_he_or_she() -> None:
    body = (
        "“The port is closed,” Azzouz said. “Nobody can leave.”\n\n"
        "Later she was asked about the ships. “They will wait,” she said."
    )
    assert quotes(body) == [
        ("“The port is closed,”", "Azzouz"),
        ("“Nobody can leave.”", "Azzouz"),
        ("“They will wait,”", "Azzouz"),  # "she": the one person last quoted
    ]


def test_he_with_nobody_quoted_yet_is_the_last_person_named() -> None:
    body = "Health secretary Matt Hancock spoke in Leeds.\n\nHe urged people to “take care”."
    assert quotes(body) == [("“take care”", "Matt Hancock")]


def test_a_paragraph_of_speech_after_a_speaker_line_is_theirs() -> None:
    body = "Charlie Bolden, NASA Administrator:\n\n“These astronauts are ready.”"
    assert quotes(body) == [("“These astronauts are ready.”", "Charlie Bolden")]


def test_names_nicknames_and_mentioned_words_are_not_quotes() -> None:
    assert quotes("Protesters marched to the “Blue House” on Sunday.") == []
    assert quotes("In Harare she is known as “Gucci Grace”.") == []
    assert quotes("They wanted a name without “Yahoo” in it.") == []
    assert quotes("The site is building a “virtual” country.") == []


def test_a_single_quoted_word_in_reported_speech_is_a_quote() -> None:
    assert quotes("The generals called the protesters “criminals”.") == [
        ("“criminals”", "The generals")
    ]
    assert quotes("She likened the tax to a “subscription” that never ends.") == [
        ("“subscription”", "She")
    ]


def test_a_quote_with_mixed_curly_and_straight_marks() -> None:
    assert quotes('“These launches must stop," Hayashi said.') == [
        ('“These launches must stop,"', "Hayashi")
    ]


def test_a_lead_in_ending_in_a_colon_hands_the_quote_to_its_subject() -> None:
    body = (
        "Tomas, a teacher in Porto, argues that the reform came too late:\n\n"
        "“Half of my pupils had already left.”\n\n"
        "Another parent, rosa_k, wonders why nobody asked the schools:\n\n"
        "“Who decided this, and when?”"
    )
    assert quotes(body) == [
        ("“Half of my pupils had already left.”", "Tomas"),
        ("“Who decided this, and when?”", "rosa_k"),
    ]


def test_a_name_and_a_colon_before_the_quote_in_its_own_paragraph() -> None:
    assert quotes("Okafor: “We start again on Monday.”") == [
        ("“We start again on Monday.”", "Okafor")
    ]


def test_straight_quotes_over_paragraphs_are_one_quote_of_one_speaker() -> None:
    body = (
        "Ines Varga writes:\n\n"
        '"The first winter was the hardest.\n\n'
        '"By spring we had a roof, and by summer a school."\n\n'
        "Her neighbour, Pal, remembers it differently:\n\n"
        '"Nothing was hard. We were young."'
    )
    assert quotes(body) == [
        (
            '"The first winter was the hardest.\n\n'
            '"By spring we had a roof, and by summer a school."',
            "Ines Varga",
        ),
        ('"Nothing was hard. We were young."', "Pal"),
    ]


def test_a_paragraph_without_marks_after_a_spoken_lead_in_is_a_block_quote() -> None:
    body = (
        "In a statement, the union’s secretary, Dana Holt, said:\n\n"
        "Our members will not accept a contract that cuts their pay.\n\n"
        "The rules are these:\n\n"
        "Members vote by post."
    )
    assert quotes(body) == [
        ("Our members will not accept a contract that cuts their pay.", "Dana Holt")
    ]


def test_a_colon_in_the_quotes_own_paragraph_hands_it_to_the_lead_ins_subject() -> None:
    assert quotes("Reis put it simply: “We had no choice.”") == [("“We had no choice.”", "Reis")]


def test_a_paragraph_of_speech_after_a_paragraph_that_ends_on_a_person_is_theirs() -> None:
    body = "Mayor Ana Reis was blunt about the floods.\n\n“We failed these families.”"
    assert quotes(body) == [("“We failed these families.”", "Mayor Ana Reis")]


def test_according_to_names_the_speaker_on_either_side() -> None:
    assert quotes("“The bridge is unsafe,” according to the engineer, Maria Lopes.") == [
        ("“The bridge is unsafe,”", "Maria Lopes")
    ]
    assert quotes("According to the city engineer, “the bridge is unsafe”.") == [
        ("“the bridge is unsafe”", "the city engineer")
    ]


def test_a_statement_issued_after_a_dateline_is_its_issuers() -> None:
    body = (
        "Lisbon, May 2, 2024 - Port director Rui Costa issued the following statement today: "
        '"The port stays open."'
    )
    assert quotes(body) == [('"The port stays open."', "Rui Costa")]


def test_a_noun_or_an_infinitive_is_no_verb_of_speech() -> None:
    assert quotes("The page collects tweets that use the word “traitors”.") == []
    body = "For the office to flatly deny that is “absurd”, the editors wrote."
    assert quotes(body) == [("“absurd”", "the editors")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tom Reddy, who runs the shop, said the council had “known for years”.",
            ("“known for years”", "Tom Reddy"),
        ),
        ("Ms Kim, 42, told the BBC: “I lost everything.”", ("“I lost everything.”", "Ms Kim")),
        (
            "“We have no choice,” Sen. Mark Wu (R-Ohio) told reporters.",
            ("“We have no choice,”", "Sen. Mark Wu"),
        ),
        (
            "“It is finished,” the official, who spoke on condition of anonymity, said.",
            ("“It is finished,”", "the official"),
        ),
    ],
)
def test_an_aside_between_the_speaker_and_the_verb_is_passed_over(
    body: str, expected: tuple[str, str]
) -> None:
    assert quotes(body) == [expected]


def test_a_verb_of_speech_sharing_the_subject_after_and_credits_the_subject() -> None:
    body = (
        "Ruth Okafor spoke first. “We will reopen,” she said.\n\n"
        "Mr Reddy was unmoved. He called the plan “a sticking plaster” and said it was too late."
    )
    # "He": the person named just before, not the last one quoted
    assert [who for _, who in quotes(body)] == ["Ruth Okafor", "Mr Reddy"]


def test_a_lead_in_with_a_colon_inside_the_sentence_credits_its_subject() -> None:
    body = (
        "Quinn called it “a letter to the people who stayed”. "
        "The band's drummer, Leo Brandt, was blunter: “We nearly quit.”"
    )
    assert quotes(body) == [
        ("“a letter to the people who stayed”", "Quinn"),
        ("“We nearly quit.”", "Leo Brandt"),
    ]


def test_a_quote_opening_a_sentence_after_a_person_is_named_is_theirs() -> None:
    body = "Tom Diaz disagreed. “They did their best.”"
    assert quotes(body) == [("“They did their best.”", "Tom Diaz")]


def test_a_sentence_ends_with_its_quote_so_the_next_one_credits_no_earlier_quote() -> None:
    body = (
        "“The building shook,” said a witness. “Then the lights went out.” "
        "Another witness described “a loud bang”."
    )
    assert [who for _, who in quotes(body)] == ["a witness", "a witness", "Another witness"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Don't go,” his mother begged.", "his mother"),
        ("“Run,” shouted Ana Ruiz.", "Ana Ruiz"),
        ("As the judge put it, “the law is the law”.", "the judge"),
        ("“It is a fair question.” — Lena Ortiz, city manager", "Lena Ortiz"),
    ],
)
def test_more_ways_of_crediting_speech(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "My teacher at the academy used to say “a wall is a conversation”.",
            "My teacher at the academy",
        ),
        ("The senator was quoted as saying “we will win”.", "The senator"),
        ("Smith, for her part, insisted the deal was “dead”.", "Smith"),
        ("Ana Lim disagreed, calling the report “solid work”.", "Ana Lim"),
        ("“I was scared,” recalled 19-year-old Omar Haddad.", "19-year-old Omar Haddad"),
        ("“It is clear,” said Dr. Ama Owusu, an epidemiologist.", "Dr. Ama Owusu"),
        ("As Atwood writes, “the future is a country we all move to”.", "Atwood"),
    ],
)
def test_the_speaker_is_the_phrase_a_reader_would_name(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_first_person_words_around_a_quote_in_an_interview_are_the_interviewees() -> None:
    body = (
        "Ana Lim spoke with the botanist Rui Costa about seeds.\n\n"
        "For years our motto has been “plant first, ask later.”"
    )
    assert quotes(body) == [("“plant first, ask later.”", "Rui Costa")]


def test_a_quote_in_the_title_is_not_suggested() -> None:
    text = "“A wall belongs to everyone”: an interview\n\nShe paints walls."
    assert [s.tag for s in suggest(text, split_blocks(text)) if s.tag == "quote"] == []


def test_a_quote_in_a_labelled_answer_without_attribution_is_the_answerers() -> None:
    body = (
        "Lena Ortiz (LO) runs a small press in Porto.\n\n"
        "Q: Why poems?\n\n"
        "LO: They are “small rooms you can carry”.\n\n"
        "Q: And prose?\n\n"
        "Ortiz: For me that is “a house with too many doors”."
    )
    assert [who for _, who in quotes(body)] == ["Lena Ortiz", "Ortiz"]


def test_findings_credit_their_study_and_a_parenthesis_credits_its_speaker() -> None:
    assert quotes("The study found that the drug was “safe and effective”.") == [
        ("“safe and effective”", "The study")
    ]
    assert quotes("“It felt like freedom, at last.” (Anna, 29, designer)") == [
        ("“It felt like freedom, at last.”", "Anna")
    ]


def test_he_or_she_in_the_sentence_naming_someone_else_is_the_last_speaker() -> None:
    body = "“We will sue,” said Ana Lim.\n\nPaul Grant owes “80 million pesos”, she said."
    assert [who for _, who in quotes(body)] == ["Ana Lim", "Ana Lim"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“It was a hard year,” Ana Lim adds.", "Ana Lim"),
        ("“It was a hard year,” Ana Lim notes.", "Ana Lim"),
        ("The report notes that the river is “heavily polluted”.", "The report"),
    ],
)
def test_the_present_of_a_verb_that_is_also_a_noun_credits_where_it_can_be_no_noun(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_a_name_with_a_role_in_apposition_is_credited_by_the_name() -> None:
    body = (
        "Anna Weiss, the mayor, wrote that the flood was “a catastrophe”. "
        "As Lola, a 29-year-old designer, put it: “Home is where the wifi works.”"
    )
    assert [who for _, who in quotes(body)] == ["Anna Weiss", "Lola"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The minister dismissed the report as “nonsense”.", ("“nonsense”", "The minister")),
        ("Critics have slammed the plan as “reckless”.", ("“reckless”", "Critics")),
        ("The union branded the offer “insulting”.", ("“insulting”", "The union")),
        ("The paper labelled him a “traitor”.", ("“traitor”", "The paper")),
    ],
)
def test_a_quoted_word_pinned_on_something_is_a_quote_of_who_pinned_it(
    body: str, expected: tuple[str, str]
) -> None:
    assert quotes(body) == [expected]


def test_a_role_without_a_determiner_before_a_name_after_said() -> None:
    body = "“It came without warning,” said local resident Maria Chen."
    assert quotes(body) == [("“It came without warning,”", "local resident Maria Chen")]


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    body = (
        "“We won,” said Orla Brennan.\n\n“They lost,” said Desmond Pryor.\n\n"
        "At the meeting, Brennan urged calm. “They will appeal,” she said.\n\n"
        "Asked about it, Pryor laughs. “Ask the judge.”"
    )
    assert [who for _, who in quotes(body)] == ["Orla Brennan", "Desmond Pryor", "Brennan", "Pryor"]


def test_she_is_the_subject_a_relative_who_shows_to_be_a_person() -> None:
    body = (
        "“It was quick,” said Ana Lim.\n\n"
        "An old man fell on his stairs. His daughter, who drove him in, has been here before. "
        "‘They’re wonderful,’ she says."
    )
    assert [who for _, who in quotes(body)] == ["Ana Lim", "His daughter"]


def test_he_after_a_quote_of_the_paragraph_is_its_speaker_not_a_body_named_beside() -> None:
    body = (
        "“This is a tax,” said Pat Aldous, who chairs the Harwell Rail Users' Association. "
        "He accused the government of “punishing commuters”."
    )
    assert [who for _, who in quotes(body)] == ["Pat Aldous", "Pat Aldous"]


def test_a_role_in_front_of_a_name_is_part_of_the_speaker() -> None:
    body = "Transport minister Eleanor Voigt defended the rise, telling parliament it was “fair”."
    assert quotes(body) == [("“fair”", "Transport minister Eleanor Voigt")]


def test_a_verb_in_a_participle_clause_after_the_quote_is_not_its_attribution() -> None:
    body = (
        "The spokesperson, Meena Raghavan, called the rise “a broken promise”, pointing out that "
        "the party had pledged to keep fares “in line with inflation”."
    )
    assert [who for _, who in quotes(body)] == ["Meena Raghavan", "the party"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("“Keep calm,” the police cautioned.", ("“Keep calm,”", "the police")),
        ("The report accused the firm of “lying”.", ("“lying”", "The report")),
        ("“It is hard,” Lin posted.", ("“It is hard,”", "Lin")),
        (
            "We read the memo instructing staff to refuse “anyone from the paper,” citing tweets.",
            ("“anyone from the paper,”", "the memo"),
        ),
        (
            "A statement referring to the story as “propaganda,” is troubling.",
            ("“propaganda,”", "A statement"),
        ),
    ],
)
def test_orders_charges_posts_and_names_given_are_reported_speech(
    body: str, expected: tuple[str, str]
) -> None:
    assert quotes(body) == [expected]


def test_the_one_told_in_the_passive_is_no_speaker() -> None:
    body = "“We will sue,” said Ana Lim.\n\nThe first time, Lim said, she was told to “stop it”."
    assert [who for _, who in quotes(body)] == ["Ana Lim", "Lim"]


def test_capitalised_words_after_the_or_a_possessive_name_no_person() -> None:
    body = (
        "“We will sue,” said Ana Lim.\n\n"
        "Joan Whitlow, who worked at the city's Linden Court home, wrote for the Reading Trust. "
        "Cuts, she wrote, are “a bill that someone else has to pay”."
    )
    assert [who for _, who in quotes(body)] == ["Ana Lim", "Joan Whitlow"]


def test_capitalised_words_after_a_preposition_of_place_name_no_person() -> None:
    body = (
        "“We will sue,” said Ana Lim.\n\n"
        "Linda Hale has run a hardware shop on Bridge Street for 31 years. "
        "“They get the crowds,” she said."
    )
    assert [who for _, who in quotes(body)] == ["Ana Lim", "Linda Hale"]


def test_a_role_after_a_names_possessive_is_the_speaker() -> None:
    body = "When Mara's boss tells her that “nobody here has lost a field”, it stings."
    assert quotes(body) == [("“nobody here has lost a field”", "Mara's boss")]


def test_a_first_name_in_apposition_to_a_role_is_a_person() -> None:
    body = (
        "Nadia Orbell's novel opens with a flood.\n\n"
        "The father, Gideon, refuses to leave. “The water came before,” he tells his daughter."
    )
    assert quotes(body) == [("“The water came before,”", "Gideon")]


def test_a_quote_without_attribution_is_the_speaker_of_the_sentence_before() -> None:
    body = (
        "Orbell writes about the marsh with tenderness. "
        "The reeds are “the colour of old letters”, the tide “like a rumour, at the edges first”."
    )
    assert [who for _, who in quotes(body)] == ["Orbell", "Orbell"]


def test_thanks_are_reported_speech() -> None:
    body = "The director, Ingrid Solberg, thanked the police for their “remarkable speed”."
    assert quotes(body) == [("“remarkable speed”", "Ingrid Solberg")]


def test_a_quoted_question_goes_on_to_its_speaker() -> None:
    body = "“Why should a child spend an hour on a bus?” asked one mother, to loud applause."
    assert [who for _, who in quotes(body)] == ["one mother"]


def test_a_name_after_the_word_opening_the_sentence_is_a_person() -> None:
    body = (
        "“We will fight,” said Clare Moody.\n\n"
        "For Dev Patel, the issue is simple. “This school is the village,” he said."
    )
    assert [who for _, who in quotes(body)] == ["Clare Moody", "Dev Patel"]


def test_a_participle_between_the_speaker_and_the_verb_is_passed_over() -> None:
    body = "Helen Bright, quoted by the Courier on Wednesday, said it was “badly underestimated”."
    assert quotes(body) == [("“badly underestimated”", "Helen Bright")]


def test_in_the_words_of_credits_what_follows() -> None:
    body = "In the words of one of her colleagues, the plan is “dead on arrival”."
    assert quotes(body) == [("“dead on arrival”", "one of her colleagues")]


def test_before_adding_goes_on_with_the_subject_of_the_sentence() -> None:
    body = "Ian Doyle watched. “It was the right call,” he said, before adding: “Now we start.”"
    assert [who for _, who in quotes(body)] == ["Ian Doyle", "Ian Doyle"]


def test_an_inverted_verb_between_commas_credits_its_subject() -> None:
    body = "The price, says the finance director, Ruth Ennis, is “fair to the taxpayer”."
    assert quotes(body) == [("“fair to the taxpayer”", "Ruth Ennis")]


def test_a_name_after_a_word_opening_the_sentence_runs_on_past_three_words() -> None:
    body = (
        "“We will fight,” said Clare Moody.\n\n"
        "For Councillor Amir Shah, that is the problem. “We sold it cheap,” he said."
    )
    assert [who for _, who in quotes(body)] == ["Clare Moody", "Councillor Amir Shah"]


def test_an_age_and_a_relative_clause_both_between_the_speaker_and_the_verb() -> None:
    body = "Jean Mercer, 71, who lives on Foundry Lane, said she feared “traffic every Saturday”."
    assert quotes(body) == [("“traffic every Saturday”", "Jean Mercer")]


def test_a_role_close_to_someone_is_the_speaker_not_that_someone() -> None:
    body = "A source close to the mayor said she was “furious”."
    assert quotes(body) == [("“furious”", "A source close to the mayor")]


def test_what_a_banner_or_a_statement_reads_is_its_quote() -> None:
    assert quotes("Their banner read: “Home at last.”") == [("“Home at last.”", "Their banner")]
    assert quotes("The letter reads: “We regret the delay.”") == [
        ("“We regret the delay.”", "The letter")
    ]


def test_a_name_in_apposition_after_the_quote_is_the_speaker_without_the_role() -> None:
    body = "“The data is clear,” Dr Priya Nair, an epidemiologist at Leeds, told the BBC."
    assert quotes(body) == [("“The data is clear,”", "Dr Priya Nair")]
    body = "“No comment,” a spokeswoman for the firm, Lisa Park, said."
    assert quotes(body) == [("“No comment,”", "Lisa Park")]


def test_he_is_a_surname_named_before_its_role() -> None:
    body = "Kowalski, the club’s manager, was furious. “Never a penalty,” he told reporters."
    assert quotes(body) == [("“Never a penalty,”", "Kowalski")]


def test_a_plural_ending_the_sentence_after_said_is_the_speaker() -> None:
    assert quotes("“Stay away from the river,” said officials.") == [
        ("“Stay away from the river,”", "officials")
    ]
    assert quotes("“We will meet again,” said recently.") == [("“We will meet again,”", "")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("President Biden on Tuesday called the attack “an act of pure evil”.", "President Biden"),
        ("A UN report released on Monday said the country faced “a catastrophe”.", "A UN report"),
        ("Critics, including the Green Party, say the plan is “too little, too late”.", "Critics"),
        ("“It’s a scandal,” fumed opposition MP Karen Wells.", "opposition MP Karen Wells"),
    ],
)
def test_a_day_an_including_or_a_verb_of_temper_leaves_the_speaker_whole(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_he_is_a_surname_alone_opening_an_earlier_sentence() -> None:
    body = "Lopez has a different view. “Tourism saved this town,” he argues."
    assert quotes(body) == [("“Tourism saved this town,”", "Lopez")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“We will win,” Smith, a Democrat, said on Tuesday.", "Smith"),
        ("The senator, a Republican from Texas, said the bill was “doomed”.", "The senator"),
        ("Officials at the ministry insisted the sums were “right”.", "Officials at the ministry"),
        ("The film’s director, Luca Moretti, calls it “a love letter”.", "Luca Moretti"),
    ],
)
def test_an_apposition_a_plural_subject_or_calls_it_credit_the_speaker(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A name completing a role or a body is not the speaker alone.
        (
            "Officials at the World Health Organization said it was “under control.”",
            "Officials at the World Health Organization",
        ),
        ("The Minister of Health said the wards were “full.”", "The Minister of Health"),
        (
            "One of the residents of Elm Street said the noise was “unbearable.”",
            "One of the residents of Elm Street",
        ),
        # The subject of a verb before the one of speech, and of a clause after a comma.
        (
            "A spokesman for Acme declined to comment, but said the firm was “reviewing it.”",
            "A spokesman for Acme",
        ),
        ("In London, Johnson said the plan was “a disaster”.", "Johnson"),
        ("Both leaders pledged to “work together for peace.”", "Both leaders"),
    ],
)
def test_a_name_completing_a_role_leaves_the_role_whole(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_he_or_she_stands_for_the_subject_of_the_sentence_before() -> None:
    body = "Paul Abara met the mayor, Lisa Grant, on Monday. “We agreed on nothing,” he said."
    assert quotes(body) == [("“We agreed on nothing,”", "Paul Abara")]
    # … and for the last person named where no name opens that sentence.
    body = "The council hired Maria Lopez in May. “It is a big job,” she said."
    assert quotes(body) == [("“It is a big job,”", "Maria Lopez")]


def test_a_relative_clause_with_a_figure_between_subject_and_verb() -> None:
    body = "The union, which represents 5,000 nurses, said the offer was “an insult.”"
    assert quotes(body) == [("“an insult.”", "The union")]


def test_an_age_and_a_role_between_a_name_and_its_verb() -> None:
    body = "Ms Khan, 34, a nurse from Leeds, said: “I haven’t slept properly in weeks.”"
    assert [who for _, who in quotes(body)] == ["Ms Khan"]


def test_according_to_a_source_with_no_capital() -> None:
    body = "According to police, the suspect was “known to officers.”"
    assert [who for _, who in quotes(body)] == ["police"]


def test_a_title_stays_with_a_possessive_name() -> None:
    body = "Dr. Lee’s team wrote in the journal Nature that the results were “striking.”"
    assert [who for _, who in quotes(body)] == ["Dr. Lee’s team"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Q: Who taught you?\n\nMy aunt, in her bakery. When I burnt a loaf, she would say "
            "it was “a lesson in patience”.",
            "My aunt",
        ),
        (
            "“We open at noon,” said Ana Lim.\n\nA woman in the queue was less patient. "
            "“It is freezing,” she said.",
            "A woman",
        ),
        ("Mr Reddy met Ms Ortega on Monday. “We agreed on nothing,” she said.", "Ms Ortega"),
        (
            "“We will sue,” said Tom Hale.\n\nHis father founded the firm. “We stay,” he said.",
            "Tom Hale",  # "his father" may be his: the pronoun keeps to the speaker
        ),
        ("Ana Lim runs the clinic with her mother. “We are tired,” she said.", "Ana Lim"),
    ],
)
def test_he_or_she_is_a_person_of_their_sex_named_by_a_word_of_family(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)][-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Internal memos obtained by the Herald show that staff were told to “say nothing”.",
            "Internal memos",
        ),
        ("Ofsted’s report shows that the school is “failing its pupils”.", "Ofsted’s report"),
        (
            "Documents filed in court indicate that the tanks were “never inspected”.",
            "Documents",
        ),
        ("Letters sent to the council suggest that the repairs were “botched”.", "Letters"),
        # a nearer verb of speech credits its own subject
        ("Court records show that the landlord had promised “a full refund”.", "the landlord"),
    ],
)
def test_what_documents_show_is_credited_to_the_documents(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_a_paragraph_a_lead_in_presents_as_someones_words_is_their_block_quote() -> None:
    body = (
        "Mayor Ana Reis wrote to the council on Monday. These are her reasons.\n\n"
        "The bridge is unsafe and the repairs are two years late.\n\n"
        "Here is Tom Lund’s statement in full.\n\n"
        "I did nothing wrong and I will not resign.\n\n"
        "These are the rules.\n\n"
        "Members vote by post."
    )
    assert [who for _, who in quotes(body)] == ["Mayor Ana Reis", "Tom Lund"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "“We won,” said Ana Lim.\n\nThe cup was presented by Tom Hale, who founded the club "
            "with Ruth Ortega. “It was deserved,” he said.",
            "Tom Hale",  # the passive's agent is the sentence's subject
        ),
        (
            "“We won,” said Ana Lim.\n\nThe idea came from Pilar, a nurse who trained in Lyon. "
            "“It was obvious,” she said.",
            "Pilar",  # a first name before a role that "who" shows to be a person
        ),
    ],
)
def test_he_or_she_is_a_passives_agent_or_a_name_before_a_persons_role(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)][-1] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Ana Lim always said the shop was “a family affair”.", "Ana Lim"),
        ("The minister repeatedly told MPs the plan was “on track”.", "The minister"),
        ("The mayor openly admitted the plan was “rushed”.", "The mayor"),
        ("“It was a mistake,” the chairman was quoted as saying.", "the chairman"),
        ("The chairman is said to have called it “a mistake”.", "The chairman"),
    ],
)
def test_an_adverb_or_a_hearsay_turn_between_speaker_and_verb_is_passed_over(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The plan was described as “reckless” by the opposition leader, Tom Hale.", "Tom Hale"),
        ("The offer was dismissed by the union as “insulting”.", "the union"),
        ("She was told to “stop filming” by a police officer.", "a police officer"),
        ("The decision was welcomed by campaigners, who called it “a victory”.", "campaigners"),
        ("Reporters met the mayor, who called the plan “a disgrace”.", "the mayor"),
    ],
)
def test_the_agent_of_a_passive_verb_of_speech_or_the_one_who_stands_for_speaks(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“The data are clear,” said Prof. Lin Wei of Oxford University.", "Prof. Lin Wei"),
        ("John Okoro of the Red Cross said the camp was “overflowing”.", "John Okoro"),
        ("The Royal Bank of Scotland said the fee was “fair”.", "The Royal Bank of Scotland"),
        (
            "“We see risks,” said Governor Andrew Bailey of the Bank of England.",
            "Governor Andrew Bailey",
        ),
    ],
)
def test_a_person_named_with_their_body_after_of_is_the_person(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_speech_that_goes_on_is_the_speakers() -> None:
    body = (
        "“We are ready,” said Tom Hale.\n\n“The roads are clear,” Ana Lim continued.\n\n"
        "“And the schools?” she went on. “They open on Monday.”\n\n"
        "The company continued its “restructuring”."
    )
    assert [who for _, who in quotes(body)] == ["Tom Hale", "Ana Lim", "Ana Lim", "Ana Lim"]


def test_quotes_in_a_list_of_reactions_are_each_items_speakers() -> None:
    body = (
        "Reactions came quickly:\n\n"
        "- Jo Kent, Tory MP: “A disgrace.”\n\n"
        "- Green Party: “A victory for common sense.”\n\n"
        "• Ruth Ames: “We will study it.”\n\n"
        "3. Sen. Dan Cole called it “a fine start”."
    )
    assert [who for _, who in quotes(body)] == [
        "Jo Kent",
        "Green Party",
        "Ruth Ames",
        "Sen. Dan Cole",
    ]


def test_it_is_the_body_last_quoted() -> None:
    body = (
        "“We regret the delay,” the ministry said in a statement. "
        "“Flights will resume on Monday,” it added.\n\n"
        "The Health Council said the outbreak was “contained”. It said that “no new cases” had "
        "been found."
    )
    assert [who for _, who in quotes(body)] == [
        "the ministry",
        "the ministry",
        "The Health Council",
        "The Health Council",
    ]


def test_an_answers_label_names_the_interviewee() -> None:
    body = (
        "We spoke with Ana Lim, the museum’s director, about the move.\n\n"
        "Q: Why move now?\n\n"
        "A: We call it “a fresh start”.\n\n"
        "Q: And the board?\n\n"
        "LIM: The board called the old building “a death trap”.\n\n"
        "Q: And you?\n\n"
        "LIM: “It was time.”"
    )
    assert [who for _, who in quotes(body)] == ["Ana Lim", "The board", "Ana Lim"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“Why did nobody listen?” Lim asks.", "Lim"),
        ("“Nobody listened!” She said it twice.", "She"),
        ("Says Ana Lim: “Nobody listened to us.”", "Ana Lim"),
        ("Asked about the cuts, Lim said: “We will manage.”", "Lim"),
    ],
)
def test_a_speaker_after_a_question_or_before_an_opening_verb_is_credited(
    body: str, speaker: str
) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_a_quote_after_a_sentence_opened_by_a_surname_alone_is_theirs() -> None:
    body = (
        "Lim was blunt.\n\n“We were never consulted. Nobody asked us.”\n\n"
        "Kowalski shook his head. “Never a penalty.”"
    )
    assert [who for _, who in quotes(body)] == ["Lim", "Kowalski"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The message from the mayor was clear: “Stay home.”", "the mayor"),
        ("For Ana Lim, the answer is simple: “Build more homes.”", "Ana Lim"),
        ("The verdict of the judges was unanimous: “A triumph.”", "the judges"),
        ("Tom Hale met the press. His advice: “Stay calm.”", "Tom Hale"),
    ],
)
def test_a_colon_after_someones_words_hands_the_quote_to_them(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("“It was chaos.” That is how Ana Lim remembers the night.", "Ana Lim"),
        ("“A betrayal” was how the union described it.", "the union"),
        ("“Keep going,” is how Lim put it.", "Lim"),
        ("“We lost.” So says Lim.", "Lim"),
        ("“Never again.” That was what the minister said.", "the minister"),
    ],
)
def test_a_speaker_named_after_the_quote_as_the_one_who_put_it_so(body: str, speaker: str) -> None:
    assert [who for _, who in quotes(body)] == [speaker]


def test_a_users_handle_is_a_speaker() -> None:
    body = (
        "Twitter user @anlim wrote: “The plan is dead.”\n\n"
        "“Not yet,” replied @bo_k.\n\n"
        "@cy_r: “Give it a year.”"
    )
    assert [who for _, who in quotes(body)] == ["@anlim", "@bo_k", "@cy_r"]


def test_a_title_after_titled_or_headlined_is_no_quote() -> None:
    body = (
        "In a blog post titled “Why I left my job and my country”, Ana Lim wrote: "
        "“Nobody listened to us.” A column headlined “Stay” followed."
    )
    assert quotes(body) == [("“Nobody listened to us.”", "Ana Lim")]
