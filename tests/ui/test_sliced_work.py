"""Work on the GUI thread in slices: works running at once share one slice an event-loop turn."""

from __future__ import annotations

from collections.abc import Generator

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from readmark.ui import sliced_work
from readmark.ui.sliced_work import AHEAD, AWAITED, SHOWN, SlicedWork

ENDLESS = 10**12  # steps: a work that would run all session


class Turns:
    """Counts event-loop turns with a timer of no interval, and what ran in each."""

    def __init__(self) -> None:
        self.steps: list[list[str]] = [[]]
        self._timer = QTimer()
        self._timer.timeout.connect(lambda: self.steps.append([]))
        self._timer.start(0)

    def stop(self) -> list[list[str]]:
        self._timer.stop()
        return [steps for steps in self.steps if steps]


def counting(name: str, count: int, turns: Turns, closed: list[str]) -> Generator[None, None, str]:
    try:
        for _ in range(count):
            turns.steps[-1].append(name)
            yield
    except GeneratorExit:
        closed.append(name)
        raise
    return f"{name} done"


def test_works_running_at_once_share_one_slice_the_most_urgent_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sliced_work, "SLICE_SECONDS", 0.0)  # a step a turn, all works together
    owner, turns, results = QObject(), Turns(), []
    for name, urgency in (("ahead", AHEAD), ("shown", SHOWN), ("awaited", AWAITED)):
        SlicedWork(counting(name, 3, turns, []), results.append, owner, urgency).start_soon()
    SlicedWork(counting("shown later", 3, turns, []), results.append, owner).start_soon()

    qtbot.waitUntil(lambda: len(results) == 4)

    ran = turns.stop()
    # Each with a timer of its own, all ran a slice in the same turn: their times added up.
    assert all(len(steps) == 1 for steps in ran)
    order = ["awaited", "shown", "shown later", "ahead"]
    assert [step for steps in ran for step in steps] == [name for name in order for _ in "123"]
    assert results == [f"{name} done" for name in order]


def test_a_short_work_is_done_before_start_returns(qtbot: QtBot) -> None:
    owner, results = QObject(), []
    SlicedWork(counting("short", 3, Turns(), []), results.append, owner).start()

    assert results == ["short done"]


def test_a_work_whose_owner_is_deleted_stops_there(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sliced_work, "SLICE_SECONDS", 0.0)
    owner, staying = QObject(), QObject()
    turns, results, closed = Turns(), [], []
    SlicedWork(counting("orphaned", ENDLESS, turns, closed), results.append, owner).start_soon()
    kept = SlicedWork(counting("kept", ENDLESS, turns, closed), results.append, staying)
    kept.start_soon()
    qtbot.waitUntil(lambda: len(turns.steps) > 5)

    shiboken6.delete(owner)  # as a closed window deletes what it owns
    qtbot.waitUntil(lambda: closed == ["orphaned"])
    steps_after = len(turns.steps)
    qtbot.waitUntil(lambda: len(turns.steps) > steps_after + 5)

    ran = turns.stop()
    kept.cancel()
    assert all(steps == ["kept"] for steps in ran[-5:])  # the other work goes on alone
    assert results == []  # its result never handed on


def test_a_cancelled_work_hands_nothing_on(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sliced_work, "SLICE_SECONDS", 0.0)
    owner, turns, results, closed = QObject(), Turns(), [], []
    work = SlicedWork(counting("cancelled", ENDLESS, turns, closed), results.append, owner)
    work.start_soon()
    qtbot.waitUntil(lambda: len(turns.steps) > 3)

    work.cancel()
    SlicedWork(counting("later", 2, turns, closed), results.append, owner).start_soon()
    qtbot.waitUntil(lambda: results == ["later done"])

    turns.stop()
    assert closed == ["cancelled"]


def test_finished_and_cancelled_works_leave_their_owner(qtbot: QtBot) -> None:
    owner, turns, results, closed = QObject(), Turns(), [], []
    SlicedWork(counting("done", 3, turns, closed), results.append, owner).start_soon()
    cancelled = SlicedWork(counting("cancelled", ENDLESS, turns, closed), results.append, owner)
    cancelled.start_soon()
    qtbot.waitUntil(lambda: results == ["done done"])

    cancelled.cancel()

    turns.stop()
    # Python deletes them with their last reference, not Qt's deferred deletion (see _let_go).
    assert owner.findChildren(SlicedWork) == []
    assert closed == ["cancelled"]
