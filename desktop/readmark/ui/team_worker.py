"""Joining a team and syncing with it away from the window's thread: the network never holds up
the reader. Each run opens the library again on a connection of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from readmark.ui.background_work import Finished, Running, run_on_thread
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.store.team_sync import SyncResult

# How team_server.connect words a server out of reach, before the sync or in its middle.


@dataclass(frozen=True)
class SyncOutcome:
    """What a join or sync came to: its result, or why it failed, and how it left the library."""

    result: SyncResult | None
    error: str  # "" when it went through
    offline: bool  # the team's server could not be reached
    waiting: int  # changes still to send


def run_sync(
    library: Path, join_address: str | None = None, only_if_waiting: bool = False
) -> SyncOutcome | None:
    """Syncs (or joins, with `join_address`) the library at `library`; None when
    `only_if_waiting` and nothing waits to be sent."""
    import psycopg
    from sqlalchemy.exc import SQLAlchemyError

    from readmark.store import team_link, team_server, team_sync
    from readmark.store.database import LibraryError, open_library, plain_reason

    try:
        engine = open_library(library)
    except LibraryError as refusal:
        return SyncOutcome(None, str(refusal), False, 0)
    result, error, offline = None, "", False
    try:
        if only_if_waiting:
            with engine.connect() as connection:
                if not team_link.waiting(connection):
                    return None
        try:
            result = (
                team_sync.join(engine, join_address) if join_address else team_sync.sync(engine)
            )
        except team_server.TeamError as failure:
            # Told by its kind, not its words, which are the reader's language.
            error, offline = str(failure), isinstance(failure, team_server.TeamUnreachableError)
        except psycopg.Error as failure:
            refused = tr("The team library refused the sync: {reason}")
            error = refused.format(reason=team_server.first_line(failure))
        except SQLAlchemyError as failure:
            untaken = tr("The library could not take the sync: {reason}")
            error = untaken.format(reason=plain_reason(failure))
        with engine.connect() as connection:
            waiting = team_link.waiting(connection)
    finally:
        engine.dispose()
    return SyncOutcome(result, error, offline, waiting)


class SyncWorker(QObject):
    """Runs one join or sync at a time on a thread of its own, and reports on the GUI thread."""

    finished = Signal(object)  # a SyncOutcome, or None when there was nothing to send

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._run: Running[SyncOutcome | None] | None = None

    @property
    def running(self) -> bool:
        """Whether a run has yet to report (its thread may live a moment longer)."""
        return self._run is not None

    def start(self, join_address: str | None = None, only_if_waiting: bool = False) -> bool:
        """Starts a run; False if one is running already. Stopped at any point (the app quits
        while it waits on a server out of reach), a sync loses nothing: see team_sync."""
        if self.running:
            return False
        self._run = run_on_thread(
            lambda: run_sync(self._library, join_address, only_if_waiting),
            self._report,
            self,
            "readmark-team-sync",
        )
        return True

    def _report(self, outcome: Finished[SyncOutcome | None]) -> None:
        self._run = None  # before the report: its receiver may start the next run
        if outcome.error is not None:
            raise outcome.error
        self.finished.emit(outcome.value)

    def wait(self, seconds: float) -> bool:
        """Waits at most `seconds` for the run's thread; whether it has ended."""
        return self._run is None or self._run.wait(seconds)
