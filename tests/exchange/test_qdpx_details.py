"""What a .qdpx round trip keeps beyond the passages: notes as written, and the kinds of the
documents' blocks; and what it leaves out: the user's own folders."""

from __future__ import annotations

from pathlib import Path

from readmark.annotation_import import import_annotations
from readmark.exchange import ExportOptions, export

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
