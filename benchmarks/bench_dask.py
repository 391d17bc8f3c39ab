"""Triage on the Dask engine vs the local engine, same input, same cores: time ratio and peak memory.

    python benchmarks/bench_dask.py --n 500000 --workers 2 --out /tmp/bench_dask

A synthetic export of ``--n`` rows is written once as ``--parts`` Parquet files (not timed). Then the local
engine (``triage --jobs WORKERS``) and the Dask engine (a LocalCluster of WORKERS single-threaded processes,
started inside the timed run) triage it, each in a process of its own (so neither run's memory shows in the
other's figures); the script checks the candidate lists are identical and prints wall seconds, the ratio
Dask / local (goal <= 1.3), the driver's peak RSS (the process that calls triage; for the local engine it also
reads and merges) and the peak of the worker processes' RSS summed. No report text is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import psutil


class _Peak(threading.Thread):
    """Peak RSS of this process alone and of its child processes summed, sampled every 0.2 s."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.driver = self.children = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.is_set():
            try:
                self.driver = max(self.driver, me.memory_info().rss)
                self.children = max(
                    self.children, sum(p.memory_info().rss for p in me.children(recursive=True))
                )
            except psutil.Error:
                pass
            self._stop_event.wait(0.2)

    def stop(self) -> tuple[int, int]:
        self._stop_event.set()
        self.join()
        return self.driver, self.children


def _measure(fn) -> tuple[float, int, int]:
    peak = _Peak()
    peak.start()
    t0 = time.perf_counter()
    fn()
    seconds = time.perf_counter() - t0
    driver, children = peak.stop()
    return seconds, driver, children


def _run_engine(engine: str, a: argparse.Namespace) -> dict[str, float]:
    """One engine's run in this process: seconds, driver and summed-worker peak RSS (bytes)."""
    from icheport.cluster import LabelSpec, triage_dataset
    from icheport.model import default_model
    from icheport.triage import triage

    single, parts = a.out / f"synth_{a.n}.parquet", a.out / f"parts_{a.n}"
    if engine == "local":
        fn = lambda: triage(  # noqa: E731
            single,
            a.out / "local",
            n_per_class=a.n_per_class,
            jobs=a.workers,
            model=default_model(),
            progress=False,
            overwrite=True,
        )
    else:
        fn = lambda: triage_dataset(  # noqa: E731
            str(parts),
            str(a.out / "dask"),
            n_per_class=a.n_per_class,
            workers=a.workers,
            spec=LabelSpec(),
            overwrite=True,
        )
    seconds, driver, children = _measure(fn)
    return {"seconds": seconds, "driver": driver, "children": children}


def _write_inputs(a: argparse.Namespace) -> None:
    from icheport import synth

    a.out.mkdir(parents=True, exist_ok=True)
    single, parts = a.out / f"synth_{a.n}.parquet", a.out / f"parts_{a.n}"
    if not single.exists():
        synth.write(single, a.n, seed=0, jobs=a.workers)
    if not parts.exists():
        parts.mkdir()
        df = pd.read_parquet(single)
        step = -(-len(df) // a.parts)
        for i in range(a.parts):
            df.iloc[i * step : (i + 1) * step].to_parquet(parts / f"part.{i:03d}.parquet", index=False)
        del df


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500_000)
    ap.add_argument("--parts", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--n-per-class", type=int, default=1000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/bench_dask"))
    ap.add_argument("--engine", choices=("local", "dask"), help=argparse.SUPPRESS)  # one run, in a child
    a = ap.parse_args()
    if a.engine:
        print(json.dumps(_run_engine(a.engine, a)))
        return 0
    _write_inputs(a)
    runs = {}
    for engine in ("local", "dask"):
        argv = [sys.executable, __file__, *sys.argv[1:], "--engine", engine]
        out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
        runs[engine] = json.loads(out.strip().splitlines()[-1])
    same = all(
        (a.out / "local" / f).read_bytes() == (a.out / "dask" / f).read_bytes()
        for f in ("candidates_ich.csv", "candidates_no_ich.csv", "candidates_unclear.csv", "case_key.csv")
    )
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"{psutil.virtual_memory().total / 2**30:.1f} GiB, Python {platform.python_version()}"
    )
    print(
        f"input: {a.n:,} rows in {a.parts} Parquet parts; {a.workers} workers / jobs; each engine in its own process"
    )
    for name, r in runs.items():
        print(
            f"{name:6s} {r['seconds']:7.1f} s   driver peak {r['driver'] / 2**20:,.0f} MiB   "
            f"workers peak (summed) {r['children'] / 2**20:,.0f} MiB"
        )
    ratio = runs["dask"]["seconds"] / runs["local"]["seconds"]
    print(f"ratio dask / local: {ratio:.2f}x (goal <= 1.3)   identical lists: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
