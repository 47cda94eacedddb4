"""The interface in French, German and Spanish (issue 28, part 1): every command of the main
window's menus, and the menus themselves, read in the language chosen; the catalogues hold
every string the code marks, each translated, its placeholders kept; View > Language remembers
the choice for the next start."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from factories import make_article, new_annotation
from readmark.app import create_window
from readmark.core.document_labels import INFOZONES
from readmark.paths import resource_path
from readmark.store.backup import Backup
from readmark.ui.about_dialog import AboutDialog
from readmark.ui.curation_dialog import CurationDialog
from readmark.ui.exercise_dialogs import ExerciseBanner, MakeExerciseDialog
from readmark.ui.main_window import MainWindow
from readmark.ui.preset_dialog import PresetDialog
from readmark.ui.recovery_dialog import describe_backup
from readmark.ui.translation import (
    LANGUAGES,
    chosen_language,
    install_translators,
    interface_language,
    remove_translators,
)

from .test_every_command import commands

TRANSLATED = ("fr", "de", "es")
HOW = "see desktop/readmark/ui/translation.py and scripts/translations.py"


def catalogue(language: str) -> dict[str, str]:
    """Source text -> finished translation, as the .ts file for `language` holds them; a count's
    (a numerus message) in its form for one, %n made 1."""
    return {source: text for source, _, text in messages(language)}


def messages(language: str) -> list[tuple[str, str | None, str]]:
    """Each message of the .ts file for `language`: its source, its disambiguation (a
    "column" heading apart from the same word elsewhere) and its finished translation."""
    path = resource_path("resources", "translations", f"readmark_{language}.ts")
    found = []
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None and not translation.get("type"), message.findtext("source")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        assert all(forms), message.findtext("source")
        text = forms[0].replace("%n", "1") if forms else translation.text or ""
        found.append((message.findtext("source", ""), message.findtext("comment"), text))
    return found


def menu_texts(window: MainWindow) -> list[str]:
    """The text of every menu in the menu bar and of every command in them, submenus included."""
    texts = []
    for entry in window.menuBar().actions():
        texts.append(entry.text())
        texts += [action.text() for _, action in commands(entry.menu())]  # type: ignore[arg-type]
    return [text for text in texts if text]


def data_texts(window: MainWindow) -> set[str]:
    """Texts that name the reader's data rather than the interface: tags, documents, labels."""
    controller = window.controller
    names = {tag.name for tag in controller.tags}
    names |= {d.title for d in controller.documents()}
    names |= {zone.label for zone in INFOZONES} | set(LANGUAGES.values())
    return names


@pytest.fixture
def english_window(qtbot: QtBot, isolated_paths: Path) -> Iterator[MainWindow]:
    window = create_window(str(isolated_paths))
    qtbot.addWidget(window)
    yield window
    window.close()


def open_in(language: str, qtbot: QtBot, library: Path) -> tuple[MainWindow, list]:
    translators = install_translators(language)
    window = create_window(str(library))
    qtbot.addWidget(window)
    return window, translators


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_menu_and_command_reads_in_the_language_chosen(
    language: str, english_window: MainWindow, qtbot: QtBot, isolated_paths: Path
) -> None:
    english = menu_texts(english_window)
    window, translators = open_in(language, qtbot, isolated_paths)
    try:
        shown = menu_texts(window)
        data = data_texts(window)
    finally:
        window.close()
        remove_translators(translators)
    translations = catalogue(language)
    numbered = [re.sub(r"^&\d ", "", t) for t in english]  # "&1 Figure": a numbered choice
    missing = [t for t in numbered if not in_catalogue(t, translations) and not is_data(t, data)]
    assert not missing, f"not in the catalogue (mark them with tr(): {HOW}): {missing}"
    shown = [re.sub(r"^&\d ", "", t) for t in shown]
    untranslated = {
        t for t in shown if in_catalogue(t, translations, False) and not is_data(t, data)
    }
    assert not untranslated, (language, untranslated)
    assert not [t for t in shown if "{" in t], language  # every placeholder filled


def in_catalogue(text: str, translations: dict[str, str], left_as_is: bool = True) -> bool:
    """Whether `text` is a source of the catalogue, its placeholders filled ("Next Claim" for
    "Next {label}"); with left_as_is False, only a source whose translation differs from it."""
    for source, translation in translations.items():
        if not left_as_is and (translation == source or not words_of(source)):
            continue
        pattern = re.sub(r"\\\{\w+\\\}", ".*", re.escape(source))
        pattern = pattern.replace("%n", r"\d+").replace(r"\(s\)", "s?")  # a count: "%n tag(s)"
        if re.fullmatch(pattern, text) or text in toolbar_texts(source):
            return True
    return False


def words_of(source: str) -> str:
    """A source's own words, without placeholders: none in a number's or a quotation's form
    ("{percent}%", "“{passage}”"), which tells no language from another once filled."""
    return re.sub(r"[^A-Za-z]", "", re.sub(r"\{\w+\}|%n", "", source))


def toolbar_texts(text: str) -> set[str]:
    """A command's text as a toolbar button may show it: no shortcut letter, no trailing dots."""
    plain = text.replace("&", "")
    return {plain, plain.removesuffix("…")}


def is_data(text: str, data: set[str]) -> bool:
    """Whether a text names data (a tag, a document, a coder), not the interface: "&1 Title"."""
    names = {name.casefold() for name in data}
    parts = re.split(r"&\d\s|[—:·]|&|\d+$", text)  # "&1 Title", "2 · ben" (a coder's column)
    return any(part.strip().casefold() in names for part in parts if part.strip())


def test_the_catalogues_hold_every_string_the_code_marks_each_translated() -> None:
    """pyside6-lupdate run on the code finds nothing the .ts files lack, and nothing in them is
    left unfinished: a string marked with tr() and not translated fails here."""
    script = Path(__file__).resolve().parents[2] / "scripts" / "translations.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_translation_keeps_its_placeholders_and_one_shortcut_letter(language: str) -> None:
    for source, translation in catalogue(language).items():
        assert translation, source
        assert sorted(re.findall(r"\{\w+\}", translation)) == sorted(
            re.findall(r"\{\w+\}", source)
        ), (language, source)
        assert translation.count("&") == source.count("&"), (language, source)


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_compiled_catalogue_is_as_new_as_its_source(qapp: QApplication, language: str) -> None:
    folder = resource_path("resources", "translations")
    source, compiled = folder / f"readmark_{language}.ts", folder / f"readmark_{language}.qm"
    assert compiled.exists(), "run scripts/translations.py"
    translators = install_translators(language)
    try:
        for text, disambiguation, translation in messages(language):
            shown = QApplication.translate("", text, disambiguation, 1)
            assert shown == translation, (source.name, text)
    finally:
        remove_translators(translators)


def test_dates_and_numbers_follow_the_language(qapp: QApplication) -> None:
    translators = install_translators("de")
    try:
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
        assert QLocale().monthName(3) == "März"
    finally:
        remove_translators(translators)


def test_view_language_remembers_the_choice_for_the_next_start(
    qtbot: QtBot, english_window: MainWindow
) -> None:
    menu = english_window.commands.menus.language_menu
    names = [action.text() for action in menu.actions()]
    assert names == ["System Language", "English", "Français", "Deutsch", "Español"]
    assert menu.actions()[0].isChecked() and chosen_language() == ""
    menu.actions()[2].trigger()
    assert chosen_language() == "fr" and interface_language(chosen_language()) == "fr"
    assert "next time Readmark starts" in english_window.statusBar().currentMessage()
    restarted = create_window()
    qtbot.addWidget(restarted)
    assert restarted.commands.menus.language_menu.actions()[2].isChecked()
    restarted.close()


def test_the_system_language_is_followed_when_nothing_is_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("es_ES"))
    assert interface_language("") == "es"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale("ja_JP"))
    assert interface_language("") == "en"
    assert interface_language("de") == "de"


def widget_texts(window: QWidget) -> list[str]:
    """What a window's widgets show: its title, labels, buttons, tabs, docks, placeholders."""
    texts = [window.windowTitle()]
    texts += [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [button.text() for button in window.findChildren(QAbstractButton) if ours(button)]
    texts += [field.placeholderText() for field in window.findChildren(QLineEdit)]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(index) for index in range(tabs.count())]
    texts += [
        heading for view in window.findChildren(QAbstractItemView) for heading in headings(view)
    ]
    return [t for t in texts if re.search(r"[A-Za-z]{2}", t)]  # not a count, not an icon


def headings(view: QAbstractItemView) -> list[str]:
    """The column headings of a table or a tree."""
    model = view.model()
    if model is None or not isinstance(view, QTableView | QTreeView):
        return []
    horizontal, shown = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    return [str(model.headerData(c, horizontal, shown) or "") for c in range(model.columnCount())]


def ours(button: QAbstractButton) -> bool:
    """Not one of Qt's standard buttons (OK, Cancel), which Qt's own catalogue translates."""
    box = button.parent()
    none = QDialogButtonBox.StandardButton.NoButton
    return not isinstance(box, QDialogButtonBox) or box.standardButton(button) == none  # type: ignore[arg-type]


def test_every_label_button_and_tab_of_the_window_is_in_the_catalogue(
    english_window: MainWindow,
) -> None:
    translations = catalogue("fr")
    data = data_texts(english_window)
    shown = [re.sub(r"^&\d ", "", t) for t in widget_texts(english_window)]
    missing = [t for t in shown if not in_catalogue(t, translations) and not is_data(t, data)]
    assert not missing, f"not in the catalogue (mark them with tr(): {HOW}): {missing}"


def test_the_exercise_about_and_preset_dialogs_are_in_the_catalogue(
    english_window: MainWindow,
) -> None:
    translations = catalogue("fr")
    tags = english_window.controller.tags
    dialog = MakeExerciseDialog("Rivers", tags, {tags[0].id: 3}, english_window, {tags[0].id: 2})
    banner = english_window.findChild(ExerciseBanner)
    assert banner is not None
    about = AboutDialog("1.0", Path("/data"), english_window)
    presets = PresetDialog(tags, english_window)
    data = data_texts(english_window) | {"Rivers", "<h2>Readmark 1.0</h2>"}
    windows = [dialog, banner, about, presets]
    shown = [re.sub(r"^&\d ", "", t) for w in windows for t in widget_texts(w)]
    missing = [t for t in shown if not in_catalogue(t, translations) and not is_data(t, data)]
    assert not missing, f"not in the catalogue (mark them with tr(): {HOW}): {missing}"


def test_the_column_headings_of_tables_and_their_dialogs_are_in_the_catalogue(
    english_window: MainWindow,
) -> None:
    from readmark.ui.library_search import LibrarySearchDialog

    translations = catalogue("fr")
    english_window.library.search_library()
    search = english_window.findChild(LibrarySearchDialog)
    assert search is not None
    dialogs = [
        english_window,
        english_window.show_summary(),
        english_window.show_codebook(),
        english_window.commands.coder_actions.show_agreement(),
        search,
    ]
    shown = [
        h for d in dialogs for view in d.findChildren(QAbstractItemView) for h in headings(view)
    ]
    assert {"Tag", "Passage", "Why", "Found in", "Key", "Overlap"} <= set(shown)  # all looked at
    data = data_texts(english_window)
    missing = [t for t in shown if not in_catalogue(t, translations) and not is_data(t, data)]
    assert not missing, f"not in the catalogue (mark them with tr(): {HOW}): {missing}"
    for dialog in dialogs[1:]:
        dialog.close()


@pytest.mark.parametrize(
    ("language", "panel", "suggestions"),
    [
        ("fr", ["Étiquette", "Passage", "Note", "Codeur"], ["Étiquette", "Passage", "Pourquoi"]),
        ("es", ["Etiqueta", "Pasaje", "Nota", "Codificador"], ["Etiqueta", "Pasaje", "Por qué"]),
    ],
)
def test_the_panel_s_column_headings_read_in_the_language_chosen(
    qtbot: QtBot, isolated_paths: Path, language: str, panel: list[str], suggestions: list[str]
) -> None:
    window, translators = open_in(language, qtbot, isolated_paths)
    try:
        assert headings(window.panel.table) == panel
        assert headings(window.suggestions.table) == suggestions
    finally:
        window.close()
        remove_translators(translators)


def test_a_backup_is_dated_the_way_the_language_writes_dates(qapp: QApplication) -> None:
    made = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)  # the 14th in every time zone
    translators = install_translators("de")
    try:
        assert describe_backup(Backup(Path("b.sqlite3"), made, "")) == QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(made.timestamp())), QLocale.FormatType.ShortFormat
        )
        assert describe_backup(Backup(Path("b.sqlite3"), made, "")).startswith("14.03.26")
    finally:
        remove_translators(translators)


def curation_of(window: MainWindow) -> CurationDialog:
    """The curation dialog of a document two coders tagged: one passage alike, two not."""
    controller = window.controller
    text = "Prices rose in May. The minister was pleased. Nobody else was."
    document = controller.add_article(make_article(text, "Prices"))
    claim, opinion = controller.tags[0].id, controller.tags[1].id
    for coder, tag, words in [
        ("ann", claim, "Prices rose in May."),
        ("ben", claim, "Prices rose in May."),
        ("ann", claim, "The minister was pleased."),
        ("ben", opinion, "The minister was pleased."),
        ("ben", opinion, "Nobody else was."),
    ]:
        start = text.index(words)
        made = new_annotation(document.id, tag, start, start + len(words), text)
        controller.repository.add_annotation(replace(made, coder=coder))
    return CurationDialog(window, controller, controller.repository.document(document.id))


def test_the_curation_dialog_is_in_the_catalogue_its_counts_in_the_plural(
    english_window: MainWindow, qtbot: QtBot, isolated_paths: Path
) -> None:
    translations = catalogue("fr")
    dialog = curation_of(english_window)
    shown = [*widget_texts(dialog), dialog.quorum_box.suffix()]
    dialog.show_agreed.setChecked(True)  # the agreed passages' keys, in the message
    shown += widget_texts(dialog)
    data = data_texts(english_window) | {"ann", "ben"}
    missing = [t for t in shown if not in_catalogue(t, translations) and not is_data(t, data)]
    assert not missing, f"not in the catalogue (mark them with tr(): {HOW}): {missing}"
    summary = dialog.summary.text().strip()
    assert summary == "1 agreed passage, 1 not yet taken · 2 disagreements, 0 settled"
    window, translators = open_in("fr", qtbot, isolated_paths)
    try:
        french = curation_of(window)
        assert french.summary.text().strip() == (
            "1 passage concordant, 1 pas encore repris · 2 désaccords, 0 réglé"
        )
        assert french.quorum_box.suffix() == " sur 2 codeurs"
        assert french.windowTitle() == "Arbitrer « Prices »"
    finally:
        window.close()
        remove_translators(translators)


def test_the_codebook_agreement_export_and_summary_dialogs_are_in_the_catalogue(
    english_window: MainWindow,
) -> None:
    from readmark.ui.export_dialog import ExportDialog

    translations = catalogue("fr")
    dialogs = [
        english_window.show_summary(),
        english_window.show_codebook(),
        english_window.commands.coder_actions.show_agreement(),
        ExportDialog(english_window),
    ]
    shown = [t for d in dialogs for t in widget_texts(d)]
    shown += [w.toolTip() for d in dialogs for w in d.findChildren(QWidget) if w.toolTip()]
    shown += [w.toolTip() for w in english_window.find_bar.findChildren(QWidget) if w.toolTip()]
    data = data_texts(english_window) | {english_window.controller.coder}
    missing = [t for t in shown if not in_catalogue(t, translations) and not is_data(t, data)]
    assert not missing, f"not in the catalogue (mark them with tr(): {HOW}): {missing}"
    for dialog in dialogs:
        dialog.close()


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_each_choice_of_a_dialog_has_a_key_of_its_own(
    language: str, qtbot: QtBot, isolated_paths: Path
) -> None:
    from readmark.ui.export_dialog import ExportDialog

    window, translators = open_in(language, qtbot, isolated_paths)
    try:
        dialogs = (
            window.show_codebook(),
            ExportDialog(window),
            window.commands.coder_actions.show_agreement(),
            window.show_document_labels(),
        )
        for dialog in dialogs:
            shown = [b.text() for b in dialog.findChildren(QAbstractButton)]
            shown += [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
            texts = [t for t in shown if "&" in t]
            keys = [re.search(r"&(\w)", t).group(1).lower() for t in texts]  # type: ignore[union-attr]
            assert len(keys) == len(set(keys)), f"{language}: one key for several: {texts}"
            dialog.close()
    finally:
        window.close()
        remove_translators(translators)
