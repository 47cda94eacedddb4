"""Every settings key the window and the services use is named in store/schema.py, so one module
lists them all (core's own two and the team link's are named beside the code that spells them)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "readmark"


def keys_defined_in(path: Path) -> list[str]:
    return [
        target.id
        for node in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
        for target in node.targets
        if isinstance(target, ast.Name) and target.id.endswith(("_KEY", "_SETTING"))
    ]


def test_the_window_and_the_services_name_no_settings_key_of_their_own() -> None:
    found = {
        f"{path.relative_to(PACKAGE)}:{name}"
        for layer in ("ui", "services")
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in keys_defined_in(path)
    }
    # The language, chosen before a library opens, is no key of its settings table either: its
    # place in the settings file is paths.LANGUAGE_SETTING, which the command line reads too.
    assert found == set()
