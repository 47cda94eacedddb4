"""The frozen app: built with the documented command, then run the way a user's machine would.

Run alone with `.venv/bin/python -m pytest -m packaging`; the build takes well under a minute.
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from factories import make_epub

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
BUILD_COMMAND = [sys.executable, str(ROOT / "packaging" / "build.py")]  # as packaging/README.md
BUILD_TIMEOUT_S = 600
RUN_TIMEOUT_S = 120
# Libraries that come with PySide6, as opposed to the system's.
QT_LIBRARY_PREFIXES = ("libQt6", "libicu", "libpyside6", "libshiboken6")


def project_version() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(pyproject["project"]["version"])


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The frozen program, built once for this module into a temporary folder, removed after."""
    folder = tmp_path_factory.mktemp("frozen")
    # PyInstaller's own cache goes in the temporary folder too, not the user's home.
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(folder / "pyinstaller-cache")}
    try:
        subprocess.run(
            [*BUILD_COMMAND, "--dist", str(folder / "dist"), "--work", str(folder / "work")],
            check=True,
            cwd=ROOT,
            env=env,
            timeout=BUILD_TIMEOUT_S,
        )
        # On Windows the windowed readmark.exe has no standard output: its console twin runs
        # the command line (see packaging/readmark.spec) and starts the window as well.
        name = "readmark-cli.exe" if sys.platform == "win32" else "readmark"
        program = folder / "dist" / f"readmark-{project_version()}" / name
        assert program.is_file(), "the build names its folder readmark-<version>"
        yield program
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # about 160 MB


def run(program: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Runs the frozen program with no display; the test's isolated_paths fixture has already
    pointed the XDG folders and READMARK_LIBRARY into its temporary folder."""
    env = dict(os.environ)  # offscreen, as conftest.py set it
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=RUN_TIMEOUT_S,
    )


def test_version_comes_from_pyproject(frozen: Path) -> None:
    result = run(frozen, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"readmark {project_version()}"


def test_imports_and_exports_the_sample_article_headless(frozen: Path, tmp_path: Path) -> None:
    library = tmp_path / "frozen-library.sqlite3"
    sample = sorted((ROOT / "seeds").glob("*.txt"))[0]
    imported = run(frozen, "import", str(sample), "--library", str(library))
    assert imported.returncode == 0, imported.stderr
    document_id, _, title = imported.stdout.strip().partition("\t")
    assert document_id.isdigit() and title

    out = tmp_path / "annotations.csv"
    exported = run(frozen, "export", "--out", str(out), "--library", str(library))
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        header = next(csv.reader(stream))
    assert header[:5] == ["document_id", "document", "source", "tag", "passage"]

    # Formats whose libraries load only when asked for (XlsxWriter, Qt printing) are bundled.
    for kind in ("xlsx", "pdf", "qdpx"):
        out = tmp_path / f"annotations.{kind}"
        exported = run(
            frozen, "export", "--format", kind, "--out", str(out), "--library", str(library)
        )
        assert exported.returncode == 0, exported.stderr
        assert out.stat().st_size > 1000


def test_starts_offscreen_and_draws_the_window(frozen: Path, tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    library = tmp_path / "frozen-library.sqlite3"
    started = run(frozen, "--screenshot", str(picture), "--library", str(library))
    assert started.returncode == 0, started.stderr
    image = QImage(str(picture))
    assert not image.isNull(), "the PNG should load"
    assert image.width() >= 800 and image.height() >= 500
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    assert len(colours) > 10, "a drawn window has text, toolbars and highlights, not one colour"


def test_carries_only_the_qt_it_uses(frozen: Path) -> None:
    bundle = frozen.parent / "_internal"
    assert (bundle / "resources" / "icons" / "readmark.svg").is_file()
    assert list((bundle / "seeds").glob("*.txt"))
    pyside = bundle / "PySide6"
    modules = {p.name.split(".")[0] for p in pyside.glob("Qt*.*") if p.is_file()}
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"}
    kept = sorted(p.name for p in pyside.rglob("translations/*.qm"))
    assert kept == ["qtbase_de.qm", "qtbase_es.qm", "qtbase_fr.qm"]
    ours = sorted(p.name for p in (bundle / "resources" / "translations").glob("*.qm"))
    assert ours == ["readmark_de.qm", "readmark_es.qm", "readmark_fr.qm"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads ELF dependencies")
def test_trimming_left_every_qt_library_its_plugins_need(frozen: Path) -> None:
    """Cutting a Qt library a kept plugin links against would only show on a real desktop (the
    X11 or Wayland plugin failing to load), so the links are checked here. Libraries the system
    provides (libxcb-*, libwayland-*, GL) may be missing on a headless machine, Qt's may not."""
    bundle = frozen.parent / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(bundle)}
    missing = set()
    for binary in [*(bundle / "PySide6").rglob("*.so*"), *bundle.glob("libQt6*")]:
        listing = subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT_S
        ).stdout
        for line in listing.splitlines():
            name = line.strip().split(" ")[0]
            if "not found" in line and name.startswith(QT_LIBRARY_PREFIXES):
                missing.add(f"{binary.relative_to(bundle)} needs {name}")
    assert not missing, sorted(missing)


def test_the_frozen_app_reads_web_pages_and_suggests(frozen: Path, tmp_path: Path) -> None:
    """The extractor and the sentence splitter read data files the bundle must carry."""
    page = ROOT / "tests" / "core" / "pages" / "news_feature.html"
    library = tmp_path / "frozen-library.sqlite3"
    imported = run(frozen, "import", str(page), "--library", str(library))
    assert imported.returncode == 0, imported.stderr
    assert "Tidal turbines" in imported.stdout
    suggested = run(frozen, "suggest", "1", "--json", "--library", str(library))
    assert suggested.returncode == 0, suggested.stderr
    assert '"tag": "quote"' in suggested.stdout


def test_the_frozen_app_suggests_what_the_source_does(frozen: Path) -> None:
    """The English lexicons the suggestions read (core/english_lexicon.py) travel in the bundle:
    without the part-of-speech one, this review's opinions come out otherwise."""
    review = ROOT / "tests" / "suggestions" / "eval" / "readmark_album_review.txt"
    from_source = subprocess.run(
        [sys.executable, "-m", "readmark", "suggest", str(review), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT_S,
    )
    assert from_source.returncode == 0, from_source.stderr
    frozen_run = run(frozen, "suggest", str(review), "--json")
    assert frozen_run.returncode == 0, frozen_run.stderr
    assert '"tag": "opinion"' in frozen_run.stdout
    assert frozen_run.stdout == from_source.stdout


def test_the_frozen_app_reads_pdf_word_opendocument_and_epub(frozen: Path, tmp_path: Path) -> None:
    """PDFium's library and the readers of zipped documents travel in the bundle."""
    book = tmp_path / "walks.epub"
    book.write_bytes(make_epub(["<h1>One</h1><p>The first walk.</p>"]))
    files = [
        ROOT / "tests" / "core" / "pdf" / "report.pdf",
        ROOT / "tests" / "core" / "office" / "filing.docx",
        ROOT / "tests" / "core" / "office" / "filing.odt",
        book,
    ]
    library = tmp_path / "frozen-library.sqlite3"
    imported = run(frozen, "import", *map(str, files), "--library", str(library))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == [
        "1\tRiver wall inspection",
        "2\tHarbour Trust v. Meridian Dredging",
        "2\tHarbour Trust v. Meridian Dredging\t(already in the library)",
        "3\tA Book",
    ]


def test_the_frozen_app_sets_up_a_team_with_its_migrations(frozen: Path) -> None:
    """Alembic reads the team schema's migrations as files: the bundle carries them."""
    import psycopg
    from tests.team.throwaway_server import server_bin_or_skip, throwaway_server

    from readmark.store.team_server import TEAM_SCHEMA_VERSION, revision

    with throwaway_server(server_bin_or_skip()) as server:
        with psycopg.connect(server.url(), autocommit=True) as admin:
            admin.execute("CREATE DATABASE frozen_team")
        set_up = run(frozen, "team", "init", server.url("frozen_team"))
        assert set_up.returncode == 0, set_up.stderr
        assert set_up.stdout.strip() == "Team library set up."
        with psycopg.connect(server.url("frozen_team")) as team:
            head = revision(TEAM_SCHEMA_VERSION)
            assert team.execute("SELECT version_num FROM alembic_version").fetchall() == [(head,)]
