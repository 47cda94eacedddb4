"""A quiet line above the article: who wrote it, when, where it appeared and its address, as the
import found them. It sits on the reader's paper, in its caption ink, lined up with the text."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QDate, QEvent, QLocale, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from readmark.core.model import Document
from readmark.ui.article_view import ArticleView
from readmark.ui.colours import ReadingTheme
from readmark.ui.translation import tr

# The address as shown: its host and the start of its path; the link holds all of it.
SHOWN_ADDRESS_LENGTH = 60
SEPARATOR = " · "


def document_facts(document: Document, link_colour: str) -> list[str]:
    """The header's parts, as rich text: author, date, site, address; those the import found.
    The address is a link in the header's own ink: quiet, not a browser's blue."""
    facts = [escape(document.author)] if document.author else []
    if document.published:
        facts.append(escape(_readable_date(document.published)))
    if document.site:
        facts.append(escape(document.site))
    if document.url:
        link = f'<a style="color: {link_colour}" href="{escape(document.url)}">'
        facts.append(f"{link}{escape(_short_address(document.url))}</a>")
    return facts


def _readable_date(published: str) -> str:
    """ "2024-03-05" as the user's locale writes a day ("5 March 2024"); other texts as they are."""
    date = QDate.fromString(published[:10], "yyyy-MM-dd")
    return QLocale().toString(date, "d MMMM yyyy") if date.isValid() else published


def _short_address(url: str) -> str:
    parts = urlsplit(url)
    shown = (parts.netloc.removeprefix("www.") + parts.path).rstrip("/")
    if len(shown) > SHOWN_ADDRESS_LENGTH:
        return shown[: SHOWN_ADDRESS_LENGTH - 1] + "…"
    return shown or url


class DocumentHeader(QLabel):
    """Shown above the reader when the document has any of author, date, site or address."""

    def __init__(self, view: ArticleView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._document: Document | None = None
        self.setAccessibleName(tr("About this document"))
        self.setOpenExternalLinks(True)
        self.setAutoFillBackground(True)
        # A long address wraps or is cut rather than widening the reader beyond the window.
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.setFont(font)
        self.hide()
        self.set_theme(view.theme)
        view.theme_changed.connect(self.set_theme)
        view.installEventFilter(self)  # its margins follow the window's width

    def show_document(self, document: Document) -> None:
        self._document = document
        ink = self.palette().color(QPalette.ColorRole.WindowText).name()
        facts = document_facts(document, ink)
        self.setText(SEPARATOR.join(facts))
        self.setToolTip(document.url)
        self.setVisible(bool(facts))

    def clear(self) -> None:
        self._document = None
        self.setText("")
        self.hide()

    def set_theme(self, theme: ReadingTheme) -> None:
        palette = self.palette()
        for role, colour in (
            (QPalette.ColorRole.Window, theme.paper),
            (QPalette.ColorRole.WindowText, theme.caption_ink),
            (QPalette.ColorRole.Link, theme.caption_ink),
        ):
            palette.setColor(role, colour)
        self.setPalette(palette)
        if self._document is not None:
            self.show_document(self._document)  # the link in the new ink

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self._line_up()
        return False

    def _line_up(self) -> None:
        """Starts the line where the article's text starts, the title just below."""
        view = self._view
        left = view.frameWidth() + view.viewportMargins().left()
        left += int(view.document().documentMargin())
        top = int(view.document().documentMargin()) // 2
        self.setContentsMargins(left, top, left, 0)
