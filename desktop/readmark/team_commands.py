"""`readmark team …` and `readmark sync`: set up a team library on PostgreSQL, join it, sync."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readmark.store.team_sync import SyncResult

TEAM_COMMANDS = frozenset({"team", "sync"})


def add_team_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    library: argparse.ArgumentParser,
) -> None:
    team = commands.add_parser(
        "team",
        help="set up a team library on PostgreSQL (a lead), or join one (each coder)",
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the team schema in an empty PostgreSQL database (once, by a lead)"
    )
    init.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST/DATABASE")
    upgrade = actions.add_parser("upgrade", help="take the team schema to this Readmark's version")
    upgrade.add_argument("url", metavar="URL")
    add = actions.add_parser(
        "add-coder", help="create a coder's login and print its one-time password"
    )
    add.add_argument("url", metavar="URL")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--lead", action="store_true", help="may change the codebook and remove documents"
    )
    remove = actions.add_parser(
        "remove-coder", help="take a coder's login away (their passages stay)"
    )
    remove.add_argument("url", metavar="URL")
    remove.add_argument("name", metavar="NAME")
    for name, purpose in (
        ("blind", "until revealed, each coder sees only their own passages on a document"),
        ("reveal", "let every coder see all the passages on a blind document"),
    ):
        blind = actions.add_parser(name, help=purpose)
        blind.add_argument("url", metavar="URL")
        which = blind.add_mutually_exclusive_group(required=True)
        which.add_argument("document", metavar="TITLE_OR_HASH", nargs="?")
        which.add_argument(
            "--all",
            action="store_true",
            help="the whole team: every document, those added later too"
            if name == "blind"
            else "every document of the team",
        )
    join = actions.add_parser(
        "join",
        parents=[library],
        help="link a library to the team with your login (postgresql://NAME:PASSWORD@HOST/DB); "
        "the password goes to PostgreSQL's password file, not the library",
    )
    join.add_argument("url", metavar="URL")
    commands.add_parser(
        "sync",
        parents=[library],
        help="send this library's changes to its team and bring everyone else's",
    )


def run_team_command(args: argparse.Namespace) -> int:
    from readmark.store import team_server

    if args.command == "sync":
        return _sync(args, join=None)
    if args.team_command == "join":
        return _sync(args, join=args.url)
    try:
        if args.team_command == "init":
            created = team_server.init_team(args.url)
            print(
                "Team library set up."
                if created
                else "The team library was already set up; its schema is current."
            )
        elif args.team_command == "upgrade":
            before, after = team_server.upgrade_team(args.url)
            print(
                f"Team schema {before} → {after}."
                if after > before
                else f"The team schema is current ({after})."
            )
        elif args.team_command == "add-coder":
            password = team_server.add_coder(args.url, args.name, args.lead)
            role = "lead" if args.lead else "coder"
            print(f"Added {role} {args.name}. Their one-time password (shown only now):")
            print(password)
        elif args.team_command == "remove-coder":
            team_server.remove_coder(args.url, args.name)
            print(f"{args.name} can no longer log in; their passages stay in the team library.")
        else:
            print(_blind(args, blind=args.team_command == "blind"))
    except team_server.TeamError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    return 0


def _blind(args: argparse.Namespace, blind: bool) -> str:
    from readmark.store import team_server

    if args.all:
        team_server.set_team_blind(args.url, blind)
        return (
            "The team is blind: until revealed, coders see only their own passages on every "
            "document, those added later too."
            if blind
            else "Every document is revealed: every coder's next sync brings all passages."
        )
    title = team_server.set_blind(args.url, args.document, blind)
    return (
        f"“{title}” is blind: coders see only their own passages on it."
        if blind
        else f"“{title}” is revealed: every coder's next sync brings all its passages."
    )


def _sync(args: argparse.Namespace, join: str | None) -> int:
    from readmark.paths import library_path
    from readmark.store import team_server, team_sync
    from readmark.store.database import LibraryError, open_library

    try:
        engine = open_library(library_path(getattr(args, "library", None)))
    except LibraryError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    try:
        result = team_sync.join(engine, join) if join else team_sync.sync(engine)
    except team_server.TeamError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(describe(result, joined=join is not None))
    return 0


def describe(result: SyncResult, joined: bool = False) -> str:
    """The sentence a user reads after a sync."""
    parts = [
        f"{'Joined the team and synced' if joined else 'Synced'}: sent {_count(result.sent)}, "
        f"received {_count(result.received)}."
    ]
    if result.waiting:
        parts.append(
            f"{_count(result.waiting)} wait for codes a lead has not added to the team "
            "codebook yet."
        )
    if result.not_sent:
        parts.append(
            f"{_count(result.not_sent)} to what only its owner or a lead may change "
            "stay on this laptop."
        )
    return " ".join(parts)


def _count(number: int) -> str:
    return f"{number} change" if number == 1 else f"{number} changes"
