"""Copies of the library made with SQLite's online backup API: rotating, checked, restorable."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from readmark.core.texts import tr
from readmark.store.clean_exit import request_check

BACKUP_FOLDER = "backups"
KEEP_BACKUPS = 5
BACKUP_INTERVAL = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    reason: str  # "daily", "before upgrade to schema 2", "before restore", ...


class DamagedCopyError(sqlite3.DatabaseError):
    """A copy of the library failed SQLite's check: the library is damaged."""


def backup_folder(library: Path) -> Path:
    return library.parent / BACKUP_FOLDER


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` (even while it is in use), written whole to `target`."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    source_db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        target_db = sqlite3.connect(partial)
        try:
            source_db.backup(target_db)
            target_db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target_db.close()
    finally:
        source_db.close()
    partial.replace(target)


def make_backup(library: Path, reason: str = "daily", checked: bool = False) -> Backup:
    """Backs the library up into its backups folder and drops the oldest beyond KEEP_BACKUPS.

    `checked`: every page of the copy is checked first; a damaged copy is not kept (it would
    push a good one out of the rotation), and DamagedCopyError says so.
    """
    folder = backup_folder(library)
    folder.mkdir(parents=True, exist_ok=True)
    made_at = datetime.now(UTC)
    slug = reason.replace(" ", "-")
    target = folder / f"{library.stem}-{made_at.strftime(_STAMP)}-{slug}.sqlite3"
    copy_database(library, target)
    if checked and not is_healthy(target):
        target.unlink()
        raise DamagedCopyError(tr("the library “{library}” is damaged").format(library=library))
    for old in list_backups(library)[KEEP_BACKUPS:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, made_at, reason)


def list_backups(library: Path) -> list[Backup]:
    """The library's backups, newest first."""
    folder = backup_folder(library)
    if not folder.is_dir():
        return []
    found = []
    prefix = f"{library.stem}-"
    for path in folder.glob(f"{library.stem}-*.sqlite3"):
        parts = path.stem[len(prefix) :].split("-", 3)
        try:
            made_at = datetime.strptime("-".join(parts[:3]), _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue  # not one of ours
        reason = parts[3].replace("-", " ") if len(parts) > 3 else ""
        found.append(Backup(path, made_at, reason))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def backup_if_due(library: Path) -> Backup | None:
    """A daily backup, made when the newest is older than BACKUP_INTERVAL, with the check of
    every page a clean start leaves out (see clean_exit). Damage found makes the next opening
    check the library and offer a backup; sqlite3.DatabaseError says so now."""
    if not library.exists():
        return None
    backups = list_backups(library)
    if backups and datetime.now(UTC) - backups[0].made_at < BACKUP_INTERVAL:
        return None
    try:
        return make_backup(library, checked=True)
    except DamagedCopyError:
        request_check(library)
        raise sqlite3.DatabaseError(
            tr(
                "the library “{library}” failed its daily check: it is "
                "damaged. Restart Readmark to restore its newest good backup."
            ).format(library=library)
        ) from None


def is_healthy(path: Path) -> bool:
    """Whether `path` is an SQLite database that passes a quick check."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(db.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False


def restore_backup(backup: Path, library: Path) -> Path | None:
    """Puts a backup in the library's place. The library it replaces is kept beside it (renamed),
    and its path returned; nothing is overwritten."""
    if not is_healthy(backup):
        raise sqlite3.DatabaseError(tr("The backup “{name}” is damaged.").format(name=backup.name))
    return _replace(library, backup, "replaced")


def _replace(library: Path, source: Path | None, why: str) -> Path | None:
    """Sets the library aside and puts a copy of `source` (if any) in its place. The copy is made
    first, so a failure leaves the library where it was."""
    incoming = library.with_name(library.name + ".incoming")
    if source is not None:
        copy_database(source, incoming)
    aside = set_aside(library, why)
    if source is not None:
        incoming.replace(library)
    return aside


def set_aside(library: Path, why: str) -> Path | None:
    """Renames the library (and its WAL files) out of the way; returns its new path."""
    if not library.exists():
        return None
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = library.with_name(f"{library.stem}-{why}-{stamp}{library.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = library.with_name(library.name + suffix)
        if companion.exists():
            companion.replace(aside.with_name(aside.name + suffix))
    library.replace(aside)
    return aside


def newest_healthy_backup(library: Path) -> Backup | None:
    return next((b for b in list_backups(library) if is_healthy(b.path)), None)


def recover_damaged(library: Path, backup: Backup | None) -> Path | None:
    """Sets a damaged library aside (renamed, never deleted) and puts `backup` in its place, or
    leaves the place empty for a new library. Returns where the damaged file went."""
    return _replace(library, backup.path if backup is not None else None, "damaged")
