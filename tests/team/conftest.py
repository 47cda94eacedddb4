"""A throw-away PostgreSQL server for the team tests: one cluster per session, a fresh database
per test."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from tests.team.throwaway_server import Server, server_bin_or_skip, throwaway_server

from readmark.store import team_server


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    with throwaway_server(server_bin_or_skip()) as server:
        yield server


@pytest.fixture(autouse=True)
def password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """libpq's password file, where joining keeps a coder's password: the test's own."""
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


@pytest.fixture
def team_database(pg_server: Server) -> Iterator[str]:
    """The superuser's address of a fresh, empty database."""
    name = f"team_{secrets.token_hex(4)}"
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield pg_server.url(name)
    with psycopg.connect(pg_server.url(), autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
        roles = admin.execute(
            "SELECT rolname FROM pg_roles WHERE rolname = %s", (f"readmark_{name}_coders",)
        ).fetchall()
        for (role,) in roles:
            admin.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


@pytest.fixture
def team(team_database: str) -> str:
    """A team database with its schema set up."""
    team_server.init_team(team_database)
    return team_database


def login_url(superuser_url: str, name: str, password: str) -> str:
    """The same database, logged in as the coder `name`."""
    rest = superuser_url.split("@", 1)[1]
    return f"postgresql://{name}:{password}@{rest}"
