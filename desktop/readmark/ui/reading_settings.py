"""The reader's theme, font and size as the library's settings keep them, applied as the
article first shows (the View menu's commands for them are in reading_comfort.py, which the
first look does not wait for)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication

from readmark.store.schema import FONT_KEY, SYSTEM_THEME_KEY, TEXT_SIZE_KEY, THEME_KEY
from readmark.ui.application_theme import desktop_palette, dress_application, palette_theme
from readmark.ui.colours import THEMES

if TYPE_CHECKING:
    from readmark.ui.article_view import ArticleView

THEME_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("", "Follow the &System")),
    ("light", QT_TRANSLATE_NOOP("", "&Light")),
    ("dark", QT_TRANSLATE_NOOP("", "&Dark")),
    ("high-contrast", QT_TRANSLATE_NOOP("", "&High Contrast")),
)
# The size of the whole interface (menus, panels, dialogs), in percent of the desktop's.
INTERFACE_SIZES = (100, 125, 150, 175, 200)


def apply_reading_settings(
    view: ArticleView, setting: Callable[[str], str | None], *, at_first_look: bool = False
) -> str:
    """Gives the reader the theme, font and size of the last session, from the library's
    settings; returns the theme chosen ("system", "light" or "dark"). At the first look, the
    system's theme is the one it had last time (see remembered_system_theme)."""
    theme = setting(THEME_KEY)
    choice = theme if theme in dict(THEME_CHOICES) else "system"
    if choice != "system":
        drawn = choice
    else:
        drawn = remembered_system_theme(setting) if at_first_look else system_theme()
    apply_theme(view, drawn, restyle=not at_first_look)
    family = setting(FONT_KEY)
    if family:
        view.set_reading_font(family)
    size = setting(TEXT_SIZE_KEY)
    if size:
        view.set_text_size(0, float(size))
    return choice


def apply_theme(view: ArticleView, theme: str, *, restyle: bool = True) -> None:
    """The reader, and the whole application around it, in the theme ("light" or "dark");
    see dress_application for `restyle`."""
    dress_application(theme, restyle=restyle)
    view.apply_theme(THEMES[theme])


def system_theme() -> str:
    """The theme that follows the desktop: dark where its colour scheme is, or where its
    palette has text lighter than its windows (a desktop may say one and not the other)."""
    from PySide6.QtCore import Qt  # here: the first look does not wait for it (see readmark.ui)

    if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return palette_theme(desktop_palette())


def remembered_system_theme(setting: Callable[[str], str | None]) -> str:
    """The system's theme as the last session found it (SYSTEM_THEME_KEY), or else as the
    palette shows it: asking the desktop's colour scheme names the Qt namespace, which the
    first look does not wait for (see readmark.ui). The window checks it once open."""
    seen = setting(SYSTEM_THEME_KEY)
    return seen if seen in THEMES else palette_theme(desktop_palette())
