"""A progress dialog with a Cancel button for an export, and the callback that drives it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from readmark.exchange import Progress

# Shown only for an export that takes longer than this: most are done before.
SHOW_AFTER_MS = 500


@contextmanager
def export_progress(parent: QWidget, total: int) -> Iterator[Progress]:
    """The callback an export reports to; Cancel makes it answer False (the export stops)."""
    dialog = QProgressDialog(
        f"Exporting {total:,} annotation{'' if total == 1 else 's'}…", "Cancel", 0, total, parent
    )
    dialog.setWindowTitle("Export")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)  # closed below, also when the export fails or is cancelled

    def step(done: int) -> bool:
        dialog.setValue(min(done, total))  # lets the window repaint and Cancel be pressed
        return not dialog.wasCanceled()

    try:
        yield step
    finally:
        dialog.close()
        dialog.deleteLater()
