"""Links and document labels in exports, read as the receiving tool reads them: CSV by
Python's csv module, XLSX by openpyxl, Web Annotation JSON as JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest

from readmark.core.command_apply import apply
from readmark.core.commands import AddLinks, LabelDocument
from readmark.core.links import Link
from readmark.core.model import Article
from readmark.core.web_annotation import annotation_iri
from readmark.services.exchange import ExportOptions, export

from .conftest import Library


def _link_two(library: Library) -> tuple[str, str]:
    """The first document labelled news, its first passage supported by its second."""
    repository = library.repository
    first = library.documents[0]
    claim, other = repository.annotations(first.id)[:2]
    apply(AddLinks((Link(other.id, claim.id, "supports"),)), repository)
    apply(LabelDocument(first.id, "news"), repository)
    return claim.id, other.id


def test_csv_and_xlsx_have_the_label_the_id_and_the_links(library: Library, tmp_path: Path) -> None:
    claim, other = _link_two(library)
    path = tmp_path / "out.csv"
    export(library.repository, path, "csv", ExportOptions())
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    by_id = {row["annotation_id"]: row for row in rows}
    assert by_id[claim]["links"] == f"supported by:{other}"
    assert by_id[other]["links"] == f"supports:{claim}"
    first = library.documents[0].id
    assert {r["document_label"] for r in rows if r["document_id"] == str(first)} == {"news"}
    assert {r["document_label"] for r in rows if r["document_id"] != str(first)} == {""}
    assert sum(bool(r["links"]) for r in rows) == 2

    workbook = openpyxl.load_workbook(export_xlsx(library, tmp_path))
    sheet = workbook.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    cells = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(2)]
    linked = {c["annotation_id"]: c["links"] for c in cells if c["links"]}
    assert linked == {claim: f"supported by:{other}", other: f"supports:{claim}"}
    assert {c["document_label"] for c in cells} == {"news", None}


def export_xlsx(library: Library, folder: Path) -> Path:
    path = folder / "out.xlsx"
    export(library.repository, path, "xlsx", ExportOptions())
    return path


def test_web_annotation_links_by_a_linking_body_and_keeps_the_label(
    library: Library, tmp_path: Path
) -> None:
    claim, other = _link_two(library)
    path = tmp_path / "out.json"
    export(library.repository, path, "json", ExportOptions())
    collection = json.loads(path.read_text(encoding="utf-8"))
    items = {item["id"]: item for item in collection["first"]["items"]}
    source = items[annotation_iri(other)]
    assert "linking" in source["motivation"]
    [linking] = [b for b in source["body"] if "readmark:link" in b]
    assert linking["purpose"] == "linking" and linking["type"] == "SpecificResource"
    assert linking["source"] == annotation_iri(claim) and annotation_iri(claim) in items
    assert linking["readmark:link"] == "supports"
    # The claim names the passage once more, as its evidence: beside the evidence addresses.
    [evidence] = [b for b in items[annotation_iri(claim)]["body"] if "readmark:link" in b]
    assert evidence["source"] == annotation_iri(other) and evidence["readmark:field"] == "evidence"
    labels = [d.get("readmark:label") for d in collection["readmark:documents"]]
    assert labels == ["news", None]


def test_a_link_between_two_documents_is_written_once(library: Library, tmp_path: Path) -> None:
    repository = library.repository
    first, second = (repository.annotations(d.id)[0] for d in library.documents[:2])
    apply(AddLinks((Link(second.id, first.id, "supports"),)), repository)
    path = tmp_path / "out.json"
    export(repository, path, "json", ExportOptions())
    items = {i["id"]: i for i in json.loads(path.read_text(encoding="utf-8"))["first"]["items"]}
    linking = [b for b in items[annotation_iri(second.id)]["body"] if "readmark:link" in b]
    assert [b["source"] for b in linking] == [annotation_iri(first.id)]


def test_a_file_with_links_reads_back_with_its_passages(library: Library, tmp_path: Path) -> None:
    from readmark.core.web_annotation_import import read_web_annotations

    _link_two(library)
    path = tmp_path / "out.json"
    exported = export(library.repository, path, "json", ExportOptions())
    incoming = read_web_annotations(path.read_bytes())
    assert len(incoming.annotations) == exported and not incoming.skipped


def test_a_refi_qda_project_gives_the_label_as_a_source_variable(
    library: Library, tmp_path: Path
) -> None:
    import zipfile
    from xml.etree import ElementTree

    _link_two(library)
    path = tmp_path / "out.qdpx"
    export(library.repository, path, "qdpx", ExportOptions())
    with zipfile.ZipFile(path) as archive:
        root = ElementTree.fromstring(archive.read("project.qde"))
    q = "{urn:QDA-XML:project:1.0}"
    [variable] = [v for v in root.iter(f"{q}Variable") if v.get("name") == "Document label"]
    values = {
        source.get("name"): [
            entry.findtext(f"{q}TextValue")
            for entry in source.findall(f"{q}VariableValue")
            if entry.find(f"{q}VariableRef").get("targetGUID") == variable.get("guid")
        ]
        for source in root.iter(f"{q}TextSource")
    }
    assert values == {library.documents[0].title: ["news"], library.documents[1].title: []}


def test_links_come_back_into_another_library_and_the_import_undoes_them(
    library: Library, tmp_path: Path
) -> None:
    from readmark.services.annotation_import import import_annotations

    from .conftest import open_repository

    claim, other = _link_two(library)
    path = tmp_path / "out.json"
    export(library.repository, path, "json", ExportOptions())
    laptop = open_repository(tmp_path / "laptop-b.sqlite3")
    report = import_annotations(laptop, path)
    assert report.links_added == 1 and "1 link between passages" in report.summary()
    assert report.changes.links_changed
    assert laptop.links(annotation_ids=[claim]) == [Link(other, claim, "supports")]
    again = import_annotations(laptop, path)  # nothing twice
    assert again.links_added == 0 and len(laptop.links(annotation_ids=[claim])) == 1
    apply(report.undo, laptop)
    assert laptop.links(annotation_ids=[claim]) == []


def test_a_link_body_that_names_nothing_usable_is_left_aside(
    library: Library, tmp_path: Path
) -> None:
    from readmark.core.web_annotation_import import read_web_annotations

    _link_two(library)
    path = tmp_path / "out.json"
    export(library.repository, path, "json", ExportOptions())
    collection = json.loads(path.read_text(encoding="utf-8"))
    for item in collection["first"]["items"]:
        for body in item["body"]:
            if "readmark:link" in body:
                body["source"] = 5  # not an address
                item["body"].append({"readmark:link": "admires", "source": "urn:uuid:x"})
                break
    incoming = read_web_annotations(json.dumps(collection).encode())
    assert not incoming.skipped and all(a.links == () for a in incoming.annotations)


def test_a_students_reason_is_a_column_in_csv_and_xlsx(library: Library, tmp_path: Path) -> None:
    first, second = library.repository.annotations(library.documents[0].id)[:2]
    library.repository.set_reason(first.id, "hedge")
    library.repository.set_reason(second.id, "first person 🙋")
    path = tmp_path / "out.csv"
    export(library.repository, path, "csv", ExportOptions())
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    reasons = {row["annotation_id"]: row["reason"] for row in rows if row["reason"]}
    assert reasons == {first.id: "hedge", second.id: "first person 🙋"}
    assert sum(row["reason"] == "" for row in rows) == len(rows) - 2

    sheet = openpyxl.load_workbook(export_xlsx(library, tmp_path)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    cells = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(2)]
    given = {c["annotation_id"]: c["reason"] for c in cells if c["reason"]}
    assert given == {first.id: "hedge", second.id: "first person 🙋"}


@pytest.mark.parametrize("kind", ["json", "qdpx"])
def test_document_labels_come_back_on_import_and_the_import_undoes_them(
    library: Library, tmp_path: Path, kind: str
) -> None:
    from readmark.services.annotation_import import import_annotations

    from .conftest import open_repository

    _link_two(library)  # the first document is news, the second has no label
    second = library.documents[1]
    apply(LabelDocument(second.id, "opinion"), library.repository)
    path = tmp_path / f"out.{kind}"
    export(library.repository, path, kind, ExportOptions())

    laptop = open_repository(tmp_path / "laptop-b.sqlite3")
    report = import_annotations(laptop, path)
    labels = {summary.title: summary.label for summary in laptop.documents()}
    assert labels == {library.documents[0].title: "news", second.title: "opinion"}
    assert "labelled 2 documents as the file does" in report.summary()

    # A library that already has the documents: an unlabelled one takes the file's label,
    # one labelled here keeps its own, and undo takes the file's off again.
    here = open_repository(tmp_path / "laptop-c.sqlite3")
    for document in library.documents:
        here.add_article(here_article(library, document.id))
    _, second_here = (s.id for s in here.documents())
    apply(LabelDocument(second_here, "advertising"), here)
    report = import_annotations(here, path)
    assert [s.label for s in here.documents()] == ["news", "advertising"]
    assert report.documents_labelled == 1 and report.changes.touched_documents
    apply(report.undo, here)
    assert [s.label for s in here.documents()] == ["", "advertising"]


def here_article(library: Library, document_id: int) -> Article:
    """The library's document as an article another library imports."""
    document = library.repository.document(document_id)
    return Article(
        document.title, document.text, document.source, document.content_hash, document.blocks
    )
