"""The window tests again, on the real xcb platform under Xvfb, as people run the app.

The offscreen platform hid bugs a user met at once: it has no window manager, no real focus, no
native paint. So every window test also runs here, in a process of its own (Qt picks its platform
once per process), and the tests marked xcb, which need a real window system, run only here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent

# Every test that opens a window; an xcb-marked test belongs in one of these.
WINDOW_TESTS = (
    "ui",
    "classroom/test_classroom_window.py",
    "exchange/test_window.py",
    "team/test_team_window.py",
)


def test_window_tests_pass_on_xcb_under_xvfb(xvfb_display: str, tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    environment.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            f"--basetemp={tmp_path / 'xcb'}",
            *(str(TESTS / path) for path in WINDOW_TESTS),
        ],
        cwd=TESTS.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        pytest.fail(f"the window tests failed on xcb:\n{run.stdout[-6000:]}\n{run.stderr[:4000]}")
    assert " passed" in run.stdout.splitlines()[-1]
