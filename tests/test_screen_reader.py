"""What a screen reader user meets, read from outside the app over AT-SPI as Orca reads it on
Linux: the app runs on Xvfb with a D-Bus session and the accessibility bus, keys are pressed on
the X server (xdotool), and tests/screen_reader_probe.py (the system's python3, with pyatspi)
reports what the reader is told. tests/ui/test_every_reader.py checks the same names inside the
process, through QAccessible; this checks that they reach a screen reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from external_tools import require_tool

TESTS = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def require_pyatspi() -> None:
    """The system's python3 with pyatspi (Debian's python3-pyatspi): skipped where it is missing,
    except in CI, whose .ci/run installs it."""
    has_it = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], check=False).returncode == 0
    if not has_it:
        if os.environ.get("CI") == "true":
            pytest.fail("python3-pyatspi is not installed, and CI must run this test")
        pytest.skip("python3-pyatspi is not installed")


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory, xvfb_display: str) -> dict[str, Any]:
    """The probe's report on the app with its sample article, in a library of its own."""
    dbus_run_session = require_tool("dbus-run-session", "dbus")
    require_tool("xdotool", "xdotool")
    if not Path(BUS_LAUNCHER).exists():
        require_tool("at-spi-bus-launcher", "at-spi2-core")
    require_pyatspi()
    home = tmp_path_factory.mktemp("screen-reader")
    environment = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "READMARK_LIBRARY": str(home / "library.sqlite3"),
        **{
            name: str(home / name.lower())
            for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
        },
    }
    environment.pop("WAYLAND_DISPLAY", None)
    environment.pop("DBUS_SESSION_BUS_ADDRESS", None)
    script = (
        f"{BUS_LAUNCHER} --launch-immediately & "
        f'exec {SYSTEM_PYTHON} {TESTS / "screen_reader_probe.py"} "$@"'
    )
    run = subprocess.run(
        [dbus_run_session, "--", "sh", "-c", script, "probe", sys.executable, "-m", "readmark"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if run.returncode != 0:
        pytest.fail(f"the screen reader probe failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}")
    return dict(json.loads(run.stdout.splitlines()[-1]))


def test_the_window_menus_and_tag_buttons_are_named(heard: dict[str, Any]) -> None:
    assert heard["window"].endswith(" — Readmark")
    assert {"File", "Edit", "View", "Help"} <= set(heard["menus"])
    buttons = {button["name"]: button["role"] for button in heard["toolbar"]}
    for tag in ("Claim", "Opinion", "Caption", "Quote"):
        assert buttons[tag] == "push button"


def test_nothing_a_user_can_reach_is_nameless(heard: dict[str, Any]) -> None:
    assert heard["unnamed"] == []


def test_the_article_reads_as_read_only_text(heard: dict[str, Any]) -> None:
    assert heard["article"]["start"].startswith("Recent attacks spell doom for Putin")
    assert heard["article"]["characters"] > 5000
    assert heard["article"]["read_only"]
    assert heard["note"] == {"role": "text", "name": "Note"}


def test_keys_move_the_focus_to_named_panes(heard: dict[str, Any]) -> None:
    for focused in (heard["focus_at_start"], *heard["focus_by_f6"]):
        assert focused["name"], focused
    assert heard["focus_by_f6"][-1] == {"role": "text", "name": "Article"}
    assert heard["focus_after_tagging"] == {"role": "table", "name": "Annotations"}


def test_a_passage_tagged_by_keys_is_announced(heard: dict[str, Any]) -> None:
    assert heard["selection"] == "Recent attacks spell "
    assert heard["caret"] == len("Recent attacks spell ")
    assert "Tagged as claim. Ctrl+Z undoes it." in heard["announced"]
    assert heard["first_row"][0] == "claim"
    assert heard["first_row"][1].startswith("Recent attacks spell")


def test_a_note_written_by_keys_is_read_back_in_the_list(heard: dict[str, Any]) -> None:
    assert heard["note_saved"] == "check the date"
