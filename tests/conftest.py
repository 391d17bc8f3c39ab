"""Shared fixtures: heavy objects are built once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import icheport

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:  # so test modules can ``import cases_ru``
    sys.path.insert(0, str(TESTS))


@pytest.fixture(scope="session")
def matcher() -> icheport.Matcher:
    """The default Russian matcher (shared per process)."""
    return icheport.default_matcher()


@pytest.fixture(scope="session")
def lexicon() -> icheport.Lexicon:
    """The bundled ru-ich lexicon."""
    return icheport.load_lexicon("ru-ich")
