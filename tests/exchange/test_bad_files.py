"""A file that cannot be read as annotations is refused with a sentence saying why, and the
library stays exactly as it was."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from readmark.services.annotation_import import import_annotations
from readmark.services.exchange import ExportOptions, export
from readmark.services.files import ExchangeError

from .conftest import Library, content


def qdpx_bytes(library: Library, tmp_path: Path) -> bytes:
    path = tmp_path / "good.qdpx"
    export(library.repository, path, "qdpx", ExportOptions())
    return path.read_bytes()


def zip_of(**members: str | bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name.replace("__", "/"), data)
    return buffer.getvalue()


BAD_FILES: dict[str, tuple[str, Callable[[Library, Path], bytes], str]] = {
    "truncated zip": (
        "cut.qdpx",
        lambda lib, tmp: qdpx_bytes(lib, tmp)[: len(qdpx_bytes(lib, tmp)) // 2],
        "not a readable zip archive",
    ),
    "zip of something else": (
        "photos.qdpx",
        lambda lib, tmp: zip_of(**{"holiday.jpg": b"\xff\xd8"}),
        "no project.qde",
    ),
    "project that is not XML": (
        "broken.qdpx",
        lambda lib, tmp: zip_of(**{"project.qde": "<Project"}),
        "its project.qde is not XML",
    ),
    "XML of another kind": (
        "other.qdpx",
        lambda lib, tmp: zip_of(**{"project.qde": "<html><body/></html>"}),
        "no Project element",
    ),
    "not JSON": ("notes.json", lambda lib, tmp: b"{'single': quotes}", "it is not JSON"),
    "JSON of the wrong shape": (
        "config.json",
        lambda lib, tmp: json.dumps({"theme": "dark", "size": 12}).encode(),
        "not a Web Annotation file",
    ),
    "JSON list of numbers": ("numbers.json", lambda lib, tmp: b"[1, 2, 3]", "item 1"),
    "CSV with missing columns": (
        "people.csv",
        lambda lib, tmp: b"name,age\r\nAna,41\r\n",
        "lacks the columns tag, passage, start, end, document_hash",
    ),
    "empty CSV": ("empty.csv", lambda lib, tmp: b"", "it is empty"),
    "binary posing as CSV": ("data.csv", lambda lib, tmp: b"\x00\x01\x02tag", "not a text file"),
    "another kind of file": ("article.txt", lambda lib, tmp: b"text", "Readmark reads"),
}


@pytest.mark.parametrize("case", BAD_FILES, ids=list(BAD_FILES))
def test_a_bad_file_changes_nothing(library: Library, tmp_path: Path, case: str) -> None:
    name, make, reason = BAD_FILES[case]
    path = tmp_path / name
    path.write_bytes(make(library, tmp_path))
    before = content(library.repository)
    with pytest.raises(ExchangeError) as raised:
        import_annotations(library.repository, path)
    message = str(raised.value)
    assert message.startswith(f"“{name}” cannot be imported: ")
    assert reason in message
    assert message.endswith(".") and "Traceback" not in message
    assert content(library.repository) == before


def test_a_missing_file_says_so(library: Library, tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="cannot be read"):
        import_annotations(library.repository, tmp_path / "gone.json")


def test_a_json_with_unusable_annotations_skips_them_with_reasons(
    library: Library, tmp_path: Path
) -> None:
    """Annotations Readmark cannot place are not fatal: each is skipped and said why."""
    items = [
        {"type": "Annotation", "id": "urn:x:1", "target": "https://example.org/page"},
        {
            "type": "Annotation",
            "id": "urn:x:2",
            "target": {"source": "urn:x", "selector": {"type": "FragmentSelector"}},
        },
        {
            "type": "Annotation",
            "id": "urn:x:3",
            "body": {"type": "TextualBody", "value": "a comment, no tag"},
            "target": {
                "source": "urn:x",
                "selector": {"type": "TextPositionSelector", "start": 0, "end": 2},
            },
        },
    ]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    before = content(library.repository)
    report = import_annotations(library.repository, path)
    assert report.added == 0
    assert [why for _, why in report.skipped] == [
        "its target is not a part of a text (no source with a selector)",
        "it selects no text (no TextPositionSelector or TextQuoteSelector)",
        "it has no tag (no body with the purpose “tagging”)",
    ]
    assert content(library.repository) == before
