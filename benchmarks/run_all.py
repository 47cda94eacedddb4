"""Runs every benchmark, each in a fresh process, and writes benchmarks/README.md with the results
table and the machine they ran on.

    .venv/bin/python -m benchmarks.run_all [--only open,tag,...] [--json FILE] [--no-readme]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.common import RESULT_MARK

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHMARKS = ["open", "tag", "scroll", "export", "start", "memory", "import", "search"]
TARGETS = {
    "open": 1.5,
    "tag": 1.5,
    "scroll": 1.3,
    "export": 1.3,
    "start": 1.5,
    "memory": 2.0,
    "import": 1.2,
    "search": 1.5,
}
TAG_LIMIT_MS = 10.0


def run(name: str, cache: Path) -> dict[str, Any]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", READMARK_BENCH_CACHE=str(cache))
    started = time.perf_counter()
    finished = subprocess.run(
        [sys.executable, "-m", f"benchmarks.bench_{name}"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    lines = [x for x in finished.stdout.splitlines() if x.startswith(RESULT_MARK)]
    if finished.returncode != 0 or not lines:
        raise RuntimeError(f"benchmark {name} failed:\n{finished.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_MARK) :])
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def ratio(app: float, baseline: float) -> float:
    return app / baseline if baseline else float("inf")


def verdict(met: bool) -> str:
    return "yes" if met else "**no**"


def rows(result: dict[str, Any]) -> list[list[str]]:
    """Table rows: benchmark, case, Readmark, baseline, ratio, target, met."""
    name, target = result["benchmark"], TARGETS[result["benchmark"]]
    table = []
    if name == "tag":
        first = result["results"][0]
        for kind, key in (("add", "add_ms"), ("undo", "undo_ms")):
            for item in result["results"]:
                r = ratio(item[key], first[key])
                last = item is result["results"][-1]
                met = r <= target and (not last or item[key] < TAG_LIMIT_MS)
                table.append(
                    [
                        "2 Tag",
                        f"{kind}, {item['case']}",
                        f"{item[key]:.1f} ms",
                        f"{first[key]:.1f} ms (at {first['count']})",
                        f"{r:.2f}x",
                        f"≤ {target}x" + (f", < {TAG_LIMIT_MS:g} ms" if last else ""),
                        verdict(met),
                    ]
                )
        return table
    number = BENCHMARKS.index(name) + 1
    label = f"{number} {name.capitalize()}"
    unit = "MiB" if name == "memory" else "ms"
    key = "mib" if name == "memory" else "ms"
    for item in result["results"]:
        app, baseline = item[f"app_{key}"], item[f"baseline_{key}"]
        r = ratio(app, baseline)
        wanted = item.get("target", target)
        table.append(
            [
                label,
                item["case"],
                f"{app:,.1f} {unit}",
                f"{baseline:,.1f} {unit}",
                f"{r:.2f}x",
                f"≤ {wanted}x",
                verdict(r <= wanted),
            ]
        )
    return table


def notes(results: list[dict[str, Any]]) -> list[str]:
    """What the table alone does not say."""
    lines = []
    for result in results:
        if result["benchmark"] == "open":
            for item in result["results"]:
                lines.append(
                    f"- Open, {item['case']}: the first paint reads, with sqlite3, the text and "
                    f"only the highlights around the reading position (store/first_look.py), "
                    f"where the baseline reads every annotation row. The window is complete (the "
                    f"library open, the panels filled) {item['complete_ms']:,.1f} ms after the "
                    f"start, "
                    f"{ratio(item['complete_ms'], item['baseline_ms']):.2f}x the baseline. The "
                    f"check for repeated blocks (core/duplicates.py) takes "
                    f"{item['repeats_ms']:,.1f} ms before the first paint and "
                    f"{item['repeats_after_ms']:,.1f} ms after the window is complete, run "
                    f"between paints in slices of about {item['slice_ms']:g} ms (its longest step "
                    f"{item['repeats_step_ms']:,.1f} ms). "
                    f"{item['highlights_checked']} highlights in view were checked as drawn."
                )
        if result["benchmark"] == "tag":
            listed = ", ".join(
                f"{item['count']:,}: {item['add_listed_ms']:.1f} / {item['undo_listed_ms']:.1f} ms"
                for item in result["results"]
            )
            lines.append(
                "- Tag: after a tag the reader paints the new highlight first; the annotation list "
                "(its new current row, its counts) and the highlights strip repaint in the "
                "event-loop pass after (MainWindow.tag_selection). Add / undo, from the key press "
                f"to the end of the pass that repainted the list: {listed}."
            )
        if result["benchmark"] == "start":
            item = result["results"][0]
            lines.append(
                f"- Start: the article read last shows first, read with sqlite3 alone "
                f"(store/first_look.py); the library opens and the panels, menus and toolbar fill "
                f"in after that paint. Up to it nothing names the Qt namespace, whose 93 enums "
                f"take PySide 44 ms to make (desktop/readmark/ui/__init__.py). The window is "
                f"complete {item['complete_ms']:,.1f} ms after launch, "
                f"{ratio(item['complete_ms'], item['baseline_ms']):.2f}x the baseline. "
                f"The library's code loads on a thread of its own meanwhile: the longest the "
                f"event loop stood still between the first paint and the complete window (what "
                f"a scroll or a click would have waited) was {item['pause_ms']:,.1f} ms."
            )
        if result["benchmark"] == "import":
            item = result["results"][0]
            lines.append(
                f"- Import: each file is read, looked up by its path and its text's hash (each "
                f"through an index), and added in a transaction of its own; the slowest file of "
                f"an import took {item['longest_ms']:,.1f} ms."
            )
        if result["benchmark"] == "scroll":
            item = result["results"][0]
            lines.append(
                f"- Scroll: the highlights strip beside the scroll bar (overview_strip.py) is "
                f"hidden while the reader is timed; painting it takes {item['strip_ms']:.1f} ms "
                f"with 50,000 annotations ({item['strip_baseline_ms']:.2f} ms with none), and "
                f"it repaints on every scroll."
            )
            lines.append(
                f"- Scroll: the sweeps begin once the reader has formatted the text out of view, "
                f"which it does after opening, between paints, in slices of about 8 ms: "
                f"{item['ahead_ms']:,} ms after the first paint with 50,000 annotations "
                f"({item['ahead_baseline_ms']:,} ms with none). A place scrolled to before then "
                f"is formatted as it is shown."
            )
    return lines


def machine() -> list[str]:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    if hasattr(os, "sysconf") and "SC_PHYS_PAGES" in os.sysconf_names:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        memory = f", {total / 2**30:.1f} GiB memory"
    import sqlite3

    import sqlalchemy

    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return [
        f"- {platform.platform()}; {cpu}, {os.cpu_count()} logical CPUs{memory}",
        f"- Python {platform.python_version()}, PySide6 {pyside} (Qt {qVersion()}, "
        f"QT_QPA_PLATFORM=offscreen), SQLAlchemy {sqlalchemy.__version__}, "
        f"SQLite {sqlite3.sqlite_version}",
        f"- Readmark at {commit or 'unknown commit'}, "
        f"run {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
    ]


def readme(results: list[dict[str, Any]], seconds: float) -> str:
    header = ["Benchmark", "Case", "Readmark", "Baseline", "Ratio", "Target", "Met"]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for result in results:
        table += ["| " + " | ".join(row) + " |" for row in rows(result)]
    template = (HERE / "README.template.md").read_text(encoding="utf-8")
    return (
        template.replace("{{table}}", "\n".join(table))
        .replace("{{notes}}", "\n".join(notes(results)) or "- none")
        .replace("{{machine}}", "\n".join(machine()))
        .replace("{{seconds}}", f"{seconds / 60:.1f}")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated: " + ",".join(BENCHMARKS))
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    parser.add_argument("--no-readme", action="store_true", help="leave README.md as it is")
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else BENCHMARKS
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="readmark-bench-") as cache:
        for name in chosen:
            print(f"running {name}…", file=sys.stderr, flush=True)
            results.append(run(name, Path(cache)))
            for row in rows(results[-1]):
                print("  " + " | ".join(row), file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    text = readme(results, seconds)
    if not args.no_readme and chosen == BENCHMARKS:
        (HERE / "README.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
