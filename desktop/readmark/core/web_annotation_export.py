"""Writes annotations, with their documents' texts and the tags, as a W3C Web Annotation
(JSON-LD) collection; `web_annotation` names its terms."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TextIO

from readmark.core.fields import CHECK_WORTHY, EVIDENCE, VERDICT, specs_json
from readmark.core.links import EVIDENCE_KINDS, Link
from readmark.core.model import Annotation, Document, Tag
from readmark.core.web_annotation import CONTEXT, READMARK_TERM, annotation_iri, document_iri

_FIELD_PURPOSES = {VERDICT: "assessing", CHECK_WORTHY: "assessing", EVIDENCE: "linking"}


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
        f"{READMARK_TERM}tags": [_tag_json(tag, names) for tag in tags],
        f"{READMARK_TERM}documents": [_document_json(document) for document, _ in documents],
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
    motivation = (
        ["tagging"] + ["commenting"] * bool(annotation.note) + ["linking"] * bool(links or evidence)
    )
    item: dict[str, Any] = {
        "id": annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": motivation if len(motivation) > 1 else "tagging",
        "created": _time(annotation.created_at),
        "modified": _time(annotation.updated_at),
        "body": _bodies_json(annotation, tag, links or (), evidence),
        "target": {
            # The address a web tool knows the page by; the text's hash names it exactly.
            "source": document.url or document_iri(document.content_hash),
            f"{READMARK_TERM}text": document_iri(document.content_hash),
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
        item[f"{READMARK_TERM}orphaned"] = True
    if annotation.origin:
        item[f"{READMARK_TERM}origin"] = annotation.origin
    return item


def _bodies_json(
    annotation: Annotation, tag: str, links: Sequence[Link], evidence: Sequence[Link]
) -> list[dict[str, Any]]:
    """The passage's tag, note, fields and links, a body each."""
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
            f"{READMARK_TERM}field": name,
        }
        for name, value in annotation.field_values
    )
    body.extend(
        {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": annotation_iri(link.target_id),
            f"{READMARK_TERM}link": link.kind,
        }
        for link in links
    )
    # A claim's evidence passages beside its evidence addresses: the passages that support or
    # contradict it, by id (the link itself is also a body of the passage it starts from).
    body.extend(
        {
            "type": "SpecificResource",
            "purpose": "linking",
            "source": annotation_iri(link.source_id),
            f"{READMARK_TERM}field": EVIDENCE,
            f"{READMARK_TERM}link": link.kind,
        }
        for link in evidence
    )
    return body


def _document_json(document: Document) -> dict[str, Any]:
    return {
        "id": document_iri(document.content_hash),
        "type": "Text",
        "format": "text/plain",
        f"{READMARK_TERM}title": document.title,
        f"{READMARK_TERM}source": document.source,
        f"{READMARK_TERM}author": document.author,
        f"{READMARK_TERM}published": document.published,
        f"{READMARK_TERM}site": document.site,
        f"{READMARK_TERM}url": document.url,
        f"{READMARK_TERM}blocks": [[b.kind, b.start, b.end] for b in document.blocks],
        f"{READMARK_TERM}text": document.text,
        **({f"{READMARK_TERM}label": document.label} if document.label else {}),
    }


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
