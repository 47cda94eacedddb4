"""Re-anchoring: a passage is found again in a new version of its document."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from readmark.core.anchoring import anchor_selection, locate

plain = st.text(st.characters(exclude_characters="§", exclude_categories=("Cs",)), max_size=80)
# The passage carries a mark found nowhere else, so "the same passage" is well defined.
passages = plain.map(lambda s: f"§{s}§").filter(lambda s: s.strip() == s)


@given(before=plain, passage=passages, after=plain, edit=plain, where=st.data())
def test_edits_around_a_passage_move_it_but_keep_it(
    before: str, passage: str, after: str, edit: str, where: st.DataObject
) -> None:
    text = before + passage + after
    anchor = anchor_selection(text, len(before), len(before) + len(passage))
    assert anchor is not None and anchor.exact == passage
    # Insert, delete or replace text somewhere outside the passage.
    in_before = where.draw(st.booleans())
    region = before if in_before else after
    cut = sorted(where.draw(st.lists(st.integers(0, len(region)), min_size=2, max_size=2)))
    changed = region[: cut[0]] + edit + region[cut[1] :]
    new_text = changed + passage + after if in_before else before + passage + changed

    found = locate(new_text, anchor)

    assert found is not None
    assert new_text[found[0] : found[1]] == passage
    assert found[0] == (len(changed) if in_before else len(before))


@given(before=plain, passage=passages, after=plain, data=st.data())
def test_a_passage_whose_words_changed_is_not_found(
    before: str, passage: str, after: str, data: st.DataObject
) -> None:
    text = before + passage + after
    anchor = anchor_selection(text, len(before), len(before) + len(passage))
    assert anchor is not None
    inside = data.draw(st.integers(1, len(passage) - 1))
    new_text = before + passage[:inside] + "¤" + passage[inside:] + after
    assert locate(new_text, anchor) is None


def test_of_two_identical_passages_the_one_in_the_same_context_wins() -> None:
    text = "The minister said yes. Later, the mayor said yes."
    second = text.rindex("said yes")
    anchor = anchor_selection(text, second, second + len("said yes"))
    assert anchor is not None
    edited = "Breaking. " + text.replace("Later,", "Much later,")
    found = locate(edited, anchor)
    assert found is not None and edited[: found[0]].endswith("the mayor ")
