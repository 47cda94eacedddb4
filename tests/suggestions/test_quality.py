"""The suggester against hand-tagged articles: quotes and captions reliable, the rest hints."""

from __future__ import annotations

from readmark.core.importing import read_article
from readmark.core.suggestions import suggest

from .quality import score, table

# Quotes and captions follow firm rules; claims and opinions are cues, and are held only to
# stay useful hints. Raising a floor is welcome; lowering one needs a reason in the commit.
FLOORS = {
    "quote": (0.9, 0.9),
    "caption": (0.9, 0.9),
    "claim": (0.9, 0.9),
    "opinion": (0.9, 0.9),
}


def test_precision_and_recall_stay_above_their_floors() -> None:
    scores = score()
    print("\n" + table(scores))
    for tag, (precision, recall) in FLOORS.items():
        assert scores[tag].precision >= precision, (tag, table(scores))
        assert scores[tag].recall >= recall, (tag, table(scores))


def test_every_suggestion_points_at_its_own_words_with_a_reason() -> None:
    from readmark.paths import seed_files

    article = read_article(seed_files()[0])
    for found in suggest(article.text, list(article.blocks)):
        assert article.text[found.start : found.end] == found.exact
        assert found.reason and found.tag in ("quote", "caption", "claim", "opinion")


def test_speakers_are_found_from_the_attribution() -> None:
    from readmark.core.text import split_blocks

    text = (
        "Title\n\n‘We will win,’ said Mr Lopez.\n\nHe added: ‘Soon.’\n\n"
        '"It failed," according to Dr Ada Byron.\n\n‘Later,’ she said.\n\n'
        'According to Ms Chen, "prices rose."'
    )
    quotes = [(s.exact, s.speaker) for s in suggest(text, split_blocks(text)) if s.tag == "quote"]
    assert quotes == [
        ("‘We will win,’", "Mr Lopez"),
        ("‘Soon.’", "Mr Lopez"),  # "he": the last speaker quoted
        ('"It failed,"', "Dr Ada Byron"),
        ("‘Later,’", "Dr Ada Byron"),
        ('"prices rose."', "Ms Chen"),
    ]


def test_nested_and_paragraph_spanning_quotes() -> None:
    from readmark.core.text import split_blocks

    text = (
        "Title\n\n“He told me ‘never again’ and left,” said Ms Park.\n\n"
        "‘First paragraph of a long quote.\n\n‘And its end.’"
    )
    quotes = [s.exact for s in suggest(text, split_blocks(text)) if s.tag == "quote"]
    assert quotes == [
        "“He told me ‘never again’ and left,”",
        "‘never again’",
        "‘First paragraph of a long quote.\n\n‘And its end.’",
    ]
