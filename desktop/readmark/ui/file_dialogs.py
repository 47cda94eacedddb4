"""Every file dialog's starting place: the folder last used for the same purpose (a setting
stored in the library), else the user's documents folder, or home where there is none. Never a
relative path, which a dialog would read against the folder the app was started from."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from readmark.store.schema import LAST_FOLDER_KEY
from readmark.ui.translation import tr

# What a dialog is for: each remembers its own last folder.
ARTICLES = "articles"
EXPORTS = "exports"
ANNOTATIONS = "annotations"
CODEBOOKS = "codebooks"
CLASSROOM = "classroom"


def file_types(*types: tuple[str, str], any_file: bool = False) -> str:
    """A file dialog's choice of types: each its name, in the reader's language, with its
    patterns ("*.csv"); "All files" last where `any_file`."""
    named = [f"{name} ({patterns})" for name, patterns in types]
    if any_file:
        every = tr("All files")
        named.append(f"{every} (*)")
    return ";;".join(named)


class Settings(Protocol):
    def setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...


def documents_folder() -> Path:
    """The user's documents folder, if it exists; else the home folder."""
    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(located) if located and Path(located).is_dir() else Path.home()


def start_folder(settings: Settings | None, purpose: str) -> Path:
    """Where a dialog for `purpose` opens: the folder last used for it, while it still exists."""
    stored = settings.setting(LAST_FOLDER_KEY.format(purpose)) if settings else None
    return Path(stored) if stored and Path(stored).is_dir() else documents_folder()


def _remember(settings: Settings | None, purpose: str, folder: Path) -> None:
    if settings is not None:
        settings.set_setting(LAST_FOLDER_KEY.format(purpose), str(folder))


def open_file_names(
    parent: QWidget | None, settings: Settings | None, purpose: str, title: str, filters: str
) -> list[Path]:
    start = str(start_folder(settings, purpose))
    names, _ = QFileDialog.getOpenFileNames(parent, title, start, filters)
    if names:
        _remember(settings, purpose, Path(names[0]).parent)
    return [Path(name) for name in names]


def open_file_name(
    parent: QWidget | None, settings: Settings | None, purpose: str, title: str, filters: str
) -> Path | None:
    start = str(start_folder(settings, purpose))
    name, _ = QFileDialog.getOpenFileName(parent, title, start, filters)
    if not name:
        return None
    _remember(settings, purpose, Path(name).parent)
    return Path(name)


def save_file_name(
    parent: QWidget | None,
    settings: Settings | None,
    purpose: str,
    title: str,
    name: str,
    filters: str,
) -> tuple[Path | None, str]:
    """The path chosen to save to (None if cancelled), offered as `name` in the purpose's
    folder, and the filter chosen."""
    proposed = str(start_folder(settings, purpose) / name)
    target, chosen_filter = QFileDialog.getSaveFileName(parent, title, proposed, filters)
    if not target:
        return None, chosen_filter
    _remember(settings, purpose, Path(target).parent)
    return Path(target), chosen_filter


def existing_folder(
    parent: QWidget | None, settings: Settings | None, purpose: str, title: str
) -> Path | None:
    """A folder chosen; the next dialog for the purpose opens beside it, in its parent."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(settings, purpose)))
    if not chosen:
        return None
    _remember(settings, purpose, Path(chosen).parent)
    return Path(chosen)
