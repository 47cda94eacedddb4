"""The window's one way to the library: runs commands through the undo stack, emits what changed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from readmark.core.anchoring import anchor_selection, anchored_annotation
from readmark.core.command_apply import apply
from readmark.core.command_words import describe
from readmark.core.commands import (
    NOTHING_TO_UNDO,
    AddAnnotation,
    AddLinks,
    AddTag,
    Applied,
    Batch,
    Command,
    EditFields,
    EditNote,
    GiveReason,
    ImportCodebook,
    LabelDocument,
    RemoveAnnotation,
    RemoveDocument,
    RemoveLinks,
    RemoveTag,
    Retag,
    UpdateTag,
)
from readmark.core.document_labels import (
    DOCUMENT_LABELS_SETTING,
    DocumentLabel,
    codebook_change,
    decode_labels,
)
from readmark.core.duplicates import near_duplicates_in_steps
from readmark.core.fields import SPEAKER, with_value
from readmark.core.links import Link
from readmark.core.model import (
    Annotation,
    Article,
    Document,
    DocumentSummary,
    Tag,
    TagSpec,
)
from readmark.core.passage_sums import passage_sums
from readmark.core.pdf_ocr import PageProgress
from readmark.core.presets import Preset, additions_text, preset_additions
from readmark.core.steps import run_to_end
from readmark.core.suggestion_learning import Tally, cue_of, decode, encode, recorded
from readmark.services.documents import (
    ImportOutcome,
    Progress,
    Revision,
    SearchHit,
    comments_wanted,
    import_address,
    import_changes,
    import_files,
    import_locked,
    import_step_name,
    search_in_steps,
    search_library,
    update_document,
)
from readmark.services.own_connection import own_connection
from readmark.store.backup import BACKUP_FOLDER, Backup, list_backups, restore_backup
from readmark.store.database import open_library, plain_reason
from readmark.store.repository import LibraryRepository, NotFoundError
from readmark.store.schema import (
    CODER_SETTING,
    COMMENTS_SETTING,
    LAST_DOCUMENT_KEY,
    LEARNED_KEY,
    RECENT_KEY,
    UNDERLINE_KEY,
)
from readmark.ui.background_work import Finished, run_on_thread
from readmark.ui.suggestion_decisions import DecisionCommand
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.core.model import CodeEntry

MAX_RECENT = 10


@dataclass(frozen=True)
class ShownSuggestion:
    """A suggested passage, with its tag resolved to one of the library's tags."""

    tag_id: int
    start: int
    end: int
    exact: str
    reason: str
    speaker: str
    cue: str = ""  # the kind of evidence, which the reader's decisions teach (suggestion_learning)


SUGGESTION_ORIGIN = "suggestion"
T = TypeVar("T")


class LibraryRefusedError(Exception):
    """The library could not do what was asked (locked, full, read-only, or a document gone
    meanwhile); str() says why, as a reader says it."""


class LibraryController(QObject):
    document_opened = Signal(object, list)  # Document, its annotations in reading order
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

    # Coders

    @property
    def coder(self) -> str:
        """The name the user's new annotations are made under."""
        return self._coder

    @property
    def coder_chosen(self) -> bool:
        """Whether the user has given their name (else it is their login name)."""
        return self._repository.setting(CODER_SETTING) is not None

    def set_coder(self, name: str) -> None:
        """Makes new annotations under `name`; those already made keep the name they have."""
        name = " ".join(name.split())
        if not name or (name == self.coder and self.coder_chosen):
            return
        self._repository.set_coder(name)
        self._coder = name
        if self.shown_coders is not None:
            self.shown_coders |= {name}
        self.coders_changed.emit()

    def coders(self) -> list[str]:
        """Everyone who has annotations in the library, and the user, by name."""
        return sorted(set(self._repository.coders()) | {self.coder}, key=str.casefold)

    def show_coders(self, coders: frozenset[str] | None) -> None:
        """Shows the annotations of `coders` only (None: everyone's) in the reader and panel."""
        self.shown_coders = coders
        self.coders_changed.emit()
        if self.document is not None:
            self.open_document(self.document.id)

    def coded_documents(self) -> tuple[list[Document], list[Annotation]]:
        """The documents someone has tagged, and every annotation in them, whoever made it."""
        documents, annotations = [], []
        for summary in self._repository.documents():
            if summary.annotation_count:
                documents.append(self._repository.document(summary.id))
                annotations.extend(self._repository.annotations(summary.id))
        return documents, annotations

    def _shown(self, annotation: Annotation) -> bool:
        return self.shown_coders is None or annotation.coder in self.shown_coders

    def show_own_work(self) -> None:
        """Tagging while one's own annotations are hidden would tag out of sight: show them."""
        if self.shown_coders is not None and self.coder not in self.shown_coders:
            self.show_coders(self.shown_coders | {self.coder})

    def tag(self, tag_id: int) -> Tag:
        return next(t for t in self.tags if t.id == tag_id)

    # Documents

    def documents(self) -> list[DocumentSummary]:
        return self._repository.documents()

    def open_document(
        self, document_id: int, held: Document | None = None, in_background: bool = False
    ) -> None:
        """Opens a document; `held` is a copy the window shows already (see
        LibraryRepository.document). `in_background`: its passages are read on a thread (a
        book's 100,000 take a second or more), the window going on meanwhile, and
        document_opened comes once they are in; `opening` holds the document until then."""
        self.opening = None
        try:
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
            self._opened(document, self._repository.annotations(document_id, as_shown=True))

    def _opened(self, document: Document, shown: list[Annotation]) -> None:
        if self.shown_coders is not None:
            shown = [a for a in shown if self._shown(a)]
        self.links = self._repository.links(document_id=document.id)
        self.document_opened.emit(document, shown)

    def _open_in_background(self, document: Document) -> None:
        self.opening = document
        changes = self._passage_changes

        def read() -> list[Annotation]:
            return self._repository.annotations(document.id, as_shown=True)

        def done(found: Finished[list[Annotation]]) -> None:
            if self.opening is not document:
                return  # another document opened meanwhile, and said so itself
            self.opening = None
            shown = found.value
            if shown is None or self._passage_changes != changes:
                # Failed there (read here, where the error reaches the user as ever), or the
                # window changed a passage meanwhile, which the thread may not have seen.
                shown = read()
            self._opened(document, shown)

        run_on_thread(read, done, self, "readmark-open")

    def _count_passage_change(self, _annotation: Annotation) -> None:
        self._passage_changes += 1

    def check_outside_changes(self, shown: Sequence[Annotation]) -> None:
        """Lists the documents again if another program or window changed the library, and
        announces how the open document's passages differ from `shown` (what the window shows).
        The app's own writes count as changes too (see ChangeWatch): then nothing differs."""
        document_id = self.outside_changes()
        if document_id is not None:
            sums = self.passage_sums(document_id, self.shown_coders)
            self.compare_passages(document_id, shown, passage_sums(shown), sums)

    def passage_sums(self, document_id: int, coders: frozenset[str] | None) -> tuple[int, ...]:
        """The stored passages' sums (LibraryRepository.annotation_fingerprint); safe to call
        from another thread, which reads through a connection of its own."""
        return self._repository.annotation_fingerprint(document_id, coders)

    def outside_changes(self) -> int | None:
        """check_outside_changes up to the passages: the open document's id when the library
        changed and its passages may have too, for compare_passages with the stored sums
        (LibraryRepository.annotation_fingerprint, which may be read on another thread).
        While a document's passages are read (`opening`), nothing is asked: the read will
        hold what changed, and a change after it shows at the next check."""
        if self.opening is not None or not self._repository.changed_elsewhere():
            return None
        self.documents_changed.emit()
        if self._repository.tags() != self.tags:  # a lead's codebook came with a sync
            self.refresh_tags()
        current = self.document
        if current is None:
            return None
        if current.id not in {s.id for s in self.documents()}:  # a lead removed it
            self.document = None
            if not self.open_last_document():
                self.document_closed.emit()
            return None
        return current.id

    def compare_passages(
        self,
        document_id: int,
        shown: Sequence[Annotation],
        shown_sums: tuple[int, ...],
        stored_sums: tuple[int, ...],
    ) -> None:
        """Announces how the stored passages differ from `shown` (whose passage_sums are
        `shown_sums`), if their sums differ."""
        current = self.document
        # The app's own writes leave the sums as the window's: nothing to read again.
        if current is None or current.id != document_id or stored_sums == shown_sums:
            return
        stored = [
            a for a in self._repository.annotations(current.id, as_shown=True) if self._shown(a)
        ]
        arrivals = arrivals_between(shown, stored)
        if arrivals:
            self.annotations_arrived.emit(arrivals)

    def recent_document_ids(self) -> list[int]:
        """The documents opened lately, the latest first."""
        stored = self._repository.setting(RECENT_KEY)
        return [int(i) for i in json.loads(stored)] if stored else []

    def open_last_document(self, held: Document | None = None, in_background: bool = False) -> bool:
        last = self._repository.setting(LAST_DOCUMENT_KEY)
        known = {d.id for d in self.documents()}
        if last is None or int(last) not in known:
            if not known:
                return False
            last = str(min(known))
        self.open_document(int(last), held, in_background)
        return True

    def import_files(
        self, paths: list[Path], progress: Progress | None = None
    ) -> list[ImportOutcome]:
        """Adds the files (and those in folders) and opens the last one read; a file already
        there opens its document."""
        return self.show_imported(self.read_files(paths, progress))

    def read_files(
        self, paths: list[Path], progress: Progress | None = None
    ) -> list[ImportOutcome]:
        """The import part of import_files, on a connection of its own (for a thread of its
        own: see ui.background_work); show_imported then shows what it did."""

        def read(library: LibraryRepository) -> list[ImportOutcome]:
            comments = comments_wanted(library)
            return import_files(library, paths, progress, comments=comments)

        return self.query_apart(read)

    def import_locked(
        self,
        path: Path,
        password: str | None,
        *,
        ocr: bool = False,
        pages: PageProgress | None = None,
    ) -> ImportOutcome:
        """Adds a file locked with a password (a PDF), opened with `password`, or a scanned PDF
        read by text recognition where `ocr`; and opens it."""
        outcome = self.read_locked(path, password, ocr=ocr, pages=pages)
        return self.show_imported([outcome])[0]

    def read_locked(
        self,
        path: Path,
        password: str | None,
        *,
        ocr: bool = False,
        pages: PageProgress | None = None,
        ocr_language: str | None = None,
    ) -> ImportOutcome:
        """The import part of import_locked, on a connection of its own, as read_files; scans
        read in `ocr_language` (else the article's or the system's)."""

        def read(library: LibraryRepository) -> ImportOutcome:
            return import_locked(
                library,
                path,
                password,
                comments=comments_wanted(library),
                ocr=ocr,
                pages=pages,
                ocr_language=ocr_language,
            )

        return self.query_apart(read)

    def comments_wanted(self) -> bool:
        """Whether imports bring a file's comments in as annotations."""
        return comments_wanted(self._repository)

    def want_comments(self, wanted: bool) -> None:
        self._repository.set_setting(COMMENTS_SETTING, "1" if wanted else "0")

    def import_address(self, address: str) -> ImportOutcome:
        """Adds the page at a web address, fetched once, and opens it."""
        return self.show_imported([import_address(self._repository, address)])[0]

    def show_imported(self, outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
        """Shows what an import did, and makes it one undo step."""
        self.record(import_changes(outcomes), import_step_name(outcomes))
        return outcomes

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
            self.failed.emit(f"The backup was not restored: {error}")
            return False
        finally:
            self._repository = LibraryRepository(open_library(self.library))
        self.undo_stack.clear()  # its commands refer to the library as it was
        self.tags = self._repository.tags()
        self.document = None
        self.documents_changed.emit()
        self.open_last_document()
        return True

    def update_document(self, previous: Document, article: Article) -> Revision:
        """Puts a new version of a document in place, its annotations moved with their
        passages (or kept as orphaned), and shows it: one undo step brings the previous
        version back with its annotations."""
        revision = update_document(self._repository, previous, article)
        self.record(revision.applied, tr("Update “{title}”").format(title=previous.title))
        return revision

    def annotation_count(self, document_id: int) -> int:
        return sum(self.tag_counts_of(document_id).values())

    def tag_counts_of(self, document_id: int, coder: str | None = None) -> dict[int, int]:
        """How many passages of each tag the document has (only `coder`'s, if given)."""
        return self._repository.tag_counts(document_id, coder).get(document_id, {})

    def tag_counts(self) -> dict[int, dict[int, int]]:
        return self._repository.tag_counts()

    def search(self, query: str) -> list[SearchHit]:
        return search_library(self._repository, query)

    def search_in_steps(self, query: str) -> Iterator[list[SearchHit]]:
        """search(), a text or a batch of notes a step, each step's hits as it yields them."""
        return search_in_steps(self._repository, query)

    def repeats(self) -> list[int]:
        """Indexes of the open document's blocks that repeat a neighbour."""
        return run_to_end(self.repeats_in_steps())

    def repeats_in_steps(self) -> Generator[None, None, list[int]]:
        """repeats(), pausing between steps, for a window to run between paints (a book's
        check takes a good part of a second). What it finds is kept, for the same document
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

    def add_article(self, article: Article) -> Document:
        """Adds an article made in the app (a paste) and opens it."""
        document, created = self._repository.add_article(article)
        if created:
            self.documents_changed.emit()
        self.open_document(document.id)
        return document

    def setting(self, key: str) -> str | None:
        return self._repository.setting(key)

    def set_setting(self, key: str, value: str) -> None:
        self._repository.set_setting(key, value)

    def tag_underlines(self) -> dict[int, str]:
        """Each tag's underline in the reader ("solid", "dotted", "wavy"), where it has one:
        highlights told apart by more than their colour."""
        styles = {t.id: self.setting(f"{UNDERLINE_KEY}.{t.id}") or "none" for t in self.tags}
        return {tag_id: style for tag_id, style in styles.items() if style != "none"}

    def set_tag_underline(self, tag_id: int, style: str) -> None:
        """A reading preference (remembered, not an undo step): the reader redraws."""
        if style != (self.setting(f"{UNDERLINE_KEY}.{tag_id}") or "none"):
            self.set_setting(f"{UNDERLINE_KEY}.{tag_id}", style)
            self.tags_changed.emit()

    def save_reading_position(self, offset: int) -> None:
        if self.document is not None:
            self._repository.set_reading_position(self.document.id, offset)

    # Annotations: every change goes through the undo stack

    def passage_span(self, start: int, end: int) -> tuple[int, int] | None:
        """What tag_passage would tag of [start, end): trimmed of whitespace; None if blank."""
        if self.document is None:
            return None
        anchor = anchor_selection(self.document.text, start, end)
        return None if anchor is None else (anchor.start, anchor.end)

    # Suggestions

    def suggestions(self) -> list[ShownSuggestion]:
        """Suggested passages of the open document, less those already tagged or turned down."""
        # Loaded when first asked for: compiling its patterns is 14 ms of opening the window.
        from readmark.core.suggestions import shown_reason, suggest

        document = self.document
        if document is None:
            return []
        by_name = {t.name: t.id for t in self.tags}
        tallies = self.learned()
        rejected = self._repository.rejected_suggestions(document.id)
        existing = [(a.tag_id, a.start, a.end) for a in self._repository.annotations(document.id)]
        shown = []
        for s in suggest(document.text, list(document.blocks)):
            tag_id = by_name.get(s.tag)
            if tag_id is None or (tag_id, s.start, s.end) in rejected:
                continue  # that tag is gone from the codebook, or the reader said no
            if any(
                t == tag_id and _overlap(start, end, s.start, s.end) for t, start, end in existing
            ):
                continue
            cue = cue_of(s.tag, s.reason)
            tally = tallies.get(cue, Tally())
            if tally.held_back:
                continue  # the reader keeps turning this kind down
            reason = shown_reason(s.reason)
            reason = f"{reason} · {tally.note()}" if tally.note() else reason
            shown.append(ShownSuggestion(tag_id, s.start, s.end, s.exact, reason, s.speaker, cue))
        return shown

    def learned(self) -> dict[str, Tally]:
        """What the reader's decisions taught the suggester: a tally for each cue."""
        return decode(self._repository.setting(LEARNED_KEY))

    def forget_learned(self) -> None:
        """Clears what the suggester learned: every kind of suggestion comes back."""
        self._repository.set_setting(LEARNED_KEY, encode({}))

    def _learning(self, suggestions: list[ShownSuggestion], kept: bool) -> tuple[str, str]:
        """What the suggester knows before a decision and after it, as stored."""
        before = encode(self.learned())
        cues = [s.cue for s in suggestions if s.cue]
        return before, encode(recorded(self.learned(), cues, kept)) if cues else before

    def accept_suggestions(
        self, suggestions: list[ShownSuggestion], tag_id: int | None = None
    ) -> None:
        """Makes annotations of suggestions (as their own tag, or `tag_id`), in one step."""
        if self.document is None or not suggestions:
            return
        self.show_own_work()
        now = datetime.now(UTC)
        text = self.document.text
        coder = self.coder
        commands = []
        for s in suggestions:
            anchor = anchor_selection(text, s.start, s.end)
            if anchor is None:
                continue
            # The speaker goes to the tag's speaker field where it has one, else to the note.
            tag = tag_id or s.tag_id
            into_field = bool(s.speaker) and any(f.name == SPEAKER for f in self.tag(tag).fields)
            commands.append(
                AddAnnotation(
                    replace(
                        anchored_annotation(
                            anchor,
                            self.document.id,
                            tag,
                            coder,
                            now,
                            note=f"speaker: {s.speaker}" if s.speaker and not into_field else "",
                        ),
                        origin=SUGGESTION_ORIGIN,
                        field_values=with_value((), SPEAKER, s.speaker) if into_field else (),
                    )
                )
            )
        if commands:
            batch = Batch(tuple(commands))
            tagged = _StoreCommand(self, batch, describe(batch, {t.id: t.name for t in self.tags}))
            before, after = self._learning(suggestions, kept=True)

            def learn(value: str) -> None:
                self._repository.set_setting(LEARNED_KEY, value)

            changed = self.suggestions_changed.emit
            self.undo_stack.push(
                DecisionCommand(tagged.text(), before, after, learn, learn, changed, tagged)
            )

    def reject_suggestions(self, suggestions: list[ShownSuggestion]) -> None:
        """Turns suggestions down, in one undo step with what the suggester learns from it."""
        if self.document is None or not suggestions:
            return
        document_id = self.document.id
        spans = [(s.tag_id, s.start, s.end) for s in suggestions]
        before, after = self._learning(suggestions, kept=False)

        def reject(value: str, rejected: bool = True) -> None:
            setting = (LEARNED_KEY, value)
            self._repository.reject_suggestions(document_id, spans, setting, rejected=rejected)

        count = len(spans)
        self.undo_stack.push(
            DecisionCommand(
                f"Reject {count} suggestion{'' if count == 1 else 's'}",
                before,
                after,
                reject,
                lambda value: reject(value, rejected=False),
                self.suggestions_changed.emit,
            )
        )

    def tag_passage(self, start: int, end: int, tag_id: int) -> Annotation | None:
        """Tags [start, end) of the open document, trimmed of whitespace.

        Returns the stored annotation; None if there was nothing to tag or the store refused.
        """
        if self.document is None:
            return None
        anchor = anchor_selection(self.document.text, start, end)
        if anchor is None:
            return None
        self.show_own_work()
        annotation = anchored_annotation(
            anchor, self.document.id, tag_id, self.coder, datetime.now(UTC)
        )
        return annotation if self._push(AddAnnotation(annotation)) else None

    def retag(self, annotations: list[Annotation], tag_id: int) -> None:
        changed = tuple(Retag(a.id, tag_id) for a in annotations if a.tag_id != tag_id)
        if changed:
            self._push(Batch(changed))

    def set_field(self, annotation: Annotation, name: str, value: str) -> None:
        """Gives the passage's field `name` the value (none when empty), as one undo step."""
        values = with_value(annotation.field_values, name, value)
        if values != annotation.field_values:
            self._push(EditFields(annotation.id, values, name))

    def set_note(self, annotation: Annotation, note: str) -> None:
        if annotation.note != note:
            self._push(EditNote(annotation.id, note))

    # The codebook: every change is undoable like any other

    def add_tag(self, spec: TagSpec) -> None:
        self._push(AddTag(spec))

    def update_tag(self, tag: Tag) -> None:
        if tag != self.tag(tag.id):
            self._push(UpdateTag(tag))

    def remove_tag(self, tag_id: int, reassign_to: int | None) -> None:
        """Deletes a tag (with its annotations), or merges it into `reassign_to`."""
        self._push(RemoveTag(tag_id, reassign_to))

    def move_tag(self, tag_id: int, step: int) -> None:
        """Moves a tag up (-1) or down (1) in the codebook's order."""
        order = [t.id for t in self.tags]
        index = order.index(tag_id)
        other = index + step
        if not 0 <= other < len(order):
            return
        first, second = self.tags[index], self.tags[other]
        self._push(
            Batch(
                (
                    UpdateTag(replace(first, position=second.position)),
                    UpdateTag(replace(second, position=first.position)),
                )
            )
        )

    def import_codebook(self, entries: list[CodeEntry]) -> None:
        self._push(ImportCodebook(tuple(entries), tuple(self.tags)))

    def add_preset(self, preset: Preset) -> str:
        """Adds the preset's missing tags as one undoable step; says what it did."""
        additions = preset_additions(preset, self.tags)
        if additions.added and not self._push(
            Batch(tuple(AddTag(spec) for spec in additions.added)),
            f"Add tags of “{preset.name}”",
        ):
            return "The tags were not added."
        return additions_text(preset, additions)

    def annotations_with_tag(self, tag_id: int) -> int:
        return sum(counts.get(tag_id, 0) for counts in self.tag_counts().values())

    def remove_document(self, document_id: int) -> None:
        """Removes a document with its annotations, undoably (for this session)."""
        self._push(RemoveDocument(document_id))

    def delete(self, annotations: list[Annotation]) -> None:
        if annotations:
            self._push(Batch(tuple(RemoveAnnotation(a.id) for a in annotations)))

    def link(self, links: Sequence[Link]) -> None:
        """Links passages (each link once: one already made is left as it is)."""
        new = tuple(dict.fromkeys(link for link in links if link not in self.links))
        if new:
            self._push(AddLinks(new))

    def unlink(self, links: Sequence[Link]) -> None:
        if links:
            self._push(RemoveLinks(tuple(links)))

    def document_labels(self) -> tuple[DocumentLabel, ...]:
        """The library's document labels, in order: the first nine have Ctrl+Alt+1-9."""
        return decode_labels(self._repository.setting(DOCUMENT_LABELS_SETTING))

    def edit_document_labels(
        self, labels: Sequence[DocumentLabel], relabelled: dict[str, str], text: str
    ) -> bool:
        """Makes `labels` the library's document labels, in one undo step named `text`; the
        documents labelled with a key of `relabelled` take its value ("" for none)."""
        documents = ((d.id, d.label) for d in self.documents()) if relabelled else ()
        return self._push(codebook_change(labels, relabelled, documents), text)

    def label_document(self, document_id: int, label: str) -> None:
        """Says what kind of information a document is (see core.document_labels)."""
        self._push(LabelDocument(document_id, label))

    def give_reason(self, annotation: Annotation, reason: str) -> None:
        if annotation.reason != reason:
            self._push(GiveReason(annotation.id, reason))

    def curate(self, command: Command, text: str) -> bool:
        """Runs a curation step (see readmark.core.curation) as one undo step named `text`."""
        return self._push(command, text)

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
                self.document = None
                if not self.open_last_document():
                    self.document_closed.emit()
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


@dataclass(frozen=True)
class Arrivals:
    """How the passages stored for a document differ from those a window shows."""

    added: list[Annotation]
    removed: list[Annotation]
    changed: list[tuple[Annotation, Annotation]]  # (as shown, as stored)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _looks(annotation: Annotation) -> tuple[object, ...]:
    """What a window shows of a passage (its context and times it does not hold)."""
    a = annotation
    return (a.tag_id, a.start, a.end, a.note, a.orphaned, a.coder, a.origin, a.field_values)


def arrivals_between(shown: Sequence[Annotation], stored: Sequence[Annotation]) -> Arrivals:
    before = {a.id: a for a in shown}
    after = {a.id: a for a in stored}
    return Arrivals(
        added=[a for key, a in after.items() if key not in before],
        removed=[a for key, a in before.items() if key not in after],
        changed=[
            (before[key], a)
            for key, a in after.items()
            if key in before and _looks(before[key]) != _looks(a)
        ],
    )


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


def _overlap(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two passages share at least half of the shorter one."""
    shared = min(end, other_end) - max(start, other_start)
    return shared * 2 >= min(end - start, other_end - other_start)
