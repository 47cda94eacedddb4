"""EPUB books: the spine's chapters in order, blocks by kind, and hostile books refused."""

from __future__ import annotations

import html
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import make_epub
from readmark.core import epub_import
from readmark.core.importing import UnreadableFileError, epub_article

# What a chapter may say: letters, digits, punctuation, symbols and spaces of any script.
PROSE = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u00a0\u202f"),
    min_size=1,
    max_size=40,
).filter(str.strip)


def read(book: bytes) -> tuple[str, list[tuple[str, str]]]:
    article = epub_article(book, "/books/walks.epub", "walks")
    return article.title, [(b.kind, article.text[b.start : b.end]) for b in article.blocks[1:]]


@settings(max_examples=60)
@given(st.lists(st.tuples(PROSE, st.lists(PROSE, min_size=1, max_size=4)), min_size=1, max_size=4))
def test_chapters_come_in_spine_order_with_their_titles_as_headings(
    chapters: list[tuple[str, list[str]]],
) -> None:
    bodies = [
        f"<h1>{html.escape(heading)}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        for heading, paragraphs in chapters
    ]
    title, blocks = read(make_epub(bodies))
    expected = [
        block
        for heading, paragraphs in chapters
        for block in [("heading", heading), *(("paragraph", p) for p in paragraphs)]
    ]
    assert title == "A Book"
    assert blocks == [(kind, " ".join(text.split())) for kind, text in expected]


def test_quotes_lists_and_captions_keep_their_kind_and_the_contents_page_is_left_out() -> None:
    chapter = (
        "<section><h2>The Weir</h2><p>We crossed at the <em>old</em> weir.<br/>Then rain.</p>"
        "<blockquote><p>Mind the second step.</p></blockquote>"
        "<ol><li>Boots<ol><li>spare laces</li></ol></li><li>Map</li></ol>"
        "<figure><img src='weir.jpg' alt='weir'/><figcaption>The weir in May</figcaption></figure>"
        "<div>A loose line<p>and a paragraph</p></div></section>"
    )
    article = epub_article(make_epub([chapter]), "/books/walks.epub", "walks")
    assert [(b.kind, article.text[b.start : b.end]) for b in article.blocks] == [
        ("title", "A Book"),
        ("heading", "The Weir"),
        ("paragraph", "We crossed at the old weir. Then rain."),
        ("quote", "Mind the second step."),
        ("list_item", "• Boots"),
        ("list_item", "• spare laces"),
        ("list_item", "• Map"),
        ("caption", "The weir in May"),
        ("paragraph", "A loose line"),
        ("paragraph", "and a paragraph"),
    ]
    assert "Contents" not in article.text
    assert (article.author, article.published) == ("Ann Author", "2021-03-04")
    assert article.source == "/books/walks.epub"


def billion_laughs() -> bytes:
    entities = '<!ENTITY a0 "ha">' + "".join(
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    )
    return make_epub(
        ["<p>Some text.</p>"], title="&a9;", doctype=f"<!DOCTYPE package [{entities}]>"
    )


def without(book: bytes, member: str) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(book))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as copy:
        for info in source.infolist():
            if info.filename != member:
                copy.writestr(info, source.read(info))
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("book", "reason"),
    [
        (
            b"PK\x03\x04 not really a zip",
            "is not an EPUB book it can read: it is damaged, or another kind of file",
        ),
        (
            without(make_epub(["<p>Hi</p>"]), "OEBPS/Text/chapter 0.xhtml"),
            "is not a complete EPUB book: “OEBPS/Text/chapter 0.xhtml” is missing",
        ),
        (
            without(make_epub(["<p>Hi</p>"]), "META-INF/container.xml"),
            "is not a complete EPUB book: “META-INF/container.xml” is missing",
        ),
        (
            make_epub(
                ["<p>Hi</p>"],
                extra={
                    "META-INF/encryption.xml": b'<encryption xmlns:enc="http://www.w3.org/2001/'
                    b'04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference '
                    b'URI="OEBPS/Text/chapter%200.xhtml"/></enc:CipherData></enc:EncryptedData>'
                    b"</encryption>"
                },
            ),
            "is protected by DRM, so its text cannot be read",
        ),
        (make_epub(["<img src='cover.jpg'/>"]), "has no text in it"),
    ],
    ids=["not a zip", "chapter missing", "no container", "DRM", "pictures only"],
)
def test_a_broken_or_locked_book_is_refused_with_the_reason(book: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFileError) as refused:
        epub_article(book, "/books/walks.epub", "walks")
    assert str(refused.value) == f"“walks.epub” {reason}."


def test_an_entity_bomb_is_refused_without_being_expanded() -> None:
    with pytest.raises(UnreadableFileError) as refused:
        epub_article(billion_laughs(), "/books/walks.epub", "walks")
    assert str(refused.value) == "“walks.epub” is damaged: “OEBPS/content.opf” is not valid XML."


def test_a_chapter_that_unpacks_beyond_the_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(epub_import, "MAX_BOOK_BYTES", 3 * 1024 * 1024)
    book = make_epub([f"<p>{'word ' * 800_000}</p>"])
    assert len(book) < 100_000  # it is small on disk and large unpacked
    with pytest.raises(UnreadableFileError) as refused:
        epub_article(book, "/books/walks.epub", "walks")
    assert str(refused.value).startswith(
        "“walks.epub” cannot be opened: its “OEBPS/Text/chapter 0.xhtml”"
    )
