"""Agreement between the two readers and Table 1 of the verified labels."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from ._common import BOOTSTRAP_RESAMPLES, LABELS, VERDICT_COLUMNS
from .sheets import _Row
from .stats import _kappa_from_counts


def _agreement_table(
    r1: Mapping[str, _Row], r2: Mapping[str, _Row], ids: Sequence[str], seed: int
) -> pd.DataFrame:
    records = []
    for li, label in enumerate(VERDICT_COLUMNS):
        a = np.array([r1[c].values.get(label) or 0 for c in ids], dtype=np.int64)
        b = np.array([r2[c].values.get(label) or 0 for c in ids], dtype=np.int64)
        n = len(ids)
        counts = np.array(
            [
                np.sum((a == 1) & (b == 1)),
                np.sum((a == 1) & (b == 0)),
                np.sum((a == 0) & (b == 1)),
                np.sum((a == 0) & (b == 0)),
            ],
            dtype=np.int64,
        )
        kappa = float(_kappa_from_counts(*counts))
        lo = hi = math.nan
        if n > 0:
            # Resampling cases with replacement = drawing the 2x2 cell counts from Multinomial(n, observed).
            boot = np.random.default_rng([seed, li]).multinomial(n, counts / n, size=BOOTSTRAP_RESAMPLES)
            ks = _kappa_from_counts(boot[:, 0], boot[:, 1], boot[:, 2], boot[:, 3])
            ks = ks[~np.isnan(ks)]
            if len(ks) and not math.isnan(kappa):
                lo, hi = (float(x) for x in np.percentile(ks, [2.5, 97.5]))
        records.append(
            {
                "label": label,
                "n": n,
                "n_agree": int(counts[0] + counts[3]),
                "percent_agreement": 100.0 * (counts[0] + counts[3]) / n if n else math.nan,
                "kappa": kappa,
                "kappa_ci_low": lo,
                "kappa_ci_high": hi,
                "both_yes": int(counts[0]),
                "reader1_only": int(counts[1]),
                "reader2_only": int(counts[2]),
                "both_no": int(counts[3]),
            }
        )
    return pd.DataFrame.from_records(records)


def _table1(final: pd.DataFrame) -> pd.DataFrame:
    n = len(final)
    records = []
    for label in LABELS:
        present = int(final[label].sum())
        for cls, count in (("present", present), ("absent", n - present)):
            records.append(
                {
                    "label": label,
                    "class": cls,
                    "count": count,
                    "percent": round(100.0 * count / n, 1) if n else math.nan,
                }
            )
    return pd.DataFrame.from_records(records)


def _table1_markdown(table: pd.DataFrame, n: int) -> str:
    lines = [
        f"# Table 1. Verified labels (n = {n})",
        "",
        "| label | class | count | percent |",
        "|---|---|---:|---:|",
    ]
    for row in table.itertuples(index=False):
        lines.append(f"| {row.label} | {row[1]} | {row.count} | {row.percent:.1f} |")
    return "\n".join(lines) + "\n"
