"""A long export tells how far it is and can be stopped, leaving no file (and any file that
was there as it was)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog

from factories import new_annotation
from readmark.exchange import (
    PROGRESS_EVERY,
    ExportCancelledError,
    ExportOptions,
    export,
    export_count,
)
from readmark.ui.main_window import MainWindow

from .conftest import Library
from .test_window import save_as, window  # noqa: F401 (the window fixture)

KINDS = ["csv", "xlsx", "json", "qdpx", "html"]


def add_many(library: Library, count: int) -> None:
    document = library.documents[1]
    tag = library.repository.tags()[0].id
    library.repository.add_annotations(
        [new_annotation(document.id, tag, n % 40, n % 40 + 5, document.text) for n in range(count)]
    )


@pytest.mark.parametrize("kind", KINDS)
def test_progress_counts_up_to_what_the_file_holds(
    library: Library, tmp_path: Path, kind: str
) -> None:
    add_many(library, 2 * PROGRESS_EVERY + 7)
    options = ExportOptions(tags=frozenset({"claim", "quote"}))
    total = export_count(library.repository, options)
    told: list[int] = []

    def follow(done: int) -> bool:
        told.append(done)
        return True

    written = export(library.repository, tmp_path / f"out.{kind}", kind, options, follow)
    assert told == sorted(told) and told[-1] == total
    # A REFI-QDA project leaves the orphaned annotations out; the others hold them all.
    assert written == total or (kind == "qdpx" and written < total)


@pytest.mark.parametrize("kind", KINDS)
def test_stopped_export_leaves_no_file_and_the_old_one_as_it_was(
    library: Library, tmp_path: Path, kind: str
) -> None:
    add_many(library, 3 * PROGRESS_EVERY)
    fresh, existing = tmp_path / f"new.{kind}", tmp_path / f"old.{kind}"
    existing.write_bytes(b"last week's export")
    for target in (fresh, existing):
        with pytest.raises(ExportCancelledError):
            export(library.repository, target, kind, ExportOptions(), lambda n: n == 0)
    assert not fresh.exists()
    assert existing.read_bytes() == b"last week's export"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_cancel_in_the_window_says_so_and_writes_nothing(
    window: MainWindow,  # noqa: F811 (the fixture)
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    target = tmp_path / "library.csv"
    save_as(monkeypatch, target)
    window.files.export_csv(whole_library=True)
    assert not target.exists()
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."
    monkeypatch.undo()
    save_as(monkeypatch, target)
    window.files.export_csv(whole_library=True)
    assert target.exists() and window.statusBar().currentMessage().startswith("Exported ")
