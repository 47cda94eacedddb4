"""Team sync, run alone (not by run_all): a library's first push and first pull of 100,000
annotations (twenty documents) through a real PostgreSQL, each against the bare path in the same
run; a sync with ten new changes; twenty coders syncing at once. The server is a throw-away
cluster started as the team tests start theirs (tests/team/throwaway_server.py).

    .venv/bin/python -m benchmarks.bench_team_sync
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from tests.team.throwaway_server import Server, server_bin, throwaway_server

from benchmarks import common
from benchmarks.data import library_file

DOCUMENTS = 20
PER_DOCUMENT = 5_000
SIZE = 150_000
RUNS = 3
SMALL_SYNCS = 9
CODERS = 20
PER_CODER = 1_000
ANNOTATION_COLUMNS = (
    'id, document_hash, tag_uuid, start, "end", exact, prefix, suffix, note, created_at, '
    "updated_at, coder"
)


class Team:
    """A fresh team database on the server, with its schema and a lead."""

    def __init__(self, server: Server) -> None:
        from readmark.store import team_server

        self.server = server
        self.name = f"team_{secrets.token_hex(4)}"
        with psycopg.connect(server.url(), autocommit=True) as admin:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))
        self.owner = server.url(self.name)
        team_server.init_team(self.owner)

    def login(self, name: str, lead: bool = False) -> str:
        """A new coder's address, with the one-time password in it."""
        from readmark.store import team_server

        password = team_server.add_coder(self.owner, name, lead)
        return self.server.url(self.name, name, password)


def joined(library: Path, url: str) -> float:
    """Joins the library to the team (its first sync); returns the seconds that took."""
    from readmark.store import team_sync
    from readmark.store.database import open_library

    engine = open_library(library)
    started = time.perf_counter()
    team_sync.join(engine, url)
    seconds = time.perf_counter() - started
    engine.dispose()
    return seconds


def first_push(server: Server, source: Path, library: Path) -> tuple[float, Team]:
    """The lead's library of 100,000 annotations joins a new team: everything goes up."""
    shutil.copyfile(source, library)
    team = Team(server)
    return joined(library, team.login("lead", lead=True)), team


BARE_READ = (
    'SELECT a.id, d.content_hash, t.uuid, a.start, a."end", a.exact, a.prefix, a.suffix, '
    "a.note, a.created_at || '+00', a.updated_at || '+00', a.coder FROM annotations a "
    "JOIN (SELECT id, content_hash FROM documents) d ON d.id = a.document_id "
    "JOIN team_tags t ON t.tag_id = a.tag_id"
)


def bare_push(server: Server, team: Team, library: Path) -> tuple[float, float]:
    """The bare path of a push: sqlite3 reads the same rows from the library and psycopg COPYs
    them into a fresh team's annotations (its documents and codes there beforehand), as the
    table's owner (COPY refuses a role under row-level security). Returns the seconds of the
    whole and of the COPY alone."""
    with psycopg.connect(team.owner) as source:
        documents = source.execute("SELECT * FROM documents").fetchall()
        tags = source.execute("SELECT * FROM tags").fetchall()
    bare = Team(server)
    with psycopg.connect(bare.owner) as target:
        for table, values in (("documents", documents), ("tags", tags)):
            marks = ", ".join(["%s"] * len(values[0]))
            target.cursor().executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    started = time.perf_counter()
    with closing(sqlite3.connect(library)) as connection:
        rows = connection.execute(BARE_READ).fetchall()
    copying = time.perf_counter()
    with (
        psycopg.connect(bare.owner) as target,
        target.cursor() as cursor,
        cursor.copy(f"COPY annotations ({ANNOTATION_COLUMNS}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
    ended = time.perf_counter()
    if len(rows) != DOCUMENTS * PER_DOCUMENT:
        raise AssertionError(f"{len(rows)} rows read")
    return ended - started, ended - copying


def bare_pull(url: str, folder: Path) -> float:
    """psycopg reads the same rows as the coder, and sqlite3 writes them with executemany into
    a new library."""
    from readmark.store.database import open_library

    library = folder / f"bare-{secrets.token_hex(4)}.sqlite3"
    open_library(library).dispose()
    started = time.perf_counter()
    with psycopg.connect(url) as server:
        documents = server.execute(
            "SELECT content_hash, title, source, text, blocks, author, published, site, url "
            "FROM documents"
        ).fetchall()
        rows = server.execute(f"SELECT {ANNOTATION_COLUMNS} FROM annotations").fetchall()
    with closing(sqlite3.connect(library)) as connection, connection:
        connection.executemany(
            "INSERT INTO documents (id, content_hash, title, source, text, blocks, author, "
            "published, site, url, imported_at, reading_position, file_path) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'), 0, '')",
            [(number, *row) for number, row in enumerate(documents, 1)],
        )
        ids = {row[0]: number for number, row in enumerate(documents, 1)}
        connection.executemany(
            'INSERT INTO annotations (id, document_id, tag_id, start, "end", exact, prefix, '
            "suffix, note, created_at, updated_at, coder) "
            "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, ids[document], *rest) for key, document, _tag, *rest in rows],
        )
    return time.perf_counter() - started


def small_syncs(library: Path) -> list[float]:
    """Ten new passages, then a sync, again and again: the seconds of each sync."""
    from sqlalchemy import insert

    from benchmarks.data import annotation_rows, make_spans
    from readmark.store import team_sync
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository
    from readmark.store.tables import AnnotationRow

    engine = open_library(library)
    repository = LibraryRepository(engine)
    document = repository.documents()[0]
    text = repository.document(document.id).text
    tag_ids = [tag.id for tag in repository.tags()]
    seconds = []
    for run in range(SMALL_SYNCS):
        spans = make_spans(text, 10, tag_ids, seed=run)
        rows = annotation_rows(document.id, text, spans, repository.coder(), seed=run + 99)
        with engine.begin() as connection:
            connection.execute(insert(AnnotationRow), rows)
        started = time.perf_counter()
        result = team_sync.sync(engine)
        seconds.append(time.perf_counter() - started)
        if result.sent != 10:
            raise AssertionError(f"{result} after ten new passages")
    repository.dispose()
    return seconds


def concurrent_coders(server: Server, folder: Path) -> float:
    """Twenty coders' `readmark sync`, started at once, each sending 1,000 passages of its own:
    the seconds until the last has finished."""
    from readmark.store import team_link, team_server
    from readmark.store.database import open_library, writer
    from readmark.store.pgpass import remember_password

    team = Team(server)
    joined(folder / "codebook.sqlite3", team.login("keeper", lead=True))  # the team's codes
    source = library_file(common.cache_folder(), "team-coder", [(SIZE, PER_CODER)])
    libraries = []
    for number in range(CODERS):
        library = folder / f"coder{number}.sqlite3"
        shutil.copyfile(source, library)
        with closing(sqlite3.connect(library)) as raw, raw:  # passages of their own
            raw.execute("UPDATE annotations SET id = lower(hex(randomblob(16)))")
        address, password = team_server.coder_address(team.login(f"coder{number}"))
        remember_password(address, password or "")
        engine = open_library(library)
        with writer(engine).begin() as connection:  # linked as joining does, not yet synced
            team_link.link(connection, address, f"coder{number}")
        engine.dispose()
        libraries.append(library)
    started = time.perf_counter()
    syncs = [
        subprocess.Popen(
            [sys.executable, "-m", "readmark", "sync", "--library", str(library)],
            stdout=subprocess.DEVNULL,
        )
        for library in libraries
    ]
    if any(sync.wait() for sync in syncs):
        raise AssertionError("a coder's sync failed")
    seconds = time.perf_counter() - started
    with psycopg.connect(team.owner) as admin:
        (count,) = admin.execute("SELECT count(*) FROM annotations").fetchone() or (0,)
    if count != CODERS * PER_CODER:
        raise AssertionError(f"{count} annotations on the server")
    return seconds


def medians(measure: Callable[[], float], runs: int = RUNS) -> float:
    return common.median([measure() for _ in range(runs)])


def main() -> None:
    binaries = server_bin()
    if binaries is None:
        raise SystemExit("needs PostgreSQL's server programs (Debian package postgresql)")
    source = library_file(common.cache_folder(), "export", [(SIZE, PER_DOCUMENT)] * DOCUMENTS)
    with (
        tempfile.TemporaryDirectory() as temporary,
        throwaway_server(binaries) as server,
    ):
        folder = Path(temporary)
        os.environ["PGPASSFILE"] = str(folder / "pgpass")
        push, pull, bare_pushes, copies, bare_pulls = [], [], [], [], []
        coder_library = folder / "none"
        for run in range(RUNS):
            lead = folder / f"lead{run}.sqlite3"
            seconds, team = first_push(server, source, lead)
            push.append(seconds)
            whole, copy = bare_push(server, team, lead)
            bare_pushes.append(whole)
            copies.append(copy)
            url = team.login("coder")
            coder_library = folder / f"coder{run}.sqlite3"
            pull.append(joined(coder_library, url))
            bare_pulls.append(bare_pull(url, folder))
        ten = small_syncs(coder_library)
        crowd = concurrent_coders(server, folder)
    results: list[dict[str, Any]] = [
        {
            "case": f"first push, {DOCUMENTS * PER_DOCUMENT:,} annotations",
            "app_ms": common.ms(common.median(push)),
            "baseline_ms": common.ms(common.median(bare_pushes)),
            "baseline": "sqlite3 read, psycopg COPY",
            "copy_ms": common.ms(common.median(copies)),
        },
        {
            "case": f"first pull, {DOCUMENTS * PER_DOCUMENT:,} annotations",
            "app_ms": common.ms(common.median(pull)),
            "baseline_ms": common.ms(common.median(bare_pulls)),
            "baseline": "psycopg read, sqlite3 executemany",
        },
    ]
    summary = {
        "benchmark": "team",
        "results": results,
        "ten_changes_ms": common.ms(common.median(ten)),
        "concurrent_seconds": round(crowd, 2),
        "concurrent_rate": round(CODERS * PER_CODER / crowd),
    }
    print(table(summary))
    common.report(summary)


def table(summary: dict[str, Any]) -> str:
    """The figures as the README's table rows."""
    lines = ["| Case | Readmark | Baseline | Ratio | Target | Met |", "|---|---|---|---|---|---|"]
    for item in summary["results"]:
        ratio = item["app_ms"] / item["baseline_ms"]
        lines.append(
            f"| {item['case']} | {item['app_ms']:,.1f} ms | {item['baseline_ms']:,.1f} ms "
            f"({item['baseline']}) | {ratio:.2f}x | ≤ 2x | {'yes' if ratio <= 2 else '**no**'} |"
        )
    push = summary["results"][0]
    lines.append(
        f"| first push against the COPY alone | {push['app_ms']:,.1f} ms | "
        f"{push['copy_ms']:,.1f} ms (psycopg COPY) | {push['app_ms'] / push['copy_ms']:.2f}x "
        "|  |  |"
    )
    ten = summary["ten_changes_ms"]
    lines.append(
        f"| a sync with 10 new changes | {ten:,.1f} ms |  |  | < 100 ms | "
        f"{'yes' if ten < 100 else '**no**'} |"
    )
    lines.append(
        f"| {CODERS} coders syncing {PER_CODER:,} each at once (processes) | "
        f"{summary['concurrent_seconds']:.1f} s, {summary['concurrent_rate']:,} annotations/s "
        "|  |  | reported |  |"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
