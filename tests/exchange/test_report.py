"""The report of a document: the article with its highlights, a legend and the numbered notes,
as a self-contained web page, and printed to PDF by Qt."""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from external_tools import require_tool
from factories import make_article, new_annotation
from readmark.core.report import render_report
from readmark.services.exchange import ExportOptions, export, report_html

from .conftest import Library, open_repository

NOW = datetime(2025, 3, 4, 5, 6, tzinfo=UTC)


class Elements(HTMLParser):
    """The tags and attributes of a page, to check it loads nothing from outside."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def test_the_report_shows_the_article_highlights_legend_and_notes(library: Library) -> None:
    first = library.documents[0]
    page, count = report_html(library.repository, ExportOptions(document_ids=(first.id,)))
    mine = [a for a in library.annotations if a.document_id == first.id]
    assert count == len(mine)
    elements = parse(page)
    # The text as read, without the numbers marking where passages end.
    shown = html.unescape("".join(parse(re.sub(r"<sup [^>]*>\d+</sup>", "", page)).text))
    # Every word of the article is there (the title as the heading).
    for paragraph in first.text.split("\n\n"):
        assert " ".join(paragraph.split()) in " ".join(shown.split())
    # A legend row per tag in use, with its count.
    assert "claim" in shown and "1 passage" in shown and "2 passages" not in shown
    # One coloured run per stretch of highlight; the nested quote deepens the claim's colour.
    spans = [
        a
        for tag, a in elements.found
        if tag == "span" and "background-color" in (a.get("style") or "")
    ]
    assert len(spans) >= len(mine)
    assert any("underline" in (a.get("style") or "") for _, a in elements.found)
    # Numbered: a mark after each passage and a list item for each, with its note.
    marks = re.findall(r'<sup class="mark"[^>]*>(\d+)</sup>', page)
    assert sorted(map(int, marks)) == list(range(1, len(mine) + 1))
    assert "Inside the claim: “nested”." in shown
    assert "Line one" in shown and "line two" in shown


def test_everything_from_the_library_is_escaped_and_nothing_is_fetched(tmp_path: Path) -> None:
    repository = open_repository(tmp_path / "lib.sqlite3")
    text = (
        "<script>alert('title')</script>\n\n"
        'A <b>bold</b> claim & an <img src="https://tracker.example/x.png"> picture.'
    )
    document, _ = repository.add_article(
        replace(make_article(text, title="<script>alert('title')</script>"), url="javascript:x")
    )
    claim = repository.tags()[0]
    start = text.index("<b>")
    annotation = new_annotation(document.id, claim.id, start, start + 12, text)
    repository.add_annotation(replace(annotation, note="</li><script>bad()</script>"))
    page, _ = report_html(repository, ExportOptions())
    elements = parse(page)
    tags = {tag for tag, _ in elements.found}
    assert tags.isdisjoint({"script", "img", "b", "link", "iframe", "object", "embed"})
    for _, attributes in elements.found:
        for name, value in attributes.items():
            assert name != "src" and not (name == "href" and value)
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page
    assert "&lt;script&gt;" in page and "&lt;img src=&quot;https://tracker" in page


def test_several_documents_start_new_pages_and_orphans_are_listed(library: Library) -> None:
    page = render_report(
        [(d, [a for a in library.annotations if a.document_id == d.id]) for d in library.documents],
        library.repository.tags(),
        NOW,
    )
    assert page.count("<section>") == 2
    assert "section + section { page-break-before: always; }" in page
    assert "no longer found in this version of the text" in page
    assert "words no longer here" in page


def test_the_html_report_is_written_whole(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    count = export(library.repository, path, "html", ExportOptions())
    assert count == len(library.annotations)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".*.part"))


def test_the_pdf_report_has_the_article_and_renders(
    library: Library, tmp_path: Path, qapp: object
) -> None:
    """Printed by Qt as the window and the command line do, turned into pictures by pdftoppm
    (the pages exist and draw) and back into text by pdftotext (the article is in it)."""
    from readmark.ui.exchange_actions import write_report_pdf

    pdftoppm = require_tool("pdftoppm", "poppler-utils")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    first = library.documents[0]
    page, _ = report_html(library.repository, ExportOptions(document_ids=(first.id,)))
    pdf = tmp_path / "report.pdf"
    write_report_pdf(page, pdf, first.title)
    assert pdf.read_bytes().startswith(b"%PDF-")
    subprocess.run(
        [pdftoppm, "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pictures = sorted(tmp_path.glob("page-*.png"))
    assert pictures and all(p.read_bytes().startswith(b"\x89PNG") for p in pictures)
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    flat = " ".join(text.split())
    assert "Recent attacks spell doom for Putin" in flat
    assert "Moscovites awoke to an unbelievable sight" in flat
    assert "Passages and notes" in flat
    assert "Inside the claim: “nested”." in flat


@pytest.mark.parametrize("blocked", ["missing-folder/report.pdf"])
def test_a_pdf_that_cannot_be_written_raises(
    library: Library, tmp_path: Path, qapp: object, blocked: str
) -> None:
    from readmark.ui.exchange_actions import write_report_pdf

    with pytest.raises(OSError):
        write_report_pdf("<p>x</p>", tmp_path / blocked)
    assert not (tmp_path / blocked).exists()


def test_each_passage_names_its_coder_and_every_script_prints(tmp_path: Path, qapp: object) -> None:
    """Two coders' identical claims are two lines, each with its coder; an Arabic passage in
    the list is printed upright (slanted, Qt fell back to a font without its glyphs)."""
    from readmark.core.model import Document, Tag
    from readmark.ui.exchange_actions import write_report_pdf

    arabic = "قال العمدة إن الأسعار ارتفعت"
    text = f"A title\n\nThe mayor said prices rose.\n\n{arabic}"
    article = make_article(text)
    document = Document(1, "A title", "s", text, article.content_hash, NOW, 0, article.blocks)
    start = text.index("The mayor")
    claims = [
        replace(new_annotation(1, 1, start, start + 9, text), coder=coder)
        for coder in ("Ana", "Ben")
    ]
    where = text.index(arabic)
    quoted = replace(new_annotation(1, 1, where, where + len(arabic), text), coder="Ana")
    page = render_report([(document, [*claims, quoted])], [Tag(1, "claim", "#0072B2", "1", 1)], NOW)
    assert f'class="passage-upright">“{arabic}”' in page
    pdf = tmp_path / "report.pdf"
    write_report_pdf(page, pdf, "Report")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    shown = subprocess.run(
        [pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True, timeout=120
    ).stdout
    flat = " ".join(shown.split())
    assert "claim (Ana): “The mayor”" in flat and "claim (Ben): “The mayor”" in flat
