"""Triage: stream a CT export through the cohort funnel, score the cohort, sample balanced lists.

::

    from icheport.triage import triage
    result = triage("export.csv", "runs/2024-05", n_per_class=5000, seed=0, jobs=2)
    result.counts          # reason code -> rows
    result.paths["candidates_ich"]

Per chunk of the input (in input order): :func:`icheport.cohort.exclusion_reasons` (brain CT, cleaning,
duplicates across chunks) in the main process, then the labeler (``label_frame``) on in-cohort rows only,
in ``jobs`` worker processes. Every input row lands in ``scored.parquet`` with its reason code.

Outputs in ``out_dir`` (each written atomically: temp file + ``os.replace``):

==================== =====================================================================
``scored.parquet``   every input row: ``_row, study_id, patient_id, bucket, reason, ich_score,
                     ich_rule, edh ... uncertain, keyword_evidence`` (no report text)
``candidates_ich.csv`` / ``candidates_no_ich.csv`` / ``candidates_unclear.csv``
                     columns of docs/contracts.md; pseudonymous ``case_id``
``case_key.csv``     case_id -> study_id, patient_id, _row (keep it in the run directory)
``funnel.json``      ordered stages with counts and the exclusion breakdown
``funnel.png``       the flow chart
``run.json``         provenance: versions, lexicon, model meta, options, input fingerprint, timings
==================== =====================================================================

Sampling: the ICH list is drawn from ``classifier_ich``, the no-ICH list from ``classifier_no_ich``,
the unclear list from ``unclear`` (these go to verification too). Each eligible row gets a random key
from ``seed`` and its study id (so the draw does not depend on chunking or ``jobs``); a list takes the
rows with the smallest keys (a uniform sample without replacement). With ``one_per_patient`` a patient
appears once over all lists (ICH list first, then no-ICH, then unclear), with their lowest-key study.
With ``stratify`` the list size is split over the strata in proportion to their eligible counts
(largest remainders). Only a small record per eligible row is kept in memory; the texts of eligible rows
are spilled to a temporary Parquet file in ``out_dir`` and read back for the chosen rows.

``case_id`` values (``C000001`` ...) are numbered over the union of the lists in random-key order, so an
id says nothing about the list, the study or the text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import html
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pandas as pd

from . import cohort as _cohort
from .io import (
    ReportReader,
    atomic_path,
    input_fingerprint,
    read_reports,
    text_or_empty,
    write_csv,
    write_text_atomic,
)
from .runs import run_folder
from .triage_config import UNSET, TriageConfig, _Unset

__all__ = ["FLAG_COLUMNS", "TriageResult", "TriageWarning", "triage"]

FLAG_COLUMNS: tuple[str, ...] = (
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "multiple",
    "fracture",
    "combined",
    "uncertain",
)
CANDIDATE_COLUMNS: tuple[str, ...] = (
    "case_id",
    "list",
    "description",
    "conclusion",
    "ich_score",
    "ich_rule",
    *FLAG_COLUMNS,
    "evidence",
    "spans",
)
LISTS: tuple[str, ...] = ("ich", "no_ich", "unclear")
_LIST_OF_REASON = {"classifier_ich": "ich", "classifier_no_ich": "no_ich", "unclear": "unclear"}
_STRATIFY_SPECIAL = ("year", "subtype")
_POOL_COLUMNS = ("_row", "list", "key", "patient_key", "stratum", "study_id", "patient_id")
_READ_COLUMNS = (
    "study_id",
    "patient_id",
    "age",
    "study_date",
    "institution",
    "sex",
    "study_type",
    "description",
    "conclusion",
    "text",
)

Labeler = Callable[..., pd.DataFrame]


class TriageWarning(UserWarning):
    """A triage run finished but something needs the user's attention (e.g. a list came out short)."""


# --------------------------------------------------------------------------- result


@dataclass(frozen=True)
class TriageResult:
    """What a triage run produced. ``counts``: reason code -> rows; ``sampled``: list -> rows."""

    out_dir: Path
    counts: dict[str, int]
    sampled: dict[str, int]
    funnel: tuple[dict[str, Any], ...]
    paths: dict[str, Path]
    warnings: tuple[str, ...]
    seconds: float
    rows: int

    def funnel_frame(self) -> pd.DataFrame:
        return pd.DataFrame(
            [{"stage": s["stage"], "label": s["label"], "count": s["count"]} for s in self.funnel]
        )

    def __str__(self) -> str:
        lines = [f"triage of {self.rows:,} rows in {self.seconds:.1f} s -> {self.out_dir}"]
        lines += [f"  {s['label']:<28} {s['count']:>12,}" for s in self.funnel]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(s['label'])}</td><td style='text-align:right'>{s['count']:,}</td>"
            f"<td>{html.escape(', '.join(f'{k}: {v:,}' for k, v in s.get('excluded', {}).items()))}</td></tr>"
            for s in self.funnel
        )
        warn = "".join(f"<li>{html.escape(w)}</li>" for w in self.warnings)
        return (
            f"<div><b>icheport triage</b> — {self.rows:,} rows, {self.seconds:.1f} s, "
            f"<code>{html.escape(str(self.out_dir))}</code>"
            "<table><thead><tr><th>stage</th><th>count</th><th>excluded</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>" + (f"<ul>{warn}</ul>" if warn else "") + "</div>"
        )


# --------------------------------------------------------------------------- labeling (workers)

_MATCHERS: dict[Any, Any] = {}


def _default_labeler(
    df: pd.DataFrame, *, model: Any = None, lexicon: Any = None, text_col: str | None = None
) -> pd.DataFrame:
    """``label_frame`` with a per-process cached matcher for ``lexicon``."""
    from .label import label_frame

    matcher = None
    if lexicon is not None:
        key = lexicon if isinstance(lexicon, str | Path) else id(lexicon)
        matcher = _MATCHERS.get(key)
        if matcher is None:
            from .lexicon import load_lexicon
            from .matcher import Matcher

            lex = load_lexicon(lexicon) if isinstance(lexicon, str | Path) else lexicon
            matcher = _MATCHERS[key] = Matcher(lex)
    native = model is not None and hasattr(model, "score_reports")
    kwargs: dict[str, Any] = {
        "model": model if native else None,
        "matcher": matcher,
        "progress": False,
        "study_type_col": None,
    }
    if text_col:
        kwargs["text_col"] = text_col
    out = label_frame(df, **kwargs)
    if model is not None and not native:
        # any object with predict_proba(DataFrame) -> P(ICH) (n,) or (n, 2)
        proba = np.asarray(model.predict_proba(df), dtype="float64")
        out["ich_score"] = proba[:, -1] if proba.ndim == 2 else proba
        out["ich"] = (out["ich_score"] >= float(getattr(model, "threshold_", 0.5))).astype("int8")
    return out


def _label_part(
    part: pd.DataFrame,
    labeler: Labeler,
    model: Any,
    lexicon: Any,
    text_col: str | None,
    exclude_categories: tuple[str, ...],
) -> tuple[pd.DataFrame, float]:
    """Label the in-cohort rows of one chunk; return the label columns (+ keyword_evidence) and the CPU
    seconds it took (of the process that ran it: a worker's own, whatever else the machine was doing)."""
    t0 = time.process_time()
    if len(part) == 0:
        return _empty_labels(), 0.0
    kwargs: dict[str, Any] = {"model": model, "lexicon": lexicon}
    if text_col:
        kwargs["text_col"] = text_col
    labeled = labeler(part, **kwargs)
    if len(labeled) != len(part):
        raise RuntimeError(f"labeler returned {len(labeled)} rows for {len(part)}")
    missing = [c for c in ("ich_score", "ich_rule") if c not in labeled.columns]
    if missing:
        raise RuntimeError(f"labeler output lacks {missing}; see docs/contracts.md")
    out = pd.DataFrame({"_row": part["_row"].to_numpy()})
    out["ich_score"] = pd.to_numeric(labeled["ich_score"], errors="coerce").to_numpy(dtype="float64")
    out["ich_rule"] = pd.to_numeric(labeled["ich_rule"], errors="coerce").fillna(-1).to_numpy(dtype="int8")
    for c in FLAG_COLUMNS:
        vals = labeled[c] if c in labeled.columns else pd.Series(0, index=labeled.index)
        out[c] = pd.to_numeric(vals, errors="coerce").fillna(0).to_numpy(dtype="int8")
    for c in ("evidence", "spans"):
        vals = labeled[c] if c in labeled.columns else pd.Series("", index=labeled.index)
        out[c] = text_or_empty(vals.reset_index(drop=True))
    out["keyword_evidence"] = _cohort.has_keyword_evidence(
        out["spans"], out["ich_rule"], exclude_categories=exclude_categories
    )
    return out, time.process_time() - t0


def _in_workers(
    fn: Callable[..., Any], parts: Iterator[Any], args: tuple[Any, ...], jobs: int
) -> Iterator[Any]:
    """``fn(part, *args)`` for each part, in order, in ``jobs`` worker processes, with at most ``2 * jobs``
    parts read ahead, so memory stays flat however long the input is. (joblib's generator hands a worker
    the next part whenever one finishes, so when the main process is the slower side it reads ahead
    without bound: 600 MiB more at 4.4M rows.) The next part is read while the workers label."""
    from joblib.externals.loky import get_reusable_executor

    executor = get_reusable_executor(max_workers=jobs)
    window: deque[Any] = deque()

    def submit() -> None:
        part = next(parts, None)
        if part is not None:
            window.append(executor.submit(fn, part, *args))

    failed = True
    try:
        for _ in range(2 * jobs):
            submit()
        while window:
            future = window.popleft()
            submit()
            yield future.result()
        failed = False
    finally:
        for future in window:
            future.cancel()
        # The workers hold their caches (~250 MiB each): let them go before sampling and writing outputs;
        # after an error, Ctrl-C or SIGTERM, stop them at once instead of letting them finish their parts.
        executor.shutdown(wait=not failed, kill_workers=failed)


_MISSING_COLUMN_NOTES = {
    "study_type": "no study_type column: every row counted as brain CT",
    "age": "no age column: age checks skipped",
    "patient_id": "no patient_id column: duplicates by study_id only; one-per-patient not applied",
    "study_id": "no study_id column: duplicates by patient and text only; case_key uses _row",
}
_TEXT_COLUMNS = ("list", "description", "conclusion", "evidence", "spans", "study_id", "patient_id")


def column_notes(present: set[str]) -> list[str]:
    """What the funnel says about the optional columns an input lacks."""
    return [note for name, note in _MISSING_COLUMN_NOTES.items() if name not in present]


def eligible_table(df: pd.DataFrame) -> Any:
    """Eligible rows with their texts as an Arrow table (text columns as strings), as they wait for sampling."""
    import pyarrow as pa

    return pa.Table.from_pandas(
        df.astype({c: "str" for c in _TEXT_COLUMNS if c in df.columns}), preserve_index=False
    )


def sampled_rows(batches: Iterable[Any], rows: np.ndarray) -> pd.DataFrame:
    """The rows numbered ``rows`` out of Arrow record batches: filtered in Arrow, only they become pandas."""
    import pyarrow as pa
    import pyarrow.compute as pc

    want = pa.array(np.unique(rows))
    parts = [batch.filter(pc.is_in(batch.column("_row"), value_set=want)) for batch in batches]
    return pa.Table.from_batches(parts).to_pandas() if parts else pd.DataFrame(columns=["_row"])


def chunk_context(
    chunk: pd.DataFrame, codes: np.ndarray, *, text_mode: bool, strat_cols: list[str]
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The in-cohort texts of a chunk (what the labeler reads) and what :func:`_assemble` needs of the chunk
    later, without keeping the chunk itself. ``codes``: the rows' exclusion codes
    (:func:`icheport.cohort.exclusion_codes`)."""
    incohort = codes == _cohort.IN_COHORT
    text_cols = ["text"] if text_mode else ["description", "conclusion"]
    part = chunk.loc[incohort, ["_row", *text_cols]].reset_index(drop=True)
    for c in text_cols:
        part[c] = text_or_empty(part[c])
    keep = {
        "rows": chunk["_row"].to_numpy(),
        "study_id": _as_id(chunk.get("study_id"), len(chunk)),
        "patient_id": _as_id(chunk.get("patient_id"), len(chunk)),
        "codes": codes,
        "incohort": incohort,
        "texts": part,
        "chunk_small": chunk.loc[incohort, [c for c in strat_cols if c in chunk.columns]].reset_index(
            drop=True
        ),
    }
    return part, keep


def _empty_labels() -> pd.DataFrame:
    out = pd.DataFrame(
        {
            "_row": np.array([], dtype="int64"),
            "ich_score": np.array([], dtype="float64"),
            "ich_rule": np.array([], dtype="int8"),
        }
    )
    for c in FLAG_COLUMNS:
        out[c] = np.array([], dtype="int8")
    for c in ("evidence", "spans"):
        out[c] = pd.Series([], dtype="str")
    out["keyword_evidence"] = np.array([], dtype=bool)
    return out


# --------------------------------------------------------------------------- helpers


def _as_id(values: pd.Series | None, n: int) -> pd.Series:
    if values is None:
        return pd.Series([""] * n, dtype="str")
    if not pd.api.types.is_string_dtype(values.dtype) or pd.api.types.is_object_dtype(values.dtype):
        values = values.map(lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v))
    return text_or_empty(values.reset_index(drop=True)).str.strip()


def _seed_key(seed: int) -> str:
    return hashlib.blake2b(f"icheport-triage:{seed}".encode(), digest_size=8).hexdigest()


def _random_keys(study_id: pd.Series, rows: np.ndarray, seed: int) -> np.ndarray:
    ident = study_id.where(study_id != "", "_row:" + pd.Series(rows).astype("str"))
    return pd.util.hash_pandas_object(ident, index=False, hash_key=_seed_key(seed)).to_numpy(dtype=np.uint64)


def _subtype(labels: pd.DataFrame) -> np.ndarray:
    flags = labels[["edh", "sdh", "sah", "iph", "ivh"]].to_numpy()
    names = np.array(["edh", "sdh", "sah", "iph", "ivh"], dtype=object)
    n_pos = flags.sum(axis=1)
    first = names[np.argmax(flags, axis=1)] if len(flags) else np.array([], dtype=object)
    return np.where(
        (n_pos > 1) | (labels["multiple"].to_numpy() == 1), "multiple", np.where(n_pos == 1, first, "none")
    )


def _strata(chunk: pd.DataFrame, labels: pd.DataFrame, stratify: str | None) -> np.ndarray | None:
    if stratify is None:
        return None
    if stratify == "subtype":
        return _subtype(labels)
    if stratify == "year":
        dates = pd.to_datetime(
            _as_id(chunk.get("study_date"), len(chunk)), errors="coerce", dayfirst=True, format="mixed"
        )
        return dates.dt.year.astype("Int64").astype("str").fillna("unknown").to_numpy(dtype=object)
    return _as_id(chunk.get(stratify), len(chunk)).replace("", "unknown").to_numpy(dtype=object)


def _allocate(counts: pd.Series, n: int) -> dict[Any, int]:
    """Proportional allocation of n over strata (largest remainders; ties by stratum name)."""
    total = int(counts.sum())
    if total <= n:
        return {k: int(v) for k, v in counts.items()}
    exact = counts.astype("float64") * n / total
    base = np.floor(exact).astype(int)
    rem = n - int(base.sum())
    order = sorted(counts.index, key=lambda k: (-(exact[k] - base[k]), str(k)))
    alloc = {k: int(base[k]) for k in counts.index}
    for k in order[:rem]:
        alloc[k] += 1
    return alloc


def _scored_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("_row", pa.int64()),
            ("study_id", pa.string()),
            ("patient_id", pa.string()),
            ("bucket", pa.string()),
            ("reason", pa.string()),
            ("ich_score", pa.float64()),
            ("ich_rule", pa.int8()),
            *[(c, pa.int8()) for c in FLAG_COLUMNS],
            ("keyword_evidence", pa.bool_()),
        ]
    )


@functools.cache
def _scored_pandas_metadata() -> dict[bytes, bytes]:
    """The pandas metadata ``Table.from_pandas`` gives a scored table: the pandas dtypes its columns come
    back as (the label columns Int8 / boolean, nullable). The dask engine's scored parts carry it, as they did
    when written from pandas; the local scored.parquet never had it (its writer's schema has none)."""
    import pyarrow as pa

    dtypes = {
        **{c: "str" for c in ("study_id", "patient_id", "bucket", "reason")},
        "ich_score": "float64",
        **dict.fromkeys(("ich_rule", *FLAG_COLUMNS), "Int8"),
        "keyword_evidence": "boolean",
    }
    empty = pd.DataFrame({"_row": pd.Series([], dtype="int64")})
    for c, dtype in dtypes.items():
        empty[c] = pd.Series([], dtype=dtype)
    return pa.Table.from_pandas(empty, schema=_scored_schema(), preserve_index=False).schema.metadata


def _resolve_options(
    config: Any, explicit: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """Defaults <- config file <- explicit keywords (see :class:`TriageConfig`): scalar options, the cohort
    section and the column map."""
    cfg = TriageConfig.build(explicit, config)
    return cfg.options(), dict(cfg.cohort), dict(cfg.column_map)


def _versions() -> dict[str, str]:
    """The versions run.json records, read from the installed distributions' metadata: importing a library
    only to ask its version would cost seconds (scikit-learn) in a run that never uses it."""
    from importlib import metadata

    out = {"python": platform.python_version()}
    for mod, dist in (
        ("icheport", "icheport"),
        ("pandas", "pandas"),
        ("numpy", "numpy"),
        ("pyarrow", "pyarrow"),
        ("sklearn", "scikit-learn"),
        ("joblib", "joblib"),
    ):
        try:
            out[mod] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[mod] = "not installed"
    return out


def _json_default(obj: Any) -> Any:
    if isinstance(obj, Path):
        return str(obj)
    if isinstance(obj, np.integer):
        return int(obj)
    if isinstance(obj, np.floating):
        return float(obj)
    if isinstance(obj, set | frozenset | tuple):
        return list(obj)
    return repr(obj)


# --------------------------------------------------------------------------- the run


@dataclass(frozen=True)
class _RunOptions:
    """A run's options: defaults, then the config file, then the keywords given; checked and resolved."""

    n_per_class: int
    n_unclear: int
    seed: int
    jobs: int
    chunksize: int
    encoding: str | None
    sep: str | None
    format: str | None
    stratify: str | None
    one_per_patient: bool
    lexicon: Any
    column_map: dict[str, str]
    cohort: _cohort.CohortConfig
    config: Any  # the config file or mapping they came from, as given

    @property
    def text_mode(self) -> bool:
        """One text column instead of description + conclusion."""
        return "text" in self.column_map


@dataclass(frozen=True)
class _Labeling:
    """How the in-cohort rows get their labels, and what run.json says about it."""

    labeler: Labeler | None  # None: label_frame (through _default_labeler)
    model: Any
    model_path: Path | None
    lexicon: Any
    text_col: str | None
    exclude_categories: tuple[str, ...]
    lexicon_provenance: dict[str, Any] | None

    def part_args(self) -> tuple[Any, ...]:
        """The arguments of :func:`_label_part` after the part itself."""
        return (
            self.labeler or _default_labeler,
            self.model,
            self.lexicon,
            self.text_col,
            self.exclude_categories,
        )


@dataclass(frozen=True)
class _Run:
    """What the stages of one run share: its folder, options and input, and the tallies they keep adding to."""

    out: Path
    input_path: Path
    opts: _RunOptions
    reader: ReportReader
    present: set[str]  # canonical columns the input has
    funnel: _cohort.Funnel
    tracker: _cohort.DuplicateTracker
    timings: dict[str, float]
    warned: list[str]


def triage(
    input: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    n_per_class: int | _Unset = UNSET,
    n_unclear: int | _Unset | None = UNSET,
    seed: int | _Unset = UNSET,
    model: Any = None,
    lexicon: Any = UNSET,
    jobs: int | _Unset = UNSET,
    chunksize: int | _Unset = UNSET,
    encoding: str | _Unset | None = UNSET,
    column_map: Mapping[str, str] | _Unset | None = UNSET,
    config: str | os.PathLike[str] | Mapping[str, Any] | None = None,
    stratify: str | _Unset | None = UNSET,
    one_per_patient: bool | _Unset = UNSET,
    progress: bool = True,
    sep: str | _Unset | None = UNSET,
    labeler: Labeler | None = None,
    overwrite: bool = False,
) -> TriageResult:
    """Run the funnel on ``input`` and write balanced candidate lists to ``out_dir``.

    ``n_per_class``: size of the ICH and no-ICH lists; ``n_unclear``: of the unclear list (default:
    ``n_per_class``). ``model``: an object with ``predict_proba(df)`` and ``.meta`` (None: the lexicon
    rule alone; score 1 / 0 / 0.5). ``lexicon``: name or path (None: the default lexicon).
    ``stratify``: ``"subtype"``, ``"year"`` (of study_date) or a canonical column (e.g. ``"institution"``).
    ``config``: a TOML file (see :func:`icheport.io.load_config`) or the same as a dict; a keyword given
    explicitly wins over the file whatever its value (``seed=0`` beats ``seed = 5``); a keyword not given
    takes the file's value, else the default of :class:`icheport.triage_config.TriageConfig`
    (n_per_class 5000, n_unclear as n_per_class, seed 0, jobs 1, chunksize 100,000, one_per_patient True). ``labeler``: replaces ``label_frame`` (same contract;
    called as ``labeler(df, model=..., lexicon=...)``; must pickle when ``jobs > 1``).
    """
    t_start = time.perf_counter()
    explicit = {
        "n_per_class": n_per_class,
        "n_unclear": n_unclear,
        "seed": seed,
        "jobs": jobs,
        "chunksize": chunksize,
        "encoding": encoding,
        "sep": sep,
        "lexicon": lexicon,
        "stratify": stratify,
        "one_per_patient": one_per_patient,
        "column_map": column_map,
    }
    opts = _run_options(config, explicit)
    model, model_path = _loaded_model(model, opts.lexicon)
    input_path = Path(input)
    final = Path(out_dir)
    with run_folder(final, overwrite=overwrite, inputs=[input_path]) as out:
        run = _start_run(out, input_path, opts)
        labeling = _labeling(labeler, model, model_path, opts)
        work = _Spill(out)
        bar = _progress_bar(run.reader, progress)
        try:
            eligible = _score_input(run, labeling, work, bar)
            chosen = _sample_lists(run, eligible)
            paths, stages = _write_lists_and_funnel(run, chosen, work)
        finally:
            bar.close()
            work.close()
        result = _finish(
            run, labeling, chosen, paths=paths, stages=stages, seconds=time.perf_counter() - t_start
        )
        for msg in result.warnings:
            warnings.warn(msg, TriageWarning, stacklevel=2)
    return _published(result, out, final)


def _run_options(config: Any, explicit: dict[str, Any]) -> _RunOptions:
    """The merged options, converted and checked before anything is read or written."""
    opts, cohort_opts, colmap = _resolve_options(config, explicit)
    n_per_class = int(opts["n_per_class"])
    n_unclear = n_per_class if opts["n_unclear"] is None else int(opts["n_unclear"])
    seed, jobs, chunksize = int(opts["seed"]), int(opts["jobs"]), int(opts["chunksize"])
    stratify, one_per_patient, lexicon = opts["stratify"], bool(opts["one_per_patient"]), opts["lexicon"]
    if n_per_class < 0 or n_unclear < 0:
        raise ValueError("--n-per-class and --n-unclear must be >= 0")
    if jobs == 0 or jobs < -1:
        raise ValueError("--jobs must be >= 1, or -1 for all cores")
    if jobs == -1:
        jobs = os.cpu_count() or 1
    if stratify is not None and stratify not in _STRATIFY_SPECIAL and stratify not in _READ_COLUMNS:
        raise ValueError(f"stratify must be one of {_STRATIFY_SPECIAL + _READ_COLUMNS}; got {stratify!r}")
    return _RunOptions(
        n_per_class=n_per_class,
        n_unclear=n_unclear,
        seed=seed,
        jobs=jobs,
        chunksize=chunksize,
        encoding=opts["encoding"],
        sep=opts["sep"],
        format=opts.get("format"),
        stratify=stratify,
        one_per_patient=one_per_patient,
        lexicon=lexicon,
        column_map=colmap,
        cohort=_cohort.CohortConfig.from_mapping(cohort_opts),
        config=config,
    )


def _loaded_model(model: Any, lexicon: Any) -> tuple[Any, Path | None]:
    """A model given as a file path is loaded (checked against the run's lexicon); returns it and its path."""
    if isinstance(model, str | os.PathLike):
        from .scorer import load_for_scoring

        model_path = Path(model)
        return load_for_scoring(model_path, lexicon=lexicon), model_path
    return model, None


def _start_run(out: Path, input_path: Path, opts: _RunOptions) -> _Run:
    """Open the input, check the stratify column against it, and start the funnel with its column notes."""
    reader = read_reports(
        input_path,
        chunksize=opts.chunksize,
        encoding=opts.encoding,
        columns=_READ_COLUMNS,
        column_map=opts.column_map,
        required=("text",) if opts.text_mode else ("description", "conclusion"),
        sep=opts.sep,
        format=opts.format,
    )
    present = set(reader.canonical_columns)
    stratify = opts.stratify
    if stratify is not None and stratify not in _STRATIFY_SPECIAL and stratify not in present:
        raise ValueError(
            f"stratify={stratify!r}: the input has no such column (columns found: "
            f"{list(reader.columns_found)})"
        )
    if stratify == "year" and "study_date" not in present:
        raise ValueError("stratify='year' needs a study_date column")
    funnel = _cohort.Funnel()
    for note in column_notes(present):
        funnel.note(note)
    return _Run(
        out=out,
        input_path=input_path,
        opts=opts,
        reader=reader,
        present=present,
        funnel=funnel,
        tracker=_cohort.DuplicateTracker(),
        timings=dict.fromkeys(("read", "cohort", "label_cpu", "write", "sample", "outputs"), 0.0),
        warned=[],
    )


def _labeling(labeler: Labeler | None, model: Any, model_path: Path | None, opts: _RunOptions) -> _Labeling:
    """The run's labeling, with the provenance of its lexicon."""
    return _Labeling(
        labeler=labeler,
        model=model,
        model_path=model_path,
        lexicon=opts.lexicon,
        text_col="text" if opts.text_mode else None,
        exclude_categories=opts.cohort.evidence_exclude_categories,
        lexicon_provenance=_lexicon_provenance(opts.lexicon, labeler is not None),
    )


def _progress_bar(reader: ReportReader, progress: bool) -> Any:
    """A bar over the input's rows on stderr (hidden unless ``progress``)."""
    from tqdm.auto import tqdm

    return tqdm(
        total=reader.total_rows,
        unit="rows",
        unit_scale=True,
        file=sys.stderr,
        disable=not progress,
        desc="triage",
        dynamic_ncols=True,
        smoothing=0.1,
    )


def _chunk_parts(run: _Run, pending: deque[dict[str, Any]]) -> Iterator[pd.DataFrame]:
    """Read the input chunk by chunk through the cohort funnel; yield each chunk's in-cohort texts for the
    labeler, and queue in ``pending`` what assembling the chunk needs later (not the chunk itself)."""
    stratify = run.opts.stratify
    strat_cols = ["study_date"] if stratify == "year" else [stratify] if stratify in run.present else []
    it = iter(run.reader)
    while True:
        t0 = time.perf_counter()
        try:
            chunk = next(it)
        except StopIteration:
            return
        t1 = time.perf_counter()
        codes = _cohort.exclusion_codes(chunk, run.opts.cohort, run.tracker)
        part, keep = chunk_context(chunk, codes, text_mode=run.opts.text_mode, strat_cols=strat_cols)
        pending.append(keep)
        del chunk, codes, keep  # nothing of the full chunk stays alive while the task waits
        run.timings["read"] += t1 - t0
        run.timings["cohort"] += time.perf_counter() - t1
        yield part
        del part


def _labeled_parts(
    parts: Iterator[pd.DataFrame], labeling: _Labeling, jobs: int
) -> Iterator[tuple[pd.DataFrame, float]]:
    """Each part's labels and CPU seconds, in input order: in this process, or in ``jobs`` workers."""
    args = labeling.part_args()
    if jobs == 1:
        return (_label_part(p, *args) for p in parts)
    return _in_workers(_label_part, parts, args, jobs)


def _score_input(run: _Run, labeling: _Labeling, work: _Spill, bar: Any) -> list[pd.DataFrame]:
    """The streaming pass: every input row into ``scored.parquet`` with its reason code, the eligible rows'
    texts into ``work``. Returns the eligible rows' sampling records; the pass's wall time goes to
    ``loop_wall`` in the timings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _scored_schema()
    eligible: list[pd.DataFrame] = []
    pending: deque[dict[str, Any]] = deque()
    opts, reader, timings = run.opts, run.reader, run.timings
    t_loop = time.perf_counter()
    with (
        atomic_path(run.out / "scored.parquet") as scored_tmp,
        # dictionary pages only for the columns of a few values: the ids are (nearly) unique, and building a
        # dictionary for them costs more than it saves
        pq.ParquetWriter(scored_tmp, schema, use_dictionary=["bucket", "reason"]) as writer,
    ):
        results = _labeled_parts(_chunk_parts(run, pending), labeling, opts.jobs)
        for labels, secs in results:
            ctx = pending.popleft()
            timings["label_cpu"] += secs
            t0 = time.perf_counter()
            assembled = _assemble(ctx, labels, opts.cohort, opts.seed, opts.stratify)
            writer.write_table(assembled.scored)
            run.funnel.add_codes(assembled.codes)
            elig = assembled.eligible
            if len(elig):
                work.write(elig.drop(columns=["stratum", "key", "patient_key"]))
                eligible.append(elig[list(_POOL_COLUMNS)])
            timings["write"] += time.perf_counter() - t0
            bar.update(len(assembled.codes))
            # Arrow's allocator keeps the blocks freed here for the next chunk (the same sizes again): handing
            # them back to the system after every chunk cost ~4,000 page faults a chunk to take them back
            del ctx, labels, assembled, elig
            if reader.total_rows is None and reader.bytes_read:
                bar.total = max(bar.n, int(bar.n * reader.total_bytes / max(reader.bytes_read, 1)))
                bar.refresh()
        run.funnel.check()
    pa.default_memory_pool().release_unused()
    bar.close()
    timings["loop_wall"] = time.perf_counter() - t_loop
    return eligible


def _sample_lists(run: _Run, eligible: list[pd.DataFrame]) -> pd.DataFrame:
    """Draw the lists from the eligible rows (see the module docs)."""
    t0 = time.perf_counter()
    pool = pd.concat(eligible, ignore_index=True) if eligible else pd.DataFrame(columns=list(_POOL_COLUMNS))
    chosen = _sample(
        pool,
        n_per_class=run.opts.n_per_class,
        n_unclear=run.opts.n_unclear,
        one_per_patient=run.opts.one_per_patient and "patient_id" in run.present,
        stratified=run.opts.stratify is not None,
        warn=run.warned.append,
    )
    run.timings["sample"] = time.perf_counter() - t0
    return chosen


def _write_lists_and_funnel(
    run: _Run, chosen: pd.DataFrame, work: SpillReader
) -> tuple[dict[str, Path], list[dict[str, Any]]]:
    """The candidate lists, the case key, funnel.json and funnel.png; returns their paths and the stages."""
    t0 = time.perf_counter()
    out, funnel = run.out, run.funnel
    paths = _write_outputs(
        out, chosen, work, funnel, n_per_class=run.opts.n_per_class, n_unclear=run.opts.n_unclear
    )
    funnel_stages = [*funnel.stages(), _sampled_stage(chosen)]
    funnel_doc = {**funnel.to_dict(), "stages": funnel_stages}
    paths["funnel"] = write_text_atomic(
        out / "funnel.json", json.dumps(funnel_doc, ensure_ascii=False, indent=2)
    )
    try:
        paths["funnel_png"] = _plot_funnel(out / "funnel.png", funnel_stages, funnel.counts)
    except Exception as exc:  # a missing font or backend must not lose the run
        run.warned.append(f"funnel.png not written: {type(exc).__name__}: {exc}")
    paths["scored"] = out / "scored.parquet"
    run.timings["outputs"] = time.perf_counter() - t0
    return paths, funnel_stages


def _finish(
    run: _Run,
    labeling: _Labeling,
    chosen: pd.DataFrame,
    *,
    paths: dict[str, Path],
    stages: list[dict[str, Any]],
    seconds: float,
) -> TriageResult:
    """Write run.json; the result, its paths still in the staging folder."""
    sampled = {lst: int((chosen["list"] == lst).sum()) for lst in LISTS}
    record = _run_record(run, labeling, sampled=sampled, paths=paths, seconds=seconds)
    paths["run"] = write_text_atomic(
        run.out / "run.json", json.dumps(record, ensure_ascii=False, indent=2, default=_json_default)
    )
    return TriageResult(
        out_dir=run.out,
        counts=dict(run.funnel.counts),
        sampled=sampled,
        funnel=tuple(stages),
        paths=paths,
        warnings=tuple(run.warned),
        seconds=seconds,
        rows=run.funnel.rows,
    )


def _run_record(
    run: _Run, labeling: _Labeling, *, sampled: dict[str, int], paths: dict[str, Path], seconds: float
) -> dict[str, Any]:
    """run.json's content: versions, lexicon, model, options, input, counts, timings, warnings, outputs."""
    model, reader, funnel = labeling.model, run.reader, run.funnel
    return {
        "format_version": 1,
        "status": "complete",
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "versions": _versions(),
        "platform": {"machine": platform.machine(), "system": platform.system(), "cpus": os.cpu_count()},
        "lexicon": labeling.lexicon_provenance,
        "model": _model_provenance(model, labeling.model_path),
        "decision_policy": getattr(model, "decision_policy_", None)
        or ("rules" if model is None else "model"),
        "labeler": None
        if labeling.labeler is None
        else getattr(labeling.labeler, "__qualname__", repr(labeling.labeler)),
        "options": _options_record(run.opts, reader),
        "input": input_fingerprint(run.input_path, rows=funnel.rows),
        "columns_found": list(reader.columns_found),
        "columns_used": reader.rename,
        "rows": funnel.rows,
        "counts": dict(funnel.counts),
        "sampled": sampled,
        "notes": funnel.notes,
        "timings_s": {**{k: round(v, 3) for k, v in run.timings.items()}, "total": round(seconds, 3)},
        "duplicate_hashes_bytes": run.tracker.nbytes,
        "warnings": run.warned,
        "outputs": {k: Path(v).name for k, v in paths.items()},
    }


def _options_record(opts: _RunOptions, reader: ReportReader) -> dict[str, Any]:
    """run.json's options: as resolved, with the encoding, separator and format the reader settled on."""
    config = opts.config
    return {
        "n_per_class": opts.n_per_class,
        "n_unclear": opts.n_unclear,
        "seed": opts.seed,
        "jobs": opts.jobs,
        "chunksize": opts.chunksize,
        "encoding": reader.encoding,
        "sep": reader.sep,
        "format": reader.format,
        "column_map": opts.column_map,
        "stratify": opts.stratify,
        "one_per_patient": opts.one_per_patient,
        "config": str(config) if isinstance(config, str | os.PathLike) else config,
        "cohort": opts.cohort.to_dict(),
    }


def _published(result: TriageResult, stage: Path, final: Path) -> TriageResult:
    """The result with its paths moved from the staging folder to the published one."""
    paths = {k: final / Path(v).relative_to(stage) for k, v in result.paths.items()}
    return dataclasses.replace(result, out_dir=final, paths=paths)


def _lexicon_provenance(lexicon: Any, custom_labeler: bool) -> dict[str, Any] | None:
    try:
        if lexicon is None or isinstance(lexicon, str | Path):
            from .lexicon import load_lexicon

            lex = load_lexicon(lexicon) if lexicon is not None else load_lexicon()
        else:
            lex = lexicon
        prov = getattr(lex, "provenance", None)
        return (
            prov()
            if callable(prov)
            else {"name": getattr(lex, "name", None), "content_hash": getattr(lex, "content_hash", None)}
        )
    except Exception as exc:
        if custom_labeler:
            return None
        return {"error": f"{type(exc).__name__}: {exc}"}


def _model_provenance(model: Any, path: Path | None = None) -> dict[str, Any] | None:
    if model is None:
        return None
    meta = getattr(model, "meta", None)
    out: dict[str, Any] = {"class": f"{type(model).__module__}.{type(model).__qualname__}"}
    if path is not None:
        out["path"] = str(path.resolve())
    if isinstance(meta, Mapping):
        out["meta"] = dict(meta)
    return out


@dataclass(frozen=True)
class AssembledChunk:
    """One chunk joined with the labels of its in-cohort rows."""

    scored: Any  # its rows of scored.parquet: a pyarrow Table of _scored_schema()
    codes: np.ndarray  # the reason code of each row (icheport.cohort.REASON_CODE)
    eligible: pd.DataFrame  # the rows that may be sampled, with their texts and sampling keys


def _assemble(
    ctx: dict[str, Any], labels: pd.DataFrame, ccfg: _cohort.CohortConfig, seed: int, stratify: str | None
) -> AssembledChunk:
    """Join one chunk's exclusion reasons with the labels of its in-cohort rows."""
    idx = np.flatnonzero(ctx["incohort"])
    if len(labels) != len(idx) or not np.array_equal(labels["_row"].to_numpy(), ctx["rows"][idx]):
        raise RuntimeError("labels do not line up with the chunk's in-cohort rows")
    evidence = labels["keyword_evidence"].to_numpy(dtype=bool)
    label_codes = _cohort.label_codes(labels, ccfg, evidence=evidence)
    codes = ctx["codes"].copy()
    codes[idx] = label_codes
    return AssembledChunk(
        scored=_scored_table(ctx, labels, idx, codes),
        codes=codes,
        eligible=_eligible_rows(ctx, labels, idx, label_codes, seed, stratify),
    )


def _scored_table(ctx: dict[str, Any], labels: pd.DataFrame, idx: np.ndarray, codes: np.ndarray) -> Any:
    """The chunk's rows of scored.parquet, built in Arrow from numpy: the label columns are null on the rows
    that were not labeled (``idx``: the labeled rows)."""
    import pyarrow as pa

    n = len(codes)
    unlabeled = np.ones(n, dtype=bool)
    unlabeled[idx] = False

    def spread(column: str, dtype: str) -> np.ndarray:
        """The labeled rows' values at their places in the chunk (zero elsewhere)."""
        out = np.zeros(n, dtype=dtype)
        out[idx] = labels[column].to_numpy(dtype=dtype)
        return out

    score = np.full(n, np.nan)
    score[idx] = labels["ich_score"].to_numpy(dtype="float64")
    names = _reason_names_arrow()
    columns = {
        "_row": pa.array(ctx["rows"]),
        "study_id": pa.array(ctx["study_id"]),
        "patient_id": pa.array(ctx["patient_id"]),
        "bucket": names["bucket"].take(codes),
        "reason": names["reason"].take(codes),
        "ich_score": pa.array(score, from_pandas=True),  # NaN (not labeled, or no score) -> null
        **{c: pa.array(spread(c, "int8"), mask=unlabeled) for c in ("ich_rule", *FLAG_COLUMNS)},
        "keyword_evidence": pa.array(spread("keyword_evidence", "bool"), mask=unlabeled),
    }
    return pa.table(columns).cast(_scored_schema())


@functools.cache
def _reason_names_arrow() -> dict[str, Any]:
    """Each reason code's reason and bucket as Arrow arrays (``take`` by code gives the column)."""
    import pyarrow as pa

    return {
        "reason": pa.array(_cohort.REASONS, pa.string()),
        "bucket": pa.array([_cohort.BUCKET_OF[r] for r in _cohort.REASONS], pa.string()),
    }


def _eligible_rows(
    ctx: dict[str, Any],
    labels: pd.DataFrame,
    idx: np.ndarray,
    label_codes: np.ndarray,
    seed: int,
    stratify: str | None,
) -> pd.DataFrame:
    """The labeled rows that may be sampled (a list's reason), with their texts, ids and sampling keys."""
    lists = pd.Series(_cohort.reason_names(label_codes)).map(_LIST_OF_REASON)
    sel = lists.notna().to_numpy()
    if not sel.any():
        return pd.DataFrame()
    texts = ctx["texts"]
    elig = labels.loc[sel].reset_index(drop=True)
    elig.insert(1, "list", lists[sel].to_numpy(dtype=object))
    for c in texts.columns:
        if c != "_row":
            elig[c] = texts.loc[sel, c].reset_index(drop=True)
    if "text" in elig.columns:
        elig["description"] = ""
        elig["conclusion"] = elig.pop("text")
    rows_sel = idx[sel]
    elig["study_id"] = ctx["study_id"].iloc[rows_sel].reset_index(drop=True)
    elig["patient_id"] = ctx["patient_id"].iloc[rows_sel].reset_index(drop=True)
    elig["key"] = _random_keys(elig["study_id"], elig["_row"].to_numpy(), seed)
    pid = elig["patient_id"]
    elig["patient_key"] = np.where(
        pid != "", pd.util.hash_pandas_object(pid, index=False).to_numpy(), 0
    ).astype(np.uint64)
    strata = _strata(ctx["chunk_small"].loc[sel].reset_index(drop=True), elig, stratify)
    elig["stratum"] = strata if strata is not None else ""
    return elig.drop(columns=["keyword_evidence"])


def _sample(
    pool: pd.DataFrame,
    *,
    n_per_class: int,
    n_unclear: int,
    one_per_patient: bool,
    stratified: bool,
    warn: Callable[[str], None],
) -> pd.DataFrame:
    """Choose the rows of each list (see module docs). Returns _row, list, key, study_id, patient_id."""
    pool = pool.sort_values(["key", "_row"], kind="stable").reset_index(drop=True)
    used: set[int] = set()
    picked = []
    for lst in LISTS:
        want = n_unclear if lst == "unclear" else n_per_class
        cand = pool[pool["list"] == lst]
        if one_per_patient:
            pk = cand["patient_key"].to_numpy(dtype=np.uint64)
            has = pk != 0
            fresh = ~np.isin(pk, np.fromiter(used, dtype=np.uint64, count=len(used))) | ~has
            cand = cand[fresh]
            dup = cand["patient_key"].duplicated(keep="first").to_numpy() & (
                cand["patient_key"].to_numpy() != 0
            )
            cand = cand[~dup]
        if stratified and len(cand) > want:
            alloc = _allocate(cand["stratum"].value_counts().sort_index(), want)
            rank = cand.groupby("stratum", sort=False).cumcount()
            quota = cand["stratum"].map(alloc).fillna(0)
            take = cand[(rank < quota).to_numpy()]
        else:
            take = cand.head(want)
        if len(take) < want:
            avail = f"{len(cand)} available" + (" after one study per patient" if one_per_patient else "")
            warn(f"list {lst!r}: {len(take)} of {want} requested ({avail}); all were taken")
        if one_per_patient:
            used.update(int(k) for k in take["patient_key"].to_numpy(dtype=np.uint64) if k != 0)
        picked.append(take)
    chosen = pd.concat(picked, ignore_index=True) if picked else pool.head(0)
    chosen = chosen.sort_values(["key", "_row"], kind="stable").reset_index(drop=True)
    width = max(6, len(str(len(chosen))))
    chosen.insert(0, "case_id", [f"C{i:0{width}d}" for i in range(1, len(chosen) + 1)])
    return chosen


def _sampled_stage(chosen: pd.DataFrame) -> dict[str, Any]:
    lists = {lst: int((chosen["list"] == lst).sum()) for lst in LISTS}
    return {"stage": "sampled", "label": "Sampled for verification", "count": len(chosen), "lists": lists}


class _Spill:
    """Eligible rows (with texts) spilled to a temporary Parquet file inside the run directory."""

    def __init__(self, out: Path) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix=".triage-work-", dir=out))
        self.path = self.dir / "eligible.parquet"
        self._writer: Any = None
        self._schema: Any = None

    def write(self, df: pd.DataFrame) -> None:
        import pyarrow.parquet as pq

        table = eligible_table(df)
        if self._writer is None:
            self._schema = table.schema
            # a temporary file read once: LZ4 writes and reads faster than the default Snappy (and is smaller
            # on report texts); no dictionary pages for the (unique) texts
            self._writer = pq.ParquetWriter(
                self.path, self._schema, compression="lz4", use_dictionary=["list"]
            )
        self._writer.write_table(table.cast(self._schema))

    def read(self, rows: np.ndarray) -> pd.DataFrame:
        import pyarrow.parquet as pq

        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if not self.path.exists() or len(rows) == 0:
            return pd.DataFrame(columns=["_row"])
        # the file holds every eligible row with its texts (hundreds of MB at paper scale): read in batches
        return sampled_rows(pq.ParquetFile(self.path, pre_buffer=False).iter_batches(batch_size=16_384), rows)

    def close(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.close()
            self._writer = None
        shutil.rmtree(self.dir, ignore_errors=True)


class SpillReader(Protocol):
    """Where the eligible rows with their texts wait for sampling: read back the sampled rows only."""

    def read(self, rows: np.ndarray) -> pd.DataFrame: ...


def _write_outputs(
    out: Path,
    chosen: pd.DataFrame,
    work: SpillReader,
    funnel: _cohort.Funnel,
    *,
    n_per_class: int,
    n_unclear: int,
) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    full = work.read(chosen["_row"].to_numpy())
    rows = chosen[["case_id", "_row", "list"]].merge(
        full.drop(columns=["list"], errors="ignore"), on="_row", how="left", validate="one_to_one"
    )
    if len(rows) and rows["description"].isna().any():
        raise RuntimeError("sampled rows missing from the work file")
    for lst in LISTS:
        part = rows[rows["list"] == lst].sort_values("case_id")
        cand = part.reindex(columns=list(CANDIDATE_COLUMNS))
        name = f"candidates_{lst}"
        paths[name] = out / f"{name}.csv"
        write_csv(cand, paths[name])
    key = rows.reindex(columns=["case_id", "list", "study_id", "patient_id", "_row"]).sort_values("case_id")
    paths["case_key"] = out / "case_key.csv"
    write_csv(key, paths["case_key"])
    return paths


# --------------------------------------------------------------------------- funnel figure


def _plot_funnel(path: Path, stages: list[dict[str, Any]], counts: Mapping[str, int]) -> Path:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import pyplot as plt
    from matplotlib.patches import FancyBboxPatch

    by = {s["stage"]: s for s in stages}
    fig, ax = plt.subplots(figsize=(9, 10))
    ax.set_xlim(-0.2, 10.2)
    ax.set_ylim(0, 12)
    ax.axis("off")

    def box(x: float, y: float, w: float, h: float, text: str, face: str = "#eef3fb") -> None:
        ax.add_patch(
            FancyBboxPatch(
                (x - w / 2, y - h / 2), w, h, boxstyle="round,pad=0.05", fc=face, ec="#34495e", lw=1.2
            )
        )
        ax.text(x, y, text, ha="center", va="center", fontsize=9.5, wrap=True)

    def arrow(x0: float, y0: float, x1: float, y1: float) -> None:
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0), arrowprops={"arrowstyle": "->", "color": "#34495e"})

    main = [("exported", 11.2), ("brain_ct", 9.2), ("after_cleaning", 7.0), ("keyword_evidence", 4.9)]
    for i, (st, y) in enumerate(main):
        s = by[st]
        box(3.2, y, 4.6, 0.9, f"{s['label']}\nn = {s['count']:,}")
        if i:
            arrow(3.2, main[i - 1][1] - 0.5, 3.2, y + 0.5)
        ex = s.get("excluded")
        if ex:
            yy = (main[i - 1][1] + y) / 2
            text = "Excluded:\n" + "\n".join(f"{k.replace('_', ' ')}: {v:,}" for k, v in ex.items())
            h = 0.35 + 0.3 * len(ex)
            box(7.9, yy, 3.6, h, text, face="#fbeeee")
            arrow(3.2, yy, 6.1, yy)
    branches = [("classifier_ich", 1.6), ("classifier_no_ich", 5.0), ("unclear", 8.4)]
    sampled = by.get("sampled", {}).get("lists", {})
    list_of = {"classifier_ich": "ich", "classifier_no_ich": "no_ich", "unclear": "unclear"}
    for st, x in branches:
        s = by[st]
        box(x, 2.7, 2.9, 0.9, f"{s['label']}\nn = {s['count']:,}", face="#eefbf0")
        arrow(3.2, 4.4, x, 3.2)
        box(x, 0.8, 2.9, 0.8, f"sampled\nn = {sampled.get(list_of[st], 0):,}", face="#fdf6e3")
        arrow(x, 2.2, x, 1.25)
    ax.set_title("icheport triage: cohort funnel", fontsize=12)
    fig.subplots_adjust(left=0.02, right=0.98, top=0.95, bottom=0.02)
    with atomic_path(path, suffix=".png") as tmp:
        fig.savefig(tmp, dpi=90, format="png")
    plt.close(fig)
    return path
