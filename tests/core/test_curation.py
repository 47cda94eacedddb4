"""Curation: agreed passages and disagreements between coders, and the steps that settle them
into the consensus coder's passages."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factories import coder_annotation
from readmark.core.commands import AddAnnotations, Batch, Command, RemoveAnnotations
from readmark.core.curation import (
    CONSENSUS,
    accept_agreed,
    compare,
    key,
    merge_versions,
    take_version,
    written,
)
from readmark.core.model import Annotation

CODERS = ("ann", "ben", "cleo")
NOW = datetime(2026, 12, 6, tzinfo=UTC)
TEXT = "Prices rose 4% in May. The minister called it a triumph, which it was not. 🙂 End."


def passage(coder: str, start: int, end: int, tag: int = 1) -> Annotation:
    return coder_annotation(coder, start, end, tag)


passages = st.lists(
    st.builds(
        lambda coder, start, length, tag: passage(coder, start, start + length, tag),
        st.sampled_from(CODERS),
        st.integers(0, 40),
        st.integers(1, 12),
        st.integers(1, 3),
    ),
    max_size=14,
)


class Consensus:
    """Applies curation commands to a list, as the store would."""

    def __init__(self) -> None:
        self.annotations: list[Annotation] = []

    def run(self, command: Command | None) -> None:
        if command is None:
            return
        for step in command.commands if isinstance(command, Batch) else (command,):
            if isinstance(step, RemoveAnnotations):
                self.annotations = [a for a in self.annotations if a.id not in step.annotation_ids]
            else:
                assert isinstance(step, AddAnnotations)
                self.annotations.extend(step.annotations)


@given(passages, st.integers(2, 3))
def test_agreed_and_disputed_hold_every_passage_exactly_once(found, quorum) -> None:
    comparison = compare(found, CODERS, quorum)
    placed = [a.id for agreed in comparison.agreed for a in agreed.passages]
    placed += [a.id for unit in comparison.disputed for version in unit.versions for a in version]
    assert Counter(placed) == Counter(a.id for a in found)


@given(passages, st.integers(2, 3))
def test_an_agreed_passage_is_given_alike_by_a_quorum(found, quorum) -> None:
    for agreed in compare(found, CODERS, quorum).agreed:
        assert len(agreed.coders) >= quorum
        assert {key(a) for a in agreed.passages} == {(agreed.start, agreed.end, agreed.tag_id)}


@given(passages)
def test_disagreements_do_not_overlap_and_each_version_is_its_coders(found) -> None:
    disputed = compare(found, CODERS, 3).disputed
    for before, after in pairwise(disputed):
        assert before.end <= after.start
    for unit in disputed:
        for coder, version in zip(CODERS, unit.versions, strict=True):
            assert all(
                a.coder == coder and unit.start <= a.start < a.end <= unit.end for a in version
            )


@given(passages, st.sampled_from(range(len(CODERS))))
def test_taking_every_version_of_one_coder_gives_that_coders_passages(found, index) -> None:
    comparison = compare(found, CODERS, 3)
    consensus = Consensus()
    for unit in comparison.disputed:
        consensus.run(take_version(comparison, unit, index, consensus.annotations, NOW))
    disputed = [a for unit in comparison.disputed for a in unit.versions[index]]
    assert Counter(map(key, consensus.annotations)) == Counter(map(key, disputed))
    assert {a.coder for a in consensus.annotations} <= {CONSENSUS}


@given(passages, st.sampled_from(range(len(CODERS))), st.sampled_from(range(len(CODERS))))
def test_taking_another_version_replaces_the_first(found, first, second) -> None:
    comparison = compare(found, CODERS, 2)
    consensus = Consensus()
    consensus.run(accept_agreed(comparison, consensus.annotations, NOW))
    agreed = Counter(map(key, consensus.annotations))
    for unit in comparison.disputed:
        consensus.run(take_version(comparison, unit, first, consensus.annotations, NOW))
        consensus.run(take_version(comparison, unit, second, consensus.annotations, NOW))
    disputed = Counter(key(a) for unit in comparison.disputed for a in unit.versions[second])
    assert Counter(map(key, consensus.annotations)) == agreed + disputed


@given(passages, st.integers(2, 3))
def test_accepting_all_agreed_takes_each_once_and_twice_changes_nothing(found, quorum) -> None:
    comparison = compare(found, CODERS, quorum)
    consensus = Consensus()
    consensus.run(accept_agreed(comparison, consensus.annotations, NOW))
    expected = [(a.start, a.end, a.tag_id) for a in comparison.agreed]
    assert sorted(map(key, consensus.annotations)) == expected
    assert accept_agreed(comparison, consensus.annotations, NOW) is None


def test_a_disagreement_lists_each_coders_version_side_by_side() -> None:
    found = [
        passage("ann", 0, 22, 1),
        passage("ben", 0, 22, 1),
        passage("cleo", 0, 22, 1),  # all three alike: agreed
        passage("ann", 23, 57, 2),
        passage("ben", 27, 57, 2),  # a shorter span
        passage("cleo", 23, 57, 1),  # another tag
        passage("ben", 60, 75, 2),  # ben alone
    ]
    comparison = compare(found, CODERS, 3)
    assert [(a.start, a.end, a.tag_id) for a in comparison.agreed] == [(0, 22, 1)]
    spans = [
        (u.start, u.end, [[key(a) for a in v] for v in u.versions]) for u in comparison.disputed
    ]
    assert spans == [
        (23, 57, [[(23, 57, 2)], [(27, 57, 2)], [(23, 57, 1)]]),
        (60, 75, [[], [(60, 75, 2)], []]),
    ]
    # Two of three is enough when the quorum is two: ann and ben's is then agreed too.
    lowered = compare([*found, passage("ann", 60, 75, 2)], CODERS, 2)
    assert (60, 75, 2) in {(a.start, a.end, a.tag_id) for a in lowered.agreed}


def test_merging_gives_one_passage_over_every_span_with_the_chosen_tag() -> None:
    found = [
        replace(passage("ann", 23, 57, 2), note="judgement"),
        replace(passage("ben", 27, 74, 2), note="judgement"),
        replace(passage("cleo", 23, 40, 1), note="a claim about him"),
    ]
    comparison = compare(found, CODERS, 3)
    command = merge_versions(comparison, comparison.disputed[0], 2, TEXT, [], NOW)
    consensus = Consensus()
    consensus.run(command)
    [merged] = consensus.annotations
    assert (merged.start, merged.end, merged.tag_id, merged.coder) == (23, 74, 2, CONSENSUS)
    assert merged.exact == TEXT[23:74] == "The minister called it a triumph, which it was not."
    assert merged.note == "judgement\n\na claim about him"


def test_a_passage_written_anew_is_trimmed_and_counts_code_points() -> None:
    start = TEXT.index("🙂")
    made = written(7, TEXT, start - 1, start + 5, 3, NOW)
    assert made is not None
    assert (made.document_id, made.exact, made.coder) == (7, "🙂 End", CONSENSUS)
    assert written(7, TEXT, 22, 23, 3, NOW) is None  # a space only


def test_a_quorum_outside_the_coders_is_refused() -> None:
    with pytest.raises(ValueError, match="between 1 and 3"):
        compare([], CODERS, 4)
