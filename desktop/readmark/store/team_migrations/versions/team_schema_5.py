"""Team schema 5: a document's label (what kind of information it is: news, opinion, ...) is
the team's, set by a lead like the codebook; the lead_documents policy already lets only a
lead change a document, and the change numbers it for the coders' next pull.

Revision ID: 0005
"""

from readmark.store.team_server import run_migration

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    run_migration("ALTER TABLE documents ADD COLUMN label text NOT NULL DEFAULT '';", version=5)
