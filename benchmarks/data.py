"""Generated articles and annotations of realistic shape, the same for the same seed, and the
library files the benchmarks open."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from readmark.core.anchoring import CONTEXT_LENGTH
from readmark.core.importing import content_hash
from readmark.core.model import Article
from readmark.core.text import Block, BlockKind, assemble, trim_span

SEED = 20240611
MB = 1_000_000  # a "1 MB" document holds this many bytes of UTF-8

_WORDS = (  # noqa: SIM905 (a paragraph of words reads better than a list)
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there been one all we their has would when if "
    "so no what up out about who them some could him into its then two more these time only "
    "new may like than now other over also after first most where made government council "
    "minister report budget data study research figures percent million billion housing school "
    "hospital water energy prices market workers union election vote court police climate "
    "policy survey committee inquiry evidence sources statement interview officials residents "
    "spokesperson analysts economists increase decline rise fall growth shortage funding plans "
    "region city village province national local public private federal international years "
    "months week yesterday today morning evening spring summer autumn winter north south river "
    "bridge station road harbour factory farm village museum library archive newspaper"
).split()
# Words readers meet in real articles that are not plain ASCII.
_FOREIGN = (  # noqa: SIM905
    "café naïve façade résumé Zürich São Paulo Kraków Malmö Ærø Gdańsk Bogotá Curaçao "
    "Ελλάδα Αθήνα Москва Київ 東京 北京 서울 Łódź Øresund Reykjavík über déjà señora"
).split()
_NAMES = ("Okafor", "Nguyen", "García", "Müller", "Kowalski", "Haddad", "O’Brien", "Søren")
_VERBS = ("said", "told reporters", "argued", "wrote", "insisted", "added", "warned")
_ASTRAL = ("📈", "🌍", "🏥", "📊")  # outside the BMP: two UTF-16 units each


def _sentence(rng: random.Random) -> str:
    n = rng.randint(6, 30)
    words = [rng.choice(_WORDS) for _ in range(n)]
    for _ in range(rng.randint(0, 2)):
        words[rng.randrange(n)] = rng.choice(_FOREIGN)
    if rng.random() < 0.25:
        words.insert(rng.randrange(n), f"{rng.randint(2, 98)}{rng.choice(('%', ' per cent', ''))}")
    if rng.random() < 0.01:
        words.append(rng.choice(_ASTRAL))
    sentence = " ".join(words)
    sentence = sentence[0].upper() + sentence[1:]
    kind = rng.random()
    if kind < 0.12:
        return f"“{sentence},” {rng.choice(_NAMES)} {rng.choice(_VERBS)}."
    if kind < 0.18:
        return sentence + " — " + " ".join(rng.choice(_WORDS) for _ in range(5)) + "."
    if kind < 0.22:
        return sentence + "?"
    return sentence + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 9)))


def make_text(size: int, seed: int = SEED) -> tuple[str, list[Block]]:
    """An article of about `size` bytes of UTF-8, with headings, captions, quotes and lists."""
    rng = random.Random(seed)
    parts: list[tuple[BlockKind, str]] = []
    total = 0
    while total < size:
        roll = rng.random()
        if roll < 0.06:
            kind: BlockKind = "heading"
            content = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 8))).capitalize()
        elif roll < 0.10:
            kind, content = "caption", _sentence(rng) + " Photograph: " + rng.choice(_NAMES)
        elif roll < 0.14:
            kind, content = "quote", _paragraph(rng)
        elif roll < 0.18:
            kind, content = "list_item", _sentence(rng)
        else:
            kind, content = "paragraph", _paragraph(rng)
        parts.append((kind, content))
        total += len(content.encode()) + 2
    title = "Inquiry into the " + " ".join(rng.choice(_WORDS) for _ in range(5)) + " (café report)"
    return assemble(title, parts)


@dataclass(frozen=True)
class Span:
    tag_id: int
    start: int
    end: int
    note: str


def make_spans(text: str, count: int, tag_ids: list[int], seed: int = SEED) -> list[Span]:
    """`count` passages as coders mark them: mostly a clause or a sentence, some a phrase, a few
    several paragraphs long, and some nested inside others."""
    rng = random.Random(seed + count)
    length = len(text)
    spans: list[Span] = []
    while len(spans) < count:
        roll = rng.random()
        if roll < 0.08 and spans:
            outer = spans[rng.randrange(len(spans))]  # a passage inside another
            if outer.end - outer.start < 12:
                continue
            start = rng.randint(outer.start, outer.end - 10)
            end = rng.randint(start + 5, outer.end)
        else:
            start = rng.randrange(length - 1)
            if roll < 0.30:
                span = rng.randint(8, 40)
            elif roll < 0.99:
                span = rng.randint(40, 320)
            else:
                span = rng.randint(1_000, 6_000)
            end = min(length, start + span)
        start, end = trim_span(text, start, end)
        if start == end:
            continue
        note = ""
        if rng.random() < 0.2:
            note = rng.choice(("check the figure", "vérifier la source", "source?", "cf. p. 12"))
        spans.append(Span(rng.choice(tag_ids), start, end, note))
    return spans


def annotation_rows(
    document_id: int, text: str, spans: list[Span], coder: str, seed: int = SEED
) -> list[dict[str, object]]:
    """Rows for the annotations table, as the app stores them: each made by `coder`."""
    rng = random.Random(seed * 1_000 + document_id)
    epoch = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    rows = []
    for number, span in enumerate(spans):
        created = epoch + timedelta(seconds=rng.randrange(90 * 86_400))
        rows.append(
            {
                "id": f"{rng.getrandbits(128):032x}",
                "document_id": document_id,
                "tag_id": span.tag_id,
                "start": span.start,
                "end": span.end,
                "exact": text[span.start : span.end],
                "prefix": text[max(0, span.start - CONTEXT_LENGTH) : span.start],
                "suffix": text[span.end : span.end + CONTEXT_LENGTH],
                "note": span.note,
                "created_at": created,
                "updated_at": created + timedelta(minutes=number % 7),
                "orphaned": False,
                "origin": "",
                "coder": coder,
            }
        )
    return rows


def build_library(
    path: Path, documents: list[tuple[int, int]], decided: bool = False, seed: int = SEED
) -> list[int]:
    """A library file holding one generated document per (bytes, annotations) pair, the last of
    them the one the window opens; returns the documents' ids.

    `decided`: the reader has answered the question about repeated blocks, so opening the
    document skips the check for them (benchmark 1 measures an open with the check).
    """
    from sqlalchemy import insert

    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository
    from readmark.store.tables import AnnotationRow

    path.unlink(missing_ok=True)
    engine = open_library(path)
    repository = LibraryRepository(engine)
    repository.set_setting("seeded", "1")  # no sample article: the window opens ours
    tag_ids = [tag.id for tag in repository.tags()]
    coder = repository.coder()  # the user the window runs as: the passages are theirs
    ids = []
    for number, (size, count) in enumerate(documents):
        text, blocks = make_text(size, seed + number)
        article = Article(
            title=text[: blocks[0].end],
            text=text,
            source="benchmark",
            content_hash=content_hash(text),
            blocks=tuple(blocks),
        )
        document, _ = repository.add_article(article)
        rows = annotation_rows(
            document.id, text, make_spans(text, count, tag_ids, seed), coder, seed
        )
        with engine.begin() as connection:
            for first in range(0, len(rows), 10_000):
                connection.execute(insert(AnnotationRow), rows[first : first + 10_000])
        if decided:
            repository.set_folded_blocks(document.id, ())
        ids.append(document.id)
    repository.set_setting("last_document_id", str(ids[-1]))
    repository.set_setting("recent_document_ids", json.dumps(ids[::-1]))
    repository.dispose()
    return ids


def library_file(
    cache: Path, name: str, documents: list[tuple[int, int]], decided: bool = False
) -> Path:
    """The library `name` under `cache`, built again when its documents, this generator or the
    schema change."""
    from readmark.store import tables

    path = cache / f"{name}.sqlite3"
    stamp = cache / f"{name}.json"
    sources = (Path(tables.__file__), Path(__file__))
    sources_hash = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()
    wanted = json.dumps(
        {"documents": documents, "decided": decided, "seed": SEED, "sources": sources_hash}
    )
    fresh = path.exists() and stamp.exists() and stamp.read_text() == wanted
    # A run stopped between a tag and its undo leaves one annotation too many behind.
    if not fresh or annotation_count(path) != sum(count for _, count in documents):
        cache.mkdir(parents=True, exist_ok=True)
        build_library(path, documents, decided)
        stamp.write_text(wanted)
    return path


def annotation_count(path: Path) -> int:
    """How many annotations the library file holds, read with sqlite3."""
    with sqlite3.connect(path) as connection:
        (count,) = connection.execute("SELECT count(*) FROM annotations").fetchone()
    connection.close()
    return int(count)


def book_library(scale: int, decided: bool = True) -> Path:
    """The book at `scale` (common.book) in a library of its own, in this run's cache."""
    from benchmarks import common

    name = f"book-{scale}x" if decided else f"book-{scale}x-undecided"
    return library_file(common.cache_folder(), name, [common.book(scale)], decided)


def many_library(scale: int) -> Path:
    """The library of many documents at `scale` (common.many_documents), in this run's cache."""
    from benchmarks import common

    documents = [(common.MANY_SIZE, common.MANY_PER_DOCUMENT)] * common.many_documents(scale)
    return library_file(common.cache_folder(), f"many-{scale}x", documents, decided=True)
