"""A throw-away PostgreSQL cluster in a temporary folder (initdb and pg_ctl, no mock): the team
tests' server and the team benchmark's. As root (CI), initdb and the server refuse to run, so
they run as `postgres`."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SUPERUSER_PASSWORD = secrets.token_hex(12)


def server_bin_or_skip() -> Path:
    """PostgreSQL's server programs; a test without them is skipped, and fails on CI, where
    .ci/run installs them."""
    import pytest

    binaries = server_bin()
    if binaries is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL's server programs are missing; .ci/run installs postgresql")
        pytest.skip("needs PostgreSQL's server programs (Debian package postgresql)")
    return binaries


def server_bin() -> Path | None:
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
    control: tuple[str, ...]  # pg_ctl on the cluster's folder and log, as the cluster's owner

    def url(
        self, database: str = "postgres", user: str | None = None, password: str | None = None
    ) -> str:
        user = user or self.superuser
        secret = SUPERUSER_PASSWORD if password is None and user == self.superuser else password
        credentials = f"{user}:{secret}" if secret else user
        return f"postgresql://{credentials}@127.0.0.1:{self.port}/{database}"

    def restart(self) -> None:
        """Stops the server at once, ending every connection, and starts it again."""
        subprocess.run(
            [*self.control, "-w", "-m", "fast", "restart"],
            check=True,
            capture_output=True,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )


@contextmanager
def throwaway_server(binaries: Path) -> Iterator[Server]:
    """A cluster started with the programs in `binaries`, stopped and removed afterwards."""
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
        control = (*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"))
        yield Server(port, superuser, control)
    finally:
        subprocess.run(
            [*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
            env=environment,
        )
        shutil.rmtree(folder, ignore_errors=True)
