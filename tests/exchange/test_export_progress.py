"""A long export or import tells how far it is and can be stopped: an export leaves no file
(and any file that was there as it was), an import changes nothing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

from factories import new_annotation
from readmark.services.annotation_import import import_annotations
from readmark.services.exchange import ExportOptions, export, export_count
from readmark.services.files import PROGRESS_EVERY, CancelledError
from readmark.ui.background_work import Cancel
from readmark.ui.main_window import MainWindow

from .conftest import Library, content
from .test_window import save_as, window  # noqa: F401 (the window fixture)

KINDS = ["csv", "xlsx", "json", "qdpx", "html"]


def open_files() -> list[str]:
    """The paths of the files this process holds open (Linux)."""
    paths = []
    for descriptor in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):  # the listing's own descriptor, gone already
            paths.append(os.readlink(descriptor))
    return paths


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
    library: Library, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_many(library, 3 * PROGRESS_EVERY)
    scratch = tmp_path / "temporary"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where writers keep work in progress
    fresh, existing = tmp_path / f"new.{kind}", tmp_path / f"old.{kind}"
    existing.write_bytes(b"last week's export")
    for target in (fresh, existing):
        with pytest.raises(CancelledError):
            export(library.repository, target, kind, ExportOptions(), lambda n: n == 0)
    assert not fresh.exists()
    assert existing.read_bytes() == b"last week's export"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    assert not list(scratch.iterdir())  # nor anything left in the temporary folder
    # Nor held open, which Windows would not have let go: this process's open files.
    assert not [path for path in open_files() if path.startswith(str(scratch))]


def test_cancel_in_the_window_says_so_and_writes_nothing(
    window: MainWindow,  # noqa: F811 (the fixture)
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(Cancel, "pressed", lambda self: True)
    target = tmp_path / "library.csv"
    save_as(monkeypatch, target)
    window.files.export_csv(whole_library=True)
    assert not target.exists()
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."
    monkeypatch.undo()
    save_as(monkeypatch, target)
    window.files.export_csv(whole_library=True)
    assert target.exists() and window.statusBar().currentMessage().startswith("Exported ")


def exported_library(library: Library, tmp_path: Path, kind: str, extra: int) -> Path:
    """A file of the library's annotations and `extra` more, the extra ones then removed from
    the library again: importing the file adds them back."""
    add_many(library, extra)
    path = tmp_path / f"everything.{kind}"
    export(library.repository, path, kind, ExportOptions())
    document = library.documents[1]
    added = library.repository.annotations(document.id)[-extra:]
    for annotation in added:
        library.repository.remove_annotation(annotation.id)
    return path


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_an_import_tells_how_far_it_is(library: Library, tmp_path: Path, kind: str) -> None:
    path = exported_library(library, tmp_path, kind, 2 * PROGRESS_EVERY)
    told: list[tuple[int, int]] = []

    def follow(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    report = import_annotations(library.repository, path, progress=follow)
    assert report.added > 0
    assert len(told) >= 2 and all(0 <= done <= total for done, total in told)
    assert told[-1][1] >= 2 * PROGRESS_EVERY  # the merge counts every annotation of the file


@pytest.mark.parametrize("kind", ["csv", "json"])
@pytest.mark.parametrize("stop_at", [0, PROGRESS_EVERY])
def test_a_stopped_import_changes_nothing(
    library: Library, tmp_path: Path, kind: str, stop_at: int
) -> None:
    path = exported_library(library, tmp_path, kind, 2 * PROGRESS_EVERY)
    before = content(library.repository)
    calls = [0]

    def stop_later(done: int, total: int) -> bool:
        calls[0] += 1
        return calls[0] <= stop_at // PROGRESS_EVERY  # 0: at once; else a little later

    with pytest.raises(CancelledError):
        import_annotations(library.repository, path, progress=stop_later)
    assert content(library.repository) == before


def test_cancel_of_an_import_in_the_window_says_so(
    window: MainWindow,  # noqa: F811 (the fixture)
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    controller = window.controller
    text = controller.document.text
    for start in range(0, 200, 20):
        controller.tag_passage(start, start + 10, controller.tags[0].id)
    path = tmp_path / "mine.csv"
    export(window.controller.repository, path, "csv", ExportOptions())
    for annotation in list(window.panel.model.rows):
        controller.delete([annotation])
    assert text and not window.panel.model.rows
    monkeypatch.setattr(Cancel, "pressed", lambda self: True)
    assert window.commands.exchange.import_file(path) is None
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed."
    assert not window.panel.model.rows and not controller.annotation_count(controller.document.id)
