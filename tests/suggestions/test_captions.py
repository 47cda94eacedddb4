"""Captions told by a picture's credit, label or date line, an agency's file mark, or where the
people pictured stand, as wire services, agencies and photo libraries write them; and the blocks
of an article that are none: sentences that only mention photos or files, bylines, headings,
short paragraphs, pull quotes and dated sentences. All written for these tests."""

from __future__ import annotations

import pytest

from readmark.core.suggestions import suggest
from readmark.core.text import split_blocks

BODY = "Officials met on Tuesday to discuss the budget, which has been delayed twice."


def tag_of(paragraph: str) -> str | None:
    """The tag suggested for `paragraph`, set after a paragraph of the article's body."""
    text = f"{BODY}\n\n{paragraph}"
    start = len(BODY) + 2
    found = [s for s in suggest(text, split_blocks(text)) if s.start >= start]
    return found[0].tag if found else None


@pytest.mark.parametrize(
    "paragraph",
    [
        "FILE - The mayor of Tallinn speaks during a news conference at the town hall in Tallinn, "
        "Estonia, March 3, 2017.",
        "Volunteers clear mud from a road after a landslide near Nelson, British Columbia, "
        "April 9, 2013. (AP Photo/Ruth Adler)",
        "Farmers drive their tractors past the regional council in Lyon, France, October 2, 2020. "
        "REUTERS/Paul Vernet",
        "A woman cycles past a tiled wall in Porto, Portugal. Photo by Ana Lima via Flickr (CC BY "
        "2.0).",
        "Pupils fly kites during the spring fair on the market square in Ghent. Image from Flickr.",
        # An agency's date line closing the caption's first sentence, with or without more.
        "Firefighters carry a hose through a flooded street in Carlisle, England, Monday, Dec. 7, "
        "2015. More rain is forecast for the weekend.",
        "Dockworkers unload grain from a ship in Odesa, Ukraine, Thursday, Aug. 4, 2022.",
        "Dock workers load containers at the port of Piraeus, Greece, Oct. 7, 2018.",
        # A credit closing the caption in brackets, or an agency's name after a dash.
        "Ministers arrive for the summit in Brussels. (Ministry of Foreign Affairs via AP, Pool)",
        "Sea ice breaks apart off the coast of Greenland. (credit: NASA/Goddard via Getty Images)",
        "A volunteer sorts donated coats at the shelter. (Courtesy of the Northside Food Bank)",
        "A fishing boat returns to the harbour at dawn. (Lena Park/Reuters)",
        "Villagers repair a road washed out by the monsoon rains. — AFP",
        "Workers lay tracks for the new tram line in Hangzhou. (Xinhua/Li Ming)",
        "Commuters wait on a crowded platform in London. Hannah Reed/Reuters",
        "A rescue dog rests after the search in the hills above Genoa. Getty Images",
        "Snow covers the old town square in Tallinn, Estonia, Jan 9, 2021",
        # A label, or the page's words to the reader about the picture.
        "Photograph: Carlos Díaz/Reuters",
        "FILE PHOTO: A tanker is moored at the oil terminal near Rotterdam.",
        "Main image: the restored lighthouse on the headland above Whitby.",
        "Below: the ferry leaves the harbour in the evening light.",
        "Weavers beat the bark into thin sheets. October 2024 Photo: Pacific Desk / Ana Vea",
        "The comet's tail, seen from the observatory. Credit: ESO/J. Smith",
        "The harbour at dusk. Click to enlarge.",
        "Volunteers plant trees along the river bank. hide caption",
        # What the picture is, opening the block.
        "A screenshot of the council's live stream, showing the empty chamber.",
        "Still from a video shared by residents of the flooded street.",
        "Map showing the towns along the river that were evacuated.",
        "Portrait of a fisherman mending his nets on the quay at Brixham.",
        "Aerial view of the reservoir, which has fallen to a third of its capacity.",
        "Artist's impression of the lander on the surface of the moon.",
        "Photo shared by a resident on Facebook of the collapsed footbridge.",
        "Image released by the space agency of the storm over the Gulf.",
        "The mural on the school wall in Quito. Used with permission.",
        # A credit line alone.
        "Submitted photo",
        # Where the people pictured stand.
        "Mayor Ana Ruiz (C) and council members cut the ribbon at the new library.",
        "Coach Dana Webb, left, talks with players during practice on the school's field.",
        "From left: Tom Hale, Rita Moss and Omar Said at the awards dinner.",
    ],
)
def test_a_credit_a_label_a_date_line_or_who_stands_where_makes_a_caption(paragraph: str) -> None:
    assert tag_of(paragraph) == "caption"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photos from the scene showed the roof of the station torn away.",
        "Photos of the flood spread quickly online within an hour.",
        "The museum said the images were used with permission from the families of the dead.",
        "The file - a long one - was lost in the move, the clerk said on Monday.",
        "Reuters/Ipsos polling published on Monday shows the party 4 points ahead.",
        "The agency's map/chart of the flooded area was updated 12 times overnight.",
        # A byline, with its date under it, and a heading.
        "By The Associated Press\nTue., May 3, 2022",
        "By Maria Lopez and Sam Green, Reuters",
        "The craft of weaving",
        # A short paragraph and a pull quote.
        "A number of bridges were closed overnight.",
        "“We can’t let our guard down.”",
        "“The river gave us no warning.”\n\n“The river gave us no warning.”",
        # A date with "on", or a date line in a later sentence.
        "The council voted on Tuesday, March 1, 2022. The plan now goes to the minister.",
        "Crews worked through the night. The road reopened in Leeds, England, Sunday, Feb. 5, "
        "2023.",
        # Brackets and labels that credit no picture.
        "Support for the plan fell to 41 percent in March (Reuters/Ipsos)",
        "The poll was run by Ipsos for Reuters and AP/NORC ran another in May.",
        "Copyright (C) 2021 Example Press. All rights reserved.",
        "The bigger picture: rents have risen faster than wages for a decade.",
        "The Big Picture: rents have risen faster than wages for a decade",
        "The three options the council weighed are set out below:",
        "He had one worry about his image: the scandal would not go away.",
        "With two minutes left: the home side scored again, and the crowd rose.",
        "Left to right is how the script is read, the teacher said.",
        "He turned left, then right, and reached the station at noon.",
        "A map of the new bus routes will be posted at every stop by June.",
        "Portrait of a Lady on Fire, the 2019 film, won the prize for best screenplay.",
        "View of the committee is that the plan should wait. Members meet again in May.",
        "Still, of the 40 homes inspected, only three needed new roofs.",
    ],
)
def test_a_byline_heading_pull_quote_or_a_mere_mention_is_no_caption(paragraph: str) -> None:
    assert tag_of(paragraph) != "caption"
