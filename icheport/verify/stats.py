"""Agreement statistics: Cohen's kappa with a bootstrap interval, Wilson intervals for proportions."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ._common import Proportion

# ---------------------------------------------------------------------------------------------------------
# Small statistics


def cohen_kappa(a: Sequence[Any], b: Sequence[Any]) -> float:
    """Cohen's kappa between two raters' labels of the same items (scikit-learn's ``cohen_kappa_score``).

    Returns NaN when chance agreement is 1 (both raters used one and the same category throughout), where
    kappa is undefined.
    """
    a, b = list(a), list(b)
    if len(a) != len(b):
        raise ValueError(f"cohen_kappa: lengths differ ({len(a)} vs {len(b)})")
    if not a or len(set(a) | set(b)) < 2:
        return math.nan
    from sklearn.metrics import cohen_kappa_score

    labels = sorted(set(a) | set(b), key=repr)
    codes = {c: i for i, c in enumerate(labels)}
    return float(cohen_kappa_score([codes[x] for x in a], [codes[x] for x in b]))


def _kappa_from_counts(n11: np.ndarray, n10: np.ndarray, n01: np.ndarray, n00: np.ndarray) -> np.ndarray:
    """Kappa of 2x2 tables (vectorized). n10 = reader 1 yes, reader 2 no."""
    n = n11 + n10 + n01 + n00
    with np.errstate(invalid="ignore", divide="ignore"):
        po = (n11 + n00) / n
        pe = ((n11 + n10) * (n11 + n01) + (n00 + n01) * (n00 + n10)) / (n * n)
        kappa = (po - pe) / (1.0 - pe)
    return np.where(pe >= 1.0, np.nan, kappa)


def wilson_ci(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for k successes out of n (scipy's ``binomtest(...).proportion_ci``);
    (nan, nan) when n == 0."""
    if n <= 0:
        return (math.nan, math.nan)
    from scipy.stats import binomtest

    ci = binomtest(int(k), int(n)).proportion_ci(confidence_level=confidence, method="wilson")
    return (float(ci.low), float(ci.high))


def _proportion(name: str, k: int, n: int) -> Proportion:
    lo, hi = wilson_ci(k, n)
    return Proportion(name=name, k=int(k), n=int(n), value=k / n if n else math.nan, ci_low=lo, ci_high=hi)
