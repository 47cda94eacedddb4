"""The flow layout behind the panel's tag toggles: widgets in reading order, wrapped onto new
lines where the width runs out, never overlapping, and as tall as it says it needs."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from readmark.ui.flow_layout import FlowLayout


class Box(QWidget):
    """A widget of a fixed preferred size, as a toggle is."""

    def __init__(self, width: int, height: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._size = QSize(width, height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._size


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sizes=st.lists(st.tuples(st.integers(1, 160), st.integers(1, 40)), min_size=1, max_size=14),
    width=st.integers(1, 400),
    spacing=st.integers(0, 8),
)
def test_widgets_wrap_in_order_without_overlap_in_the_height_promised(
    qtbot: QtBot, sizes: list[tuple[int, int]], width: int, spacing: int
) -> None:
    strip = QWidget()
    qtbot.addWidget(strip)
    layout = FlowLayout(strip, spacing)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = [Box(w, h, strip) for w, h in sizes]
    for box in boxes:
        layout.addWidget(box)
    height = layout.heightForWidth(width)
    layout.setGeometry(QRect(0, 0, width, height))
    places = [box.geometry() for box in boxes]
    for number, place in enumerate(places):
        assert place.size() == boxes[number].sizeHint()
        # In the width, unless the widget alone is wider (it then has a line to itself).
        assert place.right() < width or (place.left() == 0 and place.width() > width)
        assert place.bottom() < height
        assert not any(place.intersects(other) for other in places[number + 1 :])
    for before, after in itertools.pairwise(places):  # reading order
        if after.top() == before.top():
            assert after.left() == before.right() + 1 + spacing
        else:  # a new line only where the widget would not have fitted on the last
            assert after.top() > before.bottom() and after.left() == 0
            assert before.right() + 1 + spacing + after.width() > width
    # The last line's bottom is the height asked for: no room wasted below.
    assert max(place.bottom() for place in places) == height - 1
