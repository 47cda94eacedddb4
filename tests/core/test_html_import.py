"""Importing saved web pages: the article, its structure and metadata; nothing fetched or run."""

from __future__ import annotations

import builtins
import codecs
import functools
import html
import json
import os
import re
import socket
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from trafilatura.utils import RE_FILTER as SHARE_BUTTON  # its words of share buttons

from readmark.core.extracted import ExtractedArticle
from readmark.core.html_import import extract_html, extract_mhtml
from readmark.core.importing import UnreadableFileError

PAGES = Path(__file__).parent / "pages"
ALL_PAGES = sorted(p for p in PAGES.iterdir() if p.suffix in (".html", ".mhtml"))
EXPECTED = {p.name: json.loads(p.with_suffix(".json").read_text("utf-8")) for p in ALL_PAGES}
ARTICLES = [p for p in ALL_PAGES if not EXPECTED[p.name].get("no_article")]
NOT_ARTICLES = [p for p in ALL_PAGES if EXPECTED[p.name].get("no_article")]

# What the extraction is known to get wrong on the page set (see the measuring script): a test
# below fails when one of these starts to come out right, so that the list stays true.
KNOWN_MISSES: dict[str, set[str]] = {
    # A table layout of 2003: trafilatura keeps the tools and links below the article, and the
    # byline and date are only in the text, in French.
    "legacy_cp1252.html": {
        "author", "published", "Imprimer cet article", "Envoyer à un ami", "À lire aussi",
        "le marché nocturne déménage",
    },
    "blog_post.html": {"site"},  # the blog's name is only in the header: its domain stands in
    "comments_heavy.html": {"author"},  # named only in "Posted by … on …"
    "howto_lists.html": {"Was this guide helpful?"},
    "opinion_column.html": {"Council faces $1.2 million budget gap"},  # a "Read more:" link
    # The picture above the headline lies outside the article body the page marks up.
    "news_feature.html": {"Engineers inspect the second turbine at low tide in January."},
}  # fmt: skip


@functools.cache  # the article is frozen, and each page is asked about many times
def extract(path: Path) -> ExtractedArticle:
    reader = extract_mhtml if path.suffix == ".mhtml" else extract_html
    return reader(path.read_bytes(), path.name)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails any test here that opens a connection or resolves a name, even if the code that
    tried caught the error."""
    attempts: list[str] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(repr(args))
        pytest.fail(f"the extraction tried the network: {args!r}")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    yield
    assert attempts == []


def expectations(kind: str) -> Iterator[Any]:
    """pytest params: (page, expected string) for every page's strings of one kind."""
    for path in ARTICLES:
        for value in EXPECTED[path.name][kind]:
            shown = value if isinstance(value, str) else value[1]
            marks = (
                [pytest.mark.xfail(strict=True)] if shown in KNOWN_MISSES.get(path.name, ()) else []
            )
            yield pytest.param(path, value, id=f"{path.stem}: {shown[:40]}", marks=marks)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_title(path: Path) -> None:
    assert extract(path).title == EXPECTED[path.name]["title"]


def metadata_cases() -> Iterator[Any]:
    for path in ARTICLES:
        for field in ("author", "published", "site", "url"):
            if EXPECTED[path.name][field] is not None:
                known = field in KNOWN_MISSES.get(path.name, ())
                marks = [pytest.mark.xfail(strict=True)] if known else []
                yield pytest.param(path, field, id=f"{path.stem}: {field}", marks=marks)


@pytest.mark.parametrize(("path", "field"), list(metadata_cases()))
def test_metadata(path: Path, field: str) -> None:
    assert getattr(extract(path), field) == EXPECTED[path.name][field]


@pytest.mark.parametrize(("path", "sentence"), list(expectations("sentences")))
def test_key_sentences_are_in_the_body(path: Path, sentence: str) -> None:
    body = squash("\n".join(text for _, text in extract(path).parts))
    assert squash(sentence) in body


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_key_sentences_come_in_reading_order(path: Path) -> None:
    body = squash("\n".join(text for _, text in extract(path).parts))
    positions = [body.find(squash(s)) for s in EXPECTED[path.name]["sentences"]]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("path", "boilerplate"), list(expectations("absent")))
def test_boilerplate_is_left_out(path: Path, boilerplate: str) -> None:
    article = extract(path)
    assert boilerplate not in squash(" ".join([article.title, *(t for _, t in article.parts)]))


@pytest.mark.parametrize(("path", "block"), list(expectations("blocks")))
def test_headings_quotes_captions_and_list_items_keep_their_kind(
    path: Path, block: list[str]
) -> None:
    kind, text = block
    found = [(k, re.sub(r"^\d+\. ", "", t)) for k, t in extract(path).parts]
    assert (kind, text) in found


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_parts_are_single_clean_lines_without_the_title(path: Path) -> None:
    article = extract(path)
    assert article.parts and all(text == text.strip() for _, text in article.parts)
    assert not any(re.search(r"[\n\t\r\u200b]|  ", text) for _, text in article.parts)
    assert article.title not in [text for _, text in article.parts]


@pytest.mark.parametrize("path", NOT_ARTICLES, ids=lambda p: p.stem)
def test_a_page_without_an_article_is_refused(path: Path) -> None:
    with pytest.raises(UnreadableFileError) as raised:
        extract(path)
    assert str(raised.value) == f"“{path.name}” has no article in it."


def page(body: str, head: str = "<title>A short walk</title>", charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>A short walk</h1>{body}</article></main>"
        "<footer>© 2024 Example Weekly. All rights reserved.</footer></body></html>"
    )


LONG = (
    "The path runs beside the canal for two miles before it climbs through the beech woods to "
    "the old quarry, where the view opens over the whole valley and the reservoir beyond it."
)


def test_nothing_is_fetched_read_or_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT", encoding="utf-8")
    opened: list[str] = []
    real_open = builtins.open

    def spying_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spying_open)
    head = (
        "<title>A short walk</title>"
        '<link rel="stylesheet" href="http://styles.example.com/site.css">'
        f'<link rel="stylesheet" href="file://{secret}">'
        '<meta http-equiv="refresh" content="0; url=http://elsewhere.example.com/">'
        '<script src="http://scripts.example.com/tracker.js"></script>'
        "<script>document.write('SCRIPT-WROTE-THIS'); fetch('http://x.example.com/');</script>"
        "<style>body::after { content: 'STYLE-TEXT'; }</style>"
    )
    body = (
        f"<p>{LONG}</p>"
        '<img src="http://images.example.com/photo.jpg" alt="a photo">'
        '<iframe src="http://frames.example.com/embed"></iframe>'
        f'<iframe src="file://{secret}"></iframe><object data="file://{secret}"></object>'
        f'<img src="file://{secret}"><a href="file://{secret}">the notes</a>'
        "<p onclick=\"alert('HANDLER-TEXT')\">We stopped for tea at the lock keeper's cottage.</p>"
        "<noscript>NOSCRIPT-TEXT</noscript><script>var hidden = 'SCRIPT-VARIABLE';</script>"
    )
    article = extract_html(page(body, head).encode(), "walk.html")
    text = " ".join([article.title, *(t for _, t in article.parts)])
    assert LONG in text and "We stopped for tea at the lock keeper's cottage." in text
    for leaked in ("SCRIPT", "STYLE-TEXT", "HANDLER-TEXT", "NOSCRIPT", "SECRET-FILE-CONTENT"):
        assert leaked not in text
    assert not any(str(tmp_path) in name for name in opened)
    assert article.url == ""


WORDS = st.text(
    st.characters(
        categories=("L", "N", "P", "S", "Zs"),
        # The stand-ins for no-break spaces and the digits that number repeats.
        exclude_characters="".join(map(chr, range(0x2FF0, 0x2FFC))),
    )
    | st.sampled_from(["\n", "\t", "\u00a0", "\u200b"]),
    min_size=1,
    max_size=60,
)


def expected_paragraph(text: str) -> str:
    """The text as a reader sees it: white space runs as one space, no-break spaces kept."""
    text = re.sub(r"[^\S\u00a0\u202f]+", " ", text.replace("\u200b", ""))
    return text.strip()


def share_button(text: str) -> bool:
    """Whether trafilatura takes the paragraph for a share button's label ("PDF", "Print",
    "Twitter"…) and drops it as page furniture."""
    return any(SHARE_BUTTON.match(line) for line in [text, *text.splitlines()])


# Repeated ones too: trafilatura drops a paragraph that repeats the one before it, taking it for
# an artefact of the markup, and a page that says something five times must keep all five (the
# reader offers to fold them). HYPOTHESIS_EXAMPLES=5000 searches harder.
@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 150)))
@given(
    st.lists(
        st.tuples(
            WORDS.filter(lambda text: not share_button(expected_paragraph(text))),
            st.integers(min_value=1, max_value=5),
        ),
        min_size=1,
        max_size=6,
    )
)
@example([("Word", 1)]).via("a single word that is no share button")
@example([(LONG, 5)]).via("a long paragraph said five times")
def test_paragraphs_of_any_text_come_out_as_they_are(texts: list[tuple[str, int]]) -> None:
    body = f"<p>{LONG}</p>" + "".join(f"<p>{html.escape(t)}</p>" * n for t, n in texts)
    article = extract_html(page(body).encode(), "walk.html")
    expected = [expected_paragraph(t) for t, n in texts for _ in range(n)]
    assert article.title == "A short walk"
    assert article.parts == (("paragraph", LONG), *(("paragraph", t) for t in expected if t))


def test_no_break_spaces_stay_and_zero_width_spaces_go() -> None:
    body = (
        f"<p>{LONG}</p><p>Entry costs 12&nbsp;€ and starts at 10\u202fh; pre\u200bbook online.</p>"
    )
    article = extract_html(page(body).encode(), "walk.html")
    assert article.parts[-1] == (
        "paragraph",
        "Entry costs 12\u00a0€ and starts at 10\u202fh; prebook online.",
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"  \r\n\t ", "is empty"),
        (codecs.BOM_UTF8, "is empty"),
        (bytes(range(256)) * 40, "is not a text file: it looks like binary data"),
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
            "is not a text file: it looks like binary data",
        ),
        (page("<p>Too short to be an article.</p>").encode(), "has no article in it"),
        (
            b"<html><body><script>var only = 'a script';</script></body></html>",
            "has no article in it",
        ),
    ],
    ids=[
        "empty",
        "blank",
        "only a byte-order mark",
        "binary",
        "a PNG",
        "too short",
        "only a script",
    ],
)
def test_bad_input_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    for reader in (extract_html, extract_mhtml):
        with pytest.raises(UnreadableFileError) as raised:
            reader(data, "page.html")
        assert str(raised.value) == f"“page.html” {reason}."


FRENCH = "Ça coûte 5 € ; c’est «\u00a0gratuit\u00a0» pour les élèves…"


@pytest.mark.parametrize(
    ("declared", "codec", "mark", "sentence"),
    [
        ("windows-1252", "cp1252", b"", FRENCH),
        ("iso-8859-1", "cp1252", b"", FRENCH),  # what browsers do with this label
        ("utf-8", "cp1252", b"", FRENCH),  # a wrong label: detection does better
        ("no-such-charset", "utf-8", b"", FRENCH),
        ("koi8-r", "koi8-r", b"", "Цена: 5 рублей, для детей бесплатно."),
        ("windows-1252", "utf-16-le", codecs.BOM_UTF16_LE, FRENCH),  # the mark beats the label
        ("iso-8859-1", "utf-8", codecs.BOM_UTF8, "東京で会おう。"),
    ],
)
def test_the_page_is_read_in_its_encoding(
    declared: str, codec: str, mark: bytes, sentence: str
) -> None:
    data = mark + page(f"<p>{LONG}</p><p>{sentence}</p>", charset=declared).encode(codec)
    assert extract_html(data, "page.html").parts[-1] == ("paragraph", sentence)


def test_an_xml_declaration_is_no_obstacle() -> None:
    data = '<?xml version="1.0" encoding="utf-8"?>\n' + page(f"<p>{LONG}</p>")
    assert extract_html(data.encode(), "page.html").parts == (("paragraph", LONG),)


def test_the_address_comes_from_the_page_or_from_where_it_was_saved() -> None:
    saved = "<!-- saved from url=(0034)https://weekly.example.com/walk -->\n"
    assert extract_html((saved + page(f"<p>{LONG}</p>")).encode(), "a.html").url == (
        "https://weekly.example.com/walk"
    )
    canonical = (
        '<title>A short walk</title><link rel="canonical" href="https://weekly.example.com/c">'
    )
    assert extract_html((saved + page(f"<p>{LONG}</p>", canonical)).encode(), "a.html").url == (
        "https://weekly.example.com/c"
    )
    local = "<!-- saved from url=(0014)about:internet -->\n"
    assert extract_html((local + page(f"<p>{LONG}</p>")).encode(), "a.html").url == ""


def mhtml(first_part: bytes, headers: str) -> bytes:
    """An MHTML file as Chrome saves one: `first_part` and then a picture."""
    boundary = "----MultipartBoundary--test----"
    head = (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://weekly.example.com/walk\r\n"
        f'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="{boundary}"\r\n\r\n'
        f"--{boundary}\r\n{headers}\r\n\r\n"
    )
    picture = (
        f"\r\n--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: http://images.example.com/a.png\r\n\r\niVBORw0KGgo=\r\n"
        f"--{boundary}--\r\n"
    )
    return head.encode() + first_part + picture.encode()


def test_mhtml_reads_the_html_part_in_its_charset_and_knows_its_address() -> None:
    part = page(f"<p>{LONG} Ça coûte 5 €.</p>", charset="").encode("cp1252")
    data = mhtml(
        codecs.encode(part, "quopri"),
        "Content-Type: text/html; charset=windows-1252\r\n"
        "Content-Transfer-Encoding: quoted-printable",
    )
    article = extract_mhtml(data, "walk.mhtml")
    assert article.title == "A short walk"
    assert article.parts == (("paragraph", f"{LONG} Ça coûte 5 €."),)
    assert article.url == "https://weekly.example.com/walk"


def test_mhtml_without_a_page_in_it_is_refused() -> None:
    data = mhtml(b"body { color: red; }", "Content-Type: text/css")
    with pytest.raises(UnreadableFileError) as raised:
        extract_mhtml(data, "walk.mhtml")
    assert str(raised.value) == "“walk.mhtml” is not a saved web page: there is no HTML in it."


def test_a_plain_page_named_mhtml_is_read_as_html() -> None:
    assert extract_mhtml(page(f"<p>{LONG}</p>").encode(), "walk.mhtml").parts == (
        ("paragraph", LONG),
    )


def test_two_line_breaks_end_a_paragraph() -> None:
    body = (
        f"<div>{LONG}<br><br>A second paragraph follows two line breaks,<br>"
        "and a single one only ends a line.<br><br>"
        "<h2>Getting there</h2>Buses leave the square every hour.</div>"
    )
    parts = extract_html(page(body).encode(), "walk.html").parts
    second = "A second paragraph follows two line breaks, and a single one only ends a line."
    assert parts == (
        ("paragraph", LONG),
        ("paragraph", second),
        ("heading", "Getting there"),
        ("paragraph", "Buses leave the square every hour."),
    )


def test_a_data_table_gives_a_paragraph_a_row() -> None:
    table = (
        "<table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2022</td><td>1,200</td></tr>"
        "<tr><td>2023</td><td>1,450</td></tr></table>"
    )
    parts = extract_html(page(f"<p>{LONG}</p>{table}").encode(), "walk.html").parts
    assert parts[1:] == (
        ("paragraph", "Year | Visitors"),
        ("paragraph", "2022 | 1,200"),
        ("paragraph", "2023 | 1,450"),
    )


def test_a_layout_table_gives_the_article_in_its_cells_after_the_headline() -> None:
    second = "The second paragraph of the walk, long enough to count for something here."
    layout = (
        "<html><head><title>A short walk</title></head><body><table><tr>"
        "<td><a href='/'>Home</a><br><a href='/news'>News</a></td>"
        "<td><font size=5><b>A short walk</b></font><br>By Ann Lee<br><br>"
        f"{LONG}<br><br>{second}</td></tr></table></body></html>"
    )
    assert extract_html(layout.encode(), "walk.html").parts == (
        ("paragraph", "By Ann Lee"),
        ("paragraph", LONG),
        ("paragraph", second),
    )


def test_ordered_lists_are_numbered_and_nested_items_kept() -> None:
    body = (
        f"<p>{LONG}</p><ol><li>Pack water</li><li>Take the map<ul><li>the 1:25,000 one</li>"
        "</ul></li></ol>"
    )
    parts = extract_html(page(body).encode(), "walk.html").parts
    assert parts[1:] == (
        ("list_item", "1. Pack water"),
        ("list_item", "2. Take the map"),
        ("list_item", "the 1:25,000 one"),
    )


MARKUP = st.lists(
    st.sampled_from(
        ["<p>", "</p>", "<div>", "</div>", "<br>", "<h2>", "<table><tr><td>", "</td></tr>",
         "<ul><li>", "<ol><li>", "<blockquote>", "<figure><figcaption>", "<script>", "<!--",
         "-->", "<?xml version='1.0'?>", "&nbsp;", "&#0;", "\u200b", "<title>", LONG, "\x00"]
    )
    | st.text(max_size=20),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", 150)))
@given(st.one_of(MARKUP.map(str.encode), MARKUP.map(lambda m: m.encode("utf-16")), st.binary()))
@example(b"\xef\xbf\xbe")  # U+FFFE, which lxml refuses to hold (hypothesis found it)
def test_any_bytes_give_an_article_or_a_reason(data: bytes) -> None:
    for reader in (extract_html, extract_mhtml):
        try:
            article = reader(data, "page.html")
        except UnreadableFileError:
            continue
        assert all(text and "\n" not in text for _, text in article.parts)


def test_a_short_page_with_a_share_button_keeps_its_paragraphs() -> None:
    # trafilatura's default would take all the page's text as one paragraph here, headline
    # included: the share button it dropped left it under 250 characters.
    article = extract_html(page(f"<p>{LONG}</p><p>PDF</p>").encode(), "walk.html")
    assert article.title == "A short walk"
    assert article.parts == (("paragraph", LONG),)


def test_a_gallery_caption_in_a_list_is_a_caption_and_the_byline_leaves_the_title() -> None:
    # The shape of a Guardian page saved from the browser: no <h1> in the article, a title
    # that ends with the author's name for sharing, and the picture in a one-item list.
    caption = "Hori Parata at his farm near the river mouth, where the water once ran deep."
    page_bytes = (
        '<html><head><meta charset="utf-8"><title>Elder fights to save river | Eleanor Ainge Roy'
        ' | The Guardian</title><meta property="og:title" content="Elder fights to save river |'
        ' Eleanor Ainge Roy"><meta name="author" content="Eleanor Ainge Roy"></head><body>'
        f"<article><p>{LONG}</p><ul><li><figure><img src='farm.jpg'><figcaption>{caption}"
        f"</figcaption></figure></li></ul><p>{LONG} Again.</p></article></body></html>"
    ).encode()
    article = extract_html(page_bytes, "river.html")
    assert (article.title, article.author) == ("Elder fights to save river", "Eleanor Ainge Roy")
    assert article.parts == (
        ("paragraph", LONG),
        ("caption", caption),
        ("paragraph", f"{LONG} Again."),
    )


def test_list_items_that_are_only_a_date_or_a_count_of_comments_are_left_out() -> None:
    # As news sites print them under the standfirst: "• 24 July 2015", "• 941 comments".
    body = (
        f"<p>{LONG}</p><ul><li>Fri 24 Jul 2015 05.09 BST</li><li>941 comments</li></ul>"
        "<p>We packed for the walk:</p><ul><li>Boots</li><li>24 July 2015 was the day we "
        "left</li></ul>"
    )
    article = extract_html(page(body).encode(), "walk.html")
    assert article.parts == (
        ("paragraph", LONG),
        ("paragraph", "We packed for the walk:"),
        ("list_item", "Boots"),
        ("list_item", "24 July 2015 was the day we left"),
    )
