"""Fact checks for publishing: ClaimReview and MediaReview JSON-LD, read back with the standard
json module and checked against schema.org's own definitions of every type and property used
(a trimmed copy in tests/core/schemaorg) and against what Google's fact-check markup requires."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readmark.core.claim_review import ReviewPageError, reviews
from readmark.core.fields import MEDIA_CONTEXTS, VERDICTS
from readmark.core.model import ExportRow
from readmark.services.exchange import ExportOptions, export
from readmark.services.files import ExchangeError
from test_cli import readmark

from .conftest import Library

VOCABULARY = json.loads(
    (Path(__file__).parents[1] / "core" / "schemaorg" / "terms.json").read_text(encoding="utf-8")
)
SCHEMA = "https://schema.org/"
PAGE = "https://factcheck.example.org/2024/drones"


def ancestors(kind: str) -> set[str]:
    """The type and every type above it, as schema.org declares them."""
    found, waiting = set(), [kind]
    while waiting:
        current = waiting.pop()
        found.add(current)
        waiting.extend(VOCABULARY["types"].get(current, []))
    return found


def check_node(node: dict[str, Any], where: str = "") -> None:
    """Every type exists; every property exists and its domain admits the node's type; every
    value is of a type its range admits."""
    kind = node["@type"]
    assert kind in VOCABULARY["types"], f"{where}: no schema.org type {kind}"
    for name, value in node.items():
        if name.startswith("@"):
            continue
        term = VOCABULARY["properties"].get(name)
        assert term is not None, f"{where}.{name}: no schema.org property {name}"
        assert ancestors(kind) & set(term["domain"]), f"{where}: {name} is not a {kind}'s"
        for one in value if isinstance(value, list) else [value]:
            check_value(one, term["range"], f"{where}.{name}")


def check_value(value: object, allowed: list[str], where: str) -> None:
    if isinstance(value, dict):
        assert ancestors(value["@type"]) & set(allowed), f"{where}: {value['@type']} not allowed"
        check_node(value, where)
    elif isinstance(value, bool):
        raise AssertionError(f"{where}: a boolean")
    elif isinstance(value, int | float):
        assert "Number" in allowed, f"{where}: a number where {allowed} are expected"
    elif (
        isinstance(value, str)
        and value.startswith(SCHEMA)
        and value[len(SCHEMA) :] in (VOCABULARY["members"])
    ):
        member = value[len(SCHEMA) :]
        assert VOCABULARY["members"][member] in allowed, f"{where}: {member} not allowed"
    else:
        assert isinstance(value, str) and value, where
        assert {"Text", "URL", "Date", "DateTime"} & set(allowed), f"{where}: text not allowed"
        if allowed == ["URL"]:
            assert urlsplit(value).scheme in ("http", "https"), f"{where}: {value!r}"
        if set(allowed) == {"Date", "DateTime"}:
            assert len(value) >= 10 and value[4] == "-" and value[7] == "-", f"{where}: {value}"


def check_google_requirements(review: dict[str, Any]) -> None:
    """Google's fact-check markup: claimReviewed, reviewRating (with alternateName) and url
    are required; itemReviewed, a Claim, names who made the claim and where it appeared."""
    assert review["@context"] == "https://schema.org"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"].strip()
    assert urlsplit(review["url"]).scheme == "https" and urlsplit(review["url"]).netloc
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] in VERDICTS
    if "ratingValue" in rating:
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    claim = review["itemReviewed"]
    assert claim["@type"] == "Claim" and claim["appearance"]["@type"] == "CreativeWork"


def test_the_file_holds_a_review_for_each_verdict_and_media_context(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "fact-checks.json"
    count = export(library.repository, path, "claimreview", ExportOptions(review_page=PAGE))
    found = json.loads(path.read_text(encoding="utf-8"))  # as a page's script tag holds it
    assert count == len(found) == 2
    claim_review, media_review = found
    assert claim_review["@type"] == "ClaimReview" and media_review["@type"] == "MediaReview"
    for review in found:
        check_node(review, review["@type"])
    check_google_requirements(claim_review)

    claim = library.annotations[0]
    document = library.documents[0]
    assert claim_review["claimReviewed"] == claim.exact
    assert claim_review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "mostly true",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert claim_review["url"] == f"{PAGE}#claim-{document.id}-{claim.start}-{claim.end}"
    assert claim_review["citation"] == ["https://example.org/drones"]  # passages stay home
    appearance = claim_review["itemReviewed"]["appearance"]
    assert appearance["name"] == document.title
    assert media_review["mediaAuthenticityCategory"] == SCHEMA + "DecontextualizedContent"
    [appeared] = media_review["itemReviewed"]["mediaItemAppearance"]
    assert appeared["description"] == "Pictured"


def row(**fields: Any) -> ExportRow:
    base = ExportRow(
        1,
        "Drones over Moscow",
        "https://news.example/drones",
        "claim",
        "Two drones got through",
        "",
        10,
        32,
        1,
        "2024-05-06 07:08:09.000000",
        "2024-05-07 08:09:10.000000",
        url="https://news.example/drones",
        author="A. Reporter",
        published="2024-05-05",
        coder="Ana",
    )
    return replace(base, **fields)


@settings(max_examples=60)
@given(
    verdict=st.sampled_from(VERDICTS),
    context=st.sampled_from(MEDIA_CONTEXTS),
    speaker=st.text(min_size=0, max_size=20).map(str.strip),
    passage=st.text(min_size=1, max_size=60).filter(str.strip),
    coder=st.sampled_from(["", "Ana", "Ōkubo 🙂"]),
)
def test_every_verdict_and_context_gives_valid_markup(
    verdict: str, context: str, speaker: str, passage: str, coder: str
) -> None:
    values = [("verdict", verdict), ("media context", context)]
    if speaker:
        values.append(("speaker", speaker))
    found = reviews([row(field_values=tuple(values), passage=passage, coder=coder)], PAGE)
    parsed = json.loads(json.dumps(found, ensure_ascii=False))
    assert [r["@type"] for r in parsed] == ["ClaimReview", "MediaReview"]
    for review in parsed:
        check_node(review, review["@type"])
    check_google_requirements(parsed[0])
    author = parsed[0]["itemReviewed"]["author"]["name"]
    assert author == (speaker or "A. Reporter")  # the claim's speaker, else the article's author
    assert ("ratingValue" in parsed[0]["reviewRating"]) == (verdict != "unproven")


def test_passages_without_a_verdict_or_context_give_no_review() -> None:
    assert reviews([row(), row(field_values=(("speaker", "X"),))], PAGE) == []
    assert reviews([row(field_values=(("media context", "made up"),))], PAGE) == []


@pytest.mark.parametrize("page", ["", "factcheck.example.org", "ftp://x.org/a", "https://"])
def test_a_page_that_is_no_web_address_is_refused_and_no_file_is_made(
    library: Library, tmp_path: Path, page: str
) -> None:
    with pytest.raises(ReviewPageError):
        reviews([], page)
    path = tmp_path / "fact-checks.json"
    with pytest.raises(ExchangeError, match="not a web address"):
        export(library.repository, path, "claimreview", ExportOptions(review_page=page))
    assert not path.exists()


def test_the_command_line_writes_the_fact_checks(library: Library, tmp_path: Path) -> None:
    out = tmp_path / "checks.json"
    args = ["export", "--library", str(library.path), "--format", "claimreview", "--out"]
    done = readmark(*args, str(out), "--review-page", PAGE)
    assert done.returncode == 0, done.stderr
    assert [r["@type"] for r in json.loads(out.read_text(encoding="utf-8"))] == [
        "ClaimReview",
        "MediaReview",
    ]
    refused = readmark(*args, str(tmp_path / "none.json"))
    assert refused.returncode == 1
    assert "not a web address" in refused.stderr and not (tmp_path / "none.json").exists()
