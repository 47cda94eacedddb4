"""The window's responsiveness during long work (tests/ui/test_responsive_work.py), measured in a
process of its own on each platform, as a user runs the app: one window, not the hundreds the
window suite makes and closes before it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_the_window_stays_responsive_during_long_work(
    platform: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM=platform, READMARK_RESPONSIVE_ALONE="1")
    if platform == "xcb":
        environment["DISPLAY"] = request.getfixturevalue("xvfb_display")
        environment.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--basetemp={tmp_path / 'alone'}",
            str(TESTS / "ui" / "test_responsive_work.py"),
        ],
        cwd=TESTS.parent,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        pytest.fail(f"long work stalled the window:\n{run.stdout[-6000:]}\n{run.stderr[:3000]}")
    assert run.stdout.splitlines()[-1].startswith("3 passed")
