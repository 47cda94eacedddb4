"""The controller's part for who codes and what the library remembers for the reader: the
user's name and the coders shown, the documents opened lately, reading preferences and the
import's comments choice. None of these is an undo step."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from readmark.services.documents import comments_wanted
from readmark.store.schema import CODER_SETTING, COMMENTS_SETTING, RECENT_KEY, UNDERLINE_KEY
from readmark.ui.controller_host import ControllerPart

if TYPE_CHECKING:
    from readmark.core.model import Annotation, Document


class PreferencesPart(ControllerPart):
    @property
    def coder(self) -> str:
        """The name the user's new annotations are made under."""
        return self._coder

    @property
    def coder_chosen(self) -> bool:
        """Whether the user has given their name (else it is their login name)."""
        return self._repository.setting(CODER_SETTING) is not None

    def set_coder(self, name: str) -> None:
        """Makes new annotations under `name`; those already made keep the name they have."""
        name = " ".join(name.split())
        if not name or (name == self.coder and self.coder_chosen):
            return
        self._repository.set_coder(name)
        self._coder = name
        if self.shown_coders is not None:
            self.shown_coders |= {name}
        self.coders_changed.emit()

    def coders(self) -> list[str]:
        """Everyone who has annotations in the library, and the user, by name."""
        return sorted(set(self._repository.coders()) | {self.coder}, key=str.casefold)

    def show_coders(self, coders: frozenset[str] | None) -> None:
        """Shows the annotations of `coders` only (None: everyone's) in the reader and panel."""
        self.shown_coders = coders
        self.coders_changed.emit()
        if self.document is not None:
            self.open_document(self.document.id)

    def coded_documents(self) -> tuple[list[Document], list[Annotation]]:
        """The documents someone has tagged, and every annotation in them, whoever made it."""
        documents, annotations = [], []
        for summary in self._repository.documents():
            if summary.annotation_count:
                documents.append(self._repository.document(summary.id))
                annotations.extend(self._repository.annotations(summary.id))
        return documents, annotations

    def _shown(self, annotation: Annotation) -> bool:
        return self.shown_coders is None or annotation.coder in self.shown_coders

    def show_own_work(self) -> None:
        """Tagging while one's own annotations are hidden would tag out of sight: show them."""
        if self.shown_coders is not None and self.coder not in self.shown_coders:
            self.show_coders(self.shown_coders | {self.coder})

    def recent_document_ids(self) -> list[int]:
        """The documents opened lately, the latest first."""
        stored = self._repository.setting(RECENT_KEY)
        return [int(i) for i in json.loads(stored)] if stored else []

    def comments_wanted(self) -> bool:
        """Whether imports bring a file's comments in as annotations."""
        return comments_wanted(self._repository)

    def want_comments(self, wanted: bool) -> None:
        self._repository.set_setting(COMMENTS_SETTING, "1" if wanted else "0")

    def setting(self, key: str) -> str | None:
        return self._repository.setting(key)

    def set_setting(self, key: str, value: str) -> None:
        self._repository.set_setting(key, value)

    def tag_underlines(self) -> dict[int, str]:
        """Each tag's underline in the reader ("solid", "dotted", "wavy"), where it has one:
        highlights told apart by more than their colour."""
        styles = {t.id: self.setting(f"{UNDERLINE_KEY}.{t.id}") or "none" for t in self.tags}
        return {tag_id: style for tag_id, style in styles.items() if style != "none"}

    def set_tag_underline(self, tag_id: int, style: str) -> None:
        """A reading preference (remembered, not an undo step): the reader redraws."""
        if style != (self.setting(f"{UNDERLINE_KEY}.{tag_id}") or "none"):
            self.set_setting(f"{UNDERLINE_KEY}.{tag_id}", style)
            self.tags_changed.emit()

    def save_reading_position(self, offset: int) -> None:
        if self.document is not None:
            self._repository.set_reading_position(self.document.id, offset)
