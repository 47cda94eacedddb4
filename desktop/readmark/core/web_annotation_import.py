"""Reads a W3C Web Annotation (JSON-LD) file: Readmark's own, with its documents' texts, or
another tool's annotations of texts the library may hold; `web_annotation` names its terms."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from readmark.core.bounded import RefusedInputError, load_json
from readmark.core.fields import FieldError, FieldValues, specs_from_json
from readmark.core.importing import content_hash
from readmark.core.incoming import (
    ExchangeFormatError,
    Incoming,
    IncomingAnnotation,
    IncomingDocument,
    is_whole_number,
    sound_blocks,
)
from readmark.core.links import LINK_KINDS, LinkKind
from readmark.core.model import Article, CodeEntry
from readmark.core.texts import tr
from readmark.core.web_annotation import READMARK_TERM, hash_of_iri

_TAG_PURPOSES = ("tagging", "classifying", "oa:tagging", "oa:classifying")
_NOTE_PURPOSES = ("commenting", "describing", "oa:commenting", "oa:describing")


def read_web_annotations(data: bytes) -> Incoming:
    """The annotations of a Web Annotation JSON file: a collection (its pages embedded), a
    page, one annotation, or a list of annotations. Texts come from readmark:documents when
    the file has them. Raises ExchangeFormatError when the file is not of that shape."""
    try:
        root = load_json(data)
    except RefusedInputError as error:
        raise ExchangeFormatError(str(error)) from None
    except UnicodeDecodeError:
        raise ExchangeFormatError(tr("it is not a UTF-8 text file")) from None
    except json.JSONDecodeError as error:
        not_json = tr("it is not JSON (line {line}: {error})")
        raise ExchangeFormatError(
            not_json.format(line=error.lineno, error=error.msg.lower())
        ) from None
    items = list(_items(root))
    documents = _documents(root) if isinstance(root, dict) else {}
    annotations: list[IncomingAnnotation] = []
    skipped: list[tuple[str, str]] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not _has_type(item, "Annotation"):
            not_annotation = tr("its item {number} is not a Web Annotation")
            raise ExchangeFormatError(not_annotation.format(number=number))
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
    tags = _tags(root.get(f"{READMARK_TERM}tags", [])) if isinstance(root, dict) else ()
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
        raise ExchangeFormatError(
            tr("it is not a Web Annotation file (neither an object nor a list)")
        )
    if _has_type(root, "Annotation"):
        yield root
    elif _has_type(root, "AnnotationPage"):
        yield from _page_items(root)
    elif _has_type(root, "AnnotationCollection"):
        page = root.get("first")
        if page is None:
            if root.get("total", 0) not in (0, None):
                raise ExchangeFormatError(tr("its collection has no pages"))
            return
        seen = 0
        while page is not None:
            if not isinstance(page, dict):
                raise ExchangeFormatError(
                    tr("its annotations are on pages elsewhere (the collection only links to them)")
                )
            yield from _page_items(page)
            page = page.get("next")
            seen += 1
            if seen > 100_000:
                raise ExchangeFormatError(tr("its pages link in a circle"))
    else:
        raise ExchangeFormatError(
            tr(
                "it is not a Web Annotation file (no Annotation, AnnotationPage or "
                "AnnotationCollection in it)"
            )
        )


def _page_items(page: dict[str, Any]) -> list[object]:
    items = page.get("items", [])
    if not isinstance(items, list):
        raise ExchangeFormatError(tr("a page of its annotations has no list of items"))
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
        raise _UnusableError(tr("its quote is not text"))
    start, end = (-1, -1)  # no position: found by the quote alone
    if position is not None:
        first, last = position.get("start"), position.get("end")
        if not (isinstance(first, int) and isinstance(last, int) and is_whole_number(first)):
            raise _UnusableError(tr("its text position is not a pair of offsets"))
        if isinstance(last, bool) or not 0 <= first <= last:
            raise _UnusableError(tr("its text position is not a pair of offsets"))
        start, end = first, last
    elif exact is None:
        raise _UnusableError(
            tr("it selects no text (no TextPositionSelector or TextQuoteSelector)")
        )
    tag, note, field_values = _bodies(item)
    orphaned = item.get(f"{READMARK_TERM}orphaned") is True
    origin = item.get(f"{READMARK_TERM}origin")
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
        if not isinstance(body, dict) or f"{READMARK_TERM}field" in body:
            continue
        kind = _KINDS_BY_NAME.get(body.get(f"{READMARK_TERM}link"))
        other = _identity(body.get("source"))
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
        if isinstance(candidate.get(f"{READMARK_TERM}text"), str):
            source = candidate[f"{READMARK_TERM}text"]
        selector = candidate.get("selector")
        selectors = selector if isinstance(selector, list) else [selector]
        found = [s for s in selectors if isinstance(s, dict)]
        if isinstance(source, str) and source and found:
            return source, address, found
    raise _UnusableError(tr("its target is not a part of a text (no source with a selector)"))


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
        field = one.get(f"{READMARK_TERM}field")
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
        raise _UnusableError(tr("it has no tag (no body with the purpose “tagging”)"))
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
    listed = root.get(f"{READMARK_TERM}documents", [])
    if not isinstance(listed, list):
        raise ExchangeFormatError(tr("its list of documents is not a list"))
    documents: dict[str, IncomingDocument] = {}
    for number, entry in enumerate(listed, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise ExchangeFormatError(tr("its document {number} has no id").format(number=number))
        key = entry["id"]
        text = entry.get(f"{READMARK_TERM}text")
        title = _field(entry, "title")
        article = None
        if isinstance(text, str) and text:
            article = Article(
                title=title or text.split("\n", 1)[0][:200],
                text=text,
                source=_field(entry, "source"),
                content_hash=content_hash(text),
                blocks=sound_blocks(entry.get(f"{READMARK_TERM}blocks"), text),
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
    value = entry.get(f"{READMARK_TERM}{name}")
    return value if isinstance(value, str) else ""
