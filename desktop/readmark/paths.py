"""Where things live: the library file and the bundled resources. Nothing touches disk here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Readmark"
LIBRARY_ENV = "READMARK_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"
# Where settings_path() keeps the language chosen under View > Language: section and key.
LANGUAGE_SETTING = ("interface", "language")


def default_library_path() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / LIBRARY_FILENAME


def settings_path() -> Path:
    """The reader's settings that hold before any library opens (the interface language)."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"


def library_path(override: str | None = None) -> Path:
    """The library named on the command line, else by READMARK_LIBRARY, else the default."""
    chosen = override or os.environ.get(LIBRARY_ENV)
    return Path(chosen).expanduser() if chosen else default_library_path()


def resource_path(*parts: str) -> Path:
    """A bundled file or folder (`resources/`, `seeds/`), from a source tree or a frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root.joinpath(*parts)


def seed_files() -> list[Path]:
    """The sample articles a new library starts with."""
    return sorted(resource_path("seeds").glob("*.txt"))
