"""Library operations shared by the command line and the window: import, export, first start."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

from sqlalchemy.exc import OperationalError

from readmark.core.anchoring import Anchor, anchor_selection, anchored_annotation, locate
from readmark.core.commands import (
    AddAnnotations,
    AddLinks,
    Applied,
    Batch,
    Command,
    RemoveAnnotations,
    RemoveDocument,
    ReviseDocument,
)
from readmark.core.importing import (
    ARTICLE_SUFFIXES,
    PasswordNeededError,
    ScanError,
    UnreadableFileError,
    read_article,
)
from readmark.core.model import Annotation, Article, Document, TagSpec, article_of
from readmark.core.pdf_ocr import PageProgress, ocr_available
from readmark.core.search import matches, pattern_for
from readmark.core.texts import tr
from readmark.paths import seed_files
from readmark.store.database import plain_reason
from readmark.store.repository import LibraryRepository
from readmark.store.schema import COMMENTS_SETTING, SEEDED_KEY

# The tag a file's comments arrive under; Okabe-Ito's vermilion, which no default tag uses.
COMMENT_TAG = TagSpec("comment", "#D55E00", "", "A comment left in the file by one of its readers.")


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one file: the document it added or matched, or why it was refused."""

    path: Path | str  # a file, or a web address
    document: Document | None = None
    created: bool = False
    error: str = ""
    # A changed version of a file already imported: nothing was added; see update_document.
    previous: Document | None = None
    article: Article | None = None
    comments: int = 0  # comments the file carried, brought in as annotations (COMMENT_TAG)
    comments_left: int = 0  # comments the file carried, left out as the user chose
    locked: bool = False  # refused for want of its password: import_locked can read it
    scan: bool = False  # a scan refused for want of text recognition: import_locked(ocr=True)
    store_refused: bool = False  # the library took nothing: no room, read-only or locked
    left_out: str = ""  # what of the file was not brought in, and why (scanned pages)


@dataclass(frozen=True)
class Revision:
    """A document updated to a new version: how many annotations moved with their passages,
    which could not be found (kept, marked orphaned), and the change record, whose inverse
    puts the previous version back with its annotations and links as they were."""

    document: Document
    kept: int
    orphaned: list[Annotation]
    applied: Applied


# Called before each file with (files done, files in all, the next file); False stops the import.
Progress = Callable[[int, int, Path], bool]


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """The files to import: files as given, and the article files inside folders (recursively,
    skipping hidden ones), in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.suffix.lower() in ARTICLE_SUFFIXES
                    and p.is_file()
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    and not _inside_saved_page_folder(p)
                )
            )
        else:
            files.append(path)
    return files


def _inside_saved_page_folder(path: Path) -> bool:
    """Whether `path` lies in the "X_files" folder a browser saves beside page "X.html"."""
    for folder in path.parents:
        if folder.name.endswith("_files"):
            stem = folder.name[: -len("_files")]
            if any(folder.with_name(stem + suffix).exists() for suffix in (".html", ".htm")):
                return True
    return False


def comments_wanted(repository: LibraryRepository) -> bool:
    """Whether the user wants a file's comments brought in as annotations (they do unless they
    said otherwise: a comment lost on import is work lost)."""
    return repository.setting(COMMENTS_SETTING) != "0"


def import_files(
    repository: LibraryRepository,
    paths: Iterable[Path],
    progress: Progress | None = None,
    *,
    comments: bool = True,
    ocr: bool = False,
    ocr_language: str | None = None,
) -> list[ImportOutcome]:
    files = expand_paths(paths)
    outcomes = []
    for done, path in enumerate(files):
        if progress is not None and not progress(done, len(files), path):
            break
        outcomes.append(
            import_locked(
                repository, path, None, comments=comments, ocr=ocr, ocr_language=ocr_language
            )
        )
        if outcomes[-1].store_refused:
            break  # the next file would fail too
    return outcomes


def import_locked(
    repository: LibraryRepository,
    path: Path,
    password: str | None,
    *,
    comments: bool = True,
    ocr: bool = False,
    pages: PageProgress | None = None,
    ocr_language: str | None = None,
) -> ImportOutcome:
    """Imports one file, opening it with `password` where it is locked with one (a PDF), its
    comments (Word, OpenDocument) as annotations if `comments`, a scanned PDF's pages read by
    text recognition in `ocr_language` if `ocr` (reporting each page to `pages`)."""
    try:
        article = read_article(path, password, ocr=ocr, progress=pages, ocr_language=ocr_language)
    except PasswordNeededError as error:
        return ImportOutcome(path, error=str(error), locked=True)
    except ScanError as error:
        return ImportOutcome(path, error=str(error), scan=ocr_available())
    except UnreadableFileError as error:
        return ImportOutcome(path, error=str(error))
    try:
        return _add_read(repository, path, article, comments=comments)
    except OperationalError as error:
        return _not_added(path, error)


def import_changes(outcomes: list[ImportOutcome]) -> Applied:
    """The change record of an import: the documents it added go as one undo step (their
    comments with them), and the last document read opens."""
    added = dict.fromkeys(o.document.id for o in outcomes if o.created and o.document)
    opened = [o.document for o in outcomes if o.document is not None]
    return Applied(
        Batch(tuple(RemoveDocument(document_id) for document_id in reversed(added))),
        (),
        restored_document=opened[-1] if opened else None,
        tags_changed=any(o.comments for o in outcomes),  # the "comment" tag may be new
    )


def import_step_name(outcomes: list[ImportOutcome]) -> str:
    """The undo menu's words for an import."""
    added = [o.document for o in outcomes if o.created and o.document]
    if len(added) == 1:
        return tr("Import “{title}”").format(title=added[0].title)
    return tr("Import {count} articles").format(count=len(added))


def is_web_address(text: str) -> bool:
    return text.strip().lower().startswith(("http://", "https://"))


def import_address(repository: LibraryRepository, address: str) -> ImportOutcome:
    """Fetches the page at a web address once and adds it as a saved page is added."""
    from readmark.services.web_fetch import read_address  # here: urllib is not needed for files

    try:
        article = read_address(address)
    except UnreadableFileError as error:
        return ImportOutcome(address, error=str(error))
    try:
        return _add_read(repository, address, article)
    except OperationalError as error:
        return _not_added(address, error)


def _not_added(path: Path | str, error: OperationalError) -> ImportOutcome:
    name = path.name if isinstance(path, Path) else path
    reason = tr("“{name}” was not added: {reason}.").format(name=name, reason=plain_reason(error))
    return ImportOutcome(path, error=reason, store_refused=True)


def _add_read(
    repository: LibraryRepository, path: Path | str, article: Article, *, comments: bool = True
) -> ImportOutcome:
    """Adds an article read from `path`: a new document, the one with its text already, or,
    for a changed version of a file imported before, an outcome that offers the update."""
    previous = repository.document_from_file(article.file_path)
    if previous is not None and repository.document_with_text(article.content_hash) is None:
        return ImportOutcome(path, previous=previous, article=article)
    with repository.batch():  # the document and its comments, or neither
        document, created = repository.add_article(article)
        added = _add_comments(repository, document, article) if created and comments else 0
    left = len(article.comments) if created and not comments else 0
    return ImportOutcome(
        path, document, created, comments=added, comments_left=left, left_out=article.left_out
    )


def _add_comments(repository: LibraryRepository, document: Document, article: Article) -> int:
    """Brings the comments a Word or OpenDocument file carried in as annotations of the
    "comment" tag (made if the library has none), each with its note and its author as coder."""
    placed = [
        (anchor, comment)
        for comment in article.comments
        if (anchor := anchor_selection(article.text, comment.start, comment.end)) is not None
    ]
    if not placed:
        return 0
    tag = next((t for t in repository.tags() if t.name.casefold() == COMMENT_TAG.name), None)
    tag_id = (tag or repository.add_tag(COMMENT_TAG)).id
    now = datetime.now(UTC)
    return repository.add_annotations([
        anchored_annotation(
            anchor, document.id, tag_id, comment.author or repository.coder(), now, comment.note
        )
        for anchor, comment in placed
    ])  # fmt: skip


def update_document(
    repository: LibraryRepository, previous: Document, article: Article
) -> Revision:
    """Replaces a document's text with a new version, moving each annotation to where its
    passage now stands (by its words and their surroundings); the rest are kept as orphaned."""
    annotations = repository.annotations(previous.id)
    links = tuple(repository.links(document_id=previous.id))
    placed: dict[str, Anchor | None] = {}
    orphaned = []
    for annotation in annotations:
        old = Anchor(
            annotation.start, annotation.end, annotation.exact, annotation.prefix, annotation.suffix
        )
        span = locate(article.text, old)
        placed[annotation.id] = None if span is None else anchor_selection(article.text, *span)
        if span is None:
            orphaned.append(annotation)
    document = repository.revise_document(previous.id, article, placed)
    # Undone as the version it was: its text under the same id, and its passages as they stood
    # (offsets, context, orphaned marks) with their links, which taking the passages out drops.
    back: Command = ReviseDocument(previous.id, article_of(previous), article)
    if annotations:
        taken, put_back = RemoveAnnotations(tuple(placed)), AddAnnotations(tuple(annotations))
        back = Batch((taken, back, put_back, AddLinks(links)) if links else (taken, back, put_back))
    applied = Applied(back, (), restored_document=document)
    return Revision(document, len(placed) - len(orphaned), orphaned, applied)


def summarise(outcomes: list[ImportOutcome]) -> str:
    """One sentence a person reads after an import: what was added, found already, changed and
    refused, naming the articles where there are a few."""
    added = [o.document.title for o in outcomes if o.document is not None and o.created]
    known = [o.document.title for o in outcomes if o.document is not None and not o.created]
    changed = [o.previous.title for o in outcomes if o.previous is not None]
    refused = sum(o.document is None and o.previous is None for o in outcomes)
    parts = []
    if added:
        parts.append(tr("Added {articles}").format(articles=_articles(added)))
    if known:
        already = (
            tr("{articles} was in your library already (opened, not copied)")
            if len(known) == 1
            else tr("{articles} were in your library already (opened, not copied)")
        )
        parts.append(already.format(articles=_articles(known)))
    if changed:
        parts.append(tr("{articles} changed since imported").format(articles=_articles(changed)))
    if comments := sum(o.comments for o in outcomes):
        brought = tr(
            "%n comment(s) in the files brought in as notes on the “{tag}” tag", "", comments
        )
        parts.append(brought.format(tag=COMMENT_TAG.name))
    if left := sum(o.comments_left for o in outcomes):
        parts.append(tr("%n comment(s) in the files left out, as chosen", "", left))
    if refused:
        parts.append(tr("%n file(s) not imported", "", refused))
    if not parts:
        return tr("Found no articles to import.")
    sentence = "; ".join(parts)
    # What a file could not give (scanned pages) follows, each in a sentence of its own.
    left_out = "".join(f" {o.left_out}." for o in outcomes if o.left_out)
    return sentence[0].upper() + sentence[1:] + "." + left_out


# Up to this many articles are named in an import's summary; more are counted.
NAMED_IN_SUMMARY = 3


def _articles(titles: list[str]) -> str:
    """“A”, “A” and “B”, or “A”, “B” and “C”; more than that as a count."""
    if len(titles) > NAMED_IN_SUMMARY:
        return tr("{count} articles").format(count=len(titles))
    quoted = [tr("“{title}”").format(title=title) for title in titles]
    if len(quoted) == 1:
        return quoted[0]
    return tr("{titles} and {last}").format(titles=", ".join(quoted[:-1]), last=quoted[-1])


def seed_first_start(repository: LibraryRepository) -> Document | None:
    """On a library's first start, adds the sample articles; returns the first of them."""
    if repository.setting(SEEDED_KEY) is not None:
        return None
    first = None
    for path in seed_files():
        article = read_article(path)
        # The bundled copy's path means nothing to a user (and is temporary in a frozen app).
        source = article.source if article.source != article.file_path else "Readmark sample"
        article = replace(article, source=source, file_path="")
        document, _ = repository.add_article(article)
        first = first or document
    repository.set_setting(SEEDED_KEY, "1")
    return first


@dataclass(frozen=True)
class SearchHit:
    """A place in the library where the words were found: in a document's text, or in a note."""

    document_id: int
    document_title: str
    start: int
    end: int
    context: str  # the words with some text around them, on one line
    annotation: Annotation | None = None  # set for a hit in a note


CONTEXT_CHARS = 60
# Notes searched in one step of search_in_steps: how long a search told to stop may go on,
# short enough that no one sees it.
NOTES_A_STEP = 500


def search_library(repository: LibraryRepository, query: str, limit: int = 500) -> list[SearchHit]:
    """Every match of `query` (any case, any quote style) in the texts, then in the notes."""
    return [hit for found in search_in_steps(repository, query, limit) for hit in found]


def search_in_steps(
    repository: LibraryRepository, query: str, limit: int = 500
) -> Iterator[list[SearchHit]]:
    """search_library a step at a time, each step's hits as it yields them (often none): a
    document's text, or a batch of notes, so that a window shows the first hits at once, and
    a search no longer wanted stops soon, in a library of 200,000 notes as in a small one."""
    pattern = pattern_for(query)
    if pattern is None:
        return
    count = 0
    for document_id, title, text in repository.texts():
        found = [
            SearchHit(document_id, title, start, end, _context(text, start, end))
            for start, end in matches(pattern, text, limit - count)
        ]
        count += len(found)
        yield found
        if count >= limit:
            return
    # The notes as plain rows; only those that match are read whole, as annotations.
    notes = repository.notes()
    while count < limit:
        batch = list(islice(notes, NOTES_A_STEP))
        if not batch:
            return
        matching = []
        for annotation_id, title, note in batch:
            for start, end in matches(pattern, note, 1):
                matching.append((annotation_id, title, _context(note, start, end)))
        matching = matching[: limit - count]
        if not matching:
            yield []
            continue
        annotations = repository.annotations_with_ids(a for a, _, _ in matching)
        count += len(matching)
        yield [
            SearchHit(
                annotations[annotation_id].document_id,
                title,
                annotations[annotation_id].start,
                annotations[annotation_id].end,
                context,
                annotations[annotation_id],
            )
            for annotation_id, title, context in matching
        ]


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    shown = f"{'…' if start > CONTEXT_CHARS else ''}{before}{text[start:end]}{after}"
    return " ".join((shown + ("…" if end + CONTEXT_CHARS < len(text) else "")).split())
