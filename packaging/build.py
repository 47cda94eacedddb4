"""Builds the one-folder Readmark app for this platform: dist/readmark-<version>/.

Run: .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--untrimmed]

It runs PyInstaller on packaging/readmark.spec (no network needed), then prints the folder, its
size and how long the build took. --untrimmed keeps every Qt plugin and translation, only to
measure what the trimming saves.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "readmark.spec"


def project_name_and_version() -> tuple[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return project["name"], project["version"]


def app_folder(dist: Path) -> Path:
    """Where the build puts the app: <dist>/<name>-<version>/."""
    name, version = project_name_and_version()
    return dist / f"{name}-{version}"


def executable(dist: Path) -> Path:
    """The frozen program inside the app folder."""
    name, _ = project_name_and_version()
    return app_folder(dist) / (f"{name}.exe" if sys.platform == "win32" else name)


def folder_size(folder: Path) -> int:
    """Bytes in all the files under `folder` (what `du -sb` counts, without directories)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, untrimmed: bool = False) -> Path:
    """Runs PyInstaller; returns the app folder. Raises CalledProcessError if the build fails."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
        str(SPEC),
    ]
    if untrimmed:
        command += ["--", "--untrimmed"]
    subprocess.run(command, check=True, cwd=ROOT)
    return app_folder(dist)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="default: build/"
    )
    parser.add_argument(
        "--untrimmed", action="store_true", help="keep all Qt plugins and translations"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        folder = build(args.dist.resolve(), args.work.resolve(), args.untrimmed)
    except subprocess.CalledProcessError as error:
        print(f"build: PyInstaller failed with exit status {error.returncode}", file=sys.stderr)
        return 1
    took = time.monotonic() - started
    size = folder_size(folder) / 1_000_000
    print(f"built {folder} ({size:.1f} MB) in {took:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
