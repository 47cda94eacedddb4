"""The `readmark` command: starts the window, or imports, lists and exports with no window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from readmark import __version__
from readmark.paths import LIBRARY_ENV
from readmark.team_commands import TEAM_COMMANDS, add_team_commands, run_team_command

if TYPE_CHECKING:
    from readmark.core.text import Block
    from readmark.services.exchange import ExportOptions
    from readmark.store.repository import LibraryRepository


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the window's options, for a start
    (building every command's parser too takes 7 ms), with no help, and raising its errors."""
    library = argparse.ArgumentParser(add_help=False)
    library.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"the library file to use (default: ${LIBRARY_ENV}, else your user data folder)",
    )
    parser = argparse.ArgumentParser(
        prog="readmark",
        description="Read articles offline and tag their passages as claim, opinion, caption "
        "or quote. With no command, opens the Readmark window.",
        parents=[library],
        add_help=commands,
        exit_on_error=commands,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Hidden: starts the window, saves it to a PNG after the first paint, and quits (the
    # frozen-app test's proof that the bundle starts and draws).
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    parser.set_defaults(command=None)
    if commands:
        _add_commands(parser, library)
    return parser


def _add_commands(parser: argparse.ArgumentParser, library: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser(
        "import",
        parents=[library],
        help="add articles (text, Markdown, HTML, EPUB, Word or OpenDocument files, folders of "
        "them, or web addresses, fetched once); prints their ids",
    )
    add.add_argument("files", nargs="+", metavar="FILE_OR_ADDRESS")
    add.add_argument("--password", metavar="PASSWORD", help="the password that opens a locked PDF")
    add.add_argument(
        "--ocr",
        action="store_true",
        help="read scanned PDFs (no text in them) by text recognition, with Tesseract",
    )
    add.add_argument(
        "--ocr-language",
        metavar="LANGUAGE",
        help='the language text recognition reads scans in, as Tesseract names it ("fra", '
        '"deu", "fra+eng"; see tesseract --list-langs); default: the article\'s or the '
        "system's where Tesseract has it, else English",
    )
    add.add_argument(
        "--comments",
        action=argparse.BooleanOptionalAction,
        help="bring the comments in Word and OpenDocument files in as annotations of a "
        '"comment" tag (default: as last chosen in the window\'s File menu, else yes)',
    )

    show = commands.add_parser(
        "show", parents=[library], help="print a document's text, or its metadata and blocks"
    )
    show.add_argument("document", type=int, metavar="ID")
    show.add_argument(
        "--json", action="store_true", help="metadata and blocks (kind, start, end) as JSON"
    )

    commands.add_parser("list", parents=[library], help="list the library's documents")

    proposals = commands.add_parser(
        "suggest",
        parents=[library],
        help="suggest quotes, captions, claims and opinions in an article file or a document",
    )
    proposals.add_argument("source", metavar="FILE_OR_ID")
    proposals.add_argument(
        "--json", action="store_true", help="as JSON: tag, start, end, exact text, reason"
    )

    export = commands.add_parser(
        "export",
        parents=[library],
        help="write annotations to a file: CSV or Excel for spreadsheets, Web Annotation JSON, "
        "a REFI-QDA project, or a report (HTML or PDF)",
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="csv",
        help="csv (default), xlsx, json (W3C Web Annotation), qdpx (REFI-QDA), html or pdf "
        "(a report of the documents with their highlights and notes), claimreview (schema.org "
        "ClaimReview and MediaReview JSON-LD of the claims with a verdict and the captions with "
        "a media context; needs --review-page)",
    )
    export.add_argument(
        "--review-page",
        default="",
        metavar="URL",
        help="claimreview: the address of the page the fact checks will be published on",
    )
    export.add_argument(
        "--document",
        type=int,
        action="append",
        metavar="ID",
        help="only this document; give it again for several (default: all)",
    )
    export.add_argument(
        "--tags", metavar="NAME,...", help="only these tags, by name, comma-separated"
    )
    export.add_argument(
        "--coder",
        metavar="NAME",
        help="only this coder's passages; 'consensus' exports the version agreed in Tools > "
        "Curate (default: everyone's)",
    )
    export.add_argument(
        "--delimiter",
        choices=("comma", "semicolon"),
        default="comma",
        help="CSV field separator: semicolon suits Excel where the comma is the decimal sign",
    )
    export.add_argument(
        "--context",
        action="store_true",
        help="CSV and XLSX: add the sentence around each passage (context_before, context_after)",
    )
    export.add_argument(
        "--language",
        choices=("en", "fr", "de", "es"),
        help="html and pdf: the report's words, numbers and date in English, French, German or "
        "Spanish, as the window writes them (default: English)",
    )
    export.add_argument(
        "--local-paths",
        action="store_true",
        help="qdpx: give documents read from files their full path on this computer (by "
        "default only the file's name: the folders name you)",
    )

    take = commands.add_parser(
        "import-annotations",
        parents=[library],
        help="read annotations from a Readmark JSON or CSV export or a REFI-QDA project "
        "(.qdpx) into the library, merging with what is there",
    )
    take.add_argument("file", type=Path, metavar="FILE")
    add_team_commands(commands, library)


COMMANDS = frozenset(
    {"import", "list", "show", "suggest", "export", "import-annotations", *TEAM_COMMANDS}
)
EXPORT_FORMATS = ("csv", "xlsx", "json", "qdpx", "html", "pdf", "claimreview")


def split_files(argv: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Article files named before any command (`readmark a.txt b.md`, as a desktop's "Open
    with" runs it), apart from the options."""
    files: list[Path] = []
    options: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token.startswith("-"):
            options.append(token)
            value = next(tokens, None) if token in ("--library", "--screenshot") else None
            if value is not None:  # a missing one is left for argparse to report
                options.append(value)
        elif token in COMMANDS or not Path(token).exists():
            return [], list(argv)  # a command, or a mistake argparse will explain
        else:
            files.append(Path(token))
    return files, options


def main(argv: Sequence[str] | None = None) -> int:
    files, options = split_files(sys.argv[1:] if argv is None else argv)
    try:
        args, rest = build_parser(commands=False).parse_known_args(options)
    except argparse.ArgumentError:
        rest = options
    if rest:  # a command, help, or a mistake: the whole parser reads it, or says what is wrong
        args = build_parser().parse_args(options)
    library = getattr(args, "library", None)
    if args.command == "suggest" and not args.source.isdigit():
        return _suggest_file(Path(args.source), args.json)
    if args.command is None and args.screenshot is not None:
        from readmark.app import render_window_to

        return render_window_to(args.screenshot, library)
    if args.command is None:
        from readmark.app import run_window

        return run_window(library, files)
    if args.command in TEAM_COMMANDS:
        return run_team_command(args)

    from readmark.paths import library_path
    from readmark.store.database import LibraryError, open_library
    from readmark.store.repository import LibraryRepository

    try:
        repository = LibraryRepository(open_library(library_path(library)))
    except LibraryError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    if args.command == "import":
        return _import(repository, args)
    if args.command == "list":
        return _list(repository)
    if args.command == "show":
        return _show(repository, args.document, args.json)
    if args.command == "suggest":
        return _suggest_document(repository, int(args.source), args.json)
    if args.command == "import-annotations":
        return _import_annotations(repository, args.file)
    return _export(repository, args)


def _import(repository: LibraryRepository, args: argparse.Namespace) -> int:
    from readmark.core.pdf_ocr import ocr_languages
    from readmark.services.documents import (
        comments_wanted,
        import_address,
        import_files,
        import_locked,
        is_web_address,
        summarise,
    )

    password, ocr, language = args.password, args.ocr, args.ocr_language
    if language is not None:
        installed = ocr_languages()
        missing = [name for name in language.split("+") if name not in installed]
        if missing:
            print(
                f"readmark: Tesseract cannot read “{missing[0]}”: "
                + (
                    f"the languages it has are {', '.join(installed)}."
                    if installed
                    else "Tesseract is not installed."
                ),
                file=sys.stderr,
            )
            return 2
    failed = 0
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
    for outcome in outcomes:
        if outcome.document is None:
            failed += 1
            hint = (
                " Give its password with --password."
                if outcome.locked
                else " Read it by text recognition with --ocr."
                if outcome.scan
                else ""
            )
            print(f"readmark: {outcome.error}{hint}", file=sys.stderr)
            continue
        remark = "" if outcome.created else "\t(already in the library)"
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


def _suggest_file(path: Path, as_json: bool) -> int:
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
    _qt = _qt_for_report(args.format, args.language)  # held until the report is written
    try:
        if args.format == "pdf":
            count = _export_pdf(repository, out, options)
        else:
            count = export(repository, out, args.format, options)
    except (NotFoundError, ExchangeError) as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"readmark: could not write “{out}”: {error.strerror}.", file=sys.stderr)
        return 1
    print(f"Exported {count} annotation{'s' if count != 1 else ''} to {out}", file=sys.stderr)
    return 0


def _qt_for_report(kind: str, language: str | None) -> object | None:
    """Qt, offscreen, for a report that needs it (the only command that loads Qt): printed to
    PDF, or written in a language, through the window's catalogues and locale; else None."""
    if kind != "pdf" and not (kind == "html" and language):
        return None
    import os

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen needed, nor wanted
    from PySide6.QtGui import QGuiApplication

    from readmark.ui.translation import install_translators

    application = QGuiApplication.instance() or QGuiApplication([])
    if language:
        install_translators(language)
    return application


def _export_pdf(repository: LibraryRepository, out: Path, options: ExportOptions) -> int:
    """The report printed to PDF by Qt (made by _qt_for_report), with no window."""
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
        print(f"skipped {what}: {why}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 0
