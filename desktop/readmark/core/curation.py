"""Curation: several coders' passages on one document settled into an agreed version, kept as the
annotations of one more coder, "consensus" (INCEpTION's curation is the model).

A passage (span and tag) that enough coders gave alike is agreed, taken in one step. The other
passages fall into disagreements: runs of overlapping passages, each coder's version of the run
being the passages they gave there (perhaps none). For each, the curator takes one coder's
version, merges them (one passage over their whole span, with a tag chosen), or writes anew.
Every step is an edit command, so it is undone as any other edit is.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from readmark.core.anchoring import anchor_selection, anchored_annotation
from readmark.core.commands import (
    AddAnnotations,
    Batch,
    ChangeSetting,
    Command,
    RemoveAnnotations,
)
from readmark.core.model import Annotation

CONSENSUS = "consensus"  # the coder whose annotations are the agreed version

# What makes two coders' passages the same: where it starts and ends, and its tag.
Key = tuple[int, int, int]


def key(annotation: Annotation) -> Key:
    return annotation.start, annotation.end, annotation.tag_id


@dataclass(frozen=True)
class Agreed:
    """A passage enough coders gave alike; `passages` are theirs (a coder's twin counts once)."""

    start: int
    end: int
    tag_id: int
    passages: tuple[Annotation, ...]

    @property
    def coders(self) -> frozenset[str]:
        return frozenset(a.coder for a in self.passages)


@dataclass(frozen=True)
class Disputed:
    """A run of overlapping passages the coders did not give alike: each coder's version of it,
    in the comparison's coder order (an empty version: the coder tagged nothing there)."""

    start: int
    end: int
    versions: tuple[tuple[Annotation, ...], ...]


@dataclass(frozen=True)
class Comparison:
    coders: tuple[str, ...]
    quorum: int
    agreed: tuple[Agreed, ...]
    disputed: tuple[Disputed, ...]


def compare(annotations: Iterable[Annotation], coders: Sequence[str], quorum: int) -> Comparison:
    """The coders' passages on one document sorted into agreed ones (span and tag given by at
    least `quorum` coders) and disagreements. Orphaned and empty passages are left out: they
    stand nowhere in the text."""
    if not 1 <= quorum <= len(coders):
        raise ValueError(f"A quorum must be between 1 and {len(coders)} coders, not {quorum}.")
    chosen = set(coders)
    passages = [a for a in annotations if a.coder in chosen and not a.orphaned and a.start < a.end]
    by_key: dict[Key, list[Annotation]] = defaultdict(list)
    for passage in passages:
        by_key[key(passage)].append(passage)
    agreed = tuple(
        Agreed(*found_key, tuple(found))
        for found_key, found in sorted(by_key.items())
        if len({a.coder for a in found}) >= quorum
    )
    taken = {(a.start, a.end, a.tag_id) for a in agreed}
    rest = sorted((p for p in passages if key(p) not in taken), key=lambda a: (a.start, a.end))
    return Comparison(tuple(coders), quorum, agreed, tuple(_runs(rest, coders)))


def _runs(passages: Sequence[Annotation], coders: Sequence[str]) -> list[Disputed]:
    """Passages sorted by start, cut where none reaches over: each run one disagreement."""
    runs: list[list[Annotation]] = []
    reach = 0  # where the run so far ends
    for passage in passages:
        if not runs or passage.start >= reach:
            runs.append([])
            reach = passage.end
        runs[-1].append(passage)
        reach = max(reach, passage.end)
    return [
        Disputed(
            run[0].start,
            max(p.end for p in run),
            tuple(tuple(p for p in run if p.coder == coder) for coder in coders),
        )
        for run in runs
    ]


# ---- the curator's steps, as edit commands ------------------------------------------------------


def agreed_keys(comparison: Comparison) -> set[Key]:
    return {(a.start, a.end, a.tag_id) for a in comparison.agreed}


def consensus_in(
    unit: Disputed, consensus: Iterable[Annotation], comparison: Comparison
) -> list[Annotation]:
    """The consensus passages within a disagreement's span: what settling it again replaces.
    An agreed passage taken there stays: it was settled on its own."""
    keep = agreed_keys(comparison)
    return [
        a for a in consensus if unit.start <= a.start and a.end <= unit.end and key(a) not in keep
    ]


def take_version(
    comparison: Comparison,
    unit: Disputed,
    coder_index: int,
    consensus: Sequence[Annotation],
    now: datetime,
) -> Command | None:
    """The consensus of a disagreement becomes one coder's version of it (none, if they tagged
    nothing there); None when it is that already."""
    return _settle(
        unit, consensus, comparison, [_copied(a, now) for a in unit.versions[coder_index]]
    )


# A disagreement the curator left out is settled with no passage, so it leaves no trace in
# the consensus: the spans so decided are kept in a library setting per document, as JSON.
LEFT_OUT_SETTING = "curation.left_out."
Span = tuple[int, int]


def left_out_setting(document_id: int) -> str:
    return f"{LEFT_OUT_SETTING}{document_id}"


def left_out_spans(stored: str | None) -> frozenset[Span]:
    """The spans a document's setting says were left out; none for anything unreadable."""
    try:
        return frozenset((int(start), int(end)) for start, end in json.loads(stored or "[]"))
    except (ValueError, TypeError):
        return frozenset()


def is_left_out(unit: Disputed, left_out: frozenset[Span]) -> bool:
    return (unit.start, unit.end) in left_out


def leave_out(
    comparison: Comparison,
    unit: Disputed,
    consensus: Sequence[Annotation],
    document_id: int,
    left_out: frozenset[Span],
) -> Command | None:
    """The consensus holds no passage in the disagreement, remembered as decided; None when
    that is so already."""
    steps = [_settle(unit, consensus, comparison, [])]
    if not is_left_out(unit, left_out):
        spans = sorted(left_out | {(unit.start, unit.end)})
        steps.append(ChangeSetting(left_out_setting(document_id), json.dumps(spans)))
    done = tuple(step for step in steps if step is not None)
    return Batch(done) if done else None


def merge_versions(
    comparison: Comparison,
    unit: Disputed,
    tag_id: int,
    text: str,
    consensus: Sequence[Annotation],
    now: datetime,
) -> Command | None:
    """The consensus of a disagreement becomes one passage over every version's span together,
    with `tag_id`; the versions' notes are kept, each once."""
    passages = [a for version in unit.versions for a in version]
    notes = "\n\n".join(dict.fromkeys(a.note for a in passages if a.note.strip()))
    merged = written(passages[0].document_id, text, unit.start, unit.end, tag_id, now)
    if merged is None:
        return None
    return _settle(unit, consensus, comparison, [replace(merged, note=notes)])


def accept_agreed(
    comparison: Comparison, consensus: Iterable[Annotation], now: datetime
) -> Command | None:
    """Every agreed passage the consensus lacks, added in one step; None when it has them all."""
    present = {key(a) for a in consensus}
    missing = [
        a.passages[0] for a in comparison.agreed if (a.start, a.end, a.tag_id) not in present
    ]
    return AddAnnotations(tuple(_copied(a, now) for a in missing)) if missing else None


def written(
    document_id: int, text: str, start: int, end: int, tag_id: int, now: datetime
) -> Annotation | None:
    """A consensus passage the curator writes anew over [start, end) of the text, trimmed of
    whitespace as any tagging is; None if only whitespace was chosen."""
    anchor = anchor_selection(text, start, end)
    if anchor is None:
        return None
    return anchored_annotation(anchor, document_id, tag_id, CONSENSUS, now)


def _copied(annotation: Annotation, now: datetime) -> Annotation:
    return replace(
        annotation,
        id=Annotation.new_id(),
        coder=CONSENSUS,
        origin="",
        created_at=now,
        updated_at=now,
    )


def _settle(
    unit: Disputed,
    consensus: Sequence[Annotation],
    comparison: Comparison,
    new: Sequence[Annotation],
) -> Command | None:
    """Replaces the consensus within the disagreement by `new`, as one step."""
    old = consensus_in(unit, consensus, comparison)
    if sorted(map(key, old)) == sorted(map(key, new)) and {a.note for a in old} == {
        a.note for a in new
    }:
        return None
    steps: list[Command] = []
    if old:
        steps.append(RemoveAnnotations(tuple(a.id for a in old)))
    if new:
        steps.append(AddAnnotations(tuple(new)))
    return Batch(tuple(steps))
