"""Export, then import into a fresh library (another laptop): the same annotations come back,
and importing again adds nothing."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import new_annotation
from readmark.core.command_apply import apply
from readmark.core.fields import FieldSpec
from readmark.core.model import Annotation, TagSpec
from readmark.core.text import storable
from readmark.services.annotation_import import import_annotations
from readmark.services.documents import seed_first_start
from readmark.services.exchange import ExportOptions, export
from readmark.store.repository import LibraryRepository

from .conftest import SECOND_TEXT, Library, add_second_article, content, open_repository

Key = tuple[object, ...]


def everything(repository: LibraryRepository) -> list[tuple[str, Annotation]]:
    """Every annotation with its document's content hash."""
    found = []
    for summary in repository.documents():
        document = repository.document(summary.id)
        found.extend((document.content_hash, a) for a in repository.annotations(summary.id))
    return found


def keys(repository: LibraryRepository, *, ids: bool = True, times: str = "exact") -> set[Key]:
    names = {tag.id: tag.name for tag in repository.tags()}
    found = set()
    for digest, a in everything(repository):
        moments: tuple[object, ...] = ()
        if times == "exact":
            moments = (a.created_at, a.updated_at)
        elif times == "seconds":
            moments = (a.created_at.replace(microsecond=0), a.updated_at.replace(microsecond=0))
        found.add(
            (
                a.id if ids else "",
                digest,
                names[a.tag_id],
                a.start,
                a.end,
                a.exact,
                a.note,
                a.orphaned,
                a.origin,
                a.field_values,
                *moments,
            )
        )
    return found


def fresh(tmp_path: Path, name: str, with_documents: bool = False) -> LibraryRepository:
    """Another laptop's library: empty, or holding the same two articles (without annotations)."""
    repository = open_repository(tmp_path / f"{name}.sqlite3")
    if with_documents:
        seed_first_start(repository)
        add_second_article(repository)
    return repository


def test_json_round_trip_keeps_everything(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    assert export(library.repository, path, "json", ExportOptions()) == len(library.annotations)
    other = fresh(tmp_path, "laptop-b")
    report = import_annotations(other, path)
    assert (report.added, report.already, report.skipped) == (len(library.annotations), 0, ())
    assert len(report.documents_added) == 2
    assert keys(other) == keys(library.repository)
    # The documents come whole: text, title, blocks and facts.
    for document in library.documents:
        copy = other.document_with_text(document.content_hash)
        assert copy is not None
        assert (copy.text, copy.title, copy.blocks, copy.source) == (
            document.text,
            document.title,
            document.blocks,
            document.source,
        )
    # Prefix and suffix too, so that a later update of the document finds the passages.
    assert {(a.id, a.prefix, a.suffix) for _, a in everything(other)} == {
        (a.id, a.prefix, a.suffix) for _, a in everything(library.repository)
    }


def test_qdpx_round_trip_keeps_the_coded_passages(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "project.qdpx"
    placed = [a for a in library.annotations if not a.orphaned]
    assert export(library.repository, path, "qdpx", ExportOptions()) == len(placed)
    other = fresh(tmp_path, "laptop-b")
    report = import_annotations(other, path)
    assert (report.added, report.skipped) == (len(placed), ())
    # REFI-QDA has no place for Readmark's origin, nor for passages whose words are gone.
    expected = {
        (*key[:8], "", *key[9:])
        for key in keys(library.repository, times="seconds")
        if key[7] is False
    }
    assert keys(other, times="seconds") == expected


def test_csv_round_trip_into_a_library_with_the_same_articles(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "annotations.csv"
    export(library.repository, path, "csv", ExportOptions(delimiter=";", context=True))
    other = fresh(tmp_path, "laptop-b", with_documents=True)
    report = import_annotations(other, path)
    assert (report.added, report.skipped) == (len(library.annotations), ())
    # A CSV holds no ids: the annotations are the same but for them (times to the second).
    assert keys(other, ids=False, times="seconds") == keys(
        library.repository, ids=False, times="seconds"
    )


@pytest.mark.parametrize("kind", ["json", "qdpx", "csv"])
def test_importing_twice_adds_nothing(library: Library, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"annotations.{kind}"
    export(library.repository, path, kind, ExportOptions())
    other = fresh(tmp_path, "laptop-b", with_documents=kind == "csv")
    first = import_annotations(other, path)
    before = content(other)
    again = import_annotations(other, path)
    assert (again.added, again.updated, again.documents_added) == (0, 0, ())
    assert again.already == first.added
    assert content(other) == before
    # Nor into the library the file came from.
    before = content(library.repository)
    assert import_annotations(library.repository, path).added == 0
    assert content(library.repository) == before


def test_a_newer_copy_of_an_annotation_updates_its_note_and_tag(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "monday.json"
    export(library.repository, path, "json", ExportOptions())
    other = fresh(tmp_path, "laptop-b")
    import_annotations(other, path)
    # Laptop A goes on working: a new note and a new tag on one passage.
    changed = library.annotations[2]
    library.repository.set_note(changed.id, "Rewritten on laptop A")
    library.repository.set_tag(changed.id, library.repository.tags()[0].id)
    library.repository.set_field_values(changed.id, (("verdict", "false"),))
    export(library.repository, path, "json", ExportOptions())
    report = import_annotations(other, path)
    assert (report.added, report.updated) == (0, 1)
    [copy] = [a for _, a in everything(other) if a.id == changed.id]
    assert copy.note == "Rewritten on laptop A"
    assert copy.field_values == (("verdict", "false"),)
    assert copy.tag_id == other.tags()[0].id
    # An older copy changes nothing back.
    other.set_note(changed.id, "Newer still, on laptop B")
    assert import_annotations(other, path).updated == 0
    [copy] = [a for _, a in everything(other) if a.id == changed.id]
    assert copy.note == "Newer still, on laptop B"


def test_export_options_choose_documents_and_tags(library: Library, tmp_path: Path) -> None:
    second = library.documents[1]
    options = ExportOptions(document_ids=(second.id,), tags=frozenset({"quote", "caption"}))
    path = tmp_path / "some.json"
    assert export(library.repository, path, "json", options) == 2
    other = fresh(tmp_path, "laptop-b")
    report = import_annotations(other, path)
    assert report.added == 2 and len(report.documents_added) == 1
    assert {key[2] for key in keys(other)} == {"quote", "caption"}


def test_a_csv_names_documents_the_library_must_already_have(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "annotations.csv"
    export(library.repository, path, "csv", ExportOptions())
    other = fresh(tmp_path, "laptop-b")
    report = import_annotations(other, path)
    assert report.added == 0
    assert len(report.skipped) == len(library.annotations)
    assert all("a CSV file carries no text" in why for _, why in report.skipped)


def test_a_csv_without_hashes_finds_its_document_by_title_and_passages(
    library: Library, tmp_path: Path
) -> None:
    # A 0.1 export (no document_hash column), as a spreadsheet saved it again.
    first = library.documents[0]
    annotation = library.annotations[0]
    path = tmp_path / "old.csv"
    path.write_text(
        "document_id,document,source,tag,passage,note,start,end\r\n"
        f'9,"{first.title}",x,CLAIM,{annotation.exact},from 0.1,{annotation.start},'
        f"{annotation.end}\r\n",
        encoding="utf-8-sig",
    )
    other = fresh(tmp_path, "laptop-b", with_documents=True)
    report = import_annotations(other, path)
    assert (report.added, report.skipped) == (1, ())
    [(_, copy)] = everything(other)
    assert (copy.start, copy.end, copy.exact, copy.note) == (
        annotation.start,
        annotation.end,
        annotation.exact,
        "from 0.1",
    )
    assert copy.tag_id == other.tags()[0].id  # "CLAIM" is the claim tag


def test_tags_the_library_lacks_come_from_the_file_and_go_with_its_undo(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "annotations.json"
    export(library.repository, path, "json", ExportOptions())
    other = fresh(tmp_path, "laptop-b")
    [quote] = [t for t in other.tags() if t.name == "quote"]
    other.update_tag(replace(quote, name="citation"))
    before = content(other)
    report = import_annotations(other, path)
    assert (report.added, report.skipped) == (len(library.annotations), ())
    [created] = [t for t in other.tags() if t.name == "quote"]
    assert created.colour == library.repository.tags()[3].colour
    assert "created 1 tag from the file: “quote”" in report.summary()
    apply(report.undo, other)
    assert content(other) == before


def test_an_import_is_all_or_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "annotations.json"
    export(library.repository, path, "json", ExportOptions())
    other = fresh(tmp_path, "laptop-b")
    before = content(other)

    def full_disk(*_: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(other, "add_annotations", full_disk)
    with pytest.raises(OSError):
        import_annotations(other, path)
    assert content(other) == before  # the documents added first were rolled back too


def test_annotations_of_another_tool_are_placed_by_their_quote(
    library: Library, tmp_path: Path
) -> None:
    """A Web Annotation from elsewhere: no id of ours, a quote without a position, the
    document named by its hash; and one on a web page the library does not have."""
    import json

    from readmark.core.web_annotation import document_iri

    second = library.documents[1]
    items = [
        {
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "id": "https://annotations.example/1",
            "type": "Annotation",
            "body": [
                {"type": "TextualBody", "purpose": "tagging", "value": "Quote"},
                {"type": "TextualBody", "value": "seen elsewhere"},
            ],
            "target": {
                "source": document_iri(second.content_hash),
                "selector": {"type": "TextQuoteSelector", "exact": "café-crème", "prefix": "was "},
            },
        },
        {
            "id": "https://annotations.example/2",
            "type": "Annotation",
            "body": {"type": "TextualBody", "purpose": "tagging", "value": "claim"},
            "target": {
                "source": "https://news.example/article",
                "selector": {"type": "TextPositionSelector", "start": 0, "end": 4},
            },
        },
    ]
    path = tmp_path / "elsewhere.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    other = fresh(tmp_path, "laptop-b", with_documents=True)
    report = import_annotations(other, path)
    assert report.added == 1
    [(_, placed)] = everything(other)
    start = second.text.index("café-crème")
    assert (placed.start, placed.end, placed.note) == (start, start + 10, "seen elsewhere")
    [(what, why)] = report.skipped
    assert what == "https://annotations.example/2"
    assert "does not carry its text" in why
    assert import_annotations(other, path).added == 0  # the same IRIs give the same ids


def test_a_project_of_another_qda_tool(tmp_path: Path) -> None:
    """Windows line ends, braced upper-case guids, two codes on one selection, a note by
    reference, a code Readmark lacks and a picture source."""
    import zipfile

    text = "Title line\r\n\r\nFirst paragraph here.\r\nSecond line of it.\r\n"
    start = text.index("Second line")
    end = start + len("Second line")
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="Another tool">
  <CodeBook><Codes>
    <Code guid="{{AAAAAAAA-0000-0000-0000-000000000001}}" name="Claim" isCodable="true">
      <Code guid="AAAAAAAA-0000-0000-0000-000000000002" name="quote" isCodable="true"/>
    </Code>
    <Code guid="AAAAAAAA-0000-0000-0000-000000000003" name="emotion" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="BBBBBBBB-0000-0000-0000-000000000001" name="Interview 1">
      <PlainTextContent>{text}</PlainTextContent>
      <PlainTextSelection guid="CCCCCCCC-0000-0000-0000-000000000001"
          startPosition="{start}" endPosition="{end}" creationDateTime="2023-01-02T03:04:05Z">
        <Description>a memo</Description>
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000001">
          <CodeRef targetGUID="AAAAAAAA-0000-0000-0000-000000000001"/></Coding>
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000002">
          <CodeRef targetGUID="aaaaaaaa-0000-0000-0000-000000000002"/></Coding>
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000003">
          <CodeRef targetGUID="AAAAAAAA-0000-0000-0000-000000000003"/></Coding>
        <NoteRef targetGUID="EEEEEEEE-0000-0000-0000-000000000001"/>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="BBBBBBBB-0000-0000-0000-000000000002" name="Photo" path="internal://p.png">
      <PictureSelection guid="CCCCCCCC-0000-0000-0000-000000000002" firstX="0" firstY="0"
          secondX="1" secondY="1">
        <Coding guid="DDDDDDDD-0000-0000-0000-000000000004">
          <CodeRef targetGUID="AAAAAAAA-0000-0000-0000-000000000003"/></Coding>
      </PictureSelection>
    </PictureSource>
  </Sources>
  <Notes>
    <Note guid="EEEEEEEE-0000-0000-0000-000000000001" name="n">
      <PlainTextContent>and a note</PlainTextContent>
    </Note>
  </Notes>
</Project>"""
    path = tmp_path / "study.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde.replace("\n", "\r\n"))
    other = fresh(tmp_path, "laptop-b")
    report = import_annotations(other, path)
    assert (report.added, len(report.documents_added)) == (3, 1)
    document = other.document(report.documents_added[0])
    assert "\r" not in document.text and document.title == "Interview 1"
    names = {tag.id: tag.name for tag in other.tags()}
    found = {(names[a.tag_id], a.exact, a.note) for a in other.annotations(document.id)}
    assert found == {
        ("claim", "Second line", "a memo\n\nand a note"),
        ("quote", "Second line", "a memo\n\nand a note"),
        ("emotion", "Second line", "a memo\n\nand a note"),  # a code the library lacked
    }
    assert "created 1 tag from the file: “emotion”" in report.summary()
    assert "PictureSource" in " ".join(why for _, why in report.skipped)
    assert import_annotations(other, path).added == 0


def test_times_survive_the_json_to_the_microsecond(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    export(library.repository, path, "json", ExportOptions())
    other = fresh(tmp_path, "laptop-b")
    import_annotations(other, path)
    first = library.annotations[0]
    [copy] = [a for _, a in everything(other) if a.id == first.id]
    assert (copy.created_at, copy.updated_at) == (first.created_at, first.updated_at)
    assert copy.created_at.microsecond == 123456


@pytest.mark.parametrize("kind", ["json", "csv", "qdpx"])
def test_two_coders_of_one_passage_stay_two_annotations_with_their_names(
    library: Library, tmp_path: Path, kind: str
) -> None:
    """A team merges its coding: the same words tagged alike by Ana and Ben are two
    annotations, each under its coder's name, in every format that can be read back."""
    document = library.documents[1]
    words = "The party 🎉 in Ærøskøbing"
    start = document.text.index(words)
    tag = library.repository.tags()[0]
    for coder in ("Ana Lima", "Ben Okafor"):
        annotation = new_annotation(document.id, tag.id, start, start + len(words), document.text)
        library.repository.add_annotation(replace(annotation, coder=coder))
    path = tmp_path / f"team.{kind}"
    export(library.repository, path, kind, ExportOptions(document_ids=(document.id,)))
    other = fresh(tmp_path, "laptop-c", with_documents=True)

    import_annotations(other, path, coder="Someone Else")

    twin = other.document_with_text(document.content_hash)
    assert twin is not None
    coders = sorted(a.coder for a in other.annotations(twin.id) if a.exact == words)
    already = [a for a in library.annotations if a.document_id == document.id and a.exact == words]
    assert coders == sorted(["Ana Lima", "Ben Okafor", *["Someone Else"] * len(already)])
    assert import_annotations(other, path).added == 0


def test_a_file_that_names_no_coder_is_imported_as_the_given_coder(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "anonymous.json"
    export(library.repository, path, "json", ExportOptions())  # the fixture's have no coder
    other = fresh(tmp_path, "laptop-d")
    import_annotations(other, path, coder="Chloé")
    assert {a.coder for _, a in everything(other)} == {"Chloé"}


passages = st.lists(
    st.tuples(
        st.integers(0, len(SECOND_TEXT) - 1),
        st.integers(1, 40),
        st.integers(0, 3),
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=20)
        | st.sampled_from(["'=1", "=SUM(A1)", "-2", "a,b;c", 'say "hi"', "two\nlines"]),
        st.sampled_from(["Ana", "Ben Ó", "=evil", "'-x"]),  # the app always names one
    ),
    min_size=1,
    max_size=6,
    # A CSV holds no ids: the same passage, tag and coder twice reads back as one annotation.
    unique_by=lambda p: (p[0], min(len(SECOND_TEXT), p[0] + p[1]), p[2], p[4]),
)


@settings(max_examples=30)
@given(chosen=passages, kind=st.sampled_from(["csv", "json"]))
def test_any_coded_passages_come_back_the_same(
    chosen: list[tuple[int, int, int, str, str]], kind: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        here = open_repository(Path(folder, "here.sqlite3"))
        document = add_second_article(here)
        tags = [t.id for t in here.tags()]
        for start, length, tag, note, coder in chosen:
            end = min(len(SECOND_TEXT), start + length)
            made = new_annotation(document.id, tags[tag], start, end, SECOND_TEXT)
            here.add_annotation(replace(made, note=storable(note), coder=coder))
        path = Path(folder, f"annotations.{kind}")
        export(here, path, kind, ExportOptions())
        there = open_repository(Path(folder, "there.sqlite3"))
        add_second_article(there)
        import_annotations(there, path)
        assert facts(there) == facts(here)
        here.dispose()
        there.dispose()


def facts(repository: LibraryRepository) -> Counter[Key]:
    """What a reader sees of each annotation: where, which tag, the note and who made it."""
    names = {tag.id: tag.name for tag in repository.tags()}
    return Counter(
        (names[a.tag_id], a.start, a.end, a.exact, a.note, a.coder)
        for _, a in everything(repository)
    )


def test_a_tags_fields_come_with_it_in_json(library: Library, tmp_path: Path) -> None:
    strength = FieldSpec("strength", "choice", ("weak", "strong"), "How sure it sounds.")
    hedge = library.repository.add_tag(TagSpec("hedge", "#999999", "", "", fields=(strength,)))
    document = library.documents[0]
    start = document.text.index("somehow")
    hedged = new_annotation(document.id, hedge.id, start, start + 7, document.text)
    library.repository.add_annotation(replace(hedged, field_values=(("strength", "weak"),)))
    path = tmp_path / "annotations.json"
    export(library.repository, path, "json", ExportOptions())

    other = fresh(tmp_path, "laptop-b")
    report = import_annotations(other, path)
    assert report.tags_created == ("hedge",)
    assert next(t for t in other.tags() if t.name == "hedge").fields == (strength,)
    [copy] = [a for _, a in everything(other) if a.id == hedged.id]
    assert copy.field_values == (("strength", "weak"),)
