"""Lines of the reader folded away: the blocks a reader chose to hide (repeated ones)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QTextDocument


def fold_lines(
    document: QTextDocument, spans: Iterable[tuple[int, int]], folded: set[int]
) -> set[int]:
    """Hides the lines that hold each span (its first and last Qt position) and the blank line
    after each, and shows every other line; `folded` holds the numbers of the lines hidden so
    far. Returns the numbers of those hidden now."""
    hidden: set[int] = set()
    for first, last in spans:
        first_line = document.findBlock(first).blockNumber()
        last_line = document.findBlock(last).blockNumber()
        hidden.update(range(first_line, last_line + 2))
    # Only the lines whose state changes are touched: nothing at all for most documents.
    for number in sorted(hidden ^ folded):
        line = document.findBlockByNumber(number)
        if line.isValid():
            line.setVisible(number not in hidden)
            document.markContentsDirty(line.position(), line.length())
    return hidden
