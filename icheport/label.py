"""Label a table of reports: the job behind ``icheport label`` and :func:`label_frame`."""

from __future__ import annotations

import contextlib
import gc
import importlib.resources
import itertools
import logging
import operator
import os
import tomllib
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .io import column_names, read_table_chunks
from .matcher import LABELS, UNCLEAR, Matcher, Report, default_matcher
from .policy import DEFAULT_POLICY, decide

__all__ = [
    "LABEL_COLUMNS",
    "STUDY_TYPE_NAMES",
    "find_study_type_column",
    "label_file",
    "label_frame",
    "resolve_text_columns",
]

log = logging.getLogger(__name__)

# Where an export keeps the study type, when --study-type-col is not given: data/study_type_columns.toml.
STUDY_TYPE_NAMES: tuple[str, ...] = tuple(
    tomllib.loads(
        importlib.resources.files("icheport").joinpath("data/study_type_columns.toml").read_text("utf-8")
    )["names"]
)
NO_STUDY_TYPE = (
    "no study type column: rows count as brain CT unless a report's title names a CT of another region"
)
NOT_BRAIN_CT = "not a brain CT study: not read (--all-rows reads it)"
DECISION_COLUMNS = ("ich", "edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined", "uncertain")

LABEL_COLUMNS = (
    "is_brain_ct",
    "ich",
    "ich_score",
    "ich_rule",
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "multiple",
    "fracture",
    "combined",
    "uncertain",
    "evidence",
    "spans",
)


def resolve_text_columns(
    columns: Sequence[str],
    *,
    description_col: str = "description",
    conclusion_col: str = "conclusion",
    text_col: str | None = None,
) -> tuple[str | None, str | None, str | None]:
    """Which columns hold the report text: ``(description, conclusion, text)``; a clear error if none."""
    cols = list(columns)
    if text_col is not None:
        if text_col not in cols:
            raise ValueError(f"text column {text_col!r} not found; columns found: {column_names(cols)}")
        return None, None, text_col
    d = description_col if description_col in cols else None
    c = conclusion_col if conclusion_col in cols else None
    if d is None and c is None:
        if "text" in cols:
            return None, None, "text"
        raise ValueError(
            f"no report text column: expected {description_col!r} and/or {conclusion_col!r} (or 'text'); "
            f"columns found: {column_names(cols)}. Map yours with --description-col/--conclusion-col/--text-col."
        )
    return d, c, None


def find_study_type_column(columns: Sequence[str], study_type_col: str | None = "study_type") -> str | None:
    """The study-type column: ``study_type_col`` when present; else, for the default name, the first of
    :data:`STUDY_TYPE_NAMES` present; ``None`` when the table has none. A name the user chose that is not
    there is an error."""
    cols = list(columns)
    if study_type_col is not None and study_type_col in cols:
        return study_type_col
    if study_type_col not in (None, "study_type"):
        raise ValueError(
            f"study type column {study_type_col!r} not found; columns found: {column_names(cols)}"
        )
    folded = {str(c).strip().lower().replace(" ", "_"): c for c in cols}
    return next((folded[n] for n in STUDY_TYPE_NAMES if n in folded), None)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for a batch, then restore its previous state.

    Matching a batch allocates millions of small objects and keeps the reports; the collector then runs
    about once per 40 reports, each time over a larger heap (a third of the batch's time). Matching
    makes no reference cycles (a few dozen cyclic objects per 60k reports, freed once it runs again), so
    pausing it costs no memory. The state is process-wide: don't rely on it from other threads meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _texts(df: pd.DataFrame, col: str | None) -> list[str | None]:
    if col is None:
        return [None] * len(df)
    return [v if isinstance(v, str) else None for v in df[col].tolist()]


def reports_for(
    df: pd.DataFrame,
    *,
    matcher: Matcher | None = None,
    description_col: str = "description",
    conclusion_col: str = "conclusion",
    text_col: str | None = None,
    progress: bool = False,
) -> list[Report]:
    """Match every row of ``df`` (non-string cells read as empty)."""
    matcher = matcher or default_matcher()
    d, c, t = resolve_text_columns(
        df.columns, description_col=description_col, conclusion_col=conclusion_col, text_col=text_col
    )
    rows: Any
    if t is not None:
        rows = ((x, None, None) for x in _texts(df, t))
    else:
        rows = ((None, x, y) for x, y in zip(_texts(df, d), _texts(df, c), strict=True))
    if progress:
        from tqdm.auto import tqdm

        rows = tqdm(rows, total=len(df), unit="report", desc="matching")
    out = []
    with gc_paused():
        for text, desc, concl in rows:
            if t is not None:
                out.append(matcher.match(text or ""))
            else:
                out.append(matcher.match(description=desc or "", conclusion=concl or ""))
    return out


def label_frame(
    df: pd.DataFrame,
    *,
    description_col: str = "description",
    conclusion_col: str = "conclusion",
    text_col: str | None = None,
    study_type_col: str | None = "study_type",
    model: Any = None,
    matcher: Matcher | None = None,
    progress: bool = False,
    batch_size: int = 20_000,
    all_rows: bool = False,
    policy: str | None = None,
) -> pd.DataFrame:
    """Return ``df`` with the label columns of docs/contracts.md added (input columns are kept).

    Intracranial hemorrhage is a finding of a brain study: rows whose study type is not a brain CT get
    ``is_brain_ct`` = 0 and 0 in ``ich`` and every label column. They are not read at all unless
    ``all_rows=True``, which reads them so ``evidence`` says what was found. The study type column is
    ``study_type_col`` or, for the default, the first of :data:`STUDY_TYPE_NAMES` present; without one,
    every row counts as a brain CT unless its report opens with the title of a CT of another region ("CT
    chest with contrast:", "КТ шейного отдела позвоночника.").

    Without a model, ``ich`` is the rule label with unclear read as 0 and ``ich_score`` is 1 / 0 / 0.5.
    With a model (an :class:`icheport.model.ICHClassifier`), ``ich_score`` is P(ICH) and ``ich`` is the
    model's decision at its threshold, except for reports the rules call unclear (``uncertain`` = 1), which
    stay 0 in ``ich`` and go to verification; subtypes stay rule-based. Rows are matched ``batch_size`` at
    a time, so memory does not grow with the number of reports beyond the table itself.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"label_frame takes a pandas DataFrame, got {type(df).__name__}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    _check_columns(df.columns, description_col, conclusion_col, text_col)
    if find_study_type_column(df.columns, study_type_col) is None:
        log.info(NO_STUDY_TYPE)
    return _labeled(
        df,
        description_col=description_col,
        conclusion_col=conclusion_col,
        text_col=text_col,
        study_type_col=study_type_col,
        model=model,
        matcher=matcher,
        progress=progress,
        batch_size=batch_size,
        all_rows=all_rows,
        policy=policy,
    )


def _check_columns(
    columns: Sequence[str], description_col: str, conclusion_col: str, text_col: str | None
) -> None:
    """A clear error before any work if no text column is there; a warning if label columns will replace
    input columns."""
    resolve_text_columns(
        columns, description_col=description_col, conclusion_col=conclusion_col, text_col=text_col
    )
    clash = [c for c in LABEL_COLUMNS if c in columns]
    if clash:
        warnings.warn(
            f"label columns replace input columns of the same name: {clash} (rename them first to "
            f"keep both, e.g. as ground truth)",
            stacklevel=3,
        )


def _labeled(
    df: pd.DataFrame,
    *,
    description_col: str,
    conclusion_col: str,
    text_col: str | None,
    study_type_col: str | None,
    model: Any,
    matcher: Matcher | None,
    progress: bool = False,
    batch_size: int = 20_000,
    all_rows: bool = False,
    policy: str | None = None,
) -> pd.DataFrame:
    """:func:`label_frame` after its checks (the file labeler calls it once per chunk)."""
    texts = _text_columns(text_col, description_col, conclusion_col)
    brain, read = _rows_to_read(df, study_type_col, all_rows, [c for c in texts if c in df.columns])
    cols = _read_rows(
        df[[c for c in texts if c in df.columns]].iloc[read],  # the texts only: the other columns stay put
        description_col=description_col,
        conclusion_col=conclusion_col,
        text_col=text_col,
        model=model,
        matcher=matcher,
        progress=progress,
        batch_size=batch_size,
        policy=policy,
    )
    return _with_labels(df, cols, brain, read)


def _rows_to_read(
    df: pd.DataFrame, study_type_col: str | None, all_rows: bool, texts: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Which rows are brain CT, and which rows the matcher reads (the brain CT rows, or all). Without a study
    type column, a row is a brain CT unless its report's title names a CT of another region."""
    st_col = find_study_type_column(df.columns, study_type_col)
    if st_col is None:
        from .cohort import titled_other_study

        brain = ~titled_other_study(df[texts[0]]) if texts else np.ones(len(df), dtype=bool)
    else:
        from .cohort import brain_ct_mask

        brain = np.asarray(brain_ct_mask(df[st_col]), dtype=bool)
    return brain, np.flatnonzero(brain | all_rows)


def _read_rows(
    rows: pd.DataFrame,
    *,
    description_col: str,
    conclusion_col: str,
    text_col: str | None,
    model: Any,
    matcher: Matcher | None,
    progress: bool = False,
    batch_size: int = 20_000,
    policy: str | None = None,
) -> dict[str, Any]:
    """The label columns of the rows the matcher reads, in batches: the Report objects of one batch at a
    time stay in memory (~2.5 KB each), not a million."""
    if model is not None and matcher is None:
        matcher = getattr(model, "matcher_", None)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(rows), unit="report", desc="labeling")
    parts = []
    for lo in range(0, max(len(rows), 1), batch_size):  # nothing to read: one empty batch, for the columns
        batch = rows.iloc[lo : lo + batch_size]
        reports = reports_for(
            batch,
            matcher=matcher,
            description_col=description_col,
            conclusion_col=conclusion_col,
            text_col=text_col,
        )
        with gc_paused():
            parts.append(label_columns(reports, model=model, policy=policy))
        del reports
        if bar is not None:
            bar.update(len(batch))
    if bar is not None:
        bar.close()
    return {k: _concat([p[k] for p in parts]) for k in parts[0]}


def _with_labels(df: pd.DataFrame, cols: dict[str, Any], brain: np.ndarray, read: np.ndarray) -> pd.DataFrame:
    """The table with the label columns of the rows read spread over it (the others get zeros)."""
    cols = _scattered(cols, read, len(df))
    for name in DECISION_COLUMNS:  # intracranial hemorrhage is a finding of a brain study only
        cols[name] = np.where(brain, cols[name], 0).astype(np.int8)
    cols["is_brain_ct"] = brain.astype(np.int8)
    out = df.copy()
    for name in LABEL_COLUMNS:
        out[name] = cols[name]
    return out


def _scattered(cols: dict[str, Any], rows: np.ndarray, n: int) -> dict[str, Any]:
    """Label columns computed for ``rows`` spread over a table of ``n`` rows; rows not read get zeros and
    say why in ``evidence``."""
    if len(rows) == n:
        return cols
    out: dict[str, Any] = {}
    for name, values in cols.items():
        if name in ("evidence", "spans"):
            full = np.full(n, NOT_BRAIN_CT if name == "evidence" else "[]", dtype=object)
            full[rows] = np.asarray(values, dtype=object)
            out[name] = pd.array(full, dtype="str")
        else:
            full = np.zeros(n, dtype=np.asarray(values).dtype)
            full[rows] = values
            out[name] = full
    return out


def _concat(arrays: list[Any]) -> Any:
    if len(arrays) == 1:
        return arrays[0]
    if isinstance(arrays[0], np.ndarray):
        return np.concatenate(arrays)
    return pd.concat([pd.Series(a) for a in arrays], ignore_index=True).array


def label_columns(
    reports: Sequence[Report], *, model: Any = None, policy: str | None = None
) -> dict[str, Any]:
    """The label columns for already matched reports (no ``is_brain_ct``). ``ich`` and ``uncertain`` follow
    the decision ``policy`` (:mod:`icheport.policy`; default: the model's, else the package default)."""
    n = len(reports)
    names = ("ich", *LABELS)
    get = operator.itemgetter(*names)
    table = np.array([get(r.labels) for r in reports], dtype=np.int8).reshape(n, len(names))
    rule = np.ascontiguousarray(table[:, 0])
    cols: dict[str, Any] = {"ich_rule": rule}
    if model is not None:
        score = model.score_reports(reports) if n else np.zeros(0)
        cols["ich_score"] = np.asarray(score, dtype=np.float64)
        policy = policy or getattr(model, "decision_policy_", None) or DEFAULT_POLICY
        decision = decide(rule, cols["ich_score"], model.threshold_, policy)
    else:
        cols["ich_score"] = np.where(rule == 1, 1.0, np.where(rule == UNCLEAR, 0.5, 0.0))
        decision = decide(rule, None, 0.5, policy or DEFAULT_POLICY)
    for i, k in enumerate(LABELS, start=1):
        cols[k] = np.ascontiguousarray(table[:, i])
    # A hedged report stays out of the definite ICH column: `uncertain` sends it to verification.
    cols["ich"], cols["uncertain"] = decision.ich, decision.uncertain
    cols["evidence"] = (
        pd.array([r.evidence for r in reports], dtype="str") if n else pd.array([], dtype="str")
    )
    cols["spans"] = (
        pd.array([r.spans_json() for r in reports], dtype="str") if n else pd.array([], dtype="str")
    )
    return cols


# ---------------------------------------------------------------------------------------------
# Files: streamed chunk by chunk
# ---------------------------------------------------------------------------------------------


def label_file(
    path: str | os.PathLike,
    out: str | os.PathLike,
    *,
    description_col: str = "description",
    conclusion_col: str = "conclusion",
    text_col: str | None = None,
    study_type_col: str | None = "study_type",
    model: Any = None,
    matcher: Matcher | None = None,
    encoding: str | None = None,
    chunksize: int = 100_000,
    progress: bool = False,
    all_rows: bool = False,
    overwrite: bool = False,
    policy: str | None = None,
    jobs: int = 1,
) -> dict[str, Any]:
    """Label a CSV / Parquet / JSONL file of reports into ``out`` (``.csv`` or ``.parquet``): every input
    column plus the label columns of :func:`label_frame`, ``chunksize`` rows at a time, so memory stays flat
    however large the file. ``out`` is written atomically (complete or absent) and is never the input.
    With ``jobs`` > 1 (-1: all cores) the chunks are labeled by that many worker processes, a few chunks ahead
    of the writer, and written in input order: the same output as one job.
    Returns counts (rows, ich, unclear, brain_ct), the study type column used and notes — never report text.
    """
    from .io import atomic_path

    src, dst = Path(path), Path(out)
    _check_paths(src, dst, overwrite=overwrite, chunksize=chunksize)
    columns, chunks, total = read_table_chunks(src, encoding=encoding, chunksize=chunksize)
    _check_columns(columns, description_col, conclusion_col, text_col)  # once for the file, not per chunk
    st_col = find_study_type_column(columns, study_type_col)
    notes = [] if st_col is not None else [NO_STUDY_TYPE]
    for note in notes:
        log.warning(note)
    kwargs = {
        "description_col": description_col,
        "conclusion_col": conclusion_col,
        "text_col": text_col,
        "study_type_col": st_col,
        "model": model,
        "matcher": matcher,
        "all_rows": all_rows,
        "policy": policy,
    }
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="report", unit_scale=True, desc="labeling")
    with atomic_path(dst, suffix=dst.suffix.lower()) as tmp:
        try:
            counts = _write_labeled(chunks, columns, tmp, kwargs, bar, jobs)
            counts.update(study_type_column=st_col, notes=notes)
        finally:
            if bar is not None:
                bar.close()
    return counts


def _check_paths(src: Path, dst: Path, *, overwrite: bool, chunksize: Any) -> None:
    """The checks made before anything is read: the input exists, ``out`` is usable, ``chunksize`` is sane."""
    if not src.is_file():
        raise FileNotFoundError(f"no input file {src}")
    if dst.resolve() == src.resolve():
        raise ValueError(
            f"--out {dst} is the input file: labeling never overwrites its input; choose another --out"
        )
    if dst.exists() and not overwrite:
        raise FileExistsError(f"{dst} exists; pass --overwrite to replace it")
    if dst.suffix.lower() not in (".csv", ".parquet"):
        raise ValueError(f"out must end in .csv or .parquet, got {dst.name}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be a positive int, got {chunksize!r}")


_WORKER_KWARGS: dict[str, Any] = {}


def _start_worker(kwargs: dict[str, Any]) -> None:
    """A label worker process keeps the model, matcher and options it was started with (sent once)."""
    _WORKER_KWARGS.update(kwargs)


def _label_rows_in_worker(rows: pd.DataFrame) -> dict[str, Any]:
    """In a worker: the label columns of the rows to read (sent with their text columns only)."""
    kw = {k: v for k, v in _WORKER_KWARGS.items() if k not in ("study_type_col", "all_rows")}
    return _read_rows(rows, **kw)


def _text_columns(text_col: str | None, description_col: str, conclusion_col: str) -> list[str]:
    """The columns the matcher may read: the named text column, else description, conclusion and the
    "text" column a frame without them falls back to (see :func:`resolve_text_columns`)."""
    if text_col is not None:
        return [text_col]
    return [description_col, conclusion_col, "text"]


def _labeled_chunks(
    chunks: Iterator[pd.DataFrame], kwargs: dict[str, Any], jobs: int
) -> Iterator[pd.DataFrame]:
    """The labeled chunks in input order: here with one job (or a single chunk), else with ``jobs`` worker
    processes that receive only the text of the rows to read (brain CT), at most one chunk per worker
    waiting, so memory stays flat."""
    import collections
    import concurrent.futures as cf

    jobs = (os.cpu_count() or 1) if jobs == -1 else jobs
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive int or -1 (all cores), got {jobs!r}")
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is None:  # one job, or a file of one chunk: starting workers would cost more than it saves
        for chunk in itertools.chain((first,), () if jobs > 1 else chunks):
            yield _labeled(chunk.reset_index(drop=True), **kwargs)
        return
    texts = _text_columns(kwargs["text_col"], kwargs["description_col"], kwargs["conclusion_col"])
    with cf.ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(kwargs,)) as pool:
        waiting: collections.deque = collections.deque()
        for chunk in itertools.chain((first, second), chunks):
            chunk = chunk.reset_index(drop=True)
            present = [c for c in texts if c in chunk.columns]
            brain, read = _rows_to_read(chunk, kwargs["study_type_col"], kwargs["all_rows"], present)
            sent = chunk[present].iloc[read]
            waiting.append((chunk, brain, read, pool.submit(_label_rows_in_worker, sent)))
            while len(waiting) > jobs:
                yield _joined(*waiting.popleft())
        while waiting:
            yield _joined(*waiting.popleft())


def _joined(chunk: pd.DataFrame, brain: np.ndarray, read: np.ndarray, future: Any) -> pd.DataFrame:
    return _with_labels(chunk, future.result(), brain, read)


def _write_labeled(
    chunks: Iterator[pd.DataFrame],
    columns: list[str],
    tmp: Path,
    kwargs: dict[str, Any],
    bar: Any,
    jobs: int = 1,
) -> dict[str, Any]:
    """Label the chunks into ``tmp`` in input order (only a header for an empty input); returns the counts
    of rows, ich, unclear and brain CT."""
    counts: dict[str, Any] = {"rows": 0, "ich": 0, "unclear": 0, "brain_ct": 0}
    writer: Any = None
    wrote = False
    try:
        for labeled in _labeled_chunks(iter(chunks), kwargs, jobs):
            writer = _write_chunk(labeled, tmp, writer, first=not wrote)
            wrote = True
            counts["rows"] += len(labeled)
            counts["ich"] += int(labeled["ich"].sum())
            counts["unclear"] += int(labeled["uncertain"].sum())
            counts["brain_ct"] += int(labeled["is_brain_ct"].sum())
            if bar is not None:
                bar.update(len(labeled))
        if not wrote:  # no rows: the header (and schema) still
            empty = pd.DataFrame({c: pd.Series(dtype="str") for c in columns})
            writer = _write_chunk(_labeled(empty, **kwargs), tmp, writer, first=True)
    finally:
        if writer is not None:
            writer.close()
    return counts


def _write_chunk(df: pd.DataFrame, tmp: Path, writer: Any, *, first: bool) -> Any:
    """Append one labeled chunk to the output being written (CSV text, or one Parquet row group)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if tmp.suffix == ".csv":
        from .io import csv_writer, escape_formulas

        table = pa.Table.from_pandas(escape_formulas(df), preserve_index=False)
        if writer is None:
            return _ParquetChunks(csv_writer(tmp, table.schema), table)
        writer.write(table)
        return writer
    table = pa.Table.from_pandas(df, preserve_index=False)
    if writer is None:
        return _ParquetChunks(pq.ParquetWriter(tmp, table.schema), table)
    writer.write(table)
    return writer


class _ParquetChunks:
    """A Parquet (or CSV) writer that keeps the first chunk's schema and names the column that breaks it."""

    def __init__(self, writer: Any, first: Any) -> None:
        self.writer, self.schema = writer, first.schema
        writer.write_table(first)

    def write(self, table: Any) -> None:
        if not table.schema.equals(self.schema):
            try:
                table = table.cast(self.schema)
            except Exception:
                changed = [
                    f.name
                    for f in table.schema
                    if f.name not in self.schema.names or self.schema.field(f.name).type != f.type
                ]
                raise ValueError(
                    f"columns {changed} change type between chunks; write .csv, or pass a larger chunk size"
                ) from None
        self.writer.write_table(table)

    def close(self) -> None:
        self.writer.close()
