"""Team schema 1: documents, codes and passages, each change numbered, and row-level security
on each coder's own login.

Revision ID: 0001
"""

from readmark.store.team_server import run_migration

revision = "0001"
down_revision = None


def upgrade() -> None:
    # One text, in this order: each part needs what the parts before it made.
    run_migration(
        _tables() + _change_numbers() + _lead_and_blind() + _row_security() + _grants(),
        version=1,
    )


def _tables() -> str:
    """The team's coders, documents, codes and passages, each row with its change number."""
    return """
    CREATE TABLE team_meta (key text PRIMARY KEY, value text NOT NULL);
    CREATE SEQUENCE change_seq;
    CREATE TABLE coders (
        name text PRIMARY KEY,
        is_lead boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true
    );
    CREATE TABLE documents (
        content_hash text PRIMARY KEY,
        title text NOT NULL, source text NOT NULL, text text NOT NULL,
        blocks text NOT NULL DEFAULT '[]', author text NOT NULL DEFAULT '',
        published text NOT NULL DEFAULT '', site text NOT NULL DEFAULT '',
        url text NOT NULL DEFAULT '',
        added_by text NOT NULL DEFAULT session_user,
        blind boolean NOT NULL DEFAULT false,
        removed boolean NOT NULL DEFAULT false,
        seq bigint NOT NULL
    );
    CREATE TABLE tags (
        uuid text PRIMARY KEY, name text NOT NULL, colour text NOT NULL,
        shortcut text NOT NULL DEFAULT '', position integer NOT NULL DEFAULT 0,
        description text NOT NULL DEFAULT '', parent_uuid text,
        removed boolean NOT NULL DEFAULT false,
        seq bigint NOT NULL
    );
    CREATE TABLE annotations (
        id text PRIMARY KEY,
        document_hash text NOT NULL REFERENCES documents,
        tag_uuid text NOT NULL REFERENCES tags,
        start integer NOT NULL, "end" integer NOT NULL,
        exact text NOT NULL, prefix text NOT NULL, suffix text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
        coder text NOT NULL DEFAULT session_user,
        removed boolean NOT NULL DEFAULT false,
        seq bigint NOT NULL
    );
    CREATE INDEX ix_documents_seq ON documents (seq);
    CREATE INDEX ix_tags_seq ON tags (seq);
    CREATE INDEX ix_annotations_seq ON annotations (seq);
    """


def _change_numbers() -> str:
    """The trigger that numbers every change to a row, for the pulls that read them in order."""
    return """
    -- Every writer holds the write lock until it commits: change numbers become visible
    -- in the order they were taken, so a pull never skips one that commits later.
    CREATE FUNCTION next_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_advisory_xact_lock({lock});
        NEW.seq := nextval('change_seq');
        RETURN NEW;
    END $$;
    CREATE TRIGGER documents_seq BEFORE INSERT OR UPDATE ON documents
        FOR EACH ROW EXECUTE FUNCTION next_change();
    CREATE TRIGGER tags_seq BEFORE INSERT OR UPDATE ON tags
        FOR EACH ROW EXECUTE FUNCTION next_change();
    CREATE TRIGGER annotations_seq BEFORE INSERT OR UPDATE ON annotations
        FOR EACH ROW EXECUTE FUNCTION next_change();
    """


def _lead_and_blind() -> str:
    """Whether this login leads, and whether a document is blind, for the policies below."""
    return """
    -- Definer's rights: the policies ask about coders without granting coders' rows.
    CREATE FUNCTION is_lead() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS
        $$ SELECT EXISTS (SELECT 1 FROM coders WHERE name = session_user AND is_lead) $$;
    CREATE FUNCTION is_blind(hash text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public AS
        $$ SELECT EXISTS (SELECT 1 FROM documents WHERE content_hash = hash AND blind) $$;
    """


def _row_security() -> str:
    """Who may read and write which rows: a coder writes only their own passages."""
    return """
    ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
    ALTER TABLE tags ENABLE ROW LEVEL SECURITY;
    ALTER TABLE annotations ENABLE ROW LEVEL SECURITY;
    CREATE POLICY read_documents ON documents FOR SELECT USING (true);
    CREATE POLICY add_documents ON documents FOR INSERT
        WITH CHECK (is_lead() OR (added_by = session_user AND NOT blind AND NOT removed));
    CREATE POLICY lead_documents ON documents FOR UPDATE USING (is_lead());
    CREATE POLICY read_tags ON tags FOR SELECT USING (true);
    CREATE POLICY lead_adds_tags ON tags FOR INSERT WITH CHECK (is_lead());
    CREATE POLICY lead_changes_tags ON tags FOR UPDATE USING (is_lead());
    -- Blind coding: until the lead reveals a document, a coder sees only their own passages.
    CREATE POLICY read_annotations ON annotations FOR SELECT
        USING (coder = session_user OR is_lead() OR NOT is_blind(document_hash));
    CREATE POLICY add_own_annotations ON annotations FOR INSERT
        WITH CHECK (coder = session_user);
    CREATE POLICY change_own_annotations ON annotations FOR UPDATE
        USING (coder = session_user) WITH CHECK (coder = session_user);
    """


def _grants() -> str:
    """The coders' group's rights on the tables."""
    return """
    GRANT SELECT ON team_meta, coders TO {group};
    GRANT SELECT, INSERT, UPDATE ON documents, tags, annotations TO {group};
    GRANT USAGE ON SEQUENCE change_seq TO {group};
    """
