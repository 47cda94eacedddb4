"""The PySide6 user interface.

PySide6 reads the source of every module imported after it, to see whether the module names
PySide6 (for its `from __feature__ import` switches), through `inspect.getsource`, and so
linecache keeps every line of every module as a string for good, for SQLAlchemy as for the
rest. The same test, reading the file, keeps nothing; it is put in place as
this package is first imported.

The modules the first look at an article uses (app.start_window) name `QtCore.Qt` where they use
it rather than importing `Qt`, and the few of its values the first look needs are given as Qt
property numbers, all in qt_numbers.py: PySide makes the Qt namespace's enums all at once,
which the first paint does not wait for (tests/ui/test_first_look.py checks that it has not).
"""

from __future__ import annotations

from types import ModuleType

import PySide6  # noqa: F401 (loads shiboken, whose import hook is adjusted below)


def _names_pyside(module: ModuleType) -> bool:
    """Whether a module's source file names PySide6 (False without one, as PySide6 has it)."""
    path = getattr(module, "__file__", None) or ""
    if not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _check_imports_without_keeping_sources() -> None:
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    if hasattr(feature, "_mod_uses_pyside"):  # a later PySide6 may check otherwise
        feature._mod_uses_pyside = _names_pyside


_check_imports_without_keeping_sources()
