"""The links of the chosen passage, under its note: which passages support or contradict it,
which quotes are the same speaker's. Enter (or Alt+L from the list) follows a link; "Link to…"
(Ctrl+Shift+L) makes one, with the keys alone."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from readmark.core.links import LINK_CHOICES, Link, LinkChoice, SeenLink, seen_from
from readmark.core.model import Annotation
from readmark.ui.annotation_model import AnnotationTableModel
from readmark.ui.colours import tag_icon
from readmark.ui.controller import LibraryController
from readmark.ui.translation import tr

# How much of a linked passage a row shows.
SHOWN_WORDS = 90
# How a link reads on screen, for the catalogues (core/links.py words it, in English, for
# exports, where the words stay as they are).
LINK_WORDS_SHOWN = {
    "supports": QT_TRANSLATE_NOOP("", "supports"),
    "contradicts": QT_TRANSLATE_NOOP("", "contradicts"),
    "same speaker as": QT_TRANSLATE_NOOP("", "same speaker as"),
    "related to": QT_TRANSLATE_NOOP("", "related to"),
    "supported by": QT_TRANSLATE_NOOP("", "supported by"),
    "contradicted by": QT_TRANSLATE_NOOP("", "contradicted by"),
}


def shown_words(model: AnnotationTableModel, annotation: Annotation) -> str:
    """A linked passage's words on one line, cut at SHOWN_WORDS."""
    words = " ".join(model.passage(annotation, SHOWN_WORDS + 1).split())
    return words[:SHOWN_WORDS] + ("…" if len(words) > SHOWN_WORDS else "")


class LinksPane(QWidget):
    follow_requested = Signal(object)  # the Annotation at a link's other end

    def __init__(
        self,
        controller: LibraryController,
        model: AnnotationTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = model
        self._annotation: Annotation | None = None

        self.heading = QLabel(tr("Links"), self)
        self.heading.setStyleSheet("font-weight: bold;")
        self.link_button = QToolButton(self)
        self.link_button.setAutoRaise(True)
        self.link_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+Shift+L is its key
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Links"))
        # A linked passage's words wrap within the pane rather than run off its side.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._follow_item)

        self.link_action = QAction(tr("Lin&k to…"), self)
        self.link_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.link_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.link_action.setToolTip(tr("Link this passage to another (Ctrl+Shift+L)"))
        self.link_action.setIconText(tr("Link to…"))
        self.link_action.triggered.connect(self.link_to)
        self.link_button.setDefaultAction(self.link_action)
        self.follow_action = QAction(tr("&Follow Link"), self)
        self.follow_action.setShortcut(QKeySequence("Alt+L"))
        self.follow_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.follow_action.triggered.connect(self.follow)
        self.unlink_action = QAction(tr("&Remove Link"), self)
        self.unlink_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.unlink_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.unlink_action.triggered.connect(self.unlink_chosen)
        self.list.addAction(self.unlink_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addAction(self.follow_action)
        self.addAction(self.link_action)
        self.addAction(self.follow_action)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

        controller.links_changed.connect(self.refresh)
        controller.annotation_changed.connect(self._on_passage_changed)
        self.show_annotation(None)

    @property
    def seen(self) -> list[SeenLink]:
        """The chosen passage's links as the list shows them, whose other end is listed."""
        return [seen for seen, _ in self._seen_with_others()]

    def _seen_with_others(self) -> list[tuple[SeenLink, Annotation]]:
        """`seen`, each with its other passage. Most passages have no link: for them, a move in
        the list does not look through the document's passages."""
        if self._annotation is None:
            return []
        links = seen_from(self._annotation.id, self._controller.links)
        wanted = {seen.other_id for seen in links}
        if not wanted:
            return []
        by_id = {a.id: a for a in self._model.annotations if a.id in wanted}
        return [(seen, by_id[seen.other_id]) for seen in links if seen.other_id in by_id]

    def show_annotation(self, annotation: Annotation | None) -> None:
        self._annotation = annotation
        self.link_action.setEnabled(annotation is not None)
        self.refresh()

    def refresh(self) -> None:
        chosen = self.list.currentRow()
        self.list.clear()
        for seen, other in self._seen_with_others():
            tag = self._controller.tag(other.tag_id)
            shown = shown_words(self._model, other)
            relation = tr(LINK_WORDS_SHOWN.get(seen.words, seen.words))
            item = QListWidgetItem(tag_icon(tag.colour), f"{relation}: “{shown}”")
            item.setData(Qt.ItemDataRole.UserRole, seen)
            item.setToolTip(
                tr("{relation}: this {name}. Enter goes to it.").format(
                    relation=relation[:1].upper() + relation[1:], name=tag.name
                )
            )
            self.list.addItem(item)
        count = self.list.count()
        self.heading.setText(tr("Links {count}").format(count=count) if count else tr("Links"))
        self.follow_action.setEnabled(count > 0)
        # Tab stops at the list only when it has links to follow; without, only the heading
        # and its button show, leaving the room to the note.
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus if count else Qt.FocusPolicy.NoFocus)
        self.list.setVisible(count > 0)
        if count:
            self.list.setCurrentRow(min(max(chosen, 0), count - 1))

    def follow(self) -> None:
        """Moves the reader to the chosen link's other passage (the first, if none chosen)."""
        item = self.list.currentItem() or self.list.item(0)
        if item is not None:
            self._follow_item(item)

    def unlink_chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            seen: SeenLink = item.data(Qt.ItemDataRole.UserRole)
            self._controller.unlink([seen.link])

    def link_to(self) -> None:
        """Asks which passage to link the chosen one to, and how."""
        if self._annotation is not None:
            link_by_dialog(self._controller, self._model, self._annotation, self.window())

    def _follow_item(self, item: QListWidgetItem) -> None:
        seen: SeenLink = item.data(Qt.ItemDataRole.UserRole)
        other = next((a for a in self._model.annotations if a.id == seen.other_id), None)
        if other is not None:
            self.follow_requested.emit(other)

    def _on_passage_changed(self, annotation: Annotation) -> None:
        if self._annotation is not None and annotation.id == self._annotation.id:
            self._annotation = annotation
        self.refresh()  # a linked passage's tag or words may show differently


def link_by_dialog(
    controller: LibraryController,
    model: AnnotationTableModel,
    current: Annotation,
    parent: QWidget,
    choices: Sequence[LinkChoice] = LINK_CHOICES,
    title: str = "",
) -> None:
    """Asks which passage to link `current` to, and which of `choices`, then links them as
    one undoable step."""
    others = [a for a in model.annotations if a.id != current.id and not a.orphaned]
    if not others:
        controller.failed.emit(tr("Tag another passage first: a link joins two passages."))
        return
    dialog = LinkDialog(controller, model, current, others, parent, choices)
    if title:
        dialog.setWindowTitle(title)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
        controller.link([dialog.chosen])


class LinkDialog(QDialog):
    """How the passage links (supports, supported by, …) and to which: typing filters the
    passages, the arrows choose, Enter links."""

    def __init__(
        self,
        controller: LibraryController,
        model: AnnotationTableModel,
        current: Annotation,
        others: list[Annotation],
        parent: QWidget | None = None,
        choices: Sequence[LinkChoice] = LINK_CHOICES,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Link to Another Passage"))
        self._current = current
        self._choices = tuple(choices)
        self.chosen: Link | None = None
        words = " ".join(model.passage(current, SHOWN_WORDS + 1).split())[:SHOWN_WORDS]
        intro = QLabel(
            tr("This {name}, “{words}”,").format(
                name=controller.tag(current.tag_id).name, words=words
            ),
            self,
        )
        intro.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("How it links"))
        for choice in self._choices:
            self.kind.addItem(tr(LINK_WORDS_SHOWN.get(choice.words, choice.words)), choice)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(tr("Type to find the passage"))
        self.filter.setAccessibleName(tr("Find passage"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_passages)
        self.filter.installEventFilter(self)
        self.passages = QListWidget(self)
        self.passages.setAccessibleName(tr("Passages"))
        for other in others:
            tag = controller.tag(other.tag_id)
            text = " ".join(model.passage(other, 200).split())
            item = QListWidgetItem(tag_icon(tag.colour), f"{tag.name}: {text}")
            item.setData(Qt.ItemDataRole.UserRole, other)
            self.passages.addItem(item)
        self.passages.setCurrentRow(0)
        self.passages.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.kind)
        layout.addWidget(self.filter)
        layout.addWidget(self.passages, 1)
        layout.addWidget(buttons)
        self.resize(520, 380)
        self.kind.setFocus()

    def choose(self, choice: LinkChoice) -> None:
        self.kind.setCurrentIndex(self._choices.index(choice))

    def accept(self) -> None:
        item = self.passages.currentItem()
        if item is None or item.isHidden():
            return
        choice: LinkChoice = self.kind.currentData()
        other: Annotation = item.data(Qt.ItemDataRole.UserRole)
        self.chosen = choice.link(self._current.id, other.id)
        super().accept()

    def _filter_passages(self, typed: str) -> None:
        wanted = typed.casefold().split()
        first = None
        for row in range(self.passages.count()):
            item = self.passages.item(row)
            shown = all(word in item.text().casefold() for word in wanted)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.passages.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.passages.setCurrentItem(first)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 (Qt override)
        # Up and Down in the filter move through the passages, so the keys never leave it.
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            QApplication.sendEvent(self.passages, event)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
