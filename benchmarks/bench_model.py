"""Classifier training and scoring speed on the synthetic export.

Run:  python benchmarks/bench_model.py --train 1000000 --score 20000
Training on N rows means N rows of the export (all study types, as a site would pass them); the
brain-CT rows among them are matched, weak-labeled and fitted.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

import pandas as pd

from icheport.label import reports_for
from icheport.model import load_model, train_from_table
from icheport.synth import write


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", type=int, default=200_000, help="export rows to train on")
    ap.add_argument("--score", type=int, default=20_000, help="brain-CT reports to score")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    print(
        f"machine: {platform.machine()} cpus={os.cpu_count()} python={platform.python_version()} "
        f"load={os.getloadavg()[0]:.1f}"
    )
    tmp = Path(tempfile.mkdtemp(prefix="icheport-bench-"))
    write(tmp / "train.parquet", a.train, seed=a.seed)
    df = pd.read_parquet(tmp / "train.parquet")
    t0 = time.perf_counter()
    _, summary = train_from_table(df, out=tmp / "model.npz", seed=a.seed)
    dt = time.perf_counter() - t0
    print(
        f"train: {a.train:,} export rows ({summary['brain_ct_rows']:,} brain CT, trained on "
        f"{summary['trained_on']:,}) in {dt:.1f} s"
    )
    model = load_model(tmp / "model.npz")
    write(tmp / "score.parquet", a.score * 20, seed=a.seed + 1)
    sc = pd.read_parquet(tmp / "score.parquet")
    sc = sc[sc["study_type"].str.contains("голов", case=False, na=False)].head(a.score)
    c0 = time.process_time()
    reports = reports_for(sc, matcher=model.matcher_)
    c1 = time.process_time()
    model.score_reports(reports)
    c2 = time.process_time()
    n = len(sc)
    print(
        f"score: {n:,} brain CT reports: match {n / (c1 - c0):,.0f}/s, features+predict {n / (c2 - c1):,.0f}/s, "
        f"end to end {n / (c2 - c0):,.0f}/s (CPU time, one core)"
    )
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
