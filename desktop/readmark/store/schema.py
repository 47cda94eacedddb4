"""The library's schema as plain names, readable before SQLAlchemy loads: its version, the
settings keys, and the columns the first look reads with sqlite3 alone. The tables themselves
are mapped in tables.py, whose columns a test holds to these lists."""

from __future__ import annotations

# Bumped with every change to the tables (with a step in migrations.py); PRAGMA user_version.
SCHEMA_VERSION = 9

# Every key of the settings table, named once here. A key ending in "." or holding "{}" is a
# family, completed with an id. Named elsewhere: two in core, which may not import the store
# (core.document_labels.DOCUMENT_LABELS_SETTING, the library's document labels, and
# core.curation.LEFT_OUT_SETTING, a document's settled disagreements), and the team link's
# (store.team_link.TEAM_*), which its triggers' SQL spells beside them.
LAST_DOCUMENT_KEY = "last_document_id"
RECENT_KEY = "recent_document_ids"  # JSON list, the latest first
SEEDED_KEY = "seeded"  # set once the sample articles were added, on the first start
CODER_SETTING = "coder"
# Whether a file's comments come in as annotations: "1" (the default) or "0", chosen in the
# window's File menu and read by `readmark import` unless told otherwise.
COMMENTS_SETTING = "import.comments"
# A tag's underline style in the reader, suffixed with the tag's id.
UNDERLINE_KEY = "tag_underline"
# What the reader's decisions taught the suggester, for the whole library.
LEARNED_KEY = "suggestion_learning"
# How the article reads (ui.reading_settings), and the interface's size in percent.
TEXT_SIZE_KEY = "reading_text_size"
THEME_KEY = "reading_theme"
FONT_KEY = "reading_font"
INTERFACE_SIZE_KEY = "interface_size"
SYSTEM_THEME_KEY = "reading_system_theme"  # the theme "system" was drawn in when last checked
LAST_FOLDER_KEY = "last_folder.{}"  # a file dialog's last folder, by purpose
# A classroom exercise, by id; the exercise of a document, by content hash; and this library's
# role in an exercise: "teacher" (made it here) or "student" (opened it here).
EXERCISE_KEY = "exercise.{}"
DOCUMENT_EXERCISE_KEY = "exercise.document.{}"
ROLE_KEY = "exercise.role.{}"

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
