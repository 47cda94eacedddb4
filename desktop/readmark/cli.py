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

if TYPE_CHECKING:
    from readmark.core.text import Block
    from readmark.store.repository import LibraryRepository


def build_parser() -> argparse.ArgumentParser:
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
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Hidden: starts the window, saves it to a PNG after the first paint, and quits (the
    # frozen-app test's proof that the bundle starts and draws).
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    add = commands.add_parser(
        "import",
        parents=[library],
        help="add articles (text, Markdown or HTML files, or folders of them); prints their ids",
    )
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")

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
        "export", parents=[library], help="write annotations to a CSV file for spreadsheets"
    )
    export.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
    export.add_argument(
        "--document", type=int, metavar="ID", help="only this document (default: all)"
    )
    return parser


COMMANDS = frozenset({"import", "list", "show", "suggest", "export"})


def split_files(argv: Sequence[str]) -> tuple[list[Path], list[str]]:
    """Article files named before any command (`readmark a.txt b.md`, as a desktop's "Open
    with" runs it), apart from the options."""
    files: list[Path] = []
    options: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token.startswith("-"):
            options.append(token)
            if token in ("--library", "--screenshot"):
                options.append(next(tokens, ""))
        elif token in COMMANDS or not Path(token).exists():
            return [], list(argv)  # a command, or a mistake argparse will explain
        else:
            files.append(Path(token))
    return files, options


def main(argv: Sequence[str] | None = None) -> int:
    files, options = split_files(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(options)
    library = getattr(args, "library", None)
    if args.command == "suggest" and not args.source.isdigit():
        return _suggest_file(Path(args.source), args.json)
    if args.command is None and args.screenshot is not None:
        from readmark.ui.snapshot import render_window_to

        return render_window_to(args.screenshot, library)
    if args.command is None:
        from readmark.app import run_window

        return run_window(library, files)

    from readmark.paths import library_path
    from readmark.store.database import LibraryError, open_library
    from readmark.store.repository import LibraryRepository

    try:
        repository = LibraryRepository(open_library(library_path(library)))
    except LibraryError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    if args.command == "import":
        return _import(repository, args.files)
    if args.command == "list":
        return _list(repository)
    if args.command == "show":
        return _show(repository, args.document, args.json)
    if args.command == "suggest":
        return _suggest_document(repository, int(args.source), args.json)
    return _export(repository, args.out, args.document)


def _import(repository: LibraryRepository, files: list[Path]) -> int:
    from readmark.library import import_files, summarise

    failed = 0
    outcomes = import_files(repository, files)
    for outcome in outcomes:
        if outcome.document is None:
            failed += 1
            print(f"readmark: {outcome.error}", file=sys.stderr)
            continue
        remark = "" if outcome.created else "\t(already in the library)"
        print(f"{outcome.document.id}\t{outcome.document.title}{remark}")
    if len(outcomes) > 1:
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


def _export(repository: LibraryRepository, out: Path, document_id: int | None) -> int:
    from readmark.library import export_csv
    from readmark.store.repository import NotFoundError

    try:
        if document_id is not None:
            repository.document(document_id)  # a clear message instead of an empty file
        count = export_csv(repository, out, document_id)
    except NotFoundError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"readmark: could not write “{out}”: {error.strerror}.", file=sys.stderr)
        return 1
    print(f"Exported {count} annotation{'s' if count != 1 else ''} to {out}", file=sys.stderr)
    return 0
