"""The development sets (tests/devset_ru.py, tests/devset_en.py): written in real radiologists' report shapes,
measured by benchmarks/eval_cases.py, not gated. Every case must be consistently labeled and scorable."""

from __future__ import annotations

from collections import Counter

import devset3_en
import devset4_en
import devset4_ru
import devset5_en
import devset5_ru
import devset6_en
import devset6_ru
import devset7_en
import devset7_ru
import devset8_en
import devset8_ru
import devset9_en
import devset9_ru
import devset10_en
import devset10_ru
import devset11_en
import devset11_ru
import devset_en
import devset_ru
import pytest

import icheport

SETS = {
    "ru": (devset_ru.CASES, "dev-", "ru-ich", 160),
    "en": (devset_en.CASES, "dev-en-", "en-ich", 100),
    "en3": (devset3_en.CASES, "de3-", "en-ich", 100),
    "ru4": (devset4_ru.CASES, "d4-", "ru-ich", 150),
    "en4": (devset4_en.CASES, "e4d-", "en-ich", 110),
    "ru5": (devset5_ru.CASES, "d5-", "ru-ich", 120),
    "en5": (devset5_en.CASES, "e5d-", "en-ich", 100),
    "ru6": (devset6_ru.CASES, "d6-", "ru-ich", 150),
    "ru7": (devset7_ru.CASES, "d7-", "ru-ich", 120),
    "en6": (devset6_en.CASES, "e6d-", "en-ich", 120),
    "en7": (devset7_en.CASES, "e7d-", "en-ich", 110),
    "ru8": (devset8_ru.CASES, "d8-", "ru-ich", 140),
    "en8": (devset8_en.CASES, "e8d-", "en-ich", 130),
    "ru9": (devset9_ru.CASES, "d9-", "ru-ich", 130),
    "en9": (devset9_en.CASES, "e9d-", "en-ich", 130),
    "ru10": (devset10_ru.CASES, "d10-", "ru-ich", 130),
    "en10": (devset10_en.CASES, "e10d-", "en-ich", 130),
    "en11": (devset11_en.CASES, "e11d-", "en-ich", 130),
    "ru11": (devset11_ru.CASES, "d11-", "ru-ich", 130),
}


@pytest.mark.parametrize("name", SETS)
def test_ids_are_unique_prefixed_and_enough(name):
    cases, prefix, _, at_least = SETS[name]
    duplicates = sorted(i for i, n in Counter(c.id for c in cases).items() if n > 1)
    assert not duplicates, duplicates
    assert all(c.id.startswith(prefix) for c in cases)
    assert len(cases) >= at_least


@pytest.mark.parametrize("name", SETS)
def test_every_case_is_scored(name):
    cases, _, lexicon, _ = SETS[name]
    matcher = icheport.Matcher(icheport.load_lexicon(lexicon))
    got = [
        (
            matcher.match(c.text)
            if c.text
            else matcher.match(description=c.description, conclusion=c.conclusion)
        ).ich
        for c in cases
    ]
    assert set(got) <= {-1, 0, 1} and len(got) == len(cases)
