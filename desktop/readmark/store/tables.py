"""The library's tables, as SQLAlchemy 2.x typed declarative mappings. Their version and
column names, which the first look reads before SQLAlchemy loads, are in schema.py."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC (SQLite keeps no zone) and hands them back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    __table_args__ = (
        # The library list's columns in its order: the list reads this index alone, never the
        # text's overflow pages (what that saves: benchmarks/README.md, "Why the indexes").
        Index("ix_documents_listed", "imported_at", "id", "title", "source", "label"),
        # An import asks for the document from the same file (a web page's, from the same
        # address) through these, never through the texts (see the same section).
        Index("ix_documents_file_path", "file_path", "imported_at"),
        Index("ix_documents_url", "url", "imported_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reading_position: Mapped[int] = mapped_column(Integer, default=0)
    # The text's blocks as JSON [[kind, start, end], ...]: the structure importers found.
    blocks: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    author: Mapped[str] = mapped_column(Text, default="", server_default="")
    published: Mapped[str] = mapped_column(Text, default="", server_default="")
    site: Mapped[str] = mapped_column(Text, default="", server_default="")
    url: Mapped[str] = mapped_column(Text, default="", server_default="")
    file_path: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Indexes of near-duplicate blocks the reader folded away ("[]" none), or null if the reader
    # has not been asked yet.
    folded_blocks: Mapped[str | None] = mapped_column(Text, default=None)
    # What kind of information the whole document is (a name from core.document_labels), or "".
    label: Mapped[str] = mapped_column(Text, default="", server_default="")


class TagRow(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    colour: Mapped[str] = mapped_column(String(7))
    shortcut: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="SET NULL"), default=None
    )
    # The fields its passages record, as JSON [{name, kind, choices, description}, ...].
    fields: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class AnnotationRow(Base):
    __tablename__ = "annotations"
    __table_args__ = (
        # Serves the per-document query in its order, with no sort step.
        Index(
            "ix_annotations_reading_order",
            "document_id",
            "start",
            text('"end" DESC'),
            "created_at",
        ),
        Index("ix_annotations_document_tag", "document_id", "tag_id"),  # counts per tag
        # A search reads the noted passages in reading order from this index alone: never the
        # four in five rows without a note, nor a row's other columns.
        Index(
            "ix_annotations_notes",
            "document_id",
            "start",
            "id",
            "note",
            sqlite_where=text("note != ''"),
        ),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="RESTRICT"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text)
    suffix: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    orphaned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    origin: Mapped[str] = mapped_column(Text, default="", server_default="")
    coder: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Its fields' values as a JSON object, "" when none has one.
    field_values: Mapped[str] = mapped_column(Text, default="", server_default="")
    # A student's cue for the tag (core.exercise.REASONS), or "".
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")


class LinkRow(Base):
    """A link between two passages: "source <kind> target". It goes with either passage."""

    __tablename__ = "links"
    __table_args__ = (Index("ix_links_target", "target_id"),)

    source_id: Mapped[str] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    target_id: Mapped[str] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(Text, primary_key=True)


class RejectedSuggestionRow(Base):
    """A suggested passage the reader turned down: not proposed again."""

    __tablename__ = "rejected_suggestions"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer, primary_key=True)
    end: Mapped[int] = mapped_column(Integer, primary_key=True)


class SettingRow(Base):
    """Library-wide state such as the last document read."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
