"""The version the app reports is the one pyproject.toml releases."""

from __future__ import annotations

import tomllib
from pathlib import Path

import readmark


def test_the_version_matches_pyproject() -> None:
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    with pyproject.open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    assert readmark.__version__ == version
