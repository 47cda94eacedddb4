"""Seeing what other programs do to the library while the window shows: documents added by
`readmark import`, by a second window or by a sync appear in the list within a second, and a
colleague's passages that a sync brought appear in the open document, the reader's place,
selection and undo steps untouched."""

from __future__ import annotations

import threading
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from readmark.ui.controller import Arrivals
    from readmark.ui.main_window import MainWindow

# How often the library is asked whether it changed: SQLite answers from memory in microseconds.
CHECK_INTERVAL_MS = 1000
# How often the window looks whether the passages' sums, read on a thread, have come.
SUMS_CHECK_MS = 15


class LibraryWatch(QObject):
    """Asks the library once a second, while the window shows, whether it changed elsewhere."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._summing: threading.Thread | None = None  # reading the passages' sums
        window.installEventFilter(self)
        window.controller.annotations_arrived.connect(self._on_controller_annotations_arrived)
        if window.isVisible():
            self._start()

    def _start(self) -> None:
        self.check_now()  # the first check starts the watch
        self._timer.start()

    def check_now(self) -> None:
        self._window.controller.check_outside_changes(self._window.panel.model.annotations)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.Show:
            self._start()
        elif kind == QEvent.Type.Hide:
            self._timer.stop()  # what changed meanwhile shows at the next check after Show
        elif kind == QEvent.Type.Close:
            self._timer.stop()
            self._window.controller.repository.stop_watching()
        return False

    def _on_timer_timeout(self) -> None:
        """check_now, with the passages' sums read on a thread: at 100,000 passages SQLite
        takes 300-400 ms over them, and every tag of the window's own sets a check off."""
        if self._summing is not None:
            return  # the last check is still summing
        controller = self._window.controller
        document_id = controller.outside_changes()
        if document_id is None:
            return
        coders = controller.shown_coders
        model = self._window.panel.model
        shown_before = model.passage_sums()
        found: list[tuple[int, ...]] = []

        def read() -> None:
            with suppress(Exception):  # read again below, where its error reaches the user
                found.append(controller.passage_sums(document_id, coders))

        self._summing = threading.Thread(target=read, name="readmark-sums", daemon=True)
        self._summing.start()

        def compare() -> None:
            if self._summing is not None and self._summing.is_alive():
                QTimer.singleShot(SUMS_CHECK_MS, self, compare)
                return
            self._summing = None
            if model.passage_sums() != shown_before:
                return  # the window wrote meanwhile: the next check sums again, after it
            if not found:
                found.append(controller.passage_sums(document_id, coders))
            controller.compare_passages(document_id, model.annotations, shown_before, found[0])

        compare()

    def _on_controller_annotations_arrived(self, arrivals: Arrivals) -> None:
        view = self._window.view
        for annotation in arrivals.removed:
            view.remove_annotation(annotation)
        for before, after in arrivals.changed:
            view.remove_annotation(before)  # its old span repaints too
            if not after.orphaned:
                view.add_annotation(after)
        for annotation in arrivals.added:
            if not annotation.orphaned:
                view.add_annotation(annotation)
        self._window.panel.show_arrivals(arrivals)
        self._window.overview.highlights_changed()
