"""The window tests again, on the real xcb platform under Xvfb, in a pytest process of its own.

It starts as the session's collection ends and runs beside the rest of the suite, one process a
core; tests/test_real_platform.py waits for it and reports its result. The tests marked
whole_machine are left out of it: those that time the event loop measure the app's own work,
the same on either platform, and another process on the cores would make their figures the
machine's; in the session, they wait for this run to end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).parent

# Every test that opens a window; an xcb-marked test belongs in one of these.
WINDOW_TESTS = (
    "ui",
    "classroom/test_classroom_window.py",
    "exchange/test_window.py",
    "team/test_team_window.py",
)


def start_xvfb(xvfb: str) -> tuple[subprocess.Popen[bytes], str]:
    """A private X server with the desktop's 1920 x 1080 screen, and its display (":5"). Xvfb
    picks a free display number itself (-displayfd) and writes it to a pipe, so two runs side
    by side never collide; an empty display means it did not start (its stderr says why)."""
    ready, told = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(told), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(told,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    os.close(told)
    with os.fdopen(ready) as pipe:
        number = pipe.readline().strip()
    return server, f":{number}" if number else ""


def stop_xvfb(server: subprocess.Popen[bytes]) -> str:
    """Stops the server; what it wrote to stderr."""
    server.terminate()
    server.wait()
    assert server.stderr is not None
    said = server.stderr.read().decode(errors="replace")
    server.stderr.close()
    return said


class XcbRerun:
    """The window tests running under Xvfb in a process of their own."""

    def __init__(self, xvfb: str) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="readmark-xcb-"))
        self._server, display = start_xvfb(xvfb)
        self._output = (self._folder / "output.txt").open("w+")
        self._run: subprocess.Popen[str] | None = None
        self.problem = "" if display else f"Xvfb did not start: {stop_xvfb(self._server)}"
        if self.problem:
            return
        environment = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display)
        environment.pop("WAYLAND_DISPLAY", None)
        self._run = subprocess.Popen(
            [
                sys.executable,
                *("-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", "-m", "not whole_machine"),
                f"--basetemp={self._folder / 'tmp'}",
                *(str(TESTS / path) for path in WINDOW_TESTS),
            ],
            cwd=TESTS.parent,
            env=environment,
            stdout=self._output,
            stderr=subprocess.STDOUT,
            text=True,
        )

    @property
    def running(self) -> bool:
        return self._run is not None and self._run.poll() is None

    def result(self) -> tuple[int, str]:
        """Waits for the run to end: its exit status and what it printed."""
        if self._run is None:
            return 1, self.problem
        status = self._run.wait()
        self._output.seek(0)
        return status, self._output.read()

    def stop(self) -> None:
        """Ends the run (if it has not ended) and its server, and removes its files."""
        if self._run is not None and self._run.poll() is None:
            self._run.kill()
            self._run.wait()
        if self._server.poll() is None:
            stop_xvfb(self._server)
        elif self._server.stderr is not None:
            self._server.stderr.close()
        self._output.close()
        shutil.rmtree(self._folder, ignore_errors=True)
