"""Word-level F1 of article extractors on a public test set of real saved pages: a tool, not a test.

The set is not in this repository: real news pages weigh 0.2 to 1.2 MB each. Two public layouts
are read, each a page's HTML beside the article text people marked as expected:

- Mozilla Readability's test pages (Apache 2.0; github.com/mozilla/readability, test/test-pages):
  one folder per page holding source.html and expected.html;
- Zyte's article extraction benchmark (MIT; github.com/scrapinghub/article-extraction-benchmark):
  ground-truth.json (each page's "articleBody") and html/<id>.html.gz.

For each extractor installed this prints the mean precision, recall and F1 over the pages of the
words (letters and digits, case folded, each counted as often as it occurs) of its text against
the expected text: Readmark's import, trafilatura alone (its plain text, default settings) and
readability-lxml.

    .venv/bin/pip install readability-lxml
    .venv/bin/python tests/core/pages/measure_real_pages.py FOLDER [--pages] [--only NAME,...]

--pages prints each page's F1; --only measures the named pages (folder names or ids) alone.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import lxml.html

from readmark.core import html_import
from readmark.core.importing import UnreadableFileError

_WORD = re.compile(r"\w+")

# An extractor: a page's bytes to its article text ("" where it finds none).
Extractor = Callable[[bytes], str]


def real_pages(folder: Path) -> Iterator[tuple[str, bytes, str]]:
    """(name, the page's bytes, the expected article text) for each page of a set."""
    truth = folder / "ground-truth.json"
    if truth.exists():
        for name, expected in sorted(json.loads(truth.read_text(encoding="utf-8")).items()):
            page = folder / "html" / f"{name}.html.gz"
            yield name, gzip.decompress(page.read_bytes()), expected["articleBody"]
        return
    for page in sorted(folder.glob("*/source.html")):
        expected = page.with_name("expected.html")
        if expected.exists():
            text = lxml.html.fromstring(expected.read_bytes()).text_content()
            yield page.parent.name, page.read_bytes(), text


def readmark(data: bytes) -> str:
    try:
        article = html_import.extract_html(data, "page.html")
    except UnreadableFileError:
        return ""
    return "\n".join([article.title, *(text for _, text in article.parts)])


def trafilatura_alone(data: bytes) -> str:
    import trafilatura

    page = html_import.page_text(data, "page.html", None)
    return trafilatura.extract(page, with_metadata=False) or ""


def readability(data: bytes) -> str:
    from readability import Document

    document = Document(html_import.page_text(data, "page.html", None))
    summary = lxml.html.fromstring(document.summary(html_partial=True))
    return f"{document.short_title()}\n{summary.text_content()}"


EXTRACTORS: dict[str, Extractor] = {
    "Readmark's import": readmark,
    "trafilatura alone": trafilatura_alone,
    "readability-lxml": readability,
}


def word_scores(found: str, expected: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of the words found against those expected."""
    found_words = Counter(_WORD.findall(found.casefold()))
    expected_words = Counter(_WORD.findall(expected.casefold()))
    common = sum((found_words & expected_words).values())
    precision = common / max(sum(found_words.values()), 1)
    recall = common / max(sum(expected_words.values()), 1)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def main() -> None:
    warnings.simplefilter("ignore")
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not arguments:
        sys.exit(__doc__)
    only = sys.argv[sys.argv.index("--only") + 1].split(",") if "--only" in sys.argv else None
    if only:
        arguments = [a for a in arguments if a not in only]
    pages = [p for p in real_pages(Path(arguments[0])) if only is None or p[0] in only]
    print(f"{len(pages)} pages\n")
    print("| extractor | precision | recall | F1 |\n| --- | --- | --- | --- |")
    for label, extract in EXTRACTORS.items():
        try:
            scores = [(name, word_scores(extract(data), text)) for name, data, text in pages]
        except ImportError as error:
            print(f"| {label} | not installed ({error.name}) | | |")
            continue
        if "--pages" in sys.argv:
            for name, (_, _, f1) in scores:
                print(f"|   {name} | | | {f1:.3f} |")
        means = [sum(s[i] for _, s in scores) / max(len(scores), 1) for i in range(3)]
        print(f"| {label} | " + " | ".join(f"{m:.3f}" for m in means) + " |")


if __name__ == "__main__":
    main()
