"""Links between passages and document labels in a real library: stored, undone, and taken
away with their passages (and brought back with them on undo)."""

from __future__ import annotations

from factories import make_article, new_annotation
from readmark.core.command_apply import apply
from readmark.core.commands import (
    AddAnnotation,
    AddLinks,
    Batch,
    LabelDocument,
    RemoveAnnotation,
    RemoveDocument,
    RemoveTag,
)
from readmark.core.links import Link
from readmark.store.repository import LibraryRepository

TEXT = "Headline\n\nThe minister said the plan will work. Critics disagree. 🙂 Figures say 3%."


def _three(repository: LibraryRepository) -> tuple[int, list[str]]:
    document, _ = repository.add_article(make_article(TEXT))
    claim, opinion = (t.id for t in repository.tags()[:2])
    passages = [
        new_annotation(document.id, claim, 10, 46, TEXT),
        new_annotation(document.id, opinion, 47, 63, TEXT),
        new_annotation(document.id, claim, 66, 83, TEXT),
    ]
    apply(Batch(tuple(AddAnnotation(a) for a in passages)), repository)
    return document.id, [a.id for a in passages]


def test_a_link_is_stored_undone_and_redone(repository: LibraryRepository) -> None:
    document_id, (claim, opinion, figure) = _three(repository)
    links = (Link(figure, claim, "supports"), Link(opinion, claim, "contradicts"))
    applied = apply(AddLinks(links), repository)
    assert applied.links_changed
    assert repository.links(document_id=document_id) == list(links)
    assert repository.links(annotation_ids=[figure]) == [links[0]]
    redo = apply(applied.inverse, repository).inverse
    assert repository.links(document_id=document_id) == []
    apply(redo, repository)
    assert repository.links(document_id=document_id) == list(links)


def test_deleting_a_passage_takes_its_links_and_undo_brings_them_back(
    repository: LibraryRepository,
) -> None:
    document_id, (claim, opinion, figure) = _three(repository)
    links = (Link(figure, claim, "supports"), Link(opinion, claim, "contradicts"))
    apply(AddLinks(links), repository)

    removed = apply(Batch((RemoveAnnotation(claim),)), repository)
    assert repository.links(document_id=document_id) == []
    assert removed.links_changed

    redo = apply(removed.inverse, repository).inverse
    assert {a.id for a in repository.annotations(document_id)} == {claim, opinion, figure}
    assert sorted(repository.links(document_id=document_id), key=str) == sorted(links, key=str)
    apply(redo, repository)  # deleted again, and again undone
    assert repository.links(document_id=document_id) == []


def test_removing_a_document_or_a_tag_keeps_links_for_undo(repository: LibraryRepository) -> None:
    document_id, (claim, opinion, figure) = _three(repository)
    links = (Link(figure, claim, "supports"), Link(opinion, claim, "contradicts"))
    apply(AddLinks(links), repository)

    gone = apply(RemoveDocument(document_id), repository)
    apply(gone.inverse, repository)
    assert len(repository.links(document_id=document_id)) == 2

    opinion_tag = repository.tags()[1].id
    untagged = apply(RemoveTag(opinion_tag, None), repository)
    assert repository.links(document_id=document_id) == [links[0]]
    apply(untagged.inverse, repository)
    assert len(repository.links(document_id=document_id)) == 2


def test_a_label_is_listed_and_undone(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    applied = apply(LabelDocument(document.id, "opinion"), repository)
    assert applied.labelled_document == document.id
    assert [d.label for d in repository.documents()] == ["opinion"]
    assert repository.document(document.id).label == "opinion"
    apply(applied.inverse, repository)
    assert [d.label for d in repository.documents()] == [""]


def test_a_restored_document_keeps_its_label(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    apply(LabelDocument(document.id, "advertising"), repository)
    gone = apply(RemoveDocument(document.id), repository)
    apply(gone.inverse, repository)
    assert repository.document(document.id).label == "advertising"
