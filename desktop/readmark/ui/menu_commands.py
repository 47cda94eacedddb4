"""The main window's menus as the command table lays them out: what each holds, in what order,
with which keys (the classes of actions installed after add their own)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu

from readmark.ui.language_menu import install_language_menu
from readmark.ui.reading_comfort import ReadingComfort
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow


Keys = str | QKeySequence.StandardKey | None


@dataclass(frozen=True)
class Command:
    """A plain command of a menu: its label, keys, and what it does in the window."""

    menu: str  # a MainWindow menu's attribute: "file_menu", "edit_menu", …
    label: str
    keys: Keys
    slot: Callable[[MainWindow], Callable[[], object]]
    icon: str = ""  # a theme icon's name
    name: str = ""  # kept in MenuCommands.named, for the toolbar


@dataclass(frozen=True)
class Part:
    """A place in a menu for what is more than a plain command (a submenu, a checkable one):
    MenuCommands builds it with the method of that name."""

    menu: str
    builder: str


def _separator(menu: str) -> Part:
    return Part(menu, "_separator")


def command_table() -> tuple[Command | Part, ...]:
    """The window's menus, in order (each class of actions installed after adds its own)."""
    return (
        Command("file_menu", tr("&Open…"), QKeySequence.StandardKey.Open,
                lambda w: w.files.open_files, "document-open", name="open"),
        Command("file_menu", tr("Open &Folder…"), "Ctrl+Shift+O", lambda w: w.files.open_folder),
        Command("file_menu", tr("Open &Address…"), "Ctrl+L", lambda w: w.files.open_address),
        Part("file_menu", "_recent_menu"),
        Part("file_menu", "_import_comments"),
        Command("file_menu", tr("&Paste as New Article"), "Ctrl+Shift+V",
                lambda w: w.files.paste_article),
        Command("file_menu", tr("&Export Document as CSV…"), "Ctrl+E",
                lambda w: lambda: w.files.export_csv(whole_library=False), "document-save-as",
                name="export_document"),
        Command("file_menu", tr("Export &Library as CSV…"), "Ctrl+Shift+E",
                lambda w: lambda: w.files.export_csv(whole_library=True)),
        _separator("file_menu"),
        Command("file_menu", tr("&Restore from Backup…"), None,
                lambda w: w.files.restore_from_backup),
        _separator("file_menu"),
        Command("file_menu", tr("&Quit"), QKeySequence.StandardKey.Quit, lambda w: w.close),
        Part("edit_menu", "_undo_and_redo"),
        _separator("edit_menu"),
        Part("edit_menu", "_tag_menu"),
        Command("edit_menu", tr("&Codebook…"), "Ctrl+K", lambda w: w.show_codebook),
        Part("edit_menu", "_annotation_actions"),
        Command("edit_menu", tr("&Remove Document from Library…"), None,
                lambda w: w.files.remove_current_document),
        Part("edit_menu", "_list_remove"),
        _separator("edit_menu"),
        Command("edit_menu", tr("&Find in Article…"), QKeySequence.StandardKey.Find,
                lambda w: w.find_bar.open_bar),
        Command("edit_menu", tr("&Search the Library…"), "Ctrl+Shift+F",
                lambda w: w.library.search_library),
        Command("go_menu", tr("&Next Annotation"), "N",
                lambda w: lambda: w.library.go_to_annotation(1)),
        Command("go_menu", tr("&Previous Annotation"), "P",
                lambda w: lambda: w.library.go_to_annotation(-1)),
        _separator("go_menu"),
        Command("go_menu", tr("Next &Pane"), "F6", lambda w: lambda: w.library.cycle_focus(1)),
        Command("go_menu", tr("Previous Pa&ne"), "Shift+F6",
                lambda w: lambda: w.library.cycle_focus(-1)),
        _separator("go_menu"),
        Part("view_menu", "_show_repeats"),
        _separator("view_menu"),
        Command("view_menu", tr("S&ummary of the Library…"), "Ctrl+I", lambda w: w.show_summary),
        Part("view_menu", "_reading_and_language"),
        _separator("view_menu"),
        Part("view_menu", "_dock_toggles"),
        Command("tools_menu", tr("&Suggest Tags"), "Ctrl+Shift+G",
                lambda w: w.library.suggest_tags),
        Command("help_menu", tr("Open &Data Folder"), None, lambda w: w.files.open_data_folder),
        Command("help_menu", tr("&About Readmark"), None, lambda w: w.show_about),
    )  # fmt: skip


class MenuCommands:
    """Fills the window's menus from command_table once its library is open; keeps the actions
    and submenus that others reach (the toolbar, the tests)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.named: dict[str, QAction] = {}
        for entry in command_table():
            menu: QMenu = getattr(window, entry.menu)
            if isinstance(entry, Part):
                getattr(self, entry.builder)(menu)
            else:
                action = self._action(entry.label, entry.keys, entry.slot(window), entry.icon)
                menu.addAction(action)
                if entry.name:
                    self.named[entry.name] = action

    # The parts of the menus that are more than a plain command

    def _separator(self, menu: QMenu) -> None:
        menu.addSeparator()

    def _recent_menu(self, menu: QMenu) -> None:
        self.recent_menu = menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _import_comments(self, menu: QMenu) -> None:
        # Remembered in the library: a Word file's comments may be the work, or the noise.
        controller = self._window.controller
        action = self.import_comments_action = QAction(
            tr("Import File &Comments as Annotations"), self._window
        )
        action.setCheckable(True)
        action.setChecked(controller.comments_wanted())
        action.setStatusTip(
            tr("Comments in Word and OpenDocument files come in as notes on a “comment” tag")
        )
        action.toggled.connect(controller.want_comments)
        menu.addAction(action)

    def _undo_and_redo(self, menu: QMenu) -> None:
        stack, window = self._window.controller.undo_stack, self._window
        undo = self.undo_action = stack.createUndoAction(window, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.redo_action = stack.createRedoAction(window, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The toolbar's buttons keep short labels and name the step in their tooltips (the Edit
        # menu names it in full): a label changing with every step shifted the buttons after it.
        undo.setIconText(tr("Undo"))
        redo.setIconText(tr("Redo"))
        menu.addActions([undo, redo])
        # Said once the stack has moved: the message of the change taken back ("Tagged as
        # claim. Ctrl+Z undoes it.") must not stay, least of all for a screen reader's user.
        undo.triggered.connect(lambda: self._say_moved(tr("Undone: {step}"), stack.index()))
        redo.triggered.connect(lambda: self._say_moved(tr("Redone: {step}"), stack.index() - 1))

    def _say_moved(self, message: str, step: int) -> None:
        stack = self._window.controller.undo_stack
        if 0 <= step < stack.count():
            self._window.statusBar().showMessage(message.format(step=stack.text(step)), 5000)

    def _tag_menu(self, menu: QMenu) -> None:
        self.tag_menu = menu.addMenu(tr("&Tag Selection As"))

    def _annotation_actions(self, menu: QMenu) -> None:
        # Del and F2 act on the selected annotation from the panel or the reader; in the
        # library list, Del removes a document instead (_list_remove).
        panel = self._window.panel
        self._window.view.addActions([panel.delete_action, panel.note_action])
        menu.addActions([panel.note_action, panel.delete_action])
        # Links between passages: made and followed from the panel, found here too.
        menu.addActions([panel.links.link_action, panel.links.follow_action])

    def _list_remove(self, menu: QMenu) -> None:
        window = self._window
        remove = self._action(
            tr("&Remove from Library…"),
            QKeySequence.StandardKey.Delete,
            window.files.remove_current_document,
        )
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.document_list.addAction(remove)

    def _show_repeats(self, menu: QMenu) -> None:
        action = self.show_repeats_action = QAction(tr("Show Folded &Repeats"), self._window)
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(self._window.library.show_folded_repeats)
        menu.addAction(action)

    def _reading_and_language(self, menu: QMenu) -> None:
        self.comfort = ReadingComfort(self._window, menu)
        self.language_menu = install_language_menu(self._window, menu)

    def _dock_toggles(self, menu: QMenu) -> None:
        window = self._window
        menu.addActions(
            [window.library_dock.toggleViewAction(), window.panel_dock.toggleViewAction()]
        )

    def _fill_recent_menu(self) -> None:
        window, menu = self._window, self.recent_menu
        menu.clear()
        titles = {d.id: d.title for d in window.controller.documents()}
        for number, document_id in enumerate(window.controller.recent_document_ids(), start=1):
            if document_id in titles:
                action = menu.addAction(f"&{number % 10} {titles[document_id]}")
                action.triggered.connect(lambda _=False, d=document_id: window.open_from_list(d))
        if menu.isEmpty():
            menu.addAction(tr("No documents yet")).setEnabled(False)

    def _action(
        self,
        text: str,
        shortcut: Keys,
        slot: Callable[[], object],
        icon: str = "",
    ) -> QAction:
        window = self._window
        action = QAction(QIcon.fromTheme(icon), text, window) if icon else QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action
