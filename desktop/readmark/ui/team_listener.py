"""Hearing at once that a colleague sent work to the team (PostgreSQL's LISTEN/NOTIFY), rather
than at the next minute's sync: every sync that sent changes, from a window or `readmark sync`,
says so on the team's channel (team_sync), and every other window listening pulls."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

# Between two attempts to listen while the server is out of reach (the minute's sync goes on).
RETRY_S = 60.0
# How often the listening thread looks up from the server to see whether it should stop.
POLL_S = 1.0


class TeamListener(QObject):
    """Listens on the team's channel on a thread of its own, and says on the GUI thread when a
    colleague (a login other than this library's) sent changes."""

    heard = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = threading.Event()  # set while the server has our LISTEN
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, url: str) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        # A daemon, like the sync's: it never keeps the app from quitting.
        self._thread = threading.Thread(
            target=self._listen, args=(url,), name="readmark-team-listen", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _listen(self, url: str) -> None:
        import psycopg

        from readmark.store import team_server

        while not self._stop.is_set():
            try:
                with team_server.connect(url) as server:
                    server.execute(f"LISTEN {team_server.CHANNEL}")
                    row = server.execute("SELECT session_user").fetchone()
                    me = str(row[0]) if row else ""
                    self.listening.set()
                    while not self._stop.is_set():
                        for notice in server.notifies(timeout=POLL_S):
                            if notice.payload != me:
                                self._tell()
            except (team_server.TeamError, psycopg.Error):
                self.listening.clear()
                self._stop.wait(RETRY_S)
        self.listening.clear()

    def _tell(self) -> None:
        try:
            self.heard.emit()  # queued: the window takes it on its own thread
        except RuntimeError:
            self._stop.set()  # the window went
