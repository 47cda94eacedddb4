"""What an import does with what the library lacks or has already: the file's own tags come
with their passages, a different note on a passage here is kept beside its own, and a page's
web address finds the document that came from it."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from factories import make_article, new_annotation
from readmark.core.merging import MAX_NEW_TAGS
from readmark.core.model import Document, TagSpec
from readmark.core.web_annotation import ANNOTATION_CONTEXT, document_iri
from readmark.services.annotation_import import import_annotations
from readmark.services.exchange import ExportOptions, export
from readmark.services.files import ExchangeError
from readmark.store.repository import LibraryRepository

from .conftest import SECOND_TEXT, Library, content, open_repository, passage
from .test_round_trips import fresh


@pytest.mark.parametrize("kind", ["json", "qdpx"])
def test_a_child_tags_passages_reach_a_fresh_library(
    library: Library, tmp_path: Path, kind: str
) -> None:
    repository = library.repository
    claim = repository.tags()[0]
    child = repository.add_tag(TagSpec("statistical claim", "#117733", "", "numbers", claim.id))
    repository.add_annotation(passage(library.documents[1], child.id, "+44 20 7946 0000"))
    path = tmp_path / f"child.{kind}"
    export(repository, path, kind, ExportOptions())
    other = fresh(tmp_path, "laptop-b")

    report = import_annotations(other, path)

    exported = len(library.annotations) + 1 - (kind == "qdpx")  # a .qdpx leaves orphans out
    assert report.added == exported
    tags = {tag.name: tag for tag in other.tags()}
    copy = tags["statistical claim"]
    assert (copy.colour, copy.description, copy.parent_id) == (
        "#117733",
        "numbers",
        tags["claim"].id,
    )
    document = other.document_with_text(library.documents[1].content_hash)
    assert document is not None
    assert [a.exact for a in other.annotations(document.id) if a.tag_id == copy.id] == [
        "+44 20 7946 0000"
    ]
    assert "created 1 tag from the file: “statistical claim”" in report.summary()


def test_a_files_tags_are_checked_before_any_is_created(tmp_path: Path) -> None:
    """Colours must be #RRGGBB, names sane, and one file brings a bounded number of tags."""
    items = [_standard("Ærøskøbing", "x" * 201), _standard("Ærøskøbing", "mood")]
    path = tmp_path / "tags.json"
    repository = _library_with_web_page(tmp_path)
    collection = {
        "@context": ANNOTATION_CONTEXT,
        "type": "AnnotationCollection",
        "readmark:tags": [{"name": "mood", "colour": '#fff"><img src="/dev/zero">'}],
        "first": {"type": "AnnotationPage", "items": items},
    }
    path.write_text(json.dumps(collection), encoding="utf-8")

    report = import_annotations(repository, path)

    assert report.added == 1
    [mood] = [t for t in repository.tags() if t.name == "mood"]
    assert mood.colour == "#999999"
    assert not any(len(t.name) > 200 for t in repository.tags())
    assert "longer than 200 characters" in " ".join(why for _, why in report.skipped)

    many = [{"name": f"code {n}", "colour": "#123456"} for n in range(MAX_NEW_TAGS + 1)]
    path.write_text(json.dumps({**collection, "readmark:tags": many}), encoding="utf-8")
    before = content(repository)
    with pytest.raises(ExchangeError, match="at most 1000 new tags"):
        import_annotations(repository, path)
    assert content(repository) == before


def test_a_different_note_on_the_same_passage_keeps_both(library: Library, tmp_path: Path) -> None:
    """Two laptops with the same login name noted one passage differently."""
    other = fresh(tmp_path, "laptop-b", with_documents=True)
    mine = library.annotations[2]
    twin = other.document_with_text(library.documents[0].content_hash)
    assert twin is not None
    theirs = new_annotation(twin.id, mine.tag_id, mine.start, mine.end, twin.text)
    other.add_annotation(replace(theirs, note="Seen differently on laptop B"))
    path = tmp_path / "from-a.json"
    export(library.repository, path, "json", ExportOptions(document_ids=(mine.document_id,)))

    report = import_annotations(other, path)

    [kept] = [a for a in other.annotations(twin.id) if a.id == theirs.id]
    assert kept.note == f"Seen differently on laptop B\n\n——— from “from-a.json” ———\n{mine.note}"
    assert report.notes_joined == 1
    assert "kept both notes on 1 passage noted differently" in report.summary()
    assert "already" not in report.summary()
    again = import_annotations(other, path)
    assert (again.notes_joined, again.added) == (0, 0)


def test_an_annotation_listed_twice_in_a_file_is_said_so(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    export(library.repository, path, "json", ExportOptions())
    collection = json.loads(path.read_text(encoding="utf-8"))
    items = collection["first"]["items"]
    twice = json.loads(json.dumps(items[0]))
    twice["body"].append({"type": "TextualBody", "purpose": "commenting", "value": "second"})
    items.append(twice)
    path.write_text(json.dumps(collection), encoding="utf-8")
    other = fresh(tmp_path, "laptop-b")

    report = import_annotations(other, path)

    assert (report.added, report.repeated, report.already) == (len(library.annotations), 1, 0)
    assert "1 listed more than once in the file" in report.summary()
    assert "already in your library" not in report.summary()
    [copy] = [
        a
        for s in other.documents()
        for a in other.annotations(s.id)
        if a.id == library.annotations[0].id
    ]
    assert copy.note == "second"  # the copy's note, where the first had none


def test_web_tools_meet_a_document_by_its_address(tmp_path: Path) -> None:
    repository, document, path = _exported_page(tmp_path)

    [item] = json.loads(path.read_text(encoding="utf-8"))["first"]["items"]
    assert item["target"]["source"] == "https://example.org/party"
    assert item["target"]["readmark:text"] == document_iri(document.content_hash)
    # Our own file still finds its document by the text's hash.
    assert import_annotations(repository, path).already == 1

    # A standard annotation of a web tool: the page's address (with a fragment), a quote, a tag.
    standard = tmp_path / "hypothesis.json"
    standard.write_text(json.dumps(_standard("Ærøskøbing", "claim")), encoding="utf-8")
    report = import_annotations(repository, standard)
    assert (report.added, report.documents_matched, report.skipped) == (1, (document.id,), ())
    [placed] = [a for a in repository.annotations(document.id) if a.exact == "Ærøskøbing"]
    assert placed.start == document.text.index("Ærøskøbing")


def _exported_page(tmp_path: Path) -> tuple[LibraryRepository, Document, Path]:
    """A library holding a web page with one tagged passage, exported as JSON."""
    repository = _library_with_web_page(tmp_path)
    [summary] = repository.documents()
    document = repository.document(summary.id)
    repository.add_annotation(passage(document, repository.tags()[0].id, "The party 🎉"))
    path = tmp_path / "web.json"
    export(repository, path, "json", ExportOptions())
    return repository, document, path


def _library_with_web_page(tmp_path: Path) -> LibraryRepository:
    repository = open_repository(tmp_path / "web.sqlite3")
    article = replace(make_article(SECOND_TEXT, title="A party"), url="https://example.org/party")
    repository.add_article(article)
    return repository


def _standard(exact: str, tag: str) -> dict[str, object]:
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": f"https://hypothes.is/a/{tag[:20]}",
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": tag},
        "target": {
            "source": "https://example.org/party#annotations",
            "selector": {"type": "TextQuoteSelector", "exact": exact},
        },
    }


def test_a_note_edited_in_another_tool_and_sent_back_is_kept(
    library: Library, tmp_path: Path
) -> None:
    """QualCoder keeps a selection's guid and time when its memo is edited: the edit is not
    an older copy, so it is kept beside the note here."""
    path = tmp_path / "sent.qdpx"
    export(library.repository, path, "qdpx", ExportOptions())
    noted = library.annotations[2]  # a note, and no fields after it
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    project = members["project.qde"].decode("utf-8")
    assert f"<Description>{noted.note}</Description>" in project
    members["project.qde"] = project.replace(
        f"<Description>{noted.note}</Description>", "<Description>Edited in QualCoder</Description>"
    ).encode("utf-8")
    back = tmp_path / "back.qdpx"
    with zipfile.ZipFile(back, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)

    report = import_annotations(library.repository, back)

    [kept] = [a for a in library.repository.annotations(noted.document_id) if a.id == noted.id]
    assert kept.note == f"{noted.note}\n\n——— from “back.qdpx” ———\nEdited in QualCoder"
    assert (report.notes_joined, report.added) == (1, 0)


def test_a_file_without_texts_finds_a_page_by_its_address_when_its_text_changed(
    tmp_path: Path,
) -> None:
    _, _, path = _exported_page(tmp_path)
    collection = json.loads(path.read_text(encoding="utf-8"))
    del collection["readmark:documents"]  # as a web tool would send it back
    path.write_text(json.dumps(collection), encoding="utf-8")
    # Another laptop read the page a day later, with a new paragraph at the top.
    other = open_repository(tmp_path / "other.sqlite3")
    later = replace(
        make_article("Updated: a correction.\n\n" + SECOND_TEXT, title="A party"),
        url="https://example.org/party/",
    )
    page, _ = other.add_article(later)

    report = import_annotations(other, path)

    assert (report.added, report.documents_matched, report.skipped) == (1, (page.id,), ())
    [placed] = other.annotations(page.id)
    assert placed.exact == "The party 🎉"
    assert placed.start == page.text.index("The party 🎉")
