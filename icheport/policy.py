"""Decision policy: how the lexicon rule and the classifier's score make the ``ich`` and ``uncertain`` columns.

The rule says 1 (a present hemorrhage mention), 0 (none) or -1 (hedged only); the classifier gives P(ICH)
and decides at its threshold. Where they disagree, one of them must win, or a reader must look:

============ ==================================================================================================
policy       ``ich`` / ``uncertain``
============ ==================================================================================================
``model``    ``ich`` = score at or above the threshold, except hedged reports; ``uncertain`` = rule is -1.
             The score overrules the rule both ways (catches wording the lexicon lacks, and can also turn a
             clearly negated report positive).
``rules``    ``ich`` = rule is 1; ``uncertain`` = rule is -1. The score only ranks.
``review``   ``ich`` = rule is 1; ``uncertain`` = rule is -1, or the rule says 0 while the score says ICH:
             such a report goes to verification instead of being called either way.
============ ==================================================================================================

Without a model every policy is ``rules``. A hedged report never has ``ich`` = 1; ``uncertain`` = 1 always
means "send to a reader". The chosen policy is recorded in each model's sidecar and in ``run.json``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["DEFAULT_POLICY", "POLICIES", "Decision", "decide"]

POLICIES = ("model", "rules", "review")
DEFAULT_POLICY = "model"
_UNCLEAR = -1


@dataclass(frozen=True)
class Decision:
    """The two decided columns, int8 arrays of the input's length."""

    ich: np.ndarray
    uncertain: np.ndarray


def decide(
    rule: np.ndarray, score: np.ndarray | None, threshold: float, policy: str = DEFAULT_POLICY
) -> Decision:
    """``ich`` and ``uncertain`` for rule values (1 / 0 / -1) and scores under ``policy`` (see module docs)."""
    if policy not in POLICIES:
        raise ValueError(f"unknown decision policy {policy!r}; choose one of {', '.join(POLICIES)}")
    rule = np.asarray(rule)
    hedged = rule == _UNCLEAR
    if score is None or policy == "rules":
        return Decision((rule == 1).astype(np.int8), hedged.astype(np.int8))
    says_ich = np.asarray(score, dtype=np.float64) >= threshold
    if policy == "model":
        return Decision((says_ich & ~hedged).astype(np.int8), hedged.astype(np.int8))
    return Decision((rule == 1).astype(np.int8), (hedged | ((rule == 0) & says_ich)).astype(np.int8))
