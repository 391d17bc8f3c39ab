"""Throughput of the study-type filter (``cohort.brain_ct_mask``) on a realistic export column.

An export names its CT procedures in a few hundred to a few thousand distinct ways, with a heavy head
(plain brain CT and chest CT dominate). The column here: the strings of ``tests/study_types.py`` plus
variants (a room number, or words such as "экстренно", "(стационар)"), drawn with Zipf-like weights.

    python benchmarks/bench_study_type.py --rows 1000000 --repeat 3
    python benchmarks/bench_study_type.py --rows 100000 --all-distinct   # worst case: a date in every name
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
    # one variant in six differs by a number, the others by words
    tails = [" (каб. {})", " экстренно", " (стационар)", " планово", " (ОРИТ)", " — амбулаторно"]
    names = base + [f"{t}{tails[i % len(tails)].format(i % 17 + 1)}" for i, t in enumerate(base * variants)]
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(names) + 1) ** 1.1
    idx = rng.choice(len(names), size=rows, p=weights / weights.sum())
    return pd.Series(np.asarray(names, dtype=object)[idx], dtype="str")


def distinct_column(rows: int, seed: int) -> pd.Series:
    """Every value different (an export that puts the study date into the procedure name)."""
    base = [c.text for c in CASES]
    pick = np.random.default_rng(seed).integers(0, len(base), rows)
    return pd.Series([f"{base[i]} от {n:07d}" for n, i in enumerate(pick)], dtype="str")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--variants", type=int, default=4, help="variants per string (room number or words)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--chunksize", type=int, default=100_000, help="chunk size of the chunked run")
    p.add_argument("--all-distinct", action="store_true", help="every value different (worst case)")
    a = p.parse_args()
    col = distinct_column(a.rows, a.seed) if a.all_distinct else column(a.rows, a.variants, a.seed)
    cold = warm = chunked = float("inf")
    for _ in range(a.repeat):
        config = CohortConfig()  # fresh: nothing decided yet
        t0 = time.perf_counter()
        mask = brain_ct_mask(col, config)
        t1 = time.perf_counter()
        brain_ct_mask(col, config)  # the same values again: every string decided already
        t2 = time.perf_counter()
        config = CohortConfig()
        t3 = time.perf_counter()
        for start in range(0, a.rows, a.chunksize):  # as `label` and `triage` call it
            brain_ct_mask(col.iloc[start : start + a.chunksize], config)
        t4 = time.perf_counter()
        cold, warm, chunked = min(cold, t1 - t0), min(warm, t2 - t1), min(chunked, t4 - t3)
    print(
        f"{platform.processor() or platform.machine()}, python {platform.python_version()}, pandas {pd.__version__}"
    )
    print(f"rows={a.rows:,} distinct={col.nunique():,} brain_ct={int(mask.sum()):,} (best of {a.repeat})")
    print(
        f"first call: {cold:.3f} s = {a.rows / cold:,.0f} rows/s; "
        f"repeat call: {warm:.3f} s = {a.rows / warm:,.0f} rows/s; "
        f"in chunks of {a.chunksize:,}: {chunked:.3f} s = {a.rows / chunked:,.0f} rows/s"
    )


if __name__ == "__main__":
    main()
