"""A throw-away PostgreSQL server for the team tests: one cluster per session, a fresh database
per test. As root (CI), initdb and the server refuse to run, so they run as `postgres`."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from readmark.store import team_server

SUPERUSER_PASSWORD = secrets.token_hex(12)


def _server_bin() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists():
            return candidate
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    port: int
    superuser: str

    def url(
        self, database: str = "postgres", user: str | None = None, password: str | None = None
    ) -> str:
        user = user or self.superuser
        secret = SUPERUSER_PASSWORD if password is None and user == self.superuser else password
        credentials = f"{user}:{secret}" if secret else user
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{database}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    binaries = _server_bin()
    if binaries is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL's server programs are missing; .ci/run installs postgresql")
        pytest.skip("needs PostgreSQL's server programs (Debian package postgresql)")
    as_root = os.geteuid() == 0
    owner = "postgres" if as_root else None
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    folder = Path(tempfile.mkdtemp(prefix="readmark-pg-"))
    data = folder / "data"
    password_file = folder / "password"
    password_file.write_text(SUPERUSER_PASSWORD)
    if owner:
        shutil.chown(folder, owner)
        shutil.chown(password_file, owner)
    superuser = owner or os.environ.get("USER") or "postgres"
    port = _free_port()
    environment = {**os.environ, "LC_ALL": "C.UTF-8"}
    subprocess.run(
        [
            *run_as,
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            superuser,
            "-E",
            "UTF8",
            "--auth=scram-sha-256",
            f"--pwfile={password_file}",
        ],
        check=True,
        capture_output=True,
        env=environment,
    )
    subprocess.run(
        [
            *run_as,
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(folder / "log"),
            "-o",
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c max_connections=100",
            "start",
        ],
        check=True,
        capture_output=True,
        env=environment,
    )
    try:
        yield Server(port, superuser)
    finally:
        subprocess.run(
            [*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            env=environment,
        )
        shutil.rmtree(folder, ignore_errors=True)


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
