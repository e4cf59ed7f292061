"""Benchmark: how long the command line takes to start, beside a bare Python start.

    python bench/cli_startup.py [--repeat 15] [--db FILE]

Runs `python -c pass`, `doorwatch --help` and `doorwatch status` (on the bundled dataset, made
in a temporary file unless --db names one) as fresh processes, interleaved so that a busy
machine slows all three alike, and prints the median wall time of each, its ratio to the bare
start and its margin over it (the goal: --help and status under 0.3 s).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_S = 0.3


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Return the wall time and the CPU time (user + system) of one run of ``args``."""
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _cpu() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--db", help="a doorwatch database with the bundled dataset")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        # An installed doorwatch has its bytecode compiled (pip does it); from a source tree
        # with PYTHONDONTWRITEBYTECODE set, every start would compile doorwatch's modules
        # again (25 ms or more). The warm-up run below writes the bytecode into the folder.
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        db = args.db or str(Path(folder) / "bundled.sqlite")
        if not args.db:
            subprocess.run(
                [sys.executable, "-m", "doorwatch.cli.main", "init", "--sample", "--db", db],
                env=env, check=True, capture_output=True,
            )  # fmt: skip
        doorwatch = [sys.executable, "-m", "doorwatch.cli.main"]
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "doorwatch --help": [*doorwatch, "--help"],
            "doorwatch status": [*doorwatch, "status", "--db", db],
        }
        for command in commands.values():  # warm the file cache once
            _run(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                wall, used = _run(command, env)
                times[name].append(wall)
                cpu[name].append(used)
    base = statistics.median(times["python -c pass"])
    # The CPU time is what a start costs on an idle machine; the wall time also holds the
    # waits of a machine shared with other work.
    print(
        f"{'command':<20} {'median s':>9} {'min s':>7} {'÷ pass':>7} {'− pass s':>9} "
        f"{'cpu s':>6}  goal"
    )
    for name, values in times.items():
        median = statistics.median(values)
        goal = "" if name.startswith("python") else ("met" if median < GOAL_S else "NOT met")
        print(
            f"{name:<20} {median:9.3f} {min(values):7.3f} {median / base:7.1f} "
            f"{median - base:9.3f} {statistics.median(cpu[name]):6.3f}  {goal}"
        )
    print(f"({args.repeat} runs each, interleaved; load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
