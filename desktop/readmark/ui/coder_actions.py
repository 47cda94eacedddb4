"""Coders in the window: the user's name as a coder, and whose annotations are shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMenu

from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.core.model import Annotation
    from readmark.ui.agreement_dialog import AgreementDialog
    from readmark.ui.curation_dialog import CurationDialog
    from readmark.ui.main_window import MainWindow


class CoderActions(QObject):
    """Edit > Your Name as Coder…, View > Coders, Tools > Coder Agreement…, and the coder's
    name in the status bar."""

    def __init__(
        self, window: MainWindow, edit_menu: QMenu, view_menu: QMenu, tools_menu: QMenu
    ) -> None:
        super().__init__(window)
        self._window = window
        self._controller = window.controller
        self.rename_action = QAction(tr("Your &Name as Coder…"), window)
        self.rename_action.triggered.connect(self.ask_name)
        edit_menu.addSeparator()
        edit_menu.addAction(self.rename_action)

        self.menu = view_menu.addMenu(tr("&Coders"))
        self.menu.aboutToShow.connect(self._fill_menu)

        self.agreement_action = QAction(tr("Coder &Agreement…"), window)
        self.agreement_action.setShortcut("Ctrl+Shift+A")
        self.agreement_action.triggered.connect(self.show_agreement)
        tools_menu.addAction(self.agreement_action)
        self.curate_action = QAction(tr("C&urate…"), window)
        self.curate_action.setToolTip(
            tr("Settle the coders' disagreements on this document into one agreed version")
        )
        self.curate_action.triggered.connect(self.curate)
        tools_menu.addAction(self.curate_action)

        self.status = QLabel(window)
        self.status.setToolTip(tr("Your annotations are made under this name (Edit > Your Name)"))
        window.statusBar().addPermanentWidget(self.status)
        self._controller.coders_changed.connect(self._show_status)
        self._show_status()
        window.view.set_passage_describer(self.describe)

    def ask_name(self) -> None:
        name, accepted = QInputDialog.getText(
            self._window,
            tr("Your Name as Coder"),
            tr(
                "The name your annotations are made under, so that a team's work can be told "
                "apart.\nAnnotations already made keep the name they have."
            ),
            QLineEdit.EchoMode.Normal,
            self._controller.coder,
        )
        if accepted and name.strip():
            self._controller.set_coder(name)
            self._window.statusBar().showMessage(
                tr("You now tag as {coder}.").format(coder=self._controller.coder), 5000
            )

    def show_agreement(self) -> AgreementDialog:
        """How far the coders agree, per tag and overall, and where they differ."""
        # Loaded when first asked for: most sessions never open it.
        from readmark.ui.agreement_dialog import AgreementDialog

        documents, annotations = self._controller.coded_documents()
        current = self._controller.document
        dialog = AgreementDialog(
            self._window,
            documents,
            annotations,
            self._controller.tags,
            self._controller.coders(),
            document_id=current.id if current is not None else None,
            settings=self._controller,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passage_chosen.connect(self._show_passage)
        dialog.show()
        return dialog

    def curate(self) -> CurationDialog | None:
        """The open document's coders side by side, to settle into the consensus coder."""
        from readmark.ui.curation_dialog import CurationDialog, coders_of

        document = self._controller.document
        coders = (
            []
            if document is None
            else coders_of(self._controller.repository.annotations(document.id))
        )
        if document is None or len(coders) < 2:
            message = (
                tr("Curation needs a document that two or more coders tagged (only {coders} has).")
                if coders
                else tr("Curation needs a document that two or more coders tagged.")
            )
            self._window.statusBar().showMessage(message.format(coders=", ".join(coders)), 8000)
            return None
        dialog = CurationDialog(self._window, self._controller, document)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_passage(self, document_id: int, start: int, end: int) -> None:
        current = self._controller.document
        if current is None or current.id != document_id:
            self._controller.open_document(document_id)
        self._window.view.select_span(start, end)

    def describe(self, annotation: Annotation) -> str:
        """A passage's tooltip in the reader: its tag, who tagged it, and its note."""
        line = f"{self._controller.tag(annotation.tag_id).name} — {annotation.coder}"
        if annotation.coder == self._controller.coder:
            line = tr("{line} (you)").format(line=line)
        note = " ".join(annotation.note.split())
        return f"{line}: {note[:120]}" if note else line

    def _show_status(self) -> None:
        self._window.view.set_own_coder(self._controller.coder)
        shown = self._controller.shown_coders
        text = tr("Coder: {coder}").format(coder=self._controller.coder)
        if shown is not None:
            coders = ", ".join(sorted(shown, key=str.casefold))
            text = tr("{status} · showing {coders}").format(status=text, coders=coders)
        self.status.setText(text)

    def _fill_menu(self) -> None:
        """One checkable entry per coder in the library, and one to show everyone."""
        self.menu.clear()
        shown = self._controller.shown_coders
        everyone = self.menu.addAction(tr("&Everyone"))
        everyone.setCheckable(True)
        everyone.setChecked(shown is None)
        everyone.triggered.connect(lambda: self._controller.show_coders(None))
        self.menu.addSeparator()
        coders = self._controller.coders()
        for coder in coders:
            label = (
                tr("{line} (you)").format(line=coder) if coder == self._controller.coder else coder
            )
            action = self.menu.addAction(label.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(shown is None or coder in shown)
            action.triggered.connect(
                lambda checked, c=coder: self._toggle(c, checked, frozenset(coders))
            )
        self.menu.addSeparator()
        only_mine = self.menu.addAction(tr("Only &Mine"))
        only_mine.triggered.connect(
            lambda: self._controller.show_coders(frozenset({self._controller.coder}))
        )

    def _toggle(self, coder: str, checked: bool, everyone: frozenset[str]) -> None:
        shown = self._controller.shown_coders
        current = everyone if shown is None else shown
        chosen = current | {coder} if checked else current - {coder}
        self._controller.show_coders(None if chosen >= everyone else chosen)
