"""Start-up cost: `icheport label` on a 10-row file, as a ratio to `python -c pass` measured in the same run.

    python benchmarks/bench_startup.py [--runs 5] [--model default|none]

Both commands run as whole processes, alternated, after one warm-up each (the learned-morphology cache of the
lexicon is then warm, as it is for every run after the first on a machine). Prints min / median / max wall
seconds and the median ratio, with the machine. No report text is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = "description,conclusion\n" + "Срединные структуры не смещены.,Кровоизлияний не выявлено.\n" * 10


def _wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--model", default="default")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ten.csv"
        src.write_text(ROWS, encoding="utf-8")
        label = [
            sys.executable,
            "-m",
            "icheport",
            "label",
            str(src),
            "--out",
            str(Path(tmp) / "out.csv"),
            "--overwrite",
            "--quiet",
            "--model",
            a.model,
        ]
        bare = [sys.executable, "-c", "pass"]
        _wall(label), _wall(bare)  # warm-up
        ours, base = [], []
        for _ in range(a.runs):
            ours.append(_wall(label))
            base.append(_wall(bare))
    ratios = [x / y for x, y in zip(ours, base, strict=True)]
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}"
    )
    for name, xs in (("icheport label, 10 rows", ours), ("python -c pass", base)):
        print(f"{name:26s} min {min(xs):.3f}  median {statistics.median(xs):.3f}  max {max(xs):.3f} s")
    print(f"ratio (median of pairs): {statistics.median(ratios):.1f}x   goal: label <= 0.6 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
