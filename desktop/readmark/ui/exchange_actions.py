"""The window's exchange with other tools: File > Export… (every format, with its options),
Import Annotations…, and the report of a document printed or saved as PDF."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from readmark.services.exchange import FORMATS, ExportOptions, export, export_count, report_html
from readmark.services.files import CancelledError, ExchangeError, Progress, write_whole
from readmark.ui.background_work import Step, run_in_background
from readmark.ui.controller import LibraryRefusedError
from readmark.ui.export_dialog import ExportDialog
from readmark.ui.file_dialogs import (
    ANNOTATIONS,
    EXPORTS,
    file_types,
    open_file_name,
    save_file_name,
)
from readmark.ui.library_actions import safe_filename
from readmark.ui.offline_text import offline_document, plain_text
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from readmark.services.import_report import ImportReport
    from readmark.store.repository import LibraryRepository
    from readmark.ui.main_window import MainWindow

T = TypeVar("T")
MAX_LISTED = 12
# The printer's page margins, in millimetres (left, top, right, bottom); Qt adds a document
# margin of its own inside them when it prints rich text.
REPORT_MARGINS = QMarginsF(6, 8, 6, 8)


def install_exchange_actions(window: MainWindow, file_menu: QMenu) -> ExchangeActions:
    """Adds Export…, Import Annotations…, Export Report as PDF… and Print Report… to the File
    menu, after the CSV exports; returns the object that carries them out."""
    actions = ExchangeActions(window)
    separators = [action for action in file_menu.actions() if action.isSeparator()]
    if separators:
        file_menu.insertSeparator(separators[0])
        file_menu.insertActions(separators[0], actions.actions)
    else:
        file_menu.addSeparator()
        file_menu.addActions(actions.actions)
    return actions


def write_report_pdf(page: str, path: Path, title: str = "") -> None:
    """Prints a report page to a PDF file, whole or not at all (needs a QGuiApplication)."""
    from PySide6.QtPrintSupport import QPrinter

    def write(partial: Path) -> None:
        if not os.access(partial.parent, os.W_OK):
            raise OSError(errno.EACCES, "the folder cannot be written to", str(partial.parent))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(partial))
        printer.setDocName(title)
        printer.setPageMargins(REPORT_MARGINS, QPageLayout.Unit.Millimeter)
        offline_document(page).print_(printer)
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError(errno.EIO, "the PDF could not be written", str(partial))

    write_whole(path, write)


class ExchangeActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.controller = window.controller
        export_action = QAction(tr("E&xport…"), window)
        export_action.setShortcut(QKeySequence("Ctrl+Alt+E"))
        export_action.setStatusTip(
            tr(
                "Export annotations as CSV, Excel, Web Annotation JSON, a REFI-QDA project or "
                "a report"
            )
        )
        export_action.triggered.connect(self.export)
        import_action = QAction(tr("&Import Annotations…"), window)
        import_action.setStatusTip(
            tr("Read annotations from a Readmark JSON or CSV export or a REFI-QDA project")
        )
        import_action.triggered.connect(self.import_annotations)
        pdf_action = QAction(tr("Export Report as P&DF…"), window)
        pdf_action.triggered.connect(self.export_report_pdf)
        print_action = QAction(tr("Prin&t Report…"), window)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_report)
        self.actions = [export_action, import_action, pdf_action, print_action]

    # Export

    def export(self) -> None:
        dialog = ExportDialog(self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        format_name, options = dialog.choice()
        path = self._save_path(format_name, options)
        if path is None:
            return
        self.export_to(path, format_name, options)

    def export_report_pdf(self) -> None:
        document = self.controller.document
        if document is None:
            self._window.statusBar().showMessage(tr("Open a document to make its report."), 6000)
            return
        options = ExportOptions(document_ids=(document.id,))
        path = self._save_path("pdf", options)
        if path is not None:
            self.export_to(path, "pdf", options)

    def export_to(self, path: Path, format_name: str, options: ExportOptions) -> None:
        """Exports with progress shown (and Cancel), then says what was written or why not."""
        controller = self.controller

        def counted(write: Callable[[LibraryRepository, Progress], T]) -> Callable[[Step], T]:
            """The work on its own connection: count what the file will hold, then write it."""

            def work(step: Step) -> T:
                def run(library: LibraryRepository) -> T:
                    total = export_count(library, options)
                    step(0, total, _exporting(total))
                    return write(library, lambda done: step(done, total))

                return controller.query_apart(run)

            return work

        try:
            if format_name == "pdf":
                page, count = run_in_background(
                    self._window,
                    tr("Export"),
                    tr("Exporting…"),
                    counted(lambda library, progress: report_html(library, options, progress)),
                )
                write_report_pdf(page, path, path.stem)  # Qt's printing: on this thread
            else:
                count = run_in_background(
                    self._window,
                    tr("Export"),
                    tr("Exporting…"),
                    counted(
                        lambda library, progress: export(
                            library, path, format_name, options, progress
                        )
                    ),
                )
        except CancelledError:
            self._window.statusBar().showMessage(tr("Export cancelled; no file was written."), 8000)
            return
        except (ExchangeError, LibraryRefusedError) as error:
            self._warn(tr("Export failed"), str(error))
            return
        except OSError as error:
            why = error.strerror or error
            self._warn(tr("Export failed"), _unwritten(path, why))
            return
        self._window.statusBar().showMessage(
            (
                tr("Exported 1 annotation to {path}.")
                if count == 1
                else tr("Exported {count} annotations to {path}.")
            ).format(count=count, path=path),
            8000,
        )

    def _save_path(self, format_name: str, options: ExportOptions) -> Path | None:
        chosen = FORMATS[format_name]
        document = self.controller.document
        if options.document_ids is not None and len(options.document_ids) == 1 and document:
            name = safe_filename(document.title)
        else:
            name = (
                tr("Readmark library") if options.document_ids is None else tr("Readmark documents")
            )
        path, _ = save_file_name(
            self._window,
            self.controller,
            EXPORTS,
            tr("Export as {label}").format(label=tr(chosen.label)),
            f"{name}{chosen.suffix}",
            file_types((tr(chosen.label), f"*{chosen.suffix}")),
        )
        if path is None:
            return None
        if path.suffix.lower() != chosen.suffix:
            path = path.with_name(path.name + chosen.suffix)
        return path

    # Report

    def print_report(self) -> None:
        document = self.controller.document
        if document is None:
            self._window.statusBar().showMessage(tr("Open a document to print its report."), 6000)
            return
        try:
            from PySide6.QtPrintSupport import QPrinter
        except ImportError:
            self._warn(tr("Printing is not available"), tr("This build of Readmark cannot print."))
            return
        options = ExportOptions(document_ids=(document.id,))
        page, _ = self.controller.query(lambda library: report_html(library, options))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        printer.setPageMargins(REPORT_MARGINS, QPageLayout.Unit.Millimeter)
        if self._choose_printer(printer):
            offline_document(page).print_(printer)
            self._window.statusBar().showMessage(
                tr("Sent “{title}” to the printer.").format(title=document.title), 6000
            )

    def _choose_printer(self, printer: QPrinter) -> bool:
        """Asks where to print; a seam the tests replace to answer it."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(tr("Print Report"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    # Import

    def import_annotations(self) -> None:
        title = tr("Import Annotations")
        annotation_files = file_types(
            (tr("Annotations"), "*.json *.jsonld *.csv *.qdpx"),
            (tr("Web Annotation JSON"), "*.json *.jsonld"),
            ("CSV", "*.csv"),
            (tr("REFI-QDA project"), "*.qdpx"),
            any_file=True,
        )
        path = open_file_name(self._window, self.controller, ANNOTATIONS, title, annotation_files)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> ImportReport | None:
        """Imports one file; says what happened, or why nothing was imported."""
        from readmark.services.annotation_import import import_annotations  # when first asked for

        try:
            report = run_in_background(
                self._window,
                tr("Import Annotations"),
                tr("Importing annotations from “{name}”…").format(name=path.name),
                lambda step: self.controller.query_apart(
                    lambda library: import_annotations(library, path, progress=step)
                ),
            )
        except CancelledError:
            self._window.statusBar().showMessage(tr("Import cancelled; nothing was changed."), 8000)
            return None
        except ExchangeError as error:
            self._warn(tr("Nothing was imported"), str(error))
            return None
        except (LibraryRefusedError, OSError) as error:
            unchanged = tr("The library could not be changed: {error}").format(error=error)
            self._warn(tr("Nothing was imported"), unchanged)
            return None
        self.controller.record(report.changes, tr("Import “{title}”").format(title=path.name))
        summary = report.summary()
        self._window.statusBar().showMessage(summary, 10000)
        if report.skipped:
            listed = [f"{what}: {why}" for what, why in report.skipped[:MAX_LISTED]]
            more = len(report.skipped) - len(listed)
            QMessageBox.warning(
                self._window,
                tr("Some annotations were not imported"),
                plain_text(
                    summary
                    + "\n\n"
                    + "\n\n".join(listed)
                    + ("\n\n" + tr("… and {count} more.").format(count=more) if more else "")
                ),
            )
        return report

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self._window, title, plain_text(message))


def _exporting(total: int) -> str:
    if total == 1:
        return tr("Exporting 1 annotation…")
    return tr("Exporting {count} annotations…").format(count=f"{total:,}")


def _unwritten(path: Path, why: object) -> str:
    return tr("Could not write “{path}”: {error}.").format(path=path, error=why)
