"""Curation: one document's coders side by side, their disagreements settled by keys into the
consensus coder's passages, every step on the window's undo stack."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from readmark.core.commands import AddAnnotation, Command
from readmark.core.curation import (
    CONSENSUS,
    Comparison,
    Disputed,
    accept_agreed,
    compare,
    consensus_in,
    is_left_out,
    leave_out,
    left_out_setting,
    left_out_spans,
    merge_versions,
    take_version,
    written,
)
from readmark.core.model import Annotation, Document
from readmark.core.text import Utf16Map
from readmark.ui.agreement_dialog import read_only_table
from readmark.ui.agreement_models import coder_label
from readmark.ui.colours import tag_icon, tint
from readmark.ui.curation_model import (
    LEFT_OUT,
    OPEN,
    AgreedModel,
    DisputesModel,
    version_label,
    version_text,
)
from readmark.ui.screen_fit import fitted
from readmark.ui.translation import counted, tr

if TYPE_CHECKING:
    from readmark.ui.controller import LibraryController

AROUND = 90  # characters of text shown on either side of a disagreement
KEYS_HELP = QT_TRANSLATE_NOOP(
    "",
    "Keys: N / P next or previous disagreement · 1–{n} take that coder's version · "
    "M merge them with the tag chosen · T tag the text selected in the consensus · "
    "Delete leave the passage out · Ctrl+Z undo",
)
AGREED_HELP = QT_TRANSLATE_NOOP(
    "",
    "The agreed passages, each taken into the consensus or not · Alt+A takes those not yet "
    "taken · Alt+E back to the disagreements · Ctrl+Z undo",
)


def coders_of(annotations: list[Annotation]) -> list[str]:
    """The coders to curate: everyone with a passage standing in the text, but the consensus."""
    found = {a.coder for a in annotations if a.coder != CONSENSUS and not a.orphaned}
    return sorted(found, key=str.casefold)


class CurationDialog(QDialog):
    """The coders' versions of each disagreement in one document, and the consensus taken."""

    def __init__(
        self, parent: QWidget | None, controller: LibraryController, document: Document
    ) -> None:
        super().__init__(parent)
        title = document.title or tr("(untitled)")
        self.setWindowTitle(tr("Curate “{title}”").format(title=title))
        self.resize(fitted(QSize(980, 700), self))
        self._controller = controller
        self._document = document
        self.coders = coders_of(controller.repository.annotations(document.id))
        self.consensus: list[Annotation] = []
        self.left_out: frozenset[tuple[int, int]] = frozenset()  # spans decided: no passage
        self._excerpt_start = 0  # where the panes' text begins in the document's
        self.comparison = Comparison(tuple(self.coders), len(self.coders), (), ())

        self.quorum_box = QSpinBox(self)
        self.quorum_box.setRange(min(2, len(self.coders)), len(self.coders))
        self.quorum_box.setValue(len(self.coders))
        coders = len(self.coders)
        self.quorum_box.setSuffix(counted(tr(" of %n coder(s)", "", coders), coders))
        self.quorum_box.setAccessibleName(tr("Coders who must agree"))
        self.summary = QLabel(self)
        self.accept_button = QPushButton(tr("&Accept All Agreed"), self)
        self.show_agreed = QCheckBox(tr("Show agr&eed"), self)
        self.show_agreed.setToolTip(tr("List the agreed passages one by one, each taken or not"))
        self.agreed_model = AgreedModel(controller.tags, self)
        self.agreed_table = read_only_table(self, self.agreed_model, tr("Agreed passages"), 150)
        self.agreed_table.hide()
        self._step_actions: list[QAction] = []  # the keys that settle the current disagreement
        self.model = DisputesModel(controller.tags, self)
        self.table = read_only_table(self, self.model, tr("Disagreements"), 150)
        self.table.setWordWrap(False)
        self.tag_box = QComboBox(self)
        self.tag_box.setAccessibleName(tr("Tag for a merge or a new passage"))
        for tag in controller.tags:
            self.tag_box.addItem(tag_icon(tag.colour), tag.label, tag.id)
        self.captions = [QLabel(self) for _ in range(len(self.coders) + 1)]
        self.panes = [self._pane(caption) for caption in self.captions]
        self.consensus_pane = self.panes[-1]
        self.consensus_pane.setAccessibleName(tr("Consensus: select text and press T to tag it"))
        self.message = QLabel(self._keys_help(), self)
        self.message.setWordWrap(True)
        self._lay_out()
        self._add_keys()
        self.quorum_box.valueChanged.connect(self.refresh)
        self.accept_button.clicked.connect(self.accept_all_agreed)
        self.show_agreed.toggled.connect(self._list_agreed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row)
        controller.undo_stack.indexChanged.connect(self.refresh)
        self.refresh()
        self.go_to(0)
        self.table.setFocus()

    # ---- building --------------------------------------------------------------------------

    def _pane(self, caption: QLabel) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setReadOnly(True)
        pane.setTabChangesFocus(True)
        pane.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        caption.setBuddy(pane)
        caption.setWordWrap(True)
        return pane

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        quorum_label = QLabel(tr("Agreed when &given alike by"), self)
        quorum_label.setBuddy(self.quorum_box)
        top.addWidget(quorum_label)
        top.addWidget(self.quorum_box)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_agreed)
        top.addWidget(self.accept_button)
        tag_row = QHBoxLayout()
        tag_label = QLabel(tr("&Tag for a merge or a new passage:"), self)
        tag_label.setBuddy(self.tag_box)
        tag_row.addWidget(tag_label)
        tag_row.addWidget(self.tag_box)
        tag_row.addStretch(1)
        side_by_side = QWidget(self)
        columns = QHBoxLayout(side_by_side)
        columns.setContentsMargins(0, 0, 0, 0)
        for caption, pane in zip(self.captions, self.panes, strict=True):
            column = QVBoxLayout()
            column.addWidget(caption)
            column.addWidget(pane, 1)
            columns.addLayout(column, 1)
        self._lower = lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(tag_row)
        lower_layout.addWidget(side_by_side, 1)
        tables = QWidget(self)
        tables_layout = QVBoxLayout(tables)
        tables_layout.setContentsMargins(0, 0, 0, 0)
        tables_layout.addWidget(self.table)
        tables_layout.addWidget(self.agreed_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(tables)
        splitter.addWidget(lower)
        splitter.setSizes([300, 320])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _add_keys(self) -> None:
        def key(keys: str | QKeySequence.StandardKey, run: object) -> None:
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(run)
            self.addAction(action)
            self._step_actions.append(action)

        key("N", lambda: self.go_to(self.current_row() + 1))
        key("P", lambda: self.go_to(self.current_row() - 1))
        for number in range(1, min(len(self.coders), 9) + 1):
            key(str(number), lambda _=False, n=number: self.take(n))
        key("M", self.merge)
        key("T", self.write_selection)
        key(QKeySequence.StandardKey.Delete, self.leave_out)
        stack = self._controller.undo_stack
        undo = stack.createUndoAction(self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addActions([undo, redo])

    # ---- what is shown ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the document's passages afresh: after each step, its undoing, and a new quorum."""
        annotations = self._controller.repository.annotations(self._document.id)
        self.consensus = [a for a in annotations if a.coder == CONSENSUS and not a.orphaned]
        self.comparison = compare(annotations, self.coders, self.quorum_box.value())
        stored = self._controller.repository.setting(left_out_setting(self._document.id))
        self.left_out = left_out_spans(stored)
        settled = [consensus_in(u, self.consensus, self.comparison) for u in self.disputed]
        decided = [is_left_out(u, self.left_out) for u in self.disputed]
        row = self.current_row()
        text = self._document.text
        self.model.show(text, self.coders, self.disputed, settled, decided)
        self.go_to(max(0, min(row, len(self.disputed) - 1)))
        taken = {(a.start, a.end, a.tag_id) for a in self.consensus}
        agreed = self.comparison.agreed
        in_consensus = [(a.start, a.end, a.tag_id) in taken for a in agreed]
        agreed_row = self.agreed_table.currentIndex().row()
        self.agreed_model.show(text, agreed, in_consensus)
        self.agreed_table.selectRow(max(0, min(agreed_row, len(agreed) - 1)))
        missing = in_consensus.count(False)
        self.accept_button.setEnabled(missing > 0)
        waiting = (
            counted(tr("%n not yet taken", "", missing), missing) if missing else tr("all taken")
        )
        agreeing, disputes = len(agreed), len(self.disputed)
        done = sum(bool(passages) or left for passages, left in zip(settled, decided, strict=True))
        self.summary.setText(
            tr("   {agreed}, {waiting} · {disagreements}, {settled}").format(
                agreed=counted(tr("%n agreed passage(s)", "", agreeing), agreeing),
                waiting=waiting,
                disagreements=counted(tr("%n disagreement(s)", "", disputes), disputes),
                settled=counted(tr("%n settled", "", done), done),
            )
        )

    def _list_agreed(self, shown: bool) -> None:
        """Lists the agreed passages in place of the disagreements, or back; the keys that
        settle a disagreement rest while its list is away."""
        self.agreed_table.setVisible(shown)
        self.table.setVisible(not shown)
        self._lower.setVisible(not shown)  # the versions side by side are a disagreement's
        for action in self._step_actions:
            action.setEnabled(not shown)
        self.message.setText(tr(AGREED_HELP) if shown else self._keys_help())
        (self.agreed_table if shown else self.table).setFocus()

    def _keys_help(self) -> str:
        return tr(KEYS_HELP).format(n=len(self.coders))

    @property
    def disputed(self) -> tuple[Disputed, ...]:
        return self.comparison.disputed

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def current_unit(self) -> Disputed | None:
        row = self.current_row()
        return self.disputed[row] if 0 <= row < len(self.disputed) else None

    def go_to(self, row: int) -> None:
        """Makes a disagreement the current one (the first or last when `row` is beyond)."""
        if not self.disputed:
            self._show_unit(None)
            return
        row = max(0, min(row, len(self.disputed) - 1))
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show_unit(self.disputed[row])

    def _on_table_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        unit = self.current_unit() if current.isValid() else None
        self._show_unit(unit)
        if unit is not None:
            tags = Counter(a.tag_id for version in unit.versions for a in version)
            at = self.tag_box.findData(tags.most_common(1)[0][0]) if tags else -1
            if at >= 0:
                self.tag_box.setCurrentIndex(at)

    def _show_unit(self, unit: Disputed | None) -> None:
        """Each coder's version, and the consensus, in the text around the disagreement."""
        names = {t.id: t.label for t in self._controller.tags}
        if unit is None:
            for caption, pane in zip(self.captions, self.panes, strict=True):
                caption.setText("")
                pane.setPlainText("")
            self.captions[0].setText(tr("No disagreement: every passage is agreed."))
            return
        text = self._document.text
        self._excerpt_start = _word_edge(text, max(0, unit.start - AROUND), -1)
        end = _word_edge(text, min(len(text), unit.end + AROUND), 1)
        excerpt = text[self._excerpt_start : end]
        settled = consensus_in(unit, self.consensus, self.comparison)
        versions = [*unit.versions, settled]
        for n, (caption, pane, passages) in enumerate(
            zip(self.captions, self.panes, versions, strict=True)
        ):
            said = version_text(passages, unit, names)
            if n < len(self.coders):
                label = version_label(n + 1, self.coders[n])
                caption.setText(tr("{coder}: {version}").format(coder=label, version=said))
            else:
                empty = LEFT_OUT if is_left_out(unit, self.left_out) else OPEN
                shown = said if passages else tr(empty)
                caption.setText(tr("Consensus: {version}").format(version=shown))
            pane.setPlainText(excerpt)
            pane.setExtraSelections(self._highlights(pane, excerpt, unit, passages))

    def _highlights(
        self, pane: QPlainTextEdit, excerpt: str, unit: Disputed, passages: Sequence[Annotation]
    ) -> list[QTextEdit.ExtraSelection]:
        """The text around the disagreement greyed, and the version's passages in their tag's
        colour (underlined too, so that they show without colour)."""
        colours = {t.id: t.colour for t in self._controller.tags}
        utf16 = Utf16Map(excerpt)
        at = self._excerpt_start

        def selection(start: int, end: int, look: QTextCharFormat) -> QTextEdit.ExtraSelection:
            chosen = QTextEdit.ExtraSelection()
            cursor = QTextCursor(pane.document())
            cursor.setPosition(utf16.to_utf16(max(0, start - at)))
            cursor.setPosition(
                utf16.to_utf16(min(len(excerpt), end - at)), QTextCursor.MoveMode.KeepAnchor
            )
            chosen.cursor = cursor
            chosen.format = look
            return chosen

        around = QTextCharFormat()
        around.setForeground(self.palette().placeholderText())
        found = [selection(at, unit.start, around), selection(unit.end, at + len(excerpt), around)]
        for passage in passages:
            look = QTextCharFormat()
            look.setBackground(tint(colours.get(passage.tag_id, "#888888"), 2))
            look.setFontUnderline(True)
            found.append(selection(passage.start, passage.end, look))
        return found

    # ---- the curator's steps ---------------------------------------------------------------

    def take(self, number: int) -> None:
        """The consensus of the current disagreement becomes coder `number`'s version (from 1)."""
        unit = self.current_unit()
        if unit is None or not 1 <= number <= len(self.coders):
            return
        label = tr("Take {coder}'s version").format(coder=coder_label(self.coders[number - 1]))
        if not unit.versions[number - 1]:  # their version is nothing there: left out, decided
            self._run(self._left_out_command(unit), label)
            return
        command = take_version(self.comparison, unit, number - 1, self.consensus, _now())
        self._run(command, label)

    def merge(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        tag_id = self.tag_box.currentData()
        text = self._document.text
        command = merge_versions(self.comparison, unit, tag_id, text, self.consensus, _now())
        self._run(command, tr("Merge versions as {tag}").format(tag=self.tag_box.currentText()))

    def leave_out(self) -> None:
        unit = self.current_unit()
        if unit is not None:
            self._run(self._left_out_command(unit), tr("Leave out of consensus"))

    def _left_out_command(self, unit: Disputed) -> Command | None:
        document_id = self._document.id
        return leave_out(self.comparison, unit, self.consensus, document_id, self.left_out)

    def write_selection(self) -> None:
        """Tags the text selected in the consensus pane with the chosen tag, as consensus."""
        cursor = self.consensus_pane.textCursor()
        if self.current_unit() is None or not cursor.hasSelection():
            self.message.setText(tr("Select words in the consensus pane first, then press T."))
            return
        excerpt = Utf16Map(self.consensus_pane.toPlainText())
        start = self._excerpt_start + excerpt.from_utf16(cursor.selectionStart())
        end = self._excerpt_start + excerpt.from_utf16(cursor.selectionEnd())
        tag_id = self.tag_box.currentData()
        made = written(self._document.id, self._document.text, start, end, tag_id, _now())
        command = AddAnnotation(made) if made is not None else None
        self._run(command, tr("Tag as {tag} in consensus").format(tag=self.tag_box.currentText()))

    def accept_all_agreed(self) -> None:
        command = accept_agreed(self.comparison, self.consensus, _now())
        self._run(command, tr("Accept all agreed passages"))

    def _run(self, command: Command | None, text: str) -> None:
        if command is None:
            self.message.setText(tr("The consensus holds that already: nothing changed."))
            return
        self.message.setText(self._keys_help())
        self._controller.curate(command, text)


def _word_edge(text: str, at: int, step: int) -> int:
    """`at` moved outwards (step -1 back, 1 on) to the nearest space, at most 30 characters."""
    for _ in range(30):
        if at <= 0 or at >= len(text) or text[at - 1].isspace():
            return max(0, min(at, len(text)))
        at += step
    return at


def _now() -> datetime:
    return datetime.now(UTC)
