"""Krippendorff's unitizing alpha against the published worked examples, on a library's
annotations, per document across all coders, and properties that hold for any coding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import coder_annotation
from readmark.core.agreement import agreement
from readmark.core.model import Annotation, Tag
from readmark.core.unitizing import Section, combined_alpha, disagreement, merged_units

CLAIM = Tag(1, "claim", "#0072B2", "1", 0)
QUOTE = Tag(4, "quote", "#CC79A7", "4", 3)
TAGS = [CLAIM, QUOTE]


def tagged(coder: str, start: int, end: int, tag: Tag = CLAIM, document: int = 1) -> Annotation:
    return coder_annotation(coder, start, end, tag.id, document)


def spans(*units: tuple[int, int], begin: int = 0, stretch: int = 1) -> list[tuple[int, int]]:
    """Units given as (begin, length), as the sources print them, as (start, end) from `begin`."""
    return [((b - begin) * stretch, (b - begin + n) * stretch) for b, n in units]


# ---- published worked examples ----------------------------------------------------------------

# Krippendorff (2004), Content Analysis, 2nd ed., p. 254: a continuum from 150 to 450, two
# coders, categories c and k, units as (begin, length). Published: for c, D_o = .0144,
# D_e = .0532, α = .729; for k, perfect agreement (α = 1); over both, α = .859.
# (DKPro Agreement's Krippendorff2004Test reproduces the same figures: .7286, 1, .8591.)
BOOK_C = (spans((225, 70), (370, 30), begin=150), spans((220, 80), (355, 20), (400, 20), begin=150))
BOOK_K = (spans((180, 60), (300, 50), begin=150), spans((180, 60), (300, 50), begin=150))


def test_krippendorff_2004_worked_example() -> None:
    c = disagreement([Section(300, BOOK_C)])
    k = disagreement([Section(300, BOOK_K)])
    assert round(c.observed, 4) == 0.0144
    assert round(c.expected, 4) == 0.0532
    assert round(c.alpha, 3) == 0.729  # type: ignore[arg-type]
    assert k.observed == 0 and k.alpha == 1.0
    assert round(combined_alpha([c, k]), 3) == 0.859  # type: ignore[arg-type]


# Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
# Methodology 25, p. 57: four pairs of coders on a continuum of 24, units as (begin, length).
# Published observed disagreements .03125, 2.26736, .02777, .38715 (exact for these units) and,
# for the continuum taken as continuous (here: every length times 50,000), α = .553, -.926,
# .679, .066. For C the paper's D_e is slightly off (DKPro Agreement's Krippendorff1995Test
# notes the same and allows .02): its own formula gives .693.
KRIPPENDORFF_1995 = {
    "A": ([(2, 8), (14, 6)], [(4, 4), (15, 2)], 0.03125, 0.553, 0.005),
    "B": (
        [(0, 18)],
        [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)],
        2.26736,
        -0.926,
        0.005,
    ),
    "C": (
        [(2, 6), (10, 2), (14, 4), (20, 2)],
        [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)],
        0.02777,
        0.679,
        0.02,
    ),
    "D": (
        [(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)],
        [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)],
        0.38715,
        0.066,
        0.005,
    ),
}


@pytest.mark.parametrize("pair", sorted(KRIPPENDORFF_1995))
def test_krippendorff_1995_worked_examples(pair: str) -> None:
    first, second, observed, published, within = KRIPPENDORFF_1995[pair]
    exact = disagreement([Section(24, (spans(*first), spans(*second)))])
    assert exact.observed == pytest.approx(observed, abs=1e-5)
    stretch = 50_000
    continuous = disagreement(
        [Section(24 * stretch, (spans(*first, stretch=stretch), spans(*second, stretch=stretch)))]
    )
    assert continuous.alpha == pytest.approx(published, abs=within)


# ---- on a library's annotations ---------------------------------------------------------------


def test_overlapping_passages_join_and_adjacent_ones_stay_two() -> None:
    assert merged_units([(5, 9), (0, 6), (9, 12), (20, 30)], 25) == [(0, 9), (9, 12), (20, 25)]


def test_a_long_untagged_text_earns_no_agreement() -> None:
    # In a long text nobody else tagged, Ana and Ben mark different sentences: α_U gives no
    # credit for all the text both left alone, and a shifted start costs only that shift.
    apart = agreement(
        {1: 10_000}, [tagged("Ana", 0, 60), tagged("Ben", 200, 260)], TAGS, ["Ana", "Ben"]
    )
    assert apart.per_tag[0].alpha_u is not None and apart.per_tag[0].alpha_u <= 0
    shifted = agreement(
        {1: 10_000}, [tagged("Ana", 0, 60), tagged("Ben", 20, 60)], TAGS, ["Ana", "Ben"]
    )
    claim = shifted.per_tag[0]
    assert claim.alpha_u is not None and 0.9 < claim.alpha_u < 1
    assert shifted.per_tag[1].alpha_u is None  # nobody used "quote": nothing to agree on
    assert shifted.overall.alpha_u == pytest.approx(claim.alpha_u)


def test_each_document_is_compared_across_all_the_coders_who_tagged_it() -> None:
    annotations = [
        tagged("Ana", 0, 20),
        tagged("Ben", 0, 20),
        tagged("Cy", 0, 20),
        tagged("Ana", 0, 20, document=2),
        tagged("Cy", 5, 20, document=2),
        tagged("Ben", 0, 20, document=3),  # one coder: nothing to compare
    ]
    lengths = {1: 100, 2: 100, 3: 100}
    report = agreement(lengths, annotations, TAGS, ["Ana", "Ben", "Cy"])
    first, second = report.per_document
    assert (first.document_id, first.coders, first.alpha_u) == (1, ("Ana", "Ben", "Cy"), 1.0)
    assert (second.document_id, second.coders) == (2, ("Ana", "Cy"))
    assert second.alpha_u is not None and second.alpha_u < 1
    assert report.unitized == 1  # α_U over the library: only where all three tagged
    assert report.overall.alpha_u == 1.0


# ---- properties -------------------------------------------------------------------------------

LENGTH = 80
passages = st.lists(
    st.tuples(st.integers(0, LENGTH - 1), st.integers(1, 30), st.sampled_from(TAGS)), max_size=6
)


def annotated(coding: list[list[tuple[int, int, Tag]]]) -> tuple[list[Annotation], list[str]]:
    coders = [f"coder {n}" for n in range(len(coding))]
    return [
        tagged(coder, start, min(start + size, LENGTH), tag)
        for coder, given_ in zip(coders, coding, strict=True)
        for start, size, tag in given_
    ], coders


@settings(max_examples=150)
@given(st.lists(passages, min_size=2, max_size=4), st.randoms())
def test_alpha_u_does_not_depend_on_the_order_of_coders(coding, random) -> None:
    annotations, coders = annotated(coding)
    shuffled = coders[:]
    random.shuffle(shuffled)
    forward = agreement({1: LENGTH}, annotations, TAGS, coders)
    backward = agreement({1: LENGTH}, annotations[::-1], TAGS, shuffled)
    for a, b in zip(
        (*forward.per_tag, forward.overall), (*backward.per_tag, backward.overall), strict=True
    ):
        assert (a.alpha_u is None) == (b.alpha_u is None)
        assert a.alpha_u is None or a.alpha_u == pytest.approx(b.alpha_u)
        assert a.alpha_u is None or a.alpha_u <= 1 + 1e-9


@settings(max_examples=100)
@given(passages, st.integers(2, 4))
def test_coders_who_mark_the_same_passages_agree_perfectly(given_, count) -> None:
    annotations, coders = annotated([given_] * count)
    report = agreement({1: LENGTH}, annotations, TAGS, coders)
    for row in (*report.per_tag, report.overall):
        assert row.alpha_u is None or row.alpha_u == pytest.approx(1.0)
