"""Agreement between coders: overlap, Cohen's kappa and Krippendorff's alpha character by
character, Krippendorff's unitizing alpha passage by passage, and per document.

For the character figures every character of a document is a unit. A coder takes part in a
document when they have at least one annotation in it; in a document they left alone their
values are missing, not "none".
Runs of characters that every coder treats alike are handled as one weighted unit, so the cost
grows with the number of annotations, not with the length of the text. The method, with its
references, is in resources/help/agreement.md.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from typing import BinaryIO, TextIO

from readmark.core.csv_export import neutralise_cell
from readmark.core.model import Annotation, Tag
from readmark.core.unitizing import combined_alpha, tag_disagreements

# What one coder gave one run of characters: the tags covering it, or None when the coder did
# not tag that document at all (a missing value).
Value = frozenset[int] | None
# Per coder, in the order of the chosen coders.
Pattern = tuple[Value, ...]

EXPORT_HEADER = (
    "tag",
    "overlap",
    "cohen_kappa",
    "krippendorff_alpha",
    "krippendorff_alpha_u",
    "coders",
    "documents",
    "characters",
)
DOCUMENT_HEADER = ("document", "coders", "krippendorff_alpha_u", "krippendorff_alpha")
ALL_TAGS = "all tags"


@dataclass(frozen=True)
class TagAgreement:
    """The figures for one tag (tag_id None: all tags together); None where not defined."""

    tag_id: int | None
    name: str
    overlap: float | None  # mean positive specific agreement (Dice) over pairs of coders
    kappa: float | None  # only with exactly two coders
    alpha: float | None
    tagged: tuple[int, ...]  # characters each coder gave this tag, in coder order
    alpha_u: float | None = None  # unitizing: on the documents every chosen coder tagged


@dataclass(frozen=True)
class DocumentAgreement:
    """All the coders who tagged one document, compared on it; None where not defined."""

    document_id: int
    coders: tuple[str, ...]  # the chosen coders who tagged it, two or more
    alpha_u: float | None  # unitizing alpha over all tags
    alpha: float | None  # character alpha over all tags


@dataclass(frozen=True)
class AgreementReport:
    coders: tuple[str, ...]
    documents: int  # documents at least two of the coders tagged: the ones compared
    characters: int  # characters in those documents
    per_tag: tuple[TagAgreement, ...]
    overall: TagAgreement
    unitized: int = 0  # documents every chosen coder tagged: those α_U is computed on
    per_document: tuple[DocumentAgreement, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A run of characters whose tags differ from its neighbours' for at least one coder."""

    start: int
    end: int
    tags: Pattern  # per coder: the tag ids covering the run, None if the coder left the document
    agree: bool  # every coder who tagged the document gave it the same tags


# ---- the coefficients -------------------------------------------------------------------------


def krippendorff_alpha(units: Iterable[tuple[Sequence[Hashable | None], float]]) -> float | None:
    """Krippendorff's alpha for nominal data: each unit is (values by coder, None for missing;
    weight). None when undefined: fewer than two pairable values, or no variation at all."""
    coincidences: dict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values, weight in units:
        present = Counter(v for v in values if v is not None)
        pairable = sum(present.values())
        if pairable < 2:
            continue  # a unit one coder alone valued says nothing about agreement
        for c, count_c in present.items():
            for k, count_k in present.items():
                pairs = count_c * (count_k - (c == k))
                coincidences[c, k] += weight * pairs / (pairable - 1)
    totals: dict[Hashable, float] = defaultdict(float)
    for (c, _), amount in coincidences.items():
        totals[c] += amount
    n = sum(totals.values())
    observed = n - sum(amount for (c, k), amount in coincidences.items() if c == k)
    expected = n * n - sum(total * total for total in totals.values())
    if n < 2 or expected <= 0:
        return None
    return 1 - (n - 1) * observed / expected


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable, float]]) -> float | None:
    """Cohen's kappa of two coders from (first coder's value, second's, weight); None when
    chance agreement is already perfect (both used one and the same category throughout)."""
    first: dict[Hashable, float] = defaultdict(float)
    second: dict[Hashable, float] = defaultdict(float)
    agreed = total = 0.0
    for a, b, weight in pairs:
        first[a] += weight
        second[b] += weight
        total += weight
        agreed += weight if a == b else 0.0
    if total <= 0:
        return None
    chance = sum(first[c] * second.get(c, 0.0) for c in first) / (total * total)
    if chance >= 1:
        return None
    return (agreed / total - chance) / (1 - chance)


def dice(both: float, first: float, second: float) -> float | None:
    """Positive specific agreement: twice the shared amount over the two amounts together."""
    return 2 * both / (first + second) if first + second > 0 else None


# ---- from annotations to weighted patterns ------------------------------------------------------


def coders_by_document(annotations: Iterable[Annotation]) -> dict[int, set[str]]:
    """Who tagged each document (orphaned annotations do not count: they point nowhere)."""
    found: dict[int, set[str]] = defaultdict(set)
    for annotation in annotations:
        if not annotation.orphaned:
            found[annotation.document_id].add(annotation.coder)
    return found


def _runs(
    length: int, annotations: Iterable[Annotation], coders: Sequence[str]
) -> list[tuple[int, int, Pattern]]:
    """The document cut into maximal runs with one pattern each: (start, end, pattern)."""
    index = {coder: i for i, coder in enumerate(coders)}
    events: list[dict[int, list[tuple[int, int]]]] = [defaultdict(list) for _ in coders]
    present = [False] * len(coders)
    cuts = {0, length}
    for a in annotations:
        i = index.get(a.coder)
        if i is None or a.orphaned:
            continue
        present[i] = True
        start, end = max(0, min(a.start, length)), max(0, min(a.end, length))
        if start < end:
            events[i][start].append((a.tag_id, 1))
            events[i][end].append((a.tag_id, -1))
            cuts.update((start, end))
    bounds = sorted(cuts)
    columns = [
        _values(bounds, events[i]) if present[i] else [None] * (len(bounds) - 1)
        for i in range(len(coders))
    ]
    runs: list[tuple[int, int, Pattern]] = []
    for start, end, pattern in zip(bounds, bounds[1:], zip(*columns, strict=True), strict=False):
        if runs and runs[-1][2] == pattern:
            runs[-1] = (runs[-1][0], end, pattern)  # adjacent passages of one tag read as one
        else:
            runs.append((start, end, pattern))
    return runs


def _values(bounds: Sequence[int], events: Mapping[int, list[tuple[int, int]]]) -> list[Value]:
    """One coder's tags between each pair of cuts, by sweeping the starts and ends in order."""
    active: Counter[int] = Counter()
    current: frozenset[int] = frozenset()
    values: list[Value] = []
    for cut in bounds[:-1]:
        changes = events.get(cut)
        if changes:
            for tag_id, step in changes:
                active[tag_id] += step
            current = frozenset(t for t, n in active.items() if n > 0)
        values.append(current)
    return values


def _patterns(
    lengths: Mapping[int, int], annotations: Sequence[Annotation], coders: Sequence[str]
) -> tuple[Counter[Pattern], int, int]:
    """Characters per pattern over the documents two or more coders tagged; with the number of
    those documents and of their characters."""
    chosen = set(coders)
    by_document: dict[int, list[Annotation]] = defaultdict(list)
    for annotation in annotations:
        if annotation.coder in chosen and not annotation.orphaned:
            by_document[annotation.document_id].append(annotation)
    patterns: Counter[Pattern] = Counter()
    documents = characters = 0
    for document_id, found in by_document.items():
        length = lengths.get(document_id, 0)
        if len({a.coder for a in found}) < 2 or length <= 0:
            continue
        documents += 1
        characters += length
        for start, end, pattern in _runs(length, found, coders):
            patterns[pattern] += end - start
    return patterns, documents, characters


# ---- the report ---------------------------------------------------------------------------------


def agreement(
    lengths: Mapping[int, int],
    annotations: Iterable[Annotation],
    tags: Sequence[Tag],
    coders: Sequence[str],
) -> AgreementReport:
    """Agreement of `coders` on the documents (id -> length in code points) two or more of them
    tagged, per tag and over all tags. Annotations of other tags or coders are left out."""
    tag_ids = [tag.id for tag in tags]
    kept = [a for a in annotations if a.tag_id in set(tag_ids)]
    patterns, documents, characters = _patterns(lengths, kept, coders)
    width = len(coders)
    tagged_by = coders_by_document(kept)
    everyone = [d for d, who in tagged_by.items() if set(coders) <= who and lengths.get(d, 0) > 0]
    unitizing = tag_disagreements(lengths, kept, tag_ids, coders, everyone)
    per_tag = tuple(
        replace(
            _tag_figures(tag.id, tag.name, _binary(patterns, tag.id), width),
            alpha_u=unitizing[tag.id].alpha,
        )
        for tag in tags
    )
    overall = replace(
        _tag_figures(None, ALL_TAGS, patterns, width), alpha_u=combined_alpha(unitizing.values())
    )
    by_document: dict[int, list[Annotation]] = defaultdict(list)
    for annotation in kept:
        by_document[annotation.document_id].append(annotation)
    per_document = tuple(
        _document_figures(
            d, lengths[d], by_document[d], [c for c in coders if c in tagged_by[d]], tag_ids
        )
        for d in sorted(tagged_by)
        if len(tagged_by[d] & set(coders)) >= 2 and lengths.get(d, 0) > 0
    )
    return AgreementReport(
        tuple(coders), documents, characters, per_tag, overall, len(everyone), per_document
    )


def _document_figures(
    document_id: int,
    length: int,
    annotations: Sequence[Annotation],
    coders: Sequence[str],
    tag_ids: Sequence[int],
) -> DocumentAgreement:
    """The agreement of everyone who tagged one document (`annotations` are its), over all tags."""
    patterns, _, _ = _patterns({document_id: length}, annotations, coders)
    unitizing = tag_disagreements(
        {document_id: length}, annotations, tag_ids, coders, [document_id]
    )
    return DocumentAgreement(
        document_id,
        tuple(coders),
        combined_alpha(unitizing.values()),
        krippendorff_alpha(patterns.items()),
    )


def _binary(patterns: Counter[Pattern], tag_id: int) -> Counter[Pattern]:
    """The patterns seen for one tag only: each value becomes {tag} or {} (missing stays)."""
    inside, outside = frozenset({tag_id}), frozenset[int]()
    binary: Counter[Pattern] = Counter()
    for pattern, weight in patterns.items():
        key = tuple(None if v is None else inside if tag_id in v else outside for v in pattern)
        binary[key] += weight
    return binary


def _tag_figures(
    tag_id: int | None, name: str, patterns: Counter[Pattern], width: int
) -> TagAgreement:
    tagged = tuple(sum(w * len(p[i] or ()) for p, w in patterns.items()) for i in range(width))
    kappa = None
    if width == 2:
        kappa = cohen_kappa(
            (p[0], p[1], w) for p, w in patterns.items() if None not in (p[0], p[1])
        )
    return TagAgreement(
        tag_id,
        name,
        _overlap(patterns, width),
        kappa,
        krippendorff_alpha(patterns.items()),
        tagged,
    )


def _overlap(patterns: Counter[Pattern], width: int) -> float | None:
    """Mean over coder pairs of the Dice coefficient of the (character, tag) pairs each gave, on
    the documents both tagged."""
    figures = []
    for i, j in combinations(range(width), 2):
        both = first = second = 0
        for pattern, weight in patterns.items():
            a, b = pattern[i], pattern[j]
            if a is None or b is None:
                continue
            both += weight * len(a & b)
            first += weight * len(a)
            second += weight * len(b)
        figure = dice(both, first, second)
        if figure is not None:
            figures.append(figure)
    return sum(figures) / len(figures) if figures else None


def compare_document(
    document_id: int, length: int, annotations: Iterable[Annotation], coders: Sequence[str]
) -> list[Segment]:
    """The runs of one document that at least one coder tagged, with each coder's tags and
    whether the coders who tagged the document agree there."""
    found = [a for a in annotations if a.document_id == document_id]
    segments = []
    for start, end, pattern in _runs(length, found, coders):
        given = [v for v in pattern if v is not None]
        if not any(given):
            continue  # nobody tagged it: agreement on "nothing" is not worth a row
        agree = len(given) >= 2 and all(v == given[0] for v in given)
        segments.append(Segment(start, end, pattern, agree))
    return segments


# ---- export -------------------------------------------------------------------------------------


Cell = str | float | int | None


def report_rows(report: AgreementReport) -> list[tuple[Cell, ...]]:
    """One row per tag and a last one for all tags, in EXPORT_HEADER's order."""
    coders = "; ".join(report.coders)
    return [
        (
            row.name,
            _rounded(row.overlap),
            _rounded(row.kappa),
            _rounded(row.alpha),
            _rounded(row.alpha_u),
            coders,
            report.documents,
            report.characters,
        )
        for row in (*report.per_tag, report.overall)
    ]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def write_agreement_csv(report: AgreementReport, stream: TextIO) -> int:
    """The figures as CSV for spreadsheets (BOM, CRLF, "." decimals); returns the row count.
    `stream` must be opened with encoding="utf-8" and newline=""."""
    stream.write("\ufeff")  # how Excel knows the file is UTF-8
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADER)
    rows = report_rows(report)
    for row in rows:
        writer.writerow(
            neutralise_cell(c) if isinstance(c, str) else "" if c is None else c for c in row
        )
    return len(rows)


def write_agreement_xlsx(
    report: AgreementReport,
    passages: Iterable[tuple[str, str, Sequence[Segment]]],
    tags: Sequence[Tag],
    stream: BinaryIO,
    titles: Mapping[int, str] | None = None,
) -> int:
    """A workbook: the figures per tag and per document (titled from `titles`), and a sheet of
    the compared passages of each (title, text, segments) with every coder's tags. Returns the
    number of figure rows."""
    # XlsxWriter loads only when a workbook is asked for; cells are made as our Excel export's.
    from readmark.core.xlsx_export import Book

    names = {tag.id: tag.name for tag in tags}
    rows = report_rows(report)
    with Book(stream) as book:
        figures = book.sheet("Agreement", EXPORT_HEADER, "A2")
        for row in rows:
            figures.append(row)
        documents = book.sheet("Documents", DOCUMENT_HEADER, "A2")
        for d in report.per_document:
            title = (titles or {}).get(d.document_id, str(d.document_id))
            documents.append((title, "; ".join(d.coders), _rounded(d.alpha_u), _rounded(d.alpha)))
        header = ("document", "start", "end", "passage", *report.coders, "agree")
        sheet = book.sheet("Passages", header, "A2")
        for title, text, segments in passages:
            for s in segments:
                given = [tag_names(v, names) if v is not None else "" for v in s.tags]
                values: tuple[Cell, ...] = (title, s.start, s.end, text[s.start : s.end])
                sheet.append((*values, *given, _yes(s.agree)))
    return len(rows)


def tag_names(value: frozenset[int], names: Mapping[int, str]) -> str:
    """The tags of a value as words, in a stable order; "none" when there are none."""
    return " + ".join(sorted(names.get(t, str(t)) for t in value)) or "none"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"
