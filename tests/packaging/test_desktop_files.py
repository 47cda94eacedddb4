"""The desktop integration files: the .desktop entry, AppStream metadata and the icon set."""

from __future__ import annotations

import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from external_tools import require_tool
from factories import make_article
from readmark.core.exercise import Exercise, ExerciseTag
from readmark.core.exercise_files import EXERCISE_SUFFIX, write_exercise

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = LINUX / "readmark.desktop"
METAINFO = LINUX / "io.github.readmark.Readmark.metainfo.xml"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Readmark opens: plain text, Markdown, HTML, and its exercises.
MEDIA_TYPES = {"text/plain", "text/markdown", "text/html", "application/x-readmark-exercise"}
MIME_FILE = LINUX / "io.github.readmark.Readmark.mime.xml"


def project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


class CaseKeepingParser(ConfigParser):
    """Desktop entry keys are case-sensitive; ConfigParser lowers them by default."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def desktop_entry() -> dict[str, str]:
    parser = CaseKeepingParser(interpolation=None)
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_starts_readmark_on_the_files_it_opens() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Readmark"
    assert entry["Exec"] == "readmark %F"
    assert entry["Icon"] == "readmark"
    assert entry["Terminal"] == "false"
    assert set(filter(None, entry["MimeType"].split(";"))) == MEDIA_TYPES


def test_exercise_files_are_recognised_by_name_and_by_content(tmp_path: Path) -> None:
    """The shared-mime-info entry names the suffix the app writes, and its magic matches the
    bytes of a real exercise file."""
    mime = ET.parse(MIME_FILE).getroot()
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    [entry] = mime.findall(f"{namespace}mime-type")
    assert entry.get("type") == "application/x-readmark-exercise"
    assert entry.find(f"{namespace}glob").get("pattern") == f"*{EXERCISE_SUFFIX}"
    match = entry.find(f"{namespace}magic/{namespace}match")
    offset, value = int(match.get("offset")), match.get("value").encode()
    path = tmp_path / f"exercise{EXERCISE_SUFFIX}"
    article = make_article("A title\n\nA claim.", title="A title", source="test")
    with path.open("wb") as stream:
        claim = ExerciseTag("claim", "#E69F00")
        write_exercise(Exercise("e1", "Find it.", article, (claim,), None, False), stream)
    assert path.read_bytes()[offset : offset + len(value)] == value


def test_metainfo_matches_the_project_and_the_desktop_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.tag == "component" and component.get("type") == "desktop-application"
    assert component.findtext("id") == "io.github.readmark.Readmark"
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("project_license") == project()["license"]["text"]
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == project()["version"]
    assert {m.text for m in component.iterfind("provides/mediatype")} == MEDIA_TYPES
    assert component.findtext("provides/binary") == "readmark"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size(size: int) -> None:
    image = QImage(str(ICONS / f"readmark-{size}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()  # the corners around the page stay transparent


def test_windows_and_macos_icons_hold_several_sizes() -> None:
    ico = (ICONS / "readmark.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind) == (0, 1) and count >= 5
    icns = (ICONS / "readmark.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validate = require_tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run(
        [validate, str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = require_tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
