"""Shared fixtures: heavy objects are built once per test session."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest

import icheport

TESTS = Path(__file__).resolve().parent
# The learned-morphology cache of this test session lives in a temporary folder, not in the user's home.
os.environ.setdefault("ICHEPORT_CACHE_DIR", tempfile.mkdtemp(prefix="icheport-test-cache-"))
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
