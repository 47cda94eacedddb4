"""The exercise and work files: a round trip keeps every character and offset; bad files are
named as such; the key stays inside the student's view unless the teacher shares it."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factories import make_article
from readmark.core.exercise import (
    Exercise,
    ExerciseTag,
    KeyHiddenError,
    Passage,
    Work,
    for_student,
    new_work,
)
from readmark.core.exercise_files import (
    ExerciseFormatError,
    decode_exercise,
    encode_exercise,
    read_exercise,
    read_work,
    write_exercise,
    write_work,
)
from readmark.core.importing import normalise_text

TAGS = (
    ExerciseTag("claim", "#0072B2", "1", "A checkable statement"),
    ExerciseTag("quote", "#CC79A7"),
)
TEXT = "Headline 🎉\n\nThe café said “42 % rose”.\n\nA second paragraph with ümlauts."


def exercise(
    text: str = TEXT, key: tuple[Passage, ...] | None = (), reveal: bool = False
) -> Exercise:
    if key == ():
        start = text.index("“42")
        key = (Passage("claim", start, start + 10, text[start : start + 10], "note ✓"),)
    return Exercise(
        Exercise.new_id(), "Tag every claim.\nThen quotes.", make_article(text), TAGS, key, reveal
    )


def as_bytes(value: Exercise) -> bytes:
    stream = io.BytesIO()
    write_exercise(value, stream)
    return stream.getvalue()


# Texts as a document holds them (normalised as an import leaves them), astral ones included.
texts = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
    .map(normalise_text)
    .filter(bool)
)


@settings(max_examples=60)
@given(texts, st.data())
def test_a_round_trip_keeps_texts_and_offsets(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    key = (Passage("quote", start, end, text[start:end], "“note” 🎉"),)
    original = exercise(text, key, reveal=data.draw(st.booleans()))
    assert read_exercise(as_bytes(original)) == original
    assert decode_exercise(encode_exercise(original)) == original
    student = for_student(original)
    work = new_work(student, "Zoë 🦊", key, datetime(2025, 1, 2, tzinfo=UTC))
    stream = io.BytesIO()
    write_work(work, stream)
    assert read_work(stream.getvalue(), original) == work


def test_the_file_starts_with_its_mimetype_and_holds_the_key_apart() -> None:
    with zipfile.ZipFile(io.BytesIO(as_bytes(exercise()))) as archive:
        assert archive.namelist()[0] == "mimetype"
        assert archive.read("mimetype") == b"application/x-readmark-exercise"
        assert "key.json" in archive.namelist()
    with zipfile.ZipFile(io.BytesIO(as_bytes(exercise(key=None)))) as archive:
        assert "key.json" not in archive.namelist()


def test_a_hidden_key_is_not_readable_from_the_student_view() -> None:
    original = exercise(reveal=False)
    student = for_student(read_exercise(as_bytes(original)))
    assert student.has_key and not student.reveal_key
    assert not hasattr(student, "key")
    assert "key" not in repr(student).replace("has_key", "").replace("reveal_key", "")
    with pytest.raises(KeyHiddenError):
        student.revealed_key()
    feedback = student.check([])
    assert feedback.missed == () and feedback.missed_counts == {"claim": 1, "quote": 0}
    shown = for_student(replace(original, reveal_key=True))
    assert shown.revealed_key() == original.key
    assert shown.check([]).missed == original.key
    with pytest.raises(KeyHiddenError):
        for_student(exercise(key=None)).check([])


def damaged(data: bytes) -> bytes:
    return data[: len(data) // 2]


def rewritten(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.namelist():
            target.writestr(item, content if item == name else source.read(item))
    return out.getvalue()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: b"just some text", "not a Readmark exercise"),
        (damaged, "damaged"),
        (lambda d: rewritten(d, "article.txt", TEXT.replace("café", "cafe").encode()), "checksum"),
        (lambda d: rewritten(d, "exercise.json", b"{]"), "damaged"),
        (lambda d: rewritten(d, "exercise.json", b'{"format": "other"}'), "not a Readmark"),
        (lambda d: rewritten(d, "key.json", b'{"passages": [{"tag": "claim"}]}'), "damaged"),
        (
            lambda d: rewritten(
                d,
                "key.json",
                b'{"passages": [{"tag":"claim","start":0,"end":3,"exact":"Nop","note":""}]}',
            ),
            "do not match its text",
        ),
        (lambda d: b'{"format": "readmark-work", "passages": []}', "work file"),
    ],
)
def test_bad_exercise_files_say_why(make: object, reason: str) -> None:
    with pytest.raises(ExerciseFormatError, match=reason):
        read_exercise(make(as_bytes(exercise())))  # type: ignore[operator]


def work_bytes(work: Work) -> bytes:
    stream = io.BytesIO()
    write_work(work, stream)
    return stream.getvalue()


def test_bad_work_files_say_why() -> None:
    mine = exercise()
    other = exercise()
    student = for_student(mine)
    good = new_work(student, "Ana", list(mine.key or ()), datetime.now(UTC))
    assert read_work(work_bytes(good), mine) == good
    with pytest.raises(ExerciseFormatError, match="another exercise"):
        read_work(work_bytes(good), other)
    with pytest.raises(ExerciseFormatError, match="text differs"):
        read_work(work_bytes(replace(good, content_hash="0" * 64)), mine)
    moved = replace(good, passages=(replace(good.passages[0], start=0),))
    with pytest.raises(ExerciseFormatError, match="do not match"):
        read_work(work_bytes(moved), mine)
    with pytest.raises(ExerciseFormatError, match="not a Readmark work file"):
        read_work(as_bytes(mine), mine)
