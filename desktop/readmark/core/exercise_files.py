"""The exercise and work files, as `exercise` holds what they carry.

An exercise file (.rmexercise) is a zip: `mimetype`, `exercise.json` (metadata, blocks, tags in
play, instructions), `article.txt` (the text, UTF-8) and, when the teacher marked one,
`key.json`. A work file (.rmwork) is one JSON object: a student's passages for one exercise.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from typing import Any, BinaryIO

from readmark.core.bounded import RefusedInputError, checked_colour, load_json, read_member
from readmark.core.exercise import REASONS, Exercise, ExerciseTag, Passage, StudentExercise, Work
from readmark.core.importing import MAX_FILE_BYTES as MAX_TEXT_BYTES
from readmark.core.importing import content_hash, without_unwanted
from readmark.core.model import Article
from readmark.core.text import BLOCK_KINDS, Block
from readmark.core.texts import tr

EXERCISE_SUFFIX = ".rmexercise"
WORK_SUFFIX = ".rmwork"
EXERCISE_MIMETYPE = "application/x-readmark-exercise"
WORK_MIMETYPE = "application/x-readmark-work"
EXERCISE_FORMAT = "readmark-exercise"
WORK_FORMAT = "readmark-work"
VERSION = 1
MAX_FILE_BYTES = 100 * 1024 * 1024
# The JSON parts (exercise.json, key.json, a work file): honest ones hold an article's blocks
# and passages, a few MB at most; parsed JSON takes many times its size in memory.
MAX_JSON_BYTES = 16 * 1024 * 1024
# Past these a name, a key or a description is not one a person typed.
MAX_NAME_CHARS = 200
MAX_SHORTCUT_CHARS = 20


class ExerciseFormatError(Exception):
    """A file that is not a usable exercise or work file; str() says why, as a clause."""


# The exercise file


def write_exercise(exercise: Exercise, stream: BinaryIO) -> None:
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        # First and uncompressed, as in OpenDocument: lets a desktop recognise the file type.
        archive.writestr("mimetype", EXERCISE_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("exercise.json", _dumps(_manifest(exercise)))
        archive.writestr("article.txt", exercise.article.text.encode("utf-8"))
        if exercise.key is not None:
            archive.writestr("key.json", _dumps({"passages": _passages_out(exercise.key)}))


def read_exercise(data: bytes) -> Exercise:
    """The exercise in a file's bytes; ExerciseFormatError if it is not one or is damaged."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.lstrip()[:1] == b"{" and WORK_FORMAT.encode() in data[:4096]:
            raise ExerciseFormatError(tr("it is a student's work file, not an exercise"))
        if data[:2] == b"PK":
            raise ExerciseFormatError(tr("it is damaged (an incomplete or broken zip file)"))
        raise ExerciseFormatError(tr("it is not a Readmark exercise (not a zip file)"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "exercise.json" not in names or "article.txt" not in names:
                raise ExerciseFormatError(tr("it is not a Readmark exercise"))
            manifest = load_json(read_member(archive, "exercise.json", MAX_JSON_BYTES))
            text = read_member(archive, "article.txt", MAX_TEXT_BYTES).decode("utf-8")
            key = (
                load_json(read_member(archive, "key.json", MAX_JSON_BYTES))
                if "key.json" in names
                else None
            )
    except RefusedInputError as error:
        raise ExerciseFormatError(str(error)) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as error:
        raise ExerciseFormatError(tr("it is damaged ({error})").format(error=error)) from None
    except NotImplementedError:
        raise ExerciseFormatError(tr("it is packed in a way Readmark cannot read")) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExerciseFormatError(tr("it is damaged (its contents cannot be read)")) from None
    return _exercise(manifest, text, key)


def encode_exercise(exercise: Exercise) -> str:
    """The whole exercise as one JSON text, to keep in a library's settings."""
    manifest = _manifest(exercise)
    manifest["text"] = exercise.article.text
    if exercise.key is not None:
        manifest["key"] = {"passages": _passages_out(exercise.key)}
    return _dumps(manifest).decode("utf-8")


def decode_exercise(encoded: str) -> Exercise:
    manifest = json.loads(encoded)
    return _exercise(manifest, manifest.pop("text"), manifest.pop("key", None))


def _manifest(exercise: Exercise) -> dict[str, Any]:
    article = exercise.article
    return {
        "format": EXERCISE_FORMAT,
        "version": VERSION,
        "id": exercise.id,
        "instructions": exercise.instructions,
        "reveal_key": exercise.reveal_key,
        "has_key": exercise.key is not None,
        "tags": [
            {
                "name": t.name,
                "colour": t.colour,
                "shortcut": t.shortcut,
                "description": t.description,
            }
            for t in exercise.tags
        ],
        "article": {
            "title": article.title,
            "source": article.source,
            "author": article.author,
            "published": article.published,
            "site": article.site,
            "url": article.url,
            "content_hash": article.content_hash,
            "blocks": [[b.kind, b.start, b.end] for b in article.blocks],
        },
    }


def _exercise(manifest: Any, text: str, key: Any) -> Exercise:
    if not isinstance(manifest, dict) or manifest.get("format") != EXERCISE_FORMAT:
        raise ExerciseFormatError(tr("it is not a Readmark exercise"))
    if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
        raise ExerciseFormatError(tr("it was made by a newer Readmark; update Readmark to open it"))
    try:
        meta = manifest["article"]
        if content_hash(text) != meta["content_hash"]:
            raise ExerciseFormatError(tr("it is damaged (its text does not match its checksum)"))
        if without_unwanted(text) != text:
            # The passages' offsets count these, so they cannot be dropped as an import would.
            raise ExerciseFormatError(tr("it is damaged (its text holds control characters)"))
        article = Article(
            title=_field(meta["title"]),
            text=text,
            source=_field(meta["source"]),
            content_hash=meta["content_hash"],
            blocks=_blocks(meta["blocks"], len(text)),
            author=_field(meta.get("author", "")),
            published=_field(meta.get("published", "")),
            site=_field(meta.get("site", "")),
            url=_field(meta.get("url", "")),
        )
        tags = tuple(_tag(t) for t in manifest["tags"])
        names = {t.name for t in tags}
        passages = None if key is None else _passages_in(key["passages"], text, names)
        return Exercise(
            id=str(manifest["id"]),
            instructions=_field(manifest.get("instructions", "")),
            article=article,
            tags=tags,
            key=passages,
            reveal_key=bool(manifest.get("reveal_key", False)),
        )
    except (KeyError, TypeError, ValueError):
        raise ExerciseFormatError(
            tr("it is damaged (a part of it is missing or malformed)")
        ) from None


def _field(value: Any) -> str:
    """A text from the file as the library keeps text: no NUL or escape characters."""
    return without_unwanted(str(value))


def _tag(raw: Any) -> ExerciseTag:
    """A tag in play, checked: its colour goes into pages and its key into the window."""
    name = " ".join(_field(raw["name"]).split())
    if not name or len(name) > MAX_NAME_CHARS:
        raise ExerciseFormatError(tr("it is damaged (a tag's name is empty or too long)"))
    shortcut = _field(raw.get("shortcut", "")).strip()
    return ExerciseTag(
        name,
        checked_colour(str(raw["colour"])),
        shortcut if len(shortcut) <= MAX_SHORTCUT_CHARS else "",
        _field(raw.get("description", "")),
    )


def _blocks(raw: Any, length: int) -> tuple[Block, ...]:
    blocks = tuple(Block(kind, int(start), int(end)) for kind, start, end in raw)
    if any(b.kind not in BLOCK_KINDS or not 0 <= b.start <= b.end <= length for b in blocks):
        raise ExerciseFormatError(tr("it is damaged (its paragraphs do not fit its text)"))
    return blocks


def _passages_out(passages: Iterable[Passage]) -> list[dict[str, Any]]:
    return [
        {"tag": p.tag, "start": p.start, "end": p.end, "exact": p.exact, "note": p.note}
        | ({"reason": p.reason} if p.reason else {})
        for p in passages
    ]


def _passages_in(raw: Any, text: str, tags: set[str]) -> tuple[Passage, ...]:
    passages = tuple(
        Passage(
            " ".join(_field(p["tag"]).split()),
            int(p["start"]),
            int(p["end"]),
            str(p["exact"]),
            _field(p["note"]),
            # A cue this version does not know (a newer one's) is left out, not refused.
            reason if (reason := p.get("reason")) in REASONS else "",
        )
        for p in raw
    )
    for p in passages:
        if p.tag not in tags:
            not_in_play = tr("it has a passage of “{tag}”, a tag not in play")
            raise ExerciseFormatError(not_in_play.format(tag=p.tag))
        if not 0 <= p.start < p.end <= len(text) or text[p.start : p.end] != p.exact:
            raise ExerciseFormatError(tr("its passages do not match its text"))
    return passages


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")


# The work file


def write_work(work: Work, stream: BinaryIO) -> None:
    stream.write(
        _dumps(
            {
                "format": WORK_FORMAT,
                "version": VERSION,
                "exercise_id": work.exercise_id,
                "content_hash": work.content_hash,
                "student": work.student,
                "exported": work.exported,
                "passages": _passages_out(work.passages),
            }
        )
    )


def read_work(data: bytes, exercise: Exercise | StudentExercise) -> Work:
    """The work in a file's bytes, checked against its exercise: ExerciseFormatError if it is
    not a work file, belongs to another exercise, or its passages are not in the text."""
    if len(data) > MAX_JSON_BYTES:
        raise ExerciseFormatError(tr("it is too large for a work file (over 16 MB)"))
    try:
        raw = load_json(data)
    except RefusedInputError as error:
        raise ExerciseFormatError(str(error)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExerciseFormatError(tr("it is not a Readmark work file")) from None
    if not isinstance(raw, dict) or raw.get("format") != WORK_FORMAT:
        raise ExerciseFormatError(tr("it is not a Readmark work file"))
    if not isinstance(raw.get("version"), int) or raw["version"] > VERSION:
        raise ExerciseFormatError(tr("it was made by a newer Readmark; update Readmark to read it"))
    if raw.get("exercise_id") != exercise.id:
        raise ExerciseFormatError(tr("it is the work for another exercise"))
    text = exercise.article.text
    if raw.get("content_hash") != exercise.article.content_hash:
        raise ExerciseFormatError(tr("its document's text differs from the exercise's"))
    try:
        passages = _passages_in(raw["passages"], text, set(exercise.tag_names))
        return Work(
            exercise.id,
            exercise.article.content_hash,
            _field(raw.get("student", "")),
            _field(raw.get("exported", "")),
            passages,
        )
    except (KeyError, TypeError, ValueError):
        raise ExerciseFormatError(
            tr("it is damaged (a part of it is missing or malformed)")
        ) from None
