"""Held-out Russian cases (tests/cases_ru_holdout*.py): measured, never gated.

There are no per-case assertions: the set exists to report honest accuracy of ``icheport.label_text``
on text nobody tuned the lexicon against. ``test_holdout_metrics`` scores every case and, when the
environment variable ``ICHEPORT_HOLDOUT_REPORT`` names a path, writes the metrics there as JSON, one
file per set (the set's name is appended)
(case ids only, never report text). It fails only if a case cannot be scored.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import cases_ru_holdout
import cases_ru_holdout2
import cases_ru_holdout3
import cases_ru_holdout4
import cases_ru_holdout5
import cases_ru_holdout6
import cases_ru_holdout7
import cases_ru_holdout8
import cases_ru_holdout9
import cases_ru_holdout10
import cases_ru_holdout11
import cases_ru_holdout12
import cases_ru_holdout13
import cases_ru_holdout14
import cases_ru_holdout15
import pytest
from _cases import _ratio as ratio
from _cases import actual_labels, binary
from cases_ru_holdout import LABELS, C

import icheport

# Each set was written from DOMAIN.md alone, without looking at the lexicon, after the previous set's misses
# had been fixed and moved to cases_ru.py; the newest set is the honest figure.
SETS = {
    "holdout1": (cases_ru_holdout.CASES, "ho-"),
    "holdout2": (cases_ru_holdout2.CASES, "h2-"),
    "holdout3": (cases_ru_holdout3.CASES, "h3-"),
    "holdout4": (cases_ru_holdout4.CASES, "h4-"),
    "holdout5": (cases_ru_holdout5.CASES, "h5-"),
    "holdout6": (cases_ru_holdout6.CASES, "h6-"),
    "holdout7": (cases_ru_holdout7.CASES, "h7-"),
    "holdout8": (cases_ru_holdout8.CASES, "h8-"),
    "holdout9": (cases_ru_holdout9.CASES, "h9-"),
    "holdout10": (cases_ru_holdout10.CASES, "h10-"),
    "holdout11": (cases_ru_holdout11.CASES, "h11-"),
    "holdout12": (cases_ru_holdout12.CASES, "h12-"),
    "holdout13": (cases_ru_holdout13.CASES, "h13-"),
    "holdout14": (cases_ru_holdout14.CASES, "h14-"),
    "holdout15": (cases_ru_holdout15.CASES, "h15-"),
}

ALLOWED_ICH = (-1, 0, 1)
HEMORRHAGE_LABELS = frozenset(LABELS) - {"fracture"}


def _label(case: C):
    if case.text is not None:
        return icheport.label_text(case.text)
    return icheport.label_text(description=case.description, conclusion=case.conclusion)


# ---------------------------------------------------------------- the case list itself


@pytest.mark.parametrize("name", SETS)
def test_case_ids_are_unique_prefixed_and_enough(name):
    CASES, prefix = SETS[name]
    counts = Counter(c.id for c in CASES)
    duplicates = sorted(i for i, n in counts.items() if n > 1)
    assert not duplicates, f"duplicate case ids: {duplicates}"
    assert all(c.id.startswith(prefix) for c in CASES), [c.id for c in CASES if not c.id.startswith(prefix)]
    sets_of_150 = ("holdout1", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6")
    # from set 7 on: 120-130; set 15 was asked for 110 to arrive within its session
    least = 150 if name in sets_of_150 else 110 if name == "holdout15" else 120
    assert len(CASES) >= least, len(CASES)


@pytest.mark.parametrize("name", SETS)
def test_case_labels_are_consistent(name):
    CASES, _ = SETS[name]
    problems: list[str] = []
    for c in CASES:
        if c.ich not in ALLOWED_ICH:
            problems.append(f"{c.id}: ich={c.ich!r} not in {ALLOWED_ICH}")
        unknown = c.pos - set(LABELS)
        if unknown:
            problems.append(f"{c.id}: unknown labels {sorted(unknown)}")
        if c.ich != 1 and c.pos & HEMORRHAGE_LABELS:
            problems.append(f"{c.id}: hemorrhage labels {sorted(c.pos & HEMORRHAGE_LABELS)} need ich=1")
        has_text = bool(c.text)
        has_fields = bool(c.description) or bool(c.conclusion)
        if has_text == has_fields:
            problems.append(f"{c.id}: give either text or description/conclusion, not both or neither")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", SETS)
def test_case_groups_are_balanced(name):
    CASES, _ = SETS[name]
    groups = Counter(c.group for c in CASES)
    n = len(CASES)
    # sets 1-5: roughly 45% present, 40% absent, 15% hedged; set 6 was written as 55 / 25 / 20
    assert 0.35 <= groups["present"] / n <= 0.56, groups
    assert 0.24 <= groups["absent"] / n <= 0.50, groups
    assert 0.10 <= groups["hedged"] / n <= 0.25, groups


# ---------------------------------------------------------------- measurement


def holdout_metrics(CASES) -> dict[str, object]:
    """Score every case; the returned dict carries case ids and numbers only."""
    scored: list[tuple[C, dict[str, int], int]] = []
    errors: dict[str, str] = {}
    for case in CASES:
        try:
            report = _label(case)
        except Exception as exc:  # recorded, then asserted by the caller
            errors[case.id] = type(exc).__name__
            continue
        scored.append((case, actual_labels(report), int(report.uncertain)))

    definite = [(c, a) for c, a, _ in scored if c.ich in (0, 1)]
    hedged = [(c, a, u) for c, a, u in scored if c.ich == -1]
    mismatches = {
        c.id: {k: {"expected": c.expected()[k], "actual": a[k]} for k in a if a[k] != c.expected()[k]}
        for c, a, _ in scored
        if a != c.expected()
    }
    return {
        "n_cases": len(CASES),
        "n_scored": len(scored),
        "groups": dict(Counter(c.group for c in CASES)),
        "errors": errors,
        "exact_match": ratio(len(scored) - len(mismatches), len(scored)),
        # ich on cases expected 0/1; a predicted -1 counts as not positive
        "ich": binary([(c.ich == 1, a["ich"] == 1) for c, a in definite]),
        # triage view: a predicted -1 is sent to verification, so it counts as flagged
        "ich_flagged": binary([(c.ich == 1, a["ich"] != 0) for c, a in definite]),
        "ich_predicted_unclear_on_definite": {
            "expected_1": sum(c.ich == 1 and a["ich"] == -1 for c, a in definite),
            "expected_0": sum(c.ich == 0 and a["ich"] == -1 for c, a in definite),
        },
        "hedged": {
            "n": len(hedged),
            "ich_is_minus_1": sum(a["ich"] == -1 for _, a, _ in hedged),
            "uncertain_flag_set": sum(u == 1 for _, _, u in hedged),
            "predicted_ich": dict(Counter(str(a["ich"]) for _, a, _ in hedged)),
        },
        "labels": {
            label: binary([(label in c.pos, a[label] == 1) for c, a, _ in scored]) for label in LABELS
        },
        "mismatching_ids": sorted(mismatches),
        "mismatches": mismatches,
    }


@pytest.mark.parametrize("name", SETS)
def test_holdout_metrics(name):
    CASES, _ = SETS[name]
    metrics = holdout_metrics(CASES)
    path = os.environ.get("ICHEPORT_HOLDOUT_REPORT")
    if path:
        path = Path(path)
        path.with_name(f"{path.stem}-{name}{path.suffix}").write_text(
            json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    assert not metrics["errors"], f"cases that could not be scored: {metrics['errors']}"
    assert metrics["n_scored"] == len(CASES)
