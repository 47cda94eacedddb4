"""A crash right after a tag loses nothing: the store has it before the screen shows it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

CHILD = """
import os, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from readmark.app import create_window
window = create_window(sys.argv[1])
window.show()
app.processEvents()
text = window.controller.document.text
start = text.index("Two suicide drones")
window.view.select_span(start, start + len("Two suicide drones"))
window.tag_actions[3].trigger()
note = window.panel.model.annotation(0)
window.controller.set_note(note, "said by whom?")
print("tagged", flush=True)
time.sleep(60)  # killed long before this ends
"""


def test_sigkill_right_after_tagging_keeps_the_tag_and_note(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(library)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "tagged"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    repository = LibraryRepository(open_library(library))
    [annotation] = repository.annotations(1)
    assert (annotation.exact, annotation.note) == ("Two suicide drones", "said by whom?")
    assert repository.tags()[3].id == annotation.tag_id
