"""Python collects reference cycles on whichever thread allocates as a generation fills up. On a
worker thread it deleted Qt objects caught in cycles there (a finished job's Running and its
progress timer) while the GUI thread used Qt: the heap corruption that now and then aborted
the window tests on xcb. Here cycles are collected on the GUI thread only, from a timer, a
generation when Python would have collected it, with Python's rule that a full collection waits
until the oldest generation has grown by a quarter (building a large structure stays linear)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

# How often the GUI thread collects what is due.
CHECK_EVERY_MS = 250
FULL_COLLECTION_GROWTH = 0.25
# Objects made at once, to live long, from which they are kept out of collections: fewer are
# scanned in a few milliseconds.
LONG_LIVED_BULK = 10_000


class CycleCollector(QObject):
    """Turns Python's automatic collection off for good and collects on this thread instead."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._long_lived = len(gc.get_objects(generation=2))  # after the last full collection
        self._promoted = 0  # objects that reached the oldest generation since
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_what_is_due)
        self._timer.start(CHECK_EVERY_MS)

    def collect_what_is_due(self) -> None:
        young, young_collections, middle_collections = gc.get_count()
        young_limit, middle_limit, old_limit = gc.get_threshold()
        if young <= young_limit:
            return
        grown = self._promoted > self._long_lived * FULL_COLLECTION_GROWTH
        if middle_collections > old_limit and grown:
            gc.collect(2)
            self._long_lived, self._promoted = len(gc.get_objects(generation=2)), 0
        elif young_collections > middle_limit:
            before = young + len(gc.get_objects(generation=1))
            self._promoted += max(0, before - gc.collect(1))
        else:
            gc.collect(0)


def keep_out_of_collections() -> None:
    """Moves every object Python's collector tracks now out of its reach for good (gc.freeze),
    once a bulk of objects that live long has been made (a book's passages as it opens): the
    collections that follow would scan them all, each in one turn of the GUI thread. Cycles
    that are garbage at this moment stay with them: few, as the collector checked at most
    CHECK_EVERY_MS ago."""
    gc.freeze()


# The applications collecting, by id: asked before the first paint, where findChild's first
# call (PySide setting up its arguments) would take milliseconds.
_COLLECTING: dict[int, CycleCollector] = {}


def collect_cycles_on_this_thread(application: QObject) -> None:
    """Has the application's thread (the GUI thread) alone collect cycles, from now on."""
    known = _COLLECTING.get(id(application))
    if known is None or not isValid(known):  # none yet, or one gone with an earlier application
        _COLLECTING[id(application)] = CycleCollector(application)
