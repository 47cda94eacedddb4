"""The library's schema as plain names, readable before SQLAlchemy loads: its version, the
settings keys, and the columns the first look reads with sqlite3 alone. The tables themselves
are mapped in tables.py, whose columns a test holds to these lists."""

from __future__ import annotations

# Bumped with every change to the tables (with a step in migrations.py); PRAGMA user_version.
SCHEMA_VERSION = 8

# Settings read here and by the rest of the app.
LAST_DOCUMENT_KEY = "last_document_id"
SEEDED_KEY = "seeded"  # set once the sample articles were added, on the first start
CODER_SETTING = "coder"

# Every column of tables.DocumentRow, in the table's order.
DOCUMENT_COLUMNS = (
    "id",
    "title",
    "source",
    "text",
    "content_hash",
    "imported_at",
    "reading_position",
    "blocks",
    "author",
    "published",
    "site",
    "url",
    "file_path",
    "folded_blocks",
    "label",
)
# Every column of tables.TagRow, in the table's order: the fields of core.model.Tag.
TAG_COLUMNS = (
    "id",
    "name",
    "colour",
    "shortcut",
    "position",
    "description",
    "parent_id",
    "fields",
)
