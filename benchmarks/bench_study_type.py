"""Throughput of the study-type filter (``cohort.brain_ct_mask``) on a realistic export column.

An export names its CT procedures in a few hundred to a few thousand distinct ways, with a heavy head
(plain brain CT and chest CT dominate). The column here: the strings of ``tests/study_types.py`` plus
variants with a room number, drawn with Zipf-like weights.

    python benchmarks/bench_study_type.py --rows 1000000 --repeat 3
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from study_types import CASES

from icheport.cohort import CohortConfig, brain_ct_mask


def column(rows: int, variants: int, seed: int) -> pd.Series:
    base = [c.text for c in CASES]
    names = base + [f"{t} (каб. {i % 17 + 1})" for i, t in enumerate(base * variants)]
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(names) + 1) ** 1.1
    idx = rng.choice(len(names), size=rows, p=weights / weights.sum())
    return pd.Series(np.asarray(names, dtype=object)[idx], dtype="str")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--variants", type=int, default=4, help="room-number variants per string")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args()
    col = column(a.rows, a.variants, a.seed)
    cold = warm = float("inf")
    for _ in range(a.repeat):
        config = CohortConfig()  # fresh: nothing decided yet
        t0 = time.perf_counter()
        mask = brain_ct_mask(col, config)
        t1 = time.perf_counter()
        brain_ct_mask(col, config)  # the next chunk of a chunked run: every string decided already
        t2 = time.perf_counter()
        cold, warm = min(cold, t1 - t0), min(warm, t2 - t1)
    print(f"{platform.processor() or platform.machine()}, python {platform.python_version()}, pandas {pd.__version__}")
    print(f"rows={a.rows:,} distinct={col.nunique():,} brain_ct={int(mask.sum()):,} (best of {a.repeat})")
    print(f"first call: {cold:.3f} s = {a.rows / cold:,.0f} rows/s; "
          f"repeat call: {warm:.3f} s = {a.rows / warm:,.0f} rows/s")


if __name__ == "__main__":
    main()
