"""The decision policies, one row per (rule, score) situation: what ``ich`` and ``uncertain`` become."""

from __future__ import annotations

import numpy as np
import pytest

from icheport.policy import POLICIES, decide

THRESHOLD = 0.5
# (situation, rule, score, {policy: (ich, uncertain)})
TABLE = [
    ("both say ICH", 1, 0.9, {"model": (1, 0), "rules": (1, 0), "review": (1, 0)}),
    ("both say no", 0, 0.1, {"model": (0, 0), "rules": (0, 0), "review": (0, 0)}),
    ("rule ICH, score no", 1, 0.2, {"model": (0, 0), "rules": (1, 0), "review": (1, 0)}),
    ("rule no, score ICH", 0, 0.52, {"model": (1, 0), "rules": (0, 0), "review": (0, 1)}),
    ("hedged, score high", -1, 0.8, {"model": (0, 1), "rules": (0, 1), "review": (0, 1)}),
    ("hedged, score low", -1, 0.1, {"model": (0, 1), "rules": (0, 1), "review": (0, 1)}),
    ("score exactly at the threshold", 0, 0.5, {"model": (1, 0), "rules": (0, 0), "review": (0, 1)}),
]


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize(("situation", "rule", "score", "expected"), TABLE, ids=[t[0] for t in TABLE])
def test_policy_decides(situation, rule, score, expected, policy):
    d = decide(np.array([rule]), np.array([score]), THRESHOLD, policy)
    assert (int(d.ich[0]), int(d.uncertain[0])) == expected[policy]


@pytest.mark.parametrize("policy", POLICIES)
def test_without_a_score_every_policy_is_the_rule(policy):
    d = decide(np.array([1, 0, -1]), None, THRESHOLD, policy)
    assert d.ich.tolist() == [1, 0, 0]
    assert d.uncertain.tolist() == [0, 0, 1]


def test_a_hedged_report_is_never_ich_and_always_sent_to_a_reader():
    rule = np.array([-1] * 5)
    for policy in POLICIES:
        d = decide(rule, np.linspace(0, 1, 5), THRESHOLD, policy)
        assert not d.ich.any() and d.uncertain.all(), policy


def test_unknown_policy_names_the_choices():
    with pytest.raises(ValueError, match="model, rules, review"):
        decide(np.array([1]), np.array([0.9]), THRESHOLD, "vote")


def test_label_columns_follow_the_policy():
    import icheport
    from icheport.label import label_columns

    class AlwaysIch:  # a stand-in model that scores every report 0.9
        threshold_ = 0.5
        decision_policy_ = "model"

        def score_reports(self, reports):
            return np.full(len(reports), 0.9)

    reports = [
        icheport.label_text("Кровоизлияний не выявлено."),
        icheport.label_text("Субдуральная гематома."),
    ]
    model = label_columns(reports, model=AlwaysIch())
    review = label_columns(reports, model=AlwaysIch(), policy="review")
    rules = label_columns(reports, model=AlwaysIch(), policy="rules")
    assert model["ich"].tolist() == [1, 1] and model["uncertain"].tolist() == [0, 0]
    assert review["ich"].tolist() == [0, 1] and review["uncertain"].tolist() == [1, 0]
    assert rules["ich"].tolist() == [0, 1] and rules["uncertain"].tolist() == [0, 0]


def test_the_default_model_records_its_policy():
    from icheport.model import default_model

    model = default_model(strict=True)
    assert model.meta["decision_policy"] in POLICIES
    assert model.decision_policy_ == model.meta["decision_policy"]
