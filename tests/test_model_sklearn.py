"""ICHClassifier inside scikit-learn's own machinery: the estimator checks for its tags, Pipeline, clone,
cross_val_score, GridSearchCV, and clear errors for input that is not report text.

scikit-learn's generic checks feed numeric matrices; for an estimator whose tags say string input they run only
the checks that apply and skip the rest with a SkipTestWarning (as for text vectorizers). The behaviour those
checks would cover is tested here directly, on report texts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.estimator_checks import parametrize_with_checks

from icheport.model import ICHClassifier

POS = [
    "Острая субдуральная гематома справа.",
    "САК в базальных цистернах.",
    "Внутримозговая гематома слева.",
    "Эпидуральная гематома височной области.",
    "Кровь в задних рогах боковых желудочков.",
    "Гематома в левой лобной доле объемом 12 мл.",
]
NEG = [
    "Кровоизлияний не выявлено.",
    "Без очаговых изменений.",
    "Срединные структуры не смещены.",
    "Признаков внутричерепного кровоизлияния нет.",
    "Желудочки не расширены.",
    "Норма.",
]
TEXTS = POS + NEG
Y = np.array([1] * len(POS) + [0] * len(NEG))
CV = StratifiedKFold(n_splits=3, shuffle=True, random_state=0)


def small() -> ICHClassifier:
    return ICHClassifier(n_features=2**10)


@parametrize_with_checks([small()])
def test_sklearn_estimator_checks(estimator, check):
    check(estimator)


def test_the_tags_say_binary_text_input():
    tags = small().__sklearn_tags__()
    assert tags.input_tags.string and not tags.input_tags.two_d_array
    assert tags.classifier_tags.multi_class is False
    assert tags.estimator_type == "classifier"


@pytest.mark.parametrize(
    "bad",
    [np.zeros((3, 4)), [1, 2, 3], [b"bytes", "text", "text"], [{"a": 1}, "x", "y"]],
    ids=["2d-array", "numbers", "bytes", "dicts"],
)
def test_non_text_input_is_refused(bad):
    with pytest.raises((TypeError, ValueError), match="X"):
        small().fit(bad, np.array([0, 1, 0] + [1] * (len(bad) - 3)))


def test_missing_reports_are_read_as_empty_text():
    p = small().fit(TEXTS, Y).predict_proba([None, float("nan"), POS[0]])
    assert p.shape == (3, 2) and p[2, 1] > p[0, 1]


def test_inside_a_pipeline():
    strip = FunctionTransformer(lambda xs: [x.strip() for x in xs])
    pipe = Pipeline([("strip", strip), ("ich", small())]).fit(TEXTS, Y)
    assert pipe.predict(["  Субдуральная гематома.  ", " Норма. "]).tolist() == [1, 0]


def test_clone_gives_an_unfitted_copy_with_the_same_parameters():
    fitted = small().fit(TEXTS, Y)
    copy = clone(fitted)
    assert copy.get_params() == fitted.get_params() and not hasattr(copy, "clf_")


def test_cross_val_score():
    scores = cross_val_score(small(), TEXTS, Y, cv=CV, scoring="accuracy")
    assert len(scores) == 3 and scores.mean() >= 0.8


def test_grid_search_over_regularization():
    grid = GridSearchCV(small(), {"C": [0.1, 1.0]}, cv=CV, scoring="roc_auc").fit(TEXTS, Y)
    assert grid.best_params_["C"] in (0.1, 1.0)
    assert grid.predict(pd.Series(["Субдуральная гематома."])).tolist() == [1]
