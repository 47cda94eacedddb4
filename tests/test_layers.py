"""The layers hold: core and store (and the command line) never load Qt."""

from __future__ import annotations

import subprocess
import sys


def test_core_store_and_cli_import_no_qt() -> None:
    code = (
        "import sys, readmark.core.anchoring, readmark.core.commands, readmark.core.csv_export, "
        "readmark.core.importing, readmark.core.text, readmark.store.repository, "
        "readmark.library, readmark.cli; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_core_imports_neither_store_nor_sqlalchemy() -> None:
    code = (
        "import sys, readmark.core.anchoring, readmark.core.commands, readmark.core.csv_export, "
        "readmark.core.importing, readmark.core.text; "
        "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'readmark.store'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
