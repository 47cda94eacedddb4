"""The main window's commands: its menus (MenuCommands), the classes of actions that add their
own, the toolbar, and the commands that name the tags, made again whenever the codebook
changes."""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from readmark.ui.colours import tag_icon
from readmark.ui.menu_commands import MenuCommands
from readmark.ui.translation import tr

if TYPE_CHECKING:
    from readmark.ui.classroom_actions import ClassroomActions
    from readmark.ui.coder_actions import CoderActions
    from readmark.ui.document_label_actions import DocumentLabelActions
    from readmark.ui.exchange_actions import ExchangeActions
    from readmark.ui.main_window import MainWindow
    from readmark.ui.team_actions import TeamActions


class WindowCommands:
    """The menus, then the actions that other classes keep, each class adding its own to the
    menus in turn; the toolbar; and the watch that shows what other programs change in the
    library (the team's Sync Now asks it too)."""

    @staticmethod
    def made_in_steps(window: MainWindow) -> Generator[None, None, WindowCommands]:
        """The commands, their larger classes each made in an event-loop turn of its own (see
        SlicedWork), in the order their menus list them."""
        from readmark.ui.classroom_actions import install_classroom_actions
        from readmark.ui.coder_actions import CoderActions
        from readmark.ui.document_label_actions import DocumentLabelActions
        from readmark.ui.exchange_actions import install_exchange_actions
        from readmark.ui.team_actions import TeamActions

        menus = MenuCommands(window)
        exchange = install_exchange_actions(window, window.file_menu)
        yield
        team = TeamActions(window, window.file_menu)
        yield
        coder = CoderActions(window, window.edit_menu, window.view_menu, window.tools_menu)
        classroom = install_classroom_actions(window, window.classroom_menu)
        yield
        labels = DocumentLabelActions(window)
        yield
        return WindowCommands(window, menus, exchange, team, coder, classroom, labels)

    def __init__(
        self,
        window: MainWindow,
        menus: MenuCommands,
        exchange: ExchangeActions,
        team: TeamActions,
        coder: CoderActions,
        classroom: ClassroomActions,
        labels: DocumentLabelActions,
    ) -> None:
        from readmark.ui.library_watch import LibraryWatch

        self._window = window
        self._next_tag_actions: list[QAction] = []
        self.menus = menus
        self.exchange = exchange
        self.team = team
        self.coder_actions = coder
        self.classroom = classroom
        self.document_labels = labels
        self._fill_toolbar()
        self.install_tag_actions()
        # Last: its first check may bring news that the actions above show (a lead's codebook).
        self.library_watch = LibraryWatch(window)

    def _fill_toolbar(self) -> None:
        toolbar = self._window.toolbar
        toolbar.addAction(self.menus.named["open"])
        toolbar.addSeparator()
        self._after_tags = toolbar.addSeparator()
        toolbar.addActions([self.menus.undo_action, self.menus.redo_action])
        toolbar.addSeparator()
        toolbar.addAction(self.menus.named["export_document"])

    def install_tag_actions(self) -> None:
        """(Re)makes the actions that name the tags: toolbar, menus, the reader's right-click."""
        window = self._window
        for action in [*window.tag_actions, *self._next_tag_actions]:
            window.toolbar.removeAction(action)
            self.menus.tag_menu.removeAction(action)
            window.go_menu.removeAction(action)
            action.deleteLater()
        window.tag_actions.clear()
        self._next_tag_actions.clear()
        for tag in window.controller.tags:
            action = QAction(tag_icon(tag.colour), tag.label, window)
            action.setShortcut(QKeySequence(tag.shortcut))
            keys = f" ({tag.shortcut})" if tag.shortcut else ""
            action.setToolTip(
                tr("Tag the selected passage as {name}").format(name=tag.name)
                + keys
                + (f"\n{tag.description}" if tag.description else "")
            )
            action.setStatusTip(tag.description or action.toolTip())
            action.triggered.connect(lambda _=False, t=tag.id: window.tag_selection(t))
            window.tag_actions.append(action)
            following = QAction(tr("Next {label}").format(label=tag.label), window)
            if tag.shortcut:
                following.setShortcut(QKeySequence(f"Alt+{tag.shortcut}"))
            following.triggered.connect(
                lambda _=False, t=tag.id: window.library.go_to_annotation(1, t)
            )
            self._next_tag_actions.append(following)
        window.toolbar.insertActions(self._after_tags, window.tag_actions)
        self.menus.tag_menu.addActions(window.tag_actions)
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
