"""The classifier's feature matrix from matched reports: matcher counts + hashed lemma uni/bigrams.

The matrix needs numpy and scipy.sparse only; scoring a saved model (:mod:`icheport.scorer`, through
:func:`linear_scores`) needs numpy only, so a small ``label`` run imports neither scikit-learn nor scipy.
The hashed block equals scikit-learn's ``FeatureHasher(n_features, input_type="string",
alternate_sign=False)`` on :func:`ngrams` (a test checks it): the same MurmurHash3, the same columns.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from .label import gc_paused
from .matcher import FEATURE_NAMES, Report, feature_row

if TYPE_CHECKING:
    import scipy.sparse as sp

__all__ = ["hashed_ngrams", "linear_scores", "murmurhash3_32", "ngrams", "report_features"]

_MASK = 0xFFFFFFFF


def _rotl(x: int, r: int) -> int:
    return ((x << r) | (x >> (32 - r))) & _MASK


def _mix_block(k: int) -> int:
    return (_rotl((k * 0xCC9E2D51) & _MASK, 15) * 0x1B873593) & _MASK


def murmurhash3_32(text: str, seed: int = 0) -> int:
    """Signed 32-bit MurmurHash3 (x86, 32-bit) of the UTF-8 bytes of ``text``: the hash FeatureHasher uses."""
    data = text.encode("utf-8")
    whole = len(data) - len(data) % 4
    h = seed & _MASK
    for (k,) in struct.iter_unpack("<I", data[:whole]):
        h = _rotl(h ^ _mix_block(k), 13)
        h = (h * 5 + 0xE6546B64) & _MASK
    tail = int.from_bytes(data[whole:], "little")
    if tail or whole != len(data):
        h ^= _mix_block(tail)
    h ^= len(data)
    h = ((h ^ (h >> 16)) * 0x85EBCA6B) & _MASK
    h = ((h ^ (h >> 13)) * 0xC2B2AE35) & _MASK
    h ^= h >> 16
    return h - (1 << 32) if h >= 1 << 31 else h


def ngrams(lemmas: Sequence[str]) -> list[str]:
    """Unigrams and bigrams of the lemmas of a report's candidate sentences (the n-gram features, spelled
    out; :class:`_NgramColumns` hashes the same n-grams without building these strings)."""
    out = list(lemmas)
    out += [a + " " + b for a, b in itertools.pairwise(lemmas)]
    return out


def _hashed_column(feature: str, n_features: int) -> int:
    """The column FeatureHasher(alternate_sign=False) gives a string feature: signed 32-bit MurmurHash3
    (seed 0) of its UTF-8 bytes, absolute value, modulo ``n_features``."""
    h = murmurhash3_32(feature)
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
    """The hashed lemma uni/bigram block of the features. Each distinct lemma and bigram is hashed once
    per process and then looked up (FeatureHasher encodes and hashes every n-gram string of every report).
    The memory is bounded: the tables start afresh past ``max_entries`` lemmas or bigrams."""

    max_entries = 2_000_000

    def __init__(self, n_features: int) -> None:
        self.n_features = n_features
        self._reset()

    def _reset(self) -> None:
        self.ids = _LemmaIds()
        self.unigram = np.zeros(0, dtype=np.int64)
        self.pairs = _PairColumns(self.ids.words, self.n_features)

    def transform(self, lemma_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
        import scipy.sparse as sp

        rows, cols = self.entries(lemma_lists)
        out = sp.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(len(lemma_lists), self.n_features))
        out.sum_duplicates()
        return out

    def counts(self, lemma_lists: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The nonzero cells of :meth:`transform` without scipy: rows, columns (sorted by row, then column)
        and counts."""
        rows, cols = self.entries(lemma_lists)
        cells, counts = np.unique(rows * self.n_features + cols, return_counts=True)
        return cells // self.n_features, cells % self.n_features, counts.astype(np.float64)

    def entries(self, lemma_lists: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Row and column of every uni/bigram of every report (a cell once per occurrence)."""
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
        return np.concatenate([rows, rows[:-1][same]]), cols


_NGRAM_COLUMNS: dict[int, _NgramColumns] = {}


def _ngram_table(n_features: int) -> _NgramColumns:
    table = _NGRAM_COLUMNS.get(n_features)
    if table is None:
        table = _NGRAM_COLUMNS[n_features] = _NgramColumns(n_features)
    return table


def hashed_ngrams(lemma_lists: Sequence[Sequence[str]], n_features: int) -> sp.csr_matrix:
    """Counts of the lemma uni/bigrams of each report in a hashed space of ``n_features`` columns (the
    same matrix as scikit-learn's FeatureHasher on :func:`ngrams`), with per-process lookup tables."""
    return _ngram_table(n_features).transform(lemma_lists)


def _count_block(reports: Sequence[Report]) -> np.ndarray:
    """log1p of the matcher's counts (:data:`~icheport.matcher.FEATURE_NAMES`), one row per report."""
    with gc_paused():
        rows = [feature_row(r) for r in reports]
    dense = np.array(rows, dtype=np.float32).reshape(-1, len(FEATURE_NAMES))
    return np.log1p(np.maximum(dense, 0)).astype(np.float64)


def linear_scores(
    reports: Sequence[Report],
    coef: np.ndarray,
    intercept: np.ndarray,
    n_features: int,
    *,
    ngrams: bool = True,
) -> np.ndarray:
    """``report_features(reports) @ coef.T + intercept`` without building the matrix (or importing scipy).

    Each row's terms are added in column order from 0.0, as the sparse product adds them, so the result is
    the same to the bit (a test compares them)."""
    dense = _count_block(reports)
    rows, cols = np.nonzero(dense)  # row-major: sorted by row, then column
    parts = [(rows, cols, dense[rows, cols])]
    width = dense.shape[1]
    if ngrams:
        g_rows, g_cols, counts = _ngram_table(n_features).counts([r.lemmas for r in reports])
        parts.append((g_rows, g_cols + width, np.log1p(counts)))
    r, c, v = (np.concatenate(x) for x in zip(*parts, strict=True))
    order = np.argsort(r * (width + n_features) + c, kind="stable")
    terms = v[order] * np.asarray(coef, dtype=np.float64).reshape(-1)[c[order]]
    return np.bincount(r[order], weights=terms, minlength=len(reports)) + intercept


def report_features(reports: Sequence[Report], n_features: int, *, ngrams: bool = True) -> sp.csr_matrix:
    """One row per report: log1p of the matcher's counts (:data:`~icheport.matcher.FEATURE_NAMES`), then,
    with ``ngrams``, log1p of the hashed lemma uni/bigram counts."""
    import scipy.sparse as sp

    blocks = [sp.csr_matrix(_count_block(reports))]
    if ngrams:
        grams = hashed_ngrams([r.lemmas for r in reports], n_features)
        grams.data = np.log1p(grams.data)
        blocks.append(grams)
    return sp.hstack(blocks, format="csr")
