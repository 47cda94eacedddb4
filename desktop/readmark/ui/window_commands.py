"""The main window's commands: what each menu and the toolbar hold, in what order, with which
keys; and the commands that name the tags, made again whenever the codebook changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence

from readmark.ui.colours import tag_icon
from readmark.ui.language_menu import install_language_menu
from readmark.ui.reading_comfort import ReadingComfort
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.main_window import MainWindow


class WindowCommands:
    """Fills the window's menus and toolbar once its library is open (attach)."""

    def __init__(self, window: MainWindow) -> None:
        from readmark.ui.classroom_actions import install_classroom_actions
        from readmark.ui.coder_actions import CoderActions
        from readmark.ui.document_label_actions import DocumentLabelActions
        from readmark.ui.exchange_actions import install_exchange_actions
        from readmark.ui.team_actions import TeamActions

        self._window = window
        self._next_tag_actions: list[QAction] = []
        files = window.files
        undo = window.controller.undo_stack.createUndoAction(window, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = window.controller.undo_stack.createRedoAction(window, tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The toolbar's buttons keep short labels and name the step in their tooltips (the Edit
        # menu names it in full): a label changing with every step shifted the buttons after it.
        undo.setIconText(tr("Undo"))
        redo.setIconText(tr("Redo"))
        open_folder = self._action(tr("Open &Folder…"), "Ctrl+Shift+O", files.open_folder)
        open_address = self._action(tr("Open &Address…"), "Ctrl+L", files.open_address)
        paste = self._action(tr("&Paste as New Article"), "Ctrl+Shift+V", files.paste_article)
        # Remembered in the library: a Word file's comments may be the work, or the noise.
        self.import_comments_action = QAction(tr("Import File &Comments as Annotations"), window)
        self.import_comments_action.setCheckable(True)
        self.import_comments_action.setChecked(window.controller.comments_wanted())
        self.import_comments_action.setStatusTip(
            tr("Comments in Word and OpenDocument files come in as notes on a “comment” tag")
        )
        self.import_comments_action.toggled.connect(window.controller.want_comments)
        open_action = self._action(
            tr("&Open…"), QKeySequence.StandardKey.Open, files.open_files, "document-open"
        )
        export_document = self._action(
            tr("&Export Document as CSV…"),
            "Ctrl+E",
            lambda: files.export_csv(whole_library=False),
            "document-save-as",
        )
        export_library = self._action(
            tr("Export &Library as CSV…"),
            "Ctrl+Shift+E",
            lambda: files.export_csv(whole_library=True),
        )
        restore = self._action(tr("&Restore from Backup…"), None, files.restore_from_backup)
        quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, window.close)

        file_menu = window.file_menu
        file_menu.addActions([open_action, open_folder, open_address])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.import_comments_action, paste, export_document, export_library])
        file_menu.addSeparator()
        file_menu.addAction(restore)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.exchange = install_exchange_actions(window, file_menu)
        self.team = TeamActions(window, file_menu)

        # Del and F2 act on the selected annotation from the panel or the reader; in the
        # library list, Del removes a document instead.
        panel = window.panel
        window.view.addActions([panel.delete_action, panel.note_action])
        edit_menu = window.edit_menu
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.tag_menu = edit_menu.addMenu(tr("&Tag Selection As"))
        edit_menu.addAction(self._action(tr("&Codebook…"), "Ctrl+K", window.show_codebook))
        edit_menu.addActions([panel.note_action, panel.delete_action])
        # Links between passages: made and followed from the panel, found here too.
        edit_menu.addActions([panel.links.link_action, panel.links.follow_action])
        remove_document = self._action(
            tr("&Remove Document from Library…"), None, files.remove_current_document
        )
        list_remove = self._action(
            tr("&Remove from Library…"),
            QKeySequence.StandardKey.Delete,
            files.remove_current_document,
        )
        list_remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        window.document_list.addAction(list_remove)
        edit_menu.addAction(remove_document)
        edit_menu.addSeparator()
        find = QKeySequence.StandardKey.Find
        edit_menu.addAction(self._action(tr("&Find in Article…"), find, window.find_bar.open_bar))
        edit_menu.addAction(
            self._action(tr("&Search the Library…"), "Ctrl+Shift+F", window.search_library)
        )
        go_menu = window.go_menu
        go = window.go_to_annotation
        go_menu.addAction(self._action(tr("&Next Annotation"), "N", lambda: go(1)))
        go_menu.addAction(self._action(tr("&Previous Annotation"), "P", lambda: go(-1)))
        go_menu.addSeparator()
        go_menu.addAction(self._action(tr("Next &Pane"), "F6", lambda: window.cycle_focus(1)))
        go_menu.addAction(
            self._action(tr("Previous Pa&ne"), "Shift+F6", lambda: window.cycle_focus(-1))
        )
        go_menu.addSeparator()

        self.show_repeats_action = QAction(tr("Show Folded &Repeats"), window)
        self.show_repeats_action.setCheckable(True)
        self.show_repeats_action.setChecked(True)
        self.show_repeats_action.toggled.connect(window.show_folded_repeats)
        view_menu = window.view_menu
        view_menu.addAction(self.show_repeats_action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(tr("S&ummary of the Library…"), "Ctrl+I", window.show_summary)
        )
        self.comfort = ReadingComfort(window, view_menu)
        self.language_menu = install_language_menu(window, view_menu)
        view_menu.addSeparator()
        view_menu.addActions(
            [window.library_dock.toggleViewAction(), window.panel_dock.toggleViewAction()]
        )

        tools_menu = window.tools_menu
        tools_menu.addAction(self._action(tr("&Suggest Tags"), "Ctrl+Shift+G", window.suggest_tags))
        self.coder_actions = CoderActions(window, edit_menu, view_menu, tools_menu)
        help_menu = window.help_menu
        help_menu.addAction(self._action(tr("Open &Data Folder"), None, files.open_data_folder))
        help_menu.addAction(self._action(tr("&About Readmark"), None, window.show_about))

        toolbar = window.toolbar
        toolbar.addAction(open_action)
        toolbar.addSeparator()
        self._after_tags = toolbar.addSeparator()
        toolbar.addActions([undo, redo])
        toolbar.addSeparator()
        toolbar.addAction(export_document)
        self.install_tag_actions()
        self.classroom = install_classroom_actions(window, window.classroom_menu)
        self.document_labels = DocumentLabelActions(window)

    def install_tag_actions(self) -> None:
        """(Re)makes the actions that name the tags: toolbar, menus, the reader's right-click."""
        window = self._window
        for action in [*window.tag_actions, *self._next_tag_actions]:
            window.toolbar.removeAction(action)
            self.tag_menu.removeAction(action)
            window.go_menu.removeAction(action)
            action.deleteLater()
        window.tag_actions, self._next_tag_actions = [], []
        for tag in window.controller.tags:
            action = QAction(tag_icon(tag.colour), tag.label, window)
            action.setShortcut(QKeySequence(tag.shortcut))
            keys = f" ({tag.shortcut})" if tag.shortcut else ""
            action.setToolTip(
                f"Tag the selected passage as {tag.name}{keys}"
                + (f"\n{tag.description}" if tag.description else "")
            )
            action.setStatusTip(tag.description or action.toolTip())
            action.triggered.connect(lambda _=False, t=tag.id: window.tag_selection(t))
            window.tag_actions.append(action)
            following = QAction(tr("Next {label}").format(label=tag.label), window)
            if tag.shortcut:
                following.setShortcut(QKeySequence(f"Alt+{tag.shortcut}"))
            following.triggered.connect(lambda _=False, t=tag.id: window.go_to_annotation(1, t))
            self._next_tag_actions.append(following)
        window.toolbar.insertActions(self._after_tags, window.tag_actions)
        self.tag_menu.addActions(window.tag_actions)
        window.go_menu.addActions(self._next_tag_actions)
        window.view.set_tag_actions(window.tag_actions)

    def command_keys(self) -> dict[str, str]:
        """The keys the window's commands take (the tags' own aside), each with its command."""
        window = self._window
        return {
            key.toString(): action.iconText()
            for action in window.findChildren(QAction)
            if action not in window.tag_actions
            for key in action.shortcuts()
        }

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
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        icon: str = "",
    ) -> QAction:
        window = self._window
        action = QAction(QIcon.fromTheme(icon), text, window) if icon else QAction(text, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action
