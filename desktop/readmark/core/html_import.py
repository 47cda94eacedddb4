"""Saved web pages (HTML, MHTML) to an article: headline, body blocks by kind, and metadata."""

from __future__ import annotations

import codecs
import email
import email.policy
import functools
import re
from typing import Any

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type hints

from readmark.core.extracted import ExtractedArticle, single_line
from readmark.core.importing import UnreadableFileError, decode_text, normalise_text
from readmark.core.text import BlockKind
from readmark.core.texts import tr

Parts = list[tuple[BlockKind, str]]

# Browsers look for a <meta charset> in the first kilobyte; pages saved with long comments or
# scripts before it are read a little further.
_PRESCAN_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Labels browsers read as another encoding (the WHATWG Encoding Standard): a page that says
# Latin-1 is Windows-1252, and one that says UTF-16 without a byte-order mark is ASCII-based.
_CHARSET_ALIASES = {
    **dict.fromkeys(("iso-8859-1", "latin1", "latin-1", "ascii", "us-ascii"), "cp1252"),
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be"), "utf-8"),
    "gb2312": "gb18030", "gbk": "gb18030", "euc-kr": "cp949",
}  # fmt: skip
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # UTF-32's begin with these
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
# The "mark of the web" browsers write into a page they save.
_SAVED_FROM = re.compile(r"<!-- saved from url=\(\d+\)(\S+?) ?-->")
_WEB_ADDRESS = re.compile(r"https?://\S+\Z", re.IGNORECASE)

# A page holds an article when a paragraph of what was extracted is at least this long (about two
# sentences): the floor Mozilla's "probably readerable" test sets for a paragraph that counts.
# Login forms, section fronts and lists of teasers have none.
_MIN_ARTICLE_PARAGRAPH = 140

# trafilatura makes every space a plain one, so no-break spaces travel through it as stand-ins:
# ideographic description marks, which only dictionaries of Chinese characters use.
_HOLD = str.maketrans({"\u00a0": "\u2ffa", "\u202f": "\u2ffb"})
# trafilatura drops a block that repeats the one before it, so each repeat of a block is marked
# with its number in the same marks' digits (U+2FF0 to U+2FF9), which leave with the stand-ins.
_REPEAT_DIGITS = str.maketrans("0123456789", "".join(map(chr, range(0x2FF0, 0x2FFA))))
_RELEASE = str.maketrans(
    {0x2FFA: "\u00a0", 0x2FFB: "\u202f", **dict.fromkeys(range(0x2FF0, 0x2FFA), None)}
)
# The elements a repeat is looked for in: those trafilatura makes blocks of.
_REPEATABLE = ("p", "li", "blockquote", "pre", "dd", "dt", "td", "th",
               "h1", "h2", "h3", "h4", "h5", "h6")  # fmt: skip
# A list item that is only a page's furniture: a date ("24 July 2015", "Fri 24 Jul 2015 05.09
# BST") or a count of comments or shares ("941 comments").
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_FURNITURE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:,?\s+\d{1,2}[.:]\d\d(?:\s*[ap]m)?(?:\s+[a-z]{2,4})?)?"
    r"|\d[\d,.]*\s*[km]?\s+(?:comments?|shares?|replies|reactions|likes|views)",
    re.IGNORECASE,
)
# trafilatura's elements that stand within a line of text rather than make a block.
_INLINE = frozenset({"hi", "ref", "del", "lb", "graphic", "span", "sub", "sup"})
# Its line breaks (<lb/>) stand as NUL, which a page's own text never holds (see _extract).
_LINE_BREAK = "\x00"
_PARAGRAPH_BREAK = re.compile(r"\x00\s*\x00")

# How trafilatura is asked (tests/core/pages/measure_extractors.py compares others).
MIN_EXTRACTED_CHARACTERS = 100
EXTRACTION_OPTIONS: dict[str, Any] = {
    "with_metadata": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": True,  # keeps captions; no picture is loaded
    "include_links": False,
    "deduplicate": False,
    # The thorough date search takes any date on the page, in a related link or a copyright
    # line; no date beats a wrong one.
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}


def extract_html(data: bytes, name: str) -> ExtractedArticle:
    """The article in a web page's bytes; UnreadableFileError, with the reason, if it has none."""
    return _extract(page_text(data, name, None), name, "")


def extract_mhtml(data: bytes, name: str) -> ExtractedArticle:
    """The article in a page saved as one MHTML file: a MIME message whose HTML part is the page."""
    if not data.strip():
        raise UnreadableFileError(tr("is empty"), name)
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        payload = part.get_payload(decode=True)
        if part.get_content_type() == "text/html" and isinstance(payload, bytes):
            location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            page = page_text(payload, name, part.get_content_charset())
            return _extract(page, name, str(location or ""))
    if not message.is_multipart():
        return extract_html(data, name)  # a plain page under an .mhtml name
    raise UnreadableFileError(tr("is not a saved web page: there is no HTML in it"), name)


def page_text(data: bytes, name: str, charset: str | None) -> str:
    """The page's text, read in the encoding it declares, else in the one it appears to be in."""
    if not data.startswith(_BOMS):
        declared = _DECLARED_CHARSET.search(data, 0, _PRESCAN_BYTES)
        label = (charset or (declared.group(1).decode("ascii") if declared else "")).lower()
        if label:
            try:
                return data.decode(_CHARSET_ALIASES.get(label, label))
            except (LookupError, UnicodeDecodeError):
                pass  # an unknown or wrong label: detection reads such a page better
    try:
        return decode_text(data)
    except UnreadableFileError as error:
        raise UnreadableFileError(error.reason, name) from None


def _extract(page: str, name: str, location: str) -> ExtractedArticle:
    page = normalise_text(page)  # without the control characters lxml refuses
    if not page:
        raise UnreadableFileError(tr("is empty"), name)
    saved_from = _SAVED_FROM.search(page, 0, _PRESCAN_BYTES)
    tree = parse_page(page, name)
    captions = _prepare(tree)
    document = _run_extractor(tree)
    title, parts = "", Parts()
    if document is not None:
        page_title = _clean(tree.findtext(".//title") or "")
        title, parts = _title_and_parts(document.body, _clean(document.title or ""), page_title)
    if not any(kind != "heading" and len(text) >= _MIN_ARTICLE_PARAGRAPH for kind, text in parts):
        raise UnreadableFileError(tr("has no article in it"), name)
    addresses = (document.url, saved_from.group(1) if saved_from else "", location)
    author = _clean(document.author or "")
    return ExtractedArticle(
        title=_without_byline(title, author),
        # A gallery's pictures often stand in a list: their captions are captions all the same.
        parts=tuple(
            ("caption" if kind in ("paragraph", "list_item") and text in captions else kind, text)
            for kind, text in parts
        ),
        author=author,
        published=document.date or "",  # trafilatura's dates are YYYY-MM-DD
        site=_clean(document.sitename or ""),
        url=next((a for a in addresses if a and _WEB_ADDRESS.match(a)), ""),
    )


def _without_byline(title: str, author: str) -> str:
    """The headline without the author's name that sites append to their titles for sharing
    ("River wall to be repaired | Eleanor Ainge Roy")."""
    for separator in (" | ", " - ", " – ", " — "):
        if author and title.casefold().endswith(f"{separator}{author}".casefold()):
            return title[: -len(separator + author)].rstrip()
    return title


def parse_page(page: str, name: str) -> Any:
    """The page as an lxml tree, without comments or processing instructions."""
    parser = lxml.html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, collect_ids=False
    )
    try:
        # lxml refuses a str that still declares the encoding it was in.
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", page), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        raise UnreadableFileError(tr("has no article in it"), name) from None


def _prepare(tree: Any) -> set[str]:
    """Readies the tree for trafilatura; returns the texts of the page's picture captions, which
    it would drop as <figcaption> but keeps as <p>."""
    for element in tree.iter():
        if element.text:
            element.text = element.text.translate(_HOLD)
        if element.tail:
            element.tail = element.tail.translate(_HOLD)
    # Never text, whichever of trafilatura's fallbacks runs; JSON-LD metadata is kept for it.
    for element in list(tree.iter("script", "style", "noscript", "template")):
        if "ld+json" not in (element.get("type") or ""):
            element.drop_tree()
    _mark_repeats(tree)
    for figure in list(tree.iter("figure")):
        figure.tag = "div"
    captions = set()
    for caption in list(tree.iter("figcaption")):
        caption.tag = "p"
        captions.add(_clean(caption.text_content()))
    return captions


def _mark_repeats(tree: Any) -> None:
    """Prefixes every block that repeats an earlier one with its number: a page that says a
    paragraph five times keeps all five (the reader offers to fold them; see duplicates.py)."""
    seen: dict[str, int] = {}
    for element in tree.iter(_REPEATABLE):
        text = element.text_content().strip()
        if not text:
            continue
        count = seen[text] = seen.get(text, 0) + 1
        if count > 1:
            element.text = str(count).translate(_REPEAT_DIGITS) + (element.text or "")


def _run_extractor(tree: Any) -> Any:
    """trafilatura's document (metadata, and the body as XML), or None if it found no text."""
    # Imported here: it takes a tenth of a second to load, which commands reading no page skip.
    from trafilatura import bare_extraction

    # Given a parsed tree and no URL, trafilatura and htmldate only read it: nothing is fetched,
    # no link is followed, no picture loaded. (htmldate would download a str that is a URL.)
    return bare_extraction(tree, url=None, config=_extractor_config(), **EXTRACTION_OPTIONS)


@functools.cache
def _extractor_config() -> Any:
    from trafilatura.settings import use_config

    config = use_config()
    # Under this much text found, trafilatura takes the page's whole text as one paragraph
    # instead if that is longer: by default 250 characters, so that a short article that had
    # a "PDF" or "Print" button dropped lost its paragraphs and its headline into one block.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_EXTRACTED_CHARACTERS))
    return config


def _title_and_parts(body: Any, title: str, page_title: str) -> tuple[str, Parts]:
    """The headline, and the blocks after it: the body often repeats the headline, and what
    comes before that (kicker, breadcrumb, the side columns of a layout table) is not article."""
    headline = _headline(body, title, page_title)
    title = _clean(_text(headline)) if headline is not None else title
    parts: Parts = []
    _add_blocks(body, parts)
    start = 0
    for index, (kind, text) in enumerate(parts):
        if kind != "heading" and len(text) >= _MIN_ARTICLE_PARAGRAPH:
            break
        if text.casefold() == title.casefold():
            start = index + 1
    return title, parts[start:]


def _headline(body: Any, title: str, page_title: str) -> Any:
    """The body's heading that is the headline: an <h1> that agrees with the metadata's title
    (which often adds the site's name), or else an opening heading that the page's <title> holds
    (blog themes make the site's name the <h1>)."""
    first = body.find("head[@rend='h1']")
    text = _clean(_text(first)).casefold() if first is not None else ""
    if text and (not title or text in title.casefold()):
        return first
    first = body[0] if len(body) else None
    text = _clean(_text(first)).casefold() if first is not None and first.tag == "head" else ""
    return first if text and text in page_title.casefold() else None


def _add_blocks(container: Any, parts: Parts) -> None:
    """Appends the blocks of trafilatura's XML (p, head, quote, list, table) in reading order.
    Text between them, as in a layout table's cells, makes paragraphs of its own."""
    loose = [container.text or ""]
    for element in container:
        if element.tag in _INLINE:
            loose.append(_LINE_BREAK if element.tag == "lb" else _text(element))
            loose.append(element.tail or "")
            continue
        _add_paragraphs("".join(loose), parts)
        loose = [element.tail or ""]
        if element.tag == "head":
            _add(parts, "heading", _text(element))
        elif element.tag == "quote":
            for quoted in element.findall("p") or [element]:
                _add(parts, "quote", _text(quoted))
        elif element.tag == "list":
            _add_items(element, parts)
        elif element.tag == "table":
            _add_rows(element, parts)
        else:
            _add_blocks(element, parts)
    _add_paragraphs("".join(loose), parts)


def _add_paragraphs(text: str, parts: Parts) -> None:
    """A paragraph, or several where two line breaks follow each other, as <br><br> does."""
    for paragraph in _PARAGRAPH_BREAK.split(text):
        _add(parts, "paragraph", paragraph)


def _add_rows(table: Any, parts: Parts) -> None:
    """A row of data becomes one paragraph, its cells joined by bars; a row of a table that lays
    out the page gives the blocks in its cells."""
    for row in table.iterchildren("row"):
        cells = row.findall("cell")
        if any(child.tag not in _INLINE for cell in cells for child in cell):
            _add_blocks(row, parts)
        else:
            _add(parts, "paragraph", " | ".join(filter(None, (_clean(_text(c)) for c in cells))))


def _add_items(listing: Any, parts: Parts) -> None:
    number = 1 if listing.get("rend") == "ol" else 0
    for item in listing.iterchildren("item"):
        text = _clean(_text(item, skip="list"))
        if text and number:
            text = f"{number}. {text}"
            number += 1
        if not _FURNITURE.fullmatch(text):
            _add(parts, "list_item", text)
        for nested in item.iterchildren("list"):
            _add_items(nested, parts)


def _add(parts: Parts, kind: BlockKind, text: str) -> None:
    text = _clean(text)
    if text:
        parts.append((kind, text))


def _text(element: Any, skip: str = "") -> str:
    """The element's text with its descendants' (but not `skip` ones); a line break as NUL."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            pieces.append(_LINE_BREAK)
        elif child.tag != skip:
            pieces.append(_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _clean(text: str) -> str:
    """One line of trafilatura's text, with the no-break spaces it carried as stand-ins."""
    return single_line(text.replace(_LINE_BREAK, " ").translate(_RELEASE))
