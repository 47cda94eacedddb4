"""Small builders of core records for tests."""

from __future__ import annotations

from datetime import UTC, datetime

from readmark.core.importing import content_hash
from readmark.core.model import Annotation, Article
from readmark.core.text import split_blocks


def make_article(text: str, title: str = "A title", source: str = "test") -> Article:
    return Article(title, text, source, content_hash(text), tuple(split_blocks(text)))


def utc_text(moment: datetime) -> str:
    """An aware moment as a UTC text, "YYYY-MM-DD HH:MM:SS.ffffff" as the store writes it."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def new_annotation(document_id: int, tag_id: int, start: int, end: int, text: str) -> Annotation:
    now = datetime.now(UTC)
    return Annotation(
        id=Annotation.new_id(),
        document_id=document_id,
        tag_id=tag_id,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - 32) : start],
        suffix=text[end : end + 32],
        note="",
        created_at=now,
        updated_at=now,
    )
