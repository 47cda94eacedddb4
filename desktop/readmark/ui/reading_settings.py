"""The reader's theme, font and size as the library's settings keep them, applied as the
article first shows (the View menu's commands for them are in reading_comfort.py, which the
first look does not wait for)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QPalette

from readmark.ui.colours import THEMES

if TYPE_CHECKING:
    from readmark.ui.article_view import ArticleView

TEXT_SIZE_KEY = "reading_text_size"
THEME_KEY = "reading_theme"
FONT_KEY = "reading_font"
THEME_CHOICES = (("system", "Follow the &System"), ("light", "&Light"), ("dark", "&Dark"))


def apply_reading_settings(view: ArticleView, setting: Callable[[str], str | None]) -> str:
    """Gives the reader the theme, font and size of the last session, from the library's
    settings; returns the theme chosen ("system", "light" or "dark")."""
    theme = setting(THEME_KEY)
    choice = theme if theme in dict(THEME_CHOICES) else "system"
    view.apply_theme(THEMES[resolved_theme(choice)])
    family = setting(FONT_KEY)
    if family:
        view.set_reading_font(family)
    size = setting(TEXT_SIZE_KEY)
    if size:
        view.set_text_size(0, float(size))
    return choice


def resolved_theme(choice: str) -> str:
    """The theme to draw: for "system", the system's, read from the palette Qt gives the
    application in its scheme (the scheme itself is named in the Qt namespace, which the first
    look does not wait for: see readmark.ui)."""
    if choice != "system":
        return choice
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText).lightness()
    dark = text > palette.color(QPalette.ColorRole.Window).lightness()
    return "dark" if dark else "light"
