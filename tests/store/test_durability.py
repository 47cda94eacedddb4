"""Crash safety and two processes: killed writers lose at most the write in flight, and two
Readmarks on one library lose nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from factories import make_article
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

# Writes annotations (single ones and batches of three) as fast as it can, printing each id once
# its transaction has committed.
WRITER = """
import sys
sys.path.insert(0, sys.argv[3])
from factories import new_annotation
from readmark.core.commands import AddAnnotation, Batch, EditNote
from readmark.core.command_apply import apply
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

repository = LibraryRepository(open_library(__import__("pathlib").Path(sys.argv[1])))
document = repository.document(1)
tag = repository.tags()[int(sys.argv[2]) % 4].id
print("ready", flush=True)
n = 0
while True:
    n += 1
    first = new_annotation(document.id, tag, n % 500, n % 500 + 7, document.text)
    if n % 2:
        apply(AddAnnotation(first), repository)
        apply(EditNote(first.id, f"note {n}"), repository)
        print(first.id, flush=True)
    else:
        rest = [new_annotation(document.id, tag, n % 400, n % 400 + 9, document.text)
                for _ in range(2)]
        apply(Batch(tuple(AddAnnotation(a) for a in (first, *rest))), repository)
        print(" ".join(a.id for a in (first, *rest)), flush=True)
"""

TEXT = "Title\n\n" + " ".join(f"Sentence number {i} says something." for i in range(200))
TESTS = str(Path(__file__).resolve().parents[1])


def start_writer(library: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(library), str(seed), TESTS],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )


def acknowledged(lines: list[str]) -> set[str]:
    return {i for line in lines if line != "ready" for i in line.split()}


def test_killing_a_writer_at_random_moments_loses_no_acknowledged_annotation(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library.sqlite3"
    LibraryRepository(open_library(library)).add_article(make_article(TEXT))
    chance = random.Random(20261125)
    acked: set[str] = set()
    kills = 12
    for round_number in range(kills):
        with start_writer(library, round_number) as child:  # its pipe closed when done
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(chance.uniform(0.01, 0.4))
            child.send_signal(signal.SIGKILL)
            lines = [line.strip() for line in child.stdout.read().splitlines()]
            child.wait(timeout=30)
        acked |= acknowledged(lines)

        check = sqlite3.connect(library)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        check.close()

    stored = {a.id for a in LibraryRepository(open_library(library)).annotations(1)}
    assert len(acked) > kills * 5  # the writers really were killed mid-burst, not idle
    assert acked <= stored
    # Notes are written in their own transaction after the annotation; any that got one is whole.
    notes = {a.note for a in LibraryRepository(open_library(library)).annotations(1)}
    assert all(note == "" or note.startswith("note ") for note in notes)


def test_two_processes_writing_to_one_library_lose_nothing(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    LibraryRepository(open_library(library)).add_article(make_article(TEXT))
    with start_writer(library, 1) as first, start_writer(library, 2) as second:
        children = (first, second)
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(1.5)
        assert [child.poll() for child in children] == [None, None]  # neither gave up on a lock
        acked: set[str] = set()
        for child in children:
            child.send_signal(signal.SIGTERM)
        for child in children:
            assert child.stdout is not None
            mine = acknowledged([line.strip() for line in child.stdout.read().splitlines()])
            assert len(mine) > 20
            acked |= mine
            child.wait(timeout=30)
    stored = {a.id for a in LibraryRepository(open_library(library)).annotations(1)}
    assert acked <= stored
