"""Commands and their inverses against a real library: undo restores exactly what was there."""

from __future__ import annotations

import pytest

from factories import make_article, new_annotation
from readmark.core.command_apply import apply
from readmark.core.command_words import describe
from readmark.core.commands import (
    AddAnnotation,
    Batch,
    EditNote,
    RemoveAnnotation,
    RemoveAnnotations,
    RemoveDocument,
    RemoveTag,
    Retag,
)
from readmark.store.repository import LibraryRepository, NotFoundError

TEXT = "Headline\n\nThe minister said the plan will work. Critics disagree."


def test_each_command_is_undone_by_its_inverse_and_redone_by_the_inverse_of_that(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim, opinion = (t.id for t in repository.tags()[:2])
    annotation = new_annotation(document.id, claim, 10, 30, TEXT)

    states = [repository.annotations(document.id)]
    inverses = []
    for command in (
        AddAnnotation(annotation),
        Retag(annotation.id, opinion),
        EditNote(annotation.id, "who are the critics?"),
        RemoveAnnotation(annotation.id),
    ):
        applied = apply(command, repository)
        inverses.append(applied.inverse)
        states.append(repository.annotations(document.id))

    assert states[-1] == []
    redos = []
    for inverse, expected in zip(reversed(inverses), reversed(states[:-1]), strict=True):
        redos.append(apply(inverse, repository).inverse)
        assert _comparable(repository.annotations(document.id)) == _comparable(expected)
    for redo, expected in zip(reversed(redos), states[1:], strict=True):
        apply(redo, repository)
        assert _comparable(repository.annotations(document.id)) == _comparable(expected)


def test_apply_reports_what_changed(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim = repository.tags()[0].id
    annotation = new_annotation(document.id, claim, 10, 30, TEXT)
    added = apply(AddAnnotation(annotation), repository)
    assert [(c.kind, c.annotation.id) for c in added.changes] == [("added", annotation.id)]
    noted = apply(EditNote(annotation.id, "n"), repository)
    assert [(c.kind, c.annotation.note) for c in noted.changes] == [("changed", "n")]
    removed = apply(RemoveAnnotation(annotation.id), repository)
    assert [(c.kind, c.annotation.note) for c in removed.changes] == [("removed", "n")]


def test_a_batch_is_one_transaction_undone_in_one_step(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim, opinion = (t.id for t in repository.tags()[:2])
    first = new_annotation(document.id, claim, 10, 30, TEXT)
    second = new_annotation(document.id, claim, 31, 40, TEXT)
    apply(Batch((AddAnnotation(first), AddAnnotation(second))), repository)

    retag = apply(Batch((Retag(first.id, opinion), Retag(second.id, opinion))), repository)
    assert {a.tag_id for a in repository.annotations(document.id)} == {opinion}
    apply(retag.inverse, repository)
    assert {a.tag_id for a in repository.annotations(document.id)} == {claim}


def test_a_batch_that_fails_half_way_stores_none_of_it(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim = repository.tags()[0].id
    kept = new_annotation(document.id, claim, 10, 30, TEXT)
    apply(AddAnnotation(kept), repository)
    with pytest.raises(NotFoundError):
        apply(Batch((RemoveAnnotation(kept.id), RemoveAnnotation("gone"))), repository)
    assert [a.id for a in repository.annotations(document.id)] == [kept.id]


def test_undo_menu_wording_names_the_tag() -> None:
    names = {1: "claim", 2: "quote"}
    assert describe(Retag("x", 2), names) == "Change tag to quote"
    assert describe(EditNote("x", ""), names) == "Edit note"
    removals = Batch((RemoveAnnotation("a"), RemoveAnnotation("b")))
    assert describe(removals, names) == "Delete 2 annotations"


def _comparable(annotations: list) -> list:
    """Annotations without their updated time, which every edit (and its undo) moves on."""
    return [(a.id, a.tag_id, a.start, a.end, a.exact, a.note) for a in annotations]


def test_removing_a_document_and_undoing_brings_back_everything(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim = repository.tags()[0].id
    annotation = new_annotation(document.id, claim, 10, 30, TEXT)
    apply(AddAnnotation(annotation), repository)
    apply(EditNote(annotation.id, "kept"), repository)
    before = repository.annotations(document.id)

    removed = apply(RemoveDocument(document.id), repository)
    assert repository.documents() == [] and removed.removed_document == document
    with pytest.raises(NotFoundError):
        repository.document(document.id)

    restored = apply(removed.inverse, repository)
    assert restored.restored_document is not None
    assert repository.document(document.id) == document
    assert repository.annotations(document.id) == before
    assert isinstance(restored.inverse, RemoveDocument)


def test_many_annotations_are_removed_and_put_back_at_once(repository: LibraryRepository) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim = repository.tags()[0].id
    annotations = [new_annotation(document.id, claim, n, n + 5, TEXT) for n in range(0, 40, 5)]
    repository.add_annotations(annotations)
    before = _comparable(repository.annotations(document.id))

    removed = apply(RemoveAnnotations(tuple(a.id for a in annotations)), repository)
    assert repository.annotations(document.id) == []
    assert len(removed.changes) == len(annotations)
    apply(removed.inverse, repository)
    assert _comparable(repository.annotations(document.id)) == before

    with pytest.raises(NotFoundError):
        apply(RemoveAnnotations((annotations[0].id, "not-there")), repository)
    assert _comparable(repository.annotations(document.id)) == before  # all or nothing


def test_a_merge_undone_and_redone_moves_the_passages_again_not_deletes_them(
    repository: LibraryRepository,
) -> None:
    document, _ = repository.add_article(make_article(TEXT))
    claim, opinion = (t.id for t in repository.tags()[:2])
    annotation = new_annotation(document.id, claim, 10, 30, TEXT)
    apply(AddAnnotation(annotation), repository)
    undo = apply(RemoveTag(claim, opinion), repository).inverse
    redo = apply(undo, repository).inverse
    apply(redo, repository)
    assert [(a.id, a.tag_id) for a in repository.annotations(document.id)] == [
        (annotation.id, opinion)
    ]
