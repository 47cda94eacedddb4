"""Team schema 3: tags declare fields (a claim's verdict, a quote's speaker) and passages carry
their values, as a library's own tables do (JSON text).

Revision ID: 0003
"""

from readmark.store.team_server import run_migration

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    run_migration(
        """
    ALTER TABLE tags ADD COLUMN fields text NOT NULL DEFAULT '[]';
    ALTER TABLE annotations ADD COLUMN field_values text NOT NULL DEFAULT '';
    """,
        version=3,
    )
