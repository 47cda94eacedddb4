"""The window tests again, on the real xcb platform under Xvfb, as people run the app.

The offscreen platform hid bugs a user met at once: it has no window manager, no real focus, no
native paint. So every window test also runs there, in a process of its own (Qt picks its
platform once per process) started as the session begins (tests/xcb_rerun.py), and the tests
marked xcb, which need a real window system, run only there.
"""

from __future__ import annotations

import pytest

from xcb_rerun import XcbRerun


def test_window_tests_pass_on_xcb_under_xvfb(xcb_rerun: XcbRerun) -> None:
    status, output = xcb_rerun.result()
    if status != 0:
        pytest.fail(f"the window tests failed on xcb:\n{output[-8000:]}")
    assert " passed" in output.splitlines()[-1]
