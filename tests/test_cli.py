"""The `readmark` command with no window: import, list, export, --version, --help."""

from __future__ import annotations

import csv
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from readmark import __version__
from readmark.paths import seed_files

if TYPE_CHECKING:
    from conftest import WebSite


def english(environment: dict[str, str]) -> dict[str, str]:
    """`environment` in an English locale: the command line speaks the reader's language."""
    locale = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
    return {**{k: v for k, v in environment.items() if k not in locale}, "LANG": "C.UTF-8"}


def readmark(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Runs the command as a user's shell would, in a fresh process (in English unless `env`
    says otherwise)."""
    return subprocess.run(
        [sys.executable, "-m", "readmark", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env or english(dict(os.environ)),
    )


def test_version_and_help() -> None:
    version = readmark("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"readmark {__version__}"
    usage = readmark("--help")
    assert usage.returncode == 0
    for word in ("import", "export", "list", "--library"):
        assert word in usage.stdout
    export_help = readmark("export", "--help")
    assert "--out" in export_help.stdout and "--document" in export_help.stdout


def test_mistakes_are_explained_with_the_commands_rather_than_opening_a_window() -> None:
    # The window's options are read without building the commands' parsers: a mistake still
    # gets the whole command line's answer.
    missing = readmark("--library")
    assert missing.returncode == 2 and "--library: expected one argument" in missing.stderr
    unknown = readmark("--library", "lib.sqlite3", "lists")
    assert unknown.returncode == 2 and "invalid choice: 'lists'" in unknown.stderr
    assert "COMMAND" in unknown.stderr  # the usage line names the commands
    flag = readmark("--library", "lib.sqlite3", "--bogus")
    assert flag.returncode == 2 and "unrecognized arguments: --bogus" in flag.stderr


def test_import_prints_ids_and_refuses_duplicates_and_bad_files(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    sample = seed_files()[0]
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)

    first = readmark("import", str(sample), "--library", str(library))
    assert first.returncode == 0, first.stderr
    document_id, title = first.stdout.strip().split("\t")
    assert document_id == "1" and title.startswith("Recent attacks spell doom")

    again = readmark("--library", str(library), "import", str(sample), str(binary))
    assert again.returncode == 1
    assert again.stdout.strip() == f"1\t{title}\t(already in the library)"
    assert "image.png" in again.stderr and "Traceback" not in again.stderr

    listing = readmark("list", "--library", str(library))
    assert listing.stdout.strip() == f"1\t0\t{title}"


def test_export_writes_the_csv_a_window_session_made(tmp_path: Path) -> None:
    from factories import new_annotation
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    library = tmp_path / "lib.sqlite3"
    readmark("import", str(seed_files()[0]), "--library", str(library))
    repository = LibraryRepository(open_library(library))
    document = repository.document(1)
    start = document.text.index("Two suicide drones")
    repository.add_annotation(
        new_annotation(document.id, repository.tags()[2].id, start, start + 18, document.text)
    )
    out = tmp_path / "coded.csv"
    env = english(dict(os.environ, READMARK_LIBRARY=str(library)))  # instead of --library
    result = readmark("export", "--out", str(out), "--document", "1", env=env)
    assert result.returncode == 0, result.stderr
    assert "Exported 1 annotation to" in result.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert (row["tag"], row["passage"], row["paragraph"]) == ("caption", "Two suicide drones", "1")
    assert row["document"].startswith("Recent attacks")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "--out", "x.csv", "--document", "42"), "no document 42"),
        (("export", "--out", "/no/such/folder/x.csv"), "could not write"),
    ],
)
def test_export_errors_are_plain_sentences(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    result = readmark(*args, "--library", str(tmp_path / "lib.sqlite3"))
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_a_broken_library_is_reported_and_left_alone(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    library.write_bytes(b"not a database at all")
    result = readmark("list", "--library", str(library))
    assert result.returncode == 1
    assert "not an SQLite database" in result.stderr
    assert library.read_bytes() == b"not a database at all"


def test_usage_errors_exit_2() -> None:
    assert readmark("export").returncode == 2  # --out is required
    assert readmark("frobnicate").returncode == 2


def test_show_prints_the_text_or_its_blocks_as_json(tmp_path: Path) -> None:
    import json

    library = tmp_path / "lib.sqlite3"
    article = tmp_path / "piece.md"
    article.write_text("# Headline\n\nBody paragraph.\n\n> A quote.", encoding="utf-8")
    readmark("import", str(article), "--library", str(library))
    text = readmark("show", "1", "--library", str(library))
    assert text.stdout == "Headline\n\nBody paragraph.\n\nA quote.\n"
    described = json.loads(readmark("show", "1", "--json", "--library", str(library)).stdout)
    assert described["title"] == "Headline"
    assert [(b["kind"], b["start"], b["end"]) for b in described["blocks"]] == [
        ("title", 0, 8),
        ("paragraph", 10, 25),
        ("quote", 27, 35),
    ]
    assert described["file"] == str(article.resolve())
    missing = readmark("show", "9", "--library", str(library))
    assert missing.returncode == 1 and "no document 9" in missing.stderr


def test_import_a_folder_prints_each_and_a_summary(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Alpha\n\nText.", encoding="utf-8")
    (folder / "b.md").write_text("# Beta\n\nText.", encoding="utf-8")
    (folder / "c.txt").write_text("", encoding="utf-8")
    result = readmark("import", str(folder), "--library", str(tmp_path / "lib.sqlite3"))
    assert result.returncode == 1  # one file was refused
    assert result.stdout.splitlines() == ["1\tAlpha", "2\tBeta"]
    assert "Added “Alpha” and “Beta”; 1 file not imported." in result.stderr
    assert "c.txt” is empty" in result.stderr


def test_suggest_prints_json_for_a_file_or_a_library_document(tmp_path: Path) -> None:
    import json

    article = tmp_path / "speech.txt"
    article.write_text(
        "Mayor speaks\n\n‘We will rebuild the bridge,’ said Mr Lopez.\n\n"
        "Pictured: the old bridge, May 3, 2023",
        encoding="utf-8",
    )
    result = readmark("suggest", str(article), "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    text = article.read_text(encoding="utf-8")
    quote = next(s for s in found if s["tag"] == "quote")
    assert quote["exact"] == "‘We will rebuild the bridge,’" and quote["speaker"] == "Mr Lopez"
    assert text[quote["start"] : quote["end"]] == quote["exact"]
    assert {s["tag"] for s in found} >= {"quote", "caption"}
    assert all(s["reason"] for s in found)

    library = tmp_path / "lib.sqlite3"
    readmark("import", str(article), "--library", str(library))
    from_library = json.loads(readmark("suggest", "1", "--json", "--library", str(library)).stdout)
    assert from_library == found
    missing = readmark("suggest", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and "could not be found" in missing.stderr


def test_files_named_before_any_command_are_for_the_window(tmp_path: Path) -> None:
    from readmark.cli import split_files

    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("A", encoding="utf-8")
    b.write_text("B", encoding="utf-8")
    assert split_files([str(a), "--library", "lib.sqlite3", str(b)]) == (
        [a, b],
        ["--library", "lib.sqlite3"],
    )
    assert split_files(["nonsense"]) == ([], ["nonsense"])
    assert split_files(["import", str(a)]) == ([], ["import", str(a)])


def test_the_window_opens_the_files_it_is_given(tmp_path: Path, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from readmark import app

    article = tmp_path / "given.txt"
    article.write_text("Given on the command line\n\nBody.", encoding="utf-8")
    opened = []

    def run_briefly(self) -> int:  # type: ignore[no-untyped-def]
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # not earlier tests'
        window = next(w for w in shown if hasattr(w, "attached"))
        # On a library started before, the article read last shows first and the library
        # opens after that paint: the files given are opened then.
        qtbot.waitUntil(
            lambda: (
                window.attached
                and window.controller.document is not None
                and window.controller.document.title != ""
            )
        )
        qtbot.wait(50)
        opened.append(window.controller.document.title)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_briefly)
    library = str(tmp_path / "lib.sqlite3")
    assert app.run_window(library, [article]) == 0
    second = tmp_path / "second.txt"
    second.write_text("Given the next time\n\nBody.", encoding="utf-8")
    assert app.run_window(library, [second]) == 0
    assert opened == ["Given on the command line", "Given the next time"]


def test_pages_that_repeat_a_paragraph_keep_every_repeat_and_stay_two_documents(
    tmp_path: Path,
) -> None:
    library = tmp_path / "lib.sqlite3"
    said = (
        "The council met again on Tuesday and heard, for the third time this year, that the "
        "river wall will not hold another winter without repair, and once again it put the "
        "vote off."
    )
    pages = []
    for times in (3, 5):
        path = tmp_path / f"said-{times}-times.html"
        body = f"<p>{said}</p>" * times
        path.write_text(
            f"<html><head><title>Minutes</title></head><body><article><h1>Minutes</h1>{body}"
            "</article></body></html>",
            encoding="utf-8",
        )
        pages.append(str(path))

    imported = readmark("--library", str(library), "import", *pages)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == ["1\tMinutes", "2\tMinutes"]  # neither "already in"
    for document, times in (("1", 3), ("2", 5)):
        shown = readmark("--library", str(library), "show", document)
        assert shown.stdout.rstrip("\n").split("\n\n") == ["Minutes", *[said] * times]


def test_import_of_a_web_address_fetches_the_page_once_and_keeps_its_address(
    tmp_path: Path, web_site: WebSite
) -> None:
    said = (
        "The harbour trust voted on Tuesday to repair the river wall before winter, after three "
        "years of reports that warned it would not hold another season of storms."
    )
    (tmp_path / "story.html").write_text(
        "<html><head><title>Wall to be repaired</title><link rel=stylesheet href=style.css>"
        "</head><body><article><h1>Wall to be repaired</h1><img src=wall.jpg>"
        f"<p>{said}</p></article></body></html>",
        encoding="utf-8",
    )
    library = tmp_path / "lib.sqlite3"
    address = f"{web_site.address}/story.html"
    imported = readmark("--library", str(library), "import", address)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "1\tWall to be repaired"
    assert web_site.requested == ["/story.html"]  # no picture, no style sheet
    shown = readmark("--library", str(library), "show", "1", "--json")
    assert json.loads(shown.stdout)["url"] == address
    assert readmark("--library", str(library), "show", "1").stdout.endswith(said + "\n")


def test_an_address_that_cannot_be_reached_says_so(tmp_path: Path, web_site: WebSite) -> None:
    library = tmp_path / "lib.sqlite3"
    missing = readmark("--library", str(library), "import", f"{web_site.address}/gone.html")
    assert missing.returncode == 1
    assert "could not be fetched: the site answered 404" in missing.stderr
    with socket.socket() as unused:  # a port nobody listens on: the connection is refused
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    refused = readmark("--library", str(library), "import", f"http://127.0.0.1:{port}/story")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "127.0.0.1 refused the connection" in refused.stderr


def test_a_locked_pdf_is_imported_with_the_password_given(tmp_path: Path) -> None:
    locked = Path(__file__).parent / "core" / "pdf" / "locked.pdf"  # its password: secret
    library = tmp_path / "lib.sqlite3"
    refused = readmark("--library", str(library), "import", str(locked))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "readmark: “locked.pdf” is locked with a password. Give its password with --password."
    )
    opened = readmark("--library", str(library), "import", "--password", "secret", str(locked))
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout.strip() == "1\tRiver wall inspection"


def test_import_leaves_a_word_files_comments_out_when_told(tmp_path: Path) -> None:
    from readmark.store.database import open_library
    from readmark.store.repository import LibraryRepository

    filing = Path(__file__).parent / "core" / "office" / "filing.docx"
    without = tmp_path / "without.sqlite3"
    left = readmark("--library", str(without), "import", "--no-comments", str(filing))
    assert left.returncode == 0, left.stderr
    assert left.stderr.strip() == (
        "Added “Harbour Trust v. Meridian Dredging”; 1 comment in the files left out, as chosen."
    )
    assert LibraryRepository(open_library(without)).annotations(1) == []

    brought = tmp_path / "with.sqlite3"
    kept = readmark("--library", str(brought), "import", "--comments", str(filing))
    assert "1 comment in the files brought in as notes on the “comment” tag" in kept.stderr
    [comment] = LibraryRepository(open_library(brought)).annotations(1)
    assert (comment.exact, comment.note) == (
        "wrote to the company",
        "Check the date against the minutes.",
    )


def test_a_scanned_pdf_is_refused_with_a_hint_then_read_with_ocr(tmp_path: Path) -> None:
    from external_tools import require_tool
    from factories import scanned_pdf

    require_tool("tesseract", "tesseract-ocr")
    report = Path(__file__).parent / "core" / "pdf" / "report.pdf"
    scan = scanned_pdf(report, tmp_path / "scan.pdf")
    library = tmp_path / "lib.sqlite3"
    refused = readmark("--library", str(library), "import", str(scan))
    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "readmark: “scan.pdf” has no text in it: it is a scan or pictures of pages, which text "
        "recognition (OCR) can read. Read it by text recognition with --ocr."
    )
    read = readmark("--library", str(library), "import", "--ocr", str(scan))
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "1\tRiver wall inspection"
    shown = readmark("--library", str(library), "show", "1")
    assert shown.stdout.splitlines()[2] == "Findings of the inspection"


def test_a_pdf_with_a_scanned_page_says_which_page_was_left_out_without_tesseract(
    tmp_path: Path,
) -> None:
    from factories import scanned_pdf

    report = Path(__file__).parent / "core" / "pdf" / "report.pdf"
    mixed = scanned_pdf(report, tmp_path / "mixed.pdf", pages={1})
    library = tmp_path / "lib.sqlite3"
    without_tesseract = english({**os.environ, "PATH": str(tmp_path)})
    read = readmark("--library", str(library), "import", str(mixed), env=without_tesseract)
    assert read.returncode == 0, read.stderr
    assert read.stderr.strip() == (
        "Added “mixed”. Page 2 of “mixed.pdf” was left out: it is a scan, with "
        "no text in it, which would need text recognition (OCR): install Tesseract to have "
        "Readmark read it."
    )


def test_ocr_language_reads_a_french_scan_and_a_language_tesseract_lacks_is_refused(
    tmp_path: Path,
) -> None:
    from external_tools import require_ocr_language
    from factories import scanned_pdf

    require_ocr_language("fra")
    letter = Path(__file__).parent / "core" / "pdf" / "lettre.pdf"
    scan = scanned_pdf(letter, tmp_path / "scan.pdf")
    library = tmp_path / "lib.sqlite3"
    refused = readmark(
        "--library", str(library), "import", "--ocr", "--ocr-language", "fra+xyz", str(scan)
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith(
        "readmark: Tesseract cannot read “xyz”: the languages it has are "
    )
    assert "fra" in refused.stderr.split("it has are ")[1]
    read = readmark(
        "--library", str(library), "import", "--ocr", "--ocr-language", "fra", str(scan)
    )
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "1\tLe mur de l’écluse"
    shown = readmark("--library", str(library), "show", "1")
    assert "dès l’été dernier" in shown.stdout and "à la salle des fêtes." in shown.stdout


def test_the_command_line_speaks_the_readers_language(tmp_path: Path, isolated_paths: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    french = {**english(dict(os.environ)), "LANG": "fr_FR.UTF-8"}
    usage = readmark("--help", env=french)
    assert usage.stdout.startswith("utilisation : readmark")
    assert "liste les documents de la bibliothèque" in usage.stdout
    mistake = readmark("--library", str(library), "lists", env=french)
    assert mistake.returncode == 2 and "readmark : erreur : " in mistake.stderr
    readmark("import", str(seed_files()[0]), "--library", str(library))
    out = tmp_path / "coded.csv"
    exported = readmark("--library", str(library), "export", "--out", str(out), env=french)
    assert exported.returncode == 0 and exported.stderr.startswith("0 annotation exportée vers")
    again = readmark("--library", str(library), "import", str(seed_files()[0]), env=french)
    assert again.stdout.endswith("\t(déjà dans la bibliothèque)\n")

    # The language chosen under View > Language wins over the system's, as in the window.
    from readmark.ui.translation import choose_language

    choose_language("de")
    german = readmark("--library", str(library), "export", "--out", str(out), env=french)
    assert german.stderr.startswith("0 Annotationen nach")
    # --language gives the report's language, and the messages'.
    spanish = ("export", "--out", str(out), "--language", "es")
    assert readmark("--library", str(library), *spanish, env=french).stderr.startswith(
        "0 anotaciones exportadas a"
    )


# Mistakes a user makes: a wrong choice, a missing argument, an unknown option, a bad number,
# an option given with one it excludes, an option's value left out, an option cut short; and
# argparse's explanation of each, translated.
MISTAKES = (
    ("export", "--out", "coded.csv", "--format", "xlsxx"),
    ("export",),
    ("list", "--bogus"),
    ("show", "x"),
    ("team", "blind", "URL", "Minutes", "--all"),
    ("--library",),
    ("export", "--out", "coded.csv", "--co", "Ann"),
)
EXPLANATIONS = {
    "fr": (
        "readmark export : erreur : argument --format : choix invalide : 'xlsxx' "
        "(valeurs possibles : 'csv', 'xlsx', ",
        "readmark export : erreur : les arguments suivants sont obligatoires : --out",
        "readmark : erreur : arguments non reconnus : --bogus",
        "readmark show : erreur : argument ID : valeur invalide : 'x' (un nombre entier est "
        "attendu)",
        "argument --all : incompatible avec l’argument TITLE_OR_HASH",
        "readmark : erreur : argument --library : attend un argument",
        "option ambiguë : --co peut désigner --coder, --context",
    ),
    "de": (
        "Argument --format: ungültige Auswahl: 'xlsxx' (möglich sind 'csv', 'xlsx', ",
        "folgende Argumente sind erforderlich: --out",
        "unbekannte Argumente: --bogus",
        "Argument ID: ungültiger Wert: 'x' (eine ganze Zahl wird erwartet)",
        "Argument --all: nicht zusammen mit Argument TITLE_OR_HASH erlaubt",
        "Argument --library: erwartet ein Argument",
        "mehrdeutige Option: --co könnte --coder, --context bedeuten",
    ),
    "es": (
        "argumento --format: opción no válida: 'xlsxx' (elija entre 'csv', 'xlsx', ",
        "se requieren los siguientes argumentos: --out",
        "argumentos no reconocidos: --bogus",
        "argumento ID: valor no válido: 'x' (se espera un número entero)",
        "argumento --all: no se permite junto con el argumento TITLE_OR_HASH",
        "argumento --library: espera un argumento",
        "opción ambigua: --co podría ser --coder, --context",
    ),
}


@pytest.mark.parametrize("language", EXPLANATIONS)
def test_a_mistake_is_explained_in_the_readers_language(
    language: str, isolated_paths: Path
) -> None:
    speaking = {**english(dict(os.environ)), "LANGUAGE": language}
    for mistake, explanation in zip(MISTAKES, EXPLANATIONS[language], strict=True):
        said = readmark(*mistake, env=speaking)
        assert said.returncode == 2 and explanation in said.stderr, said.stderr


def test_an_english_command_line_loads_no_qt(tmp_path: Path) -> None:
    script = (
        "import sys; from readmark.cli import main; main(['--library', sys.argv[1], 'list']); "
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('PySide6')}))"
    )
    listed = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "lib.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        env=english(dict(os.environ)),
    )
    assert listed.stdout.splitlines()[-1] == "[]", listed.stderr
