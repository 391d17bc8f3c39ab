"""The English held-out set (tests/cases_en_holdout.py): measured, never gated. Every case must be scorable
with the en-ich lexicon and consistently labeled; accuracy is reported by benchmarks/eval_cases.py."""

from __future__ import annotations

from collections import Counter

import pytest
from cases_en_holdout import CASES

import icheport


def test_case_ids_are_unique_prefixed_and_enough():
    duplicates = sorted(i for i, n in Counter(c.id for c in CASES).items() if n > 1)
    assert not duplicates, f"duplicate case ids: {duplicates}"
    assert all(c.id.startswith("he-") for c in CASES)
    assert len(CASES) >= 100, len(CASES)


@pytest.fixture(scope="module")
def en_matcher() -> icheport.Matcher:
    return icheport.Matcher(icheport.load_lexicon("en-ich"))


def test_every_case_is_scored(en_matcher):
    labels = [en_matcher.match(c.text).ich for c in CASES]
    assert set(labels) <= {-1, 0, 1}
    assert len(labels) == len(CASES)
