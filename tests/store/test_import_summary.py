"""The sentence shown after an import names what was added and what was there already."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from readmark.services.documents import NAMED_IN_SUMMARY, ImportOutcome, summarise

titles = st.lists(st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1), max_size=6)


def found(title: str, created: bool) -> ImportOutcome:
    document: Any = SimpleNamespace(title=title)  # the summary reads only the title
    return ImportOutcome(Path(title), document, created=created)


@given(added=titles, known=titles, refused=st.integers(0, 3))
def test_the_summary_names_a_few_articles_and_counts_many(
    added: list[str], known: list[str], refused: int
) -> None:
    outcomes = [found(t, True) for t in added] + [found(t, False) for t in known]
    outcomes += [ImportOutcome(Path("bad.txt"), error="unreadable")] * refused

    sentence = summarise(outcomes)

    for names in (added, known):
        if len(names) > NAMED_IN_SUMMARY:
            assert f"{len(names)} articles" in sentence
        else:
            assert all(f"“{name}”" in sentence for name in names)
    assert ("not imported" in sentence) == bool(refused)
    assert ("already" in sentence) == bool(known)
    assert sentence.endswith(".")
