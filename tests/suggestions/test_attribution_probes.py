"""Probes of the ways journalists attribute speech in English (issue 26), written for these tests:
each body, and the speaker a reader credits each of its quotations with (other accepted names
after "|"), scored the way the evaluation scores speakers."""

from __future__ import annotations

import pytest

from readmark.core.suggestions import suggest
from readmark.core.text import split_blocks

from .evaluate import speaker_right

Probe = tuple[str, list[tuple[str, str]]]

VERBS: list[Probe] = [
    ("“We will not back down,” the union leader declared.", [("“We will", "the union leader")]),
    ("“We will find them,” Mr Ruto vowed.", [("“We will", "Mr Ruto")]),
    ("“The economy is stalling,” Ms Grant told reporters on Tuesday.", [("“The", "Ms Grant")]),
    ("“I did nothing wrong,” Khan insisted.", [("“I did", "Khan")]),
    ("“Mistakes were made,” the chief executive acknowledged.", [("“Mis", "the chief executive")]),
    ("“We lost this one,” conceded Tom Barr, the party chairman.", [("“We", "Tom Barr")]),
    ("“Hospitals will be overwhelmed,” warned Dr Ayesha Malik.", [("“Hos", "Ayesha Malik")]),
    (
        "“Prices have doubled since May,” noted Priya Raman, an economist at Barclays.",
        [("“Prices", "Priya Raman")],
    ),
    ("“The law is clear,” argues Professor Helen Shaw.", [("“The law", "Helen Shaw")]),
    ("“They knew,” claimed the lawyer, Rhys Evans.", [("“They knew", "Rhys Evans")]),
    ("“The pipes froze,” explained Jan Novak, who runs the plant.", [("“The", "Jan Novak")]),
    ("“We had nothing,” recalled Maria Costa, 82.", [("“We had", "Maria Costa")]),
    ("“I was scared,” admitted the boy's mother.", [("“I was", "the boy's mother")]),
    ("“We have been clear,” the spokeswoman had said earlier.", [("“We", "the spokeswoman")]),
    ("“It is a scandal,” Senator Mike Lee has said.", [("“It is", "Mike Lee")]),
    ("“We must act now,” urged the activist Greta Thunberg.", [("“We must", "Greta Thunberg")]),
    ("“Why now?” asked Ms Lee.", [("“Why now?”", "Ms Lee")]),
    ("“Why now?” Ms Lee asked.", [("“Why now?”", "Ms Lee")]),
    ("“Not today,” Harris replied.", [("“Not today,”", "Harris")]),
    ("“There is no plan B,” the prime minister stressed.", [("“There", "the prime minister")]),
    ("“It will pass,” Mr Adeyemi predicted.", [("“It will", "Mr Adeyemi")]),
    ("“We were betrayed,” complained one farmer.", [("“We were", "one farmer")]),
    ("“The data are clear,” Dr Osei said last week.", [("“The data", "Dr Osei")]),
    ("“I will be back,” Mr Lopez promised supporters.", [("“I will", "Mr Lopez")]),
]

CHANNELS: list[Probe] = [
    (
        "“We are monitoring the situation,” the State Department said in a statement.",
        [("“We are", "the State Department")],
    ),
    ("“This is unacceptable,” Ms Ardern wrote in a statement.", [("“This", "Ms Ardern")]),
    ("“It was terrifying,” Mr Jones told the BBC.", [("“It was", "Mr Jones")]),
    ("“Democracy won tonight,” Mr Lula posted on X.", [("“Democracy", "Mr Lula")]),
    ("“Our hearts go out to them,” tweeted the mayor, Karen Bass.", [("“Our", "Karen Bass")]),
    (
        "“We regret the error,” the airline said in an emailed statement to Reuters.",
        [("“We regret", "the airline")],
    ),
    (
        "In a post on X, Musk wrote: “The ruling is insane.”",
        [("“The ruling", "Musk")],
    ),
    ("Musk wrote on X that the ruling was “insane”.", [("“insane”", "Musk")]),
    (
        "The ministry said in a statement that the attack was “cowardly”.",
        [("“cowardly”", "The ministry")],
    ),
    (
        "According to a statement from the ministry, the talks were “productive”.",
        [("“productive”", "the ministry")],
    ),
    (
        "According to police, the driver was “travelling at speed”.",
        [("“travelling", "police")],
    ),
    (
        "Speaking to reporters in Kyiv, Mr Zelensky said: “We need more air defence.”",
        [("“We need", "Mr Zelensky")],
    ),
    (
        "In an interview with the Guardian, Ms Moyo said the reforms were “long overdue”.",
        [("“long overdue”", "Ms Moyo")],
    ),
    (
        "“I never wanted this job,” she said in an interview.",
        [("“I never", "she")],
    ),
]

ROLES: list[Probe] = [
    ("“The figures speak for themselves,” the minister said.", [("“The", "the minister")]),
    (
        "“We do not comment on live investigations,” a Home Office spokesperson said.",
        [("“We do", "a Home Office spokesperson")],
    ),
    (
        "“He is furious,” a source close to the prime minister said.",
        [("“He is", "a source close to the prime minister")],
    ),
    ("“The talks are stuck,” a senior official told Reuters.", [("“The", "a senior official")]),
    (
        "“We don't know,” one nurse, who did not want to be named, said.",
        [("“We don't", "one nurse")],
    ),
    (
        "“It's chaos,” a doctor at the hospital told the BBC.",
        [("“It's", "a doctor at the hospital|a doctor")],
    ),
    ("“We have no water,” residents said.", [("“We have", "residents")]),
    ("“The road is gone,” villagers told the AFP news agency.", [("“The road", "villagers")]),
    ("“It won't happen again,” officials said.", [("“It won't", "officials")]),
    ("“Stay indoors,” police warned on Sunday.", [("“Stay", "police")]),
    ("“A sad day,” said local residents.", [("“A sad", "local residents")]),
    ("“Enough is enough,” chanted protesters.", [("“Enough", "protesters")]),
    (
        "“We will respond,” Beijing's foreign ministry spokesman Lin Jian said.",
        [("“We will", "Lin Jian")],
    ),
    (
        "“We are not going anywhere,” Mr Ochieng, the opposition leader, said.",
        [("“We are", "Mr Ochieng")],
    ),
    ("“We can't,” said Maria, a student.", [("“We can't", "Maria")]),
    (
        "The White House press secretary, Karine Jean-Pierre, said the claims were “false”.",
        [("“false”", "Karine Jean-Pierre")],
    ),
    ("Sources told CNN the president was “furious”.", [("“furious”", "Sources")]),
    (
        "Japan's top government spokesman, Yoshimasa Hayashi, told a news conference the launch "
        "was “unacceptable”.",
        [("“unacceptable”", "Yoshimasa Hayashi")],
    ),
    (
        "The police chief, speaking at a press conference, said the suspect was “armed”.",
        [("“armed”", "The police chief")],
    ),
]

BEFORE: list[Probe] = [
    ('Mr Obama said it was "distressing" to watch.', [('"distressing"', "Mr Obama")]),
    ("The minister described the report as “deeply flawed”.", [("“deeply", "The minister")]),
    ("Smith said: “We will appeal.”", [("“We will", "Smith")]),
    ("Smith told the court: “I am innocent.”", [("“I am", "Smith")]),
    ("In a statement, the company said: “We regret the error.”", [("“We", "the company")]),
    ("President Macron said France would “not give in”.", [("“not give", "President Macron")]),
    (
        "Ms Reyes called the ruling “a victory for common sense” and said it would “help "
        "thousands”.",
        [("“a victory", "Ms Reyes"), ("“help", "Ms Reyes")],
    ),
    (
        "Khan has denied wrongdoing, saying the claims are “baseless”.",
        [("“baseless”", "Khan")],
    ),
    ("Ms Park was quoted as saying the deal was “dead”.", [("“dead”", "Ms Park")]),
    ("As one farmer put it: “We are on our own.”", [("“We are", "one farmer")]),
    ("Then Azzouz turned to the crowd: “Go home.”", [("“Go home", "Azzouz")]),
    (
        "Officials said the storm was “the worst in decades”.",
        [("“the worst", "Officials")],
    ),
    ("Mr Diaz, 54, who has lived here for decades, said: “Nothing changes.”", [("“N", "Mr Diaz")]),
    ("The minister told parliament:\n\n“We will act.”", [("“We will", "The minister")]),
]

SPLIT_AND_CARRIED: list[Probe] = [
    ("“We are,” she said, “very close.”", [("“We are", "she"), ("“very close", "she")]),
    ("“This,” said Mr Kerr, “is the end.”", [("“This", "Mr Kerr"), ("“is the", "Mr Kerr")]),
    (
        "“The port is closed,” Azzouz said. “Nobody can leave. Nobody can come.”",
        [("“The port", "Azzouz"), ("“Nobody", "Azzouz")],
    ),
    (
        "“We are close,” Azzouz said.\n\n“Very close. Closer than ever.”",
        [("“We are", "Azzouz"), ("“Very close", "Azzouz")],
    ),
    (
        "Dr Lena Fischer, a virologist at the Charité, said the data were worrying.\n\n"
        "“We are seeing a rise in every age group.”",
        [("“We are seeing", "Lena Fischer")],
    ),
    (
        "Asked whether he would resign, Mr Patel said he would not.\n\n"
        "“I have a job to do,” he said.",
        [("“I have", "Mr Patel")],
    ),
    (
        "Ms Okafor said: “We were told nothing.\n\n“Then the water came.”",
        [("“We were told", "Ms Okafor")],
    ),
    (
        "“We were told nothing.\n\n“Then the water came,” Ms Okafor said.",
        [("“We were told", "Ms Okafor")],
    ),
    (
        '"We were told nothing.\n\n"Then the water came," Ms Okafor said.',
        [('"We were told', "Ms Okafor")],
    ),
    ("Ms Ortega arrived late. “Sorry,” she said.", [("“Sorry", "Ms Ortega")]),
    (
        "“Yes,” Azzouz said.\n\nMr Haddad, the mayor, disagreed. “No,” he said.",
        [("“Yes", "Azzouz"), ("“No", "Mr Haddad")],
    ),
    (
        "Residents gathered outside the town hall. “We want answers,” they said.",
        [("“We want", "Residents")],
    ),
    (
        "Acme Foods issued a statement on Friday. “We apologise to our customers,” it said.",
        [("“We apologise", "Acme Foods")],
    ),
    (
        "Lina Park runs the bakery. “I grew up here,” says Park. “It used to be quiet.”",
        [("“I grew", "Lina Park"), ("“It used", "Lina Park")],
    ),
    (
        "Ana Lim, 34, says the town has changed.\n\n“It used to be quiet here.”",
        [("“It used", "Ana Lim")],
    ),
    ("“The sea was black,” writes Orla Brennan in her memoir.", [("“The sea", "Orla Brennan")]),
    ("“We are ready,”\nMr Smith said.", [("“We are", "Mr Smith")]),
    (
        "The judge was scathing.\n\n“You showed no remorse,” she told the defendant.",
        [("“You showed", "The judge")],
    ),
    (
        "Mr Haddad has run the clinic since 2010. He called the cuts “a disgrace” and said "
        "they would “cost lives”.",
        [("“a disgrace", "Mr Haddad"), ("“cost lives", "Mr Haddad")],
    ),
]

NAMES_AND_CLAUSES: list[Probe] = [
    ("“No comment,” said a Downing Street spokesman.", [("“No", "a Downing Street spokesman")]),
    ("“Fantastic,” said Lord Coe.", [("“Fantastic", "Lord Coe")]),
    ("“It is time,” said Sir David Attenborough.", [("“It is", "David Attenborough")]),
    ("“We need answers,” Labour MP Diane Abbott said.", [("“We need", "Diane Abbott")]),
    ("“A dark day,” the BBC's Nick Robinson said.", [("“A dark", "Nick Robinson")]),
    (
        "“We are heartbroken,” read a statement from the family.",
        [("“We are", "the family|a statement from the family")],
    ),
    (
        "A statement from the family said: “He was our world.”",
        [("“He was", "the family|A statement from the family")],
    ),
    (
        "“This is a big step,” Mr Grant, who was not involved in the study, told The Times.",
        [("“This", "Mr Grant")],
    ),
    ("“We did it”, said Ms Lim.", [("“We did", "Ms Lim")]),
    ("It was, said Mr Smith, “a total failure”.", [("“a total", "Mr Smith")]),
    ("The plan, Mr Smith said, was “a total failure”.", [("“a total", "Mr Smith")]),
    ("The plan was “a total failure”, Mr Smith said.", [("“a total", "Mr Smith")]),
    ("The plan was “a total failure”, according to Mr Smith.", [("“a total", "Mr Smith")]),
    ("“She was brave,” Ms Lim said of her daughter.", [("“She was", "Ms Lim")]),
    ("“Not for a second,” Smith said Tuesday in a phone interview.", [("“Not", "Smith")]),
    (
        "“We will keep fighting,” Sen. Chuck Schumer, D-N.Y., said on the Senate floor.",
        [("“We will", "Chuck Schumer")],
    ),
    (
        "“The world is watching,” U.N. Secretary-General António Guterres said.",
        [("“The world", "António Guterres")],
    ),
    ("“We are ready,” said the Rev. Martin Lyle.", [("“We are", "Martin Lyle")]),
    ("“Never again,” said Ms O’Neill.", [("“Never", "Ms O’Neill")]),
    ("“We are innocent,” the couple said.", [("“We are", "the couple")]),
    ("Critics say the bill is “a power grab”.", [("“a power", "Critics")]),
    ("Experts warn that the virus is “far from over”.", [("“far from", "Experts")]),
    ("Campaigners have called the scheme “cruel”.", [("“cruel”", "Campaigners")]),
    ("The opposition dismissed the budget as “a fantasy”.", [("“a fantasy", "The opposition")]),
    ("But Mr Smith said the figures were “misleading”.", [("“misleading", "Mr Smith")]),
    ("Mr Smith, for his part, called it “nonsense”.", [("“nonsense”", "Mr Smith")]),
    ("In the words of one survivor, it was “hell on earth”.", [("“hell", "one survivor")]),
    (
        "Asked about the delay, the minister said: “We are doing our best.”",
        [("“We are", "the minister")],
    ),
    (
        "Asked if he regretted it, Mr Smith replied: “Not for a second.”",
        [("“Not", "Mr Smith")],
    ),
    (
        "“We will win,” said Mr Smith, adding: “The people are with us.”",
        [("“We will", "Mr Smith"), ("“The people", "Mr Smith")],
    ),
    (
        "“We will win,” Mr Smith said, before adding: “The people are with us.”",
        [("“We will", "Mr Smith"), ("“The people", "Mr Smith")],
    ),
    (
        "Mr Smith said he was “shocked” by the decision, which he described as “a betrayal”.",
        [("“shocked", "Mr Smith"), ("“a betrayal", "Mr Smith")],
    ),
    (
        "Ana Lim moved here in 2001. She remembers the floods.\n\n“The water came up to here,” "
        "she says, pointing to her knee.",
        [("“The water", "Ana Lim")],
    ),
    (
        "“It's too late,” says one. “We should have left,” says another.",
        [("“It's too", "one"), ("“We should", "another")],
    ),
    (
        "Ben Ortiz met Ana Lim in 2019.\n\n“He changed my life,” she says.",
        [("“He changed", "Ana Lim")],
    ),
    (
        "“We were warned,” Ms Lim said.\n\nHer neighbour, Tom Reddy, disagrees. "
        "“Nobody warned us,” he says.",
        [("“We were", "Ms Lim"), ("“Nobody", "Tom Reddy")],
    ),
    (
        "“It was a mistake,” Mr Smith said. “A big one,” he added. “I am sorry.”",
        [("“It was", "Mr Smith"), ("“A big", "Mr Smith"), ("“I am", "Mr Smith")],
    ),
    (
        "The mayor, Lisa Grant, said she was “delighted”. Her deputy called it “a good start”.",
        [("“delighted", "Lisa Grant"), ("“a good", "Her deputy")],
    ),
    (
        "“We have to go,” the 42-year-old mother of three said.",
        [("“We have", "the 42-year-old mother of three")],
    ),
    ("“I'm done,” Smith, 42, told police.", [("“I'm done", "Smith")]),
]

LONG_FORM: list[Probe] = [
    (
        "As the philosopher Hannah Arendt wrote, “Most evil is done by people who never make up "
        "their minds.”",
        [("“Most evil", "Hannah Arendt")],
    ),
    (
        "In her 1962 book Silent Spring, Rachel Carson warned that “the chemicals are everywhere”.",
        [("“the chemicals", "Rachel Carson")],
    ),
    (
        "Twitter user @anlim wrote:\n\n“The streets are empty tonight.”",
        [("“The streets", "@anlim")],
    ),
    ("“This is a historic day,” said NASA Administrator Bill Nelson.", [("“This", "Bill Nelson")]),
    (
        "“We take these concerns seriously,” said Jane Okafor, a spokesperson for the county, in "
        "an email.",
        [("“We take", "Jane Okafor")],
    ),
    (
        "In a letter to shareholders, CEO Jane Okafor wrote: “We had a hard year.”",
        [("“We had", "Jane Okafor")],
    ),
    ("“The company knew,” reads the lawsuit.", [("“The company", "the lawsuit")]),
    (
        "The lawsuit alleges that the company “knowingly misled” buyers.",
        [("“knowingly", "The lawsuit")],
    ),
    (
        "Emails obtained by ProPublica show officials called the plan “reckless”.",
        [("“reckless”", "officials")],
    ),
    (
        "Okafor bought the house in 2015. She said the company had “tricked” her.",
        [("“tricked”", "Okafor")],
    ),
    (
        "“We lost everything,” Okafor said. “Everything.”\n\n“Nobody helped us.”",
        [("“We lost", "Okafor"), ("“Everything", "Okafor"), ("“Nobody", "Okafor")],
    ),
    ("Mr Smith said\n“We are ready.”", [("“We are", "Mr Smith")]),
    ("“We are ready,” Mr Smith\nsaid.", [("“We are", "Mr Smith")]),
    (
        "Okafor, 61, has lived in the house for 30 years.\n\n“It is my home,” she said. “Where "
        "else would I go?”",
        [("“It is", "Okafor"), ("“Where", "Okafor")],
    ),
    (
        "“It's a lot,” Lim said of the rent, which has doubled. “We can't keep up.”",
        [("“It's a lot", "Lim"), ("“We can't", "Lim")],
    ),
    ("Lim, a mother of two, told ProPublica: “I cried for days.”", [("“I cried", "Lim")]),
    (
        "The agency did not respond to requests for comment. In a statement last year, it said "
        "it was “committed to transparency”.",
        [("“committed", "The agency")],
    ),
    (
        "Critics, including the economist Paul Krugman, have called the policy “cruel”.",
        [("“cruel”", "Critics|Paul Krugman")],
    ),
    (
        "Writing in the journal Nature, the authors argue that “the damage is permanent”.",
        [("“the damage", "the authors")],
    ),
    (
        "One participant in our study told us: “I never felt safe.”",
        [("“I never", "One participant in our study|One participant")],
    ),
    ("As one respondent put it, “We just got on with it.”", [("“We just", "one respondent")]),
    ("A nurse we spoke to described the shifts as “brutal”.", [("“brutal”", "A nurse")]),
    ("On Instagram, the singer wrote: “Thank you all.”", [("“Thank", "the singer")]),
    (
        "Many netizens criticised the decision. One wrote: “This is absurd.”",
        [("“This is", "One|One netizen")],
    ),
    ("The petition reads: “We demand clean water.”", [("“We demand", "The petition")]),
    (
        "In a post on X on Feb. 3, Musk called USAID “a criminal organization.”",
        [("“a criminal", "Musk")],
    ),
    (
        "White House spokesperson Harrison Fields said in a statement that the agency was "
        "“wasteful”.",
        [("“wasteful”", "Harrison Fields")],
    ),
    ("On the opening track, Lim sings “I was never yours”.", [("“I was", "Lim")]),
    (
        "In the liner notes, Lim writes that the songs are “letters to no one”.",
        [("“letters", "Lim")],
    ),
    (
        "In the novel, one character declares: “The river will not wait.”",
        [("“The river", "one character")],
    ),
    (
        "In Kingsolver's Flight Behavior, Dellarobia wonders: “What if the world is ending?”",
        [("“What if", "Dellarobia")],
    ),
    (
        "Lim told Global Voices via WhatsApp that the police were “everywhere”.",
        [("“everywhere”", "Lim")],
    ),
    ("The poet Amaal Said writes of her mother: “She carried the sea.”", [("“She", "Amaal Said")]),
    ("Kelly, who flew four missions, said in a statement: “It was an honour.”", [("“It", "Kelly")]),
    (
        "“I am tired,” Lim says.\n\nHer brother Tom agrees. “We all are,” he says.",
        [("“I am", "Lim"), ("“We all", "Tom")],
    ),
    (
        "Lim founded the group in 2012.\n\nShe told Global Voices in an email: “We will not stop.”",
        [("“We will", "Lim")],
    ),
]

PARAGRAPHS: list[Probe] = [
    (
        "Lim is not convinced. She has seen this before. “They promised this in 2010.”",
        [("“They promised", "Lim")],
    ),
    (
        "“We were warned,” Ms Lim said.\n\nTom Reddy, a nurse, sees it differently.\n\n“Nobody "
        "warned us. Nobody.”",
        [("“We were", "Ms Lim"), ("“Nobody", "Tom Reddy")],
    ),
    (
        "“We need help,” said Ana Lim, a nurse. “Now.”\n\nHer colleague, Tom Reddy, agreed.\n\n"
        "“It is a crisis,” he said.",
        [("“We need", "Ana Lim"), ("“Now", "Ana Lim"), ("“It is", "Tom Reddy")],
    ),
    (
        "“We were warned,” Ms Lim said.\n\nBut Tom Reddy disagrees. “Nobody warned us,” he said.",
        [("“Nobody", "Tom Reddy")],
    ),
    (
        "Okafor was at home when the water came.\n\n“We were told nothing. Then the sirens went "
        "off.”\n\n“By then it was too late.”",
        [("“We were", "Okafor"), ("“By then", "Okafor")],
    ),
    (
        "The mayor, Lisa Grant, was asked about the cuts on Monday.\n\n“They are painful but "
        "necessary,” she told reporters.",
        [("“They are", "Lisa Grant")],
    ),
]

# Wire-service turns (VOA, AP, Reuters): the one an outlet quotes, not the outlet.
WIRE: list[Probe] = [
    (
        'State media quoted Kim Jong Un as saying the launch was "a great success."',
        [('"a great', "Kim Jong Un")],
    ),
    (
        '"The rescue is going well," the Xinhua news agency quoted local official Wu Yong as '
        "saying.",
        [('"The rescue', "Wu Yong")],
    ),
    (
        'Kim was quoted by the official KCNA news agency as saying the launch was "a success."',
        [('"a success', "Kim")],
    ),
    (  # a role, then the name in apposition with the body it belongs to
        'Another analyst, Piet Smal of Northern Maritime Consulting, called the deal "overdue."',
        [('"overdue', "Piet Smal")],
    ),
    (
        '"This is a major seizure," said Detective Inspector Jane Cole of the Federal Police.',
        [('"This is', "Jane Cole")],
    ),
    (  # a body's own name, all of common words, keeps its "of"
        'The lender, Royal Bank of Scotland, said it was "deeply sorry."',
        [('"deeply', "Royal Bank of Scotland")],
    ),
    (  # a U.S. politician's party and state: an aside, not a name
        'Sen. Lindsey Graham, R-S.C., said the plan was "dead on arrival."',
        [('"dead', "Lindsey Graham")],
    ),
    ('"We will vote no," said Rep. Ana Ortiz, D-Texas.', [('"We will', "Ana Ortiz")]),
    (
        'Vatican spokesman Federico Lombardi welcomed the letter as "a very positive sign."',
        [('"a very', "Federico Lombardi")],
    ),
    ('"We demand justice," the petition reads.', [('"We demand', "the petition")]),
    ('Netizens mocked the slogan as "Orwellian."', [('"Orwellian', "Netizens")]),
    (  # reading aloud a title is no speech of the reader's
        '"It is a trap," the captain said, and she reads the sign again.',
        [('"It is', "the captain")],
    ),
    (  # a surname with the Arabic article joined to it
        'Shiite cleric Moqtada al-Sadr called for calm. "Do not respond," he said.',
        [('"Do not', "Moqtada al-Sadr")],
    ),
    ('"Stay home," al-Sadr told his followers.', [('"Stay', "al-Sadr")]),
    ('President Abdel Fattah el-Sisi called it "a new beginning."', [('"a new', "el-Sisi")]),
    (  # an "al-" that joins no name is no name
        '"We stay," the anti-war protesters chanted outside the al-fresco cafe.',
        [('"We stay', "the anti-war protesters")],
    ),
    (  # a role in apposition, then a relative clause, before the verb
        "Htin Kyaw, a close confidant of Aung San Suu Kyi, whose party won the election, said "
        'the country must be "united."',
        [('"united', "Htin Kyaw")],
    ),
    (  # a role without an article in apposition
        'NASA\'s Jim Green, director of planetary science, said: "We found water."',
        [('"We found', "Jim Green")],
    ),
    (  # a role ahead, a name in apposition: the name
        'The senator, a Republican from Texas, said the bill was "dead."',
        [('"dead', "The senator")],
    ),
    (  # a relative clause without commas
        'A diplomat who asked not to be named said the deal was "close."',
        [('"close', "A diplomat")],
    ),
    (  # a role before a titled name and its body
        "Earthquake expert Dr Mark Quigley of Canterbury University said aftershocks were "
        '"inevitable."',
        [('"inevitable', "Mark Quigley")],
    ),
    (  # a body named as the complement of a role: the role speaks
        '"No comment," said a spokesman for Acme Foods of Ohio.',
        [('"No comment', "a spokesman for Acme Foods of Ohio")],
    ),
    (  # an auxiliary between an aside and the verb
        'Suu Kyi, who is barred from the presidency, has said she will be "above the president."',
        [('"above', "Suu Kyi")],
    ),
    (  # a verb after "but" begins a clause of its own, its speaker another
        'Pompeo described the talks as "productive," but North Korea said they were "regrettable."',
        [('"productive', "Pompeo"), ('"regrettable', "North Korea")],
    ),
    (  # "he": the surname opening the sentence with its verb, not the person it met
        'Barnier spoke after meeting Brexit Secretary David Davis. "We are not there yet," he '
        "said.",
        [('"We are', "Barnier")],
    ),
    (  # a word alone before a noun is no subject: the name after it is
        'Varesca\'s interior minister, Tomas Brevik, met the press. "We are ready," he said.',
        [('"We are', "Tomas Brevik")],
    ),
    (  # a dateline, then a role "of" a body before the name: the name
        'WASHINGTON — Secretary of State Mike Pompeo said Tuesday the talks were "productive."',
        [('"productive', "Mike Pompeo")],
    ),
    (  # a name, then its role in apposition: the name
        '"This is a great day," said Charles Bolden, NASA Administrator.',
        [('"This is', "Charles Bolden")],
    ),
    (  # words someone gave, without a verb of speech
        "This year's motto, given by Prime Minister Prayuth Chan-ocha, is \"Diligent children, "
        'good citizens."',
        [('"Diligent', "Prayuth Chan-ocha")],
    ),
    (  # not the maker of a thing: the agent of the verb of speech
        'The bridge, built by Acme Steel in 1990, was called "unsafe" by engineers.',
        [('"unsafe', "engineers")],
    ),
    (  # no "as saying": the one who quotes is the speaker
        '"We will appeal," the lawyer said, and the paper quoted him at length.',
        [('"We will', "the lawyer")],
    ),
]

PROBES = (
    PARAGRAPHS
    + VERBS
    + CHANNELS
    + ROLES
    + BEFORE
    + SPLIT_AND_CARRIED
    + NAMES_AND_CLAUSES
    + LONG_FORM
    + WIRE
)


# Probes the attribution still gets wrong: each fix takes its probes out of here.
GAPS = {
    "Emails obtained by ProPublica show officials called the plan “reckless”.",
}


def speakers(body: str) -> list[tuple[str, str]]:
    text = "Title\n\n" + body
    return [(s.exact, s.speaker) for s in suggest(text, split_blocks(text)) if s.tag == "quote"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(*probe, marks=pytest.mark.xfail(strict=True) if probe[0] in GAPS else ())
        for probe in PROBES
    ],
)
def test_probe(body: str, expected: list[tuple[str, str]]) -> None:
    found = speakers(body)
    for opening, accepted in expected:
        said = [who for words, who in found if words.startswith(opening)]
        assert said, f"no quote {opening!r} in {found}"
        assert any(speaker_right(who, accepted) for who in said), f"{found} for {accepted!r}"
