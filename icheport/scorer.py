"""A saved model read as data and scored with numpy alone (no scikit-learn or scipy import).

``icheport label`` and triage only score: they need the coefficients, the intercept, the threshold and the
decision policy, not the estimator that learned them. :func:`load_scorer` checks a model file exactly as
:func:`icheport.model.load_model` does (sidecar format, SHA-256 of the file, lexicon hash) and returns a
:class:`LinearScorer`, whose P(ICH) equals the fitted :class:`~icheport.model.ICHClassifier`'s
``predict_proba`` bit for bit (a test checks it): both compute ``expit(X @ coef.T + intercept)`` on the same
feature matrix (:mod:`icheport.features`).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .features import linear_scores
from .lexicon import Lexicon, load_lexicon
from .matcher import Matcher, Report

if TYPE_CHECKING:
    import scipy.sparse as sp

__all__ = [
    "FORMAT_VERSION",
    "LinearScorer",
    "ModelCompatibilityError",
    "UntrustedModelError",
    "default_model_path",
    "default_scorer",
    "load_for_scoring",
    "load_scorer",
]

FORMAT_VERSION = "2.0"  # 2: arrays in .npz + JSON sidecar with SHA-256 (1 was a joblib pickle)
_PICKLE_SUFFIXES = (".joblib", ".pkl", ".pickle")
_ZIP_MAGIC = b"PK\x03\x04"


class ModelCompatibilityError(ValueError):
    """A saved model does not fit this icheport or this lexicon."""


class UntrustedModelError(ModelCompatibilityError):
    """A model file that loading could turn into code execution (a pickle), refused without ``trust=True``."""


def _expit(x: float, exp=math.exp) -> float:
    """1 / (1 + e^-x) with the C library's exp, as scipy.special.expit computes it (importing scipy.special
    costs more than a label run of ten rows)."""
    try:
        return 1.0 / (1.0 + exp(-x))
    except OverflowError:  # e^-x beyond the largest float: C gives inf, so 1 / inf
        return 0.0


def linear_proba(Xf: sp.csr_matrix, coef: np.ndarray, intercept: np.ndarray) -> np.ndarray:
    """P(class 1) of a binary linear model, computed as scikit-learn's LogisticRegression does (the same
    sparse product, then the logistic function; a test compares the two bit for bit)."""
    return _proba((np.asarray(Xf @ coef.T) + intercept).reshape(-1))


def _proba(scores: np.ndarray) -> np.ndarray:
    return np.fromiter(map(_expit, scores.tolist()), dtype=np.float64, count=len(scores))


@dataclass(frozen=True, eq=False)
class LinearScorer:
    """What scoring needs of a fitted model. The attribute names follow the fitted estimator's
    (``threshold_``, ``decision_policy_``, ``matcher_``, ``meta``), so either can be passed as ``model``."""

    coef: np.ndarray
    intercept: np.ndarray
    classes_: np.ndarray
    n_features: int
    ngrams: bool
    threshold_: float
    decision_policy_: str
    matcher_: Matcher
    meta: dict[str, Any] = field(default_factory=dict)

    def score_reports(self, reports: Sequence[Report]) -> np.ndarray:
        """P(ICH) for matched reports."""
        if not len(reports):
            return np.zeros(0)
        return _proba(linear_scores(reports, self.coef, self.intercept, self.n_features, ngrams=self.ngrams))

    def __repr__(self) -> str:
        lx = self.meta.get("lexicon", {})
        return f"LinearScorer({lx.get('name')} {lx.get('version')}, threshold={self.threshold_})"


def untrusted(path: Path) -> UntrustedModelError:
    """The error for a pickled model file that the caller did not say they trust."""
    return UntrustedModelError(
        f"{path.name} is a pickle (joblib) file: loading it can run any code inside it. icheport models are "
        "data files (.npz + .meta.json). Re-save it from a trusted session (icheport.model.save_model), or, "
        "only if you trust where it came from, pass --trust-model (load_model(..., trust=True))"
    )


def sidecar_path(path: str | os.PathLike) -> Path:
    p = Path(path)
    return p.with_name(p.name + ".meta.json")


def file_sha256(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes, read in blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def default_policy() -> str:
    from .policy import DEFAULT_POLICY

    return DEFAULT_POLICY


def is_pickle(path: Path) -> bool:
    """A pickle / joblib file (by name, or by not being the zip container an .npz is)."""
    if path.suffix.lower() in _PICKLE_SUFFIXES:
        return True
    with open(path, "rb") as fh:
        return fh.read(4) != _ZIP_MAGIC


def read_meta(path: Path) -> dict[str, Any]:
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


def check_lexicon(path: Path, meta: dict[str, Any], lexicon: Any, allow_mismatch: bool) -> Lexicon | None:
    """The lexicon to use with the model at ``path``: ``lexicon`` or the bundled one it names; an error (or,
    with ``allow_mismatch``, a warning) when its content hash differs from the one the model was trained with."""
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


def checked_arrays(path: Path, meta: dict[str, Any]) -> dict[str, np.ndarray]:
    """The model's arrays after checking the file against its sidecar (``allow_pickle=False``: nothing in
    the file can run)."""
    actual = file_sha256(path)
    if meta.get("sha256") != actual:
        raise ModelCompatibilityError(
            f"{path.name}: SHA-256 {actual[:12]}… does not match its sidecar ({str(meta.get('sha256'))[:12]}…): the "
            "file was changed or swapped after it was saved; use the original file or retrain"
        )
    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in ("coef", "intercept", "classes")}
    if arrays["coef"].shape[1] != int(meta.get("n_features_in", -1)):
        raise ModelCompatibilityError(
            f"{path.name}: {arrays['coef'].shape[1]} coefficients, the sidecar says {meta.get('n_features_in')}"
        )
    return arrays


def load_scorer(
    path: str | os.PathLike, *, lexicon: Any = None, allow_lexicon_mismatch: bool = False
) -> LinearScorer:
    """A saved model (``.npz`` + sidecar) as a :class:`LinearScorer`, checked like ``load_model`` checks it.
    Pickle files are refused here (:func:`icheport.model.load_model` reads them only when trusted)."""
    from .matcher import _cached_matcher

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no model file {path}")
    if is_pickle(path):
        raise untrusted(path)
    meta = read_meta(path)
    arrays = checked_arrays(path, meta)
    expected = check_lexicon(path, meta, lexicon, allow_lexicon_mismatch)
    params = meta.get("params", {})
    return LinearScorer(
        coef=arrays["coef"],
        intercept=arrays["intercept"],
        classes_=arrays["classes"],
        n_features=int(params.get("n_features", 2**18)),
        ngrams=bool(params.get("ngrams", True)),
        threshold_=float(meta.get("threshold", params.get("threshold", 0.5))),
        decision_policy_=meta.get("decision_policy") or default_policy(),
        matcher_=_cached_matcher(expected if expected is not None else load_lexicon(meta["lexicon"]["name"])),
        meta=meta,
    )


def load_for_scoring(
    path: str | os.PathLike, *, lexicon: Any = None, allow_lexicon_mismatch: bool = False, trust: bool = False
) -> Any:
    """What ``label`` and triage score with: a :class:`LinearScorer` for a model data file; a pickled
    ICHClassifier only with ``trust=True`` (that path imports scikit-learn)."""
    p = Path(path)
    if trust and p.is_file() and is_pickle(p):
        from .model import load_model

        return load_model(p, lexicon=lexicon, allow_lexicon_mismatch=allow_lexicon_mismatch, trust=True)
    return load_scorer(p, lexicon=lexicon, allow_lexicon_mismatch=allow_lexicon_mismatch)


def default_model_path() -> Path:
    import importlib.resources

    return Path(str(importlib.resources.files("icheport").joinpath("data", "default_model.npz")))


def bundled(load: Callable[[Path], Any], *, strict: bool) -> Any:
    """The bundled model read by ``load``, or None when it is missing or was trained with another lexicon
    version (with a warning; ``strict`` raises instead)."""
    path = default_model_path()
    if not path.is_file():
        if strict:
            raise FileNotFoundError(
                f"no bundled default model at {path}; build it with 'icheport train --default'"
            )
        return None
    try:
        return load(path)
    except ModelCompatibilityError as exc:
        if strict:
            raise
        warnings.warn(f"{exc}; using the rules alone. Rebuild with 'icheport train --default'.", stacklevel=3)
        return None


def default_scorer(*, strict: bool = False) -> LinearScorer | None:
    """The bundled model as a scorer (see :func:`icheport.model.default_model`)."""
    return bundled(load_scorer, strict=strict)
