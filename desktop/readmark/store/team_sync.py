"""Synchronising a library with its team: pull what others changed since the last pull, then
push what waits in the outbox.

Each pull is one library transaction and each push one server transaction, and both can be
repeated: a pull records the last change number in the transaction that applies the changes, and
a push sends whole rows (an upsert of the same row changes nothing) and clears its outbox entries
only after the server committed. A sync stopped at any moment loses nothing, and the next one
completes it. Pulling first gives this laptop the team's identities for the codebook, so that its
passages go out under them in the same sync.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
from sqlalchemy import Engine

from readmark.core.texts import tr
from readmark.store import team_link, team_pull, team_push, team_server
from readmark.store.database import writer
from readmark.store.pgpass import remember_password


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    waiting: int  # changes that stay in the outbox (a code the lead has not added yet)
    not_sent: int  # changes to what is not this coder's to change, kept on this laptop only


def sync(engine: Engine) -> SyncResult:
    """Pulls the others' changes from the library's team, then pushes this library's."""
    with writer(engine).begin() as connection:
        url = team_link.setting(connection, team_link.TEAM_URL)
        if url is not None:
            team_link.keep_current(connection)
    if url is None:
        raise team_server.TeamError(
            tr("This library is not in a team; join one with `readmark team join URL`.")
        )
    with team_server.connect(url) as server:
        return _sync(engine, server, *_who(server))


def join(engine: Engine, url: str) -> SyncResult:
    """Links the library to the team at `url` and syncs it for the first time. The password
    the address carries goes to libpq's password file, not into the library."""
    address, password = team_server.coder_address(url)
    with team_server.connect(address, password) as server:
        coder, is_lead = _who(server)
        if password is not None:
            remember_password(address, password)
        with writer(engine).begin() as connection:
            team_link.link(connection, address, coder)
        return _sync(engine, server, coder, is_lead)


def _sync(
    engine: Engine, server: psycopg.Connection[tuple[object, ...]], coder: str, is_lead: bool
) -> SyncResult:
    received = team_pull.pull(engine, server, coder)
    sent, waiting, not_sent = team_push.push(engine, server, coder, is_lead)
    if sent:
        # Outside the push's transaction, so heard at once; a word lost on the way costs only
        # the others' minute's wait.
        with suppress(psycopg.Error):
            server.execute("SELECT pg_notify(%s, session_user)", (team_server.CHANNEL,))
    with writer(engine).begin() as connection:
        team_link.set_setting(connection, team_link.TEAM_SYNCED_AT, datetime.now(UTC).isoformat())
    return SyncResult(sent, received, waiting, not_sent)


def _who(server: psycopg.Connection[tuple[object, ...]]) -> tuple[str, bool]:
    """This login's name and whether it leads, once the server's schema is one this Readmark
    writes (TeamError otherwise)."""
    team_server.check_version(server)
    row = server.execute(
        "SELECT session_user, coalesce((SELECT is_lead FROM coders "
        "WHERE name = session_user AND active), false)"
    ).fetchone()
    assert row is not None
    return str(row[0]), bool(row[1])
