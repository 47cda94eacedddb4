"""The controller's part for changes made outside the window (a sync, a second window, the
command line): the document list read again, and how the open document's passages differ
from those the window shows, announced as Arrivals for the window to show in place."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from readmark.core.passage_sums import passage_sums
from readmark.ui.controller_host import ControllerPart

if TYPE_CHECKING:
    from readmark.core.model import Annotation


class OutsideChangesPart(ControllerPart):
    def check_outside_changes(self, shown: Sequence[Annotation]) -> None:
        """Lists the documents again if another program or window changed the library, and
        announces how the open document's passages differ from `shown` (what the window shows).
        The app's own writes count as changes too (see ChangeWatch): then nothing differs."""
        document_id = self.outside_changes()
        if document_id is not None:
            sums = self.passage_sums(document_id, self.shown_coders)
            self.compare_passages(document_id, shown, passage_sums(shown), sums)

    def passage_sums(self, document_id: int, coders: frozenset[str] | None) -> tuple[int, ...]:
        """The stored passages' sums (LibraryRepository.annotation_fingerprint); safe to call
        from another thread, which reads through a connection of its own."""
        return self._repository.annotation_fingerprint(document_id, coders)

    def outside_changes(self) -> int | None:
        """check_outside_changes up to the passages: the open document's id when the library
        changed and its passages may have too, for compare_passages with the stored sums
        (LibraryRepository.annotation_fingerprint, which may be read on another thread).
        While a document's passages are read (`opening`), nothing is asked: the read will
        hold what changed, and a change after it shows at the next check."""
        if self.opening is not None or not self._repository.changed_elsewhere():
            return None
        self.documents_changed.emit()
        if self._repository.tags() != self.tags:  # a lead's codebook came with a sync
            self.refresh_tags()
        current = self.document
        if current is None:
            return None
        if current.id not in {s.id for s in self.documents()}:  # a lead removed it
            self._document_gone()
            return None
        return current.id

    def compare_passages(
        self,
        document_id: int,
        shown: Sequence[Annotation],
        shown_sums: tuple[int, ...],
        stored_sums: tuple[int, ...],
    ) -> None:
        """Announces how the stored passages differ from `shown` (whose passage_sums are
        `shown_sums`), if their sums differ."""
        current = self.document
        # The app's own writes leave the sums as the window's: nothing to read again.
        if current is None or current.id != document_id or stored_sums == shown_sums:
            return
        stored = [
            a for a in self._repository.annotations(current.id, as_shown=True) if self._shown(a)
        ]
        arrivals = arrivals_between(shown, stored)
        if arrivals:
            self.annotations_arrived.emit(arrivals)


@dataclass(frozen=True)
class Arrivals:
    """How the passages stored for a document differ from those a window shows."""

    added: list[Annotation]
    removed: list[Annotation]
    changed: list[tuple[Annotation, Annotation]]  # (as shown, as stored)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _looks(annotation: Annotation) -> tuple[object, ...]:
    """What a window shows of a passage (its context and times it does not hold)."""
    a = annotation
    return (a.tag_id, a.start, a.end, a.note, a.orphaned, a.coder, a.origin, a.field_values)


def arrivals_between(shown: Sequence[Annotation], stored: Sequence[Annotation]) -> Arrivals:
    before = {a.id: a for a in shown}
    after = {a.id: a for a in stored}
    return Arrivals(
        added=[a for key, a in after.items() if key not in before],
        removed=[a for key, a in before.items() if key not in after],
        changed=[
            (before[key], a)
            for key, a in after.items()
            if key in before and _looks(before[key]) != _looks(a)
        ],
    )
