"""Exports in every format, as file operations on the library (no Qt): a file is written whole
or not at all (files.py). The import of annotation files is in annotation_import.py."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from readmark import __version__
from readmark.core.fields import field_names
from readmark.core.model import Annotation, Document, ExportRow
from readmark.core.texts import QT_TR_NOOP, tr
from readmark.services.files import (
    PROGRESS_EVERY,
    CancelledError,
    ExchangeError,
    Progress,
    write_stream,
    write_text,
)
from readmark.store.repository import LibraryRepository, NotFoundError

if TYPE_CHECKING:
    from readmark.core.csv_export import Contexts

T = TypeVar("T")


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    label: str  # for a file dialog's filter, in English (tr() gives the reader's language)


FORMATS = {
    f.name: f
    for f in (
        Format("csv", ".csv", QT_TR_NOOP("CSV for spreadsheets")),
        Format("xlsx", ".xlsx", QT_TR_NOOP("Excel workbook")),
        Format("json", ".json", QT_TR_NOOP("Web Annotation JSON")),
        Format("qdpx", ".qdpx", QT_TR_NOOP("REFI-QDA project")),
        Format("html", ".html", QT_TR_NOOP("Report as a web page")),
        Format("claimreview", ".json", QT_TR_NOOP("Fact checks for publishing (ClaimReview)")),
        # Printing needs Qt: readmark.ui.exchange_actions.write_report_pdf does it.
        Format("pdf", ".pdf", QT_TR_NOOP("Report as PDF")),
    )
}


@dataclass(frozen=True)
class ExportOptions:
    """What to export: which documents (None: the whole library), which tags by name (None:
    all), and for CSV the delimiter; `context` adds the sentence around each passage."""

    document_ids: tuple[int, ...] | None = None
    tags: frozenset[str] | None = None
    delimiter: str = ","
    context: bool = False
    local_paths: bool = False  # REFI-QDA: keep documents' file paths on this computer
    # Only this coder's passages (None: everyone's); "consensus" exports the agreed version.
    coder: str | None = None
    # Fact checks: the address of the page they will be published on.
    review_page: str = ""


def export(
    repository: LibraryRepository,
    path: Path,
    kind: str,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    """Writes the annotations as `kind` ("csv", "xlsx", "json", "qdpx" or "html") to `path`;
    returns how many annotations the file holds (a REFI-QDA project leaves out orphaned ones:
    their offsets no longer point at their words). `progress` follows it, and may stop it
    (CancelledError), leaving no file."""
    writers = {
        "csv": export_csv,
        "xlsx": export_xlsx,
        "json": export_json,
        "qdpx": export_qdpx,
        "html": export_report_html,
        "claimreview": export_fact_checks,
    }
    if kind not in writers:
        raise ExchangeError(tr("Readmark cannot export “{kind}” here.").format(kind=kind))
    return writers[kind](repository, path, options, progress)


def export_csv(
    repository: LibraryRepository,
    path: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    from readmark.core.csv_export import DELIMITERS, write_csv  # the formats: when first asked for

    if options.delimiter not in DELIMITERS:
        raise ExchangeError(tr("The CSV delimiter must be a comma or a semicolon."))
    rows = _rows(repository, options, progress)
    hashes = repository.document_hashes()
    contexts = _contexts(repository) if options.context else None
    fields = field_names(tag.fields for tag in repository.tags())

    def write(text: TextIO) -> int:
        return write_csv(
            rows,
            text,
            delimiter=options.delimiter,
            document_hashes=hashes,
            contexts=contexts,
            field_names=fields,
        )

    return write_text(path, "", write)


def export_xlsx(
    repository: LibraryRepository,
    path: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    # XlsxWriter loads only when it is asked for.
    from readmark.core.xlsx_export import MAX_ROWS, SheetFullError, write_xlsx

    rows = _rows(repository, options, progress)
    hashes = repository.document_hashes()
    contexts = _contexts(repository) if options.context else None
    tags = repository.tags()
    try:
        return write_stream(
            path,
            lambda stream: write_xlsx(
                rows, stream, tags, document_hashes=hashes, contexts=contexts
            ),
        )
    except SheetFullError:
        raise ExchangeError(
            tr(
                "An Excel sheet holds at most {most} annotations, and this export has more. "
                "Export them as CSV, or fewer documents at a time."
            ).format(most=f"{MAX_ROWS - 1:,}")
        ) from None


def export_fact_checks(
    repository: LibraryRepository,
    path: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    """schema.org ClaimReview for each claim with a verdict and MediaReview for each caption
    with a media context, as one JSON-LD array; returns how many reviews."""
    from readmark.core.claim_review import ReviewPageError, checked_review_page, write_reviews

    try:
        page = checked_review_page(options.review_page)  # before any file is made
    except ReviewPageError as error:
        unexported = tr("The fact checks were not exported: {reason}.").format(reason=error)
        raise ExchangeError(unexported) from None
    rows = _rows(repository, options, progress)
    return write_text(path, "\n", lambda text: write_reviews(rows, page, text))


def export_json(
    repository: LibraryRepository,
    path: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    from readmark.core.web_annotation_export import write_web_annotations  # when first asked for

    documents = _annotated(repository, options, progress)
    tags = repository.tags()
    # A link between two exported documents is found from each of them: written once.
    links = list(dict.fromkeys(k for d, _ in documents for k in repository.links(document_id=d.id)))

    def write(text: TextIO) -> int:
        return write_web_annotations(
            documents, tags, text, f"Readmark {__version__}", datetime.now(UTC), links
        )

    return write_text(path, "\n", write)


def export_qdpx(
    repository: LibraryRepository,
    path: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    from readmark.core.refi_qda_export import write_qdpx  # the formats: when first asked for

    documents = _annotated(repository, options, progress)
    tags = repository.tags()
    return write_stream(
        path,
        lambda stream: write_qdpx(
            documents,
            tags,
            stream,
            project_name=path.stem,
            origin=f"Readmark {__version__}",
            created=datetime.now(UTC),
            local_paths=options.local_paths,
        ),
    )


def report_html(
    repository: LibraryRepository, options: ExportOptions, progress: Progress | None = None
) -> tuple[str, int]:
    """The report of the chosen documents as an HTML page, and how many passages it shows."""
    from readmark.core.report import render_report  # when first asked for

    documents = _annotated(repository, options, progress)
    page = render_report(documents, repository.tags(), datetime.now(UTC))
    return page, sum(len(annotations) for _, annotations in documents)


def export_report_html(
    repository: LibraryRepository,
    path: Path,
    options: ExportOptions,
    progress: Progress | None = None,
) -> int:
    page, count = report_html(repository, options, progress)
    write_stream(path, lambda stream: stream.write(page.encode("utf-8")))
    return count


def _document_ids(repository: LibraryRepository, options: ExportOptions) -> list[int]:
    """The chosen documents in library order (all when none are chosen)."""
    known = [summary.id for summary in repository.documents()]
    if options.document_ids is None:
        return known
    missing = sorted(set(options.document_ids) - set(known))
    if missing:
        absent = tr("There is no document {id} in this library.").format(id=missing[0])
        raise NotFoundError(absent)
    chosen = set(options.document_ids)
    return [document_id for document_id in known if document_id in chosen]


def _tag_filter(repository: LibraryRepository, options: ExportOptions) -> set[str] | None:
    if options.tags is None:
        return None
    names = {tag.name for tag in repository.tags()}
    unknown = sorted(options.tags - names)
    if unknown:
        raise ExchangeError(
            tr("There is no tag “{tag}” in this library; its tags are {tags}.").format(
                tag=unknown[0], tags=", ".join(sorted(names))
            )
        )
    return set(options.tags)


def _rows(
    repository: LibraryRepository, options: ExportOptions, progress: Progress | None
) -> Iterator[ExportRow]:
    """The export rows of the chosen documents and tags, in reading order. Checked now (a
    missing document or tag raises here), read as the file is written."""
    wanted = _tag_filter(repository, options)
    ids = None if options.document_ids is None else _document_ids(repository, options)

    def rows() -> Iterator[ExportRow]:
        sources = [repository.export_rows()] if ids is None else map(repository.export_rows, ids)
        done = 0
        for source in sources:
            for row in source:
                if (wanted is None or row.tag in wanted) and _coder_kept(options, row.coder):
                    if progress is not None and done % PROGRESS_EVERY == 0:
                        _report(progress, done)
                    done += 1
                    yield row
        if progress is not None:
            _report(progress, done)

    return rows()


def _coder_kept(options: ExportOptions, coder: str) -> bool:
    return options.coder is None or coder == options.coder


def _report(progress: Progress, done: int) -> None:
    if not progress(done):
        raise CancelledError


def export_count(repository: LibraryRepository, options: ExportOptions) -> int:
    """How many annotations an export with these options writes (what its progress counts to)."""
    wanted = _tag_filter(repository, options)
    tag_ids = {tag.id for tag in repository.tags() if wanted is None or tag.name in wanted}
    counts = repository.tag_counts(coder=options.coder)
    documents = counts.keys() if options.document_ids is None else options.document_ids
    return sum(n for d in documents for t, n in counts.get(d, {}).items() if t in tag_ids)


def _contexts(repository: LibraryRepository) -> Contexts:
    """The sentence around each row's passage; each document is read and split only once."""
    from readmark.core.csv_export import SentenceContext

    current: dict[int, SentenceContext] = {}

    def around(row: ExportRow) -> tuple[str, str]:
        if row.orphaned:
            return "", ""  # its offsets no longer point at its words
        context = current.get(row.document_id)
        if context is None:
            document = repository.document(row.document_id)
            current.clear()  # rows come grouped by document: keep one text at a time
            context = current[row.document_id] = SentenceContext(document.text, document.blocks)
        return context.around(row.start, row.end)

    return around


def _annotated(
    repository: LibraryRepository, options: ExportOptions, progress: Progress | None = None
) -> list[tuple[Document, list[Annotation]]]:
    """The chosen documents with their annotations of the chosen tags; progress is told of
    each document's as they are read."""
    wanted = _tag_filter(repository, options)
    tag_ids = {tag.id for tag in repository.tags() if wanted is None or tag.name in wanted}
    documents = []
    done = 0
    for document_id in _document_ids(repository, options):
        annotations = [
            a
            for a in repository.annotations(document_id)
            if a.tag_id in tag_ids and _coder_kept(options, a.coder)
        ]
        documents.append((repository.document(document_id), annotations))
        done += len(annotations)
        if progress is not None:
            _report(progress, done)
    return documents
