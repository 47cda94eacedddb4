"""Seeing what other programs do to the library while the window shows: documents added by
`readmark import`, by a second window or by a sync appear in the list within a second, and a
colleague's passages that a sync brought appear in the open document, the reader's place,
selection and undo steps untouched."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from readmark.ui.background_work import Finished, run_on_thread, working

if TYPE_CHECKING:
    from readmark.ui.controller import Arrivals
    from readmark.ui.main_window import MainWindow

# How often the library is asked whether it changed: SQLite answers from memory, not the file.
CHECK_INTERVAL_MS = 1000


class LibraryWatch(QObject):
    """Asks the library once a second, while the window shows, whether it changed elsewhere."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._summing = False  # reading the passages' sums, on a thread
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
        """check_now, with the passages' sums read on a thread: SQLite's time over them grows
        with the document, every tag of the window's own sets a check off, and the window
        waits for none."""
        if self._summing or working():
            return  # the last check is still summing, or a job is writing
        controller = self._window.controller
        document_id = controller.outside_changes()
        if document_id is None:
            return
        coders = controller.shown_coders
        model = self._window.panel.model
        shown_before = model.passage_sums()

        def compare(summed: Finished[tuple[int, ...]]) -> None:
            self._summing = False
            if model.passage_sums() != shown_before:
                return  # the window wrote meanwhile: the next check sums again, after it
            # Failed there: read here, where an error reaches the user as ever.
            stored = summed.value or controller.passage_sums(document_id, coders)
            controller.compare_passages(document_id, model.annotations, shown_before, stored)

        self._summing = True
        run_on_thread(
            lambda: controller.passage_sums(document_id, coders), compare, self, "readmark-sums"
        )

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
