"""Document structure: blocks from importers, Markdown, source lines and near-duplicate blocks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readmark.core.duplicates import near_duplicates
from readmark.core.importing import UnreadableFileError, article_from_bytes, read_article
from readmark.core.text import BLOCK_KINDS, assemble, decode_blocks, encode_blocks, split_blocks
from readmark.paths import seed_files

MARKDOWN = """# The headline

An *opening* paragraph
over two lines.

> A quoted line
> and its second half.

- first item
- second item

3. third
4. fourth

![Firefighters at the scene](fire.jpg)

## A sub-heading

Closing words with `code` and a [link](https://example.org).
"""


def test_markdown_keeps_headings_quotes_lists_and_pictures(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = read_article(path)
    shown = [(b.kind, article.text[b.start : b.end]) for b in article.blocks]
    assert article.title == "The headline"
    assert shown == [
        ("title", "The headline"),
        ("paragraph", "An opening paragraph over two lines."),
        ("quote", "A quoted line and its second half."),
        ("list_item", "• first item"),
        ("list_item", "• second item"),
        ("list_item", "3. third"),
        ("list_item", "4. fourth"),
        ("caption", "Firefighters at the scene"),
        ("heading", "A sub-heading"),
        ("paragraph", "Closing words with code and a link."),
    ]
    assert article.file_path == str(path.resolve())


def test_markdown_with_no_heading_takes_the_file_name_as_title(tmp_path: Path) -> None:
    path = tmp_path / "notes-from-class.md"
    path.write_text("Just a paragraph.\n\nAnd another.", encoding="utf-8")
    article = read_article(path)
    assert article.title == "notes-from-class"
    assert article.text == "Just a paragraph.\n\nAnd another."


def test_an_empty_markdown_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_text("<!-- nothing -->\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="has no text"):
        read_article(path)


def test_a_closing_source_line_becomes_the_source() -> None:
    article = article_from_bytes(b"Title\n\nBody.\n\nSource: example.org", "/x/a.txt", "a")
    assert (article.text, article.source) == ("Title\n\nBody.", "example.org")
    plain = article_from_bytes(b"Title\n\nThe source: is mid-sentence.", "/x/a.txt", "a")
    assert plain.source == "/x/a.txt"
    earlier = article_from_bytes(b"Title\n\nSource: example.org\n\nBody.", "/x/a.txt", "a")
    assert earlier.source == "/x/a.txt"  # only the closing paragraph names the source


@given(
    st.lists(st.text(alphabet="ab .\n", min_size=1, max_size=30), min_size=1, max_size=6),
    st.one_of(st.none(), st.text(alphabet="abc.", min_size=1, max_size=20)),
)
def test_the_source_line_is_found_after_any_paragraphs(
    paragraphs: list[str], cited: str | None
) -> None:
    body = "Title\n\n" + "\n\n".join(paragraphs)
    closing = f"\n\nvia: {cited}" if cited else ""
    article = article_from_bytes((body + closing).encode(), "/x/a.txt", "a")
    plain = article_from_bytes(body.encode(), "/x/a.txt", "a")
    assert article.source == (cited if cited else "/x/a.txt")
    assert article.text == plain.text


parts = st.lists(
    st.tuples(st.sampled_from(BLOCK_KINDS[1:]), st.text(min_size=1, max_size=40)), max_size=12
)


@given(st.text(max_size=30), parts)
def test_assembled_blocks_point_at_their_own_text(title: str, body: list) -> None:
    text, blocks = assemble(title, body)

    def one_line(content: str) -> str:
        return re.sub(r"[ \t\n\r\f\v]+", " ", content).strip(" ")

    kept = [(k, one_line(c)) for k, c in [("title", title), *body] if one_line(c)]
    assert [b.kind for b in blocks] == [k for k, _ in kept]
    for block, (kind, content) in zip(blocks, kept, strict=True):
        shown = text[block.start : block.end]
        assert shown.endswith(content) and "\n" not in shown
        assert kind == "list_item" or shown == content
    assert decode_blocks(encode_blocks(blocks)) == blocks
    assert "\n\n\n" not in text


def test_the_sample_article_repeats_each_caption_once() -> None:
    article = read_article(seed_files()[0])
    blocks = list(article.blocks)
    repeats = near_duplicates(article.text, blocks)

    def opening(index: int) -> str:
        block = blocks[index]
        return article.text[block.start : block.start + 40].replace("’", "'").replace("‘", "'")

    assert len(repeats) == 11  # counted by hand: eleven captions appear twice
    assert all(opening(i) in (opening(i - 1), opening(i - 2)) for i in repeats)


def test_different_neighbours_are_not_duplicates() -> None:
    text = "Title\n\nThe minister spoke.\n\nThe minister spoke again, at length."
    assert near_duplicates(text, split_blocks(text)) == []
