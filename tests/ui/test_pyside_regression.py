"""Guards against a PySide6 release that aborts after a few thousand void C++ calls.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on each call of a C++ method that returns
nothing; after about 5,000 calls the process dies with "Fatal Python error: none_dealloc". A reading
session makes that many calls in minutes, so an upgrade that brings the bug back must fail here.
"""

from __future__ import annotations

import subprocess
import sys

CALLS = 20_000

SCRIPT = f"""
import os
from PySide6.QtGui import QGuiApplication, QTextCursor, QTextDocument
app = QGuiApplication([])
document = QTextDocument("x" * 100)
cursor = QTextCursor(document)
for i in range({CALLS}):
    cursor.setPosition(i % 100)
print("survived", {CALLS})
"""


def test_twenty_thousand_void_calls_do_not_abort() -> None:
    # A child process, because the failure is an abort that would take pytest down with it.
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert "none_dealloc" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"survived {CALLS}"
