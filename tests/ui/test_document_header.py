"""A quiet header above the article's title: author, date, site and address, as import found."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QPalette

from readmark.ui.colours import DARK
from readmark.ui.main_window import MainWindow

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Boats come in late | The Harbour Times</title>
<meta name="author" content="Jane Okafor">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<meta property="og:site_name" content="The Harbour Times">
<link rel="canonical" href="https://www.harbourtimes.example/2024/03/05/boats-come-in-late">
</head><body><article><h1>Boats come in late</h1>
<p>The fishing boats came in two hours late on Tuesday, the harbour master said, after a storm
kept the fleet at sea through the night. Crews reported waves of four metres off the point.</p>
<p>“We have not seen a night like this in ten years,” said Amaka Eze, who has fished from the
harbour since 1998. Prices at the morning market rose by a third.</p>
</article></body></html>"""


def shown_text(window: MainWindow) -> str:
    return re.sub(r"<[^>]+>", "", window.document_header.text())


def test_a_web_page_shows_its_author_date_site_and_address_above_the_title(
    window: MainWindow, tmp_path: Path
) -> None:
    page = tmp_path / "boats.html"
    page.write_text(PAGE, encoding="utf-8")
    window.files.import_paths([page])

    header = window.document_header
    assert header.isVisible()
    assert shown_text(window) == (
        "Jane Okafor · 5 March 2024 · The Harbour Times · "
        "harbourtimes.example/2024/03/05/boats-come-in-late"
    )
    assert 'href="https://www.harbourtimes.example/2024/03/05/boats-come-in-late"' in header.text()
    # Above the title, its text starting where the title's does.
    start = window.view.textCursor()
    start.setPosition(0)
    title_top_left = window.view.viewport().mapTo(window, window.view.cursorRect(start).topLeft())
    header_text_left = header.mapTo(window, QPoint(header.contentsRect().left(), 0)).x()
    assert header.mapTo(window, header.rect().bottomLeft()).y() <= title_top_left.y()
    assert abs(header_text_left - title_top_left.x()) <= 3

    window.view.apply_theme(DARK)
    assert header.palette().color(QPalette.ColorRole.Window) == DARK.paper
    assert f"color: {DARK.caption_ink.name()}" in header.text()


def test_a_plain_text_has_no_header(window: MainWindow, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("A note\n\nNothing is known about where this came from.", encoding="utf-8")
    window.files.import_paths([note])
    assert window.windowTitle().startswith("A note")
    assert not window.document_header.isVisible()
