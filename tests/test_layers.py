"""The layers hold, over every module of the package (found with pkgutil, so a new module is
checked the day it is added): core imports neither Qt nor the database libraries, store no Qt,
services no Qt, ui reaches the store only through the controller and services, nothing but the
entry points imports readmark.app; and core and store pass strict type checks."""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import readmark

QT = ("PySide6", "shiboken6")
DATABASE = ("sqlalchemy", "psycopg")

# The ui modules that may name the store (and SQLAlchemy or psycopg) at run time, and why. Every
# other ui module goes through the controller or a service; it may still import the schema's
# plain names (readmark.store.schema) and, for type hints only, the store's data types.
UI_STORE_ACCESS = {
    "readmark.ui.controller": "holds the window's library and turns changes into signals",
    "readmark.ui.team_worker": "syncs on a thread of its own, with a connection of its own",
    "readmark.ui.team_listener": "waits for the team server's notices on its own connection",
    "readmark.ui.team_actions": "the team link's settings keys; an address checked offline",
}
UI_STORE_NAMES = ("readmark.store.schema",)  # plain names, no connection
ENTRY_POINTS = ("readmark.cli", "readmark.__main__")


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int
    type_only: bool  # under `if TYPE_CHECKING:`: no dependency at run time

    def __str__(self) -> str:
        return f"{self.importer}:{self.line} imports {self.imported}"


def all_modules() -> list[str]:
    found = pkgutil.walk_packages(readmark.__path__, prefix="readmark.")
    return ["readmark", *sorted(module.name for module in found)]


def imports_of(module: str) -> list[Import]:
    """Every import statement in `module`'s source, wherever it stands (lazy ones included)."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    type_only_lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                type_only_lines.update(range(inner.lineno, (inner.end_lineno or 0) + 1))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            assert node.level == 0, f"{module}: relative import"
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        found += [
            Import(module, name, node.lineno, node.lineno in type_only_lines) for name in names
        ]
    return found


def within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == prefix or name.startswith(prefix + ".") for prefix in prefixes)


def breaches(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        str(found)
        for module in all_modules()
        if within(module, (layer,))
        for found in imports_of(module)
        if within(found.imported, forbidden)
    ]


def test_every_module_is_checked() -> None:
    modules = all_modules()
    for layer in ("core", "store", "services", "ui"):
        assert sum(m.startswith(f"readmark.{layer}.") for m in modules) >= 5, layer
    assert "readmark.core.commands" in modules and "readmark.app" in modules


def test_core_imports_neither_qt_nor_the_database_nor_the_layers_above() -> None:
    above = ("readmark.store", "readmark.services", "readmark.ui", "readmark.app", "readmark.cli")
    assert breaches("readmark.core", QT + DATABASE + above) == []


def test_store_imports_no_qt_and_nothing_above_it() -> None:
    above = ("readmark.services", "readmark.ui", "readmark.app", "readmark.cli")
    assert breaches("readmark.store", QT + above) == []


def test_services_import_no_qt_and_no_window() -> None:
    assert breaches("readmark.services", (*QT, "readmark.ui", "readmark.app")) == []


def test_ui_reaches_the_store_only_through_the_controller_and_services() -> None:
    reaching = [
        str(found)
        for module in all_modules()
        if within(module, ("readmark.ui",)) and module not in UI_STORE_ACCESS
        for found in imports_of(module)
        if within(found.imported, ("readmark.store", *DATABASE))
        and not within(found.imported, UI_STORE_NAMES)
        and not found.type_only
    ]
    assert reaching == []


def test_only_the_entry_points_import_the_app() -> None:
    importers = {
        found.importer
        for module in all_modules()
        for found in imports_of(module)
        if within(found.imported, ("readmark.app",))
    }
    assert importers <= set(ENTRY_POINTS)


def loaded_by(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    """The modules starting with `prefixes` that importing `modules` loads, in a fresh process
    (what the static rules above cannot see: a third-party package that loads Qt)."""
    code = (
        f"import importlib, sys\nfor name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.startswith({prefixes!r})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return ast.literal_eval(result.stdout.strip())  # type: ignore[no-any-return]


def test_core_store_services_and_cli_load_no_qt() -> None:
    below_the_window = [
        m
        for m in all_modules()
        if within(m, ("readmark.core", "readmark.store", "readmark.services", "readmark.cli"))
    ]
    assert loaded_by(below_the_window, QT) == []


def test_core_loads_no_database_library() -> None:
    core = [m for m in all_modules() if within(m, ("readmark.core",))]
    assert loaded_by(core, (*DATABASE, "readmark.store")) == []


def test_first_look_loads_no_sqlalchemy() -> None:
    # The window shows the last article before SQLAlchemy loads (see app.start_window).
    modules = ["readmark.app", "readmark.store.first_look", "readmark.ui.main_window"]
    assert loaded_by(modules, ("sqlalchemy",)) == []


def test_the_whole_package_passes_strict_type_checks() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        timeout=600,
    )
    assert result.returncode == 0, result.stdout


def test_the_code_passes_the_linter_and_is_formatted() -> None:
    root = Path(__file__).resolve().parents[1]
    for command in (["check"], ["format", "--check"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "desktop", "tests", "benchmarks", "packaging"],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
