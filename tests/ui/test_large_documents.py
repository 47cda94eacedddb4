"""A chapter-long passage and ten thousand annotations on one document, shown in the window."""

from __future__ import annotations

from pathlib import Path

from factories import make_article, new_annotation
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository
from readmark.ui.annotation_model import NOTE_COLUMN

from .conftest import OpenWindow, format_at


def test_ten_thousand_annotations_and_a_chapter_passage_all_show(
    open_window: OpenWindow, isolated_paths: Path
) -> None:
    chapter = "\n\n".join(f"Paragraph {i}: " + "words of a long chapter " * 30 for i in range(150))
    text = "A book\n\n" + chapter
    repository = LibraryRepository(open_library(isolated_paths))
    repository.set_setting("seeded", "1")  # this test's library has no sample article
    document, _ = repository.add_article(make_article(text, title="A book"))
    claim, quote = (t.id for t in repository.tags()[::3])
    whole = repository.add_annotation(new_annotation(document.id, claim, 8, len(text), text))
    rtl = "\u202bעִבְרִית\u202c — e\u0301 😀"
    repository.set_note(whole.id, rtl)
    with repository.batch():
        for i in range(10_000):
            start = 8 + (i * 37) % (len(text) - 60)
            repository.add_annotation(new_annotation(document.id, quote, start, start + 40, text))
    repository.dispose()

    window = open_window()

    assert window.panel.model.rowCount() == 10_001
    row = window.panel.model.row_of(whole)
    assert window.panel.model.index(row, NOTE_COLUMN).data() == rtl
    last_word = len(text) - 3
    assert format_at(window, last_word) is not None  # the chapter's highlight reaches its end
    assert window.panel._filter_buttons[quote].text() == "quote 10000"


def test_the_parts_of_the_window_share_one_list_of_passages_when_a_book_opens(
    open_window: OpenWindow,
) -> None:
    window = open_window()
    controller = window.controller
    received: list[object] = []
    for _ in range(2):  # two receivers, as the reader, the list and the library parts are
        controller.document_opened.connect(lambda _document, passages: received.append(passages))

    controller.open_document(controller.document.id)

    # A list signal argument would be copied into a QVariantList for each receiver: at a
    # hundred thousand passages, 18 ms a receiver in the turn the book opens.
    assert received[0] is received[1]
    assert received[0].in_order is window.panel.model.annotations
