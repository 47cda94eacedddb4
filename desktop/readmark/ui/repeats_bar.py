"""The bar above the reader that offers to fold an article's repeated blocks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from readmark.ui.colours import notice_style

# Narrower than this, the bar puts its buttons under its message.
STACKED_BELOW_WIDTH = 640


class RepeatsBar(QFrame):
    fold_chosen = Signal(bool)  # True: fold the repeats; False: keep the article as it is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeats-bar")
        self.setStyleSheet(notice_style("repeats-bar"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.fold_button = QPushButton("Fold the Repeats", self)
        self.keep_button = QPushButton("Keep as It Is", self)
        self.fold_button.clicked.connect(lambda: self.fold_chosen.emit(True))
        self.keep_button.clicked.connect(lambda: self.fold_chosen.emit(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.fold_button)
        buttons.addWidget(self.keep_button)
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(12, 6, 12, 6)
        self._layout.addWidget(self.message, 1)
        self._layout.addLayout(buttons)
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # Beside a narrow reader the buttons go under the message, which keeps whole lines.
        narrow = event.size().width() < STACKED_BELOW_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
        super().resizeEvent(event)

    def offer(self, repeats: int) -> None:
        self.message.setText(
            f"This article repeats {repeats} passage{'' if repeats == 1 else 's'} word for "
            "word, as scraped pages often do with captions. Fold the repeats away? Nothing is "
            "deleted: View > Show Folded Repeats brings them back."
        )
        self.show()
