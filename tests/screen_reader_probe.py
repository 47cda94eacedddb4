"""What a screen reader meets in Readmark, read over AT-SPI from outside the app, as Orca reads it.

Run by tests/test_screen_reader.py with the system's python3 (pyatspi is a Debian package, not a
PyPI one) inside a D-Bus session on an X server: `python3 screen_reader_probe.py APP-COMMAND...`.
It starts the app, presses keys as a user would (xdotool) and prints one JSON report.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import Atspi, GLib  # type: ignore[import-not-found]

PATIENCE_S = 20.0  # a bound on each wait, so a broken app fails instead of hanging


def wait_for(condition: Callable[[], Any], what: str) -> Any:
    """Runs the event loop (AT-SPI events arrive through it) until `condition` holds."""
    context = GLib.MainContext.default()
    give_up = time.monotonic() + PATIENCE_S
    while time.monotonic() < give_up:
        while context.iteration(False):
            pass
        found = condition()
        if found:
            return found
        time.sleep(0.05)
    raise SystemExit(f"screen reader probe: gave up waiting for {what}")


def nodes(node: Any) -> Iterator[Any]:
    yield node
    for child in node:
        if child is not None:
            yield from nodes(child)


def showing(node: Any) -> bool:
    return bool(node.getState().contains(pyatspi.STATE_SHOWING))


def described(node: Any) -> dict[str, str]:
    return {"role": node.getRoleName(), "name": node.name}


def readmark() -> Any:
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "Readmark":
            # Read afresh: what AT-SPI caches of the window before it is built goes stale.
            app.setCacheMask(Atspi.Cache.NONE)
            return app
    return None


def find(root: Any, role: str, name: str) -> Any:
    for node in nodes(root):
        if node.getRoleName() == role and node.name == name:
            return node
    return None


class Listener:
    """The focus and the notifications shown, as a screen reader hears of them (Orca says a
    notification as it shows)."""

    def __init__(self) -> None:
        self.focused: Any = None
        self.announced: list[str] = []
        pyatspi.Registry.registerEventListener(self._focus, "object:state-changed:focused")
        pyatspi.Registry.registerEventListener(self._shown, "object:state-changed:showing")

    def _focus(self, event: Any) -> None:
        if event.detail1:
            self.focused = event.source

    def _shown(self, event: Any) -> None:
        if event.detail1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
            self.announced.append(event.source.name)

    def focus(self) -> dict[str, str] | None:
        return described(self.focused) if self.focused is not None else None


def press(*keys: str) -> None:
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)


def main(app_command: list[str]) -> None:
    listener = Listener()
    app_process = subprocess.Popen(app_command)
    try:
        report = probe(listener)
    finally:
        app_process.terminate()
        app_process.wait()
    print(json.dumps(report))


def first_look(frame: Any) -> dict[str, Any]:
    """What a screen reader finds in the window before a key is pressed."""
    article = find(frame, "text", "Article")
    text = article.queryText()
    return {
        "window": frame.name,
        "menus": [item.name for item in find_role(frame, "menu bar")],
        "toolbar": [described(node) for node in find_role(frame, "tool bar") if showing(node)],
        "unnamed": [
            described(node)
            for node in nodes(frame)
            if showing(node) and node.getState().contains(pyatspi.STATE_FOCUSABLE) and not node.name
        ],
        "article": {
            "characters": text.characterCount,
            "start": text.getText(0, 60),
            "read_only": not article.getState().contains(pyatspi.STATE_EDITABLE),
        },
        "note": described(find(frame, "text", "Note")),
    }


def probe(listener: Listener) -> dict[str, Any]:
    """The first look, then what the keys of tagging a passage and noting it bring."""
    app = wait_for(readmark, "the app on the accessibility bus")
    table = wait_for(lambda: find(app, "table", "Annotations"), "the annotation list")
    frame = next(node for node in app if node.getRoleName() == "frame")
    text = find(frame, "text", "Article").queryText()
    report = first_look(frame)
    window = wait_for(
        lambda: subprocess.run(
            ["xdotool", "search", "--name", "— Readmark$"], capture_output=True, text=True
        ).stdout.split(),
        "the window on the X server",
    )[0]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    wait_for(listener.focus, "a first focus")
    report["focus_at_start"] = listener.focus()
    report["focus_by_f6"] = []
    for _ in range(3):  # F6 goes round library, article and annotations
        before = listener.focus()
        press("F6")
        wait_for(lambda before=before: listener.focus() != before, "the focus to move")
        report["focus_by_f6"].append(listener.focus())
        if listener.focus() == {"role": "text", "name": "Article"}:
            break
    press("ctrl+Home", "ctrl+shift+Right", "ctrl+shift+Right", "ctrl+shift+Right")
    wait_for(lambda: text.getNSelections() and text.getSelection(0)[1] > 15, "a selection")
    start, end = text.getSelection(0)
    report["selection"] = text.getText(start, end)
    report["caret"] = text.caretOffset
    press("1")
    wait_for(lambda: table.queryTable().nRows == 1, "the new annotation's row")
    wait_for(lambda: listener.announced, "a notification")
    report["announced"] = listener.announced
    report["first_row"] = [
        table.queryTable().getAccessibleAt(0, column).name for column in range(2)
    ]
    press("F6")
    wait_for(lambda: listener.focus() != {"role": "text", "name": "Article"}, "the focus")
    report["focus_after_tagging"] = listener.focus()
    press("F2")
    wait_for(lambda: listener.focus() == {"role": "text", "name": "Note"}, "the note's focus")
    subprocess.run(["xdotool", "type", "--delay", "60", "check the date"], check=True)
    note = find(frame, "text", "Note").queryText()
    wait_for(lambda: note.getText(0, -1) == "check the date", "the note's words")
    press("ctrl+Return")
    wait_for(lambda: table.queryTable().getAccessibleAt(0, 2).name, "the saved note")
    report["note_saved"] = table.queryTable().getAccessibleAt(0, 2).name
    return report


def find_role(root: Any, role: str) -> list[Any]:
    holder = next(node for node in nodes(root) if node.getRoleName() == role)
    return [child for child in holder if child is not None]


if __name__ == "__main__":
    main(sys.argv[1:])
