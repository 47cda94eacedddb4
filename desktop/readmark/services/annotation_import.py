"""The import of annotation files into the library (no Qt): JSON (Web Annotation), CSV and
REFI-QDA files, merged with what is there in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from readmark.core.commands import (
    Batch,
    Command,
    EditFields,
    EditNote,
    LabelDocument,
    RemoveAnnotations,
    RemoveDocument,
    RemoveLinks,
    RemoveTag,
    Retag,
)
from readmark.core.csv_export import read_csv
from readmark.core.incoming import (
    ExchangeFormatError,
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
)
from readmark.core.links import renamed_links
from readmark.core.merging import (
    MAX_NEW_TAGS,
    is_older,
    joined_note,
    new_annotation,
    place,
    tag_key,
    tags_to_create,
)
from readmark.core.model import Annotation, CodeEntry, Document, Tag, TagSpec
from readmark.core.text import storable
from readmark.core.texts import tr
from readmark.core.web_annotation_import import read_web_annotations
from readmark.services.files import PROGRESS_EVERY, CancelledError, ExchangeError
from readmark.services.import_report import ImportReport
from readmark.store.repository import LibraryRepository

IMPORT_SUFFIXES = (".json", ".jsonld", ".csv", ".qdpx")
MAX_IMPORT_BYTES = 200 * 1024 * 1024
# Told how much of how much an import has read, then merged; returns False to stop it.
ImportProgress = Callable[[int, int], bool]


CSV_TEXT_REASON = (
    "its document is not in this library, and a CSV file carries no text: import the "
    "article first, or export as Web Annotation JSON or REFI-QDA, which carry it"
)


def import_annotations(
    repository: LibraryRepository,
    path: Path,
    coder: str | None = None,
    progress: ImportProgress | None = None,
) -> ImportReport:
    """Reads a JSON (Web Annotation), CSV or REFI-QDA (.qdpx) file into the library, merging
    with what is there: documents are matched by their text's hash (JSON and REFI-QDA files
    carry the text, so a missing document is added), annotations by id, or by document, tag
    and place when the file gives no id, and documents the file names by a web address by
    that address. Annotations the file gives no coder are `coder`'s (by default the library
    user's). A tag is matched by name, case aside; the file's tags the library lacks are
    created (with their colour and group). A passage already here by the same coder with
    another note keeps both notes. All in one transaction; the report holds its undoing.

    Raises ExchangeError, with nothing changed, for a file that cannot be read, and
    CancelledError, with nothing changed, when `progress` says stop."""

    def step(done: int, total: int) -> None:
        if progress is not None and not progress(done, total):
            raise CancelledError

    kind, incoming = _read(path, step)
    tags = repository.tags()
    create, refused = tags_to_create(
        incoming.tags, dict.fromkeys(a.tag for a in incoming.annotations), tags
    )
    if len(create) > MAX_NEW_TAGS:
        raise ExchangeError(
            tr(
                "“{name}” cannot be imported: it would add {count} tags, and Readmark takes at "
                "most {most} new tags from one file."
            ).format(name=path.name, count=len(create), most=MAX_NEW_TAGS)
        )
    merge = _Merge(repository, tags, kind, coder or repository.coder(), path.name)
    with repository.batch():
        merge.tags(create)
        merge.documents(incoming.documents)
        merge.annotations(incoming.annotations, step)
        merge.links(incoming.annotations)
    return ImportReport(
        path,
        kind,
        added=merge.added,
        updated=merge.updated,
        already=merge.already,
        documents_added=tuple(merge.documents_added),
        documents_matched=tuple(merge.documents_matched),
        skipped=incoming.skipped + tuple(refused) + tuple(merge.skipped),
        notes_joined=merge.notes_joined,
        repeated=merge.repeated,
        tags_created=tuple(tag.name for tag in merge.tags_created),
        links_added=merge.links_added,
        documents_labelled=merge.documents_labelled,
        undo=merge.undo(),
    )


def _read(path: Path, step: Callable[[int, int], None]) -> tuple[str, Incoming]:
    suffix = path.suffix.lower()
    if suffix not in IMPORT_SUFFIXES:
        raise ExchangeError(
            tr(
                "“{name}” cannot be imported: Readmark reads annotations from .json "
                "(Web Annotation), .csv and .qdpx (REFI-QDA) files."
            ).format(name=path.name)
        )
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            too_large = tr("“{name}” cannot be imported: it is larger than 200 MB.")
            raise ExchangeError(too_large.format(name=path.name))
        data = path.read_bytes()
    except OSError as error:
        unread = tr("“{name}” cannot be read: {error}.")
        raise ExchangeError(unread.format(name=path.name, error=error.strerror or error)) from None
    kind = {".json": "json", ".jsonld": "json", ".csv": "csv", ".qdpx": "qdpx"}[suffix]
    from readmark.core.refi_qda_import import read_qdpx  # when first asked for

    readers: dict[str, Callable[[bytes], Incoming]] = {
        "json": read_web_annotations,
        # Only a CSV is read row by row in Python, slowly enough to show how far it is.
        "csv": partial(read_csv, progress=step),
        "qdpx": read_qdpx,
    }
    try:
        return kind, readers[kind](data)
    except ExchangeFormatError as error:
        refused = tr("“{name}” cannot be imported: {reason}.")
        raise ExchangeError(refused.format(name=path.name, reason=error)) from None


class _Merge:
    """One import's matching and merging, run inside the import's transaction."""

    def __init__(
        self, repository: LibraryRepository, tags: list[Tag], kind: str, coder: str, name: str
    ) -> None:
        self._repository = repository
        self._coder = coder  # for annotations whose file does not say who made them
        self._kind = kind
        self._file_name = name
        self._tags = {tag.name: tag for tag in tags}
        self._tags_folded = {tag_key(tag.name): tag for tag in tags}
        self._resolved: dict[str, Document | None] = {}
        self._unresolved: dict[str, str] = {}  # document key -> why it was not found
        self._pending_title: dict[str, list[int]] = {}  # key -> documents with its title
        self._spans: dict[int, dict[tuple[object, ...], Annotation]] = {}  # before the import
        self.added = self.updated = self.already = self.notes_joined = self.repeated = 0
        self.documents_added: list[int] = []
        self.documents_matched: list[int] = []
        self.skipped: list[tuple[str, str]] = []
        self.tags_created: list[Tag] = []
        self._added_ids: list[tuple[int, str]] = []  # (document, annotation) added
        self._restore: list[Command] = []  # puts back the annotations the import changed
        self._library_ids: dict[str, str] = {}  # the file's annotation id -> the library's
        self.links_added = 0
        self.documents_labelled = 0

    def tags(self, entries: list[CodeEntry]) -> None:
        """Creates the file's tags the library lacks; a group's tags go into it."""
        for entry in entries:
            group = self._tag_named(entry.parent) if entry.parent else None
            parent_id = (group.parent_id or group.id) if group is not None else None
            spec = TagSpec(entry.name, entry.colour, "", entry.description, parent_id, entry.fields)
            tag = self._repository.add_tag(spec)
            self._tags[tag.name] = self._tags_folded[tag_key(tag.name)] = tag
            self.tags_created.append(tag)

    def _tag_named(self, name: str) -> Tag | None:
        return self._tags.get(name) or self._tags_folded.get(tag_key(name))

    def undo(self) -> Batch:
        """The command that takes the import back out: the changed annotations as they were,
        the added ones and documents removed, then the created tags, groups last."""
        added = tuple(
            annotation_id
            for document_id, annotation_id in self._added_ids
            if document_id not in self.documents_added
        )
        documents = [RemoveDocument(document_id) for document_id in self.documents_added]
        tags = [
            RemoveTag(tag.id, None)
            for tag in sorted(self.tags_created, key=lambda t: t.parent_id is None)
        ]
        removed = [RemoveAnnotations(added)] if added else []
        return Batch((*self._restore, *removed, *documents, *tags))

    def documents(self, documents: tuple[IncomingDocument, ...]) -> None:
        titles: dict[str, list[int]] = {}
        for summary in self._repository.documents():
            titles.setdefault(summary.title, []).append(summary.id)
        for incoming in documents:
            found = None
            if incoming.content_hash:
                found = self._repository.document_with_text(incoming.content_hash)
            if found is None and incoming.article is None and incoming.url:
                # The page as imported here, perhaps on another day: its passages are found
                # by their words.
                found = self._repository.document_from_url(incoming.url)
            if found is not None:
                self._found(incoming.key, found)
                self._label(found, incoming.label)
            elif incoming.article is not None:
                document, created = self._repository.add_article(incoming.article)
                self._resolved[incoming.key] = document
                if created:
                    self.documents_added.append(document.id)
                else:
                    self._found(incoming.key, document)
                self._label(document, incoming.label)
            elif not incoming.content_hash and incoming.title in titles:
                self._pending_title[incoming.key] = titles[incoming.title]
            else:
                self._unresolved[incoming.key] = (
                    CSV_TEXT_REASON
                    if self._kind == "csv"
                    else "its document is not in this library and the file does not carry its text"
                )

    def _label(self, document: Document, label: str) -> None:
        """Gives a document the file's label, unless it has one here: the library's own word
        on what a document is stands; undo takes the file's off again."""
        if not label or document.label:
            return
        self._repository.set_document_label(document.id, label)
        if document.id not in self.documents_added:
            self._restore.append(LabelDocument(document.id, ""))
        self.documents_labelled += 1

    def _found(self, key: str, document: Document) -> None:
        self._resolved[key] = document
        if document.id not in self.documents_matched:
            self.documents_matched.append(document.id)

    def annotations(
        self, annotations: tuple[IncomingAnnotation, ...], step: Callable[[int, int], None]
    ) -> None:
        self._match_titles(annotations)
        ids = [a.id for a in annotations if a.id]
        existing = self._repository.annotations_with_ids(ids) if ids else {}
        new: list[Annotation] = []
        pending: dict[object, int] = {}  # the file's id, or else place, -> its place in `new`
        merged: set[str | None] = set()  # the ids of annotations here the file had a copy of
        now = datetime.now(UTC)
        for number, incoming in enumerate(annotations):
            if number % PROGRESS_EVERY == 0:
                step(number, len(annotations))
            where = incoming.where or incoming.exact[:40]
            document = self._resolved.get(incoming.document_key)
            if document is None:
                reason = self._unresolved.get(incoming.document_key, "its document is unknown")
                self.skipped.append((where, reason))
                continue
            tag = self._tag_named(incoming.tag)
            if tag is None:
                self.skipped.append((where, f"its tag “{incoming.tag[:40]}” could not be added"))
                continue
            placed = place(document.text, incoming)
            if placed is None:
                self.skipped.append((where, "its passage is not in the document's text"))
                continue
            start, end = placed
            # A file that does not say who made it matches any coder's annotation.
            span = (tag.id, start, end, incoming.coder or None)
            repeat = pending.get(incoming.id or (document.id, *span))
            if incoming.id in merged or repeat is not None:
                # A repeat within the file itself: taken once, its different note kept.
                self.repeated += 1
                if repeat is not None:
                    note = joined_note(new[repeat].note, storable(incoming.note), self._file_name)
                    new[repeat] = replace(new[repeat], note=note or new[repeat].note)
                continue
            known = existing.get(incoming.id) if incoming.id else None
            if known is not None:
                merged.add(incoming.id)
                self._merge(known, incoming, tag, document, where)
                self._identify(incoming, known.id)
                continue
            same = self._library_spans(document.id).get(span)
            if same is not None:
                # The same passage with the same tag by the same coder: the same annotation.
                self._join_note(same, incoming)
                self._identify(incoming, same.id)
                continue
            identity = incoming.id or Annotation.new_id()
            self._identify(incoming, identity)
            pending[incoming.id or (document.id, *span)] = len(new)
            coder = incoming.coder or self._coder
            new.append(new_annotation(identity, document, tag, (start, end), incoming, now, coder))
        if new:
            self._repository.add_annotations(new)
        self.added = len(new)
        self._added_ids = [(a.document_id, a.id) for a in new]

    def _identify(self, incoming: IncomingAnnotation, library_id: str) -> None:
        if incoming.id:
            self._library_ids[incoming.id] = library_id

    def links(self, annotations: tuple[IncomingAnnotation, ...]) -> None:
        """The file's links between passages in the library now; undo takes them out first."""
        wanted = renamed_links(((a.id, a.links) for a in annotations), self._library_ids)
        added = self._repository.add_links(wanted) if wanted else []
        if added:
            self._restore.insert(0, RemoveLinks(tuple(added)))
            self.links_added = len(added)

    def _join_note(self, known: Annotation, incoming: IncomingAnnotation) -> None:
        """The file's copy of a passage here: its different note is kept beside this one's."""
        note = joined_note(known.note, storable(incoming.note), self._file_name)
        if note is None:
            self.already += 1
            return
        _, after = self._repository.set_note(known.id, note)
        self._restore.append(EditNote(known.id, known.note))
        self.notes_joined += 1
        spans = self._library_spans(known.document_id)
        for key, annotation in spans.items():
            if annotation.id == known.id:
                spans[key] = after

    def _merge(
        self,
        known: Annotation,
        incoming: IncomingAnnotation,
        tag: Tag,
        document: Document,
        where: str,
    ) -> None:
        """An annotation already here: take the file's tag and note if its copy is newer."""
        if known.document_id != document.id:
            self.skipped.append((where, "its id belongs to an annotation of another document"))
            return
        newer = incoming.updated_at is not None and incoming.updated_at > known.updated_at
        note = storable(incoming.note)
        values = incoming.field_values
        if newer and (known.tag_id != tag.id or known.note != note or known.field_values != values):
            assert incoming.updated_at is not None
            if known.field_values != values:  # first: the merge then gives the file's time
                self._repository.set_field_values(known.id, values)
                self._restore.append(EditFields(known.id, known.field_values))
            self._repository.merge_annotation(known.id, tag.id, note, incoming.updated_at)
            self._restore += [Retag(known.id, known.tag_id), EditNote(known.id, known.note)]
            self.updated += 1
        elif incoming.updated_at is not None and is_older(incoming.updated_at, known.updated_at):
            self.already += 1  # an older copy: the note here is the later word
        else:
            # Changed elsewhere without a newer time (some tools keep it): keep both notes.
            self._join_note(known, incoming)

    def _library_spans(self, document_id: int) -> dict[tuple[object, ...], Annotation]:
        """The document's annotations here by (tag, start, end, coder), and by (tag, start,
        end, None) for a file that names no coder."""
        spans = self._spans.get(document_id)
        if spans is None:
            spans = self._spans[document_id] = {}
            for a in self._repository.annotations(document_id):
                spans[(a.tag_id, a.start, a.end, a.coder)] = a
                spans.setdefault((a.tag_id, a.start, a.end, None), a)
        return spans

    def _match_titles(self, annotations: tuple[IncomingAnnotation, ...]) -> None:
        """A CSV without document hashes names documents by title: of the library's documents
        with that title, the one whose text has the most of the passages where they say."""
        for key, candidates in self._pending_title.items():
            mine = [a for a in annotations if a.document_key == key]
            best, best_score = None, 0
            for document_id in candidates:
                document = self._repository.document(document_id)
                score = sum(place(document.text, a, search=False) is not None for a in mine)
                if score > best_score:
                    best, best_score = document, score
            if best is None:
                self._unresolved[key] = CSV_TEXT_REASON
            else:
                self._found(key, best)
