"""Word and OpenDocument files: blocks by style, footnotes at the end, comments on passages."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import WORD_STYLES, make_docx, make_odt
from readmark.core import office_import
from readmark.core.importing import UnreadableFileError, read_article

OFFICE = Path(__file__).parent / "office"
# filing.fodt, converted by LibreOffice 7.4 (soffice --headless --convert-to docx / odt): a
# court filing with a title, headings, a quotation, a bulleted list, a caption, a footnote, a
# comment on four words, an emoji and Arabic.
FILING_BLOCKS = [
    ("title", "Harbour Trust v. Meridian Dredging"),
    (
        "paragraph",
        "The claimant says the dredging contract was never signed[1], and that the works began "
        "before any survey.",
    ),
    ("heading", "Background"),
    ("paragraph", "In March the trust wrote to the company asking for the survey report."),
    ("quote", "We will not pay for work that was never done."),
    ("list_item", "• The survey was never delivered."),
    ("list_item", "• The invoice came first."),
    ("caption", "Figure 1: The harbour mouth at low tide, photographed in April."),
    ("heading", "The hearing"),
    (
        "paragraph",
        "The hearing is set for June; both sides expect it to last three days, with émoji 😀 and "
        "Arabic مرحبا in the record.",
    ),
    ("heading", "Notes"),
    ("paragraph", "[1] Exhibit C, page 4, bears no signature."),
]


@pytest.mark.parametrize("name", ["filing.docx", "filing.odt"])
def test_a_libreoffice_file_comes_in_with_its_blocks_footnotes_and_comment(name: str) -> None:
    article = read_article(OFFICE / name)
    assert [(b.kind, article.text[b.start : b.end]) for b in article.blocks] == FILING_BLOCKS
    assert article.author == "Dana Okafor"
    (comment,) = article.comments
    assert article.text[comment.start : comment.end] == "wrote to the company"
    assert (comment.note, comment.author) == ("Check the date against the minutes.", "Sam Reyes")


STYLES = {
    "Heading1": "heading",
    "MyChapter": "heading",
    "Quote": "quote",
    "IntenseQuote": "quote",
    "Caption": "caption",
    "ListBullet": "list_item",
    "Normal": "paragraph",
}
PROSE = st.text(
    st.characters(categories=("L", "N", "P", "S", "Zs"), exclude_characters="\u00a0\u202f[]"),
    min_size=1,
    max_size=40,
).filter(str.strip)


@settings(max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(sorted(STYLES)), PROSE), min_size=1, max_size=8))
def test_word_paragraphs_take_their_kind_from_their_style(
    tmp_path_factory: pytest.TempPathFactory, paragraphs: list[tuple[str, str]]
) -> None:
    body = "".join(
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t xml:space="preserve">'
        f"{html.escape(text)}</w:t></w:r></w:p>"
        for style, text in [("Normal", "Opening paragraph"), *paragraphs]
    )
    path = tmp_path_factory.mktemp("word") / "memo.docx"
    path.write_bytes(make_docx(body, WORD_STYLES))
    article = read_article(path)
    # With no title in the file, the text has none: the opening paragraph comes first.
    shown = [(b.kind, article.text[b.start : b.end]) for b in article.blocks[1:]]
    bullet = {"list_item": "• "}
    assert shown == [
        (STYLES[style], bullet.get(STYLES[style], "") + " ".join(text.split()))
        for style, text in paragraphs
    ]


def test_deleted_text_and_field_codes_stay_out_and_a_table_row_is_a_paragraph(
    tmp_path: Path,
) -> None:
    body = (
        "<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>struck </w:delText></w:r></w:del>"
        '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space="preserve">words'
        "</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc><w:tc>"
        "<w:p><w:r><w:t>Tonnes</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    path = tmp_path / "memo.docx"
    path.write_bytes(make_docx(body))
    article = read_article(path)
    assert article.text == "Kept words\n\nYear | Tonnes"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x05\x06" + bytes(18), "is not a complete document: “word/document.xml” is missing"),
        (
            b"plain words",
            "is not a Word document it can read: it is damaged, or another kind of file",
        ),
        (make_docx("<w:p><w:r><w:t>unclosed"), "is damaged: “word/document.xml” is not valid XML"),
        (make_docx("<w:p/>"), "has no text in it"),
    ],
    ids=["empty zip", "not a zip", "bad XML", "no text"],
)
def test_a_broken_word_file_is_refused_with_the_reason(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "memo.docx"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError) as refused:
        read_article(path)
    assert str(refused.value) == f"“memo.docx” {reason}."


def test_a_part_that_unpacks_beyond_the_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(office_import, "MAX_DOCUMENT_BYTES", 3 * 1024 * 1024)
    docx = tmp_path / "memo.docx"
    docx.write_bytes(make_docx(f"<w:p><w:r><w:t>{'word ' * 800_000}</w:t></w:r></w:p>"))
    assert docx.stat().st_size < 100_000  # small on disk, 4 MB unpacked
    with pytest.raises(UnreadableFileError) as refused:
        read_article(docx)
    assert str(refused.value).startswith("“memo.docx” cannot be opened: its “word/document.xml”")


# Automatic styles LibreOffice derives from the named ones a writer picks.
ODT_STYLES = "".join(
    f'<style:style style:name="{name}" style:family="paragraph" '
    f'style:parent-style-name="{parent}"/>'
    for name, parent in (
        ("P1", "Quotations"),
        ("P2", "Caption"),
        ("P3", "Text_20_body"),
        ("P4", "Heading_20_2"),
    )
)
ODT_KINDS = {
    "P1": "quote",
    "P2": "caption",
    "P3": "paragraph",
    "P4": "heading",
    "item": "list_item",
}


@settings(max_examples=60)
@given(st.lists(st.tuples(st.sampled_from(sorted(ODT_KINDS)), PROSE), min_size=1, max_size=8))
def test_opendocument_paragraphs_take_their_kind_from_the_style_they_derive_from(
    tmp_path_factory: pytest.TempPathFactory, paragraphs: list[tuple[str, str]]
) -> None:
    def block(style: str, text: str) -> str:
        if style == "item":
            return (
                f"<text:list><text:list-item><text:p>{text}</text:p></text:list-item></text:list>"
            )
        return f'<text:p text:style-name="{style}">{text}</text:p>'

    body = block("P3", "Opening paragraph") + "".join(
        block(style, html.escape(text)) for style, text in paragraphs
    )
    path = tmp_path_factory.mktemp("writer") / "memo.odt"
    path.write_bytes(make_odt(body, ODT_STYLES))
    article = read_article(path)
    bullet = {"list_item": "• "}
    assert [(b.kind, article.text[b.start : b.end]) for b in article.blocks[1:]] == [
        (ODT_KINDS[style], bullet.get(ODT_KINDS[style], "") + " ".join(text.split()))
        for style, text in paragraphs
    ]
