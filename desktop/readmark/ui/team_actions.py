"""The team in the window: File > Team > Join Team… and Sync Now, a sync every minute and one on
closing, and where the library stands with its team in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from readmark.core import texts
from readmark.store.team_link import TEAM_SYNCED_AT, TEAM_URL
from readmark.ui.offline_text import plain_text
from readmark.ui.status_note import show_note
from readmark.ui.team_listener import TeamListener
from readmark.ui.team_worker import SyncOutcome, SyncWorker
from readmark.ui.translation import counted, tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow

SYNC_INTERVAL_MS = 60_000
# Closing the window waits this long at most for the last sync (none when the server was out
# of reach a moment ago, or nothing waits to be sent); what is not sent then goes next time.
CLOSE_WAIT_S = 3.0


class JoinTeamDialog(QDialog):
    """Asks for the team's address and the password a lead gave."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Join Team"))
        self.address = QLineEdit(self)
        self.address.setPlaceholderText(tr("postgresql://NAME@HOST/DATABASE"))
        self.address.setMinimumWidth(360)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("the one-time password your lead gave you"))
        form = QFormLayout()
        form.addRow(tr("Team &address:"), self.address)
        form.addRow(tr("&Password:"), self.password)
        where = QLabel(
            tr("The password goes to PostgreSQL's password file, not into the library."), self
        )
        where.setWordWrap(True)
        self.state = QLabel("", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.join_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(tr("&Join"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(where)
        layout.addWidget(self.state)
        layout.addWidget(self.buttons)
        self.on_join: Callable[[str], None] = lambda _address: None  # set by TeamActions

    def team_address(self) -> str:
        """The address with the password in it, as team_sync.join takes it."""
        from psycopg.conninfo import make_conninfo

        password = self.password.text()
        address = self.address.text().strip()
        return make_conninfo(address, password=password) if password else address

    def _on_buttons_accepted(self) -> None:
        from readmark.store.team_server import TeamError, coder_address

        try:  # told here, before any network: no login or database in it, or no TLS
            coder_address(self.address.text().strip())
        except TeamError as error:
            QMessageBox.warning(self, tr("Join Team"), plain_text(str(error)))
            return
        self.joining(True)
        self.on_join(self.team_address())

    def joining(self, busy: bool) -> None:
        self.state.setText(tr("Joining the team…") if busy else "")
        self.join_button.setEnabled(not busy)
        self.address.setEnabled(not busy)
        self.password.setEnabled(not busy)


class TeamActions(QObject):
    """File > Team, the sync timer, and the team's word in the status bar."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._controller = window.controller
        self.worker = SyncWorker(self._controller.library, self)
        self.worker.finished.connect(self._on_worker_finished)
        self._dialog: JoinTeamDialog | None = None
        self._last: SyncOutcome | None = None
        self._manual = False  # the user asked for this sync: say how it went
        self._joining = False  # the run is the dialog's join, not a sync
        self._again = False  # a colleague sent work while a sync ran: sync once more after
        self.listener = TeamListener(self)
        self.listener.heard.connect(self._on_listener_heard)

        self.menu = QMenu(tr("&Team"), window)
        self.join_action = QAction(tr("&Join Team…"), window)
        self.join_action.triggered.connect(self.join_team)
        self.sync_action = QAction(tr("&Sync Now"), window)
        self.sync_action.setShortcut("Ctrl+Shift+S")
        self.sync_action.triggered.connect(self.sync_now)
        self.menu.addActions([self.join_action, self.sync_action])
        separators = [action for action in file_menu.actions() if action.isSeparator()]
        before = separators[-2]  # the one above Restore from Backup…
        file_menu.insertSeparator(before)
        file_menu.insertMenu(before, self.menu)

        self.status = QLabel(window)
        window.statusBar().addPermanentWidget(self.status)
        self.sync_timer = QTimer(self)
        self.sync_timer.setInterval(SYNC_INTERVAL_MS)
        self.sync_timer.timeout.connect(self._on_timer_timeout)
        window.installEventFilter(self)
        self._show_linked()
        if self.linked:
            # Once the window is built: its library watch starts from the library as the panel
            # read it, so it sees what this sync brings (started now, a quick sync could write
            # before the watch began, and the passages would never show).
            QTimer.singleShot(0, self.worker.start)

    @property
    def linked(self) -> bool:
        return self._controller.setting(TEAM_URL) is not None

    def _show_linked(self) -> None:
        url = self._controller.setting(TEAM_URL)
        linked = url is not None
        self.sync_action.setEnabled(linked)
        self.sync_action.setToolTip(
            tr("Send your changes to the team and bring everyone else's")
            if linked
            else tr("Join a team first (File > Team > Join Team…)")
        )
        self.status.setVisible(linked)
        if url is not None:
            self.sync_timer.start()
            self.listener.start(url)
            self._show_status()

    def join_team(self) -> JoinTeamDialog:
        if self._dialog is None:
            self._dialog = JoinTeamDialog(self._window)
            self._dialog.on_join = self._join
        self._dialog.joining(False)
        self._dialog.open()
        return self._dialog

    def _join(self, address: str) -> None:
        if self.worker.start(join_address=address):
            self._manual = self._joining = True
        else:
            self._dialog_failed("A sync is running; try again in a moment.")

    def sync_now(self) -> None:
        if self.linked:
            self._manual = True
            self.worker.start()
            self._window.statusBar().showMessage(tr("Syncing with the team…"), 5000)

    def _on_timer_timeout(self) -> None:
        self._show_status()  # "Synced 3 min ago" grows older
        self.worker.start()

    def _on_listener_heard(self) -> None:
        if not self.worker.start():
            self._again = True

    def _on_worker_finished(self, outcome: SyncOutcome | None) -> None:
        manual, self._manual = self._manual, False
        joining, self._joining = self._joining, False
        if self._again:
            self._again = False
            self.worker.start()
        if outcome is None:
            return
        self._last = outcome
        if joining and outcome.error:
            self._dialog_failed(outcome.error)
            return
        if outcome.result is not None:
            from readmark.team_commands import describe

            if joining and self._dialog is not None:
                self._dialog.accept()
                # The library's coder is now the team login (see team_link.link).
                self._controller.set_coder(self._controller.repository.coder())
                self._show_linked()
            if self._window.isVisible():  # (a closed window watches no more)
                self._window.library_watch.check_now()  # show what came at once
            if manual:
                show_note(self._window, describe(outcome.result, joined=joining), 8000)
        elif manual:
            show_note(self._window, outcome.error, 10000)
        self._show_status()

    def _dialog_failed(self, message: str) -> None:
        assert self._dialog is not None
        self._dialog.joining(False)
        QMessageBox.warning(self._dialog, tr("Join Team"), plain_text(message))

    def _show_status(self) -> None:
        text, tip = status_text(self._last, self._controller.setting(TEAM_SYNCED_AT))
        self.status.setText(text)
        self.status.setToolTip(tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Close and watched is self._window:
            self.sync_timer.stop()
            self.listener.stop()
            offline = self._last is not None and self._last.offline
            if self.linked and not offline:
                self.worker.start(only_if_waiting=True)
            self.worker.wait(CLOSE_WAIT_S)
        return False


def status_text(last: SyncOutcome | None, synced_at: str | None) -> tuple[str, str]:
    """The status bar's word on the team, and its tooltip."""
    if last is not None and last.offline:
        waiting = counted(tr("Offline: %n change(s) waiting", "", last.waiting), last.waiting)
        return waiting, last.error
    if last is not None and last.error:
        first_sentence = last.error.split(". ")[0].rstrip(".")
        return tr("Not synced: {reason}").format(reason=first_sentence), last.error
    if synced_at is None:
        return tr("Not synced yet"), ""
    then = datetime.fromisoformat(synced_at)
    last_synced = tr("Last synced {moment}").format(moment=texts.date_time(then))
    return synced_ago(then, datetime.now(UTC)), last_synced


def synced_ago(then: datetime, now: datetime) -> str:
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return tr("Synced just now")
    if minutes < 60:
        return counted(tr("Synced %n min ago", "", minutes), minutes)
    if minutes < 24 * 60:
        return counted(tr("Synced %n h ago", "", minutes // 60), minutes // 60)
    days = minutes // (24 * 60)
    return counted(tr("Synced %n day(s) ago", "", days), days)
