"""The bar above the reader that offers to fold an article's repeated blocks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from readmark.ui.notice_bar import NoticeBar
from readmark.ui.translation import tr


class RepeatsBar(NoticeBar):
    fold_chosen = Signal(bool)  # True: fold the repeats; False: keep the article as it is

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("repeats-bar", parent)
        self.fold_button = self.add_button(tr("Fold the Repeats"))
        self.keep_button = self.add_button(tr("Keep as It Is"))
        self.fold_button.clicked.connect(lambda: self.fold_chosen.emit(True))
        self.keep_button.clicked.connect(lambda: self.fold_chosen.emit(False))

    def offer(self, repeats: int) -> None:
        self.say(
            (
                tr("This article repeats 1 passage word for word.")
                if repeats == 1
                else tr("This article repeats {count} passages word for word.")
            ).format(count=repeats),
            tr(
                "Scraped pages often repeat captions. Folding deletes nothing: "
                "View > Show Folded Repeats brings them back."
            ),
        )
