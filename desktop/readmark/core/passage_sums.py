"""Sums over a document's passages that change with anything a window shows of them: equal sums
for the passages a window holds and those stored mean nothing changed elsewhere (see
LibraryRepository.annotation_fingerprint, which works out the same in SQL)."""

from __future__ import annotations

from collections.abc import Iterable

from readmark.core.fields import encode_values
from readmark.core.model import Annotation


def _parts(a: Annotation) -> tuple[int, ...]:
    # The note, coder and fields' values in bytes of UTF-8, as SQLite measures a BLOB.
    return (
        1,
        a.tag_id,
        a.start,
        a.end,
        int(a.orphaned),
        len(a.note.encode()),
        len(a.coder.encode()),
        len(encode_values(a.field_values).encode()) if a.field_values else 0,
    )


def passage_sums(annotations: Iterable[Annotation]) -> tuple[int, ...]:
    sums = [0] * 8
    for a in annotations:  # _parts, unrolled: this runs over every passage of a document
        sums[0] += 1
        sums[1] += a.tag_id
        sums[2] += a.start
        sums[3] += a.end
        sums[4] += a.orphaned
        sums[5] += len(a.note.encode())
        sums[6] += len(a.coder.encode())
        if a.field_values:  # most passages have none: no encoding for them
            sums[7] += len(encode_values(a.field_values).encode())
    return tuple(sums)


class PassageSums:
    """passage_sums, kept up to date one passage at a time, so that a change costs one
    passage and not a sum over the window's whole list."""

    def __init__(self, summed: tuple[int, ...]) -> None:
        self._sums = list(summed)

    def add(self, annotation: Annotation, sign: int = 1) -> None:
        for at, part in enumerate(_parts(annotation)):
            self._sums[at] += sign * part

    def remove(self, annotation: Annotation) -> None:
        self.add(annotation, -1)

    def value(self) -> tuple[int, ...]:
        return tuple(self._sums)
