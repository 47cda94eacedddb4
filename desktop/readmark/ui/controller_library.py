"""The controller's part for what comes into the library and what is read across it: imports
(each one undo step, through LibraryController.record), a document's new version, articles
made in the app and tag counts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from readmark.services.documents import (
    ImportOutcome,
    Progress,
    Revision,
    comments_wanted,
    import_address,
    import_changes,
    import_files,
    import_locked,
    import_step_name,
    update_document,
)
from readmark.ui.controller_host import ControllerPart
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.core.model import Article, Document
    from readmark.core.pdf_ocr import PageProgress
    from readmark.store.repository import LibraryRepository


class LibraryPart(ControllerPart):
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

    def import_address(self, address: str) -> ImportOutcome:
        """Adds the page at a web address, fetched once, and opens it."""
        return self.show_imported([import_address(self._repository, address)])[0]

    def show_imported(self, outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
        """Shows what an import did, and makes it one undo step."""
        self.record(import_changes(outcomes), import_step_name(outcomes))
        return outcomes

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

    def add_article(self, article: Article) -> Document:
        """Adds an article made in the app (a paste) and opens it."""
        document, created = self._repository.add_article(article)
        if created:
            self.documents_changed.emit()
        self.open_document(document.id)
        return document
