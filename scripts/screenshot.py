"""Renders docs/screenshot.png: the sample article with a few passages of each tag, offscreen.

Run: .venv/bin/python scripts/screenshot.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from readmark.app import create_window

OUTPUT = Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"

# (tag name, passage in the sample article, note)
PASSAGES = [
    ("claim", "Two suicide drones had somehow managed to penetrate the city’s air defences", ""),
    ("opinion", "Such an attack would have been unthinkable", "Counterfactual framing"),
    ("claim", "Three weeks later, partisans began raiding Russia’s borders", "Check date"),
    ("opinion", "So, is this really the beginning of the end for Russia’s tyrant?", ""),
    ("quote", "‘I agree [that] this is the beginning of the end of Putin", "Luke Coffey"),
    ("claim", "the trajectory now is towards Putin being ousted", ""),
    ("caption", "Pictured: Vladimir Putin meets with Eritrea's President at the Kremlin", ""),
]


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        window = create_window(str(Path(folder) / "library.sqlite3"))
        window.resize(1360, 860)
        window.show()
        app.processEvents()
        controller = window.controller
        controller.set_coder("Ana")  # not the login of whichever machine renders this
        window.repeats_bar.fold_button.click()  # the sample's repeated captions, folded away
        text = controller.document.text
        tags = {t.name: t.id for t in controller.tags}
        for name, passage, note in PASSAGES:
            start = text.index(passage)
            annotation = controller.tag_passage(start, start + len(passage), tags[name])
            if annotation is not None and note:
                controller.set_note(annotation, note)
        window.view.scroll_to(0)
        # The highlights strip recounts a moment after the last change: let it.
        settled = time.monotonic() + 0.3
        while time.monotonic() < settled:
            app.processEvents()
        OUTPUT.parent.mkdir(exist_ok=True)
        window.grab().save(str(OUTPUT))
        window.close()
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
