"""Re-importing a changed file: annotations move with their passages, the lost are kept."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from factories import make_docx, make_epub, new_annotation
from readmark.core.command_apply import apply
from readmark.core.commands import AddAnnotation, AddLinks, Batch
from readmark.core.csv_export import write_csv
from readmark.core.links import LINK_KINDS, Link
from readmark.core.model import Annotation, Document
from readmark.services.documents import expand_paths, import_files, summarise, update_document
from readmark.store.repository import LibraryRepository

FIRST = "A headline\n\nThe mayor said the bridge will open in May.\n\nCritics call it a folly."
SECOND = (
    "A headline, updated\n\nA new opening paragraph.\n\n"
    "The mayor said the bridge will open in May.\n\nCritics now call it a triumph."
)


def tagged_bridge(
    repository: LibraryRepository, tmp_path: Path
) -> tuple[Path, Document, Annotation, Annotation]:
    """FIRST imported from a file, with a passage SECOND keeps and one it loses, linked."""
    path = tmp_path / "bridge.txt"
    path.write_text(FIRST, encoding="utf-8")
    [first] = import_files(repository, [path])
    assert first.created and first.document is not None
    document = first.document
    claim, opinion = (t.id for t in repository.tags()[:2])
    said = FIRST.index("The mayor")
    kept = new_annotation(document.id, claim, said, said + 42, FIRST)
    folly = FIRST.index("a folly")
    lost = new_annotation(document.id, opinion, folly, folly + 7, FIRST)
    apply(Batch((AddAnnotation(kept), AddAnnotation(lost))), repository)
    apply(AddLinks((Link(kept.id, lost.id, LINK_KINDS[0]),)), repository)
    return path, document, kept, lost


def test_a_changed_file_is_offered_as_an_update_and_its_annotations_move(
    repository: LibraryRepository, tmp_path: Path
) -> None:
    path, document, kept, lost = tagged_bridge(repository, tmp_path)
    path.write_text(SECOND, encoding="utf-8")
    [again] = import_files(repository, [path])
    assert again.document is None and again.previous is not None and again.article is not None
    assert summarise([again]) == "“A headline” changed since imported."
    assert len(repository.documents()) == 1  # nothing added before the user decides

    revision = update_document(repository, again.previous, again.article)

    assert revision.kept == 1 and [a.id for a in revision.orphaned] == [lost.id]
    assert repository.document(document.id).text == SECOND
    by_id = {a.id: a for a in repository.annotations(document.id)}
    moved = by_id[kept.id]
    assert SECOND[moved.start : moved.end] == kept.exact and not moved.orphaned
    assert by_id[lost.id].orphaned and by_id[lost.id].exact == "a folly"

    stream = io.StringIO(newline="")
    write_csv(repository.export_rows(document.id), stream)
    rows = {r["passage"]: r for r in csv.DictReader(io.StringIO(stream.getvalue()[1:]))}
    assert rows["a folly"]["orphaned"] == "yes" and rows[kept.exact]["orphaned"] == ""
    assert rows[kept.exact]["paragraph"] == "2"


def test_an_update_undone_puts_the_version_back_with_its_passages_and_links_as_they_were(
    repository: LibraryRepository, tmp_path: Path
) -> None:
    path, document, _, _ = tagged_bridge(repository, tmp_path)
    before = (repository.annotations(document.id), repository.links(document_id=document.id))
    path.write_text(SECOND, encoding="utf-8")
    [again] = import_files(repository, [path])
    assert again.previous is not None and again.article is not None
    revision = update_document(repository, again.previous, again.article)
    after = (repository.annotations(document.id), repository.links(document_id=document.id))

    undone = apply(revision.applied.inverse, repository)
    assert repository.document(document.id).text == FIRST
    assert (repository.annotations(document.id), repository.links(document_id=document.id)) == (
        before
    )
    apply(undone.inverse, repository)  # and redone
    assert repository.document(document.id).text == SECOND
    assert (repository.annotations(document.id), repository.links(document_id=document.id)) == (
        after
    )


def test_an_unchanged_file_is_simply_found_again(
    repository: LibraryRepository, tmp_path: Path
) -> None:
    path = tmp_path / "bridge.txt"
    path.write_text(FIRST, encoding="utf-8")
    import_files(repository, [path])
    [again] = import_files(repository, [path])
    assert again.document is not None and not again.created and again.previous is None


@pytest.mark.parametrize("suffix", [".docx", ".epub"])
def test_a_changed_word_file_or_book_is_a_new_version_with_its_annotations_moved(
    repository: LibraryRepository, tmp_path: Path, suffix: str
) -> None:
    said = "The mayor said the bridge will open in May."
    paragraphs = {
        "first": ["The opening.", said],
        "second": ["A new opening paragraph.", "The opening.", said],
    }

    def write(version: str) -> None:
        texts = paragraphs[version]
        if suffix == ".docx":
            body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
            path.write_bytes(make_docx(body))
        else:
            path.write_bytes(make_epub(["".join(f"<p>{t}</p>" for t in texts)]))

    path = tmp_path / f"bridge{suffix}"
    write("first")
    [first] = import_files(repository, [path])
    assert first.document is not None
    text = first.document.text
    claim = repository.tags()[0].id
    kept = new_annotation(first.document.id, claim, text.index(said), len(text), text)
    apply(AddAnnotation(kept), repository)

    write("second")
    [again] = import_files(repository, [path])
    assert again.previous is not None and again.article is not None
    revision = update_document(repository, again.previous, again.article)
    assert revision.kept == 1
    [moved] = repository.annotations(first.document.id)
    new_text = repository.document(first.document.id).text
    assert "A new opening paragraph." in new_text
    assert new_text[moved.start : moved.end] == said


def test_a_folder_import_takes_books_pdfs_and_office_files(tmp_path: Path) -> None:
    names = ["a.epub", "b.docx", "c.odt", "d.pdf", "e.html", "f.md", "g.txt", "h.png"]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in expand_paths([tmp_path])] == names[:-1]
