"""What the controller's parts (controller_*.py, outside_changes.py) need of the controller they
are mixed into: its state, its signals, and its one path for changes (see controller.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from readmark.core.commands import Applied, Command
    from readmark.core.links import Link
    from readmark.core.model import Annotation, Document, DocumentSummary, Tag
    from readmark.store.repository import LibraryRepository
    from readmark.ui.suggestion_decisions import Learning

T = TypeVar("T")


class ControllerHost(Protocol):
    """The controller's state, signals and methods that more than one of its parts uses."""

    library: Path
    _repository: LibraryRepository
    undo_stack: QUndoStack
    tags: list[Tag]
    document: Document | None
    links: list[Link]
    shown_coders: frozenset[str] | None
    _coder: str
    opening: Document | None

    # The library's documents, and the open one's passages
    @property
    def documents_changed(self) -> SignalInstance: ...
    @property
    def annotations_arrived(self) -> SignalInstance: ...
    def documents(self) -> list[DocumentSummary]: ...
    def open_document(
        self, document_id: int, held: Document | None = None, in_background: bool = False
    ) -> None: ...
    def open_last_document(
        self, held: Document | None = None, in_background: bool = False
    ) -> bool: ...
    def _document_gone(self) -> None: ...
    def _shown(self, annotation: Annotation) -> bool: ...

    # The codebook
    @property
    def tags_changed(self) -> SignalInstance: ...
    def refresh_tags(self) -> None: ...
    def tag(self, tag_id: int) -> Tag: ...
    def tag_counts(self) -> dict[int, dict[int, int]]: ...

    # The coders, and settings
    @property
    def coder(self) -> str: ...
    @property
    def coders_changed(self) -> SignalInstance: ...
    def show_coders(self, coders: frozenset[str] | None) -> None: ...
    def show_own_work(self) -> None: ...
    def setting(self, key: str) -> str | None: ...
    def set_setting(self, key: str, value: str) -> None: ...

    # The one path for changes (controller.py), and work on a connection of its own
    def record(self, applied: Applied, text: str) -> None: ...
    def _push(self, command: Command, text: str = "") -> bool: ...
    def _push_decision(self, text: str, learning: Learning, tagged: Command | None) -> None: ...
    def query_apart(self, work: Callable[[LibraryRepository], T]) -> T: ...


# What a part of the controller derives from: the host's protocol for the type checker, which
# then checks each part against what the controller holds; nothing at run time.
if TYPE_CHECKING:
    ControllerPart = ControllerHost
else:
    ControllerPart = object
