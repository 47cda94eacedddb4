"""The JSON export read as other annotation software would: the W3C Web Annotation data model's
requirements, and selectors that point at the words in the document's text."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from readmark.core.web_annotation import ANNOTATION_CONTEXT, document_iri, hash_of_iri
from readmark.services.exchange import ExportOptions, export

from .conftest import Library

UTC_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def test_the_collection_follows_the_model(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    export(library.repository, path, "json", ExportOptions())
    collection = json.loads(path.read_text(encoding="utf-8"))
    assert collection["@context"][0] == ANNOTATION_CONTEXT
    assert collection["type"] == "AnnotationCollection"
    assert collection["id"].startswith("urn:uuid:")
    assert collection["total"] == len(library.annotations)
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and page["startIndex"] == 0
    texts = {d["id"]: d["readmark:text"] for d in collection["readmark:documents"]}
    assert set(texts) == {document_iri(d.content_hash) for d in library.documents}
    by_id = {a.id: a for a in library.annotations}
    for item in page["items"]:
        assert item["type"] == "Annotation"
        annotation = by_id[uuid.UUID(item["id"].removeprefix("urn:uuid:")).hex]
        assert UTC_TIME.match(item["created"]) and UTC_TIME.match(item["modified"])
        [tag, *rest] = item["body"]
        assert tag["type"] == "TextualBody" and tag["purpose"] == "tagging"
        note = [body for body in rest if "readmark:field" not in body]
        assert [n["value"] for n in note] == ([annotation.note] if annotation.note else [])
        # Each field a body item of its own: a verdict assesses, evidence links.
        fields = [body for body in rest if "readmark:field" in body]
        assert [(f["readmark:field"], f["value"]) for f in fields] == list(annotation.field_values)
        purposes = {f["readmark:field"]: f["purpose"] for f in fields}
        assert all(f["type"] == "TextualBody" for f in fields)
        assert purposes.get("verdict", "assessing") == "assessing"
        assert purposes.get("evidence", "linking") == "linking"
        assert purposes.get("speaker", "describing") == "describing"
        target = item["target"]
        assert hash_of_iri(target["source"]) in {d.content_hash for d in library.documents}
        quote, position = target["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert 0 <= position["start"] <= position["end"]
        assert quote["exact"] == annotation.exact
        text = texts[target["source"]]
        if item.get("readmark:orphaned"):
            assert quote["exact"] not in text
            continue
        # Positions count code points, as the model says: the emoji is one, not two.
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])
        assert text[position["end"] :].startswith(quote["suffix"])


def test_hash_iris_name_documents_both_ways() -> None:
    digest = "7f996f99932da80607515d53ceb22c1ceaf1218ec872f7f8e14227c1b1f7d49f"
    iri = document_iri(digest)
    assert iri.startswith("ni:///sha-256;") and "=" not in iri
    assert hash_of_iri(iri) == digest
    assert hash_of_iri("https://example.org/") == "" and hash_of_iri("ni:///sha-256;!!") == ""
