"""Readmark's .qdpx as the receiving tools read it: the project unpacked and its texts read the
way QualCoder's REFI-QDA import (src/qualcoder/refi.py) reads them, byte for byte."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

from readmark.core.fields import described
from readmark.services.exchange import ExportOptions, export
from test_cli import readmark

from .conftest import Library, passage

Q = "{urn:QDA-XML:project:1.0}"


def as_qualcoder_reads(path: Path) -> list[tuple[str, str, str]]:
    """Each coding as QualCoder stores it: (code name, the text at its positions, its memo).

    QualCoder opens a source with open(path, encoding="utf-8") (no "utf-8-sig": a byte-order
    mark stays a character), slices the text by startPosition:endPosition, finds the code by
    the CodeRef's targetGUID spelled exactly as the Code's guid, and keeps the Description."""
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
        codes = {code.get("guid"): code.get("name") or "" for code in root.iter(f"{Q}Code")}
        codings = []
        for source in root.iter(f"{Q}TextSource"):
            member = "sources/" + (source.get("plainTextPath") or "").split("internal://")[1]
            stream = io.TextIOWrapper(io.BytesIO(archive.read(member)), "utf-8", "replace")
            text = stream.read()
            for selection in source.findall(f"{Q}PlainTextSelection"):
                start = int(selection.get("startPosition") or "")
                end = int(selection.get("endPosition") or "")
                memo = selection.findtext(f"{Q}Description") or ""
                for coding in selection.findall(f"{Q}Coding"):
                    target = next(iter(coding)).get("targetGUID")  # its first child, as QualCoder
                    codings.append((codes[target], text[start:end], memo))
    return codings


def test_qualcoder_finds_every_passage_of_a_command_line_export(
    library: Library, tmp_path: Path
) -> None:
    out = tmp_path / "study.qdpx"
    result = readmark(
        "export", "--format", "qdpx", "--out", str(out), "--library", str(library.path)
    )
    assert result.returncode == 0, result.stderr
    names = {tag.id: tag.name for tag in library.repository.tags()}
    # QualCoder's memo holds the note and, after it, the fields' values.
    expected = [
        (names[a.tag_id], a.exact, described(a.note, a.field_values))
        for a in library.annotations
        if not a.orphaned
    ]
    assert sorted(as_qualcoder_reads(out)) == sorted(expected)
    with zipfile.ZipFile(out) as archive:
        texts = [archive.read(n) for n in archive.namelist() if n.startswith("sources/")]
    assert texts and not any(data.startswith(b"\xef\xbb\xbf") for data in texts)


def test_qualcoder_opens_the_project_as_its_busiest_coder(library: Library, tmp_path: Path) -> None:
    """QualCoder takes the first User as the coder it opens the project as; Readmark itself (the
    user of passages with no coder) would show none of the coders' passages."""
    claim = library.repository.tags()[0]
    first = library.documents[0]
    for words, coder in (("Kyiv", "Ana Lima"), ("drones", "Ana Lima"), ("Putin", "Ben Okafor")):
        library.repository.add_annotation(passage(first, claim.id, words, coder=coder))
    out = tmp_path / "study.qdpx"
    export(library.repository, out, "qdpx", ExportOptions())
    with zipfile.ZipFile(out) as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
    users = root.findall(f"{Q}Users/{Q}User")
    assert [u.get("name") for u in users] == ["Ana Lima", "Ben Okafor", "Readmark"]
    owners = {u.get("guid"): u.get("name") for u in users}
    coded = {
        (s.get("name"), owners[s.get("creatingUser")])
        for s in root.iter(f"{Q}PlainTextSelection")
        if owners[s.get("creatingUser")] != "Readmark"
    }
    assert coded == {("Kyiv", "Ana Lima"), ("drones", "Ana Lima"), ("Putin", "Ben Okafor")}
