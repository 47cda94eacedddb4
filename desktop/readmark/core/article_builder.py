"""An article built from a document read in reading order (Word and OpenDocument files): its
blocks, the footnotes they cite at the end, and the comments on them with the passages they
mark."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from readmark.core.extracted import Comment, ExtractedArticle, single_line
from readmark.core.text import BlockKind


@dataclass
class ArticleBuilder:
    """Collects blocks, the footnotes they cite and the comments on them, in reading order."""

    parts: list[tuple[BlockKind, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    # Comments begun but not ended: the part they begin in and the text marked so far.
    marking: dict[str, tuple[int, list[str]]] = field(default_factory=dict)
    pieces: list[str] = field(default_factory=list)

    def text(self, piece: str) -> None:
        self.pieces.append(piece)
        for _, marked in self.marking.values():
            marked.append(piece)

    def begin_comment(self, key: str) -> None:
        self.marking[key] = (len(self.parts), [])

    def end_comment(self, key: str, note: str, author: str) -> None:
        part, marked = self.marking.pop(key, (len(self.parts), []))
        if note:
            self.comments.append(Comment(part, single_line("".join(marked)), note, author))

    def cite(self, note: str) -> None:
        self.notes.append(note)
        self.text(f"[{len(self.notes)}]")

    def table_row(self, cells: list[str]) -> None:
        """A table's row, as a paragraph of its cells with text."""
        self.text(" | ".join(filter(None, cells)))
        self.end_block("paragraph")

    def end_block(self, kind: BlockKind) -> None:
        text = single_line("".join(self.pieces))
        self.pieces = []
        for _, marked in self.marking.values():
            marked.append(" ")
        if text:
            self.parts.append((kind, text))

    def article(self, title: str, author: str, published: str) -> ExtractedArticle:
        # The first heading is the title where the file names none, or names that one.
        if (
            self.parts
            and self.parts[0][0] == "heading"
            and (not title or self.parts[0][1].casefold() == title.casefold())
        ):
            title = self.parts.pop(0)[1]
            self.comments = [replace(c, part=max(c.part - 1, 0)) for c in self.comments]
        if self.notes:
            self.parts.append(("heading", "Notes"))
            self.parts.extend(("paragraph", f"[{n}] {t}") for n, t in enumerate(self.notes, 1))
        return ExtractedArticle(
            title=title,
            parts=tuple(self.parts),
            author=author,
            published=published[:10] if re.match(r"\d{4}-\d\d-\d\d", published) else "",
            comments=tuple(self.comments),
        )
