"""Speed and memory of the whole triage funnel on a (synthetic) CT export.

    python benchmarks/bench_triage.py --n 500000 --jobs 2 --out /tmp/bench_triage
    python benchmarks/bench_triage.py --input export.parquet --jobs 2 --out /tmp/bench_triage

Without ``--input`` a synthetic export of ``--n`` rows is generated first with ``icheport.synth`` (not
timed; reused when the file already exists). Prints total seconds, rows/s, stage timings from run.json,
the funnel counts, peak RSS (this process + worker processes, summed, sampled every 0.2 s) and the machine.
No report text is printed.

Targets (4,369,511 rows, ``--jobs 2``): whole funnel < 5 minutes, peak RSS < 2 GB, NLP stage >= 10,000
reports/s per core (in-cohort reports / CPU seconds the labeling took in the workers).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

import psutil
from _common import RssSampler


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = psutil.virtual_memory().total / 2**30
    return (
        f"{cpu}; {os.cpu_count()} logical CPUs; {mem:.1f} GiB RAM; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500_000, help="rows to generate when --input is not given")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--input", type=Path, help="an existing export (CSV / Parquet / JSONL)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--chunksize", type=int, default=100_000)
    parser.add_argument("--n-per-class", type=int, default=5000)
    parser.add_argument(
        "--out", type=Path, default=Path("/tmp/bench_triage"), help="run directory (and data)"
    )
    parser.add_argument(
        "--format", choices=("parquet", "csv"), default="parquet", help="generated file format"
    )
    parser.add_argument("--progress", action="store_true", help="show the progress bar (stderr)")
    args = parser.parse_args(argv)

    from icheport.triage import triage

    args.out.mkdir(parents=True, exist_ok=True)
    if args.input is None:
        from icheport import synth

        data = args.out / f"synth_{args.n}_{args.seed}.{args.format}"
        if not data.exists():
            t0 = time.perf_counter()
            tmp = data.with_name(".partial-" + data.name)
            synth.write(tmp, args.n, seed=args.seed, jobs=args.jobs)
            os.replace(tmp, data)
            print(f"generated {args.n:,} rows in {time.perf_counter() - t0:.1f} s -> {data}")
        input_path = data
    else:
        input_path = args.input

    sampler = RssSampler()
    sampler.start()
    t0 = time.perf_counter()
    result = triage(
        input_path,
        args.out / "run",
        n_per_class=args.n_per_class,
        seed=args.seed,
        jobs=args.jobs,
        chunksize=args.chunksize,
        progress=args.progress,
    )
    seconds = time.perf_counter() - t0
    peak = sampler.stop()
    read_limit = None
    if input_path.suffix.lower() in (".parquet", ".pq"):  # the I/O limit, measured in the same run
        import pyarrow.parquet as pq

        t0 = time.perf_counter()
        pq.read_table(input_path)
        read_limit = time.perf_counter() - t0

    run = json.loads(result.paths["run"].read_text(encoding="utf-8"))
    print(f"machine: {_machine()}")
    print(f"input: {input_path} ({input_path.stat().st_size / 2**20:,.0f} MiB)")
    print(f"rows: {result.rows:,}   jobs: {args.jobs}   chunksize: {args.chunksize:,}")
    print(f"total: {seconds:.1f} s   rows/s: {result.rows / seconds:,.0f}")
    if read_limit is not None:
        print(
            f"pyarrow.parquet.read_table of the same file: {read_limit:.1f} s   "
            f"ratio triage / read: {seconds / read_limit:.1f}x (goal <= 2.0)"
        )
    print(f"peak RSS (process + workers): {peak / 2**20:,.0f} MiB")
    print("stage timings (s): " + ", ".join(f"{k}={v}" for k, v in run["timings_s"].items()))
    labeled = next(s["count"] for s in result.funnel if s["stage"] == "after_cleaning")
    cpu = run["timings_s"]["label_cpu"]
    print(
        f"NLP stage (tokenize, lemmatize, match, score, evidence; in the workers): {labeled:,} in-cohort reports "
        f"in {cpu:.1f} CPU-s = {labeled / max(cpu, 1e-9):,.0f} reports/s per core"
    )
    print(f"duplicate-hash memory: {run['duplicate_hashes_bytes'] / 2**20:.1f} MiB")
    for stage in result.funnel:
        print(f"  {stage['label']:<28} {stage['count']:>12,}")
    for w in result.warnings:
        print(f"  warning: {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
