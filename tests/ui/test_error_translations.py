"""Why a file cannot be brought in, in the reader's language (issue 28, part 1): the reasons
core and the services give when an import fails are catalogue strings, and the window shows
them in the language chosen."""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from readmark.core.exercise_files import ExerciseFormatError, read_exercise
from readmark.core.importing import UnreadableFileError, read_article
from readmark.ui.main_window import MainWindow
from readmark.ui.translation import install_translators, remove_translators

from .conftest import OpenWindow

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "readmark"
# Core, the services and the store: every raise of theirs that a reader may meet (a damaged
# library, a team library out of reach) says its reason in tr().
MODULES = sorted(
    str(path.relative_to(PACKAGE))
    for part in ("core", "services", "store")
    for path in (PACKAGE / part).rglob("*.py")
)


def english_messages(module: Path) -> list[str]:
    """The raises of `module` whose message for the reader is English written in place (a
    string or an f-string, alone, joined or chosen between), not a text from the catalogue."""
    return [
        f"{module.name}:{node.lineno}"
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args
        # Python's own errors (ValueError, TypeError) tell a programmer of a wrong call.
        if not (isinstance(node.exc.func, ast.Name) and hasattr(builtins, node.exc.func.id))
        if written_in_place(node.exc.args[0])
    ]


def written_in_place(message: ast.expr) -> bool:
    if isinstance(message, ast.JoinedStr):
        return True
    if isinstance(message, ast.Constant):
        return isinstance(message.value, str)
    if isinstance(message, ast.BinOp):
        return written_in_place(message.left) or written_in_place(message.right)
    if isinstance(message, ast.IfExp):
        return written_in_place(message.body) or written_in_place(message.orelse)
    return False  # a call (tr(…).format(…)) or a name: made by the code around it


@pytest.mark.parametrize("module", MODULES)
def test_every_refusal_says_its_reason_through_the_catalogue(module: str) -> None:
    """Each message is a tr() call (the catalogues hold every one, translated in all three
    languages: test_translations checks them) or a text made of such calls."""
    assert not english_messages(PACKAGE / module)


@pytest.fixture
def french_window(open_window: OpenWindow) -> Iterator[MainWindow]:
    translators = install_translators("fr")
    yield open_window()
    remove_translators(translators)


def test_a_file_that_cannot_be_imported_is_refused_in_french(
    qtbot: QtBot, french_window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    empty, binary = tmp_path / "vide.txt", tmp_path / "image.txt"
    empty.write_bytes(b"")
    binary.write_bytes(bytes(range(256)) * 64)
    french_window.files.import_paths([empty, binary, tmp_path / "absent.txt"])
    assert len(messages) == 1
    shown = messages[0].replace("\xa0", " ")
    assert shown.startswith("3 fichiers non importés.\n\n« vide.txt » est vide.")
    assert "« image.txt » n’est pas un fichier texte : il semble contenir des données" in shown
    assert "« absent.txt » est introuvable." in shown
    assert "is empty" not in shown and "could not be found" not in shown


def test_a_refusal_reads_in_english_where_no_language_is_installed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(UnreadableFileError, match=r"^“empty.txt” is empty\.$"):
        read_article(tmp_path / "empty.txt")


def test_a_file_of_annotations_that_cannot_be_read_is_refused_in_french(
    french_window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    (tmp_path / "notes.csv").write_text("tag,exact\nclaim,words\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("claim", encoding="utf-8")
    french_window.commands.exchange.import_file(tmp_path / "notes.csv")
    french_window.commands.exchange.import_file(tmp_path / "notes.txt")
    shown = [message.replace("\xa0", " ") for message in messages]
    assert shown[0].startswith("« notes.csv » ne peut pas être importé : il lui manque les ")
    assert shown[0].endswith(" d’un export CSV de Readmark.")
    assert shown[1].startswith("« notes.txt » ne peut pas être importé : Readmark lit les ")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "ce n’est pas un exercice Readmark (pas un fichier zip)"),
        ("de", "Die Datei ist keine Readmark-Übung (keine ZIP-Datei)"),
        ("es", "no es un ejercicio de Readmark (no es un archivo zip)"),
    ],
)
def test_a_file_that_is_no_exercise_is_refused_in_each_language(
    qapp: QApplication, language: str, said: str
) -> None:
    translators = install_translators(language)
    try:
        with pytest.raises(ExerciseFormatError) as refused:
            read_exercise(b"Dear class, read this.")
    finally:
        remove_translators(translators)
    assert str(refused.value) == said


def test_a_library_that_cannot_be_opened_is_refused_in_french(
    qapp: QApplication, tmp_path: Path, messages: list[str]
) -> None:
    from readmark.app import open_or_recover

    folder = tmp_path / "bibliothèque"
    folder.mkdir()
    translators = install_translators("fr")
    try:
        assert open_or_recover(folder) is None  # the user is told, and the app does not start
    finally:
        remove_translators(translators)
    assert messages == [f"« {folder} » est un dossier, pas un fichier de bibliothèque."]
