"""The one facade over the library: every operation is one session and one transaction.

Its operations are grouped by what they touch, a module each: documents, search, tags,
annotations, links, exports and settings, each a part of LibraryRepository on the connections they
all share (connection.py), with the rows turned into core records in one place (records.py)."""

from __future__ import annotations

from readmark.core.passage_sums import passage_sums as shown_fingerprint
from readmark.store.repository.annotations import AnnotationsPart
from readmark.store.repository.documents import DocumentsPart
from readmark.store.repository.exports import ExportsPart
from readmark.store.repository.links import LinksPart
from readmark.store.repository.records import NotFoundError, UnreadableDocumentError
from readmark.store.repository.search import SearchPart
from readmark.store.repository.settings import SettingsPart
from readmark.store.repository.tags import TagsPart

__all__ = ["LibraryRepository", "NotFoundError", "UnreadableDocumentError", "shown_fingerprint"]


class LibraryRepository(
    DocumentsPart, SearchPart, TagsPart, AnnotationsPart, LinksPart, ExportsPart, SettingsPart
):
    """The library, for the controller, the services and the command line."""
