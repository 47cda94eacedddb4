"""W3C Web Annotation (JSON-LD) export of annotations and reading such files back; with the
records every annotation import (JSON, CSV, REFI-QDA) hands to the library."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from readmark.core.bounded import RefusedInputError, load_json
from readmark.core.fields import (
    CHECK_WORTHY,
    EVIDENCE,
    VERDICT,
    FieldError,
    FieldValues,
    specs_from_json,
    specs_json,
)
from readmark.core.importing import content_hash
from readmark.core.links import EVIDENCE_KINDS, LINK_KINDS, Link, LinkKind
from readmark.core.model import Annotation, Article, CodeEntry, Document, Tag
from readmark.core.text import BLOCK_KINDS, Block, split_blocks

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Readmark's own terms (the documents' texts, orphaned, origin): other software ignores them.
READMARK_PREFIX = "readmark"
READMARK_NAMESPACE = "urn:readmark:"
CONTEXT: list[Any] = [ANNOTATION_CONTEXT, {READMARK_PREFIX: READMARK_NAMESPACE}]
MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'

_R = f"{READMARK_PREFIX}:"
_TAG_PURPOSES = ("tagging", "classifying", "oa:tagging", "oa:classifying")
_NOTE_PURPOSES = ("commenting", "describing", "oa:commenting", "oa:describing")
_FIELD_PURPOSES = {VERDICT: "assessing", CHECK_WORTHY: "assessing", EVIDENCE: "linking"}


class ExchangeFormatError(ValueError):
    """A file that cannot be read as annotations; str() is a reason to show the user."""


@dataclass(frozen=True)
class IncomingDocument:
    """A document as an annotation file names it."""

    key: str  # how the file's annotations refer to it
    content_hash: str  # "" when the file does not say
    title: str
    article: Article | None  # the whole text, when the file carries it
    url: str = ""  # the web address the file names it by, when it does
    label: str = ""  # what kind of information it is (core.document_labels), when it says


@dataclass(frozen=True)
class IncomingAnnotation:
    """An annotation read from a file, before it is matched to the library's documents and tags.
    Offsets are code points into the document's text, end exclusive."""

    document_key: str
    tag: str
    start: int
    end: int
    exact: str
    note: str = ""
    id: str | None = None  # a uuid hex; None when the file gives no stable identity
    prefix: str | None = None
    suffix: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    orphaned: bool = False
    origin: str = ""
    coder: str = ""  # who made it, when the file says
    address: str = ""  # the web address its target names, if any
    where: str = ""  # where it stands in the file, for messages
    field_values: FieldValues = ()  # its tag's fields, where the file gives them
    # Its links to other passages of the file, as a Readmark file gives them: (kind, their id).
    links: tuple[tuple[LinkKind, str], ...] = ()


@dataclass(frozen=True)
class Incoming:
    documents: tuple[IncomingDocument, ...]
    annotations: tuple[IncomingAnnotation, ...]
    skipped: tuple[tuple[str, str], ...] = ()  # (what, why) the reader already passed over
    tags: tuple[CodeEntry, ...] = ()  # the tags the file declares, parents first


# Writing


def document_iri(content_hash: str) -> str:
    """The document's name as a hash IRI (RFC 6920): the same text has the same name anywhere."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(content_hash)).decode().rstrip("=")
    return f"ni:///sha-256;{digest}"


def hash_of_iri(iri: str) -> str:
    """The hex content hash an `ni:///sha-256;...` IRI names, or "" for any other IRI."""
    prefix = "ni:///sha-256;"
    if not iri.startswith(prefix):
        return ""
    digest = iri[len(prefix) :]
    try:
        raw = base64.urlsafe_b64decode(digest + "=" * (-len(digest) % 4))
    except (binascii.Error, ValueError):
        return ""
    return raw.hex() if len(raw) == 32 else ""


def annotation_iri(annotation_id: str) -> str:
    try:
        return uuid.UUID(hex=annotation_id).urn
    except ValueError:
        return f"{READMARK_NAMESPACE}annotation:{annotation_id}"


def write_web_annotations(
    documents: Sequence[tuple[Document, Sequence[Annotation]]],
    tags: Sequence[Tag],
    stream: TextIO,
    generator: str,
    generated: datetime,
    links: Sequence[Link] = (),
) -> int:
    """Writes an AnnotationCollection holding every annotation (one page), with each
    document's text and metadata under readmark:documents; returns how many annotations.
    A link between two of them is a "linking" body of its source's annotation, naming the
    target's annotation by its id, the kind in readmark:link."""
    names = {tag.id: tag.name for tag in tags}
    written = {a.id for _, annotations in documents for a in annotations}
    outgoing: dict[str, list[Link]] = {}
    evidence: dict[str, list[Link]] = {}
    for link in links:
        if link.source_id in written and link.target_id in written:
            outgoing.setdefault(link.source_id, []).append(link)
            if link.kind in EVIDENCE_KINDS:
                evidence.setdefault(link.target_id, []).append(link)
    items = [
        _annotation_json(
            annotation,
            document,
            names.get(annotation.tag_id, ""),
            outgoing.get(annotation.id),
            evidence.get(annotation.id, ()),
        )
        for document, annotations in documents
        for annotation in annotations
    ]
    collection = {
        "@context": CONTEXT,
        "id": uuid.uuid4().urn,
        "type": "AnnotationCollection",
        "label": "Readmark annotations",
        "generator": {"type": "Software", "name": generator},
        "generated": _time(generated),
        "total": len(items),
        f"{_R}tags": [_tag_json(tag, names) for tag in tags],
        f"{_R}documents": [_document_json(document) for document, _ in documents],
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    json.dump(collection, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(items)


def _tag_json(tag: Tag, names: dict[int, str]) -> dict[str, object]:
    entry: dict[str, object] = {"name": tag.name, "colour": tag.colour}
    if tag.description:
        entry["description"] = tag.description
    if tag.parent_id is not None and tag.parent_id in names:
        entry["parent"] = names[tag.parent_id]
    if tag.fields:
        entry["fields"] = specs_json(tag.fields)
    return entry


def _annotation_json(
    annotation: Annotation,
    document: Document,
    tag: str,
    links: list[Link] | None,
    evidence: Sequence[Link] = (),
) -> dict[str, Any]:
    body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": tag}]
    if annotation.note:
        body.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/plain",
            }
        )
    # Each field a body of its own, named by readmark:field: a verdict is an assessment, an
    # evidence link links, the rest describe the passage.
    body.extend(
        {
            "type": "TextualBody",
            "purpose": _FIELD_PURPOSES.get(name, "describing"),
            "value": value,
            "format": "text/plain",
            f"{_R}field": name,
        }
        for name, value in annotation.field_values
    )
    body.extend(
        {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": annotation_iri(link.target_id),
            f"{_R}link": link.kind,
        }
        for link in links or ()
    )
    # A claim's evidence passages beside its evidence addresses: the passages that support or
    # contradict it, by id (the link itself is also a body of the passage it starts from).
    body.extend(
        {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": annotation_iri(link.source_id),
            f"{_R}field": EVIDENCE,
            f"{_R}link": link.kind,
        }
        for link in evidence
    )
    motivation = (
        ["tagging"] + ["commenting"] * bool(annotation.note) + ["linking"] * bool(links or evidence)
    )
    item: dict[str, Any] = {
        "id": annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": motivation if len(motivation) > 1 else "tagging",
        "created": _time(annotation.created_at),
        "modified": _time(annotation.updated_at),
        "body": body,
        "target": {
            # The address a web tool knows the page by; the text's hash names it exactly.
            "source": document.url or document_iri(document.content_hash),
            f"{_R}text": document_iri(document.content_hash),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.exact,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
        },
    }
    if annotation.coder:
        item["creator"] = {"type": "Person", "name": annotation.coder}
    if annotation.orphaned:
        item[f"{_R}orphaned"] = True
    if annotation.origin:
        item[f"{_R}origin"] = annotation.origin
    return item


def _document_json(document: Document) -> dict[str, Any]:
    return {
        "id": document_iri(document.content_hash),
        "type": "Text",
        "format": "text/plain",
        f"{_R}title": document.title,
        f"{_R}source": document.source,
        f"{_R}author": document.author,
        f"{_R}published": document.published,
        f"{_R}site": document.site,
        f"{_R}url": document.url,
        f"{_R}blocks": [[b.kind, b.start, b.end] for b in document.blocks],
        f"{_R}text": document.text,
        **({f"{_R}label": document.label} if document.label else {}),
    }


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


# Reading


def read_web_annotations(data: bytes) -> Incoming:
    """The annotations of a Web Annotation JSON file: a collection (its pages embedded), a
    page, one annotation, or a list of annotations. Texts come from readmark:documents when
    the file has them. Raises ExchangeFormatError when the file is not of that shape."""
    try:
        root = load_json(data)
    except RefusedInputError as error:
        raise ExchangeFormatError(str(error)) from None
    except UnicodeDecodeError:
        raise ExchangeFormatError("it is not a UTF-8 text file") from None
    except json.JSONDecodeError as error:
        raise ExchangeFormatError(
            f"it is not JSON (line {error.lineno}: {error.msg.lower()})"
        ) from None
    items = list(_items(root))
    documents = _documents(root) if isinstance(root, dict) else {}
    annotations: list[IncomingAnnotation] = []
    skipped: list[tuple[str, str]] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not _has_type(item, "Annotation"):
            raise ExchangeFormatError(f"its item {number} is not a Web Annotation")
        where = str(item.get("id") or f"annotation {number}")
        try:
            annotation = _annotation(item, where)
        except _UnusableError as reason:
            skipped.append((where, str(reason)))
            continue
        annotations.append(annotation)
        key = annotation.document_key
        if key not in documents:
            documents[key] = IncomingDocument(key, hash_of_iri(key), "", None, annotation.address)
    tags = _tags(root.get(f"{_R}tags", [])) if isinstance(root, dict) else ()
    return Incoming(tuple(documents.values()), tuple(annotations), tuple(skipped), tags)


def _tags(listed: object) -> tuple[CodeEntry, ...]:
    """The tags a Readmark file declares (name, colour, description, group); others ignored."""
    entries = []
    for entry in listed if isinstance(listed, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        parent = entry.get("parent")
        description = entry.get("description")
        try:
            fields = specs_from_json(entry.get("fields", []))
        except FieldError:
            fields = ()  # written by another program: the tag comes without them
        entries.append(
            CodeEntry(
                entry["name"],
                str(entry.get("colour", "")),
                description if isinstance(description, str) else "",
                parent if isinstance(parent, str) and parent.strip() else None,
                fields,
            )
        )
    return tuple(entries)


class _UnusableError(Exception):
    """An annotation Readmark cannot take (no text selector, no tag, ...): skipped, not fatal."""


def _items(root: object) -> Iterator[object]:
    if isinstance(root, list):
        if not root:
            return
        yield from root
        return
    if not isinstance(root, dict):
        raise ExchangeFormatError("it is not a Web Annotation file (neither an object nor a list)")
    if _has_type(root, "Annotation"):
        yield root
    elif _has_type(root, "AnnotationPage"):
        yield from _page_items(root)
    elif _has_type(root, "AnnotationCollection"):
        page = root.get("first")
        if page is None:
            if root.get("total", 0) not in (0, None):
                raise ExchangeFormatError("its collection has no pages")
            return
        seen = 0
        while page is not None:
            if not isinstance(page, dict):
                raise ExchangeFormatError(
                    "its annotations are on pages elsewhere (the collection only links to them)"
                )
            yield from _page_items(page)
            page = page.get("next")
            seen += 1
            if seen > 100_000:
                raise ExchangeFormatError("its pages link in a circle")
    else:
        raise ExchangeFormatError(
            "it is not a Web Annotation file (no Annotation, AnnotationPage or "
            "AnnotationCollection in it)"
        )


def _page_items(page: dict[str, Any]) -> list[object]:
    items = page.get("items", [])
    if not isinstance(items, list):
        raise ExchangeFormatError("a page of its annotations has no list of items")
    return items


def _is_address(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _has_type(value: dict[str, Any], name: str) -> bool:
    kinds = value.get("type", value.get("@type"))
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return name in kinds or f"oa:{name}" in kinds


def _annotation(item: dict[str, Any], where: str) -> IncomingAnnotation:
    source, address, selectors = _target(item.get("target"))
    position = next((s for s in selectors if _has_type(s, "TextPositionSelector")), None)
    quote = next((s for s in selectors if _has_type(s, "TextQuoteSelector")), None)
    exact = quote.get("exact") if quote is not None else None
    if exact is not None and not isinstance(exact, str):
        raise _UnusableError("its quote is not text")
    start, end = (-1, -1)  # no position: found by the quote alone
    if position is not None:
        first, last = position.get("start"), position.get("end")
        if not (isinstance(first, int) and isinstance(last, int) and _whole(first)):
            raise _UnusableError("its text position is not a pair of offsets")
        if isinstance(last, bool) or not 0 <= first <= last:
            raise _UnusableError("its text position is not a pair of offsets")
        start, end = first, last
    elif exact is None:
        raise _UnusableError("it selects no text (no TextPositionSelector or TextQuoteSelector)")
    tag, note, field_values = _bodies(item)
    orphaned = item.get(f"{_R}orphaned") is True
    origin = item.get(f"{_R}origin")
    return IncomingAnnotation(
        document_key=source,
        address=address,
        tag=tag,
        start=start,
        end=end,
        exact=exact if exact is not None else "",
        note=note,
        id=_identity(item.get("id")),
        prefix=_text_or_none(quote, "prefix"),
        suffix=_text_or_none(quote, "suffix"),
        created_at=_parse_time(item.get("created")),
        updated_at=_parse_time(item.get("modified")),
        orphaned=orphaned,
        origin=origin if isinstance(origin, str) else "",
        coder=_creator_name(item.get("creator")),
        where=where,
        field_values=field_values,
        links=_links(item.get("body")),
    )


_KINDS_BY_NAME: dict[object, LinkKind] = {kind: kind for kind in LINK_KINDS}


def _links(bodies: object) -> tuple[tuple[LinkKind, str], ...]:
    """The links a Readmark file gives an annotation, as write_web_annotations writes them."""
    found = []
    for body in bodies if isinstance(bodies, list) else [bodies]:
        # A claim's evidence body (readmark:field) names, from the claim, a link its source
        # passage already gives: read once, from there.
        if not isinstance(body, dict) or f"{_R}field" in body:
            continue
        kind, other = _KINDS_BY_NAME.get(body.get(f"{_R}link")), _identity(body.get("source"))
        if kind is not None and other is not None:
            found.append((kind, other))
    return tuple(found)


def _creator_name(creator: object) -> str:
    """The name in a Web Annotation `creator`: an agent object, or a plain string (an IRI)."""
    if isinstance(creator, list) and creator:
        creator = creator[0]
    if isinstance(creator, dict):
        name = creator.get("name") or creator.get("nickname")
        return name.strip() if isinstance(name, str) else ""
    return ""


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _target(target: object) -> tuple[str, str, list[dict[str, Any]]]:
    """The target's document (Readmark's exact name for its text, else its source), its web
    address if it names one, and its selectors."""
    targets = target if isinstance(target, list) else [target]
    for candidate in targets:
        if not isinstance(candidate, dict):
            continue
        source = candidate.get("source")
        if isinstance(source, dict):
            source = source.get("id")
        address = source if isinstance(source, str) and _is_address(source) else ""
        if isinstance(candidate.get(f"{_R}text"), str):
            source = candidate[f"{_R}text"]
        selector = candidate.get("selector")
        selectors = selector if isinstance(selector, list) else [selector]
        found = [s for s in selectors if isinstance(s, dict)]
        if isinstance(source, str) and source and found:
            return source, address, found
    raise _UnusableError("its target is not a part of a text (no source with a selector)")


def _bodies(item: dict[str, Any]) -> tuple[str, str, FieldValues]:
    """The annotation's tag, note and fields' values, from its bodies."""
    body = item.get("body", [])
    bodies = body if isinstance(body, list) else [body]
    motivation = item.get("motivation")
    motivations = motivation if isinstance(motivation, list) else [motivation]
    tags: list[str] = []
    notes: list[str] = []
    field_values: list[tuple[str, str]] = []
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])  # the model's shorthand for a plain-text comment
    for one in bodies:
        if isinstance(one, str):
            continue  # a body elsewhere on the web: nothing Readmark can read
        if not isinstance(one, dict) or not isinstance(one.get("value"), str):
            continue
        field = one.get(f"{_R}field")
        if isinstance(field, str) and field.strip():
            if one["value"].strip():
                field_values.append((field.strip(), one["value"].strip()))
            continue
        purpose = one.get("purpose")
        purposes = purpose if isinstance(purpose, list) else [purpose]
        if any(p in _TAG_PURPOSES for p in purposes):
            tags.append(one["value"].strip())
        elif any(p in _NOTE_PURPOSES for p in purposes) or purpose is None:
            if purpose is None and "tagging" in motivations and not tags:
                tags.append(one["value"].strip())
            else:
                notes.append(one["value"])
    tags = [t for t in tags if t]
    if not tags:
        raise _UnusableError("it has no tag (no body with the purpose “tagging”)")
    # Readmark gives a passage one tag; a second tag of another tool is kept in the note.
    extra = [f"Also tagged: {', '.join(tags[1:])}"] if len(tags) > 1 else []
    return tags[0], "\n\n".join(notes + extra), tuple(field_values)


def _identity(value: object) -> str | None:
    """A uuid hex for an annotation's IRI: the uuid of a urn:uuid, else one derived from the IRI
    (the same IRI gives the same id, so importing twice adds nothing)."""
    if not isinstance(value, str) or not value:
        return None
    if value.startswith("urn:uuid:"):
        try:
            return uuid.UUID(value[len("urn:uuid:") :]).hex
        except ValueError:
            pass
    return uuid.uuid5(uuid.NAMESPACE_URL, value).hex


def _text_or_none(selector: dict[str, Any] | None, key: str) -> str | None:
    value = selector.get(key) if selector is not None else None
    return value if isinstance(value, str) else None


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _documents(root: dict[str, Any]) -> dict[str, IncomingDocument]:
    listed = root.get(f"{_R}documents", [])
    if not isinstance(listed, list):
        raise ExchangeFormatError("its list of documents is not a list")
    documents: dict[str, IncomingDocument] = {}
    for number, entry in enumerate(listed, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ExchangeFormatError(f"its document {number} has no id")
        key = entry["id"]
        text = entry.get(f"{_R}text")
        title = _field(entry, "title")
        article = None
        if isinstance(text, str) and text:
            article = Article(
                title=title or text.split("\n", 1)[0][:200],
                text=text,
                source=_field(entry, "source"),
                content_hash=content_hash(text),
                blocks=sound_blocks(entry.get(f"{_R}blocks"), text),
                author=_field(entry, "author"),
                published=_field(entry, "published"),
                site=_field(entry, "site"),
                url=_field(entry, "url"),
            )
        declared = hash_of_iri(key)
        documents[key] = IncomingDocument(
            key,
            article.content_hash if article else declared,
            title,
            article,
            label=_field(entry, "label").strip(),
        )
    return documents


def _field(entry: dict[str, Any], name: str) -> str:
    value = entry.get(f"{_R}{name}")
    return value if isinstance(value, str) else ""


def sound_blocks(value: object, text: str) -> tuple[Block, ...]:
    """The blocks as a file wrote them ([[kind, start, end], ...]), if they are sound for this
    text; else found afresh."""
    blocks: list[Block] = []
    if isinstance(value, list):
        for entry in value:
            if not (isinstance(entry, list) and len(entry) == 3):
                break
            kind, start, end = entry
            if kind not in BLOCK_KINDS or not (_whole(start) and _whole(end)):
                break
            if not 0 <= start <= end <= len(text) or (blocks and start < blocks[-1].end):
                break
            blocks.append(Block(kind, start, end))
        else:
            if blocks:
                return tuple(blocks)
    return tuple(split_blocks(text))
