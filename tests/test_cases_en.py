"""Hand-written English head CT cases (tests/cases_en.py) run through ``Matcher(load_lexicon("en-ich"))``.

One test per case id. A case that fails because of a matcher rule rather than the lexicon is marked a
strict xfail with the reason, so it shows up as soon as the matcher learns it.
"""

from __future__ import annotations

from collections import Counter

import pytest
from _cases import assert_labels
from cases_en import CASES, C

import icheport

# Cases the current matcher cannot get right whatever the lexicon says (see the reason).
XFAIL: dict[str, str] = {
    "scope-following-other-clause": (
        "English has no case: a following negation ('is not seen') reaches back across a comma into the "
        "previous clause, because the comma check only applies genitive agreement (Russian)"
    ),
    "neg-comma-then-finding": (
        "English has no case: a preceding 'No' reaches across the comma to a finding of the next clause"
    ),
    "pseudo-not-only": (
        "one generic mention ('Blood') takes one site; the second site of 'not only ... but also' is lost"
    ),
}


@pytest.fixture(scope="session")
def en_matcher() -> icheport.Matcher:
    return icheport.Matcher(icheport.load_lexicon("en-ich"))


@pytest.fixture(scope="session")
def ru_matcher() -> icheport.Matcher:
    return icheport.Matcher(icheport.load_lexicon("ru-ich"))


# ---------------------------------------------------------------- the lexicon and the case list


def test_english_lexicon_loads_by_bundled_name():
    lexicon = icheport.load_lexicon("en-ich")
    assert lexicon.name == "en-ich"
    assert lexicon.language == "en"
    assert lexicon.version == "1.39.0"
    assert "en-ich" in icheport.lexicon.available_lexicons()
    counts = lexicon.counts()
    assert counts["keywords"] > 0 and counts["stop_phrases"] > 0 and counts["triggers"] > 0


def test_english_lexicon_folds_uk_spelling(en_matcher):
    us = en_matcher.match("Acute subdural hematoma with intraventricular hemorrhage and edema.")
    uk = en_matcher.match("Acute subdural haematoma with intraventricular haemorrhage and oedema.")
    assert [m.category for m in us.mentions] == [m.category for m in uk.mentions]
    assert us.labels == uk.labels


def test_case_ids_are_unique():
    duplicates = [case_id for case_id, n in Counter(c.id for c in CASES).items() if n > 1]
    assert not duplicates, f"duplicate case ids: {duplicates}"


def test_there_are_at_least_80_cases():
    assert len(CASES) >= 80, len(CASES)


def test_xfail_ids_exist():
    assert set(XFAIL) <= {c.id for c in CASES}


def test_russian_text_gives_no_english_mentions(en_matcher):
    report = en_matcher.match("Субдуральная гематома слева толщиной до 10 мм. Заключение: САК, ВЖК.")
    assert report.mentions == ()
    assert report.ich == 0


def test_english_text_gives_no_russian_mentions(ru_matcher):
    report = ru_matcher.match("Acute subdural hematoma with SAH and IVH. Skull fracture.")
    assert report.mentions == ()
    assert report.ich == 0


# ---------------------------------------------------------------- one test per case


# Issue 13 cases whose rule is not written yet (strict: a case that starts passing must leave this list).
PENDING_ISSUE_13 = ()


def _param(case: C):
    reason = XFAIL.get(case.id) or ("issue 13 rule not written yet" if case.id in PENDING_ISSUE_13 else None)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: C, en_matcher: icheport.Matcher):
    assert_labels(case, en_matcher.match(case.text))


def test_pending_issue_13_names_real_cases():
    assert set(PENDING_ISSUE_13) <= {c.id for c in CASES}
