"""Fact checks made for publishing: schema.org ClaimReview for each claim with a verdict, and
MediaReview for each caption with a media context, as JSON-LD.

ClaimReview is what fact-check search engines read (Google's Fact Check Explorer, the
ClaimReview Project): the claim in its words (`claimReviewed`), who made it and where it
appeared (`itemReviewed`, a Claim), the verdict as a rating's `alternateName`, who checked it and
when. Each review gets an address on the page where the reviews are published: that page's
address with a fragment naming the passage.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO
from urllib.parse import urlsplit

from readmark.core.fields import (
    EVIDENCE,
    MEDIA_CONTEXT,
    MEDIA_CONTEXTS,
    SPEAKER,
    VERDICT,
    VERDICTS,
    links,
    value_of,
)
from readmark.core.model import ExportRow
from readmark.core.texts import tr

SCHEMA = "https://schema.org"
# The verdicts on a five-point scale, false 1 to true 5; "unproven" has no place on it and is
# given by its name alone.
RATING_VALUES = dict(zip(VERDICTS[:5], (5, 4, 3, 2, 1), strict=True))
BEST_RATING, WORST_RATING = 5, 1
# MediaReview's mediaAuthenticityCategory, one member of MediaManipulationRatingEnumeration for
# each media context.
MEDIA_CATEGORIES = dict(
    zip(
        MEDIA_CONTEXTS,
        (
            "OriginalMediaContent",
            "DecontextualizedContent",
            "EditedOrCroppedContent",
            "TransformedContent",
            "StagedContent",
            "SatireOrParodyContent",
        ),
        strict=True,
    )
)


class ReviewPageError(ValueError):
    """The address given for the reviews' page cannot be one; the message is for the user."""


def checked_review_page(address: str) -> str:
    """The address of the page the reviews will be published on, as reviews name it; raises
    ReviewPageError unless it is an http(s) address."""
    address = address.strip()
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in address:
        raise ReviewPageError(
            tr(
                "“{address}” is not a web address (https://…): fact-check readers need the "
                "address of the page the reviews are published on"
            ).format(address=address)
        )
    return address.split("#", 1)[0]


def reviews(rows: Iterable[ExportRow], review_page: str) -> list[dict[str, Any]]:
    """A ClaimReview for each passage with a verdict and a MediaReview for each with a media
    context, in reading order."""
    page = checked_review_page(review_page)
    found: list[dict[str, Any]] = []
    for row in rows:
        if row.orphaned:
            continue  # its words are no longer in the article it names
        verdict = value_of(row.field_values, VERDICT)
        if verdict:
            found.append(claim_review(row, verdict, page))
        context = value_of(row.field_values, MEDIA_CONTEXT)
        if context in MEDIA_CATEGORIES:
            found.append(media_review(row, context, page))
    return found


def claim_review(row: ExportRow, verdict: str, page: str) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict}
    if verdict in RATING_VALUES:
        rating |= {
            "ratingValue": RATING_VALUES[verdict],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
        }
    claim: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(row)}
    speaker = value_of(row.field_values, SPEAKER) or row.author
    if speaker:
        claim["author"] = {"@type": "Person", "name": speaker}
    if row.published:
        claim["datePublished"] = row.published
    review: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "ClaimReview",
        "url": f"{page}#claim-{row.document_id}-{row.start}-{row.end}",
        "claimReviewed": row.passage,
        "itemReviewed": claim,
        "reviewRating": rating,
        "datePublished": row.updated_utc[:10],
    }
    if row.coder:
        review["author"] = {"@type": "Person", "name": row.coder}
    # The evidence: the addresses typed, then the passages linked as supporting or
    # contradicting the claim, each a work quoting the passage in its article.
    evidence: list[Any] = [
        link for link in links(value_of(row.field_values, EVIDENCE)) if "://" in link
    ]
    evidence.extend(
        {
            "@type": "CreativeWork",
            "text": passage.text,
            "description": f"{passage.kind} the claim",
            "isPartOf": _work(passage.document_title, passage.url),
        }
        for passage in row.evidence
    )
    if evidence:
        review["citation"] = evidence
    return review


def media_review(row: ExportRow, context: str, page: str) -> dict[str, Any]:
    review: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "MediaReview",
        "url": f"{page}#media-{row.document_id}-{row.start}-{row.end}",
        "mediaAuthenticityCategory": f"{SCHEMA}/{MEDIA_CATEGORIES[context]}",
        "itemReviewed": {
            "@type": "MediaReviewItem",
            "mediaItemAppearance": [
                {
                    "@type": "MediaObject",
                    "description": row.passage,  # the caption it appeared with
                    "isPartOf": _appearance(row),
                }
            ],
        },
        "datePublished": row.updated_utc[:10],
    }
    if row.coder:
        review["author"] = {"@type": "Person", "name": row.coder}
    return review


def _appearance(row: ExportRow) -> dict[str, Any]:
    """The article the passage appeared in."""
    return _work(row.document_title, row.url)


def _work(title: str, url: str) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": title}
    if url:
        work["url"] = url
    return work


def write_reviews(rows: Iterable[ExportRow], review_page: str, stream: TextIO) -> int:
    """Writes the reviews as one JSON-LD array, ready for a page's
    <script type="application/ld+json">; returns how many."""
    found = reviews(rows, review_page)
    json.dump(found, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
    return len(found)
