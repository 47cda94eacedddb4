"""The layers hold: core and store (and the command line) never load Qt, the first look never
loads SQLAlchemy, and core and store pass strict type checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def loaded_by(modules: str, prefixes: tuple[str, ...]) -> str:
    """The modules starting with `prefixes` that importing `modules` loads, in a fresh process."""
    code = (
        f"import sys, {modules}; "
        f"print(sorted(m for m in sys.modules if m.startswith({prefixes!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_core_store_and_cli_import_no_qt() -> None:
    modules = (
        "readmark.core.anchoring, readmark.core.commands, readmark.core.csv_export, "
        "readmark.core.importing, readmark.core.text, readmark.store.repository, "
        "readmark.library, readmark.cli"
    )
    assert loaded_by(modules, ("PySide6", "shiboken6")) == "[]"


def test_core_imports_neither_store_nor_sqlalchemy() -> None:
    modules = (
        "readmark.core.anchoring, readmark.core.commands, readmark.core.csv_export, "
        "readmark.core.importing, readmark.core.text"
    )
    assert loaded_by(modules, ("sqlalchemy", "readmark.store")) == "[]"


def test_first_look_loads_no_sqlalchemy() -> None:
    # The window shows the last article before SQLAlchemy loads (see app.start_window).
    modules = "readmark.app, readmark.store.first_look, readmark.ui.main_window"
    assert loaded_by(modules, ("sqlalchemy",)) == "[]"


def test_the_whole_package_passes_strict_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        timeout=600,
    )
    assert result.returncode == 0, result.stdout
