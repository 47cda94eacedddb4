"""Captions told by a picture's credit or an agency's file mark, as wire services and photo
libraries write them, and the sentences of an article that only mention photos or files."""

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
        "FILE - U.S. Secretary of State Mike Pompeo speaks during a news conference at the State "
        "Department in Washington, May 23, 2018.",
        "Rescue workers search through rubble after an earthquake in Christchurch, New Zealand, "
        "Feb. 22, 2011. (AP Photo/Mark Baker)",
        "Protesters gather outside parliament in London, Britain, January 15, 2019. "
        "REUTERS/Hannah McKay",
        "A man walks past a mural in Minsk, Belarus. Photo by Jane Doe via Flickr (CC BY 2.0).",
        "Children play with balloons during Children's Day at Government House in Bangkok. "
        "Image from Flickr.",
    ],
)
def test_a_pictures_credit_or_file_mark_makes_a_caption(paragraph: str) -> None:
    assert tag_of(paragraph) == "caption"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Photos from the scene showed the roof of the station torn away.",
        "The file - a long one - was lost in the move, the clerk said on Monday.",
        "Reuters/Ipsos polling published on Monday shows the party 4 points ahead.",
        "The agency's map/chart of the flooded area was updated 12 times overnight.",
    ],
)
def test_a_sentence_about_photos_or_files_is_no_caption(paragraph: str) -> None:
    assert tag_of(paragraph) != "caption"
