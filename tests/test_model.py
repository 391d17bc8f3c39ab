"""The ICH classifier: estimator contract, weak labels, retraining on a new lexicon, persistence, evaluation."""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

import icheport
from icheport.evaluate import (
    binary_metrics,
    calibration_table,
    cross_validate,
    evaluate,
    threshold_for_sensitivity,
)
from icheport.model import (
    ICHClassifier,
    ModelCompatibilityError,
    UntrustedModelError,
    default_model,
    default_model_path,
    load_model,
    save_model,
    train_from_table,
    weak_labels,
)

POSITIVE = [
    "Заключение: острая субдуральная гематома слева толщиной 8 мм.",
    "Кровь в базальных цистернах. Заключение: САК.",
    "Внутримозговая гематома правой лобной доли объемом 12 см3.",
    "Эпидуральная гематома в левой височной области.",
    "Гемотампонада боковых желудочков.",
    "ВЖК в задних рогах боковых желудочков.",
    "Контузионный очаг с геморрагическим компонентом в левой лобной доле.",
    "Хроническая субдуральная гематома справа 12 мм.",
]
NEGATIVE = [
    "Срединные структуры не смещены. Кровоизлияний не выявлено.",
    "Очаговых изменений, кровоизлияний и объемных образований не выявлено.",
    "Заключение: КТ-признаков внутричерепного кровоизлияния не выявлено.",
    "Гематома мягких тканей теменной области. Внутричерепных гематом не выявлено.",
    "Желудочки не расширены. Без признаков внутричерепного кровоизлияния.",
    "Обызвествление шишковидной железы. Данных за ВЧК не получено.",
    "Костно-травматических изменений не выявлено. Кровоизлияний нет.",
    "Постишемическая киста левой теменной доли. Без признаков кровоизлияния.",
]
TEXTS = POSITIVE + NEGATIVE
Y = np.array([1] * len(POSITIVE) + [0] * len(NEGATIVE))


@pytest.fixture(scope="module")
def fitted() -> ICHClassifier:
    return ICHClassifier(n_features=2**12).fit(TEXTS, Y)


@pytest.fixture(scope="module")
def other_fitted() -> ICHClassifier:
    return ICHClassifier(n_features=2**12, C=0.1).fit(TEXTS, Y)


# ---------------------------------------------------------------- the scikit-learn contract


def test_init_only_stores_parameters():
    m = ICHClassifier(C=0.5, n_features=1024)
    assert m.get_params()["C"] == 0.5
    assert not [k for k in vars(m) if k.endswith("_")]


def test_fit_returns_self_and_sets_fitted_attributes():
    m = ICHClassifier(n_features=2**12)
    assert m.fit(TEXTS, Y) is m
    assert set(m.classes_) == {0, 1}
    assert m.n_model_features_ > 2**12
    assert not hasattr(m, "n_features_in_")  # text input: sklearn's n_features_in_ counts matrix columns
    assert m.lexicon_["name"] == "ru-ich"


def test_clone_and_set_params(fitted):
    c = clone(fitted)
    assert c.get_params() == fitted.get_params()
    assert not hasattr(c, "clf_")
    c.set_params(C=3.0)
    assert c.C == 3.0


def test_predict_proba_shape_and_range(fitted):
    p = fitted.predict_proba(TEXTS)
    assert p.shape == (len(TEXTS), 2)
    assert np.allclose(p.sum(axis=1), 1)
    assert ((p >= 0) & (p <= 1)).all()


def test_learns_the_training_labels(fitted):
    assert (fitted.predict(TEXTS) == Y).all()
    assert (fitted.decision_function(POSITIVE) > fitted.decision_function(NEGATIVE).max()).all()


def test_dataframe_input(fitted):
    df = pd.DataFrame({"description": ["", ""], "conclusion": [POSITIVE[0], NEGATIVE[0]]})
    assert fitted.predict(df).tolist() == [1, 0]


def test_pipeline_and_grid_search():
    grid = GridSearchCV(Pipeline([("clf", ICHClassifier(n_features=2**10))]), {"clf__C": [0.1, 1.0]}, cv=2)
    grid.fit(TEXTS, Y)
    assert grid.best_params_["clf__C"] in (0.1, 1.0)


def test_pickles(fitted):
    again = pickle.loads(pickle.dumps(fitted))
    assert np.allclose(again.predict_proba(TEXTS), fitted.predict_proba(TEXTS))


def test_unfitted_model_raises():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        ICHClassifier().predict_proba(TEXTS)


@pytest.mark.parametrize(
    ("kwargs", "y", "match"),
    [
        pytest.param({}, np.array([1] * len(TEXTS)), "two classes", id="one-class"),
        pytest.param({}, np.array([1, 0]), "one label per report", id="wrong-length"),
        pytest.param({}, np.array([-1] + [1, 0] * 7 + [0]), "unclear", id="unclear-label"),
        pytest.param({"threshold": 1.5}, Y, "threshold", id="bad-threshold"),
        pytest.param({"n_features": 3}, Y, "n_features", id="bad-n-features"),
    ],
)
def test_bad_input_is_a_clear_error(kwargs, y, match):
    with pytest.raises(ValueError, match=match):
        ICHClassifier(**kwargs).fit(TEXTS, y)


def test_a_single_string_is_rejected(fitted):
    with pytest.raises(TypeError, match="sequence of reports"):
        fitted.predict(POSITIVE[0])


# ---------------------------------------------------------------- weak labels and retraining on a new lexicon


def test_weak_labels_follow_the_rules():
    m = icheport.default_matcher()
    reports = [m.match(t) for t in ["Субдуральная гематома.", "Кровоизлияний нет.", "Нельзя исключить САК."]]
    assert weak_labels(reports).tolist() == [1, 0, -1]


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    rows = [*TEXTS, "Нельзя исключить САК.", "Гиперденсная СМА слева."]
    return pd.DataFrame(
        {
            "study_id": [f"S{i}" for i in range(len(rows))],
            "description": [""] * len(rows),
            "conclusion": rows,
            "truth": [*Y.tolist(), 0, 0],
        }
    )


def test_train_from_table_weak_labels_leave_out_unclear(table):
    _, summary = train_from_table(table, n_features=2**12)
    assert summary["label_source"] == "weak:lexicon-rules"
    assert summary["left_out"] == 1
    assert summary["trained_on"] == len(table) - 1


def test_train_from_table_verified_labels(table):
    _, summary = train_from_table(table, labels="truth", n_features=2**12)
    assert summary["label_source"] == "column:truth"
    assert summary["trained_on"] == len(table)


def test_editing_the_lexicon_changes_weak_labels_and_the_model(tmp_path, table):
    import importlib.resources

    src = Path(str(importlib.resources.files("icheport.lexicons") / "ru-ich"))
    edited = tmp_path / "ru-ich-edited"
    shutil.copytree(src, edited)
    triggers = edited / "triggers.txt"
    text = triggers.read_text(encoding="utf-8").replace("нельзя исключить\n", "")
    text = text.replace("[negation.preceding]\n", "[negation.preceding]\nнельзя исключить\n")
    triggers.write_text(text, encoding="utf-8")
    old = icheport.load_lexicon()
    new = icheport.load_lexicon(edited)
    assert new.content_hash != old.content_hash
    hedge = "Нельзя исключить САК."
    assert icheport.Matcher(old).match(hedge).ich == -1
    assert icheport.Matcher(new).match(hedge).ich == 0
    m_old, s_old = train_from_table(table, lexicon=old, n_features=2**12)
    m_new, s_new = train_from_table(table, lexicon=new, n_features=2**12)
    assert s_old["trained_on"] == s_new["trained_on"] - 1  # the hedged row is now a confident negative
    assert m_new.lexicon_["content_hash"] == new.content_hash
    assert not np.allclose(m_old.clf_.coef_, m_new.clf_.coef_)


# ---------------------------------------------------------------- persistence and provenance


def test_save_load_round_trip_with_sidecar(tmp_path, fitted):
    path = save_model(fitted, tmp_path / "m.npz")
    meta = json.loads((tmp_path / "m.npz.meta.json").read_text(encoding="utf-8"))
    assert meta["format_version"] == "2.0"
    assert meta["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert meta["lexicon"]["content_hash"] == icheport.load_lexicon().content_hash
    assert {"icheport", "scikit-learn", "numpy"} <= set(meta["versions"])
    assert meta["training"]["rows"] == len(TEXTS)
    loaded = load_model(path)
    assert np.allclose(loaded.predict_proba(TEXTS), fitted.predict_proba(TEXTS))


def test_other_lexicon_hash_is_an_error_unless_allowed(tmp_path, fitted):
    path = save_model(fitted, tmp_path / "m.npz")
    side = tmp_path / "m.npz.meta.json"
    meta = json.loads(side.read_text(encoding="utf-8"))
    meta["lexicon"]["content_hash"] = "0" * 64
    side.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelCompatibilityError, match="retrain"):
        load_model(path)
    with pytest.warns(UserWarning, match="lexicon"):
        assert load_model(path, allow_lexicon_mismatch=True) is not None


@pytest.mark.parametrize(
    ("edit", "match"),
    [
        pytest.param(lambda meta: meta.update(format_version="3.0"), "format", id="future-format"),
        pytest.param(None, "sidecar", id="missing-sidecar"),
    ],
)
def test_incompatible_model_files(tmp_path, fitted, edit, match):
    path = save_model(fitted, tmp_path / "m.npz")
    side = tmp_path / "m.npz.meta.json"
    if edit is None:
        side.unlink()
    else:
        meta = json.loads(side.read_text(encoding="utf-8"))
        edit(meta)
        side.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelCompatibilityError, match=match):
        load_model(path)


# ---------------------------------------------------------------- model files cannot run code


# A pickle whose loading would create a file: if it is ever unpickled, the marker exists.
class _Payload:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


def _pickle_model(path: Path, marker: Path) -> Path:
    import pickle

    path.write_bytes(pickle.dumps(_Payload(str(marker))))
    return path


@pytest.mark.parametrize("name", ["evil.joblib", "evil.pkl", "evil.npz", "evil.model"])
def test_a_pickled_model_is_refused_without_running_it(tmp_path, name):
    marker = tmp_path / "payload-ran"
    path = _pickle_model(tmp_path / name, marker)
    with pytest.raises(UntrustedModelError, match="--trust-model"):
        load_model(path)
    assert not marker.exists()


def test_a_pickled_model_loads_only_when_the_caller_trusts_it(tmp_path, fitted):
    import joblib

    path = tmp_path / "old.joblib"
    joblib.dump(fitted, path)
    with pytest.raises(UntrustedModelError):
        load_model(path)
    assert np.allclose(load_model(path, trust=True).predict_proba(TEXTS), fitted.predict_proba(TEXTS))


def test_the_cli_refuses_a_pickled_model_without_running_it(tmp_path):
    marker = tmp_path / "payload-ran"
    path = _pickle_model(tmp_path / "evil.joblib", marker)
    data = tmp_path / "in.csv"
    data.write_text("description,conclusion\nКровоизлияний нет.,Норма.\n", encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "icheport",
            "label",
            str(data),
            "--out",
            str(tmp_path / "o.csv"),
            "--model",
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert run.returncode != 0
    assert "--trust-model" in run.stderr
    assert not marker.exists() and not (tmp_path / "o.csv").exists()


def test_a_swapped_model_file_is_refused(tmp_path, fitted, other_fitted):
    path = save_model(fitted, tmp_path / "m.npz")
    save_model(other_fitted, tmp_path / "other.npz")
    (tmp_path / "other.npz").replace(path)  # the sidecar still names the first file's hash
    with pytest.raises(ModelCompatibilityError, match="SHA-256"):
        load_model(path)


def test_model_files_hold_no_pickled_objects(tmp_path, fitted):
    path = save_model(fitted, tmp_path / "m.npz")
    with np.load(path, allow_pickle=False) as data:
        assert sorted(data.files) == ["classes", "coef", "intercept"]
        assert all(data[k].dtype != object for k in data.files)


def test_model_files_must_be_npz(tmp_path, fitted):
    with pytest.raises(ValueError, match=r"\.npz"):
        save_model(fitted, tmp_path / "m.joblib")


def test_scores_in_another_process(tmp_path, fitted):
    path = save_model(fitted, tmp_path / "m.npz")
    code = (
        "import icheport.model as m, sys; mod = m.load_model(sys.argv[1]); "
        "print(mod.predict([sys.argv[2]])[0])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), POSITIVE[0]],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert out.stdout.strip() == "1"


def test_bundled_default_model_matches_the_bundled_lexicon():
    meta = json.loads(Path(str(default_model_path()) + ".meta.json").read_text(encoding="utf-8"))
    assert meta["lexicon"]["content_hash"] == icheport.load_lexicon().content_hash, (
        "the lexicon changed since the default model was built: run 'icheport train --default'"
    )
    assert "synthetic" in meta["training"]["data"]
    model = default_model(strict=True)
    assert model.predict([POSITIVE[0], NEGATIVE[0]]).tolist() == [1, 0]


# ---------------------------------------------------------------- evaluation


def test_binary_metrics_hand_computed():
    # truth 1 1 1 0 0 ; pred 1 1 0 1 0 -> TP 2, FN 1, FP 1, TN 1
    m = binary_metrics([1, 1, 1, 0, 0], [1, 1, 0, 1, 0], n_boot=50)
    assert m["confusion"] == {"tp": 2, "fp": 1, "fn": 1, "tn": 1}
    assert m["point"]["sensitivity"] == pytest.approx(2 / 3)
    assert m["point"]["specificity"] == pytest.approx(1 / 2)
    assert m["point"]["ppv"] == pytest.approx(2 / 3)
    assert m["point"]["f1"] == pytest.approx(4 / 6)
    lo, hi = m["ci95"]["sensitivity"]
    assert 0 <= lo <= hi <= 1


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        pytest.param(1.0, 0.6, id="all-positives"),
        pytest.param(0.5, 0.8, id="half"),
        pytest.param(0.25, 0.9, id="quarter"),
    ],
)
def test_threshold_for_sensitivity(target, expected):
    y = [1, 1, 1, 1, 0, 0]
    score = [0.9, 0.8, 0.7, 0.6, 0.5, 0.1]
    assert threshold_for_sensitivity(y, score, target) == expected


def test_evaluate_side_by_side_with_error_list_and_plots(tmp_path):
    y = np.array([1, 1, 0, 0, 1])
    rule = np.array([1, -1, 0, 1, 1])
    score = np.array([0.9, 0.6, 0.2, 0.4, 0.8])
    frame = pd.DataFrame({"evidence": ["a", "b", "c", "d", "e"]})
    r = evaluate(y, rule, score=score, reports_frame=frame, n_boot=50, out_dir=tmp_path)
    assert set(r.systems) == {"rules", "classifier"}
    assert r.systems["rules"]["confusion"] == {"tp": 2, "fp": 1, "fn": 1, "tn": 1}
    assert r.systems["classifier"]["confusion"] == {"tp": 3, "fp": 0, "fn": 0, "tn": 2}
    assert r.errors.empty
    for name in ("metrics.json", "errors.csv", "roc.png", "pr.png", "calibration.png"):
        assert (tmp_path / name).stat().st_size > 0
    assert r._repr_html_().count("<img") == 3
    assert "calibration" in json.loads((tmp_path / "metrics.json").read_text(encoding="utf-8"))


def test_calibration_hand_computed():
    # bins of width 0.1: [0.0-0.1) holds 0.05 (y 0) and 0.05 (y 1); [0.9-1.0] holds 0.95 (y 1) and 1.0 (y 1)
    y = np.array([0, 1, 1, 1])
    score = np.array([0.05, 0.05, 0.95, 1.0])
    t = calibration_table(y, score)
    assert t["n"].tolist() == [2, 0, 0, 0, 0, 0, 0, 0, 0, 2]
    assert t.loc[0, "mean_score"] == pytest.approx(0.05) and t.loc[0, "observed"] == pytest.approx(0.5)
    assert t.loc[9, "mean_score"] == pytest.approx(0.975) and t.loc[9, "observed"] == pytest.approx(1.0)
    m = binary_metrics(y, score >= 0.5, score, n_boot=10)["point"]
    assert m["ece"] == pytest.approx((2 * 0.45 + 2 * 0.025) / 4)
    assert m["brier"] == pytest.approx((0.05**2 + 0.95**2 + 0.05**2 + 0) / 4)
    with pytest.raises(ValueError, match="probabilities"):
        calibration_table([1], [1.5])


def test_evaluate_rules_error_list_names_the_errors():
    r = evaluate(
        np.array([1, 0]), np.array([0, 1]), reports_frame=pd.DataFrame({"evidence": ["x", "y"]}), n_boot=10
    )
    assert r.errors["error"].tolist() == ["false_negative", "false_positive"]
    assert r.errors["evidence"].tolist() == ["x", "y"]


def test_cross_validate_returns_one_row_per_fold():
    scores = cross_validate(ICHClassifier(n_features=2**10), TEXTS, Y, cv=2)
    assert len(scores) == 2
    assert {"sensitivity", "specificity", "f1", "roc_auc"} <= set(scores.columns)


# ---------------------------------------------------------------- the English lexicon end to end


def test_english_classifier_end_to_end():
    pos = [
        "Acute subdural hematoma along the left convexity.",
        "Subarachnoid hemorrhage in the basal cisterns.",
        "Intraparenchymal hemorrhage in the right basal ganglia.",
        "Intraventricular hemorrhage.",
    ]
    neg = [
        "No acute intracranial hemorrhage.",
        "No evidence of intracranial hemorrhage or mass effect.",
        "Scalp hematoma. No intracranial hemorrhage.",
        "Normal head CT.",
    ]
    m = ICHClassifier(lexicon="en-ich", n_features=2**10).fit(pos + neg, [1] * 4 + [0] * 4)
    assert m.lexicon_["name"] == "en-ich"
    assert m.predict(["Small subdural hematoma.", "No hemorrhage."]).tolist() == [1, 0]


def test_parallel_features_equal_serial(table):
    from icheport.model import featurize_table

    lx = icheport.load_lexicon()
    serial, rule1 = featurize_table(table, lx, {"n_features": 2**10}, jobs=1, chunk=5)
    parallel, rule2 = featurize_table(table, lx, {"n_features": 2**10}, jobs=2, chunk=5)
    assert (serial != parallel).nnz == 0
    assert rule1.tolist() == rule2.tolist()


def test_murmurhash_equals_sklearns():
    """The hash of the n-gram columns is scikit-learn's MurmurHash3, without importing scikit-learn to score."""
    import random

    from sklearn.utils import murmurhash3_32 as reference

    from icheport.features import murmurhash3_32

    rng = random.Random(0)
    words = ["", "a", "ab", "abc", "abcd", "abcde", "гематома субдуральный", "€𝄞", "x" * 33]
    words += ["".join(rng.choice("абвёabc 1𝄞") for _ in range(rng.randint(0, 20))) for _ in range(5000)]
    for seed in (0, 7):
        assert [murmurhash3_32(w, seed) for w in words] == [reference(w, seed=seed) for w in words]


def test_the_scorer_gives_the_classifiers_probabilities_bit_for_bit(table):
    """``label`` scores with a LinearScorer read from the model file; it must equal predict_proba exactly."""
    from icheport.model import default_model
    from icheport.scorer import default_scorer, linear_proba

    model, scorer = default_model(strict=True), default_scorer(strict=True)
    reports = icheport.label.reports_for(table)
    expected = model.clf_.predict_proba(model._features(reports))[:, 1]
    assert scorer.score_reports(reports).tolist() == expected.tolist()
    # the matrix-free product equals the sparse one to the bit, row by row
    from icheport.features import linear_scores

    sparse = (model._features(reports) @ scorer.coef.T).ravel() + scorer.intercept
    assert (
        linear_scores(reports, scorer.coef, scorer.intercept, scorer.n_features).tolist() == sparse.tolist()
    )
    assert model.score_reports(reports).tolist() == expected.tolist()
    extreme = sp.csr_matrix(np.array([[1e6], [-1e6], [0.0], [3.5]]))
    from scipy.special import expit

    coef, intercept = np.array([[1.0]]), np.array([0.25])
    assert (
        linear_proba(extreme, coef, intercept).tolist()
        == expit(extreme @ coef.T + intercept).ravel().tolist()
    )


def test_label_with_the_default_model_imports_neither_sklearn_nor_scipy(tmp_path):
    """Scoring needs numpy only: importing scikit-learn (or scipy) would multiply the start-up of a small run."""
    src = tmp_path / "r.csv"
    src.write_text("description,conclusion\nГематома справа.,Субдуральная гематома.\n", encoding="utf-8")
    code = (
        "import sys; from icheport.cli import main; "
        f"rc = main(['label', {str(src)!r}, '--out', {str(tmp_path / 'o.csv')!r}, '--quiet']); "
        "print(rc, sorted(m for m in sys.modules if m.split('.')[0] in ('sklearn', 'joblib', 'scipy')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[-2] == "0 []"
    assert pd.read_csv(tmp_path / "o.csv")["ich_score"].between(0.5, 1).all()


def test_hashed_ngrams_equal_sklearns_feature_hasher(table):
    """The n-gram block is FeatureHasher's matrix, index for index, built from cached columns."""
    from sklearn.feature_extraction import FeatureHasher

    from icheport.features import hashed_ngrams, ngrams
    from icheport.synth import generate

    export = pd.concat(list(generate(3000, seed=5)), ignore_index=True)
    reports = icheport.label.reports_for(pd.concat([table, export], ignore_index=True))
    lemma_lists = [r.lemmas for r in reports] + [(), ("кровь",), (), ("а", "б", "а", "б"), ("ё", "e", "€")]
    assert sum(map(len, lemma_lists)) > 5000
    for n_features in (2**18, 1000, 16):
        expected = FeatureHasher(n_features=n_features, input_type="string", alternate_sign=False).transform(
            ngrams(x) for x in lemma_lists
        )
        for _ in range(2):  # fresh tables, then from the cache
            got = hashed_ngrams(lemma_lists, n_features)
            assert got.shape == expected.shape
            assert got.indptr.tolist() == expected.indptr.tolist()
            assert got.indices.tolist() == expected.indices.tolist()
            assert got.data.tolist() == expected.data.tolist()
