"""The controller's part for the codebooks: the tags (added, changed, merged, reordered, from
a preset or a file), the document labels, and removing a document. Every change is one
command through the controller's undo path (LibraryController._push), undoable like any other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from readmark.core.commands import (
    AddTag,
    Batch,
    ImportCodebook,
    LabelDocument,
    RemoveDocument,
    RemoveTag,
    UpdateTag,
)
from readmark.core.document_labels import (
    DOCUMENT_LABELS_SETTING,
    DocumentLabel,
    codebook_change,
    decode_labels,
)
from readmark.core.presets import Preset, additions_text, preset_additions
from readmark.ui.controller_host import ControllerPart
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.core.model import CodeEntry, Tag, TagSpec


class CodebookPart(ControllerPart):
    def add_tag(self, spec: TagSpec) -> None:
        self._push(AddTag(spec))

    def update_tag(self, tag: Tag) -> None:
        if tag != self.tag(tag.id):
            self._push(UpdateTag(tag))

    def remove_tag(self, tag_id: int, reassign_to: int | None) -> None:
        """Deletes a tag (with its annotations), or merges it into `reassign_to`."""
        self._push(RemoveTag(tag_id, reassign_to))

    def move_tag(self, tag_id: int, step: int) -> None:
        """Moves a tag up (-1) or down (1) in the codebook's order."""
        order = [t.id for t in self.tags]
        index = order.index(tag_id)
        other = index + step
        if not 0 <= other < len(order):
            return
        first, second = self.tags[index], self.tags[other]
        self._push(
            Batch(
                (
                    UpdateTag(replace(first, position=second.position)),
                    UpdateTag(replace(second, position=first.position)),
                )
            )
        )

    def import_codebook(self, entries: list[CodeEntry]) -> None:
        self._push(ImportCodebook(tuple(entries), tuple(self.tags)))

    def add_preset(self, preset: Preset) -> str:
        """Adds the preset's missing tags as one undoable step; says what it did."""
        additions = preset_additions(preset, self.tags)
        if additions.added and not self._push(
            Batch(tuple(AddTag(spec) for spec in additions.added)),
            tr("Add tags of “{preset}”").format(preset=preset.name),
        ):
            return tr("The tags were not added.")
        return additions_text(preset, additions)

    def annotations_with_tag(self, tag_id: int) -> int:
        return sum(counts.get(tag_id, 0) for counts in self.tag_counts().values())

    def remove_document(self, document_id: int) -> None:
        """Removes a document with its annotations, undoably (for this session)."""
        self._push(RemoveDocument(document_id))

    def document_labels(self) -> tuple[DocumentLabel, ...]:
        """The library's document labels, in order: the first nine have Ctrl+Alt+1-9."""
        return decode_labels(self._repository.setting(DOCUMENT_LABELS_SETTING))

    def edit_document_labels(
        self, labels: Sequence[DocumentLabel], relabelled: dict[str, str], text: str
    ) -> bool:
        """Makes `labels` the library's document labels, in one undo step named `text`; the
        documents labelled with a key of `relabelled` take its value ("" for none)."""
        documents = ((d.id, d.label) for d in self.documents()) if relabelled else ()
        return self._push(codebook_change(labels, relabelled, documents), text)

    def label_document(self, document_id: int, label: str) -> None:
        """Says what kind of information a document is (see core.document_labels)."""
        self._push(LabelDocument(document_id, label))
