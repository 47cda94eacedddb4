"""The bar above the reader that offers to fold an article's repeated blocks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class RepeatsBar(QFrame):
    fold_chosen = Signal(bool)  # True: fold the repeats; False: keep the article as it is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("repeats-bar")
        self.setStyleSheet(
            "#repeats-bar { background: #fff4d6; border-bottom: 1px solid #e6d3a3; }"
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.fold_button = QPushButton("Fold the Repeats", self)
        self.keep_button = QPushButton("Keep as It Is", self)
        self.fold_button.clicked.connect(lambda: self.fold_chosen.emit(True))
        self.keep_button.clicked.connect(lambda: self.fold_chosen.emit(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.fold_button)
        layout.addWidget(self.keep_button)
        self.hide()

    def offer(self, repeats: int) -> None:
        self.message.setText(
            f"This article repeats {repeats} passage{'' if repeats == 1 else 's'} word for "
            "word, as scraped pages often do with captions. Fold the repeats away? Nothing is "
            "deleted: View > Show Folded Repeats brings them back."
        )
        self.show()
