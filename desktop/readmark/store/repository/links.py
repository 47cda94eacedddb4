"""The repository's links between passages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, literal_column, or_, select

from readmark.core.links import Link
from readmark.store.repository.connection import LibraryConnection, core_connection
from readmark.store.repository.records import annotation_row
from readmark.store.tables import AnnotationRow, Base, LinkRow


class LinksPart(LibraryConnection):
    """The library's links between passages."""

    def links(
        self,
        *,
        document_id: int | None = None,
        annotation_ids: Sequence[str] = (),
        tag_id: int | None = None,
    ) -> list[Link]:
        """The links that touch (at either end) a document's passages, or those given, or a
        tag's; in the order they were made."""
        # Each link's two passages looked up by their ids, so that reading a document's links
        # (as it opens) never reads all of its passages.
        source, target = _LINK_SOURCE, _LINK_TARGET
        chosen: list[Any] = []
        if document_id is not None:
            chosen.append(
                or_(source.c.document_id == document_id, target.c.document_id == document_id)
            )
        if tag_id is not None:
            chosen.append(or_(source.c.tag_id == tag_id, target.c.tag_id == tag_id))
        for first in range(0, len(annotation_ids), 400):  # SQLite's parameter limit, two uses
            ids = list(annotation_ids[first : first + 400])
            chosen.append(or_(_LINKS.c.source_id.in_(ids), _LINKS.c.target_id.in_(ids)))
        found: dict[Link, None] = {}
        with self._transaction(write=False) as session:
            for touching in chosen:
                query = (
                    select(_LINKS.c.source_id, _LINKS.c.target_id, _LINKS.c.kind)
                    .join(source, source.c.id == _LINKS.c.source_id)
                    .join(target, target.c.id == _LINKS.c.target_id)
                    .where(touching)
                    .order_by(literal_column("links.rowid"))
                )
                found.update((Link(*row), None) for row in core_connection(session).execute(query))
        return list(found)

    def add_links(self, links: Sequence[Link]) -> list[Link]:
        """Adds the links not there yet (both passages must be); returns those."""
        with self._transaction() as session:
            for link in links:
                annotation_row(session, link.source_id)
                annotation_row(session, link.target_id)
            there = set(self.links(annotation_ids=[k.source_id for k in links]))
            added = [k for k in dict.fromkeys(links) if k not in there]
            if added:
                session.execute(
                    insert(_LINKS),
                    [
                        {"source_id": k.source_id, "target_id": k.target_id, "kind": k.kind}
                        for k in added
                    ],
                )
            return added

    def remove_links(self, links: Sequence[Link]) -> list[Link]:
        """Removes those of the links that are there; returns them."""
        removed = []
        with self._transaction() as session:
            connection = core_connection(session)
            for link in dict.fromkeys(links):
                gone = connection.execute(
                    delete(_LINKS).where(
                        _LINKS.c.source_id == link.source_id,
                        _LINKS.c.target_id == link.target_id,
                        _LINKS.c.kind == link.kind,
                    )
                )
                if gone.rowcount:
                    removed.append(link)
        return removed


_LINKS = Base.metadata.tables[LinkRow.__tablename__]
# A link's two passages, made once and not per query: the window reads a document's links
# after every change.
_LINK_SOURCE = AnnotationRow.__table__.alias("source")
_LINK_TARGET = AnnotationRow.__table__.alias("target")
