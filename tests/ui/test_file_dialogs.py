"""Where file dialogs open: the user's documents folder at first, then the folder last used for
the same purpose, on the next start too; never a folder that does not exist, nor the folder the
app was started from."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from .conftest import OpenWindow

Offered = list[tuple[str, str]]  # (dialog title, the folder or file it opened at)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Offered:
    """Answers file dialogs as a user picking files in tmp/chosen/ would; records where each
    dialog opened."""
    seen: Offered = []
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    article = chosen / "article.txt"
    article.write_text("Harbour news\n\nThe boats came in late.", encoding="utf-8")

    def open_names(_parent: object, title: str, start: str, _filter: str) -> tuple[list[str], str]:
        seen.append((title, start))
        return [str(article)], ""

    def save_name(_parent: object, title: str, proposed: str, _filter: str) -> tuple[str, str]:
        seen.append((title, proposed))
        return str(chosen / Path(proposed).name), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_names)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    return seen


def test_dialogs_start_in_documents_then_where_each_purpose_was_last_used(
    open_window: OpenWindow, home: Path, offered: Offered, tmp_path: Path
) -> None:
    (home / "Documents").mkdir()
    window = open_window()
    window.files.open_files()
    window.files.open_files()
    window.files.export_csv(whole_library=True)
    window.files.export_csv(whole_library=True)
    window.close()
    open_window().files.open_files()

    chosen = str(tmp_path / "chosen")
    assert offered == [
        ("Open Articles", str(home / "Documents")),
        ("Open Articles", chosen),
        ("Export Library as CSV", str(home / "Documents" / "Readmark library.csv")),
        ("Export Library as CSV", str(tmp_path / "chosen" / "Readmark library.csv")),
        ("Open Articles", chosen),  # after a restart
    ]


def test_without_a_documents_folder_dialogs_start_at_home_with_no_name_made_up(
    open_window: OpenWindow, home: Path, offered: Offered
) -> None:
    window = open_window()
    window.files.open_files()
    window.show_codebook().export_codebook()

    assert offered == [
        ("Open Articles", str(home)),
        ("Export Codebook", str(home / "Codebook.qdc")),  # not in the app's working folder
    ]
