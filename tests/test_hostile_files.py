"""Files made to hurt whoever opens them: each is refused with a sentence, in a process whose
peak memory stays under 300 MB. Each file is opened in a fresh process, as a user's window or
command would open it, and that process's own peak resident size (VmHWM) is what is measured."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from readmark import cli
from readmark.app import create_window
from readmark.core.bounded import RefusedInputError, load_json, nesting_depth
from readmark.core.exercise_files import ExerciseFormatError, read_exercise
from readmark.core.importing import content_hash
from readmark.store import database
from readmark.store.database import DamagedLibraryError, open_library

PEAK_LIMIT_MB = 300
DEEP = 100_000

# Opens the file as the window's classroom actions and import would, prints what the user is
# told, then the peak memory in MB.
_CHILD = """
import sys
from pathlib import Path
from benchmarks.child import peak_kib
from readmark.services import classroom
from readmark.services.annotation_import import import_annotations
from readmark.services.files import ExchangeError
from readmark.store.database import open_library
from readmark.store.repository import LibraryRepository

how, path = sys.argv[1], Path(sys.argv[2])
try:
    if how == "exercise":
        classroom.read_exercise_file(path)
    elif how == "work":
        repository = LibraryRepository(open_library(path.with_name("library.sqlite3")))
        classroom.read_class(repository, [path])
    else:
        repository = LibraryRepository(open_library(path.with_name("library.sqlite3")))
        import_annotations(repository, path)
    print("opened")
except ExchangeError as error:
    print("message:", error)
print(peak_kib() // 1024)
"""


def opened_in_a_fresh_process(how: str, path: Path) -> tuple[str, int]:
    """What the user is told, and the opening process's peak memory in MB."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, how, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[1],
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    told, peak = done.stdout.strip().splitlines()[-2:]
    return told, int(peak)


def streamed_member(archive: zipfile.ZipFile, name: str, size: int, byte: bytes = b"a") -> None:
    chunk = byte * (1 << 20)
    with archive.open(name, "w", force_zip64=True) as member:
        for _ in range(size >> 20):
            member.write(chunk)


def lying_about_size(data: bytes, name: str, declared: int) -> bytes:
    """The archive with `name`'s size in the central directory set to `declared`."""
    patched = bytearray(data)
    at = -1
    while (at := patched.find(b"PK\x01\x02", at + 1)) != -1:
        length = struct.unpack_from("<H", patched, at + 28)[0]
        if patched[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into("<I", patched, at + 24, declared)
            return bytes(patched)
    raise AssertionError(f"{name} not in the archive")


def test_an_exercise_that_unpacks_to_a_gigabyte_is_refused_in_bounded_memory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bomb.rmexercise"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("exercise.json", b"{}")
        streamed_member(archive, "article.txt", 1 << 30)
    assert path.stat().st_size < 2 << 20
    told, peak = opened_in_a_fresh_process("exercise", path)
    assert "bomb.rmexercise" in told and "more than 50 MB" in told
    assert peak < PEAK_LIMIT_MB


@pytest.mark.parametrize(
    ("how", "name", "member", "told_of"),
    [
        ("exercise", "liar.rmexercise", "exercise.json", "damaged (Bad CRC-32 for file"),
        ("annotations", "liar.qdpx", "project.qde", "“project.qde” cannot be unpacked (Bad CRC"),
    ],
)
def test_a_member_that_lies_about_its_size_is_unpacked_in_chunks(
    tmp_path: Path, how: str, name: str, member: str, told_of: str
) -> None:
    # 400 MB declared as 40 bytes: one unbounded read inflates it all before the CRC fails.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("article.txt", b"Short.")
        streamed_member(archive, member, 400 << 20, b" ")
    path = tmp_path / name
    path.write_bytes(lying_about_size(buffer.getvalue(), member, 40))
    told, peak = opened_in_a_fresh_process(how, path)
    assert name in told and told_of in told
    assert peak < PEAK_LIMIT_MB


DEEPLY_NESTED = ("[" * DEEP + "]" * DEEP).encode()


@pytest.mark.parametrize(
    ("how", "name", "contents"),
    [
        ("annotations", "deep.json", DEEPLY_NESTED),
        ("work", "deep.rmwork", b'{"exercise_id": ' + DEEPLY_NESTED + b"}"),
    ],
)
def test_json_nested_a_hundred_thousand_deep_is_refused_with_a_message(
    tmp_path: Path, how: str, name: str, contents: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(contents)
    told, peak = opened_in_a_fresh_process(how, path)
    assert told.startswith("message:") and "nest more than 200 levels deep" in told
    assert peak < PEAK_LIMIT_MB


def test_an_exercise_whose_manifest_nests_deep_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "deep.rmexercise"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("exercise.json", DEEPLY_NESTED)
        archive.writestr("article.txt", b"Text.")
    told, _ = opened_in_a_fresh_process("exercise", path)
    assert "deep.rmexercise" in told and "nest more than 200 levels deep" in told


def test_the_command_line_refuses_deep_annotation_json_without_a_traceback(
    tmp_path: Path,
) -> None:
    path = tmp_path / "deep.json"
    path.write_bytes(DEEPLY_NESTED)
    library = tmp_path / "library.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "readmark", "import-annotations", str(path), "--library", library],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
    assert "nest more than 200 levels deep" in done.stderr


def test_depth_is_counted_outside_strings_only() -> None:
    assert nesting_depth('{"a": "[[[{{\\"[[", "b": [[1]]}') == 3
    assert load_json(json.dumps({"a": [[["]]]]]"]]]})) == {"a": [[["]]]]]"]]]}
    with pytest.raises(RefusedInputError):
        load_json("[" * 201 + "]" * 201)


def test_a_library_with_a_negative_schema_version_is_refused_and_left_untouched(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    open_library(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = -3")
    before = path.read_bytes()
    with pytest.raises(DamagedLibraryError, match=r"damaged: its schema version \(-3\)"):
        open_library(path)
    assert path.read_bytes() == before


def test_a_disk_that_fills_during_import_is_a_message_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library.sqlite3"
    open_library(library).dispose()
    with sqlite3.connect(library) as connection:
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
    connect = database._on_connect

    def on_a_full_disk(dbapi_connection: sqlite3.Connection, record: object) -> None:
        connect(dbapi_connection, record)
        # SQLite's own SQLITE_FULL, as from a disk with no room left past these pages.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(database, "_on_connect", on_a_full_disk)
    secret = "Whistleblower testimony " * 20_000
    (tmp_path / "article.txt").write_text("Leaked memo\n\n" + secret, encoding="utf-8")
    code = cli.main(["import", str(tmp_path / "article.txt"), "--library", str(library)])
    shown = capsys.readouterr()
    assert code == 1
    assert "“article.txt” was not added: the disk is full." in shown.err
    assert "Traceback" not in shown.err and "Whistleblower" not in shown.err + shown.out


def exercise_file(text: str, tag: dict[str, str], title: str = "Title") -> bytes:
    """An exercise written by hand, as a hostile or careless tool might write one."""
    manifest = {
        "format": "readmark-exercise",
        "version": 1,
        "id": "x1",
        "instructions": "Tag it.\x1b[31m",
        "tags": [tag],
        "article": {
            "title": title,
            "source": "s",
            "content_hash": content_hash(text),
            "blocks": [],
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("exercise.json", json.dumps(manifest))
        archive.writestr("article.txt", text.encode("utf-8"))
    return buffer.getvalue()


def test_texts_in_an_exercise_reach_the_library_as_imported_texts_do() -> None:
    tag = {"name": "claim\x00\x1b", "colour": '#fff"><img src="/dev/zero">', "shortcut": "1"}
    exercise = read_exercise(exercise_file("Plain text.", tag, title="Ti\x00tle\x07"))
    assert exercise.article.title == "Title"
    assert exercise.instructions == "Tag it.[31m"
    assert exercise.tags[0].name == "claim"
    assert exercise.tags[0].colour == "#999999"
    with pytest.raises(ExerciseFormatError, match="control characters"):
        read_exercise(exercise_file("Escape \x1b[2J text.", tag))


def test_the_window_says_why_deep_files_are_refused(
    qtbot: QtBot, tmp_path: Path, messages: list[str]
) -> None:
    window = create_window(str(tmp_path / "library.sqlite3"))
    qtbot.addWidget(window)
    annotations = tmp_path / "deep.json"
    annotations.write_bytes(DEEPLY_NESTED)
    exercise = tmp_path / "deep.rmexercise"
    with zipfile.ZipFile(exercise, "w") as archive:
        archive.writestr("exercise.json", DEEPLY_NESTED)
        archive.writestr("article.txt", b"Text.")
    documents = window.controller.documents()
    assert window.commands.exchange.import_file(annotations) is None
    assert window.commands.classroom.open_exercise_file(exercise) is None
    assert len(messages) == 2
    assert all("nest more than 200 levels deep" in message for message in messages)
    assert "deep.json" in messages[0] and "deep.rmexercise" in messages[1]
    assert window.controller.documents() == documents
    window.close()
