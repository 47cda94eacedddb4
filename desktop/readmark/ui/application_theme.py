"""The whole application in the reader's theme: library, panels, toolbar, menus, status bar,
scroll bars and dialogs, not the article alone. Where the desktop's own look is of the theme
already (light or dark), the application keeps it; elsewhere it wears Fusion, the one style Qt
draws well in any palette, with the theme's palette.

Nothing here names the Qt namespace (the first look dresses the window before its first paint,
and does not wait for the namespace: see readmark.ui), nor copies a palette (QPalette's copy
constructor makes the namespace too: each palette here is built afresh)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

FUSION = "fusion"
_ROLE, _GROUP = QPalette.ColorRole, QPalette.ColorGroup
# The palettes, in the reader's papers and inks: (role, colour) for every group, then the
# disabled group's greyed text.
_COLOURS = {
    "dark": {
        _ROLE.Window: "#2b2926",
        _ROLE.WindowText: "#e9e4da",
        _ROLE.Base: "#232220",
        _ROLE.AlternateBase: "#2b2926",
        _ROLE.ToolTipBase: "#3a3733",
        _ROLE.ToolTipText: "#e9e4da",
        _ROLE.PlaceholderText: "#968f84",
        _ROLE.Text: "#e9e4da",
        _ROLE.Button: "#353230",
        _ROLE.ButtonText: "#e9e4da",
        _ROLE.BrightText: "#ff7a6b",
        _ROLE.Light: "#4a4641",
        _ROLE.Midlight: "#3f3c38",
        _ROLE.Mid: "#27251f",
        _ROLE.Dark: "#1a1917",
        _ROLE.Shadow: "#0c0c0b",
        _ROLE.Highlight: "#4a6f9e",
        _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: "#8fb8ef",
        _ROLE.LinkVisited: "#c6a0ec",
    },
    "light": {
        _ROLE.Window: "#efece6",
        _ROLE.WindowText: "#23201c",
        _ROLE.Base: "#ffffff",
        _ROLE.AlternateBase: "#f7f5f1",
        _ROLE.ToolTipBase: "#fff4d6",
        _ROLE.ToolTipText: "#23201c",
        _ROLE.PlaceholderText: "#8a847b",
        _ROLE.Text: "#23201c",
        _ROLE.Button: "#efece6",
        _ROLE.ButtonText: "#23201c",
        _ROLE.BrightText: "#ffffff",
        _ROLE.Light: "#ffffff",
        _ROLE.Midlight: "#d6d2cb",
        _ROLE.Mid: "#b9b4ac",
        _ROLE.Dark: "#a09a91",
        _ROLE.Shadow: "#76716a",
        _ROLE.Highlight: "#308cc6",
        _ROLE.HighlightedText: "#ffffff",
        _ROLE.Link: "#1a5fb4",
        _ROLE.LinkVisited: "#813d9c",
    },
    # White and yellow on black, every edge drawn white: nothing told by a faint shade.
    "high-contrast": {
        _ROLE.Window: "#000000",
        _ROLE.WindowText: "#ffffff",
        _ROLE.Base: "#000000",
        _ROLE.AlternateBase: "#1a1a1a",
        _ROLE.ToolTipBase: "#000000",
        _ROLE.ToolTipText: "#ffff00",
        _ROLE.PlaceholderText: "#c8c8c8",
        _ROLE.Text: "#ffffff",
        _ROLE.Button: "#000000",
        _ROLE.ButtonText: "#ffffff",
        _ROLE.BrightText: "#ffff00",
        _ROLE.Light: "#ffffff",
        _ROLE.Midlight: "#ffffff",
        _ROLE.Mid: "#ffffff",
        _ROLE.Dark: "#ffffff",
        _ROLE.Shadow: "#ffffff",
        _ROLE.Highlight: "#ffff00",
        _ROLE.HighlightedText: "#000000",
        _ROLE.Link: "#00ffff",
        _ROLE.LinkVisited: "#ff80ff",
    },
}
_DISABLED = {"dark": "#7f786e", "light": "#aaa49b", "high-contrast": "#a0a0a0"}
# The focus ring's width (see focus_ring.py), an application property: in the high-contrast
# theme thick enough to find at a glance.
RING_WIDTH_PROPERTY = "readmarkFocusRingWidth"
HIGH_CONTRAST_RING = 4
# Fusion draws check boxes, radio buttons and field edges in a shade of the window's colour,
# which on black is black: in high contrast they are drawn white, and yellow when checked.
HIGH_CONTRAST_SHEET = """
QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {
    width: 12px; height: 12px; border: 2px solid #ffffff; background: #000000;
}
QRadioButton::indicator { border-radius: 8px; }
QCheckBox::indicator:checked, QRadioButton::indicator:checked,
QAbstractItemView::indicator:checked { background: #ffff00; }
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #a0a0a0; }
QListView, QTableView, QTreeView, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {
    border: 1px solid #ffffff;
}
ArticleView { border: none; }
"""
_GREYED = (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText)

# The desktop's palette and style name, kept while the application wears the theme's.
_desktop_palette: QPalette | None = None
_desktop_style: str | None = None


def palette_theme(palette: QPalette) -> str:
    """ "high-contrast" for white text on black, "dark" for a palette with text lighter than
    its windows, else "light"."""
    text = palette.color(_ROLE.WindowText).lightness()
    window = palette.color(_ROLE.Window).lightness()
    if text - window >= 240:
        return "high-contrast"
    return "dark" if text > window else "light"


def desktop_palette() -> QPalette:
    """The desktop's palette, as the application had it before wearing the theme's."""
    return _desktop_palette if _desktop_palette is not None else QGuiApplication.palette()


def dress_application(theme: str, *, restyle: bool = True) -> None:
    """Gives the application the look of the theme ("light", "dark" or "high-contrast"): the
    desktop's own, where its palette is of the theme; else the theme's palette, in Fusion
    unless `restyle` is False (the first look's: the first paint does not wait for PySide to
    make its QStyle type; the window restyles once open)."""
    global _desktop_palette, _desktop_style
    if palette_theme(desktop_palette()) == theme:
        undress_application()
    else:
        if _desktop_palette is None:
            _desktop_palette = QGuiApplication.palette()
        if restyle and _desktop_style is None:
            _desktop_style = QApplication.style().name()
            if _desktop_style.lower() != FUSION:  # else a needless restyle of every widget
                QApplication.setStyle(FUSION)
        QApplication.setPalette(_palette(theme))
    _dress_edges(theme == "high-contrast")


def _dress_edges(contrast: bool) -> None:
    """The high-contrast edges and focus ring, or none; after the palette, which a widget
    styled by a sheet would not follow."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setProperty(RING_WIDTH_PROPERTY, HIGH_CONTRAST_RING if contrast else None)
        sheet = HIGH_CONTRAST_SHEET if contrast else ""
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)


def undress_application() -> None:
    """The desktop's own style and palette again (the palette following the desktop's)."""
    global _desktop_palette, _desktop_style
    if _desktop_style is not None and QApplication.style().name() != _desktop_style:
        QApplication.setStyle(_desktop_style)
    if _desktop_palette is not None:
        QApplication.setPalette(QPalette())  # no palette of its own: the desktop's again
    _desktop_palette = _desktop_style = None


def _palette(theme: str) -> QPalette:
    palette = QPalette()
    for role, colour in _COLOURS[theme].items():
        palette.setColor(role, QColor(colour))
    for role in _GREYED:
        palette.setColor(_GROUP.Disabled, role, QColor(_DISABLED[theme]))
    return palette
