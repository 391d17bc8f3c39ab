"""The English held-out sets (tests/cases_en_holdout*.py): measured, never gated.
Every case must be scorable with the en-ich lexicon and consistently labeled; accuracy is reported by
benchmarks/eval_cases.py."""

from __future__ import annotations

from collections import Counter

import cases_en_holdout
import cases_en_holdout2
import cases_en_holdout3
import cases_en_holdout4
import cases_en_holdout5
import cases_en_holdout6
import cases_en_holdout7
import cases_en_holdout8
import cases_en_holdout9
import cases_en_holdout10
import cases_en_holdout11
import pytest

import icheport

SETS = {
    "he-": cases_en_holdout.CASES,
    "he2-": cases_en_holdout2.CASES,
    "he3-": cases_en_holdout3.CASES,
    "he4-": cases_en_holdout4.CASES,
    "he5-": cases_en_holdout5.CASES,
    "e6-": cases_en_holdout6.CASES,
    "e7-": cases_en_holdout7.CASES,
    "e8-": cases_en_holdout8.CASES,
    "e9-": cases_en_holdout9.CASES,
    "e10-": cases_en_holdout10.CASES,
    "e11-": cases_en_holdout11.CASES,
}


@pytest.mark.parametrize("prefix", sorted(SETS))
def test_case_ids_are_unique_prefixed_and_enough(prefix):
    cases = SETS[prefix]
    duplicates = sorted(i for i, n in Counter(c.id for c in cases).items() if n > 1)
    assert not duplicates, f"duplicate case ids: {duplicates}"
    assert all(c.id.startswith(prefix) for c in cases)
    assert len(cases) >= 100, len(cases)


@pytest.fixture(scope="module")
def en_matcher() -> icheport.Matcher:
    return icheport.Matcher(icheport.load_lexicon("en-ich"))


@pytest.mark.parametrize("prefix", sorted(SETS))
def test_every_case_is_scored(en_matcher, prefix):
    cases = SETS[prefix]
    labels = [
        (
            en_matcher.match(c.text)
            if c.text
            else en_matcher.match(description=c.description, conclusion=c.conclusion)
        ).ich
        for c in cases
    ]
    assert set(labels) <= {-1, 0, 1}
    assert len(labels) == len(cases)
