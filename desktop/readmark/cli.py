"""The `readmark` command: starts the window, or imports, lists and exports with no window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from readmark import __version__
from readmark.cli_language import TranslatedParser, readers_language, speak
from readmark.core.texts import tr
from readmark.library_commands import LIBRARY_COMMANDS, suggest_file
from readmark.paths import LIBRARY_ENV
from readmark.team_commands import TEAM_COMMANDS, add_team_commands, run_team_command


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without `commands`, only the window's options, for a start
    (building every command's parser too takes 7 ms), with no help, and raising its errors."""
    library = TranslatedParser(add_help=False)
    library.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=tr(
            "the library file to use (default: ${variable}, else your user data folder)"
        ).format(variable=LIBRARY_ENV),
    )
    parser = TranslatedParser(
        prog="readmark",
        description=tr(
            "Read articles offline and tag their passages as claim, opinion, caption or quote. "
            "With no command, opens the Readmark window."
        ),
        parents=[library],
        add_help=commands,
        exit_on_error=commands,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=tr("show the version and exit"),
    )
    # Hidden: starts the window, saves it to a PNG after the first paint, and quits (the
    # frozen-app test's proof that the bundle starts and draws).
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help=argparse.SUPPRESS)
    parser.set_defaults(command=None)
    if commands:
        _add_commands(parser, library)
    return parser


def _add_commands(parser: argparse.ArgumentParser, library: argparse.ArgumentParser) -> None:
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in LIBRARY_COMMANDS:
        subparser = commands.add_parser(command.name, parents=[library], help=tr(command.help))
        for flags, options in command.arguments:
            if "help" in options:  # marked for the catalogues where the table is written
                options = {**options, "help": tr(options["help"])}
            subparser.add_argument(*flags, **options)
    add_team_commands(commands, library)


COMMANDS = frozenset({command.name for command in LIBRARY_COMMANDS} | TEAM_COMMANDS)


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
        speak(readers_language())
        args = build_parser().parse_args(options)
    library = getattr(args, "library", None)
    if args.command == "suggest" and not args.source.isdigit():
        return suggest_file(Path(args.source), args.json)
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
    run = next(command.run for command in LIBRARY_COMMANDS if command.name == args.command)
    return run(repository, args)
