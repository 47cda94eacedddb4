"""The import's decisions about tags and notes, over any names, colours and notes a file brings."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.merging import MAX_TAG_NAME, joined_note, tag_key, tags_to_create
from readmark.core.model import CodeEntry, Tag

names = st.text(min_size=0, max_size=220)
colours = st.one_of(st.text(max_size=12), st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True))
entries = st.builds(CodeEntry, names, colours, st.text(max_size=20), st.none() | names)


@given(st.lists(entries, max_size=12), st.lists(names, max_size=6), st.lists(names, max_size=4))
def test_only_missing_sound_tags_are_created_and_groups_come_first(
    declared: list[CodeEntry], used: list[str], library: list[str]
) -> None:
    existing = [Tag(n, name, "#000000", "", n) for n, name in enumerate(library)]
    create, refused = tags_to_create(declared, used, existing)

    folded = [tag_key(entry.name) for entry in create]
    assert len(folded) == len(set(folded))  # each once, case aside
    assert not set(folded) & {tag_key(name) for name in library}
    for number, entry in enumerate(create):
        assert entry.name and entry.name == entry.name.strip()
        assert len(entry.name) <= MAX_TAG_NAME
        assert re.fullmatch(r"#[0-9A-F]{6}", entry.colour)
        if entry.parent is not None:  # a group named is here already or created before
            earlier = {tag_key(e.name) for e in create[:number]}
            assert tag_key(entry.parent) in earlier | {tag_key(n) for n in library}
    assert all(why.startswith("a tag name longer than") for _, why in refused)


@given(st.text(max_size=40), st.text(max_size=40))
def test_a_joined_note_keeps_both_texts_and_joining_again_adds_nothing(
    mine: str, theirs: str
) -> None:
    joined = joined_note(mine, theirs, "from-b.qdpx")
    if joined is None:
        assert not theirs.strip() or theirs in mine
        return
    assert theirs in joined
    assert mine in joined or not mine.strip()  # a blank note gives way
    assert joined_note(joined, theirs, "from-b.qdpx") is None
