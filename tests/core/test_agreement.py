"""Agreement between coders: the coefficients against published worked examples, hand-computed
cases on characters, properties that must hold for any coding, the export, and the speed."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from factories import coder_annotation
from readmark.core.agreement import (
    ALL_TAGS,
    EXPORT_HEADER,
    AgreementReport,
    Segment,
    agreement,
    cohen_kappa,
    compare_document,
    krippendorff_alpha,
    write_agreement_csv,
    write_agreement_xlsx,
)
from readmark.core.model import Annotation, Tag
from readmark.paths import resource_path

CLAIM = Tag(1, "claim", "#0072B2", "1", 0)
OPINION = Tag(2, "opinion", "#E69F00", "2", 1)
QUOTE = Tag(4, "quote", "#CC79A7", "4", 3)
TAGS = [CLAIM, OPINION, QUOTE]


def tagged(coder: str, start: int, end: int, tag: Tag = CLAIM, document: int = 1) -> Annotation:
    return coder_annotation(coder, start, end, tag.id, document)


# ---- published worked examples ----------------------------------------------------------------

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: binary data,
# two observers, no missing data; published α = 0.095.
KRIPPENDORFF_A = ("0100000010", "1110010000")
# Section B: nominal data, two observers, no missing data; published α = 0.692.
KRIPPENDORFF_B = ("aabbdcccedda", "babbbccceddd")
# Section C: nominal data, four observers, missing data (None); published α = 0.743.
_ = None
KRIPPENDORFF_C = (
    (1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _),
    (1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3),
    (_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _),
    (1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _),
)
# Cohen (1960), p. 45: two judges, 200 units, three categories; rows judge A, columns judge B.
# p_o = .70, p_c = .41, κ = .492.
COHEN_1960 = ((88, 14, 18), (10, 40, 10), (2, 6, 12))


def units(observers: tuple[tuple[object, ...], ...] | tuple[str, ...]) -> list:
    return [(values, 1) for values in zip(*observers, strict=True)]


@pytest.mark.parametrize(
    ("observers", "published"),
    [(KRIPPENDORFF_A, 0.095), (KRIPPENDORFF_B, 0.692), (KRIPPENDORFF_C, 0.743)],
    ids=["binary", "nominal", "missing values"],
)
def test_alpha_matches_krippendorffs_worked_examples(observers, published: float) -> None:
    assert round(krippendorff_alpha(units(observers)), 3) == published


def test_kappa_matches_cohens_worked_example() -> None:
    cells = [(a, b, n) for a, row in enumerate(COHEN_1960) for b, n in enumerate(row)]
    assert round(cohen_kappa(cells), 3) == 0.492


def test_characters_of_one_letter_documents_reproduce_krippendorffs_example_c() -> None:
    """Each unit of the example as a one-character document; a missing value is a coder who did
    not tag that document, and the categories 1-5 are five tags."""
    tags = [Tag(n, f"tag {n}", "#000000", "", n) for n in range(1, 6)]
    coders = ["A", "B", "C", "D"]
    annotations = [
        tagged(coder, 0, 1, tags[value - 1], document=unit)
        for coder, values in zip(coders, KRIPPENDORFF_C, strict=True)
        for unit, value in enumerate(values)
        if value is not None
    ]
    report = agreement({unit: 1 for unit in range(12)}, annotations, tags, coders)
    assert round(report.overall.alpha, 3) == 0.743
    assert report.documents == 11  # unit 12 has one value: nothing to compare
    assert report.overall.kappa is None  # four coders: kappa is for two


def test_characters_tagged_in_runs_reproduce_cohens_example() -> None:
    """Cohen's 200 units as 200 characters of one document, each coder tagging every one."""
    annotations, start = [], 0
    for a, row in enumerate(COHEN_1960):
        for b, count in enumerate(row):
            annotations.append(tagged("judge A", start, start + count, TAGS[a]))
            annotations.append(tagged("judge B", start, start + count, TAGS[b]))
            start += count
    report = agreement({1: 200}, annotations, TAGS, ["judge A", "judge B"])
    assert round(report.overall.kappa, 3) == 0.492


# ---- small cases by hand ----------------------------------------------------------------------


def test_identical_coders_agree_fully() -> None:
    annotations = [tagged(coder, 10, 30) for coder in ("Ana", "Ben")]
    annotations += [tagged(coder, 50, 60, QUOTE) for coder in ("Ana", "Ben")]
    report = agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"])
    claim, opinion, quote = report.per_tag
    assert (claim.overlap, claim.kappa, claim.alpha) == (1.0, 1.0, 1.0)
    assert (quote.overlap, quote.kappa, quote.alpha) == (1.0, 1.0, 1.0)
    assert report.overall.name == ALL_TAGS
    assert (report.overall.overlap, report.overall.kappa, report.overall.alpha) == (1, 1, 1)
    # Nobody used "opinion": every figure is undefined, not a misleading 0 or 1.
    assert (opinion.overlap, opinion.kappa, opinion.alpha) == (None, None, None)
    assert claim.tagged == (20, 20)


def test_disjoint_coders_agree_no_better_than_chance() -> None:
    annotations = [tagged("Ana", 0, 50), tagged("Ben", 50, 100)]
    claim = agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"]).per_tag[0]
    assert claim.overlap == 0
    assert claim.kappa <= 0
    assert claim.alpha <= 0


def test_half_overlapping_passages() -> None:
    """Ana tags 0-20, Ben 10-30 of 100 characters: 10 both, 10 each alone, 70 neither.
    Dice 2·10/40; κ = (.80 − .68)/(1 − .68); α = 1 − 199·40/(2·40·160) (o_01 = 20, n_1 = 40)."""
    annotations = [tagged("Ana", 0, 20), tagged("Ben", 10, 30)]
    claim = agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"]).per_tag[0]
    assert claim.overlap == pytest.approx(0.5)
    assert claim.kappa == pytest.approx(0.375)
    assert claim.alpha == pytest.approx(1 - 199 * 40 / (2 * 40 * 160))


def test_documents_one_coder_tagged_are_not_compared() -> None:
    annotations = [tagged("Ana", 0, 20), tagged("Ben", 0, 20), tagged("Ana", 0, 5, document=2)]
    report = agreement({1: 100, 2: 100}, annotations, TAGS, ["Ana", "Ben"])
    assert (report.documents, report.characters) == (1, 100)
    assert report.per_tag[0].kappa == 1.0


def test_a_coder_who_left_a_document_is_missing_there_not_disagreeing() -> None:
    annotations = [tagged(c, 0, 20) for c in ("Ana", "Ben", "Cy")]
    annotations += [tagged(c, 40, 60, document=2) for c in ("Ana", "Ben")]
    report = agreement({1: 100, 2: 100}, annotations, TAGS, ["Ana", "Ben", "Cy"])
    assert report.per_tag[0].alpha == 1.0
    assert report.per_tag[0].overlap == 1.0


def test_overlapping_tags_of_one_coder_form_a_combined_category() -> None:
    annotations = [tagged("Ana", 0, 20), tagged("Ana", 0, 20, QUOTE), tagged("Ben", 0, 20)]
    annotations.append(tagged("Ben", 50, 60, QUOTE))  # so that "quote" varies for Ben too
    report = agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"])
    assert report.per_tag[0].kappa == 1.0  # both say "claim" on 0-20
    # Over all tags, "claim + quote" against "claim" is a disagreement on 20 characters.
    assert report.overall.kappa < 1.0
    assert report.overall.overlap == pytest.approx(2 * 20 / (40 + 30))


def test_orphaned_annotations_and_other_coders_are_left_out() -> None:
    annotations = [tagged("Ana", 0, 20), tagged("Ben", 0, 20), tagged("Cy", 50, 90)]
    annotations.append(replace(tagged("Ben", 40, 80), orphaned=True))
    report = agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"])
    assert report.per_tag[0].kappa == 1.0
    assert report.coders == ("Ana", "Ben")


def test_passages_past_the_end_of_the_text_are_cut_there() -> None:
    annotations = [tagged("Ana", 90, 150), tagged("Ben", 90, 100)]
    assert agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"]).per_tag[0].kappa == 1.0


def test_comparison_lists_where_coders_agree_and_differ() -> None:
    annotations = [tagged("Ana", 0, 20), tagged("Ben", 10, 20), tagged("Ana", 50, 60, QUOTE)]
    annotations.append(tagged("Ben", 50, 60, QUOTE))
    annotations.append(tagged("Ben", 0, 5, document=2))  # another document: not listed
    segments = compare_document(1, 100, annotations, ["Ana", "Ben", "Cy"])
    claim, quote, nothing = frozenset({1}), frozenset({4}), frozenset()
    assert segments == [
        Segment(0, 10, (claim, nothing, None), agree=False),
        Segment(10, 20, (claim, claim, None), agree=True),
        Segment(50, 60, (quote, quote, None), agree=True),
    ]


def test_comparison_with_one_coder_marks_nothing_as_agreed() -> None:
    segments = compare_document(1, 100, [tagged("Ana", 0, 20)], ["Ana", "Ben"])
    assert [s.agree for s in segments] == [False]


# ---- properties -------------------------------------------------------------------------------

LENGTH = 60
spans = st.tuples(st.integers(0, LENGTH), st.integers(1, 30), st.sampled_from(TAGS))
codings = st.lists(st.lists(spans, max_size=6), min_size=2, max_size=4)


def coded(coding: list[list[tuple[int, int, Tag]]]) -> tuple[list[Annotation], list[str]]:
    coders = [f"coder {n}" for n in range(len(coding))]
    annotations = [
        tagged(coder, start, min(start + size, LENGTH), tag)
        for coder, spans_ in zip(coders, coding, strict=True)
        for start, size, tag in spans_
        if start < LENGTH
    ]
    return annotations, coders


def figures(report: AgreementReport) -> list[tuple[float | None, ...]]:
    return [(r.overlap, r.kappa, r.alpha) for r in (*report.per_tag, report.overall)]


def same(first: list[tuple[float | None, ...]], second: list[tuple[float | None, ...]]) -> bool:
    return all(
        (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-9)
        for row_a, row_b in zip(first, second, strict=True)
        for a, b in zip(row_a, row_b, strict=True)
    )


@settings(max_examples=150)
@given(codings, st.randoms())
def test_figures_do_not_depend_on_the_order_of_coders(coding, random) -> None:
    annotations, coders = coded(coding)
    shuffled = coders[:]
    random.shuffle(shuffled)
    forward = agreement({1: LENGTH}, annotations, TAGS, coders)
    backward = agreement({1: LENGTH}, list(reversed(annotations)), TAGS, shuffled)
    assert same(figures(forward), figures(backward))


@settings(max_examples=150)
@given(codings, st.data())
def test_splitting_a_passage_in_two_adjacent_ones_changes_nothing(coding, data) -> None:
    annotations, coders = coded(coding)
    whole = [a for a in annotations if a.end - a.start >= 2]
    if not whole:
        return
    cut = data.draw(st.sampled_from(whole))
    middle = data.draw(st.integers(cut.start + 1, cut.end - 1))
    split = [a for a in annotations if a is not cut]
    split += [replace(cut, end=middle), replace(cut, id="second half", start=middle)]
    before = agreement({1: LENGTH}, annotations, TAGS, coders)
    after = agreement({1: LENGTH}, split, TAGS, coders)
    assert same(figures(before), figures(after))


@settings(max_examples=200)
@given(codings)
def test_figures_stay_in_range(coding) -> None:
    annotations, coders = coded(coding)
    for overlap, kappa, alpha in figures(agreement({1: LENGTH}, annotations, TAGS, coders)):
        assert overlap is None or 0 <= overlap <= 1
        assert kappa is None or -1 <= kappa <= 1
        assert alpha is None or -1 <= alpha <= 1


# ---- export, method, speed, layers ------------------------------------------------------------


def test_csv_export_reads_back_with_the_figures() -> None:
    annotations = [tagged("Ana", 0, 20), tagged("Ben", 10, 30)]
    report = agreement({1: 100}, annotations, TAGS, ["Ana", "Ben"])
    stream = io.StringIO(newline="")
    assert write_agreement_csv(report, stream) == 4
    text = stream.getvalue()
    assert text.startswith("\ufeff") and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    assert list(rows[0]) == list(EXPORT_HEADER)
    assert [r["tag"] for r in rows] == ["claim", "opinion", "quote", ALL_TAGS]
    assert float(rows[0]["overlap"]) == 0.5
    assert float(rows[0]["cohen_kappa"]) == 0.375
    assert rows[1]["cohen_kappa"] == ""  # undefined, not zero
    assert rows[0]["coders"] == "Ana; Ben"


def test_xlsx_export_has_the_figures_and_the_passages_as_text() -> None:
    annotations = [tagged("=Ana", 0, 20), tagged("Ben", 10, 30)]
    report = agreement({1: 100}, annotations, TAGS, ["=Ana", "Ben"])
    text = "=SUM(A1)" + "x" * 92
    segments = compare_document(1, 100, annotations, ["=Ana", "Ben"])
    stream = io.BytesIO()
    write_agreement_xlsx(report, [("=title", text, segments)], TAGS, stream)
    book = load_workbook(io.BytesIO(stream.getvalue()))
    figures_ = list(book["Agreement"].values)
    assert figures_[0] == EXPORT_HEADER
    assert figures_[1][:4] == ("claim", 0.5, 0.375, pytest.approx(0.3781, abs=1e-4))
    passages = list(book["Passages"].values)
    assert passages[0] == ("document", "start", "end", "passage", "=Ana", "Ben", "agree")
    assert passages[1] == ("=title", 0, 10, "=SUM(A1)xx", "claim", "none", "no")
    assert book["Passages"]["A2"].data_type == "s"  # never a formula


def test_method_text_names_its_formulas_and_references() -> None:
    method = resource_path("resources", "help", "agreement.md").read_text(encoding="utf-8")
    for needle in (
        "Cohen, J. (1960)",
        "Krippendorff, K. (2011)",
        "Krippendorff, K. (2019)",
        "claim + quote",
        "(p_o − p_e) / (1 − p_e)",
        "α_U = 1 − D_o / D_e",
        "Krippendorff, K. (1995)",
        "Krippendorff, K. (2004)",
        "every* chosen coder tagged",
    ):
        assert needle in method


def test_three_megabytes_and_fifty_thousand_annotations_are_compared() -> None:
    length, coders = 3_000_000, ["Ana", "Ben", "Cy"]
    annotations = []
    for n in range(50_000):
        start = (n * 7919) % (length - 400)
        coder = coders[n % 3]
        annotations.append(tagged(coder, start, start + 40 + n % 300, TAGS[n % 3]))
    report = agreement({1: length}, annotations, TAGS, coders)
    segments = compare_document(1, length, annotations, coders)
    assert report.overall.alpha is not None
    assert segments and all(s.start < s.end for s in segments)


def test_agreement_loads_no_qt() -> None:
    code = (
        "import sys, readmark.core.agreement; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr
