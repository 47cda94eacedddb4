"""The window's dealings with files and the library as a whole: opening and importing (with
progress), pasting, newer versions, exporting, backups and removing documents."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from readmark.core.importing import ARTICLE_SUFFIXES, UnreadableFileError, pasted_article
from readmark.core.model import Article, Document
from readmark.core.pdf_ocr import ocr_languages
from readmark.services.documents import ImportOutcome, is_web_address, summarise
from readmark.services.exchange import ExportOptions
from readmark.ui.background_work import Step, run_in_background
from readmark.ui.file_dialogs import (
    ARTICLES,
    EXPORTS,
    existing_folder,
    file_types,
    open_file_names,
    save_file_name,
)
from readmark.ui.offline_text import plain_text
from readmark.ui.recovery_dialog import choose_backup, describe_backup
from readmark.ui.status_note import show_note
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.controller import LibraryController
    from readmark.ui.main_window import MainWindow

MAX_LISTED_ERRORS = 12
MAX_NAMED_SCANS = 3


class LibraryActions(QObject):
    def __init__(self, window: MainWindow, controller: LibraryController) -> None:
        super().__init__(window)
        self._window = window
        self.controller = controller

    def open_files(self) -> None:
        paths = open_file_names(
            self._window,
            self.controller,
            ARTICLES,
            tr("Open Articles"),
            file_types(
                (tr("Articles"), " ".join(f"*{s}" for s in sorted(ARTICLE_SUFFIXES))),
                any_file=True,
            ),
        )
        if paths:
            self.import_paths(paths)

    def remove_current_document(self) -> None:
        """Removes the open document after saying what goes with it; Ctrl+Z brings it back."""
        document = self.controller.document
        if document is None:
            return
        count = len(self._window.panel.model.annotations)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Remove Document",
            plain_text(f"Remove “{document.title}” from the library?"),
            parent=self._window,
        )
        box.setInformativeText(
            f"Its {count} annotation{'' if count == 1 else 's'} go with it. "
            "Edit > Undo brings it all back until you quit Readmark."
        )
        remove = box.addButton(tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        self._ask(box)
        if box.clickedButton() is remove:
            self.controller.remove_document(document.id)
            self._window.statusBar().showMessage(
                tr("Removed “{title}”. Ctrl+Z brings it back.").format(title=document.title), 8000
            )

    def paste_article(self) -> None:
        """Makes a new document of what is on the clipboard."""
        # None where the platform offers no clipboard contents at all (Qt's offscreen one).
        clipboard: QMimeData | None = QApplication.clipboard().mimeData()
        text = clipboard.text() if clipboard is not None and clipboard.hasText() else ""
        html = clipboard.html() if clipboard is not None and clipboard.hasHtml() else ""
        if not text.strip() and not html.strip():
            self._window.statusBar().showMessage(
                tr("The clipboard holds no text to make an article of."), 6000
            )
            return
        try:
            article = pasted_article(text, datetime.now(), html)
        except UnreadableFileError as error:
            QMessageBox.warning(self._window, tr("Nothing to paste"), plain_text(str(error)))
            return
        document = self.controller.add_article(article)
        self._window.statusBar().showMessage(
            tr("Made “{title}” from the clipboard.").format(title=document.title), 8000
        )

    def open_folder(self) -> None:
        title = tr("Open a Folder of Articles")
        chosen = existing_folder(self._window, self.controller, ARTICLES, title)
        if chosen:
            self.import_paths([chosen])

    def import_paths(self, paths: list[Path]) -> None:
        """Imports files and folders with progress shown (and a Stop button), then says what
        was added, found and refused."""
        controller = self.controller

        def work(step: Step) -> list[ImportOutcome]:
            def report(done: int, total: int, path: Path) -> bool:
                importing = tr("Importing “{name}” ({number} of {total})")
                return step(
                    done, total, importing.format(name=path.name, number=done + 1, total=total)
                )

            return controller.read_files(paths, report)

        outcomes = run_in_background(
            self._window, tr("Importing Articles"), tr("Importing…"), work, cancel_text=tr("Stop")
        )
        self._report(controller.show_imported(outcomes))

    def open_address(self) -> None:
        """Asks for a web address and imports the page there, fetched once."""
        address, chosen = QInputDialog.getText(
            self._window,
            tr("Open Address"),
            tr("The address of the article (fetched once; nothing it links to is loaded):"),
            text=self._address_on_clipboard(),
        )
        if not chosen or not address.strip():
            return
        self._window.statusBar().showMessage(
            tr("Fetching {address}…").format(address=address.strip())
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcome = self.controller.import_address(address)
        finally:
            QApplication.restoreOverrideCursor()
        self._report([outcome])

    @staticmethod
    def _address_on_clipboard() -> str:
        copied = QApplication.clipboard().text().strip()
        return copied if is_web_address(copied) and "\n" not in copied else ""

    def _report(self, outcomes: list[ImportOutcome]) -> None:
        """Says what an import added, found and refused; offers to update changed files."""
        outcomes = [self._unlocked(o) if o.locked else o for o in outcomes]
        outcomes = self._recognised(outcomes)
        summary = summarise(outcomes)
        show_note(self._window, summary, 10000)
        for outcome in outcomes:
            if outcome.previous is not None and outcome.article is not None:
                self._offer_update(outcome.previous, outcome.article)
        errors = [o.error for o in outcomes if o.error]
        if errors:
            shown = errors[:MAX_LISTED_ERRORS]
            more = len(errors) - len(shown)
            listing = "\n\n".join(shown) + (
                "\n\n" + tr("… and {count} more.").format(count=more) if more else ""
            )
            QMessageBox.warning(
                self._window,
                tr("Some files were not imported"),
                plain_text(f"{summary}\n\n{listing}"),
            )

    def _unlocked(self, outcome: ImportOutcome) -> ImportOutcome:
        """Asks for a locked file's password until it opens or the reader gives up."""
        while outcome.locked and isinstance(outcome.path, Path):
            password, chosen = QInputDialog.getText(
                self._window,
                tr("Password"),
                tr("{error}\n\nIts password:").format(error=outcome.error),
                QLineEdit.EchoMode.Password,
            )
            if not chosen:
                break
            outcome = self.controller.import_locked(outcome.path, password)
        return outcome

    def _recognised(self, outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
        """Asks once before reading the scanned PDFs among `outcomes` by text recognition, then
        reads them page by page (a Stop button ends them all)."""
        scans = [o.path for o in outcomes if o.scan and isinstance(o.path, Path)]
        if not scans:
            return outcomes
        question, asked = _scan_question(outcomes, scans)
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Scanned PDFs"), plain_text(question), parent=self._window
        )
        box.setInformativeText(asked)
        read = box.addButton(tr("Recognise Text"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read)
        chooser = _language_chooser(box)
        self._ask(box)
        if box.clickedButton() is not read:
            return outcomes
        language = chooser.currentData() if chooser is not None else None
        controller = self.controller

        def work(step: Step) -> dict[Path, ImportOutcome]:
            read_now: dict[Path, ImportOutcome] = {}
            going = True
            for number, path in enumerate(scans, 1):

                def report(done: int, total: int, path: Path = path, number: int = number) -> bool:
                    nonlocal going
                    reading = (
                        tr("Reading page {page} of {total} of “{name}” (file {number} of {files})")
                        if len(scans) > 1
                        else tr("Reading page {page} of {total} of “{name}”")
                    )
                    text = reading.format(
                        page=done + 1, total=total, name=path.name, number=number, files=len(scans)
                    )
                    going = step(done, total, text)
                    return going

                read_now[path] = controller.read_locked(
                    path, None, ocr=True, pages=report, ocr_language=language
                )
                if not going:
                    break
            return read_now

        read_now = run_in_background(
            self._window,
            tr("Recognising Text"),
            tr("Recognising text…"),
            work,
            cancel_text=tr("Stop"),
        )
        controller.show_imported(list(read_now.values()))
        return [read_now.get(o.path, o) if isinstance(o.path, Path) else o for o in outcomes]

    def _offer_update(self, previous: Document, article: Article) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("A newer version"),
            plain_text(
                tr("“{title}” has changed since you imported it.").format(title=article.title)
            ),
            parent=self._window,
        )
        box.setInformativeText(
            tr(
                "Update the document to this version? Your annotations move with their "
                "passages; any whose passage is gone are kept and listed as not found. Or keep "
                "both versions."
            )
        )
        update = box.addButton(tr("Update"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(tr("Keep Both"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(update)
        self._ask(box)
        if box.clickedButton() is update:
            revision = self.controller.update_document(previous, article)
            lost = len(revision.orphaned)
            updated = (
                tr(
                    "Updated “{title}”: {kept} annotations moved with their passages, {lost} not "
                    "found (kept, marked in the list)."
                )
                if lost
                else tr("Updated “{title}”: {kept} annotations moved with their passages.")
            )
            self._window.statusBar().showMessage(
                updated.format(title=article.title, kept=revision.kept, lost=lost), 10000
            )
        elif box.clickedButton() is both:
            self.controller.add_article(article)

    def _ask(self, box: QMessageBox) -> None:
        """Shows a question; a seam the tests replace to answer it."""
        box.exec()

    def export_csv(self, whole_library: bool) -> None:
        document = self.controller.document
        if whole_library or document is None:
            name = tr("Readmark library") + ".csv"
        else:
            name = f"{safe_filename(document.title)}.csv"
        title = "Export Library as CSV" if whole_library else "Export Document as CSV"
        csv = file_types((tr("CSV for spreadsheets"), "*.csv"))
        path, _ = save_file_name(self._window, self.controller, EXPORTS, title, name, csv)
        if path is None:
            return
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        documents = None if whole_library or document is None else (document.id,)
        self._window.commands.exchange.export_to(path, "csv", ExportOptions(document_ids=documents))

    def restore_from_backup(self) -> None:
        backups = self.controller.backups()
        if not backups:
            QMessageBox.information(
                self._window,
                tr("Restore from Backup"),
                tr(
                    "There is no backup yet. Readmark makes one each day it starts, in "
                    "“{backup_folder}”."
                ).format(backup_folder=self.controller.backup_folder),
            )
            return
        backup = choose_backup(self._window, backups)
        if backup is not None and self.controller.restore_backup(backup):
            self._window.statusBar().showMessage(
                tr(
                    "Restored the backup of {backup}. The library as it was is kept beside it in "
                    "the data folder."
                ).format(backup=describe_backup(backup)),
                10000,
            )

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.controller.library.parent)))


def safe_filename(title: str) -> str:
    """A file name from a title (what a save dialog proposes): no character a file system
    refuses, at most 80 long."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return cleaned[:80] or "Readmark export"


def _language_chooser(box: QMessageBox) -> QComboBox | None:
    """Where Tesseract reads more than one language, a choice of them set under the question,
    above its buttons: by default the article's language, else the system's."""
    languages = ocr_languages()
    if len(languages) < 2:
        return None
    row = QWidget(box)
    form = QFormLayout(row)
    form.setContentsMargins(0, 0, 0, 0)
    chooser = QComboBox(row)
    chooser.addItem(tr("The article’s, else this computer’s"), None)
    for code in languages:
        language = QLocale.codeToLanguage(code.split("_")[0], QLocale.LanguageCodeType.ISO639Part2)
        named = language != QLocale.Language.AnyLanguage
        chooser.addItem(f"{QLocale.languageToString(language)} ({code})" if named else code, code)
    form.addRow(tr("Language of the text:"), chooser)
    grid = box.layout()
    buttons = box.findChild(QDialogButtonBox)
    text = box.findChild(QLabel, "qt_msgbox_label")
    if isinstance(grid, QGridLayout) and buttons is not None and text is not None:
        # Under the question's text; the buttons move down a row.
        position: tuple[int, int, int, int] = grid.getItemPosition(grid.indexOf(buttons))  # type: ignore[assignment]  # PySide6 types it as object
        at = position[0]
        column = grid.getItemPosition(grid.indexOf(text))[1]  # type: ignore[index]
        grid.removeWidget(buttons)
        grid.addWidget(row, at, column, 1, grid.columnCount() - column)
        grid.addWidget(buttons, at + 1, position[1], 1, position[3])
    return chooser


def _scan_question(outcomes: list[ImportOutcome], scans: list[Path]) -> tuple[str, str]:
    """What the scanned PDFs among `outcomes` hold, and the question whether to read them."""
    named = ", ".join(f"“{path.name}”" for path in scans[:MAX_NAMED_SCANS])
    more = len(scans) - MAX_NAMED_SCANS
    several = (
        tr("{count} PDFs hold scanned pages, with no text on them: {names} and {more} more.")
        if more > 0
        else tr("{count} PDFs hold scanned pages, with no text on them: {names}.")
    )
    if len(scans) == 1:
        return next(o.error for o in outcomes if o.scan) or "", tr(
            "Read its pages by text recognition (Tesseract)? It takes a few seconds a page, "
            "and the text may hold the odd misread word: check the passages you quote."
        )
    return several.format(count=len(scans), names=named, more=more), tr(
        "Read their pages by text recognition (Tesseract)? It takes a few seconds a "
        "page, and the text may hold the odd misread word: check the passages you quote."
    )
