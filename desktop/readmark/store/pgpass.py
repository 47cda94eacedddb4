"""Passwords kept where PostgreSQL's own clients keep them: libpq's password file, so that
psql and Readmark both find them and the library file never holds one."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict


def password_file() -> Path:
    """libpq's password file: $PGPASSFILE, else the platform's usual place."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _entry_key(conninfo: str) -> str:
    """The host:port:database:user a libpq client looks the password up by."""
    parts = conninfo_to_dict(conninfo)
    host = str(parts.get("host") or "localhost")
    if host.startswith("/"):
        host = "localhost"  # libpq matches a Unix socket under this name
    fields = (host, str(parts.get("port") or "5432"), str(parts["dbname"]), str(parts["user"]))
    return ":".join(_escaped(field) for field in fields)


def remember_password(conninfo: str, password: str) -> Path:
    """Writes (or replaces) the password for `conninfo` in libpq's password file, readable by
    this user alone (libpq ignores a file others can read)."""
    path = password_file()
    key = _entry_key(conninfo)
    kept = []
    if path.exists():
        kept = [
            line
            for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith(key + ":")
        ]
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write("\n".join([*kept, f"{key}:{_escaped(password)}"]) + "\n")
    os.chmod(path, 0o600)  # also when the file was there before, with wider rights
    return path
