"""Showing and printing our pages without fetching anything, and messages as plain text.

Qt's rich text loads every `<img src>` it meets: a file's picture, or `/dev/zero` read until
memory runs out. When the document's own loadResource gives nothing, Qt's image handler still
loads the name directly, so the refusal has to be an image: a blank pixel. Pages are escaped
where they are made (core/report.py); this is the second wall, for anything that slips past.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget


class OfflineTextDocument(QTextDocument):
    """A text document that loads no resource: every picture is one blank pixel, every style
    sheet or page empty."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._blank.fill(QColor(0, 0, 0, 0))

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            return self._blank
        return ""


def offline_document(page: str) -> OfflineTextDocument:
    """An offline document holding the HTML page, to print or measure."""
    document = OfflineTextDocument()
    document.setHtml(page)
    return document


def offline_browser(parent: QWidget) -> QTextBrowser:
    """A read-only viewer of our pages that follows no link and loads nothing."""
    browser = QTextBrowser(parent)
    browser.setDocument(OfflineTextDocument(browser))
    browser.setOpenLinks(False)
    return browser


def plain_text(text: str) -> str:
    """`text` for a message box or label that guesses its format: a file name like
    "<img src=…>" in it stays words (Qt would take it for rich text and load the picture)."""
    qt = QtGui.Qt  # named here, not imported: the window's first look does without it
    return qt.convertFromPlainText(text) if qt.mightBeRichText(text) else text
