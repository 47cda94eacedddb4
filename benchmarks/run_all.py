"""Runs every benchmark, each in a fresh process, and writes benchmarks/README.md with the results
table and the machine they ran on.

    .venv/bin/python -m benchmarks.run_all [--only open,tag,...] [--sizes 1,4,16] [--json FILE]
                                           [--no-readme]
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
    "memory": 1.5,
    "import": 1.2,
    "search": 1.5,
}
TAG_LIMIT_MS = 16.0  # everything a tag changed repainted within a frame, at 16x
STALL_LIMIT_MS = 50.0  # the longest the event loop may stand still, at any size
HEADER = ["Benchmark", "Case", "Readmark", "Baseline", "Ratio", "Growth", "Longest stall"]
HEADER += ["Target", "Met"]


def run(name: str, cache: Path, sizes: str) -> dict[str, Any]:
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        READMARK_BENCH_CACHE=str(cache),
        READMARK_BENCH_SIZES=sizes,
    )
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


def growth(item: dict[str, Any], items: list[dict[str, Any]], key: str) -> str:
    """The case's cost against the same kind of case's at 1x, when both ran."""
    scale = item.get("scale")
    first = next(
        (i for i in items if i.get("scale") == 1 and i.get("kind") == item.get("kind")), None
    )
    if not scale or scale == 1 or first is None:
        return "—"
    return f"{item[key] / first[key]:.2f}x at {scale}x"


def stall(item: dict[str, Any]) -> tuple[str, bool]:
    if "stall_ms" not in item:
        return "", True
    return f"{item['stall_ms']:,.1f} ms", item["stall_ms"] <= STALL_LIMIT_MS


def rows(result: dict[str, Any]) -> list[list[str]]:
    """Table rows, as HEADER names their columns."""
    name, target = result["benchmark"], TARGETS[result["benchmark"]]
    number = BENCHMARKS.index(name) + 1
    label = f"{number} {name.capitalize()}"
    items = result["results"]
    table = []
    if name == "tag":
        first = next((i for i in items if i["scale"] == 1), items[0])
        for kind, key in (("add", "add_ms"), ("undo", "undo_ms")):
            for item in items:
                r = ratio(item[key], first[key])
                largest = item["scale"] == 16
                stalled, calm = stall(item)
                met = r <= target and calm and (not largest or item[key] < TAG_LIMIT_MS)
                table.append(
                    [
                        label,
                        f"{kind}, {item['case']}",
                        f"{item[key]:.1f} ms",
                        f"{first[key]:.1f} ms (at 1x)",
                        f"{r:.2f}x",
                        growth(item, items, key),
                        stalled,
                        f"≤ {target}x"
                        + (f", < {TAG_LIMIT_MS:g} ms" if largest else "")
                        + f", stall ≤ {STALL_LIMIT_MS:g} ms",
                        verdict(met),
                    ]
                )
        return table
    unit = "MiB" if name == "memory" else "ms"
    key = "mib" if name == "memory" else "ms"
    for item in items:
        app, baseline = item[f"app_{key}"], item[f"baseline_{key}"]
        r = ratio(app, baseline)
        wanted = item.get("target", target)
        stalled, calm = stall(item)
        table.append(
            [
                label,
                item["case"],
                f"{app:,.1f} {unit}",
                f"{baseline:,.1f} {unit}",
                f"{r:.2f}x",
                growth(item, items, f"app_{key}"),
                stalled,
                f"≤ {wanted}x" + (f", stall ≤ {STALL_LIMIT_MS:g} ms" if stalled else ""),
                verdict(r <= wanted and calm),
            ]
        )
    return table


def notes(results: list[dict[str, Any]]) -> list[str]:
    """What the table alone does not say."""
    lines = []
    for result in results:
        items = result["results"]
        if result["benchmark"] == "open":
            for item in items:
                lines.append(
                    f"- Open, {item['case']}: the first paint (the article read last, with the "
                    f"highlights around the reading position, read with sqlite3: "
                    f"store/first_look.py) came {item['painted_ms']:,.1f} ms after the start, "
                    f"{ratio(item['painted_ms'], item['baseline_ms']):.2f}x the baseline. The "
                    f"check for repeated blocks (core/duplicates.py) takes "
                    f"{item['repeats_ms']:,.1f} ms before the first paint and "
                    f"{item['repeats_after_ms']:,.1f} ms after the window is complete, run "
                    f"between paints in slices of about {item['slice_ms']:g} ms (its longest step "
                    f"{item['repeats_step_ms']:,.1f} ms); the stall is the longest until it and "
                    f"the formatting ahead have ended. {item['highlights_checked']} highlights in "
                    f"view were checked as drawn."
                )
        if result["benchmark"] == "tag":
            drawn = ", ".join(
                f"{item['scale']}x: {item['add_reader_ms']:.1f} / {item['undo_reader_ms']:.1f} ms"
                for item in items
            )
            lines.append(
                "- Tag: the reader paints the new highlight first; the annotation list, its "
                "counts and the highlights strip repaint in the event-loop pass after "
                "(MainWindow.tag_selection), each changed by the one passage, not counted again. "
                f"Add / undo, from the key press to the reader's paint alone: {drawn}."
            )
        if result["benchmark"] == "scroll":
            early = ", ".join(
                f"{item['scale']}x: {item['early_ms']:,.1f} ms against "
                f"{item['early_baseline_ms']:,.1f} ms "
                f"({ratio(item['early_ms'], item['early_baseline_ms']):.2f}x)"
                for item in items
            )
            ahead = ", ".join(f"{item['scale']}x: {item['ahead_ms']:,} ms" for item in items)
            lines.append(
                f"- Scroll: ten new places swept right after the first paint, before the reader "
                f"has formatted the text out of view, against the bare view right after its own: "
                f"{early}. The formatting ahead (in slices of about 8 ms, between paints) went on "
                f"after that sweep for {ahead}. The highlights strip repaints on every scroll, "
                f"inside the timed sweeps."
            )
        if result["benchmark"] == "start":
            item = items[0]
            lines.append(
                f"- Start: the article read last shows first, read with sqlite3 alone "
                f"(store/first_look.py), {item['painted_ms']:,.1f} ms after launch "
                f"({ratio(item['painted_ms'], item['baseline_ms']):.2f}x the baseline); the "
                f"library opens and the panels, menus and toolbar fill in after that paint, "
                f"the library's code loading on a thread of its own meanwhile. The stall is "
                f"the longest the event loop stood still between the first paint and the "
                f"complete window."
            )
        if result["benchmark"] == "import":
            longest = ", ".join(f"{item['scale']}x: {item['longest_ms']:,.1f} ms" for item in items)
            lines.append(
                f"- Import: each file is read, looked up by its path and its text's hash (each "
                f"through an index), and added in a transaction of its own; the slowest file of "
                f"an import took {longest}. The stall is that of the same import made from the "
                f"window (File > Import, a folder), to half a second after it ends."
            )
        if result["benchmark"] == "export":
            lines.append(
                "- Export: the stall is that of the same export made from the window (File > "
                "Export, the whole library), to half a second after it ends."
            )
        if result["benchmark"] == "search":
            first = ", ".join(f"{item['scale']}x: {item['first_ms']:,.1f} ms" for item in items)
            lines.append(
                f"- Search: the dialog searches on a worker thread, a document's text or 500 "
                f"notes a step, and lists each step's results as they come; the first result "
                f"of a common word showed after {first}. The stall and the first result are "
                f"from runs of their own, with the stall watch ticking."
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
        *load(),
    ]


def load() -> list[str]:
    """The machine's load as the run ended: other work on its cores stretches every figure."""
    if not hasattr(os, "getloadavg"):
        return []
    one, five, fifteen = os.getloadavg()
    return [f"- Load average at the end of the run: {one:.1f}, {five:.1f}, {fifteen:.1f}"]


def readme(results: list[dict[str, Any]], seconds: float) -> str:
    table = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
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
    parser.add_argument(
        "--sizes", default="1,4,16", help="comma-separated scales (1, 4, 16); all by default"
    )
    args = parser.parse_args()
    chosen = args.only.split(",") if args.only else BENCHMARKS
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="readmark-bench-") as cache:
        for name in chosen:
            print(f"running {name}…", file=sys.stderr, flush=True)
            results.append(run(name, Path(cache), args.sizes))
            for row in rows(results[-1]):
                print("  " + " | ".join(row), file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    text = readme(results, seconds)
    if not args.no_readme and chosen == BENCHMARKS and args.sizes == "1,4,16":
        (HERE / "README.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
