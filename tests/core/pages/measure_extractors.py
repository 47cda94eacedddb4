"""Measures article extractors on the saved pages beside this script: a tool, not a test.

The pages were written for Readmark, in the shapes of common sites (a news feature saved by
Chrome, a WordPress blog, a magazine essay with its _files folder, a 2003 table layout in
Windows-1252 French, a wiki article, a how-to with lists, an opinion column behind a meter, a
newsletter post, a German regional story with the next story appended, a blog post under a long
comment thread, an MHTML explainer, a login page and a section front). Their text is our own and
their addresses use the reserved .example domain. Each has a JSON file of what a reader expects
from it: title, metadata (null: not judged), key sentences, boilerplate that must stay out, and
headings, quotes, captions and list items that must come out as blocks of that kind.

For every extractor installed, this prints how often the title is right, the share of key
sentences found, of boilerplate strings kept out, of expected blocks found with their kind, of
metadata fields right, how many fields were filled in wrongly, how many pages without an article
are refused (by one rule for all: no paragraph of 140 characters), and the time per page.

    .venv/bin/pip install trafilatura readability-lxml goose3
    .venv/bin/python tests/core/pages/measure_extractors.py [--pages] [--settings]

--pages shows each page's scores; --settings compares trafilatura's own settings.

Measured in November 2026 (trafilatura 2.3.1, readability-lxml 0.9, goose3 3.1.22):

| extractor | title | sentences | boilerplate out | structure | metadata | wrong | refused |
| --- | --- | --- | --- | --- | --- | --- | --- |
| trafilatura, as Readmark uses it | 11/11 | 100% | 96% | 97% | 89% | 1 | 2/2 |
| trafilatura, Markdown output | 9/11 | 100% | 92% | 71% | 87% | 2 | 2/2 |
| readability-lxml | 11/11 | 100% | 89% | 88% | 16% | 0 | 2/2 |
| goose3 | 7/11 | 98% | 97% | 32% | 63% | 1 | 2/2 |

All take 4 to 12 ms a page. trafilatura was chosen: body text as good as the best, the structure
kept once its XML is read block by block (captions only by keeping <figcaption> as a <p>), and
the metadata (JSON-LD, Open Graph, <meta>, <time>) without rules of our own. readability-lxml
finds as much text but no author, date, site or address; goose3 loses headings, quotes and lists
and a third of the titles. (Their HTML is read into blocks by html_blocks below.) The pages were
written and the extraction adjusted together, so these figures flatter it; the misses left are
listed in test_html_import.py.
"""

from __future__ import annotations

import email
import email.policy
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import lxml.html

from readmark.core import html_import
from readmark.core.importing import UnreadableFileError
from readmark.core.markdown_import import markdown_parts

PAGES = Path(__file__).parent
RUNS = 5
# Same rule for every extractor: an article has a prose block at least this long.
MIN_ARTICLE_PARAGRAPH = 140

Parts = list[tuple[str, str]]
Result = dict[str, Any]  # title, parts, author, published, site, url


def page_markup(path: Path) -> str:
    """The page's text, read the way Readmark reads it, so that every extractor gets the same."""
    data = path.read_bytes()
    if path.suffix == ".mhtml":
        message = email.message_from_bytes(data, policy=email.policy.default)
        part = next(p for p in message.walk() if p.get_content_type() == "text/html")
        data = part.get_payload(decode=True)
    return html_import._page_text(data, path.name, None)


def readmark(path: Path, markup: str) -> Result | None:
    extract = html_import.extract_mhtml if path.suffix == ".mhtml" else html_import.extract_html
    try:
        article = extract(path.read_bytes(), path.name)
    except UnreadableFileError:
        return None
    return {**article.__dict__, "parts": list(article.parts)}


def trafilatura_markdown(path: Path, markup: str) -> Result | None:
    """trafilatura as it comes: its Markdown output, read into blocks by Readmark's own reader."""
    import trafilatura

    text = trafilatura.extract(
        markup, output_format="markdown", with_metadata=True, include_comments=False
    )
    if text is None:
        return None
    header, _, body = text.removeprefix("---\n").partition("\n---\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
    fields = {k: json.loads(v) if v.startswith('"') else v for k, v in fields.items()}
    _, parts = markdown_parts(body)
    return {
        "title": fields.get("title", ""), "parts": parts, "author": fields.get("author", ""),
        "published": fields.get("date", ""), "site": fields.get("sitename", ""),
        "url": fields.get("url", ""),
    }  # fmt: skip


def readability(path: Path, markup: str) -> Result | None:
    from readability import Document

    document = Document(markup)
    summary = document.summary(html_partial=True)
    author = document.author()
    return {
        "title": document.short_title(), "parts": html_blocks(lxml.html.fromstring(summary)),
        "author": "" if author == "[no-author]" else author, "published": "", "site": "",
        "url": "",
    }  # fmt: skip


def goose(path: Path, markup: str) -> Result | None:
    from goose3 import Goose

    with Goose({"enable_image_fetching": False}) as extractor:
        article = extractor.extract(raw_html=markup)
    if article.top_node is None:
        return None
    return {
        "title": article.title or "", "parts": html_blocks(article.top_node),
        "author": "; ".join(article.authors), "published": (article.publish_date or "")[:10],
        "site": article.opengraph.get("site_name", ""), "url": article.canonical_link or "",
    }  # fmt: skip


EXTRACTORS: dict[str, Callable[[Path, str], Result | None]] = {
    "trafilatura, as Readmark uses it": readmark,
    "trafilatura, Markdown output": trafilatura_markdown,
    "readability-lxml": readability,
    "goose3": goose,
}


def html_blocks(root: Any) -> Parts:
    """Blocks of an extractor's HTML output, by the same kinds Readmark keeps."""
    parts: Parts = []

    def text(element: Any, skip: tuple[str, ...] = ()) -> str:
        pieces = [element.text or ""]
        for child in element:
            if child.tag not in skip:
                pieces.append(text(child, skip))
            pieces.append(child.tail or "")
        return " ".join("".join(pieces).split())

    def walk(element: Any, inherited: str = "paragraph") -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            parts.append(("heading", text(element)))
        elif tag == "figcaption":
            parts.append(("caption", text(element)))
        elif tag == "blockquote" and element.find("p") is None:
            parts.append(("quote", text(element)))
        elif tag == "li":
            parts.append(("list_item", text(element, skip=("ul", "ol"))))
            for nested in element.iter("ul", "ol"):
                for item in nested.iterchildren("li"):
                    walk(item)
        elif tag in ("p", "pre"):
            parts.append((inherited, text(element)))
        else:
            loose = (element.text or "").strip()
            if loose:
                parts.append((inherited, " ".join(loose.split())))
            for child in element:
                walk(child, "quote" if tag == "blockquote" else inherited)
                if (child.tail or "").strip():
                    parts.append((inherited, " ".join(child.tail.split())))

    walk(root)
    return [(kind, part) for kind, part in parts if part]


def squash(text: str) -> str:
    return " ".join(text.split())


def score(result: Result | None, expected: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """(hits, out of) for each measure."""
    has_article = result is not None and any(
        kind != "heading" and len(text) >= MIN_ARTICLE_PARAGRAPH for kind, text in result["parts"]
    )
    if expected.get("no_article"):
        return {"refused": (0 if has_article else 1, 1)}
    if not has_article or result is None:
        result = {"title": "", "parts": [], "author": "", "published": "", "site": "", "url": ""}
    body = squash("\n".join(text for _, text in result["parts"]))
    blocks = [(kind, squash(text)) for kind, text in result["parts"]]
    found_blocks = sum(
        any(k == kind and text in b and len(b) <= 2 * len(text) + 10 for k, b in blocks)
        for kind, text in expected["blocks"]
    )
    fields = [f for f in ("author", "published", "site", "url") if expected.get(f) is not None]
    return {
        "title": (int(squash(result["title"]).casefold() == expected["title"].casefold()), 1),
        "sentences": (sum(squash(s) in body for s in expected["sentences"]),
                      len(expected["sentences"])),
        "boilerplate": (sum(squash(s) not in body for s in expected["absent"]),
                        len(expected["absent"])),
        "structure": (found_blocks, len(expected["blocks"])),
        "metadata": (sum(squash(str(result[f])) == expected[f] for f in fields), len(fields)),
        # Worse than a field left empty: one filled in wrongly.
        "wrong": (sum(bool(result[f]) and squash(result[f]) != expected[f] for f in fields), 0),
    }  # fmt: skip


# trafilatura's own settings, tried with everything else as Readmark has it.
SETTINGS: dict[str, dict[str, Any]] = {
    "as Readmark has it": {},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "no tables": {"include_tables": False},
    "no images (and so no captions)": {"include_images": False},
    "thorough date search": {
        "date_extraction_params": {"extensive_search": True, "original_date": True}
    },
}


def measure(
    label: str, extractor: Callable[[Path, str], Result | None], per_page: bool
) -> tuple[dict[str, list[int]], float]:
    """Totals of (hits, out of) per measure over the page set, and milliseconds per page."""
    pages = sorted(p for p in PAGES.iterdir() if p.suffix in (".html", ".htm", ".mhtml"))
    totals: dict[str, list[int]] = {}
    seconds = 0.0
    extractor(pages[0], page_markup(pages[0]))  # loads the library before the clock runs
    for path in pages:
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        markup = page_markup(path)
        start = time.perf_counter()
        for _ in range(RUNS):
            result = extractor(path, markup)
        seconds += (time.perf_counter() - start) / RUNS
        scores = score(result, expected)
        for measure_name, (hits, count) in scores.items():
            total = totals.setdefault(measure_name, [0, 0])
            total[0] += hits
            total[1] += count
        if per_page:
            shown = "  ".join(f"{m} {h}/{c}" for m, (h, c) in scores.items())
            print(f"{label:34} {path.name:30} {shown}")
    return totals, seconds * 1000 / len(pages)


def table(rows: list[tuple[str, dict[str, list[int]], float]], first: str) -> None:
    print(
        f"| {first} | title right | key sentences in | boilerplate out | structure kept "
        "| metadata right | metadata wrong | no-article pages refused | ms per page |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for label, totals, ms in rows:
        cells = []
        for measure_name in ("title", "sentences", "boilerplate", "structure", "metadata"):
            hits, count = totals.get(measure_name, [0, 0])
            share = "" if measure_name == "title" else f" ({100 * hits / count:.0f}%)"
            cells.append(f"{hits}/{count}{share}")
        wrong = totals.get("wrong", [0, 0])[0]
        hits, count = totals.get("refused", [0, 0])
        print(f"| {label} | " + " | ".join(cells) + f" | {wrong} | {hits}/{count} | {ms:.1f} |")


def main() -> None:
    warnings.simplefilter("ignore")
    per_page = "--pages" in sys.argv
    rows = []
    for label, extractor in EXTRACTORS.items():
        try:
            rows.append((label, *measure(label, extractor, per_page)))
        except ImportError as error:
            print(f"{label}: not installed ({error.name})")
    print()
    table(rows, "extractor")
    if "--settings" in sys.argv:
        chosen = dict(html_import.EXTRACTION_OPTIONS)
        rows = []
        for label, changes in SETTINGS.items():
            html_import.EXTRACTION_OPTIONS.update(chosen, **changes)
            rows.append((label, *measure(label, readmark, per_page)))
        html_import.EXTRACTION_OPTIONS.update(chosen)
        print()
        table(rows, "trafilatura setting")


if __name__ == "__main__":
    main()
