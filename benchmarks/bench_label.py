"""``icheport label`` on a CSV export as a ratio to reading the same file with ``pyarrow.csv.read_csv``.

    python benchmarks/bench_label.py --n 500000 --out /tmp/bench_label
    python benchmarks/bench_label.py --input export.csv --out /tmp/bench_label

Without ``--input`` a synthetic CSV of ``--n`` rows is written first with ``icheport synth`` (not timed;
reused when it exists). Then, each as a whole process and ``--repeat`` times: ``pyarrow.csv.read_csv`` of the
file (the I/O limit, quoted line breaks allowed), and ``icheport label FILE --out OUT.csv``. Prints the best and median seconds of each,
the ratio label / read (target: at most 3.0), and the peak RSS of the label run (process + workers).
No report text is printed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil


def _timed(argv: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (MiB, the process and its children, sampled every 0.1 s) of one process."""
    t0 = time.perf_counter()
    proc = psutil.Popen(argv, stdout=subprocess.DEVNULL)
    peak = 0
    while proc.poll() is None:
        try:
            peak = max(peak, sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]))
        except psutil.Error:
            pass
        time.sleep(0.1)
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{argv[2] if len(argv) > 2 else argv} failed with exit code {proc.returncode}")
    return dt, peak // 2**20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500_000, help="synthetic rows (default: %(default)s)")
    ap.add_argument("--input", help="a CSV export to use instead of a synthetic one")
    ap.add_argument("--out", default="bench_label", help="working folder (default: %(default)s)")
    ap.add_argument("--model", default="default", help="icheport label --model (default: %(default)s)")
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    work = Path(a.out)
    work.mkdir(parents=True, exist_ok=True)
    src = Path(a.input) if a.input else work / f"synth_{a.n}.csv"
    if not src.exists():
        subprocess.run(
            [sys.executable, "-m", "icheport", "synth", "--n", str(a.n), "--out", str(src), "--quiet"],
            check=True,
        )
    # the limit reads what label must read: quoted line breaks inside cells allowed
    read = [
        sys.executable,
        "-c",
        "import sys, pyarrow.csv as c; "
        "c.read_csv(sys.argv[1], parse_options=c.ParseOptions(newlines_in_values=True))",
        str(src),
    ]
    label = [
        sys.executable,
        "-m",
        "icheport",
        "label",
        str(src),
        "--out",
        str(work / "labeled.csv"),
        "--overwrite",
        "--model",
        a.model,
        "--quiet",
    ]
    reads, labels, peaks = [], [], []
    for _ in range(a.repeat):
        reads.append(_timed(read)[0])
        dt, peak = _timed(label)
        labels.append(dt)
        peaks.append(peak)
    size = src.stat().st_size / 2**20
    print(f"input: {src.name}, {size:,.0f} MiB; label --model {a.model}")
    print(f"pyarrow.csv.read_csv: best {min(reads):.2f} s, median {statistics.median(reads):.2f} s")
    print(
        f"icheport label:       best {min(labels):.2f} s, median {statistics.median(labels):.2f} s, "
        f"peak RSS {max(peaks):,} MiB"
    )
    print(
        f"ratio label / read:   {min(labels) / min(reads):.1f}x (best), "
        f"{statistics.median(labels) / statistics.median(reads):.1f}x (median); target <= 3.0x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
