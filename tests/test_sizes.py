"""Modules stay under 450 lines and functions under 60, so that each can be read whole."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop" / "readmark"
MAX_MODULE_LINES = 450
MAX_FUNCTION_LINES = 60


def modules() -> dict[str, str]:
    return {
        path.relative_to(PACKAGE).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def function_lengths(source: str) -> dict[str, int]:
    """Each function's name with the most lines any function of that name has."""
    lengths: dict[str, int] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            lengths[node.name] = max(length, lengths.get(node.name, 0))
    return lengths


def test_no_module_is_over_450_lines() -> None:
    long = {name for name, text in modules().items() if len(text.splitlines()) > MAX_MODULE_LINES}
    assert long == set(), "split these modules"


def test_no_function_is_over_60_lines() -> None:
    long = {
        f"{name}:{function}"
        for name, text in modules().items()
        for function, length in function_lengths(text).items()
        if length > MAX_FUNCTION_LINES
    }
    assert long == set(), "split these functions"
