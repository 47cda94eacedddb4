"""Schema upgrades: an ordered list of steps keyed on PRAGMA user_version.

A plain list rather than Alembic: the schema is small, each step is a few statements that SQLite
runs inside one transaction with the version bump, and nothing has to be found on disk by a frozen
app.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from readmark.core.fields import DEFAULT_FIELDS, encode_specs
from readmark.core.model import default_coder
from readmark.core.text import encode_blocks, split_blocks

Migration = Callable[[Connection], None]


def _reading_order_index(connection: Connection) -> None:
    # The per-document annotation query reads in (start, end desc) order: one index serves it.
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_annotations_document_start")
    connection.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_annotations_reading_order "
        'ON annotations (document_id, start, "end" DESC)'
    )


def _document_structure(connection: Connection) -> None:
    for column in ("blocks", "author", "published", "site", "url", "file_path"):
        default = "'[]'" if column == "blocks" else "''"
        connection.exec_driver_sql(
            f"ALTER TABLE documents ADD COLUMN {column} TEXT NOT NULL DEFAULT {default}"
        )
    connection.exec_driver_sql("ALTER TABLE documents ADD COLUMN folded_blocks TEXT")
    connection.exec_driver_sql(
        "ALTER TABLE annotations ADD COLUMN orphaned BOOLEAN NOT NULL DEFAULT 0"
    )
    connection.exec_driver_sql("ALTER TABLE tags ADD COLUMN description TEXT NOT NULL DEFAULT ''")
    connection.exec_driver_sql("ALTER TABLE annotations ADD COLUMN origin TEXT NOT NULL DEFAULT ''")
    connection.exec_driver_sql(
        "CREATE TABLE rejected_suggestions (document_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, "
        'start INTEGER NOT NULL, "end" INTEGER NOT NULL, '
        'PRIMARY KEY (document_id, tag_id, start, "end"), '
        "FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE)"
    )
    connection.exec_driver_sql(
        "ALTER TABLE tags ADD COLUMN parent_id INTEGER REFERENCES tags (id) ON DELETE SET NULL"
    )
    # Documents from before had plain text only: their blocks are its paragraphs.
    for document_id, text in connection.exec_driver_sql("SELECT id, text FROM documents").all():
        connection.exec_driver_sql(
            "UPDATE documents SET blocks = ? WHERE id = ?",
            (encode_blocks(split_blocks(text)), document_id),
        )


def _coders(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE annotations ADD COLUMN coder TEXT NOT NULL DEFAULT ''")
    # Everything tagged before coders existed was tagged by this library's user.
    connection.exec_driver_sql("UPDATE annotations SET coder = ?", (default_coder(),))
    connection.exec_driver_sql("DROP INDEX IF EXISTS ix_annotations_reading_order")
    connection.exec_driver_sql(
        "CREATE INDEX ix_annotations_reading_order "
        'ON annotations (document_id, start, "end" DESC, created_at)'
    )
    connection.exec_driver_sql(
        "CREATE INDEX ix_annotations_document_tag ON annotations (document_id, tag_id)"
    )


def _listed_documents(connection: Connection) -> None:
    connection.exec_driver_sql(
        "CREATE INDEX ix_documents_listed ON documents (imported_at, id, title, source)"
    )


def _document_lookups(connection: Connection) -> None:
    connection.exec_driver_sql(
        "CREATE INDEX ix_documents_file_path ON documents (file_path, imported_at)"
    )
    connection.exec_driver_sql("CREATE INDEX ix_documents_url ON documents (url, imported_at)")


def _fields(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE tags ADD COLUMN fields TEXT NOT NULL DEFAULT '[]'")
    connection.exec_driver_sql(
        "ALTER TABLE annotations ADD COLUMN field_values TEXT NOT NULL DEFAULT ''"
    )
    # The default tags, where the library still has them, ask their default fields.
    for name, specs in DEFAULT_FIELDS.items():
        connection.exec_driver_sql(
            "UPDATE tags SET fields = ? WHERE lower(name) = ?", (encode_specs(specs), name)
        )


def _labels_links_reasons(connection: Connection) -> None:
    connection.exec_driver_sql("ALTER TABLE documents ADD COLUMN label TEXT NOT NULL DEFAULT ''")
    # The library list shows the label: its index keeps covering the list's columns.
    connection.exec_driver_sql("DROP INDEX ix_documents_listed")
    connection.exec_driver_sql(
        "CREATE INDEX ix_documents_listed ON documents (imported_at, id, title, source, label)"
    )
    connection.exec_driver_sql("ALTER TABLE annotations ADD COLUMN reason TEXT NOT NULL DEFAULT ''")
    connection.exec_driver_sql(
        "CREATE TABLE links (source_id VARCHAR(32) NOT NULL, target_id VARCHAR(32) NOT NULL, "
        "kind TEXT NOT NULL, PRIMARY KEY (source_id, target_id, kind), "
        "FOREIGN KEY (source_id) REFERENCES annotations (id) ON DELETE CASCADE, "
        "FOREIGN KEY (target_id) REFERENCES annotations (id) ON DELETE CASCADE)"
    )
    connection.exec_driver_sql("CREATE INDEX ix_links_target ON links (target_id)")


def _searched_notes(connection: Connection) -> None:
    connection.exec_driver_sql(
        "CREATE INDEX ix_annotations_notes ON annotations (document_id, start, id, note) "
        "WHERE note != ''"
    )


# MIGRATIONS[n] turns a library of schema n + 1 into schema n + 2.
MIGRATIONS: list[Migration] = [
    _reading_order_index,
    _document_structure,
    _coders,
    _listed_documents,
    _document_lookups,
    _fields,
    _labels_links_reasons,
    _searched_notes,
]


def upgrade(connection: Connection, from_version: int) -> None:
    """Runs every step from `from_version` up, in the caller's transaction."""
    for step in MIGRATIONS[from_version - 1 :]:
        step(connection)
