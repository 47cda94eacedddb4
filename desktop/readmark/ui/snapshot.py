"""Starts the window on a library, saves a picture of it once it has painted, and quits.

Behind the hidden `readmark --screenshot PNG` option: the frozen-app test uses it to prove that
the bundle starts, finds its resources and draws the article (run it with QT_QPA_PLATFORM=offscreen
to need no display).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from readmark import __version__
from readmark.paths import APP_NAME
from readmark.store.database import LibraryError

# If no paint event ever arrives (it always should), the window is still drawn after this long.
FALLBACK_MS = 10_000


class _FirstPaint(QObject):
    """Calls `then` once, on the event loop's next turn after the watched widget first paints."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Let this paint and the window's own queued start-up work (scrolling to the
            # reading position) finish first.
            QTimer.singleShot(0, self._then)
        return False


def render_window_to(path: Path, library: str | None = None) -> int:
    """Opens the main window on `library`, writes it to the PNG `path` after its first paint,
    closes it; returns the exit status (0, or 1 if the library or the file could not be used)."""
    from readmark.app import create_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        window = create_window(library)
    except LibraryError as error:
        print(f"readmark: {error}", file=sys.stderr)
        return 1
    status, captured = 1, False

    def capture() -> None:
        nonlocal status, captured
        if captured:
            return
        captured = True
        fallback.stop()
        if window.grab().save(str(path), "PNG"):
            status = 0
        else:
            print(f"readmark: could not write the picture to “{path}”.", file=sys.stderr)
        window.close()
        app.quit()

    fallback = QTimer()
    fallback.setSingleShot(True)
    fallback.timeout.connect(capture)
    watcher = _FirstPaint(capture)
    window.installEventFilter(watcher)
    window.show()
    fallback.start(FALLBACK_MS)
    app.exec()
    window.removeEventFilter(watcher)
    window.deleteLater()
    return status
