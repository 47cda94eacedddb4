"""Command-line tools some tests run: Debian packages that .ci/run installs."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str, package: str) -> str:
    """The path of a command-line tool the test needs: skipped where it is missing, except in
    CI, which must run the test."""
    tool = shutil.which(name)
    if tool is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} ({package}) is not installed, and CI must run this test")
        pytest.skip(f"{name} ({package}) is not installed")
    return tool


def require_ocr_language(language: str) -> None:
    """Tesseract, able to read `language` ("fra"): skipped where either is missing, except in
    CI, whose .ci/run installs them."""
    require_tool("tesseract", "tesseract-ocr")
    from readmark.core.pdf_ocr import ocr_languages

    if language not in ocr_languages():
        package = f"tesseract-ocr-{language}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{package} is not installed, and CI must run this test")
        pytest.skip(f"{package} is not installed")
