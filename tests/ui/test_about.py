"""The About box names every library the app runs on, with its installed version and licence."""

from __future__ import annotations

from importlib.metadata import distributions

from readmark import __version__
from readmark.ui.about_dialog import AboutDialog, bundled_libraries
from readmark.ui.main_window import MainWindow


def test_every_runtime_library_is_listed_with_its_version(window: MainWindow) -> None:
    rows = {name.lower(): (version, licence) for name, version, licence in bundled_libraries()}
    for name in ("pyside6 (qt for python)", "sqlalchemy", "trafilatura", "lxml", "pysbd"):
        version, licence = rows[name]
        assert version != "unknown" and licence
    installed = {d.metadata["Name"].lower() for d in distributions()}
    assert {"trafilatura", "justext", "markdown-it-py"} <= installed
    dialog = AboutDialog(__version__, window.controller.library.parent, window)
    assert __version__ in dialog.title.text()
