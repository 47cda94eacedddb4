"""Opening articles (dialog and drag and drop), switching documents, exporting from the window."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from external_tools import require_ocr_language, require_tool
from factories import make_epub, scanned_pdf
from readmark.ui.library_actions import LibraryActions
from readmark.ui.main_window import MainWindow

from .conftest import OpenWindow, select_text
from .test_tagging import panel_rows

if TYPE_CHECKING:
    from conftest import WebSite

FRENCH = (
    "Le ministre a déclaré\n\n"
    "« Nous ne céderons pas », a affirmé le ministre de l’Économie, évoquant une réforme "
    "très contestée. Selon lui, les prévisions économiques restent prudentes, mais l’été "
    "sera décisif pour la croissance française."
)


@pytest.fixture
def cp1252_article(tmp_path: Path) -> Path:
    path = tmp_path / "ministre.txt"
    path.write_bytes(FRENCH.replace("\n", "\r\n").encode("cp1252"))
    return path


def test_file_open_imports_a_windows_encoded_article_and_shows_it(
    window: MainWindow, cp1252_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(cp1252_article)], "")
    )
    window.files.open_files()
    assert window.view.document().toRawText().replace("\u2029", "\n") == FRENCH
    assert window.windowTitle() == "Le ministre a déclaré — Readmark"
    assert window.documents.rowCount() == 2
    assert window.statusBar().currentMessage() == "Added “Le ministre a déclaré”."


def test_file_open_offers_books_and_shows_an_epub_chapter_by_chapter(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = tmp_path / "walks.epub"
    book.write_bytes(
        make_epub(["<h1>One</h1><p>The first walk.</p>", "<h1>Two</h1><p>The second walk.</p>"])
    )
    offered: list[str] = []

    def choose(*args: object) -> tuple[list[str], str]:
        offered.append(str(args[3]))
        return [str(book)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.files.open_files()
    assert "*.epub" in offered[0].split(";;")[0]
    shown = window.view.document().toRawText().replace("\u2029", "\n")
    assert shown == "A Book\n\nOne\n\nThe first walk.\n\nTwo\n\nThe second walk."
    assert window.windowTitle() == "A Book — Readmark"


def test_opening_a_file_already_in_the_library_opens_that_document(
    window: MainWindow, cp1252_article: Path, tmp_path: Path
) -> None:
    window.files.import_paths([cp1252_article])
    copy = tmp_path / "copy-saved-as-utf8.txt"
    copy.write_text(FRENCH, encoding="utf-8")
    window.files.import_paths([copy])
    assert window.documents.rowCount() == 2
    assert window.windowTitle() == "Le ministre a déclaré — Readmark"
    assert window.statusBar().currentMessage() == (
        "“Le ministre a déclaré” was in your library already (opened, not copied)."
    )


def test_bad_files_get_a_clear_message_and_change_nothing(
    window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 40)
    window.files.import_paths([binary, tmp_path / "missing.txt"])
    assert window.documents.rowCount() == 1
    assert len(messages) == 1
    assert "photo.jpg" in messages[0] and "missing.txt" in messages[0]


def test_dropping_files_on_the_window_imports_them(
    window: MainWindow, cp1252_article: Path
) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(cp1252_article))])
    point = window.view.geometry().center()  # over the reader, which leaves drops to the window
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(point), *args))
    assert window.documents.rowCount() == 2
    assert window.windowTitle().startswith("Le ministre")


def test_switching_documents_from_the_list_shows_each_with_its_own_annotations(
    qtbot: QtBot, window: MainWindow, cp1252_article: Path
) -> None:
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.files.import_paths([cp1252_article])
    assert panel_rows(window) == []
    list_view = window.document_list
    first = list_view.visualRect(window.documents.index(0))
    qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
    assert panel_rows(window) == [("claim", "Two suicide drones")]
    assert window.view.document().toRawText().startswith("Recent attacks")


def test_undo_of_a_change_in_another_document_shows_that_document(
    qtbot: QtBot, window: MainWindow, cp1252_article: Path
) -> None:
    first = window.controller.document
    window.files.import_paths([cp1252_article])  # itself an undo step, taken before the tag
    imported = window.controller.document
    assert first is not None and imported is not None
    window.controller.open_document(first.id)
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.controller.open_document(imported.id)
    window.controller.undo_stack.undo()
    assert window.view.document().toRawText().startswith("Recent attacks")
    assert panel_rows(window) == []


@pytest.mark.parametrize("whole_library", [False, True])
def test_export_csv_from_the_window(
    qtbot: QtBot,
    window: MainWindow,
    cp1252_article: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    whole_library: bool,
) -> None:
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.files.import_paths([cp1252_article])
    select_text(window, "« Nous ne céderons pas »")
    qtbot.keyClick(window.view, Qt.Key.Key_4)
    target = tmp_path / "out" / "export"  # no suffix: the window adds .csv
    target.parent.mkdir()
    offered: list[str] = []

    def save_dialog(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.files.export_csv(whole_library=whole_library)

    with (tmp_path / "out" / "export.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    passages = [row["passage"] for row in rows]
    if whole_library:
        assert offered[0].endswith("Readmark library.csv")
        assert passages == ["Two suicide drones", "« Nous ne céderons pas »"]
    else:
        assert offered[0].endswith("Le ministre a déclaré.csv")
        assert passages == ["« Nous ne céderons pas »"]
        assert rows[0]["tag"] == "quote" and rows[0]["paragraph"] == "1"
    assert f"Exported {len(rows)} annotation" in window.statusBar().currentMessage()


def test_export_to_an_unwritable_place_says_so(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    target = tmp_path / "no-such-folder" / "x.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.files.export_csv(whole_library=False)
    assert messages and "Could not write" in messages[0] and "x.csv" in messages[0]


def test_removing_a_document_says_what_goes_and_undo_brings_it_all_back(
    qtbot: QtBot, window: MainWindow, cp1252_article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    window.files.import_paths([cp1252_article])
    first = window.documents.index(0)
    window.document_list.setCurrentIndex(first)
    window.document_list.activated.emit(first)
    asked: list[str] = []

    def confirm(self: MainWindow, box: QMessageBox) -> None:
        asked.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if b.text() == "Remove").click()

    monkeypatch.setattr(LibraryActions, "_ask", confirm)
    window.document_list.setFocus()
    qtbot.keyClick(window.document_list, Qt.Key.Key_Delete)

    assert "Recent attacks" in asked[0] and "Its 1 annotation go with it" in asked[0]
    assert window.documents.rowCount() == 1
    assert window.windowTitle().startswith("Le ministre")

    window.controller.undo_stack.undo()
    assert window.documents.rowCount() == 2
    assert window.windowTitle().startswith("Recent attacks")
    assert panel_rows(window) == [("claim", "Two suicide drones")]


def test_removing_the_last_document_leaves_an_empty_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:

    def confirm(self: MainWindow, box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Remove").click()

    monkeypatch.setattr(LibraryActions, "_ask", confirm)
    window.files.remove_current_document()
    assert window.documents.rowCount() == 0
    assert window.view.toPlainText() == "" and window.windowTitle() == "Readmark"
    assert window.panel.model.rowCount() == 0


def test_open_recent_lists_the_documents_read_lately(
    window: MainWindow, cp1252_article: Path
) -> None:
    window.files.import_paths([cp1252_article])
    window.commands.menus.recent_menu.aboutToShow.emit()
    titles = [a.text() for a in window.commands.menus.recent_menu.actions()]
    assert titles == [
        "&1 Le ministre a déclaré",
        "&2 Recent attacks spell doom for Putin and could see the break-up of Russia, expert warns",
    ]
    window.commands.menus.recent_menu.actions()[1].trigger()
    assert window.windowTitle().startswith("Recent attacks")


def test_the_library_list_tooltip_counts_annotations_as_they_are_now(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_text(window, "Two suicide drones")
    qtbot.keyClick(window.view, Qt.Key.Key_1)
    tip = window.documents.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("1 annotation")
    window.controller.undo_stack.undo()
    assert window.documents.index(0).data(Qt.ItemDataRole.ToolTipRole).endswith("0 annotations")


def test_a_word_file_with_a_comment_opens_with_the_comment_as_a_note_on_its_passage(
    window: MainWindow, messages: list[str]
) -> None:
    filing = Path(__file__).parents[1] / "core" / "office" / "filing.docx"
    window.files.import_paths([filing])
    assert window.windowTitle() == "Harbour Trust v. Meridian Dredging — Readmark"
    assert "1 comment in the files brought in as notes on the “comment” tag" in (
        window.statusBar().currentMessage()
    )
    model = window.panel.model
    assert [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ] == [["comment", "wrote to the company", "Check the date against the minutes.", "Sam Reyes"]]
    assert [t.name for t in window.controller.tags][-1] == "comment"
    assert messages == []


def test_file_open_address_fetches_the_page_and_shows_it(
    window: MainWindow,
    web_site: WebSite,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    (tmp_path / "story.html").write_text(
        "<html><head><title>Wall to be repaired</title></head><body><article>"
        f"<h1>Wall to be repaired</h1><p>{FRENCH.split(chr(10))[-1]}</p></article></body></html>",
        encoding="utf-8",
    )
    address = f"{web_site.address}/story.html"
    QApplication.clipboard().setText(address)
    request.addfinalizer(QApplication.clipboard().clear)  # later tests paste from it
    offered: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        offered.append(str(kwargs["text"]))
        return offered[-1], True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    next(a for a in window.file_menu.actions() if a.text() == "Open &Address…").trigger()
    assert offered == [address]  # the address copied from the browser, ready to confirm
    assert window.windowTitle() == "Wall to be repaired — Readmark"
    assert window.view.document().toRawText().endswith("la croissance française.")
    assert web_site.requested == ["/story.html"]


def test_an_address_that_cannot_be_fetched_is_explained(
    window: MainWindow, web_site: WebSite, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    address = f"{web_site.address}/gone.html"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (address, True))
    window.files.open_address()
    assert messages and "could not be fetched: the site answered 404" in messages[0]
    assert window.documents.rowCount() == 1


def test_a_locked_pdf_is_opened_with_the_password_the_reader_gives(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = Path(__file__).parents[1] / "core" / "pdf" / "locked.pdf"  # its password: secret
    answers = iter([("guess", True), ("secret", True)])
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    window.files.import_paths([locked])
    assert asked[0].startswith("“locked.pdf” is locked with a password.")
    assert asked[1].startswith("“locked.pdf” is locked, and that password does not open it.")
    assert window.windowTitle() == "River wall inspection — Readmark"
    assert "Added" in window.statusBar().currentMessage()


def test_file_comments_stay_out_once_unticked_in_the_file_menu_and_after_a_restart(
    open_window: OpenWindow,
) -> None:
    filing = Path(__file__).parents[1] / "core" / "office" / "filing.docx"
    window = open_window()
    switch = window.commands.menus.import_comments_action
    assert switch.isChecked()
    assert switch in window.file_menu.actions()
    switch.trigger()
    window.close()
    window = open_window()
    assert not window.commands.menus.import_comments_action.isChecked()
    window.files.import_paths([filing])
    assert window.windowTitle() == "Harbour Trust v. Meridian Dredging — Readmark"
    assert window.panel.model.rowCount() == 0
    assert "comment" not in [t.name for t in window.controller.tags]
    assert "1 comment in the files left out, as chosen" in window.statusBar().currentMessage()


def test_scanned_pdfs_are_read_by_text_recognition_once_the_reader_agrees(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, messages: list[str]
) -> None:
    require_tool("tesseract", "tesseract-ocr")
    report = Path(__file__).parents[1] / "core" / "pdf" / "report.pdf"
    scanner = tmp_path / "scanner"
    scanner.mkdir()
    for name in ("march.pdf", "april.pdf"):
        scanned_pdf(report, scanner / name, dots_per_inch=120)
    asked: list[str] = []

    def decline(_self: LibraryActions, box: QMessageBox) -> None:
        asked.append(f"{box.text()} {box.informativeText()}")

    monkeypatch.setattr(LibraryActions, "_ask", decline)
    window.files.import_paths([scanner])
    assert asked == [
        "2 PDFs hold scanned pages, with no text on them: “april.pdf”, “march.pdf”. Read their "
        "pages by text recognition (Tesseract)? It takes a few seconds a page, and the text may "
        "hold the odd misread word: check the passages you quote."
    ]
    assert window.documents.rowCount() == 1  # declined: nothing added
    assert "2 files not imported" in messages[0]

    def agree(_self: LibraryActions, box: QMessageBox) -> None:
        [recognise] = [b for b in box.buttons() if b.text() == "Recognise Text"]
        recognise.click()

    monkeypatch.setattr(LibraryActions, "_ask", agree)
    window.files.import_paths([scanner])
    assert window.windowTitle() == "River wall inspection — Readmark"
    # The two scans hold one report: the second, read as the first, is found in the library.
    assert window.statusBar().currentMessage() == (
        "Added “River wall inspection”; “River wall inspection” was in your library already "
        "(opened, not copied)."
    )
    assert len(messages) == 1 and window.documents.rowCount() == 2
    assert (
        window.view.document()
        .toRawText()
        .startswith(
            "River wall inspection\u2029\u2029Findings of the inspection\u2029\u2029Paragraph 1."
        )
    )


def test_the_reader_chooses_the_language_a_scan_is_read_in(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    require_ocr_language("fra")
    monkeypatch.setenv("LANG", "C.UTF-8")  # an English system: French must be chosen
    monkeypatch.setattr("locale.getlocale", lambda: (None, None))
    letter = Path(__file__).parents[1] / "core" / "pdf" / "lettre.pdf"
    scan = scanned_pdf(letter, tmp_path / "lettre.pdf")
    offered: list[str] = []

    def read_in_french(_self: LibraryActions, box: QMessageBox) -> None:
        chooser = box.findChild(QComboBox)
        offered.extend(chooser.itemText(i) for i in range(chooser.count()))
        chooser.setCurrentText("French (fra)")
        [recognise] = [b for b in box.buttons() if b.text() == "Recognise Text"]
        recognise.click()

    monkeypatch.setattr(LibraryActions, "_ask", read_in_french)
    window.files.import_paths([scan])
    assert offered[0] == "The article’s, else this computer’s"
    assert {"English (eng)", "French (fra)"} <= set(offered)
    assert window.windowTitle() == "Le mur de l’écluse — Readmark"
    text = window.view.document().toRawText()
    assert "dès l’été dernier" in text and "à la salle des fêtes." in text
