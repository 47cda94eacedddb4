"""A progress dialog with a Cancel button for long work (exports, imports), and the callback
that drives it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

# Shown only for work that takes longer than this: most is done before.
SHOW_AFTER_MS = 500

# Told how much of how much is done; answers False once Cancel was pressed.
Step = Callable[[int, int], bool]


@contextmanager
def work_progress(parent: QWidget, label: str) -> Iterator[Step]:
    """The callback the work reports to, as (done, of how many)."""
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle("Readmark")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)  # closed below, also when the work fails or is cancelled
    dialog.setAutoReset(False)  # an import counts twice (reading, then merging)

    def step(done: int, total: int) -> bool:
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(min(done, total))  # lets the window repaint and Cancel be pressed
        return not dialog.wasCanceled()

    try:
        yield step
    finally:
        dialog.close()
        dialog.deleteLater()
