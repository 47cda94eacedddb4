"""The agreed version out of the library: exports and exercises that take the consensus coder's
passages only, when asked to, and everyone's otherwise."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from readmark.core.curation import CONSENSUS
from readmark.core.model import Annotation
from readmark.services.classroom import make_exercise
from readmark.services.exchange import ExportOptions, export, export_count
from test_cli import readmark

from .conftest import Library, passage


@pytest.fixture
def curated(library: Library) -> list[Annotation]:
    """A colleague's passage beside the library's, and the two passages agreed upon."""
    first = library.documents[0]
    claim, opinion, _, _ = library.repository.tags()
    colleague = passage(first, opinion.id, "Two suicide drones had somehow", coder="ben")
    agreed = [
        passage(first, claim.id, "Two suicide drones had somehow managed to penetrate"),
        passage(first, opinion.id, "Vladimir Putin declared war on Ukraine a year earlier"),
    ]
    agreed = [replace(a, id=Annotation.new_id(), coder=CONSENSUS) for a in agreed]
    for annotation in (colleague, *agreed):
        library.repository.add_annotation(annotation)
    return agreed


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_a_csv_of_the_consensus_holds_the_agreed_passages_alone(
    library: Library, curated: list[Annotation], tmp_path: Path
) -> None:
    out = tmp_path / "agreed.csv"
    options = ExportOptions(coder=CONSENSUS)
    assert export_count(library.repository, options) == 2, "what its progress counts to"
    assert export(library.repository, out, "csv", options) == 2
    rows = csv_rows(out)
    assert [(row["tag"], row["passage"], row["coder"]) for row in rows] == [
        ("claim", curated[0].exact, CONSENSUS),
        ("opinion", curated[1].exact, CONSENSUS),
    ]
    everyone = tmp_path / "all.csv"
    assert (
        export(library.repository, everyone, "csv", ExportOptions())
        == len(library.annotations) + len(curated) + 1
    )


def test_a_web_annotation_file_of_the_consensus_holds_the_agreed_passages_alone(
    library: Library, curated: list[Annotation], tmp_path: Path
) -> None:
    out = tmp_path / "agreed.json"
    assert export(library.repository, out, "json", ExportOptions(coder=CONSENSUS)) == 2
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    quoted = {
        selector["exact"]
        for item in items
        for selector in item["target"]["selector"]
        if selector["type"] == "TextQuoteSelector"
    }
    assert quoted == {a.exact for a in curated}


def test_the_command_line_exports_the_consensus(
    library: Library, curated: list[Annotation], tmp_path: Path
) -> None:
    out = tmp_path / "agreed.csv"
    result = readmark(
        "export", "--coder", CONSENSUS, "--out", str(out), "--library", str(library.path)
    )
    assert result.returncode == 0, result.stderr
    assert "Exported 2 annotations" in result.stderr
    assert {row["coder"] for row in csv_rows(out)} == {CONSENSUS}


def test_an_exercise_key_made_from_the_consensus(
    library: Library, curated: list[Annotation]
) -> None:
    first = library.documents[0]
    names = ("claim", "opinion")
    agreed = make_exercise(library.repository, first.id, names, "", True, False, CONSENSUS)
    assert agreed.key is not None
    assert {(p.tag, p.exact) for p in agreed.key} == {
        ("claim", curated[0].exact),
        ("opinion", curated[1].exact),
    }
    # Unasked, the key stays the teacher's own: here they tagged nothing under their name.
    own = make_exercise(library.repository, first.id, names, "", True, False)
    assert own.key == ()
