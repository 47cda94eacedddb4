"""W3C Web Annotation (JSON-LD) as Readmark writes it (`web_annotation_export`) and reads it
(`web_annotation_import`): the context, Readmark's own terms and the names of documents and
annotations."""

from __future__ import annotations

import base64
import binascii
import uuid
from typing import Any

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Readmark's own terms (the documents' texts, orphaned, origin): other software ignores them.
READMARK_PREFIX = "readmark"
READMARK_NAMESPACE = "urn:readmark:"
CONTEXT: list[Any] = [ANNOTATION_CONTEXT, {READMARK_PREFIX: READMARK_NAMESPACE}]
READMARK_TERM = f"{READMARK_PREFIX}:"  # before each own term: f"{READMARK_TERM}text"


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
