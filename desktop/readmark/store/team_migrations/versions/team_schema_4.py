"""Team schema 4: a lead may write the passages of the "consensus" coder (the agreed version
curation makes), so the team shares it; every coder still writes only their own.

Revision ID: 0004
"""

from readmark.store.team_server import run_migration

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    run_migration(
        """
    CREATE FUNCTION may_write(passage_coder text) RETURNS boolean LANGUAGE sql STABLE AS
        $$ SELECT passage_coder = session_user OR (passage_coder = 'consensus' AND is_lead()) $$;
    DROP POLICY add_own_annotations ON annotations;
    CREATE POLICY add_own_annotations ON annotations FOR INSERT WITH CHECK (may_write(coder));
    DROP POLICY change_own_annotations ON annotations;
    CREATE POLICY change_own_annotations ON annotations FOR UPDATE
        USING (may_write(coder)) WITH CHECK (may_write(coder));
    """,
        version=4,
    )
