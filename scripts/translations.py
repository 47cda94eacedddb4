"""Collects the interface's strings (and those core writes for people) into the Qt Linguist
sources resources/translations/readmark_LANG.ts (pyside6-lupdate: new strings come in
unfinished, vanished ones go) and compiles them into the .qm catalogues the app loads
(pyside6-lrelease). Run it after marking
strings with tr(), translate the new entries (Qt Linguist, or any editor), and run it again.

Run: .venv/bin/python scripts/translations.py [--check]
    --check: exit 1 if a .ts misses a string of the code or holds an unfinished entry
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "readmark"
# The interface's modules, and core's, the services' and the store's, whose texts (reports,
# worksheets, feedback, why a file cannot be imported or a library opened) go through
# core/texts.py.
SOURCES = [
    *sorted((PACKAGE / "ui").glob("*.py")),
    *sorted((PACKAGE / "core").glob("*.py")),
    *sorted((PACKAGE / "services").glob("*.py")),
    *sorted((PACKAGE / "store").rglob("*.py")),
]
# The entry points: the window's start, and the command line's commands and their help.
SOURCES += [
    PACKAGE / name
    for name in ("app.py", "cli.py", "cli_language.py", "library_commands.py", "team_commands.py")
]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "de", "es")


def tool(name: str) -> str:
    """A Qt tool from the virtual environment this script runs in, else from the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found: install PySide6 in this environment")
    return found


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` that have no finished translation."""
    return [
        message.findtext("source", "")
        for message in ET.parse(ts).getroot().iter("message")
        if (t := message.find("translation")) is None or t.get("type") or not (t.text or "")
    ]


def update(ts: Path, language: str) -> None:
    """Brings `ts` up to date with the strings the code marks."""
    subprocess.run(
        [tool("pyside6-lupdate"), *map(str, SOURCES), "-no-obsolete", "-locations", "none",
         "-target-language", language, "-ts", str(ts)],
        check=True, capture_output=True,
    )  # fmt: skip


def main(check: bool) -> int:
    status = 0
    for language in LANGUAGES:
        ts = CATALOGUES / f"readmark_{language}.ts"
        if check:  # on a copy: the sources stay as they are
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / ts.name
                shutil.copyfile(ts, copy)
                update(copy, language)
                missing = unfinished(copy)
                if missing or copy.read_bytes() != ts.read_bytes():
                    print(
                        f"{ts.name}: out of date with the code; untranslated: {missing}. Run "
                        "scripts/translations.py, translate the entries it marks unfinished "
                        "in resources/translations/*.ts, and run it again to compile them."
                    )
                    status = 1
            continue
        update(ts, language)
        for text in unfinished(ts):
            print(f"{ts.name}: untranslated: {text!r}")
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True, capture_output=True,
        )  # fmt: skip
    return status


if __name__ == "__main__":
    sys.exit(main("--check" in sys.argv[1:]))
