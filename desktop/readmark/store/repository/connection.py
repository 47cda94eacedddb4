"""The connections every part of the repository shares: the engine that reads, the one that
writes, the batch running, and the watch for changes made through another connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from readmark.store.database import ChangeWatch, writer


class LibraryConnection:
    """Runs each operation in one session and one transaction, or in the running batch's."""

    def __init__(self, engine: Engine) -> None:
        self._reader = engine
        self._writer = writer(engine)
        self._batch: Session | None = None
        self._watch: ChangeWatch | None = None

    def dispose(self) -> None:
        """Closes every connection, so that the file can be moved or replaced."""
        self.stop_watching()
        self._reader.dispose()

    def changed_elsewhere(self) -> bool:
        """Whether the library was changed through another connection since last asked (see
        ChangeWatch); the first call starts watching and answers False."""
        if self._watch is None:
            self._watch = ChangeWatch(Path(str(self._reader.url.database)))
            return False
        return self._watch.changed()

    def stop_watching(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[Session]:
        """One session and transaction per operation, or the batch's when one is running."""
        if self._batch is not None:
            yield self._batch
            return
        engine = self._writer if write else self._reader
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Runs the operations inside as one transaction: all of them are stored, or none."""
        if self._batch is not None:
            yield
            return
        with Session(self._writer, expire_on_commit=False) as session, session.begin():
            self._batch = session
            try:
                yield
            finally:
                self._batch = None


def core_connection(session: Session) -> Connection:
    """The session's connection, for Core statements; what the session holds (in a batch) is
    written first, so that they see it."""
    session.flush()
    return session.connection()
