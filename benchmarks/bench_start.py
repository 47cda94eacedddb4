"""Benchmark 5, start: the whole process, from launch to the complete window on the sample
article (the library open, the panels filled, every highlight placed), against a bare PySide6
window with a QPlainTextEdit showing the same text; the first paint, and the longest the event
loop stood still between the two, are reported beside."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks import common

RUNS = 7
ROOT = Path(__file__).resolve().parents[1]


def sample_library() -> tuple[Path, Path]:
    """A library as the app leaves it after its first start: the sample article in it, open, and
    the docks where the window closed with them (its size forgotten, see common.forget_layout);
    and the sample article's file."""
    from readmark.app import create_window
    from readmark.paths import seed_files

    path = common.cache_folder() / "start.sqlite3"
    for stale in path.parent.glob(f"{path.name}*"):  # the library and its WAL files
        stale.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    common.qt_app()
    window = create_window(str(path))
    window.show()
    repository = window.controller.repository
    common.close_window(window)
    repository.dispose()
    common.forget_layout(path, docks_too=False)
    return path, seed_files()[0]


@dataclass(frozen=True)
class Launch:
    painted_s: float  # from launch to the first painted text
    complete_s: float  # from launch to the complete window
    pause_s: float  # the longest the event loop stood still between the two
    peak_kib: int


def launch(kind: str, source: Path, hold_ms: int = 0) -> Launch:
    """One run of the app or the bare window (benchmarks/child.py), timed from launch."""
    # Bytecode as an installed app has it: compiled by the first launch, into the run's cache
    # (an environment may tell Python never to write it, as the one these ran in first did).
    environment = dict(os.environ, PYTHONPYCACHEPREFIX=str(common.cache_folder() / "bytecode"))
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-m", "benchmarks.child", kind, str(source)]
    if hold_ms:
        command += ["--hold", str(hold_ms)]
    start = time.monotonic()
    finished = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600
    )
    for line in finished.stdout.splitlines():
        if line.startswith("PAINTED "):
            _, painted, _, ready, _, pause, _, peak = line.split()
            return Launch(float(painted) - start, float(ready) - start, float(pause), int(peak))
    raise RuntimeError(f"{kind} did not paint: {finished.stderr[-2000:]}")


def main() -> None:
    library, article = sample_library()
    launch("bare", article)  # warm-up: bytecode compiled, files in the page cache
    launch("app", library)
    bare: list[float] = []
    app: list[Launch] = []
    for _ in range(RUNS):
        bare.append(launch("bare", article).painted_s)
        app.append(launch("app", library))
    result = {
        "case": "sample article, launch to complete window",
        "app_ms": common.ms(common.median([run.complete_s for run in app])),
        "baseline_ms": common.ms(common.median(bare)),
        "painted_ms": common.ms(common.median([run.painted_s for run in app])),
        "stall_ms": common.ms(max(run.pause_s for run in app)),
    }
    print(result, file=sys.stderr)
    common.report({"benchmark": "start", "results": [result]})


if __name__ == "__main__":
    main()
