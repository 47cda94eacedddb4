"""`readmark team …` and `readmark sync`: set up a team library on PostgreSQL, join it, sync."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from readmark.core.texts import tr

if TYPE_CHECKING:
    from readmark.store.team_sync import SyncResult

TEAM_COMMANDS = frozenset({"team", "sync"})


def add_team_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    library: argparse.ArgumentParser,
) -> None:
    team = commands.add_parser(
        "team",
        help=tr("set up a team library on PostgreSQL (a lead), or join one (each coder)"),
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help=tr("create the team schema in an empty PostgreSQL database (once, by a lead)")
    )
    init.add_argument("url", metavar="URL", help="postgresql://OWNER@HOST/DATABASE")
    upgrade = actions.add_parser(
        "upgrade", help=tr("take the team schema to this Readmark's version")
    )
    upgrade.add_argument("url", metavar="URL")
    add = actions.add_parser(
        "add-coder", help=tr("create a coder's login and print its one-time password")
    )
    add.add_argument("url", metavar="URL")
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--lead", action="store_true", help=tr("may change the codebook and remove documents")
    )
    remove = actions.add_parser(
        "remove-coder", help=tr("take a coder's login away (their passages stay)")
    )
    remove.add_argument("url", metavar="URL")
    remove.add_argument("name", metavar="NAME")
    for name, purpose in (
        ("blind", tr("until revealed, each coder sees only their own passages on a document")),
        ("reveal", tr("let every coder see all the passages on a blind document")),
    ):
        blind = actions.add_parser(name, help=purpose)
        blind.add_argument("url", metavar="URL")
        which = blind.add_mutually_exclusive_group(required=True)
        which.add_argument("document", metavar="TITLE_OR_HASH", nargs="?")
        which.add_argument(
            "--all",
            action="store_true",
            help=tr("the whole team: every document, those added later too")
            if name == "blind"
            else tr("every document of the team"),
        )
    join = actions.add_parser(
        "join",
        parents=[library],
        help=tr(
            "link a library to the team with your login (postgresql://NAME:PASSWORD@HOST/DB); "
            "the password goes to PostgreSQL's password file, not the library"
        ),
    )
    join.add_argument("url", metavar="URL")
    commands.add_parser(
        "sync",
        parents=[library],
        help=tr("send this library's changes to its team and bring everyone else's"),
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
                tr("Team library set up.")
                if created
                else tr("The team library was already set up; its schema is current.")
            )
        elif args.team_command == "upgrade":
            before, after = team_server.upgrade_team(args.url)
            print(
                tr("Team schema {before} → {after}.").format(before=before, after=after)
                if after > before
                else tr("The team schema is current ({version}).").format(version=after)
            )
        elif args.team_command == "add-coder":
            password = team_server.add_coder(args.url, args.name, args.lead)
            added = (
                tr("Added lead {name}. Their one-time password (shown only now):")
                if args.lead
                else tr("Added coder {name}. Their one-time password (shown only now):")
            )
            print(added.format(name=args.name))
            print(password)
        elif args.team_command == "remove-coder":
            team_server.remove_coder(args.url, args.name)
            print(
                tr("{name} can no longer log in; their passages stay in the team library.").format(
                    name=args.name
                )
            )
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
            tr(
                "The team is blind: until revealed, coders see only their own passages on every "
                "document, those added later too."
            )
            if blind
            else tr("Every document is revealed: every coder's next sync brings all passages.")
        )
    title = team_server.set_blind(args.url, args.document, blind)
    return (
        tr("“{title}” is blind: coders see only their own passages on it.")
        if blind
        else tr("“{title}” is revealed: every coder's next sync brings all its passages.")
    ).format(title=title)


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
    sent = tr("%n change(s)", "", result.sent)
    received = tr("%n change(s)", "", result.received)
    parts = [
        (
            tr("Joined the team and synced: sent {sent}, received {received}.")
            if joined
            else tr("Synced: sent {sent}, received {received}.")
        ).format(sent=sent, received=received)
    ]
    if result.waiting:
        parts.append(
            tr(
                "Waiting for codes a lead has not added to the team codebook yet: %n change(s).",
                "",
                result.waiting,
            )
        )
    if result.not_sent:
        parts.append(
            tr(
                "Kept on this laptop, as only their owner or a lead may make them: %n change(s).",
                "",
                result.not_sent,
            )
        )
    return " ".join(parts)
