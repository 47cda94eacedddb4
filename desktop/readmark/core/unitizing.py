"""Krippendorff's unitizing alpha (α_U): how far coders agree on where the passages of a tag lie.

Character-level figures count every character, so a long stretch nobody tagged makes coders look
alike. α_U compares the passages themselves: two passages that overlap disagree by the squared
distances of their starts and of their ends; a passage another coder left untagged disagrees by
its squared length. Chance is what the same passages and gaps would give if laid anywhere.
Formulas: Krippendorff (1995), "On the reliability of unitizing continuous data", and Content
Analysis (2004, pp. 251-256); method and references in resources/help/agreement.md.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate, combinations

from readmark.core.model import Annotation

# A coder's units of one tag in one section of the continuum: sorted (start, end), none overlap.
Units = Sequence[tuple[int, int]]


@dataclass(frozen=True)
class Section:
    """One stretch of the continuum (a document): its length and each coder's units in it."""

    length: int
    units: tuple[Units, ...]  # per coder, every coder in the same order in every section


@dataclass(frozen=True)
class Disagreement:
    """Observed and expected disagreement of one tag; α_U = 1 - observed / expected."""

    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        """None when undefined: no passage of the tag at all, so nothing to agree on."""
        return 1 - self.observed / self.expected if self.expected > 0 else None


def combined_alpha(parts: Iterable[Disagreement]) -> float | None:
    """α_U over several tags: their disagreements summed before dividing (Krippendorff 2004)."""
    listed = list(parts)
    return Disagreement(sum(p.observed for p in listed), sum(p.expected for p in listed)).alpha


def merged_units(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """A coder's passages of one tag as units: clipped to the text, overlapping ones joined.
    Adjacent passages stay two units: a coder who marked two sentences said two things."""
    units: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(e, length)) for s, e in spans):
        if start >= end:
            continue
        if units and start < units[-1][1]:
            units[-1] = (units[-1][0], max(end, units[-1][1]))
        else:
            units.append((start, end))
    return units


def disagreement(sections: Sequence[Section]) -> Disagreement:
    """Observed and expected disagreement of one tag over `sections` laid end to end; a gap
    ends where its section ends. Every section needs the same two or more coders."""
    coders = len(sections[0].units) if sections else 0
    total = sum(s.length for s in sections)
    if coders < 2 or total <= 0:
        return Disagreement(0.0, 0.0)
    squared = sum(
        _pair_distance(_segments(s.length, s.units[i]), _segments(s.length, s.units[j]))
        for s in sections
        for i, j in combinations(range(coders), 2)
    )
    observed = 2 * squared / (coders * (coders - 1) * total * total)
    return Disagreement(observed, _expected(sections, coders, total))


def _segments(length: int, units: Units) -> list[tuple[int, int, bool]]:
    """The section cut into (start, end, is_unit): the coder's units and the gaps between."""
    segments: list[tuple[int, int, bool]] = []
    at = 0
    for start, end in units:
        if start > at:
            segments.append((at, start, False))
        segments.append((start, end, True))
        at = end
    if at < length:
        segments.append((at, length, False))
    return segments


def _pair_distance(first: list[tuple[int, int, bool]], second: list[tuple[int, int, bool]]) -> int:
    """Σ δ² over the overlapping segments of two coders, met in one sweep along the section."""
    total = i = j = 0
    while i < len(first) and j < len(second):
        total += _distance(first[i], second[j])
        first_end, second_end = first[i][1], second[j][1]
        i += first_end <= second_end  # whichever ends first gives way to the next; both if
        j += second_end <= first_end  # they end together, so every pair met overlaps
    return total


def _distance(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> int:
    """δ² of two overlapping segments (Krippendorff 2004, p. 252)."""
    (a_start, a_end, a_unit), (b_start, b_end, b_unit) = a, b
    if a_unit and b_unit:
        return (a_start - b_start) ** 2 + (a_end - b_end) ** 2
    if a_unit and b_start <= a_start and a_end <= b_end:
        return (a_end - a_start) ** 2  # a unit inside the other coder's gap
    if b_unit and a_start <= b_start and b_end <= a_end:
        return (b_end - b_start) ** 2
    return 0


def _expected(sections: Sequence[Section], coders: int, total: int) -> float:
    """Disagreement expected by chance: each unit against every place it could lie, in other
    units of the same length and in every gap long enough to hold it."""
    lengths = [end - start for s in sections for units in s.units for start, end in units]
    gaps = sorted(
        end - start
        for s in sections
        for units in s.units
        for start, end, unit in _segments(s.length, units)
        if not unit
    )
    if not lengths:
        return 0.0
    tails = [*accumulate(reversed(gaps), initial=0)][::-1]  # tails[k]: the sum of gaps[k:]
    count = len(lengths)
    numerator = 0
    for length in lengths:
        within = (count - 1) * length * (length - 1) * (2 * length - 1) // 3
        k = bisect_left(gaps, length)
        fits = len(gaps) - k  # gaps at least as long as the unit
        numerator += within + length * length * (tails[k] - fits * (length - 1))
    pairs = coders * total * (coders * total - 1) - sum(n * (n - 1) for n in lengths)
    return 2 * numerator / (total * pairs) if pairs > 0 else 0.0


def tag_disagreements(
    lengths: Mapping[int, int],
    annotations: Iterable[Annotation],
    tag_ids: Sequence[int],
    coders: Sequence[str],
    documents: Sequence[int],
) -> dict[int, Disagreement]:
    """Per tag, the disagreement of `coders` over `documents` (each coded by all of them)."""
    spans: dict[tuple[int, int, str], list[tuple[int, int]]] = defaultdict(list)
    for a in annotations:
        if not a.orphaned:
            spans[a.document_id, a.tag_id, a.coder].append((a.start, a.end))
    return {
        tag_id: disagreement(
            [
                Section(
                    lengths[d],
                    tuple(merged_units(spans.get((d, tag_id, c), ()), lengths[d]) for c in coders),
                )
                for d in documents
            ]
        )
        for tag_id in tag_ids
    }
