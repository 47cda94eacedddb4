"""`readmark import`, `show`, `list`, `suggest`, `export` and `import-annotations`: the commands
on a library, each with its arguments and what runs it, with no window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from readmark.cli_language import qt_application, speak
from readmark.core.texts import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from readmark.core.text import Block
    from readmark.services.documents import ImportOutcome
    from readmark.services.exchange import ExportOptions
    from readmark.store.repository import LibraryRepository

EXPORT_FORMATS = ("csv", "xlsx", "json", "qdpx", "html", "pdf", "claimreview")


def _import(repository: LibraryRepository, args: argparse.Namespace) -> int:
    from readmark.services.documents import (
        comments_wanted,
        import_address,
        import_files,
        import_locked,
        is_web_address,
    )

    password, ocr, language = args.password, args.ocr, args.ocr_language
    if language is not None and not _tesseract_reads(language):
        return 2
    outcomes = []
    comments = comments_wanted(repository) if args.comments is None else args.comments
    for source in args.files:  # in the order given
        if is_web_address(source):
            outcomes.append(import_address(repository, source))
        else:
            outcomes += import_files(
                repository, [Path(source)], comments=comments, ocr=ocr, ocr_language=language
            )
    if password is not None:  # the locked files, again with the password given
        outcomes = [
            import_locked(
                repository,
                Path(o.path),
                password,
                comments=comments,
                ocr=ocr,
                ocr_language=language,
            )
            if o.locked
            else o
            for o in outcomes
        ]
    return _report_imports(outcomes)


def _tesseract_reads(language: str) -> bool:
    """Whether Tesseract has each of the languages (as "fra+eng" names them); where it lacks
    one, the first it lacks is said."""
    from readmark.core.pdf_ocr import ocr_languages

    installed = ocr_languages()
    missing = [name for name in language.split("+") if name not in installed]
    if missing:
        reason = (
            tr("the languages it has are {languages}.").format(languages=", ".join(installed))
            if installed
            else tr("Tesseract is not installed.")
        )
        lacking = tr("Tesseract cannot read “{language}”: {reason}")
        print(f"readmark: {lacking.format(language=missing[0], reason=reason)}", file=sys.stderr)
    return not missing


def _report_imports(outcomes: list[ImportOutcome]) -> int:
    """Prints each document imported (its id and title) and each file refused (why, and what
    would open it); 1 if any was refused."""
    from readmark.services.documents import summarise

    failed = 0
    for outcome in outcomes:
        if outcome.document is None:
            failed += 1
            hint = (
                " " + tr("Give its password with --password.")
                if outcome.locked
                else " " + tr("Read it by text recognition with --ocr.")
                if outcome.scan
                else ""
            )
            print(f"readmark: {outcome.error}{hint}", file=sys.stderr)
            continue
        remark = "" if outcome.created else "\t" + tr("(already in the library)")
        print(f"{outcome.document.id}\t{outcome.document.title}{remark}")
    if len(outcomes) > 1 or any(o.comments or o.comments_left or o.left_out for o in outcomes):
        print(summarise(outcomes), file=sys.stderr)
    return 1 if failed else 0


def _show(repository: LibraryRepository, document_id: int, as_json: bool) -> int:
    from readmark.store.repository import NotFoundError

    try:
        document = repository.document(document_id)
    except NotFoundError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    if not as_json:
        sys.stdout.write(document.text + "\n")
        return 0
    described = {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "author": document.author,
        "published": document.published,
        "site": document.site,
        "url": document.url,
        "file": document.file_path,
        "imported": document.imported_at.isoformat(),
        "length": len(document.text),
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in document.blocks],
    }
    print(json.dumps(described, ensure_ascii=False, indent=2))
    return 0


def suggest_file(path: Path, as_json: bool) -> int:
    """Suggestions for an article file, read as an import would but not added to any library."""
    from readmark.core.importing import UnreadableFileError, read_article

    try:
        article = read_article(path)
    except UnreadableFileError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    return _print_suggestions(article.text, list(article.blocks), as_json)


def _suggest_document(repository: LibraryRepository, document_id: int, as_json: bool) -> int:
    from readmark.store.repository import NotFoundError

    try:
        document = repository.document(document_id)
    except NotFoundError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    return _print_suggestions(document.text, list(document.blocks), as_json)


def _print_suggestions(text: str, blocks: list[Block], as_json: bool) -> int:
    from readmark.core.suggestions import suggest

    found = suggest(text, blocks)
    if as_json:
        print(json.dumps([vars(s) for s in found], ensure_ascii=False, indent=2))
        return 0
    for s in found:
        shown = " ".join(s.exact.split())
        print(f"{s.tag}\t{s.start}\t{s.end}\t{shown[:80]}\t{s.reason}")
    return 0


def _list(repository: LibraryRepository) -> int:
    for summary in repository.documents():
        print(f"{summary.id}\t{summary.annotation_count}\t{summary.title}")
    return 0


def _export(repository: LibraryRepository, args: argparse.Namespace) -> int:
    from readmark.services.exchange import ExportOptions, export
    from readmark.services.files import ExchangeError
    from readmark.store.repository import NotFoundError

    out: Path = args.out
    tags = None
    if args.tags is not None:
        tags = frozenset(name.strip() for name in args.tags.split(",") if name.strip())
    options = ExportOptions(
        document_ids=tuple(args.document) if args.document else None,
        tags=tags,
        delimiter=";" if args.delimiter == "semicolon" else ",",
        context=args.context,
        local_paths=args.local_paths,
        coder=args.coder,
        review_page=args.review_page,
    )
    if args.language:
        speak(args.language)
    if args.format == "pdf":
        qt_application()  # Qt prints the report
    try:
        if args.format == "pdf":
            count = _export_pdf(repository, out, options)
        else:
            count = export(repository, out, args.format, options)
    except (NotFoundError, ExchangeError) as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        unwritten = tr("could not write “{file}”: {reason}.")
        print(f"readmark: {unwritten.format(file=out, reason=error.strerror)}", file=sys.stderr)
        return 1
    print(tr("Exported %n annotation(s) to {file}", "", count).format(file=out), file=sys.stderr)
    return 0


def _export_pdf(repository: LibraryRepository, out: Path, options: ExportOptions) -> int:
    """The report printed to PDF by Qt (its application made by cli_language), with no
    window."""
    from readmark.services.exchange import report_html
    from readmark.ui.exchange_actions import write_report_pdf

    page, count = report_html(repository, options)
    write_report_pdf(page, out)
    return count


def _import_annotations(repository: LibraryRepository, path: Path) -> int:
    from readmark.services.annotation_import import import_annotations
    from readmark.services.files import ExchangeError

    try:
        report = import_annotations(repository, path)
    except ExchangeError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    for what, why in report.skipped:
        print(tr("skipped {what}: {why}").format(what=what, why=why), file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 0


# An argument as `add_argument` takes it: its name or flags, and its keywords.
Argument = tuple[tuple[str, ...], dict[str, Any]]


def _argument(*flags: str, **options: Any) -> Argument:
    return flags, options


class LibraryCommand(NamedTuple):
    """A command on the library: its name and help, its arguments, and what runs it."""

    name: str
    help: str
    arguments: tuple[Argument, ...]
    run: Callable[[LibraryRepository, argparse.Namespace], int]


# In the order the help lists them, before the team's commands.
LIBRARY_COMMANDS = (
    LibraryCommand(
        "import",
        QT_TR_NOOP(
            "add articles (text, Markdown, HTML, EPUB, Word or OpenDocument files, folders of "
            "them, or web addresses, fetched once); prints their ids"
        ),
        (
            _argument("files", nargs="+", metavar="FILE_OR_ADDRESS"),
            _argument(
                "--password",
                metavar="PASSWORD",
                help=QT_TR_NOOP("the password that opens a locked PDF"),
            ),
            _argument(
                "--ocr",
                action="store_true",
                help=QT_TR_NOOP(
                    "read scanned PDFs (no text in them) by text recognition, with Tesseract"
                ),
            ),
            _argument(
                "--ocr-language",
                metavar="LANGUAGE",
                help=QT_TR_NOOP(
                    'the language text recognition reads scans in, as Tesseract names it ("fra", '
                    '"deu", "fra+eng"; see tesseract --list-langs); default: the article\'s or the '
                    "system's where Tesseract has it, else English"
                ),
            ),
            _argument(
                "--comments",
                action=argparse.BooleanOptionalAction,
                help=QT_TR_NOOP(
                    "bring the comments in Word and OpenDocument files in as annotations of a "
                    '"comment" tag (default: as last chosen in the window\'s File menu, else yes)'
                ),
            ),
        ),
        _import,
    ),
    LibraryCommand(
        "show",
        QT_TR_NOOP("print a document's text, or its metadata and blocks"),
        (
            _argument("document", type=int, metavar="ID"),
            _argument(
                "--json",
                action="store_true",
                help=QT_TR_NOOP("metadata and blocks (kind, start, end) as JSON"),
            ),
        ),
        lambda repository, args: _show(repository, args.document, args.json),
    ),
    LibraryCommand(
        "list",
        QT_TR_NOOP("list the library's documents"),
        (),
        lambda repository, _: _list(repository),
    ),
    LibraryCommand(
        "suggest",
        QT_TR_NOOP(
            "suggest quotes, captions, claims and opinions in an article file or a document"
        ),
        (
            _argument("source", metavar="FILE_OR_ID"),
            _argument(
                "--json",
                action="store_true",
                help=QT_TR_NOOP("as JSON: tag, start, end, exact text, reason"),
            ),
        ),
        # A file is read with no library (see main): here the source is a document's id.
        lambda repository, args: _suggest_document(repository, int(args.source), args.json),
    ),
    LibraryCommand(
        "export",
        QT_TR_NOOP(
            "write annotations to a file: CSV or Excel for spreadsheets, Web Annotation JSON, a "
            "REFI-QDA project, or a report (HTML or PDF)"
        ),
        (
            _argument("--out", required=True, type=Path, metavar="FILE"),
            _argument(
                "--format",
                choices=EXPORT_FORMATS,
                default="csv",
                help=QT_TR_NOOP(
                    "csv (default), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html or "
                    "pdf (a report of the documents with their highlights and notes), claimreview "
                    "(schema.org ClaimReview and MediaReview JSON-LD of the claims with a verdict "
                    "and the captions with a media context; needs --review-page)"
                ),
            ),
            _argument(
                "--review-page",
                default="",
                metavar="URL",
                help=QT_TR_NOOP(
                    "claimreview: the address of the page the fact checks will be published on"
                ),
            ),
            _argument(
                "--document",
                type=int,
                action="append",
                metavar="ID",
                help=QT_TR_NOOP("only this document; give it again for several (default: all)"),
            ),
            _argument(
                "--tags",
                metavar="NAME,...",
                help=QT_TR_NOOP("only these tags, by name, comma-separated"),
            ),
            _argument(
                "--coder",
                metavar="NAME",
                help=QT_TR_NOOP(
                    "only this coder's passages; 'consensus' exports the version agreed in "
                    "Tools > Curate (default: everyone's)"
                ),
            ),
            _argument(
                "--delimiter",
                choices=("comma", "semicolon"),
                default="comma",
                help=QT_TR_NOOP(
                    "CSV field separator: semicolon suits Excel where the comma is the decimal sign"
                ),
            ),
            _argument(
                "--context",
                action="store_true",
                help=QT_TR_NOOP(
                    "CSV and XLSX: add the sentence around each passage (context_before, "
                    "context_after)"
                ),
            ),
            _argument(
                "--language",
                choices=("en", "fr", "de", "es"),
                help=QT_TR_NOOP(
                    "the language of the report (html and pdf: its words, numbers and date, as "
                    "the window writes them) and of this command's messages (default: the "
                    "window's language)"
                ),
            ),
            _argument(
                "--local-paths",
                action="store_true",
                help=QT_TR_NOOP(
                    "qdpx: give documents read from files their full path on this computer (by "
                    "default only the file's name: the folders name you)"
                ),
            ),
        ),
        _export,
    ),
    LibraryCommand(
        "import-annotations",
        QT_TR_NOOP(
            "read annotations from a Readmark JSON or CSV export or a REFI-QDA project (.qdpx) "
            "into the library, merging with what is there"
        ),
        (_argument("file", type=Path, metavar="FILE"),),
        lambda repository, args: _import_annotations(repository, args.file),
    ),
)
