"""The window's one way to the library: runs commands through the undo stack, emits what changed.

LibraryController is made of parts, each a module of what it does: controller_passages,
controller_codebook, controller_library, controller_preferences, controller_suggestions and
outside_changes. This module holds its state and signals, opening documents, backups, and the
one path every change takes: a command, or an operation's change record
(core.commands.Applied), becomes an undo step here, and only here turns into the signals the
window refreshes from (_announce)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Generator
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from readmark.core.command_apply import apply
from readmark.core.command_words import describe
from readmark.core.commands import NOTHING_TO_UNDO, Applied, Command
from readmark.core.document_labels import DOCUMENT_LABELS_SETTING
from readmark.core.duplicates import near_duplicates_in_steps
from readmark.core.links import Link
from readmark.core.model import Annotation, Document, DocumentSummary, Tag
from readmark.core.opened_passages import OpenedPassages
from readmark.core.steps import run_to_end
from readmark.services.own_connection import own_connection
from readmark.store.backup import BACKUP_FOLDER, Backup, list_backups, restore_backup
from readmark.store.database import open_library, plain_reason
from readmark.store.repository import LibraryRepository, NotFoundError
from readmark.store.schema import LAST_DOCUMENT_KEY, RECENT_KEY
from readmark.ui.background_work import Finished, run_on_thread
from readmark.ui.controller_codebook import CodebookPart
from readmark.ui.controller_library import LibraryPart
from readmark.ui.controller_passages import PassagesPart
from readmark.ui.controller_preferences import PreferencesPart
from readmark.ui.controller_suggestions import ShownSuggestion as ShownSuggestion
from readmark.ui.controller_suggestions import SuggestionsPart
from readmark.ui.cycle_collector import LONG_LIVED_BULK, keep_out_of_collections
from readmark.ui.outside_changes import Arrivals as Arrivals
from readmark.ui.outside_changes import OutsideChangesPart
from readmark.ui.suggestion_decisions import DecisionCommand, Learning
from readmark.ui.translation import tr

MAX_RECENT = 10
T = TypeVar("T")


class LibraryRefusedError(Exception):
    """The library could not do what was asked (locked, full, read-only, or a document gone
    meanwhile); str() says why, as a reader says it."""


class LibraryController(
    PassagesPart,
    CodebookPart,
    SuggestionsPart,
    LibraryPart,
    OutsideChangesPart,
    PreferencesPart,
    QObject,
):
    # Objects, not lists: PySide copies a list argument into a QVariantList for every receiver.
    document_opened = Signal(object, object)  # Document, the OpenedPassages shown of it
    documents_changed = Signal()
    annotation_added = Signal(object)
    annotation_removed = Signal(object)
    annotation_changed = Signal(object)
    failed = Signal(str)
    folding_changed = Signal(object)  # the Document, with its folded blocks
    document_closed = Signal()  # the open document went and none is left to show
    tags_changed = Signal()  # the codebook changed: controller.tags holds the new one
    coders_changed = Signal()  # the user's name, or the coders shown, changed
    # Passages of the open document another program changed (a sync, a second window): the
    # window shows them in place, with the reader's place, selection and undo steps kept.
    annotations_arrived = Signal(object)  # an Arrivals
    links_changed = Signal()  # controller.links holds the open document's links anew
    document_labels_changed = Signal()  # the document labels' codebook (document_labels)
    # A decision on suggestions was undone or redone: what is suggested may differ.
    suggestions_changed = Signal()

    def __init__(
        self, repository: LibraryRepository, library: Path, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._repository = repository
        self.undo_stack = QUndoStack(self)
        self.tags: list[Tag] = repository.tags()
        self.document: Document | None = None
        self.links: list[Link] = []  # those touching the open document's passages
        self.shown_coders: frozenset[str] | None = None  # None: every coder's annotations
        self._coder = repository.coder()  # read once: every new annotation needs it
        # The last repeats found: for which document (id and content hash), and where.
        self._known_repeats: tuple[tuple[int, str], list[int]] | None = None
        # The document whose passages are being read on a thread (see open_document).
        self.opening: Document | None = None
        self._passage_changes = 0  # passages this window added, removed or changed
        for changed in (self.annotation_added, self.annotation_removed, self.annotation_changed):
            changed.connect(self._count_passage_change)

    @property
    def repository(self) -> LibraryRepository:
        """The library's store, for reading what the window shows. It is replaced when a
        backup is restored: ask for it each time, keep no copy. Library-wide work of a
        service goes through query, changes through operations (see record)."""
        return self._repository

    def query(self, work: Callable[[LibraryRepository], T]) -> T:
        """Runs a service's work on the library (an export, the classroom's reading and
        remembering) and returns what it gives; the store's refusals come as LibraryRefusedError."""
        try:
            return work(self._repository)
        except (SQLAlchemyError, NotFoundError, sqlite3.Error) as error:
            raise LibraryRefusedError(plain_reason(error)) from error

    def query_apart(self, work: Callable[[LibraryRepository], T]) -> T:
        """As query, on a connection of its own: for work on another thread (see
        ui.background_work). Touches nothing of the controller's but the library's path."""
        try:
            with own_connection(self.library) as library:
                return work(library)
        except (SQLAlchemyError, NotFoundError, sqlite3.Error) as error:
            raise LibraryRefusedError(plain_reason(error)) from error

    def tag(self, tag_id: int) -> Tag:
        return next(t for t in self.tags if t.id == tag_id)

    # Documents

    def documents(self) -> list[DocumentSummary]:
        return self._repository.documents()

    def open_document(
        self, document_id: int, held: Document | None = None, in_background: bool = False
    ) -> None:
        """Opens a document; `held` is a copy the window shows already (see
        LibraryRepository.document). `in_background`: the document and its passages are read
        on a thread (a book may hold a hundred thousand, and 17,000 blocks), the window going
        on meanwhile with `held` standing in, and document_opened comes once they are in;
        `opening` holds the document until then."""
        self.opening = None
        try:
            if in_background and held is not None and held.id == document_id:
                document = held  # until the thread's read of it comes in
            else:
                document = self._repository.document(document_id, held)
        except NotFoundError as error:
            self.failed.emit(str(error))
            return
        self.document = document
        recent = [document_id, *(i for i in self.recent_document_ids() if i != document_id)]
        with self._repository.batch():  # one write transaction, not one per setting
            self._repository.set_setting(LAST_DOCUMENT_KEY, str(document_id))
            self._repository.set_setting(RECENT_KEY, json.dumps(recent[:MAX_RECENT]))
        if in_background:
            self._open_in_background(document)
        else:
            self._opened(document, self._shown_passages(document.id))

    def _shown_passages(self, document_id: int) -> OpenedPassages:
        shown = self._repository.annotations(document_id, as_shown=True)
        if self.shown_coders is not None:
            shown = [a for a in shown if self._shown(a)]
        passages = OpenedPassages.of(shown)
        if len(shown) >= LONG_LIVED_BULK:
            keep_out_of_collections()  # they live as long as the document is open
        return passages

    def _opened(self, document: Document, shown: OpenedPassages) -> None:
        self.links = self._repository.links(document_id=document.id)
        self.document_opened.emit(document, shown)

    def _open_in_background(self, opening: Document) -> None:
        """Reads the document and its passages, and works out what the window derives from
        them, on a thread (a coders filter set meanwhile opens the document again, which
        supersedes this)."""
        self.opening = opening
        changes = self._passage_changes

        def read() -> tuple[Document, OpenedPassages]:
            document = self._repository.document(opening.id, opening)  # its text lent
            return document, self._shown_passages(opening.id)

        def done(found: Finished[tuple[Document, OpenedPassages]]) -> None:
            if self.opening is not opening:
                return  # another document opened meanwhile, and said so itself
            self.opening = None
            if found.value is None or self._passage_changes != changes:
                # Failed there (read here, where the error reaches the user as ever), or the
                # window changed a passage meanwhile, which the thread may not have seen.
                try:
                    found = Finished(read())
                except NotFoundError:
                    self._document_gone()  # deleted elsewhere since the first look
                    return
            assert found.value is not None
            document, shown = found.value
            if self.document is opening:  # not replaced meanwhile (by a choice about repeats)
                self.document = document
            assert self.document is not None
            self._opened(self.document, shown)

        run_on_thread(read, done, self, "readmark-open")

    def _count_passage_change(self, _annotation: Annotation) -> None:
        self._passage_changes += 1

    def open_last_document(self, held: Document | None = None, in_background: bool = False) -> bool:
        last = self._repository.setting(LAST_DOCUMENT_KEY)
        known = {d.id for d in self.documents()}
        if last is None or int(last) not in known:
            if not known:
                return False
            last = str(min(known))
        self.open_document(int(last), held, in_background)
        return True

    def backups(self) -> list[Backup]:
        return list_backups(self.library)

    @property
    def backup_folder(self) -> Path:
        return self.library.parent / BACKUP_FOLDER

    def restore_backup(self, backup: Backup) -> bool:
        """Puts a backup in the library's place (the current one is kept beside it) and shows
        it; False, with the reason reported, if the backup could not be used."""
        self._repository.dispose()
        try:
            restore_backup(backup.path, self.library)
        except (OSError, sqlite3.DatabaseError) as error:
            self.failed.emit(tr("The backup was not restored: {error}").format(error=error))
            return False
        finally:
            self._repository = LibraryRepository(open_library(self.library))
        self.undo_stack.clear()  # its commands refer to the library as it was
        self.tags = self._repository.tags()
        self.document = None
        self.documents_changed.emit()
        self.open_last_document()
        return True

    def repeats(self) -> list[int]:
        """Indexes of the open document's blocks that repeat a neighbour."""
        return run_to_end(self.repeats_in_steps())

    def repeats_in_steps(self) -> Generator[None, None, list[int]]:
        """repeats(), pausing between steps, for a window to run between paints, so that a
        book's check never holds the window still. What it finds is kept, for the same document
        and text, until another is checked."""
        document = self.document
        if document is None:
            return []
        key = (document.id, document.content_hash)
        if self._known_repeats is not None and self._known_repeats[0] == key:
            return self._known_repeats[1]
        found = yield from near_duplicates_in_steps(document.text, list(document.blocks))
        self._known_repeats = (key, found)
        return found

    def fold_repeats(self, fold: bool) -> None:
        """Records the reader's choice about the repeats (folded or shown) and shows it."""
        if self.document is None:
            return
        folded = tuple(self.repeats()) if fold else ()
        self.document = self._repository.set_folded_blocks(self.document.id, folded)
        self.folding_changed.emit(self.document)

    def note_repeats_offered(self) -> None:
        """The offer to fold the repeats was made: until the reader folds them, the document
        stays as it is, and the offer is not made again on the next visit."""
        if self.document is not None and self.document.folded_blocks is None:
            # A store refusing writes (or a damaged row) is reported on the reader's next
            # change; here it only means the offer comes again next time.
            with suppress(SQLAlchemyError, NotFoundError):
                self.document = self._repository.set_folded_blocks(self.document.id, ())

    def _document_gone(self) -> None:
        """The open document is no longer in the library: shows the last one opened, if any."""
        self.document = None
        if not self.open_last_document():
            self.document_closed.emit()

    def record(self, applied: Applied, text: str) -> None:
        """Shows a change an operation has made already (an import, in one transaction) and
        puts it on the undo stack as one step named `text`: its inverse takes it back."""
        self._announce(applied)
        # Made through a connection of its own (see query_apart): no outside change to report.
        self._repository.changed_elsewhere()
        if applied.inverse != NOTHING_TO_UNDO:
            self.undo_stack.push(_StoreCommand(self, applied.inverse, text, done=True))

    def refresh_tags(self) -> None:
        """Reads the codebook afresh (after a change made outside the undo stack's commands)."""
        self.tags = self._repository.tags()
        self.tags_changed.emit()

    def _push(self, command: Command, text: str = "") -> bool:
        """Runs a command through the undo stack (named `text`, or as `describe` words it);
        False if the store refused it."""
        names = {t.id: t.name for t in self.tags}
        undoable = _StoreCommand(self, command, text or describe(command, names))
        self.undo_stack.push(undoable)
        return not undoable.refused

    def _push_decision(self, text: str, learning: Learning, tagged: Command | None) -> None:
        """Pushes a decision on suggestions as one undo step (see DecisionCommand): what the
        suggester learned from it, and `tagged`, the passages it tags."""
        step = None if tagged is None else _StoreCommand(self, tagged, text)
        self.undo_stack.push(DecisionCommand(text, learning, self.suggestions_changed.emit, step))

    def execute(self, command: Command) -> Applied | None:
        """Applies a command to the store and announces the change; None if the store refused."""
        try:
            applied = apply(command, self._repository)
        except (SQLAlchemyError, NotFoundError) as error:
            self.failed.emit(
                tr(
                    "The change was not saved, so it was not made: {reason}. Nothing else was "
                    "changed; try again once that is put right."
                ).format(reason=plain_reason(error))
            )
            return None
        return self._announce(applied)

    def _announce(self, applied: Applied) -> Applied:
        """Turns a change record into the signals the window refreshes from."""
        signals = {
            "added": self.annotation_added,
            "removed": self.annotation_removed,
            "changed": self.annotation_changed,
        }
        if applied.tags_changed:
            self.refresh_tags()
        current = self.document.id if self.document is not None else None
        if applied.labelled_document is not None:
            if self.document is not None and applied.labelled_document == current:
                self.document = self._repository.document(current, self.document)
            self.documents_changed.emit()
        if DOCUMENT_LABELS_SETTING in applied.settings_changed:
            if self.document is not None and current is not None:
                self.document = self._repository.document(current, self.document)
            self.document_labels_changed.emit()
        if applied.links_changed and current is not None:
            self.links = self._repository.links(document_id=current)
            self.links_changed.emit()
        elsewhere = {c.annotation.document_id for c in applied.changes} - {current}
        if applied.removed_document is not None:
            self.documents_changed.emit()
            # A batch (an import undone) may remove several, and change the shown one's passages.
            if current is not None and current not in {s.id for s in self.documents()}:
                self._document_gone()
                return applied
        if applied.restored_document is not None:
            self.documents_changed.emit()
            self.open_document(applied.restored_document.id)
            return applied
        if applied.touched_documents:
            self.documents_changed.emit()
            touched = applied.touched_documents
            self.open_document(current if current in touched else touched[0])
            return applied
        if elsewhere:
            # Undo reached back into another document: show it, with the change in place.
            self.open_document(min(elsewhere))
        else:
            for change in applied.changes:
                if self._shown(change.annotation):
                    signals[change.kind].emit(change.annotation)
        return applied


class _StoreCommand(QUndoCommand):
    """Holds one command; each redo or undo applies it and keeps the inverse for the next."""

    def __init__(
        self, controller: LibraryController, command: Command, text: str, done: bool = False
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._next = command
        self.refused = False
        self._done = done  # made already: the first redo, on push, has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
        else:
            self._run()

    def undo(self) -> None:
        self._run()

    def _run(self) -> None:
        applied = self._controller.execute(self._next)
        if applied is None:
            self.refused = True
            self.setObsolete(True)  # the store is unchanged, so the stack must forget this step
        else:
            self._next = applied.inverse
