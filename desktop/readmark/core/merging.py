"""What an annotation import decides (no store, no Qt): which of a file's tags to create, how a
file's different note joins the one a passage has, where a passage stands in a document's
text, and the annotation it becomes there."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from readmark.core.anchoring import CONTEXT_LENGTH, Anchor, locate
from readmark.core.bounded import FALLBACK_COLOUR, checked_colour
from readmark.core.csv_export import unneutralise_cell
from readmark.core.incoming import IncomingAnnotation
from readmark.core.model import Annotation, CodeEntry, Document, Tag
from readmark.core.text import storable

# A file names its tags; these bounds keep a hostile one from flooding the codebook.
MAX_NEW_TAGS = 1000
MAX_TAG_NAME = 200
ORIGINS = frozenset({"", "suggestion"})  # where an annotation may say it came from


def tag_key(name: str) -> str:
    """What a tag's name is matched by: as stored, spaces around and case aside."""
    return storable(name).strip().casefold()


def tags_to_create(
    declared: Sequence[CodeEntry], used: Iterable[str], existing: Sequence[Tag]
) -> tuple[list[CodeEntry], list[tuple[str, str]]]:
    """The tags a file brings that the library lacks (matched by tag_key), parents before
    children, with sound colours; and (name, why) for those refused. Tags the file's
    annotations use without declaring them come too, grey. A group whose tag is refused
    leaves its children at the top level."""
    known = {tag_key(tag.name) for tag in existing}
    wanted = {tag_key(entry.name): entry for entry in reversed(declared)}
    for name in used:
        wanted.setdefault(tag_key(name), CodeEntry(name, FALLBACK_COLOUR, "", None))
    groups_first = sorted(declared, key=lambda entry: entry.parent is not None)
    order = [tag_key(e.name) for e in groups_first] + [tag_key(n) for n in used]
    create: list[CodeEntry] = []
    refused: list[tuple[str, str]] = []
    planned: set[str] = set()
    for key in dict.fromkeys(order):
        entry = wanted[key]
        name = storable(entry.name).strip()
        if not name or key in known | planned:
            continue
        if len(name) > MAX_TAG_NAME:
            refused.append((f"{name[:40]}…", f"a tag name longer than {MAX_TAG_NAME} characters"))
            continue
        parent = entry.parent if entry.parent and tag_key(entry.parent) in known | planned else None
        description = storable(entry.description)
        create.append(
            CodeEntry(name, checked_colour(entry.colour), description, parent, entry.fields)
        )
        planned.add(key)
    return create, refused


def note_separator(file_name: str) -> str:
    return f"——— from “{file_name}” ———"


def joined_note(mine: str, theirs: str, file_name: str) -> str | None:
    """The note a passage keeps when a file brings `theirs` for it: both texts, the file's
    marked as coming from it; None when the file adds nothing (no note, or one already kept)."""
    if not theirs.strip() or theirs == mine or f"{note_separator(file_name)}\n{theirs}" in mine:
        return None
    if not mine.strip():
        return theirs
    return f"{mine}\n\n{note_separator(file_name)}\n{theirs}"


def is_older(theirs: datetime, mine: datetime) -> bool:
    """Whether a file's copy of an annotation was last changed before the one here, at the
    file's precision: a .qdpx keeps whole seconds, so the same second is not older."""
    if theirs.microsecond == 0:
        mine = mine.replace(microsecond=0)
    return theirs < mine


def place(text: str, incoming: IncomingAnnotation, search: bool = True) -> tuple[int, int] | None:
    """Where the annotation stands in the document's text: at its offsets when its words are
    there (a CSV's apostrophe before a formula-like passage allowed for); else, with
    `search`, where its words and their surroundings are found; None if they are not.
    An orphaned annotation keeps its offsets: its words were already gone."""
    start, end = incoming.start, incoming.end
    if incoming.orphaned:
        return (start, end) if 0 <= start <= end else None
    if 0 <= start < end <= len(text):
        here = text[start:end]
        if not incoming.exact or here in (incoming.exact, unneutralise_cell(incoming.exact)):
            return start, end
    if not search or not incoming.exact.strip():
        return None
    anchor = Anchor(
        max(start, 0), max(end, 0), incoming.exact, incoming.prefix or "", incoming.suffix or ""
    )
    return locate(text, anchor)


def new_annotation(
    identity: str,
    document: Document,
    tag: Tag,
    span: tuple[int, int],
    incoming: IncomingAnnotation,
    now: datetime,
    coder: str,
) -> Annotation:
    start, end = span
    text = document.text
    if incoming.orphaned:
        # Its words are not in this text: keep them, and their old surroundings, as they came.
        exact, prefix, suffix = incoming.exact, incoming.prefix or "", incoming.suffix or ""
    else:
        exact = text[start:end]
        prefix = text[max(0, start - CONTEXT_LENGTH) : start]
        suffix = text[end : end + CONTEXT_LENGTH]
    created = incoming.created_at or now
    return Annotation(
        id=identity,
        document_id=document.id,
        tag_id=tag.id,
        start=start,
        end=end,
        exact=storable(exact),
        prefix=storable(prefix),
        suffix=storable(suffix),
        note=storable(incoming.note),
        created_at=created,
        updated_at=max(incoming.updated_at or created, created),
        orphaned=incoming.orphaned,
        origin=incoming.origin if incoming.origin in ORIGINS else "",
        field_values=tuple((name, storable(value)) for name, value in incoming.field_values),
        coder=incoming.coder or coder,
    )
