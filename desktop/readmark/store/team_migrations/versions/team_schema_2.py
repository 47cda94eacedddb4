"""Team schema 2: a lead may make the whole team blind; every document, those added later too, is
blind until the lead reveals it (`revealed`) or the team.

Revision ID: 0002
"""

from readmark.store.team_server import run_migration

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    run_migration(
        """
    CREATE TABLE team_standing (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        blind boolean NOT NULL DEFAULT false
    );
    INSERT INTO team_standing DEFAULT VALUES;
    ALTER TABLE team_standing ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_standing ON team_standing FOR SELECT USING (true);
    CREATE POLICY lead_standing ON team_standing FOR UPDATE USING (is_lead());
    GRANT SELECT, UPDATE ON team_standing TO {group};

    ALTER TABLE documents ADD COLUMN revealed boolean NOT NULL DEFAULT false;
    DROP POLICY add_documents ON documents;
    CREATE POLICY add_documents ON documents FOR INSERT WITH CHECK (
        is_lead() OR (added_by = session_user AND NOT blind AND NOT revealed AND NOT removed)
    );
    CREATE OR REPLACE FUNCTION is_blind(hash text) RETURNS boolean LANGUAGE sql STABLE
        SECURITY DEFINER SET search_path = public AS $$
        SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = hash AND (blind OR (
            NOT revealed AND (SELECT blind FROM team_standing))))
        $$;
    """,
        version=2,
    )
