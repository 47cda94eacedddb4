"""Setting up a team: the schema, coders' logins, and ownership enforced by the server itself."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from tests.team.conftest import login_url

from readmark.cli import main
from readmark.store import team_server
from readmark.store.team_server import TeamError

pytestmark = pytest.mark.postgres


def test_init_creates_the_schema_once_and_refuses_a_database_of_other_tables(
    team_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["team", "init", team_database]) == 0
    assert "set up" in capsys.readouterr().out
    assert main(["team", "init", team_database]) == 0  # idempotent
    assert "already" in capsys.readouterr().out
    with psycopg.connect(team_database) as connection:
        assert team_server.server_version(connection) == team_server.TEAM_SCHEMA_VERSION
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
        connection.execute("CREATE TABLE invoices (id int)")
    assert main(["team", "init", team_database]) == 1
    error = capsys.readouterr().err
    assert "other tables (invoices)" in error and "Traceback" not in error


def test_a_new_coder_logs_in_with_the_printed_password_and_a_removed_one_cannot(
    team: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["team", "add-coder", team, "alice"]) == 0
    password = capsys.readouterr().out.strip().splitlines()[-1].split()[-1]
    with psycopg.connect(login_url(team, "alice", password)) as connection:
        assert connection.execute("SELECT session_user").fetchone() == ("alice",)
    with psycopg.connect(team) as admin:
        logged = admin.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'alice'")
        assert str(logged.fetchone()[0]).startswith("SCRAM-SHA-256$")
    assert main(["team", "remove-coder", team, "alice"]) == 0
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(login_url(team, "alice", password)).close()


def test_a_coder_name_that_is_not_a_login_is_refused(team: str) -> None:
    with pytest.raises(TeamError, match="cannot be a coder's login"):
        team_server.add_coder(team, 'x"; DROP TABLE tags; --')


def _coder(team: str, name: str, lead: bool = False) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(login_url(team, name, team_server.add_coder(team, name, lead)))


def _seed(lead: psycopg.Connection[tuple[object, ...]], blind: bool = False) -> None:
    lead.execute(
        "INSERT INTO documents (content_hash, title, source, text, blind) "
        "VALUES ('h1', 'T', 's', 'Some text here.', %s)",
        (blind,),
    )
    lead.execute("INSERT INTO tags (uuid, name, colour) VALUES ('t1', 'claim', '#112233')")
    lead.commit()


def _annotate(
    coder: psycopg.Connection[tuple[object, ...]], annotation_id: str, document: str = "h1"
) -> None:
    now = datetime.now(UTC)
    coder.execute(
        'INSERT INTO annotations (id, document_hash, tag_uuid, start, "end", exact, prefix, '
        "suffix, created_at, updated_at) VALUES (%s, %s, 't1', 0, 4, 'Some', '', ' text', "
        "%s, %s)",
        (annotation_id, document, now, now),
    )
    coder.commit()


def test_a_coder_cannot_change_or_delete_another_coders_passages(team: str) -> None:
    with (
        _coder(team, "lead1", lead=True) as lead,
        _coder(team, "ann") as ann,
        _coder(team, "bob") as bob,
    ):
        _seed(lead)
        _annotate(ann, "a1")
        changed = bob.execute("UPDATE annotations SET note = 'mine now' WHERE id = 'a1'")
        assert changed.rowcount == 0
        bob.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("DELETE FROM annotations WHERE id = 'a1'")
        bob.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # RLS: not as someone else
            bob.execute(
                'INSERT INTO annotations (id, document_hash, tag_uuid, start, "end", exact, '
                "prefix, suffix, created_at, updated_at, coder) VALUES ('b9', 'h1', 't1', 0, 4, "
                "'Some', '', '', now(), now(), 'ann')"
            )
        bob.rollback()
        assert bob.execute("UPDATE tags SET name = 'mine'").rowcount == 0  # only a lead
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            bob.execute("INSERT INTO tags (uuid, name, colour) VALUES ('t2', 'x', '#000000')")
        bob.rollback()
        assert bob.execute("UPDATE documents SET removed = true").rowcount == 0
        bob.commit()
        row = ann.execute("SELECT note, removed FROM annotations WHERE id = 'a1'").fetchone()
        assert row == ("", False)
        assert lead.execute("SELECT removed FROM documents").fetchone() == (False,)


def test_a_blind_document_shows_a_coder_only_their_own_passages_until_revealed(
    team: str,
) -> None:
    with (
        _coder(team, "lead2", lead=True) as lead,
        _coder(team, "cat") as cat,
        _coder(team, "dan") as dan,
    ):
        _seed(lead, blind=True)
        _annotate(cat, "c1")
        _annotate(dan, "d1")
        assert dan.execute("SELECT id FROM annotations").fetchall() == [("d1",)]
        assert sorted(lead.execute("SELECT id FROM annotations").fetchall()) == [("c1",), ("d1",)]
        dan.commit()
        lead.execute("UPDATE documents SET blind = false")
        lead.commit()
        assert sorted(dan.execute("SELECT id FROM annotations").fetchall()) == [("c1",), ("d1",)]


def test_a_blind_team_hides_other_coders_passages_on_every_document_until_revealed(
    team: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`team blind URL --all` by a lead who is no superuser: each coder's own SQL sees only
    their own passages, on documents there before and added after, until the lead reveals one
    document, then the team."""
    lead_url = login_url(team, "lead3", team_server.add_coder(team, "lead3", lead=True))
    fox_url = login_url(team, "fox", team_server.add_coder(team, "fox"))
    with (
        psycopg.connect(lead_url) as lead,
        _coder(team, "eli") as eli,
        psycopg.connect(fox_url) as fox,
    ):
        _seed(lead)
        _annotate(eli, "e1")
        _annotate(fox, "f1")
        assert main(["team", "blind", "--all", lead_url]) == 0
        assert "The team is blind" in capsys.readouterr().out
        fox.execute(
            "INSERT INTO documents (content_hash, title, source, text) "
            "VALUES ('h2', 'Later', 's', 'Some later text.')"
        )
        fox.commit()
        _annotate(eli, "e2", "h2")
        _annotate(fox, "f2", "h2")

        def seen_by(coder: psycopg.Connection[tuple[object, ...]]) -> set[str]:
            ids = {str(row[0]) for row in coder.execute("SELECT id FROM annotations")}
            coder.commit()
            return ids

        assert seen_by(fox) == {"f1", "f2"} and seen_by(eli) == {"e1", "e2"}
        assert seen_by(lead) == {"e1", "e2", "f1", "f2"}
        # A coder can neither lift the blind nor reveal a document.
        assert fox.execute("UPDATE team_standing SET blind = false").rowcount == 0
        assert fox.execute("UPDATE documents SET revealed = true").rowcount == 0
        fox.commit()
        assert seen_by(fox) == {"f1", "f2"}
        assert main(["team", "reveal", "--all", fox_url]) == 1
        assert "Only a lead" in capsys.readouterr().err

        assert main(["team", "reveal", lead_url, "Later"]) == 0
        assert seen_by(fox) == {"f1", "f2", "e2"}
        assert main(["team", "reveal", "--all", lead_url]) == 0
        assert "Every document is revealed" in capsys.readouterr().out
        assert seen_by(fox) == {"e1", "e2", "f1", "f2"}
        assert main(["team", "blind", "--all", lead_url]) == 0  # again, revealed ones too
        assert seen_by(fox) == {"f1", "f2"}


def test_an_owner_who_is_no_superuser_sets_up_a_team_as_the_readme_shows(
    team_database: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the README's `createuser --createrole` and `createdb --owner`: the owner of the
    database, with the right to create roles and no more, runs init and add-coder."""
    owner = f"owner_{secrets.token_hex(3)}"
    database = team_database.rsplit("/", 1)[1]
    with psycopg.connect(team_database, autocommit=True) as admin:
        admin.execute(
            sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD 'owner-secret'").format(
                sql.Identifier(owner)
            )
        )
        admin.execute(
            sql.SQL("ALTER DATABASE {} OWNER TO {}").format(
                sql.Identifier(database), sql.Identifier(owner)
            )
        )
        admin.execute(sql.SQL("ALTER SCHEMA public OWNER TO {}").format(sql.Identifier(owner)))
    owner_url = login_url(team_database, owner, "owner-secret")
    assert main(["team", "init", owner_url]) == 0
    password = team_server.add_coder(owner_url, f"ivy_{owner}")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    library = tmp_path / "ivy.sqlite3"
    url = login_url(team_database, f"ivy_{owner}", password)
    assert main(["team", "join", url, "--library", str(library)]) == 0
