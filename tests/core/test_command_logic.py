"""Commands against an in-memory store (no SQLite): any run of them is undone exactly by their
inverses in reverse, and redone by the inverses of those; a batch is all or nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.memory_store import MemoryStore
from factories import new_annotation
from readmark.core.command_apply import apply
from readmark.core.command_words import describe
from readmark.core.commands import (
    AddAnnotation,
    AddLinks,
    AddTag,
    Batch,
    Command,
    EditNote,
    GiveReason,
    LabelDocument,
    RemoveAnnotation,
    RemoveDocument,
    RemoveLinks,
    RemoveTag,
    Retag,
    ReviseDocument,
    UpdateTag,
)
from readmark.core.links import LINK_KINDS, Link
from readmark.core.model import Article, Document, Tag, TagSpec

TEXT = "The minister said the plan will work. Critics disagree, loudly and often."


def library() -> MemoryStore:
    moment = datetime(2026, 1, 2, tzinfo=UTC)
    documents = [Document(i, f"Article {i}", "test", TEXT, f"hash{i}", moment, 0) for i in (1, 2)]
    tags = [Tag(i, name, "#0072B2", str(i), i) for i, name in ((1, "claim"), (2, "opinion"))]
    return MemoryStore(documents, tags)


def next_command(draw: st.DrawFn, store: MemoryStore) -> Command:
    """A command that makes sense on the store as it is now."""
    annotations = sorted(store.annotations)
    tags = sorted(store.tags)
    kinds = ["add", "add_tag"]
    if annotations:
        kinds += ["remove", "retag", "note", "batch", "link", "reason"]
    if store.held_links:
        kinds.append("unlink")
    if store.documents:
        kinds += ["remove_document", "label", "revise"]
    if len(tags) > 1:
        kinds += ["remove_tag", "rename_tag"]
    kind = draw(st.sampled_from(kinds))
    if kind == "add" and store.documents:
        start = draw(st.integers(0, len(TEXT) - 2))
        end = draw(st.integers(start + 1, len(TEXT)))
        document = draw(st.sampled_from(sorted(store.documents)))
        return AddAnnotation(
            new_annotation(document, draw(st.sampled_from(tags)), start, end, TEXT)
        )
    if kind in ("add", "add_tag"):
        return AddTag(TagSpec(f"tag {len(tags) + draw(st.integers(0, 999))}", "#D55E00", ""))
    if kind == "remove":
        return RemoveAnnotation(draw(st.sampled_from(annotations)))
    if kind == "retag":
        return Retag(draw(st.sampled_from(annotations)), draw(st.sampled_from(tags)))
    if kind == "note":
        return EditNote(draw(st.sampled_from(annotations)), draw(st.text(max_size=20)))
    if kind == "batch":
        chosen = draw(st.lists(st.sampled_from(annotations), min_size=1, unique=True))
        return Batch(tuple(RemoveAnnotation(i) for i in chosen))
    if kind == "link":
        ends = [draw(st.sampled_from(annotations)) for _ in range(2)]
        return AddLinks((Link(*ends, draw(st.sampled_from(LINK_KINDS))),))
    if kind == "unlink":
        return RemoveLinks((draw(st.sampled_from(sorted(store.held_links, key=str))),))
    if kind == "reason":
        return GiveReason(draw(st.sampled_from(annotations)), draw(st.sampled_from(["", "hedge"])))
    if kind == "label":
        document = draw(st.sampled_from(sorted(store.documents)))
        return LabelDocument(document, draw(st.sampled_from(["", "news", "opinion"])))
    if kind == "revise":  # a newer version; passages beside it in a batch, as an update does
        d = store.documents[draw(st.sampled_from(sorted(store.documents)))]
        now = Article(d.title, d.text, d.source, d.content_hash, d.blocks)
        newer = replace(now, text=f"{d.text} More.", content_hash=f"{d.content_hash}+")
        return ReviseDocument(d.id, newer, now)
    if kind == "remove_document":
        return RemoveDocument(draw(st.sampled_from(sorted(store.documents))))
    tag_id = draw(st.sampled_from(tags))
    if kind == "rename_tag":
        return UpdateTag(replace(store.tags[tag_id], name=f"renamed {tag_id}", colour="#009E73"))
    others = [t for t in tags if t != tag_id]
    return RemoveTag(tag_id, draw(st.sampled_from([None, *others])))


@settings(max_examples=150)
@given(st.data())
def test_any_run_of_commands_is_undone_and_redone_exactly(data: st.DataObject) -> None:
    store = library()
    states = [store.state()]
    inverses = []
    for _ in range(data.draw(st.integers(1, 12))):
        command = next_command(data.draw, store)
        try:
            applied = apply(command, store)
        except KeyError:  # refused (a name taken): the store must be as it was
            assert store.state() == states[-1]
            continue
        inverses.append(applied.inverse)
        states.append(store.state())
    redos = []
    for inverse, before in zip(reversed(inverses), reversed(states[:-1]), strict=True):
        redos.append(apply(inverse, store).inverse)
        assert store.state() == before
    for redo, after in zip(reversed(redos), states[1:], strict=True):
        apply(redo, store)
        assert store.state() == after


def test_a_batch_that_fails_part_way_changes_nothing() -> None:
    store = library()
    kept = new_annotation(1, 1, 4, 12, TEXT)
    apply(AddAnnotation(kept), store)
    before = store.state()
    with pytest.raises(KeyError):
        apply(Batch((RemoveAnnotation(kept.id), RemoveAnnotation("no such id"))), store)
    assert store.state() == before


def test_removing_a_document_records_it_and_its_undo_puts_it_back_with_its_passages() -> None:
    store = library()
    apply(AddAnnotation(new_annotation(2, 1, 0, 12, TEXT)), store)
    applied = apply(RemoveDocument(2), store)
    assert applied.removed_document is not None and applied.removed_document.id == 2
    assert describe(applied.inverse, {}) == "Restore “Article 2”"
    back = apply(applied.inverse, store)
    assert back.restored_document == applied.removed_document
    assert [a.document_id for a in store.annotations.values()] == [2]
