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
import hashlib
import itertools
import json
import os
import platform
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils import murmurhash3_32
from sklearn.utils.validation import check_is_fitted

from .io import column_names
from .label import gc_paused, reports_for
from .lexicon import Lexicon, load_lexicon
from .matcher import FEATURE_NAMES, UNCLEAR, Matcher, Report, feature_row

__all__ = [
    "FORMAT_VERSION",
    "ICHClassifier",
    "ModelCompatibilityError",
    "UntrustedModelError",
    "load_model",
    "save_model",
    "weak_labels",
]

FORMAT_VERSION = "2.0"  # 2: arrays in .npz + JSON sidecar with SHA-256 (1 was a joblib pickle)


class ModelCompatibilityError(ValueError):
    """A saved model does not fit this icheport or this lexicon."""


def _ngrams(lemmas: Sequence[str]) -> list[str]:
    """Unigrams and bigrams of the lemmas of a report's candidate sentences (the n-gram features, spelled
    out; :class:`_NgramColumns` hashes the same n-grams without building these strings)."""
    out = list(lemmas)
    out += [a + " " + b for a, b in itertools.pairwise(lemmas)]
    return out


def _hashed_column(feature: str, n_features: int) -> int:
    """The column sklearn's ``FeatureHasher(alternate_sign=False)`` gives a string feature: signed
    32-bit MurmurHash3 (seed 0) of its UTF-8 bytes, absolute value, modulo ``n_features``."""
    h = murmurhash3_32(feature, seed=0)
    if h == -(2**31):  # abs() would overflow in int32; FeatureHasher defines it so
        return (2**31 - 1 - (n_features - 1)) % n_features
    return abs(h) % n_features


class _LemmaIds(dict):
    """lemma → small integer id, handing out the next id to a lemma not seen before."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []

    def __missing__(self, lemma: str) -> int:
        self[lemma] = i = len(self.words)
        self.words.append(lemma)
        return i


class _PairColumns(dict):
    """(id of a) << 32 | (id of b) → hashed column of the bigram "a b", computed on first use."""

    def __init__(self, words: list[str], n_features: int) -> None:
        super().__init__()
        self.words = words
        self.n_features = n_features

    def __missing__(self, key: int) -> int:
        self[key] = col = _hashed_column(
            self.words[key >> 32] + " " + self.words[key & 0xFFFFFFFF], self.n_features
        )
        return col


class _NgramColumns:
    """The hashed lemma uni/bigram block of the features: exactly ``FeatureHasher(n_features,
    input_type="string", alternate_sign=False).transform(_ngrams(lemmas) for ...)`` (a test checks it), but
    each distinct lemma and bigram is hashed once per process and then looked up (FeatureHasher encodes
    and hashes every n-gram string of every report). The memory is bounded: the tables start afresh past
    ``max_entries`` lemmas or bigrams."""

    max_entries = 2_000_000

    def __init__(self, n_features: int) -> None:
        self.n_features = n_features
        self._reset()

    def _reset(self) -> None:
        self.ids = _LemmaIds()
        self.unigram = np.zeros(0, dtype=np.int64)
        self.pairs = _PairColumns(self.ids.words, self.n_features)

    def transform(self, lemma_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
        if len(self.ids) > self.max_entries or len(self.pairs) > self.max_entries:
            self._reset()
        n = len(lemma_lists)
        lengths = np.fromiter(map(len, lemma_lists), dtype=np.int64, count=n)
        total = int(lengths.sum())
        ids = np.fromiter(
            map(self.ids.__getitem__, itertools.chain.from_iterable(lemma_lists)), dtype=np.int64, count=total
        )
        words = self.ids.words
        if len(words) > len(self.unigram):
            new = [_hashed_column(w, self.n_features) for w in words[len(self.unigram) :]]
            self.unigram = np.concatenate([self.unigram, np.array(new, dtype=np.int64)])
        rows = np.repeat(np.arange(n, dtype=np.int64), lengths)
        # Bigrams: consecutive lemmas of the same report.
        same = rows[1:] == rows[:-1]
        keys = (ids[:-1][same] << 32) | ids[1:][same]
        pair_cols = np.fromiter(map(self.pairs.__getitem__, keys.tolist()), dtype=np.int64, count=len(keys))
        cols = np.concatenate([self.unigram[ids], pair_cols])
        rows = np.concatenate([rows, rows[:-1][same]])
        out = sp.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, self.n_features))
        out.sum_duplicates()
        return out


_NGRAM_COLUMNS: dict[int, _NgramColumns] = {}


def hashed_ngrams(lemma_lists: Sequence[Sequence[str]], n_features: int) -> sp.csr_matrix:
    """Counts of the lemma uni/bigrams of each report in a hashed space of ``n_features`` columns (the
    same matrix as scikit-learn's FeatureHasher on :func:`_ngrams`), with per-process lookup tables."""
    table = _NGRAM_COLUMNS.get(n_features)
    if table is None:
        table = _NGRAM_COLUMNS[n_features] = _NgramColumns(n_features)
    return table.transform(lemma_lists)


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
        with gc_paused():
            rows = [feature_row(r) for r in reports]
        dense = np.array(rows, dtype=np.float32).reshape(-1, len(FEATURE_NAMES))
        dense = np.log1p(np.maximum(dense, 0)).astype(np.float64)
        blocks = [sp.csr_matrix(dense)]
        if self.ngrams:
            grams = hashed_ngrams([r.lemmas for r in reports], self.n_features)
            grams.data = np.log1p(grams.data)
            blocks.append(grams)
        return sp.hstack(blocks, format="csr")

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
        return self.clf_.predict_proba(self._features(reports))[:, 1]

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


def sidecar_path(path: str | os.PathLike) -> Path:
    p = Path(path)
    return p.with_name(p.name + ".meta.json")


class UntrustedModelError(ModelCompatibilityError):
    """A model file that loading could turn into code execution (a pickle), refused without ``trust=True``."""


_PICKLE_SUFFIXES = (".joblib", ".pkl", ".pickle")
_ZIP_MAGIC = b"PK\x03\x04"


def file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


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
        "decision_policy": getattr(model, "decision_policy_", None) or _default_policy(),
        "training": {**model.train_summary_, **(getattr(model, "train_info_", {}) or {})},
        "n_features_in": int(model.n_model_features_),
        "arrays": {k: {"shape": list(v.shape), "dtype": str(v.dtype)} for k, v in arrays.items()},
        "sha256": file_sha256(path),
        **(extra or {}),
    }
    model.meta_ = meta
    write_text_atomic(sidecar_path(path), json.dumps(meta, ensure_ascii=False, indent=1, default=str))
    return path


def _default_policy() -> str:
    from .policy import DEFAULT_POLICY

    return DEFAULT_POLICY


def _write_npz(tmp: Path, arrays: dict[str, np.ndarray]) -> None:
    with open(tmp, "wb") as fh:  # a file object: np.savez must not append ".npz" to the temporary name
        np.savez_compressed(fh, coef=arrays["coef"], intercept=arrays["intercept"], classes=arrays["classes"])


def _read_meta(path: Path) -> dict[str, Any]:
    side = sidecar_path(path)
    if not side.is_file():
        raise ModelCompatibilityError(f"{side.name} is missing: a model needs its sidecar to be checked")
    meta = json.loads(side.read_text(encoding="utf-8"))
    major = str(meta.get("format_version", "0")).split(".")[0]
    if major != FORMAT_VERSION.split(".")[0]:
        raise ModelCompatibilityError(
            f"{path.name}: model format {meta.get('format_version')} is not supported by this icheport (format "
            f"{FORMAT_VERSION}); retrain with 'icheport train'"
        )
    return meta


def _check_lexicon(path: Path, meta: dict[str, Any], lexicon: Any, allow_mismatch: bool) -> Lexicon | None:
    trained = meta.get("lexicon", {})
    expected = None
    if lexicon is not None:
        expected = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    else:
        try:
            expected = load_lexicon(trained.get("name", ""))
        except ValueError:
            expected = None
    if expected is not None and expected.content_hash != trained.get("content_hash"):
        msg = (
            f"model {path.name} was trained with lexicon {trained.get('name')} "
            f"{str(trained.get('content_hash'))[:12]}, but lexicon {expected.name} is now "
            f"{expected.content_hash[:12]}: retrain ('icheport train') or allow the mismatch explicitly"
        )
        if not allow_mismatch:
            raise ModelCompatibilityError(msg)
        warnings.warn(msg, stacklevel=3)
    return expected


def _is_pickle(path: Path) -> bool:
    if path.suffix.lower() in _PICKLE_SUFFIXES:
        return True
    with open(path, "rb") as fh:
        return fh.read(4) != _ZIP_MAGIC


def _from_arrays(path: Path, meta: dict[str, Any], lexicon: Lexicon | None) -> ICHClassifier:
    """Rebuild a fitted classifier from its arrays (``allow_pickle=False``: nothing in the file can run)."""
    with np.load(path, allow_pickle=False) as data:
        coef, intercept, classes = data["coef"], data["intercept"], data["classes"]
    params = dict(meta.get("params", {}))
    model = ICHClassifier(lexicon=lexicon if lexicon is not None else meta["lexicon"]["name"], **params)
    clf = LogisticRegression(
        C=model.C, class_weight=model.class_weight, max_iter=model.max_iter, solver="liblinear"
    )
    clf.coef_, clf.intercept_, clf.classes_ = coef, intercept, classes
    clf.n_features_in_ = int(coef.shape[1])
    if clf.n_features_in_ != int(meta.get("n_features_in", -1)):
        raise ModelCompatibilityError(
            f"{path.name}: {clf.n_features_in_} coefficients, the sidecar says {meta.get('n_features_in')}"
        )
    model.clf_, model.classes_, model.n_model_features_ = clf, classes, clf.n_features_in_
    model.threshold_ = float(meta.get("threshold", model.threshold))
    model.lexicon_ = meta["lexicon"]
    model.train_summary_ = meta.get("training", {})
    model.decision_policy_ = meta.get("decision_policy") or _default_policy()
    model.matcher_ = _matcher_for(model.lexicon)
    return model


def load_model(
    path: str | os.PathLike, *, lexicon: Any = None, allow_lexicon_mismatch: bool = False, trust: bool = False
) -> ICHClassifier:
    """Load a model saved by :func:`save_model`: check its sidecar (format, SHA-256 of the file, lexicon
    hash), then read its arrays without unpickling anything.

    A pickle / joblib model (as saved by icheport < 0.2, or by anyone) can run code when loaded: it is
    refused with :class:`UntrustedModelError` unless ``trust=True`` (``--trust-model``) says the file comes
    from a trusted source. The lexicon check compares the model's lexicon hash with ``lexicon`` (or the
    bundled lexicon of the same name); a mismatch is an error unless ``allow_lexicon_mismatch``.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no model file {path}")
    if _is_pickle(path):
        return _load_trusted_pickle(path, lexicon, allow_lexicon_mismatch, trust)
    meta = _read_meta(path)
    actual = file_sha256(path)
    if meta.get("sha256") != actual:
        raise ModelCompatibilityError(
            f"{path.name}: SHA-256 {actual[:12]}… does not match its sidecar ({str(meta.get('sha256'))[:12]}…): the "
            "file was changed or swapped after it was saved; use the original file or retrain"
        )
    expected = _check_lexicon(path, meta, lexicon, allow_lexicon_mismatch)
    model = _from_arrays(path, meta, expected)
    model.meta_ = meta
    return model


def _load_trusted_pickle(path: Path, lexicon: Any, allow_mismatch: bool, trust: bool) -> ICHClassifier:
    if not trust:
        raise UntrustedModelError(
            f"{path.name} is a pickle (joblib) file: loading it can run any code inside it. icheport models are "
            "data files (.npz + .meta.json). Re-save it from a trusted session (icheport.model.save_model), or, "
            "only if you trust where it came from, pass --trust-model (load_model(..., trust=True))"
        )
    import joblib

    side = sidecar_path(path)
    meta = json.loads(side.read_text(encoding="utf-8")) if side.is_file() else {}
    if meta.get("sha256") not in (None, file_sha256(path)):
        raise ModelCompatibilityError(
            f"{path.name}: SHA-256 does not match its sidecar; use the original file"
        )
    if meta:
        _check_lexicon(path, meta, lexicon, allow_mismatch)
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


def default_model_path() -> Path:
    import importlib.resources

    return Path(str(importlib.resources.files("icheport").joinpath("data", "default_model.npz")))


def default_model(*, strict: bool = False) -> ICHClassifier | None:
    """The bundled model, or None when it is missing or was trained with another lexicon version.

    It is rebuilt with ``icheport train --default`` (a synthetic export of
    ``DEFAULT_MODEL_RECIPE['rows']`` rows, seed 0, weak labels from the ru-ich rules).
    """
    path = default_model_path()
    if not path.is_file():
        if strict:
            raise FileNotFoundError(
                f"no bundled default model at {path}; build it with 'icheport train --default'"
            )
        return None
    try:
        return load_model(path)
    except ModelCompatibilityError as exc:
        if strict:
            raise
        warnings.warn(f"{exc}; using the rules alone. Rebuild with 'icheport train --default'.", stacklevel=2)
        return None


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
