"""What a .qdpx round trip keeps beyond the passages: notes as written, and the kinds of the
documents' blocks; and what it leaves out: the user's own folders."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from readmark.core.importing import read_article
from readmark.services.annotation_import import import_annotations
from readmark.services.exchange import ExportOptions, export
from test_cli import readmark

from .conftest import Library, open_repository, passage


def test_notes_keep_their_leading_whitespace(library: Library, tmp_path: Path) -> None:
    note = "    indented code\n  - a list item\n\n"
    claim = library.repository.tags()[0]
    library.repository.add_annotation(passage(library.documents[0], claim.id, "Kyiv", note=note))
    path = tmp_path / "project.qdpx"
    export(library.repository, path, "qdpx", ExportOptions())
    other = open_repository(tmp_path / "laptop-b.sqlite3")
    import_annotations(other, path)
    copy = other.document_with_text(library.documents[0].content_hash)
    assert copy is not None
    assert note in [a.note for a in other.annotations(copy.id)]


@pytest.mark.parametrize("asked", [False, True])
def test_the_users_folders_stay_home_unless_asked(
    library: Library, tmp_path: Path, asked: bool
) -> None:
    folder = tmp_path / "home" / "alice.smith" / "Documents"
    folder.mkdir(parents=True)
    (folder / "interview.txt").write_text("Interview\n\nWe spoke about the harvest.\n")
    library.repository.add_article(read_article(folder / "interview.txt"))
    out = tmp_path / "study.qdpx"
    flags = ["--local-paths"] if asked else []
    result = readmark(
        "export", "--format", "qdpx", "--out", str(out), "--library", str(library.path), *flags
    )
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        project = archive.read("project.qde").decode()
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert (b"alice.smith" in everything) is asked
    assert ">interview.txt<" in project or asked


def test_block_kinds_come_back_from_a_round_trip(library: Library, tmp_path: Path) -> None:
    markdown = tmp_path / "notes.md"
    markdown.write_text("# Field notes\n\n## Day one\n\n> A quoted line.\n\n- first\n- second\n")
    library.repository.add_article(read_article(markdown))
    path = tmp_path / "project.qdpx"
    export(library.repository, path, "qdpx", ExportOptions())
    other = open_repository(tmp_path / "laptop-b.sqlite3")
    import_annotations(other, path)
    for summary in library.repository.documents():
        document = library.repository.document(summary.id)
        copy = other.document_with_text(document.content_hash)
        assert copy is not None and copy.blocks == document.blocks
    kinds = {b.kind for s in other.documents() for b in other.document(s.id).blocks}
    assert {"heading", "quote", "list_item"} <= kinds
