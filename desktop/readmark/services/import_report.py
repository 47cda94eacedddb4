"""What an annotation file's import did, for the window to report and undo."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from readmark.core.commands import NOTHING_TO_UNDO, Applied, Batch

MAX_NAMED_TAGS = 10  # the tags an import created named in its summary; the rest counted


@dataclass(frozen=True)
class ImportReport:
    """What an import did: annotations added, updated (a newer copy of one already here),
    given the file's different note beside their own, and already here; tags created;
    documents added and matched; what was skipped, with why; and the command that undoes it."""

    path: Path
    kind: str  # "json", "csv" or "qdpx"
    added: int = 0
    updated: int = 0
    already: int = 0
    documents_added: tuple[int, ...] = ()
    documents_matched: tuple[int, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    notes_joined: int = 0
    repeated: int = 0  # listed more than once in the file itself
    tags_created: tuple[str, ...] = ()
    links_added: int = 0  # links between passages, from a Readmark Web Annotation file
    documents_labelled: int = 0  # unlabelled here, given the file's document label
    undo: Batch = NOTHING_TO_UNDO

    @property
    def document_ids(self) -> tuple[int, ...]:
        """The documents the file's annotations belong to, added or found."""
        return self.documents_added + tuple(
            i for i in self.documents_matched if i not in self.documents_added
        )

    @property
    def changes(self) -> Applied:
        """The import's change record: one undo step, the documents it touched."""
        changed = (
            self.added
            or self.updated
            or self.documents_added
            or self.notes_joined
            or self.documents_labelled
        )
        return Applied(
            self.undo,
            (),
            tags_changed=bool(self.tags_created),
            touched_documents=self.document_ids if changed else (),
            links_changed=bool(self.links_added),
        )

    def summary(self) -> str:
        """One sentence a person reads after the import."""
        parts = [f"Imported {self.added} annotation{'' if self.added == 1 else 's'}"]
        if self.updated:
            parts.append(f"updated {self.updated} that had changed")
        if self.notes_joined:
            parts.append(
                f"kept both notes on {self.notes_joined} passage"
                f"{'' if self.notes_joined == 1 else 's'} noted differently here and in "
                f"“{self.path.name}” (the file's note follows a line naming it)"
            )
        if self.already:
            parts.append(f"{self.already} already in your library")
        if self.links_added:
            parts.append(f"{self.links_added} link{'s' * (self.links_added > 1)} between passages")
        if self.documents_labelled:
            count = self.documents_labelled
            parts.append(f"labelled {count} document{'s' * (count > 1)} as the file does")
        if self.repeated:
            parts.append(f"{self.repeated} listed more than once in the file, taken once")
        if self.tags_created:
            names = ", ".join(f"“{name}”" for name in self.tags_created[:MAX_NAMED_TAGS])
            more = len(self.tags_created) - MAX_NAMED_TAGS
            count = len(self.tags_created)
            parts.append(
                f"created {count} tag{'' if count == 1 else 's'} from the file: {names}"
                + (f" and {more} more" if more > 0 else "")
            )
        documents = len(self.documents_added)
        if documents:
            parts.append(f"added {documents} document{'' if documents == 1 else 's'}")
        if self.skipped:
            parts.append(f"skipped {len(self.skipped)}")
        return "; ".join(parts) + "."
