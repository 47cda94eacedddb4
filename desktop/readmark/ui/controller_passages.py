"""The controller's part for what the reader does to passages: tagging, retagging, fields,
notes, reasons, links, deleting and curating. Each is one command run through the controller's
undo path (LibraryController._push), which alone turns what it changed into signals and undo
steps."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from readmark.core.anchoring import anchor_selection, anchored_annotation
from readmark.core.commands import (
    AddAnnotation,
    AddLinks,
    Batch,
    Command,
    EditFields,
    EditNote,
    GiveReason,
    RemoveAnnotation,
    RemoveLinks,
    Retag,
)
from readmark.core.fields import with_value
from readmark.ui.controller_host import ControllerPart

if TYPE_CHECKING:
    from readmark.core.links import Link
    from readmark.core.model import Annotation


class PassagesPart(ControllerPart):
    def passage_span(self, start: int, end: int) -> tuple[int, int] | None:
        """What tag_passage would tag of [start, end): trimmed of whitespace; None if blank."""
        if self.document is None:
            return None
        anchor = anchor_selection(self.document.text, start, end)
        return None if anchor is None else (anchor.start, anchor.end)

    def tag_passage(self, start: int, end: int, tag_id: int) -> Annotation | None:
        """Tags [start, end) of the open document, trimmed of whitespace.

        Returns the stored annotation; None if there was nothing to tag or the store refused.
        """
        if self.document is None:
            return None
        anchor = anchor_selection(self.document.text, start, end)
        if anchor is None:
            return None
        self.show_own_work()
        annotation = anchored_annotation(
            anchor, self.document.id, tag_id, self.coder, datetime.now(UTC)
        )
        return annotation if self._push(AddAnnotation(annotation)) else None

    def retag(self, annotations: list[Annotation], tag_id: int) -> None:
        changed = tuple(Retag(a.id, tag_id) for a in annotations if a.tag_id != tag_id)
        if changed:
            self._push(Batch(changed))

    def set_field(self, annotation: Annotation, name: str, value: str) -> None:
        """Gives the passage's field `name` the value (none when empty), as one undo step."""
        values = with_value(annotation.field_values, name, value)
        if values != annotation.field_values:
            self._push(EditFields(annotation.id, values, name))

    def set_note(self, annotation: Annotation, note: str) -> bool:
        """Whether the note changed (False if it was the same, or the store refused it)."""
        return annotation.note != note and self._push(EditNote(annotation.id, note))

    # The codebook: every change is undoable like any other

    def give_reason(self, annotation: Annotation, reason: str) -> None:
        if annotation.reason != reason:
            self._push(GiveReason(annotation.id, reason))

    def delete(self, annotations: list[Annotation]) -> None:
        if annotations:
            self._push(Batch(tuple(RemoveAnnotation(a.id) for a in annotations)))

    def link(self, links: Sequence[Link]) -> None:
        """Links passages (each link once: one already made is left as it is)."""
        new = tuple(dict.fromkeys(link for link in links if link not in self.links))
        if new:
            self._push(AddLinks(new))

    def unlink(self, links: Sequence[Link]) -> None:
        if links:
            self._push(RemoveLinks(tuple(links)))

    def curate(self, command: Command, text: str) -> bool:
        """Runs a curation step (see readmark.core.curation) as one undo step named `text`."""
        return self._push(command, text)
