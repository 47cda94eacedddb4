"""A sync killed at any moment, or a server that goes away midway, loses nothing and repeats
nothing: the next sync completes it, and the team library holds each passage once."""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from tests.team.conftest import login_url
from tests.team.test_team_sync import joined, passages
from tests.team.throwaway_server import Server

from factories import new_annotation
from readmark.cli import main
from readmark.store import team_link, team_server
from readmark.store.repository import LibraryRepository

pytestmark = pytest.mark.postgres

TRIALS = 50
FORKING_SYNC = Path(__file__).with_name("forking_sync.py")


@dataclasses.dataclass
class Expected:
    """What one coder's library and the team should hold: live passages (id → tag, note) and
    the ids removed; the team keeps a tombstone of each one it had heard of (every one live at a
    sync that completed, perhaps some a killed sync sent)."""

    live: dict[str, tuple[str, str]] = dataclasses.field(default_factory=dict)
    removed: set[str] = dataclasses.field(default_factory=set)
    shared: set[str] = dataclasses.field(default_factory=set)


def change(
    repository: LibraryRepository,
    rng: random.Random,
    expected: Expected,
    adds: int,
    edits: int = 0,
    removals: int = 0,
) -> None:
    """Makes `adds` new passages, edits `edits` notes and as many tags, removes `removals`."""
    document = repository.documents()[0]
    text = repository.document(document.id).text
    tags = {tag.id: tag.name for tag in repository.tags()}
    new = []
    for _ in range(adds):
        start = rng.randrange(len(text) - 80)
        annotation = new_annotation(
            document.id, rng.choice(list(tags)), start, start + rng.randint(3, 60), text
        )
        new.append(dataclasses.replace(annotation, coder=repository.coder()))
    repository.add_annotations(new)
    expected.live.update({a.id: (tags[a.tag_id], "") for a in new})
    live = sorted(expected.live)
    with repository.batch():
        for annotation_id in rng.sample(live, edits):
            note = f"Note {rng.randrange(10**6)} ✓"
            repository.set_note(annotation_id, note)
            expected.live[annotation_id] = (expected.live[annotation_id][0], note)
        for annotation_id in rng.sample(live, edits):
            tag = rng.choice(list(tags))
            repository.set_tag(annotation_id, tag)
            expected.live[annotation_id] = (tags[tag], expected.live[annotation_id][1])
    gone = rng.sample(live, removals)
    repository.remove_annotations(gone)
    for annotation_id in gone:
        del expected.live[annotation_id]
    expected.removed |= set(gone)


def team_rows(team: str) -> dict[str, tuple[str, str, str, bool]]:
    """Every annotation row on the server, read as its owner: id → tag, note, coder, removed."""
    with psycopg.connect(team) as admin:
        rows = admin.execute(
            "SELECT a.id, t.name, a.note, a.coder, a.removed FROM annotations a "
            "JOIN tags t ON t.uuid = a.tag_uuid"
        ).fetchall()
    return {str(row[0]): (str(row[1]), str(row[2]), str(row[3]), bool(row[4])) for row in rows}


def assert_team_holds(team: str, coder: str, expected: Expected) -> None:
    """Each passage once, with its last tag and note; each removal a tombstone."""
    rows = team_rows(team)
    assert len(rows) == len(expected.live) + len({key for key, row in rows.items() if row[3]})
    assert {key: (tag, note) for key, (tag, note, _, gone) in rows.items() if not gone} == (
        expected.live
    )
    tombstones = {key for key, row in rows.items() if row[3]}
    assert expected.removed & expected.shared <= tombstones <= expected.removed
    assert {row[2] for row in rows.values()} <= {coder}
    expected.shared |= set(expected.live)


def assert_library_holds(repository: LibraryRepository, expected: Expected) -> None:
    assert {(key, tag, note) for key, _, tag, note, _ in passages(repository)} == {
        (key, tag, note) for key, (tag, note) in expected.live.items()
    }
    with repository._reader.connect() as connection:
        assert team_link.waiting(connection) == 0


def synced(library: Path) -> None:
    """The next sync, run as the command line runs it, completes."""
    assert main(["sync", "--library", str(library)]) == 0


def test_a_sync_killed_at_random_moments_loses_and_repeats_nothing(
    team: str, tmp_path: Path
) -> None:
    lead_library, lead = joined(team, tmp_path, "lead", lead=True, sample=True)
    library, coder = joined(team, tmp_path, "kim")
    rng = random.Random(23)
    expected = Expected()
    errors = tmp_path / "forks.err"
    with errors.open("w") as stderr:
        syncer = subprocess.Popen(
            [sys.executable, str(FORKING_SYNC)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    assert syncer.stdin is not None and syncer.stdout is not None
    span, killed = 0.0, 0
    try:
        for trial in range(TRIALS):
            # About a thousand changes wait: adds, note and tag edits, removals.
            change(coder, rng, expected, adds=1000 if trial == 0 else 500, edits=150, removals=200)
            started = time.perf_counter()
            syncer.stdin.write(f"{library}\n")
            syncer.stdin.flush()
            child = int(syncer.stdout.readline())
            if trial > 0:  # the first runs to its end: how long a whole sync takes here
                time.sleep(rng.uniform(0.0, span * 1.2))
                os.kill(child, signal.SIGKILL)
            syncer.stdin.write("\n")
            syncer.stdin.flush()
            status = int(syncer.stdout.readline())
            if trial == 0:
                span = time.perf_counter() - started
                assert status == 0, errors.read_text()
            killed += status == -signal.SIGKILL
            synced(library)
            assert_team_holds(team, "kim", expected)
            assert_library_holds(coder, expected)
    finally:
        syncer.stdin.close()
        syncer.wait()
        syncer.stdout.close()
    assert killed >= TRIALS // 4, f"only {killed} of {TRIALS} syncs were stopped midway"
    # Another library that pulls everything sees the same passages.
    synced(lead_library)
    assert passages(lead) == passages(coder)


@pytest.mark.parametrize(
    ("stage", "blocker", "stop"),
    [
        ("pull", "LOCK TABLE annotations IN ACCESS EXCLUSIVE MODE", "end its connection"),
        ("push", "SELECT pg_advisory_xact_lock(x'52454144'::int)", "end its connection"),
        ("push", "SELECT pg_advisory_xact_lock(x'52454144'::int)", "restart"),
    ],
)
def test_a_server_that_goes_away_midway_says_so_and_the_next_sync_completes(
    team: str, pg_server: Server, tmp_path: Path, stage: str, blocker: str, stop: str
) -> None:
    lead_library, lead = joined(team, tmp_path, "lead", lead=True, sample=True)
    library, coder = joined(team, tmp_path, "max")
    rng = random.Random(stage + stop)
    expected = Expected()
    change(coder, rng, expected, adds=600)
    synced(library)
    assert_team_holds(team, "max", expected)
    change(coder, rng, expected, adds=400, edits=200, removals=200)
    with coder._reader.connect() as connection:
        waiting = team_link.waiting(connection)
    # The team's owner holds what the sync needs at this stage, and the sync waits for it ...
    owner, watcher = psycopg.connect(team), psycopg.connect(team, autocommit=True)
    try:
        owner.execute(blocker)
        sync = subprocess.Popen(
            [sys.executable, "-m", "readmark", "sync", "--library", str(library)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        stuck = None
        while stuck is None and sync.poll() is None:
            stuck = watcher.execute(
                "SELECT pid FROM pg_stat_activity WHERE usename = 'max' "
                "AND wait_event_type = 'Lock'"
            ).fetchone()
            time.sleep(0.02)
        assert stuck is not None, sync.communicate()
        # ... until the server ends its connection, or stops and starts again.
        if stop == "restart":
            pg_server.restart()
        else:
            watcher.execute("SELECT pg_terminate_backend(%s)", stuck)
        _, err = sync.communicate()
    finally:
        owner.close()
        watcher.close()
    assert sync.returncode == 1
    assert err.startswith("readmark: The connection to the team library was lost")
    assert "Nothing was half written" in err and "Traceback" not in err
    with coder._reader.connect() as connection:
        assert team_link.waiting(connection) == waiting
    synced(library)
    assert_team_holds(team, "max", expected)
    assert_library_holds(coder, expected)
    synced(lead_library)
    assert passages(lead) == passages(coder)


def library_passages(library: Path) -> set[tuple[str, ...]]:
    """Every passage in a library file: id, tag, note, coder, and its times as stored."""
    with closing(sqlite3.connect(library)) as connection:
        rows = connection.execute(
            "SELECT a.id, t.name, a.note, a.coder, a.created_at, a.updated_at "
            "FROM annotations a JOIN tags t ON t.id = a.tag_id"
        ).fetchall()
    return {tuple(str(value) for value in row) for row in rows}


@pytest.mark.whole_machine
def test_twenty_coders_syncing_at_once_end_with_the_union(team: str, tmp_path: Path) -> None:
    joined(team, tmp_path, "lead", lead=True, sample=True)
    rng = random.Random(20)
    libraries, union = [], set()
    for number in range(20):
        library, coder = joined(team, tmp_path, f"coder{number:02}")
        expected = Expected()
        change(coder, rng, expected, adds=1000)
        with coder.batch():
            for annotation_id in rng.sample(sorted(expected.live), 100):
                coder.set_note(annotation_id, f"{coder.coder()}: why ✓")
        coder.dispose()
        libraries.append(library)
        union |= library_passages(library)
    assert len(union) == 20_000

    def sync_all() -> None:
        """Every coder's `readmark sync` at the same moment, each a process of its own."""
        syncs = [
            subprocess.Popen(
                [sys.executable, "-m", "readmark", "sync", "--library", str(library)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            for library in libraries
        ]
        for sync in syncs:
            _, err = sync.communicate()
            assert sync.returncode == 0, err

    sync_all()
    with psycopg.connect(team) as admin:
        assert admin.execute("SELECT count(*), count(DISTINCT id) FROM annotations").fetchone() == (
            20_000,
            20_000,
        )
    assert {(key, tag, note, coder) for key, (tag, note, coder, _) in team_rows(team).items()} == {
        row[:4] for row in union
    }
    sync_all()
    for library in libraries:
        assert library_passages(library) == union


def test_a_pull_never_skips_a_change_that_commits_after_a_later_one(
    team: str, tmp_path: Path
) -> None:
    """Wes takes a change number and commits late; Xia writes meanwhile. Were Xia's number to
    become visible first, a pull would pass Wes's for good: the write lock makes her wait."""
    joined(team, tmp_path, "lead", lead=True, sample=True)
    library, reader = joined(team, tmp_path, "rae")
    with psycopg.connect(team) as owner:
        place = owner.execute(
            "SELECT (SELECT content_hash FROM documents LIMIT 1), (SELECT uuid FROM tags LIMIT 1)"
        ).fetchone()
    assert place is not None

    def write(connection: psycopg.Connection[tuple[object, ...]], key: str) -> None:
        connection.execute(
            'INSERT INTO annotations (id, document_hash, tag_uuid, start, "end", exact, prefix, '
            "suffix, created_at, updated_at) VALUES (%s, %s, %s, 0, 6, 'Recent', '', '', "
            "now(), now())",
            (key, *place),
        )

    wes = login_url(team, "wes", team_server.add_coder(team, "wes"))
    xia = login_url(team, "xia", team_server.add_coder(team, "xia"))
    with (
        psycopg.connect(wes) as early,
        psycopg.connect(xia) as late,
        psycopg.connect(team, autocommit=True) as watcher,
    ):
        write(early, "wes0passage")  # its change number taken, not yet committed
        meanwhile = threading.Thread(target=lambda: (write(late, "xia0passage"), late.commit()))
        meanwhile.start()
        while (
            meanwhile.is_alive()
            and not watcher.execute(
                "SELECT 1 FROM pg_stat_activity WHERE usename = 'xia' AND wait_event_type = 'Lock'"
            ).fetchone()
        ):
            time.sleep(0.02)
        synced(library)  # a pull in between
        early.commit()
        meanwhile.join()
    synced(library)
    assert {"wes0passage", "xia0passage"} <= {row[0] for row in passages(reader)}


class Died(BaseException):
    """The sync's process ending where it stands (what SIGKILL does, at a chosen moment)."""


def test_a_sync_that_dies_after_the_team_committed_sends_again_and_repeats_nothing(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The narrowest moment of all: the team has committed the push, the outbox is not yet
    cleared. The next sync sends the same changes again, and the team still holds each once."""
    lead_library, lead = joined(team, tmp_path, "lead", lead=True, sample=True)
    library, coder = joined(team, tmp_path, "ida")
    rng = random.Random(7)
    expected = Expected()
    change(coder, rng, expected, adds=300)
    synced(library)
    change(coder, rng, expected, adds=300, edits=100, removals=100)
    with coder._reader.connect() as connection:
        waiting = team_link.waiting(connection)

    def die(*_: object) -> None:
        raise Died

    with monkeypatch.context() as patch:
        patch.setattr(team_link, "clear_sent", die)
        with pytest.raises(Died):
            main(["sync", "--library", str(library)])
    # The team has every change; the library still holds them all as waiting.
    assert {
        key: (tag, note) for key, (tag, note, _, gone) in team_rows(team).items() if not gone
    } == expected.live
    with coder._reader.connect() as connection:
        assert team_link.waiting(connection) == waiting
    synced(library)
    assert_team_holds(team, "ida", expected)
    assert_library_holds(coder, expected)
    synced(lead_library)
    assert passages(lead) == passages(coder)
