"""Threads take turns at the interpreter often, so that the window's turns of the event loop
stay short while a thread works beside it. Qt-free, for the first look uses it before it has
made Qt's namespace (see app.start_window)."""

from __future__ import annotations

import sys

# The longest a thread holds the interpreter while another waits for it (Python's default is
# 5 ms). The window's thread enters Python many times a turn (paints, timers, models), and
# waits for a worker that holds it each time.
INTERPRETER_TURN_S = 0.0001


def share_the_interpreter() -> None:
    """Has threads take turns at the interpreter every INTERPRETER_TURN_S."""
    sys.setswitchinterval(INTERPRETER_TURN_S)
