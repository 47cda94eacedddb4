"""Measures PDF text extractors on PDFs of different layouts: a tool, not a test.

Each layout is written as a flat OpenDocument file (its text known word for word), and
LibreOffice (soffice --headless --convert-to pdf) makes the PDF, as an office would. For each
extractor this prints the word-level F1 against the body text (running headers, footers and page
numbers count as wrong words), and the share of paragraphs that come out whole, as one block.

    .venv/bin/pip install pdfminer.six     # to compare it too
    .venv/bin/python tests/core/pdf/measure_pdf_extractors.py [--keep FOLDER]

Measured in December 2026 (LibreOffice 7.4, pypdfium2 5.15, pdfminer.six 20260107):

| layout | Readmark (pypdfium2 + layout) | pypdfium2 text, line by line | pdfminer.six extract_text |
| --- | --- | --- | --- |
| plain paragraphs | F1 1.000, 100% whole | F1 1.000, 0% whole | F1 1.000, 100% whole |
| headings | F1 1.000, 100% whole | F1 1.000, 33% whole | F1 1.000, 100% whole |
| running header, footer, 4 pages | F1 1.000, 100% whole | F1 0.992, 0% whole | F1 0.992, 93% whole |
| justified | F1 1.000, 100% whole | F1 1.000, 0% whole | F1 1.000, 100% whole |
| first-line indent, no gaps | F1 1.000, 100% whole | F1 1.000, 0% whole | F1 1.000, 50% whole |
| block quote | F1 1.000, 100% whole | F1 1.000, 0% whole | F1 1.000, 100% whole |
| bulleted list | F1 1.000, 100% whole | F1 1.000, 0% whole | F1 1.000, 20% whole |
| caption | F1 1.000, 100% whole | F1 1.000, 33% whole | F1 1.000, 100% whole |
| footnote | F1 0.992, 67% whole | F1 0.996, 33% whole | F1 0.996, 67% whole |
| two columns | F1 1.000, 100% whole | F1 1.000, 0% whole | F1 1.000, 100% whole |
| small print, table | F1 1.000, 33% whole | F1 1.000, 33% whole | F1 1.000, 33% whole |
| **mean** | F1 0.999, 91% whole | F1 0.999, 12% whole | F1 0.999, 78% whole |

Word F1 is near 1 for all three: the text layer is read right; what differs is the layout.
PDFium's own text breaks every line; pdfminer.six joins lines but splits paragraphs at list
items and book-style indents and keeps the running header and footer. Readmark's 0.999 is the
"Notes" heading it puts over the footnote, which it moves to the end; in those layouts the
quotation comes out as a quote and the caption as a caption (the others give no kinds).
"""

# ruff: noqa: E501  (the layouts' XML and the table of figures read best unbroken)

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

VOCABULARY = (
    "the harbour trust argued for years that river wall cannot hold another winter and its "
    "engineers wrote to council eleven times since storms inspection report found cracks along "
    "northern section where tide reaches highest point during spring months survey delivered "
    "late invoice came first contractor disputes every figure"
)
WORDS = VOCABULARY.split()


def sentence(seed: int, length: int = 14) -> str:
    words = [WORDS[(seed * 7 + i * 3) % len(WORDS)] for i in range(length)]
    return " ".join(words).capitalize() + "."


def paragraph(seed: int, sentences: int = 4) -> str:
    return " ".join(sentence(seed * 11 + n) for n in range(sentences))


NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
STYLES = """<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:text-align="{align}" fo:text-indent="{indent}"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties fo:margin-left="1.2cm" fo:margin-right="1.2cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="Book" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm" fo:text-indent="0.8cm"/></style:style>
<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Cols" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{running}</style:master-page></office:master-styles>"""
RUNNING = (
    '<style:header><text:p text:style-name="Small">Harbour Trust, inspection report</text:p>'
    '</style:header><style:footer><text:p text:style-name="Small">Page <text:page-number '
    'text:select-page="current">1</text:page-number></text:p></style:footer>'
)


def body(paragraphs: list[str], style: str = "Body") -> str:
    return "".join(f'<text:p text:style-name="{style}">{p}</text:p>' for p in paragraphs)


def layouts() -> dict[str, tuple[str, list[str], dict[str, str]]]:
    """Each layout: its body XML, the paragraphs a reader expects, and style settings."""
    plain = [paragraph(n) for n in range(6)]
    long_doc = [paragraph(n, 6) for n in range(14)]
    headed = [paragraph(n) for n in range(20, 26)]
    headings = ["Findings", "What the council said", "Next steps"]
    mixed = []
    for n, heading in enumerate(headings):
        mixed += [
            f'<text:p text:style-name="H">{heading}</text:p>',
            body(headed[2 * n : 2 * n + 2]),
        ]
    quoted = [paragraph(40), paragraph(41, 2), paragraph(42)]
    listed = [sentence(n) for n in range(50, 55)]
    captions = [
        paragraph(60),
        "Figure 1: The northern section at low tide in April.",
        paragraph(61),
    ]
    notes = [paragraph(70), paragraph(71)]
    footnoted = (
        f'<text:p text:style-name="Body">{notes[0]}<text:note text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body><text:p>Survey of March "
        "2026, page four.</text:p></text:note-body></text:note></text:p>"
        f'<text:p text:style-name="Body">{notes[1]}</text:p>'
    )
    columns = [paragraph(n, 5) for n in range(80, 86)]
    table_text = [paragraph(90), paragraph(91)]
    flat = {"align": "start", "indent": "0cm", "running": ""}
    return {
        "plain paragraphs": (body(plain), plain, flat),
        "headings": (
            "".join(mixed),
            [
                p
                for pair in zip(headings, [headed[0:2], headed[2:4], headed[4:6]], strict=True)
                for p in [pair[0], *pair[1]]
            ],
            flat,
        ),
        "running header, footer, 4 pages": (body(long_doc), long_doc, {**flat, "running": RUNNING}),
        "justified": (body(long_doc[:6]), long_doc[:6], {**flat, "align": "justify"}),
        "first-line indent, no gaps": (body(plain, "Book"), plain, flat),
        "block quote": (
            body([quoted[0]]) + body([quoted[1]], "Quote") + body([quoted[2]]),
            quoted,
            flat,
        ),
        "bulleted list": (
            "<text:list>"
            + "".join(f"<text:list-item>{body([s])}</text:list-item>" for s in listed)
            + "</text:list>",
            listed,
            flat,
        ),
        "caption": (
            body([captions[0]]) + body([captions[1]], "Caption") + body([captions[2]]),
            captions,
            flat,
        ),
        "footnote": (footnoted, [*notes, "1 Survey of March 2026, page four."], flat),
        "two columns": (
            f'<text:section text:name="S" text:style-name="Cols">{body(columns)}</text:section>',
            columns,
            flat,
        ),
        "small print, table": (
            body([table_text[0]])
            + '<table:table><table:table-column table:number-columns-repeated="2"/><table:table-row>'
            "<table:table-cell><text:p>Year</text:p></table:table-cell><table:table-cell>"
            "<text:p>Tonnes</text:p></table:table-cell></table:table-row></table:table>"
            + body([table_text[1]], "Small"),
            [table_text[0], "Year Tonnes", table_text[1]],
            flat,
        ),
    }


def write_pdfs(folder: Path) -> dict[str, tuple[Path, list[str]]]:
    made = {}
    for number, (name, (xml, expected, settings)) in enumerate(layouts().items()):
        source = folder / f"layout{number:02}.fodt"
        styles = STYLES.format(**settings)
        source.write_text(
            f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}'
            f"<office:body><office:text>{xml}</office:text></office:body></office:document>",
            encoding="utf-8",
        )
        made[name] = (source.with_suffix(".pdf"), expected)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
         *sorted(str(p) for p in folder.glob("*.fodt"))],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return made


def readmark_blocks(path: Path) -> list[str]:
    from readmark.core.importing import read_article

    article = read_article(path)
    return [article.text[b.start : b.end].lstrip("• ") for b in article.blocks]


def pdfium_plain(path: Path) -> list[str]:
    import pypdfium2  # type: ignore[import-untyped]

    document = pypdfium2.PdfDocument(str(path))
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return [line for line in text.replace("\r", "").split("\n") if line.strip()]


def pdfminer_blocks(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text

    return [" ".join(b.split()) for b in extract_text(str(path)).split("\n\n") if b.strip()]


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def scores(blocks: list[str], expected: list[str]) -> tuple[float, float]:
    got, want = words(" ".join(blocks)), words(" ".join(expected))
    common = (got & want).total()
    f1 = 2 * common / (got.total() + want.total()) if got or want else 1.0
    squashed = {" ".join(b.split()).replace("- ", "") for b in blocks}
    whole = sum(" ".join(p.split()) in squashed for p in expected) / len(expected)
    return f1, whole


EXTRACTORS: dict[str, Callable[[Path], list[str]]] = {
    "Readmark (pypdfium2 + layout)": readmark_blocks,
    "pypdfium2 text, line by line": pdfium_plain,
    "pdfminer.six extract_text": pdfminer_blocks,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, help="write the layouts and PDFs here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    made = write_pdfs(folder)
    print("| layout | " + " | ".join(EXTRACTORS) + " |")
    print("| --- |" + " --- |" * len(EXTRACTORS))
    totals: dict[str, list[tuple[float, float]]] = {name: [] for name in EXTRACTORS}
    for layout, (pdf, expected) in made.items():
        cells = []
        for name, extract in EXTRACTORS.items():
            try:
                f1, whole = scores(extract(pdf), expected)
            except ImportError:
                cells.append("not installed")
                continue
            totals[name].append((f1, whole))
            cells.append(f"F1 {f1:.3f}, {whole:.0%} whole")
        print(f"| {layout} | " + " | ".join(cells) + " |")
    means = []
    for name in EXTRACTORS:
        values = totals[name]
        if values:
            f1 = sum(v[0] for v in values) / len(values)
            whole = sum(v[1] for v in values) / len(values)
            means.append(f"F1 {f1:.3f}, {whole:.0%} whole")
        else:
            means.append("not installed")
    print("| **mean** | " + " | ".join(means) + " |")


if __name__ == "__main__":
    sys.exit(main())
