"""How the article reads: text size, reading font and light, dark or high-contrast theme, and
the size of the whole interface, all remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFontDialog, QMenu

from readmark.store.schema import (
    FONT_KEY,
    INTERFACE_SIZE_KEY,
    SYSTEM_THEME_KEY,
    TEXT_SIZE_KEY,
    THEME_KEY,
)
from readmark.ui.reading_settings import (
    INTERFACE_SIZES,
    THEME_CHOICES,
    apply_reading_settings,
    apply_theme,
    system_theme,
)
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow

_desktop_font_size: float | None = None


class ReadingComfort(QObject):
    """View > Larger / Smaller / Normal Text, Reading Font… and Theme."""

    def __init__(self, window: MainWindow, view_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._view = window.view
        self._controller = window.controller
        for text, keys, step in (
            (tr("&Larger Text"), QKeySequence.StandardKey.ZoomIn, 1),
            (tr("&Smaller Text"), QKeySequence.StandardKey.ZoomOut, -1),
            (tr("&Normal Text Size"), QKeySequence("Ctrl+0"), 0),
        ):
            action = QAction(text, window)
            action.setShortcut(keys)
            action.triggered.connect(lambda _=False, s=step: self.change_text_size(s))
            view_menu.addAction(action)
        font_action = view_menu.addAction(tr("Reading &Font…"))
        font_action.triggered.connect(self.choose_reading_font)
        theme_menu = view_menu.addMenu(tr("&Theme"))
        themes = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in THEME_CHOICES:
            action = themes.addAction(tr(label))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, k=key: self.choose_theme(k))
            theme_menu.addAction(action)
            self.theme_actions[key] = action
        size_menu = view_menu.addMenu(tr("&Interface Size"))
        sizes = QActionGroup(self)
        self.interface_size_actions: dict[int, QAction] = {}
        for percent in INTERFACE_SIZES:
            action = sizes.addAction(tr("{percent} %").format(percent=percent))
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, p=percent: self.choose_interface_size(p))
            size_menu.addAction(action)
            self.interface_size_actions[percent] = action
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_colour_scheme)

    def restore(self) -> None:
        """Puts back the theme, font and sizes of the last session."""
        self._show_chosen(apply_reading_settings(self._view, self._controller.setting))
        saved = self._controller.setting(INTERFACE_SIZE_KEY) or ""
        self._apply_interface_size(int(saved) if saved.isdigit() else 100)

    def choose_interface_size(self, percent: int) -> None:
        """Menus, panels and dialogs at `percent` of the desktop's text size, remembered."""
        self._controller.set_setting(INTERFACE_SIZE_KEY, str(percent))
        self._apply_interface_size(percent)

    def _apply_interface_size(self, percent: int) -> None:
        if percent not in self.interface_size_actions:
            percent = 100
        global _desktop_font_size
        if _desktop_font_size is None:  # once: a second window must not scale the scaled size
            _desktop_font_size = QApplication.font().pointSizeF()
        font = QApplication.font()
        font.setPointSizeF(_desktop_font_size * percent / 100)
        QApplication.setFont(font)  # the reader keeps its own font and size
        app = QApplication.instance()
        if isinstance(app, QApplication) and app.styleSheet():  # the high-contrast theme's
            app.setStyleSheet(app.styleSheet())  # else styled widgets keep the old font
        for widget in QApplication.allWidgets():
            if widget.styleSheet():  # Qt does not pass the new font to a styled widget
                widget.setStyleSheet(widget.styleSheet())
        self.interface_size_actions[percent].setChecked(True)

    def choose_theme(self, choice: str) -> None:
        """Light, dark, or whatever the system uses ("system"), remembered."""
        self._controller.set_setting(THEME_KEY, choice)
        self._apply_theme(choice)

    def choose_reading_font(self) -> None:
        accepted, chosen = QFontDialog.getFont(self._view.font(), self._window, "Reading Font")
        if accepted:
            self._view.set_reading_font(chosen.family())
            self.change_text_size(0, chosen.pointSizeF())
            self._controller.set_setting(FONT_KEY, chosen.family())

    def change_text_size(self, step: int, size: float | None = None) -> None:
        """Larger (1), smaller (-1) or the normal (0) reading size, or `size`; remembered."""
        size = self._view.set_text_size(step, size)
        self._controller.set_setting(TEXT_SIZE_KEY, str(size))
        self._window.statusBar().showMessage(
            tr("Text size {size} pt.").format(size=QLocale().toString(size, "g")), 3000
        )

    def _apply_theme(self, choice: str) -> None:
        apply_theme(self._view, system_theme() if choice == "system" else choice)
        self._show_chosen(choice)

    def _show_chosen(self, choice: str) -> None:
        """Checks the theme chosen in the menu; for "system", keeps the theme it drew, for the
        next start's first look."""
        self.theme_actions[choice].setChecked(True)
        drawn = self._view.theme.name
        if choice == "system" and self._controller.setting(SYSTEM_THEME_KEY) != drawn:
            self._controller.set_setting(SYSTEM_THEME_KEY, drawn)

    def _on_system_colour_scheme(self) -> None:
        if self.theme_actions["system"].isChecked():
            # A turn later, once Qt has given the application the scheme's palette too.
            QTimer.singleShot(0, self, lambda: self._apply_theme("system"))
