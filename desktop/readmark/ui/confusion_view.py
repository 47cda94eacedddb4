"""Class Results' "Claim or opinion?" tab: the class's confusion matrix (what the key says down
the side, what the students said across), right answers and mistakes marked, and under it the
reasons students gave with each mistake."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from readmark.core.confusion import NO_REASON, NO_TAG, Confusion
from readmark.core.exercise import reason_name
from readmark.ui.colours import LIGHT, tag_icon
from readmark.ui.translation import counted, tr

# Okabe-Ito's bluish green and orange, light: right answers, and mistakes.
RIGHT_MARK = QColor("#bfe6da")
WRONG_MARK = QColor("#f6d9a8")


class ConfusionView(QWidget):
    def __init__(self, matrix: Confusion, colours: dict[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self.matrix = matrix
        tags = matrix.tags
        columns = [*tags, NO_TAG]
        self.model = QStandardItemModel(len(tags), len(columns), self)
        self.model.setHorizontalHeaderLabels(
            [tr("called\n{tag}").format(tag=t) if t else tr("left\nuntagged") for t in columns]
        )
        self.model.setVerticalHeaderLabels([tr("the key's {tag}").format(tag=t) for t in tags])
        for row, key_tag in enumerate(tags):
            colour = colours.get(key_tag)
            if colour:
                self.model.verticalHeaderItem(row).setIcon(tag_icon(colour))
            for column, given in enumerate(columns):
                count = matrix.count(key_tag, given)
                item = QStandardItem(str(count))
                item.setEditable(False)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                mark = RIGHT_MARK if given == key_tag else WRONG_MARK if given else None
                if count and mark is not None:
                    item.setBackground(QBrush(mark))
                    item.setForeground(QBrush(LIGHT.ink))  # dark on the mark, in a dark desktop
                item.setToolTip(_cell_words(key_tag, given, count))
                self.model.setItem(row, column, item)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("What the class called each key passage"))
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        height = self.table.horizontalHeader().sizeHint().height()
        height += sum(self.table.rowHeight(r) for r in range(len(tags))) + 4
        self.table.setFixedHeight(height + 2 * self.table.frameWidth())

        explanation = QLabel(
            tr(
                "Each student's answer for each passage of the key: the tag they gave it (a "
                "passage they tagged twice over gave two answers), or none."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.reasons = QLabel(self._reasons_html(), self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table)
        layout.addWidget(self.reasons, 1)

    def _reasons_html(self) -> str:
        mistakes = self.matrix.mistakes()
        if not mistakes:
            return "<p>" + tr("No passage of the key was given another tag.") + "</p>"
        lines = []
        for key_tag, given, count, reasons in mistakes:
            cues = sorted(reasons.items(), key=lambda r: (-r[1], r[0] == NO_REASON, r[0]))
            said = ", ".join(f"{escape(_reason_name(r))} {n}" for r, n in cues)
            called = tr("{key_tag} called {given}").format(key_tag=key_tag, given=given)
            answers = counted(tr("%n answer(s)", "", count), count)
            line = tr("{called} ({answers}): {reasons}")
            lines.append(
                "<li>"
                + line.format(called=f"<b>{escape(called)}</b>", answers=answers, reasons=said)
                + "</li>"
            )
        heading = tr("The reasons given with the mistakes:")
        return f"<p>{heading}</p><ul>" + "".join(lines) + "</ul>"


def _reason_name(reason: str) -> str:
    return reason_name(reason) if reason else tr("no reason given")


def _cell_words(key_tag: str, given: str, count: int) -> str:
    answers = counted(tr("%n answer(s)", "", count), count)
    if not given:
        return tr("{answers}: a {key_tag} of the key left untagged").format(
            answers=answers, key_tag=key_tag
        )
    return tr("{answers}: a {key_tag} of the key called {given}").format(
        answers=answers, key_tag=key_tag, given=given
    )
