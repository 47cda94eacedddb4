"""The rows a library and its team exchange, named once for both directions of a sync
(team_push, team_pull)."""

from __future__ import annotations

from readmark.store.tables import Base

# A document's columns that the team shares, besides the content hash both sides know it by.
DOCUMENT_FIELDS = (
    "title",
    "source",
    "text",
    "blocks",
    "author",
    "published",
    "site",
    "url",
    "label",
)
DOCUMENTS = Base.metadata.tables["documents"]
TAGS = Base.metadata.tables["tags"]
# A passage's columns in the team's annotations table, in the order a sync reads them.
ANNOTATION_COLUMNS = (
    'id, document_hash, tag_uuid, start, "end", exact, prefix, suffix, note, created_at, '
    "updated_at, coder, field_values"
)
# In an annotation row, outgoing or pulled: its columns in ANNOTATION_COLUMNS' order.
ID, DOCUMENT_HASH, TAG_UUID, CODER = 0, 1, 2, 11
