"""Bringing articles in from the window: folders with progress, a summary, and the clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from readmark.ui.background_work import Cancel
from readmark.ui.library_actions import LibraryActions
from readmark.ui.main_window import MainWindow


@pytest.fixture
def folder_of_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    (folder / "more").mkdir(parents=True)
    (folder / "one.txt").write_text("First article\n\nIts body.", encoding="utf-8")
    (folder / "two.md").write_text("# Second article\n\n> A quote.", encoding="utf-8")
    french = "Troisième\n\nL’été dernier, les élèves ont étudié la presse régionale et ses façons."
    (folder / "more" / "three.txt").write_bytes(french.encode("cp1252"))
    (folder / "more" / "empty.txt").write_text("", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not an article file: not picked up
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "secret.txt").write_text("Hidden\n\nnot imported", encoding="utf-8")
    return folder


def test_open_folder_imports_every_article_inside_and_summarises(
    window: MainWindow,
    folder_of_articles: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder_of_articles))
    window.files.open_folder()
    titles = [window.documents.index(r).data() for r in range(window.documents.rowCount())]
    assert titles[1:] == ["Troisième", "First article", "Second article"]
    summary = window.statusBar().currentMessage()
    assert (
        summary == "Added “Troisième”, “First article” and “Second article”; 1 file not imported."
    )
    assert len(messages) == 1 and "empty.txt” is empty" in messages[0]


def test_stopping_an_import_keeps_what_was_already_added(
    window: MainWindow, folder_of_articles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def stop_after_two(self: Cancel) -> bool:
        calls.append(1)
        return len(calls) > 2

    monkeypatch.setattr(Cancel, "pressed", stop_after_two)
    window.files.import_paths(
        [folder_of_articles]
    )  # files in name order: more/empty, more/three, …
    titles = [window.documents.index(r).data() for r in range(window.documents.rowCount())]
    assert titles[1:] == ["Troisième"]


def test_paste_makes_a_new_document_from_the_clipboard(qtbot: QtBot, window: MainWindow) -> None:
    QApplication.clipboard().setText("A pasted headline\n\nThe teacher’s paragraph.\n")
    qtbot.keySequence(window, "Ctrl+Shift+V")
    assert window.controller.document.title == "A pasted headline"
    assert window.view.document().toRawText().endswith("The teacher’s paragraph.")
    assert window.controller.document.source.startswith("Pasted ")
    assert window.documents.rowCount() == 2


def test_pasting_nothing_says_so(qtbot: QtBot, window: MainWindow) -> None:
    QApplication.clipboard().setText("   ")
    window.files.paste_article()
    assert window.documents.rowCount() == 1
    assert "no text" in window.statusBar().currentMessage()


def reader_text(window: MainWindow) -> str:
    return window.view.document().toRawText().replace("\u2029", "\n")


def import_tag_and_update(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Imports an article, tags two passages, and imports a changed version, choosing Update:
    the first passage is found again, the second is gone."""
    from PySide6.QtWidgets import QMessageBox

    from .conftest import select_text

    path = tmp_path / "bridge.txt"
    path.write_text("Bridge\n\nThe mayor said yes.\n\nCritics said no.", encoding="utf-8")
    window.files.import_paths([path])
    select_text(window, "The mayor said yes.")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    select_text(window, "Critics said no.")
    qtbot.keyClick(window.view, Qt.Key.Key_2)

    path.write_text("Bridge\n\nNews first.\n\nThe mayor said yes.\n\nCritics agreed.", "utf-8")

    def answer_update(self: MainWindow, box: QMessageBox) -> None:
        assert "has changed since you imported it" in box.text()
        next(b for b in box.buttons() if b.text() == "Update").click()

    monkeypatch.setattr(LibraryActions, "_ask", answer_update)
    window.files.import_paths([path])


def test_reimporting_a_changed_file_offers_to_update_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from .test_tagging import panel_rows

    import_tag_and_update(qtbot, window, tmp_path, monkeypatch)

    assert window.documents.rowCount() == 2
    assert reader_text(window).startswith("Bridge\n\nNews first.")
    assert panel_rows(window) == [("claim", "The mayor said yes."), ("opinion", "Critics said no.")]
    orphan = window.panel.model.index(1, 1)
    assert orphan.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "1 not found" in window.statusBar().currentMessage()
    window.panel.table.setCurrentIndex(window.panel.model.index(1, 1))
    assert "not in the current version" in window.statusBar().currentMessage()


def test_undo_brings_back_the_version_before_an_update_with_its_passages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QKeySequence

    from .test_tagging import panel_rows

    import_tag_and_update(qtbot, window, tmp_path, monkeypatch)
    assert window.controller.undo_stack.undoText() == "Update “Bridge”"

    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert reader_text(window) == "Bridge\n\nThe mayor said yes.\n\nCritics said no."
    assert panel_rows(window) == [("claim", "The mayor said yes."), ("opinion", "Critics said no.")]
    fonts = [window.panel.model.index(r, 1).data(Qt.ItemDataRole.FontRole) for r in (0, 1)]
    assert not any(font is not None and font.strikeOut() for font in fonts)
    assert window.documents.rowCount() == 2

    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))  # the steps before it undo as ever
    assert panel_rows(window) == [("claim", "The mayor said yes.")]

    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    qtbot.keySequence(window, QKeySequence("Ctrl+Shift+Z"))
    assert reader_text(window).startswith("Bridge\n\nNews first.")
    assert window.panel.model.index(1, 1).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_the_reader_shows_each_kind_of_block_in_its_own_style(
    window: MainWindow, tmp_path: Path
) -> None:
    from .conftest import format_at

    path = tmp_path / "styled.md"
    path.write_text(
        "# Styled\n\nBody text.\n\n## A section\n\n> Quoted words.\n\n![A caption here](x.png)\n\n"
        "- a list item\n",
        encoding="utf-8",
    )
    window.files.import_paths([path])
    text = window.controller.document.text
    body = window.view.font().pointSizeF()

    def style(phrase: str):  # type: ignore[no-untyped-def]
        return format_at(window, text.index(phrase) + 1)

    assert style("Body text") is None and style("a list item") is None
    assert style("A section").fontWeight() >= 700 and style("A section").fontPointSize() > body
    assert style("Quoted words").fontItalic()
    caption = style("A caption here")
    assert caption.fontItalic() and caption.fontPointSize() < body


def test_a_saved_web_page_opens_as_a_clean_article_with_its_metadata(
    window: MainWindow,
) -> None:
    import json

    pages = Path(__file__).parents[1] / "core" / "pages"
    expected = json.loads((pages / "news_feature.json").read_text(encoding="utf-8"))
    window.files.import_paths([pages / "news_feature.html"])
    document = window.controller.document
    assert document.title == expected["title"]
    assert (document.author, document.published, document.url) == (
        expected["author"],
        expected["published"],
        expected["url"],
    )
    assert document.source == expected["url"]
    text = window.view.document().toRawText()
    assert all(sentence in text for sentence in expected["sentences"])
    assert not any(junk in text for junk in expected["absent"])
    assert {b.kind for b in document.blocks} >= {"title", "heading", "paragraph", "quote"}


def test_html_on_the_clipboard_is_extracted_like_a_page(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QMimeData

    page = (Path(__file__).parents[1] / "core" / "pages" / "blog_post.html").read_text(
        encoding="utf-8"
    )
    data = QMimeData()
    data.setHtml(page)
    data.setText("the plain-text flavour, which must not win")
    QApplication.clipboard().setMimeData(data)
    window.files.paste_article()
    QApplication.clipboard().clear()  # the clipboard owns the data: free it before Python exits
    text = window.view.document().toRawText()
    assert "plain-text flavour" not in text
    assert window.controller.document.title != "the plain-text flavour, which must not win"
    assert len(window.controller.document.blocks) > 3


def test_an_import_is_one_undo_step_that_redo_brings_back(
    window: MainWindow, folder_of_articles: Path, qtbot: QtBot
) -> None:
    before = [s.title for s in window.controller.documents()]
    window.files.import_paths([folder_of_articles / "one.txt", folder_of_articles / "two.md"])
    assert window.windowTitle().startswith("Second article")
    assert window.controller.undo_stack.undoText() == "Import 2 articles"

    def listed() -> list[str]:
        return [window.documents.index(r).data() for r in range(window.documents.rowCount())]

    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(listed()) == sorted(before)
    assert [s.title for s in window.controller.documents()] == before  # gone from the store
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key.Key_Z, shift_ctrl)
    assert {"First article", "Second article"} <= set(listed())
    assert window.windowTitle().startswith("Second article")
    assert len(window.controller.documents()) == len(before) + 2
