"""The ICH classifier: matcher features + hashed lemma n-grams → P(ICH), with provenance.

It follows the scikit-learn estimator contract: ``__init__`` only stores parameters, ``fit`` returns
``self``, learned attributes end in ``_``; ``clone``, ``get_params``, ``Pipeline`` and ``GridSearchCV`` work.
``X`` is a sequence of report texts, a DataFrame with ``description``/``conclusion`` (or ``text``) columns,
or a sequence of :class:`~icheport.matcher.Report` objects.

Labels come from radiologists (``y``) or, with :func:`weak_labels`, from the lexicon rules: confident rule
decisions only (unclear reports are left out), as the source study did.

Model files are data: a ``.npz`` of arrays (read with ``allow_pickle=False``) and a JSON sidecar with the
file's SHA-256, the parameters and the lexicon hash. Pickled models are refused unless the caller trusts them.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from .features import hashed_ngrams, report_features
from .io import column_names
from .label import gc_paused, reports_for
from .lexicon import Lexicon, load_lexicon
from .matcher import UNCLEAR, Matcher, Report
from .scorer import (
    FORMAT_VERSION,
    ModelCompatibilityError,
    UntrustedModelError,
    bundled,
    check_lexicon,
    checked_arrays,
    default_model_path,
    default_policy,
    file_sha256,
    is_pickle,
    linear_proba,
    read_meta,
    sidecar_path,
    untrusted,
)

__all__ = [
    "FORMAT_VERSION",
    "ICHClassifier",
    "ModelCompatibilityError",
    "UntrustedModelError",
    "load_model",
    "save_model",
    "weak_labels",
]

__all__ += ["default_model_path", "file_sha256", "hashed_ngrams", "sidecar_path"]


def _matcher_for(lexicon: Any) -> Matcher:
    from .matcher import _cached_matcher

    lx = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    return _cached_matcher(lx)


def to_reports(X: Any, matcher: Matcher, *, progress: bool = False) -> list[Report]:
    """Match ``X`` (texts, a DataFrame, or Reports) into a list of Reports."""
    if isinstance(X, pd.DataFrame):
        return reports_for(X, matcher=matcher, progress=progress)
    if isinstance(X, pd.Series):
        X = X.tolist()
    if isinstance(X, str):
        raise TypeError("X must be a sequence of reports, not one string; wrap it in a list")
    if isinstance(X, np.ndarray) and X.ndim != 1:
        raise ValueError(f"X must be a 1-D sequence of report texts, got an array of shape {X.shape}")
    items = list(X)
    if items and all(isinstance(r, Report) for r in items):
        return items
    for i, t in enumerate(items):
        if not (t is None or isinstance(t, str) or (isinstance(t, float) and t != t)):
            raise TypeError(
                f"X[{i}] is {type(t).__name__}: ICHClassifier reads report texts (str; None or NaN "
                "for a missing report), a DataFrame with text columns, or matched Reports"
            )
    with gc_paused():
        return [matcher.match(t if isinstance(t, str) else "") for t in items]


class ICHClassifier(ClassifierMixin, BaseEstimator):
    """Binary ICH classifier fed by the lexicon matcher.

    Parameters
    ----------
    lexicon : lexicon name or folder ("ru-ich", "en-ich", a path) or a Lexicon.
    n_features : width of the hashed lemma n-gram space (2**18 by default).
    C : inverse regularization strength of the logistic regression.
    class_weight : passed to LogisticRegression (None by default: probabilities stay calibrated to the data).
    threshold : decision threshold on P(ICH) used by ``predict``.
    ngrams : add hashed lemma uni/bigrams of the candidate sentences (else matcher features only).
    random_state : seed for the solver.
    """

    def __init__(
        self,
        lexicon: Any = "ru-ich",
        n_features: int = 2**18,
        C: float = 1.0,
        class_weight: Any = None,
        threshold: float = 0.5,
        ngrams: bool = True,
        max_iter: int = 1000,
        random_state: Any = 0,
    ):
        self.lexicon = lexicon
        self.n_features = n_features
        self.C = C
        self.class_weight = class_weight
        self.threshold = threshold
        self.ngrams = ngrams
        self.max_iter = max_iter
        self.random_state = random_state

    # -- features --------------------------------------------------------------------------------

    def _features(self, reports: Sequence[Report]) -> sp.csr_matrix:
        return report_features(reports, self.n_features, ngrams=self.ngrams)

    def transform_reports(self, X: Any, *, progress: bool = False) -> sp.csr_matrix:
        matcher = getattr(self, "matcher_", None) or _matcher_for(self.lexicon)
        return self._features(to_reports(X, matcher, progress=progress))

    # -- sklearn API -----------------------------------------------------------------------------

    def fit(self, X: Any, y: Any, *, progress: bool = False) -> ICHClassifier:
        if not isinstance(self.n_features, int) or self.n_features < 16:
            raise ValueError(f"n_features must be an int >= 16, got {self.n_features!r}")
        if not 0.0 < float(self.threshold) < 1.0:
            raise ValueError(f"threshold must be in (0, 1), got {self.threshold!r}")
        self.matcher_ = _matcher_for(self.lexicon)
        reports = to_reports(X, self.matcher_, progress=progress)
        return self._fit_features(self._features(reports), y)

    def _fit_features(self, Xf: sp.csr_matrix, y: Any) -> ICHClassifier:
        """Fit on features already built by :meth:`_features` (used for parallel feature extraction)."""
        from sklearn.utils import check_random_state

        if not hasattr(self, "matcher_"):
            self.matcher_ = _matcher_for(self.lexicon)
        y = np.asarray(y)
        if y.ndim != 1 or len(y) != Xf.shape[0]:
            raise ValueError(
                f"y must be 1-D with one label per report: {Xf.shape[0]} reports, y shape {y.shape}"
            )
        if np.isin(y, [UNCLEAR]).any():
            raise ValueError("y contains -1 (unclear); drop those rows or use weak_labels(), which does")
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise ValueError(f"need two classes to fit, got {self.classes_.tolist()}")
        rs = check_random_state(self.random_state)
        self.clf_ = LogisticRegression(
            C=self.C,
            class_weight=self.class_weight,
            max_iter=self.max_iter,
            solver="liblinear",
            random_state=rs.randint(np.iinfo(np.int32).max),
        )
        self.clf_.fit(Xf, y)
        self.n_model_features_ = Xf.shape[
            1
        ]  # columns of the internal matrix (input is text: no n_features_in_)
        self.threshold_ = float(self.threshold)
        self.lexicon_ = self.matcher_.lexicon.provenance()
        self.train_summary_ = {
            "rows": len(y),
            "classes": {str(c): int((y == c).sum()) for c in self.classes_},
        }
        return self

    def decision_function(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "clf_")
        return self.clf_.decision_function(self.transform_reports(X))

    def predict_proba(self, X: Any) -> np.ndarray:
        check_is_fitted(self, "clf_")
        return self.clf_.predict_proba(self.transform_reports(X))

    def predict(self, X: Any) -> np.ndarray:
        p = self.predict_proba(X)[:, 1]
        return np.where(p >= self.threshold_, self.classes_[1], self.classes_[0])

    def score_reports(self, reports: Sequence[Report]) -> np.ndarray:
        """P(ICH) for already matched reports (what ``label_frame`` and triage call)."""
        check_is_fitted(self, "clf_")
        if not len(reports):
            return np.zeros(0)
        return linear_proba(self._features(reports), self.clf_.coef_, self.clf_.intercept_)

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # report texts, not a numeric matrix
        tags.input_tags.two_d_array = False
        tags.classifier_tags.multi_class = False  # ICH or not
        tags.target_tags.single_output = True
        return tags

    @property
    def meta(self) -> dict[str, Any]:
        return getattr(self, "meta_", {})


def weak_labels(reports: Sequence[Report]) -> np.ndarray:
    """Rule labels: 1 present, 0 absent, -1 unclear (leave those out of training)."""
    return np.fromiter((r.ich for r in reports), dtype=np.int8, count=len(reports))


# ---------------------------------------------------------------------------------------------
# Persistence
# ---------------------------------------------------------------------------------------------


def _versions() -> dict[str, str]:
    import sklearn

    from . import __version__

    return {
        "icheport": __version__,
        "scikit-learn": sklearn.__version__,
        "numpy": np.__version__,
        "pandas": pd.__version__,
        "python": platform.python_version(),
    }


def _model_arrays(model: ICHClassifier) -> dict[str, np.ndarray]:
    clf = model.clf_
    return {
        "coef": np.asarray(clf.coef_, dtype=np.float64),
        "intercept": np.asarray(clf.intercept_, dtype=np.float64),
        "classes": np.asarray(model.classes_),
    }


def _params_of(model: ICHClassifier) -> dict[str, Any]:
    return {
        k: (v if isinstance(v, (int, float, str, bool, type(None))) else repr(v))
        for k, v in model.get_params().items()
        if k != "lexicon"
    }


def save_model(model: ICHClassifier, path: str | os.PathLike, *, extra: dict[str, Any] | None = None) -> Path:
    """Write ``model`` as data: ``<path>`` (``.npz``: coefficients, intercept, classes; no pickled objects) and
    a JSON sidecar ``<path>.meta.json`` with parameters, lexicon provenance and the SHA-256 of ``<path>``.
    Both are written atomically."""
    from .io import write_atomic, write_text_atomic

    check_is_fitted(model, "clf_")
    path = Path(path)
    if path.suffix.lower() != ".npz":
        raise ValueError(
            f"model files are NumPy .npz data files; name it e.g. {path.with_suffix('.npz').name}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = _model_arrays(model)
    write_atomic(path, lambda tmp: _write_npz(tmp, arrays))
    meta = {
        "format_version": FORMAT_VERSION,
        "kind": "icheport.ICHClassifier",
        "created": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        "versions": _versions(),
        "lexicon": model.lexicon_,
        "params": _params_of(model),
        "threshold": model.threshold_,
        "decision_policy": getattr(model, "decision_policy_", None) or default_policy(),
        "training": {**model.train_summary_, **(getattr(model, "train_info_", {}) or {})},
        "n_features_in": int(model.n_model_features_),
        "arrays": {k: {"shape": list(v.shape), "dtype": str(v.dtype)} for k, v in arrays.items()},
        "sha256": file_sha256(path),
        **(extra or {}),
    }
    model.meta_ = meta
    write_text_atomic(sidecar_path(path), json.dumps(meta, ensure_ascii=False, indent=1, default=str))
    return path


def _write_npz(tmp: Path, arrays: dict[str, np.ndarray]) -> None:
    with open(tmp, "wb") as fh:  # a file object: np.savez must not append ".npz" to the temporary name
        np.savez_compressed(fh, coef=arrays["coef"], intercept=arrays["intercept"], classes=arrays["classes"])


def _from_arrays(
    arrays: dict[str, np.ndarray], meta: dict[str, Any], lexicon: Lexicon | None
) -> ICHClassifier:
    """Rebuild a fitted classifier from its checked arrays (nothing in the file can run)."""
    params = dict(meta.get("params", {}))
    model = ICHClassifier(lexicon=lexicon if lexicon is not None else meta["lexicon"]["name"], **params)
    clf = LogisticRegression(
        C=model.C, class_weight=model.class_weight, max_iter=model.max_iter, solver="liblinear"
    )
    clf.coef_, clf.intercept_, clf.classes_ = arrays["coef"], arrays["intercept"], arrays["classes"]
    clf.n_features_in_ = int(arrays["coef"].shape[1])
    model.clf_, model.classes_, model.n_model_features_ = clf, clf.classes_, clf.n_features_in_
    model.threshold_ = float(meta.get("threshold", model.threshold))
    model.lexicon_ = meta["lexicon"]
    model.train_summary_ = meta.get("training", {})
    model.decision_policy_ = meta.get("decision_policy") or default_policy()
    model.matcher_ = _matcher_for(model.lexicon)
    return model


def load_model(
    path: str | os.PathLike, *, lexicon: Any = None, allow_lexicon_mismatch: bool = False, trust: bool = False
) -> ICHClassifier:
    """Load a model saved by :func:`save_model`: check its sidecar (format, SHA-256 of the file, lexicon
    hash), then read its arrays without unpickling anything. (To score only, :func:`icheport.scorer.load_scorer`
    reads the same file without importing scikit-learn.)

    A pickle / joblib model (as saved by icheport < 0.2, or by anyone) can run code when loaded: it is
    refused with :class:`UntrustedModelError` unless ``trust=True`` (``--trust-model``) says the file comes
    from a trusted source. The lexicon check compares the model's lexicon hash with ``lexicon`` (or the
    bundled lexicon of the same name); a mismatch is an error unless ``allow_lexicon_mismatch``.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no model file {path}")
    if is_pickle(path):
        return _load_trusted_pickle(path, lexicon, allow_lexicon_mismatch, trust)
    meta = read_meta(path)
    arrays = checked_arrays(path, meta)
    expected = check_lexicon(path, meta, lexicon, allow_lexicon_mismatch)
    model = _from_arrays(arrays, meta, expected)
    model.meta_ = meta
    return model


def _load_trusted_pickle(path: Path, lexicon: Any, allow_mismatch: bool, trust: bool) -> ICHClassifier:
    if not trust:
        raise untrusted(path)
    import joblib

    side = sidecar_path(path)
    meta = json.loads(side.read_text(encoding="utf-8")) if side.is_file() else {}
    if meta.get("sha256") not in (None, file_sha256(path)):
        raise ModelCompatibilityError(
            f"{path.name}: SHA-256 does not match its sidecar; use the original file"
        )
    if meta:
        check_lexicon(path, meta, lexicon, allow_mismatch)
    model = joblib.load(path)
    if not isinstance(model, ICHClassifier):
        raise ModelCompatibilityError(f"{path} does not hold an icheport ICHClassifier")
    model.meta_ = meta
    return model


# ---------------------------------------------------------------------------------------------
# Table-level jobs behind `icheport train` and `icheport evaluate`
# ---------------------------------------------------------------------------------------------


def _brain_rows(df: pd.DataFrame, study_type_col: str = "study_type") -> pd.DataFrame:
    if study_type_col not in df.columns:
        return df
    from .cohort import brain_ct_mask

    return df[brain_ct_mask(df[study_type_col])]


def _chunk_features(
    lexicon: Lexicon, params: dict[str, Any], frame: pd.DataFrame, cols: dict[str, Any]
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Worker: match one chunk and return (features, rule labels); no Report crosses processes."""
    est = ICHClassifier(lexicon=lexicon, **params)
    reports = reports_for(frame, matcher=_matcher_for(lexicon), **cols)
    return est._features(reports), weak_labels(reports)


def featurize_table(
    df: pd.DataFrame,
    lexicon: Lexicon,
    params: dict[str, Any],
    *,
    jobs: int = 1,
    chunk: int = 20_000,
    progress: bool = False,
    **cols: Any,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Features and rule labels of every row of ``df``, over ``jobs`` processes."""
    parts = [df.iloc[i : i + chunk] for i in range(0, len(df), chunk)] or [df]
    if jobs == 1 or len(parts) == 1:
        done = [_chunk_features(lexicon, params, p, cols) for p in parts]
    else:
        from joblib import Parallel, delayed

        done = Parallel(n_jobs=jobs)(delayed(_chunk_features)(lexicon, params, p, cols) for p in parts)
    return sp.vstack([d[0] for d in done], format="csr"), np.concatenate([d[1] for d in done])


def train_from_table(
    df: pd.DataFrame,
    *,
    lexicon: Any = "ru-ich",
    labels: str | None = None,
    out: str | os.PathLike | None = None,
    seed: int = 0,
    description_col: str = "description",
    conclusion_col: str = "conclusion",
    text_col: str | None = None,
    progress: bool = False,
    jobs: int = 1,
    **params: Any,
) -> tuple[ICHClassifier, dict[str, Any]]:
    """Train on a reports table: verified labels from column ``labels`` (0/1), else weak labels.

    Rows whose study type is not brain CT are left out when a ``study_type`` column exists; rows with a
    missing label (or, for weak labels, an unclear rule decision) are left out and counted. ``jobs``
    processes match the reports in parallel.
    """
    rows_in = len(df)
    df = _brain_rows(df)
    lx = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    est_params = {k: v for k, v in params.items() if k in ("n_features", "ngrams")}
    Xf, rule = featurize_table(
        df,
        lx,
        est_params,
        jobs=jobs,
        progress=progress,
        description_col=description_col,
        conclusion_col=conclusion_col,
        text_col=text_col,
    )
    if labels is not None:
        if labels not in df.columns:
            raise ValueError(f"label column {labels!r} not found; columns found: {column_names(df.columns)}")
        y = pd.to_numeric(df[labels], errors="coerce").to_numpy()
        keep = np.isin(y, [0, 1])
        source = f"column:{labels}"
    else:
        y = rule
        keep = y != UNCLEAR
        source = "weak:lexicon-rules"
    y = y[keep].astype(int)
    model = ICHClassifier(lexicon=lx, random_state=seed, **params)._fit_features(Xf[np.flatnonzero(keep)], y)
    model.train_info_ = {
        "label_source": source,
        "rows_in": int(rows_in),
        "brain_ct_rows": len(df),
        "left_out": int((~keep).sum()),
        "seed": seed,
    }
    summary = {
        "rows_in": rows_in,
        "brain_ct_rows": len(df),
        "trained_on": len(y),
        "left_out": int((~keep).sum()),
        "label_source": source,
        "classes": {str(c): int((y == c).sum()) for c in (0, 1)},
        "lexicon": model.lexicon_["name"],
        "lexicon_hash": model.lexicon_["content_hash"][:12],
    }
    if out is not None:
        summary["model"] = str(save_model(model, out))
    return model, summary


def evaluate_table(
    df: pd.DataFrame,
    *,
    truth: str = "ich",
    model: ICHClassifier | None = None,
    lexicon: Any = None,
    description_col: str = "description",
    conclusion_col: str = "conclusion",
    text_col: str | None = None,
    out_dir: str | os.PathLike | None = None,
    target_sensitivity: float = 0.95,
    n_boot: int = 1000,
    seed: int = 0,
):
    """Rules and (if given) the classifier against ``df[truth]`` on the brain-CT rows of ``df``."""
    from .evaluate import evaluate
    from .label import label_columns

    if truth not in df.columns:
        raise ValueError(f"truth column {truth!r} not found; columns found: {column_names(df.columns)}")
    df = _brain_rows(df).reset_index(drop=True)
    y = pd.to_numeric(df[truth], errors="coerce")
    if y.isna().any() or not y.isin([0, 1]).all():
        raise ValueError(
            f"truth column {truth!r} must hold only 0/1 (found {sorted(y.dropna().unique())[:5]})"
        )
    matcher = model.matcher_ if model is not None else _matcher_for(lexicon or "ru-ich")
    reports = reports_for(
        df, matcher=matcher, description_col=description_col, conclusion_col=conclusion_col, text_col=text_col
    )
    cols = label_columns(reports, model=model)
    frame = pd.DataFrame({k: v for k, v in cols.items()})
    return evaluate(
        y.to_numpy(int),
        cols["ich_rule"],
        score=cols["ich_score"] if model is not None else None,
        threshold=model.threshold_ if model is not None else 0.5,
        reports_frame=frame,
        truth_frame=df,
        ids=df["study_id"] if "study_id" in df.columns else None,
        target_sensitivity=target_sensitivity,
        n_boot=n_boot,
        seed=seed,
        out_dir=None if out_dir is None else Path(out_dir),
    )


# ---------------------------------------------------------------------------------------------
# The bundled default model
# ---------------------------------------------------------------------------------------------

DEFAULT_MODEL_RECIPE = {"rows": 300_000, "seed": 0, "lexicon": "ru-ich"}


def default_model(*, strict: bool = False) -> ICHClassifier | None:
    """The bundled model, or None when it is missing or was trained with another lexicon version.

    It is rebuilt with ``icheport train --default`` (a synthetic export of
    ``DEFAULT_MODEL_RECIPE['rows']`` rows, seed 0, weak labels from the ru-ich rules).
    """
    return bundled(load_model, strict=strict)


def build_default_model(
    path: str | os.PathLike | None = None,
    *,
    rows: int | None = None,
    seed: int | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Rebuild the bundled default model from a regenerated synthetic export (reproducible)."""
    import tempfile

    from .synth import write

    rows = int(rows or DEFAULT_MODEL_RECIPE["rows"])  # type: ignore[call-overload]
    seed = int(DEFAULT_MODEL_RECIPE["seed"] if seed is None else seed)  # type: ignore[call-overload]
    path = Path(path) if path is not None else default_model_path()
    with tempfile.TemporaryDirectory(prefix="icheport-default-") as tmp:
        export = Path(tmp) / "train.parquet"
        write(export, rows, seed=seed)
        df = pd.read_parquet(export)
    model, summary = train_from_table(
        df, lexicon=DEFAULT_MODEL_RECIPE["lexicon"], seed=seed, progress=progress
    )
    model.train_info_["data"] = f"icheport.synth.write(n={rows}, seed={seed}) (synthetic export)"
    save_model(
        model, path, extra={"recipe": {"rows": rows, "seed": seed, "command": "icheport train --default"}}
    )
    summary["model"] = str(path)
    return summary
