"""The team schema's versions: Alembic's migrations take a team set up by any earlier Readmark to
this one's, and a Readmark older than the server's schema writes nothing to it."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import create_engine
from tests.team.conftest import login_url

from readmark.cli import main
from readmark.store import team_server
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

pytestmark = pytest.mark.postgres


def test_this_readmarks_schema_version_is_the_head_of_its_migrations() -> None:
    script = ScriptDirectory.from_config(team_server.migrations())
    assert script.get_current_head() == team_server.revision(team_server.TEAM_SCHEMA_VERSION)
    assert [revision.revision for revision in script.walk_revisions()] == [
        team_server.revision(version) for version in range(team_server.TEAM_SCHEMA_VERSION, 0, -1)
    ]


def set_up_before_alembic(url: str) -> None:
    """A team as the Readmark before Alembic left it: schema 1 (the first revision keeps its SQL
    word for word), its version in team_meta alone, no alembic_version; and a coder's work."""
    with psycopg.connect(url, autocommit=True) as admin:
        group = team_server.coders_role(admin)
        admin.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
    engine = create_engine("postgresql+psycopg://", creator=lambda: psycopg.connect(url))
    with engine.begin() as connection:
        command.upgrade(team_server.migrations(connection), team_server.revision(1))
        connection.exec_driver_sql("DROP TABLE alembic_version")
    engine.dispose()
    with psycopg.connect(url) as admin:
        admin.execute(
            "INSERT INTO documents (content_hash, title, source, text) "
            "VALUES ('h1', 'Old', 's', 'Some old text.')"
        )
        admin.execute("INSERT INTO tags (uuid, name, colour) VALUES ('t1', 'claim', '#112233')")
        admin.execute(
            'INSERT INTO annotations (id, document_hash, tag_uuid, start, "end", exact, prefix, '
            "suffix, created_at, updated_at, coder) VALUES ('a1', 'h1', 't1', 0, 4, 'Some', '', "
            "' old', now(), now(), 'ann')"
        )
        assert team_server.server_version(admin) == 1


def test_a_team_set_up_before_alembic_upgrades_to_the_head_and_keeps_its_work(
    team_database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up_before_alembic(team_database)
    assert main(["team", "add-coder", team_database, "bo"]) == 1
    assert "team upgrade" in capsys.readouterr().err  # this Readmark writes its own schema only

    assert main(["team", "upgrade", team_database]) == 0
    head = team_server.TEAM_SCHEMA_VERSION
    assert capsys.readouterr().out.strip() == f"Team schema 1 → {head}."
    with psycopg.connect(team_database) as admin:
        assert admin.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (team_server.revision(head),)
        ]
        assert team_server.server_version(admin) == head
        assert admin.execute("SELECT id, coder FROM annotations").fetchall() == [("a1", "ann")]
    assert main(["team", "upgrade", team_database]) == 0
    assert capsys.readouterr().out.strip() == f"The team schema is current ({head})."

    # What later schemas brought works on the old team's work: a blind team, a coder's sync.
    assert main(["team", "blind", "--all", team_database]) == 0
    url = login_url(team_database, "bo", team_server.add_coder(team_database, "bo"))
    library = tmp_path / "bo.sqlite3"
    assert main(["team", "join", url, "--library", str(library)]) == 0
    repository = LibraryRepository(open_library(library))
    document = repository.documents()[0]
    assert repository.annotations(document.id) == []
    assert main(["team", "reveal", "--all", team_database]) == 0
    assert main(["sync", "--library", str(library)]) == 0
    assert [(a.id, a.exact, a.coder) for a in repository.annotations(document.id)] == [
        ("a1", "Some", "ann")
    ]
    repository.dispose()


def test_a_readmark_older_than_the_servers_schema_says_so_and_changes_nothing(
    team: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(team) as admin:  # as a newer Readmark's `team upgrade` leaves it
        newer = team_server.TEAM_SCHEMA_VERSION + 1
        admin.execute("UPDATE team_meta SET value = %s WHERE key = 'schema_version'", (newer,))
        admin.execute("UPDATE alembic_version SET version_num = %s", (team_server.revision(newer),))
    for command_line in (["team", "upgrade", team], ["team", "add-coder", team, "cy"]):
        assert main(command_line) == 1
        error = capsys.readouterr().err
        assert f"upgraded by a newer Readmark (team schema {newer}" in error, error
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (team_server.revision(newer),)
        ]
        assert admin.execute("SELECT count(*) FROM coders").fetchone() == (0,)
