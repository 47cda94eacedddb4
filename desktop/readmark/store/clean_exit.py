"""Whether a library was left cleanly, so that opening it runs SQLite's check of every page
(PRAGMA quick_check, whose time grows with the file) only when it may be needed.

Each process that opens a library leaves a marker beside it ("library.sqlite3-open-<pid>"),
removed as the process ends normally. A marker found at opening is a process still using the
library or one that crashed, was killed or lost power while it was open; either way the check
runs. The daily backup checks its copy and, finding damage, asks for the check at the next
opening ("library.sqlite3-check"), where the reader is offered a backup.
"""

from __future__ import annotations

import atexit
import glob
import os
import sys
from contextlib import suppress
from pathlib import Path

_OPEN = "-open-"
_CHECK = "-check"
_ours: set[Path] = set()  # the markers this process made, removed as it ends


def _markers(library: Path) -> list[Path]:
    return list(library.parent.glob(f"{glob.escape(library.name)}{_OPEN}*"))


def _check_request(library: Path) -> Path:
    return library.with_name(library.name + _CHECK)


def needs_check(library: Path) -> bool:
    """Whether the library may have been left half written, or was found damaged since. This
    process's own marker says it has the library open still: opening it again needs no check."""
    others = [marker for marker in _markers(library) if marker not in _ours]
    return bool(others) or _check_request(library).exists()


def request_check(library: Path) -> None:
    """Makes the next opening check every page of the library."""
    _check_request(library).touch()


def passed_check(library: Path) -> None:
    """Forgets the markers of processes that have ended, and any request for the check."""
    for marker in _markers(library):
        pid = marker.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _running(int(pid)):
            marker.unlink(missing_ok=True)
    _check_request(library).unlink(missing_ok=True)


def mark_open(library: Path) -> None:
    """Leaves this process's marker beside the library until it ends normally. A folder that
    takes no marker only loses the check after a crash, so that does not stop the opening."""
    marker = library.with_name(f"{library.name}{_OPEN}{os.getpid()}")
    with suppress(OSError):
        marker.touch()
        if not _ours:
            atexit.register(_unmark)
        _ours.add(marker)


def _unmark() -> None:
    for marker in _ours:
        marker.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        # os.kill there ends the process rather than asking about it: a marker left by a
        # process still running is removed, and a crash of that one goes unchecked at the
        # next opening (the daily backup checks it still).
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
