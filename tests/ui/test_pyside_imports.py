"""Modules imported after PySide6 keep none of their source lines in memory (readmark.ui adjusts
PySide6's import hook, which read them through linecache: 19 MB for SQLAlchemy alone), and
PySide6 still learns which of them name it."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

import readmark.ui  # noqa: F401 (what puts the adjusted check in place)


def test_an_imported_module_is_checked_for_pyside_without_keeping_its_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from shibokensupport import feature  # type: ignore[import-not-found]

    names_pyside = tmp_path / "readmark_probe_names_pyside.py"
    names_pyside.write_text("from PySide6.QtCore import QObject\n\nOWNER = QObject\n")
    plain = tmp_path / "readmark_probe_plain.py"
    plain.write_text("VALUE = 2\n" * 500)
    monkeypatch.syspath_prepend(str(tmp_path))
    for module in (names_pyside, plain):
        monkeypatch.delitem(feature.pyside_feature_dict, module.stem, raising=False)
        __import__(module.stem)  # as an import statement does: through PySide6's hook
        monkeypatch.delitem(sys.modules, module.stem)

    assert str(names_pyside) not in linecache.cache
    assert str(plain) not in linecache.cache
    # PySide6's own verdicts: 0 for a module that names it, -1 ("ignore") for one that does not.
    assert feature.pyside_feature_dict[names_pyside.stem] == 0
    assert feature.pyside_feature_dict[plain.stem] == -1
