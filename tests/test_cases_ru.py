"""Hand-written Russian hard cases (tests/cases_ru.py) run through ``icheport.label_text``.

One test per case id; a separate aggregate test writes sensitivity, specificity and
friends to the JSON file named by ``ICHEPORT_CASES_REPORT`` (no thresholds asserted).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest
from _cases import _ratio as ratio
from _cases import actual_labels, assert_labels, binary
from cases_ru import CASES, LABELS, C

import icheport


def _label(case: C):
    if case.text:
        return icheport.label_text(case.text)
    return icheport.label_text(description=case.description, conclusion=case.conclusion)


# ---------------------------------------------------------------- the case list itself


def test_case_ids_are_unique():
    duplicates = [case_id for case_id, n in Counter(c.id for c in CASES).items() if n > 1]
    assert not duplicates, f"duplicate case ids: {duplicates}"


def test_there_are_at_least_220_cases():
    assert len(CASES) >= 220, len(CASES)


# ---------------------------------------------------------------- one test per case

# Known limitations of the rules, kept visible: strict, so a fix shows up as XPASS and fails until the
# mark is removed. Each is listed in the README's limitations.
KNOWN_LIMITS = {
    "sah-plural-bilateral": "multiplicity words are ignored on SAH (diffuse bilateral SAH is one "
    "hemorrhage), so separate bilateral convexity foci are not counted twice",
    "pseudo-ne-tolko": "a site behind a comma is not reached ('..., но и в задних рогах желудочков')",
    "comb-post-embolization": "a treated aneurysm ('состояние после эмболизации') is not counted as a cause",
    "uni-hematoma-inflected": "a subtype given in brackets after measurements is beyond the site window",
}

# Issue 13 cases whose rule is not written yet (strict: a case that starts passing must leave this list).
PENDING_ISSUE_13: tuple[str, ...] = ()


def _param(c: C):
    marks = [pytest.mark.xfail(reason=KNOWN_LIMITS[c.id], strict=True)] if c.id in KNOWN_LIMITS else []
    if c.id in PENDING_ISSUE_13:
        marks = [pytest.mark.xfail(reason="issue 13 rule not written yet", strict=True)]
    return pytest.param(c, id=c.id, marks=marks)


def test_known_limits_name_real_cases():
    assert set(KNOWN_LIMITS) <= {c.id for c in CASES}
    assert set(PENDING_ISSUE_13) <= {c.id for c in CASES}


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: C):
    assert_labels(case, _label(case))


# ---------------------------------------------------------------- aggregate metrics for the closing notes


def test_aggregate_metrics():
    scored: list[tuple[C, dict[str, int], int]] = []
    errors: dict[str, str] = {}
    for case in CASES:
        try:
            report = _label(case)
            scored.append((case, actual_labels(report), int(report.uncertain)))
        except Exception as exc:  # recorded, then asserted below
            errors[case.id] = f"{type(exc).__name__}: {exc}"

    definite = [(c, a) for c, a, _ in scored if c.ich in (0, 1)]
    unclear = [(c, a, u) for c, a, u in scored if c.ich == -1]
    metrics = {
        "n_cases": len(CASES),
        "n_scored": len(scored),
        "errors": errors,
        "exact_match": ratio(sum(a == c.expected() for c, a, _ in scored), len(scored)),
        # ich on cases whose expected label is 0/1; a predicted -1 counts as not positive
        "ich": binary([(c.ich == 1, a["ich"] == 1) for c, a in definite]),
        # triage view: a predicted -1 goes to verification, so it counts as flagged
        "ich_flagged": binary([(c.ich == 1, a["ich"] != 0) for c, a in definite]),
        "ich_predicted_unclear_on_definite": {
            "expected_1": sum(c.ich == 1 and a["ich"] == -1 for c, a in definite),
            "expected_0": sum(c.ich == 0 and a["ich"] == -1 for c, a in definite),
        },
        "unclear": {
            "n": len(unclear),
            "uncertain_flag_set": sum(u == 1 for _, _, u in unclear),
            "ich_is_minus_1": sum(a["ich"] == -1 for _, a, _ in unclear),
            "predicted_ich": dict(Counter(str(a["ich"]) for _, a, _ in unclear)),
        },
        "labels": {
            label: binary([(label in c.pos, a[label] == 1) for c, a, _ in scored]) for label in LABELS
        },
        "failed_ids": sorted(c.id for c, a, _ in scored if a != c.expected()),
    }

    path = os.environ.get("ICHEPORT_CASES_REPORT")
    if path:
        Path(path).write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")

    assert not errors, f"cases that could not be scored: {errors}"
    assert len(scored) == len(CASES)
