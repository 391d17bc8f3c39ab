"""The Dask engine: label a table that does not fit one machine on an existing Dask cluster.

Install with ``pip install "icheport[dask]"``; the core package never imports Dask. The engine differs from the
local one only in who runs the partitions: each partition goes through the same :func:`icheport.label_frame`,
so the label columns are the same row for row.

- Input: a file, a glob or a partitioned Parquet directory, on a local path or any fsspec URL
  (``s3://...`` with ``s3fs`` installed; ``storage_options`` are passed to the reader). CSV files are read one
  partition per file (a quoted newline must never split a partition).
- Workers read, label and write their partitions; the driver holds the graph, the output paths and counts —
  never the table or its text.
- The lexicon, the model and the morphology are loaded once per worker process (:func:`_resources` is cached
  per process), not per task.
- Output: a partitioned Parquet dataset, ``part.000000.parquet`` ... in input order (names sort). A local ``out`` is written to a
  staging folder beside it and renamed when complete, so a killed run leaves nothing that looks finished.
- Faults: Dask retries the tasks of a lost worker; a scheduler that cannot be reached fails within
  ``timeout`` seconds with :class:`SchedulerUnreachable`; Ctrl-C cancels the futures and removes the staging
  folder.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pandas as pd

__all__ = [
    "LabelSpec",
    "SchedulerUnreachable",
    "TriageSpec",
    "connect",
    "duplicate_rows",
    "label_dataset",
    "read_dataset",
    "safe_address",
    "triage_dataset",
]

log = logging.getLogger(__name__)


class SchedulerUnreachable(ConnectionError):
    """The Dask scheduler named by the user did not answer in time."""


@dataclass(frozen=True)
class LabelSpec:
    """What a worker needs to label a partition: names and paths only, so it pickles small and hashes.

    ``model``: "default" (the bundled model; rules only with a custom lexicon), "none" (rules only) or a path
    that every worker can read.
    """

    lexicon: str | None = None
    model: str = "default"
    trust_model: bool = False
    description_col: str = "description"
    conclusion_col: str = "conclusion"
    text_col: str | None = None
    study_type_col: str = "study_type"


def _require_dask() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ImportError('the Dask engine needs the optional extra: pip install "icheport[dask]"') from exc


@functools.lru_cache(maxsize=4)
def _resources(spec: LabelSpec) -> tuple[Any, Any]:
    """(matcher, model) for ``spec``, built once per worker process."""
    from .matcher import Matcher, default_matcher
    from .scorer import default_scorer, load_for_scoring

    matcher = Matcher(spec.lexicon) if spec.lexicon else default_matcher()
    if spec.model == "none" or (spec.model == "default" and spec.lexicon):
        return matcher, None
    if spec.model == "default":
        return matcher, default_scorer()
    return matcher, load_for_scoring(spec.model, trust=spec.trust_model)


def _label_partition(df: pd.DataFrame, spec: LabelSpec) -> pd.DataFrame:
    from .label import label_frame

    matcher, model = _resources(spec)
    return label_frame(
        df.reset_index(drop=True),
        description_col=spec.description_col,
        conclusion_col=spec.conclusion_col,
        text_col=spec.text_col,
        study_type_col=spec.study_type_col,
        model=model,
        matcher=matcher,
    )


def safe_address(address: str) -> str:
    """A scheduler address without credentials, fit for logs and ``run.json``."""
    parts = urlsplit(address)
    if parts.username is None and parts.password is None:
        return address
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@contextlib.contextmanager
def connect(
    scheduler: str = "local", *, workers: int | None = None, client: Any = None, timeout: float = 10.0
) -> Iterator[Any]:
    """A ``distributed.Client``: the one given, a LocalCluster of ``workers`` single-threaded processes
    (``scheduler="local"``), or a connection to ``tcp://HOST:PORT`` that fails within ``timeout`` seconds."""
    _require_dask()
    if client is not None:
        yield client
        return
    with _stopped_quietly():
        yield from _own_client(scheduler, workers, timeout)


@contextlib.contextmanager
def _stopped_quietly() -> Iterator[None]:
    """A gather interrupted by Ctrl-C or an error leaves its background task ending in ``AllExit``, which
    asyncio reports as "Task exception was never retrieved" with a traceback. The run is being stopped on
    purpose (and says so), so that report is dropped; closing the client (by the caller's ``with``)
    releases every future, and a local cluster's workers stop with it."""
    quiet = _DropInterruptedGathers()
    log = logging.getLogger("asyncio")
    log.addFilter(quiet)
    try:
        yield
    finally:
        log.removeFilter(quiet)


class _DropInterruptedGathers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[0] if record.exc_info else None
        return not (exc is not None and exc.__name__ == "AllExit")


def _own_client(scheduler: str, workers: int | None, timeout: float) -> Iterator[Any]:
    """A LocalCluster's client or a remote scheduler's, closed (with the cluster) when the caller is done."""
    from distributed import Client, LocalCluster

    if scheduler == "local":
        n = workers or os.cpu_count() or 1
        with (
            LocalCluster(
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=None,
                scheduler_kwargs={"dashboard": False},
                silence_logs=logging.ERROR,  # workers' notes (e.g. tasks cancelled by Ctrl-C) stay out of stderr
            ) as cluster,
            Client(cluster) as local_client,
        ):
            yield local_client
        return
    try:
        remote = Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnreachable(
            f"cannot reach the Dask scheduler at {safe_address(scheduler)} within "
            f"{timeout:g} s ({type(exc).__name__}); check the address and that "
            "`dask scheduler` is running"
        ) from None
    with remote:
        yield remote


def read_dataset(path: str, *, fmt: str | None = None, storage_options: dict[str, Any] | None = None) -> Any:
    """A Dask DataFrame over a file, glob, Parquet directory or fsspec URL; text cells stay strings."""
    _require_dask()
    import dask.dataframe as dd

    fmt = fmt or _format_of(path)
    so = storage_options or {}
    if fmt == "parquet":
        return dd.read_parquet(path, storage_options=so)
    if fmt == "csv":
        return dd.read_csv(path, blocksize=None, dtype="str", keep_default_na=False, storage_options=so)
    if fmt == "jsonl":
        return dd.read_json(path, lines=True, blocksize=None, dtype=False, storage_options=so)
    raise ValueError(f"{path}: unsupported format {fmt!r}; use Parquet, CSV or JSONL (or pass fmt=)")


def _format_of(path: str) -> str:
    name = path.rstrip("/").lower()
    for suffix, fmt in (
        (".parquet", "parquet"),
        (".pq", "parquet"),
        (".csv", "csv"),
        (".jsonl", "jsonl"),
        (".json", "jsonl"),
    ):
        if name.endswith(suffix) or name.endswith(suffix + "*"):
            return fmt
    return "parquet"  # a directory of partitions


def _part_name(i: int) -> str:
    """Zero-padded, so any reader that sorts file names reads the partitions in input order."""
    return f"part.{i:06d}.parquet"


def _counts(path: str, storage_options: dict[str, Any]) -> dict[str, int]:
    import dask
    import dask.dataframe as dd

    flags = dd.read_parquet(
        path, columns=["ich", "uncertain", "is_brain_ct"], storage_options=storage_options
    )
    sums, n = dask.compute(flags.astype("int64").sum(), flags.shape[0])
    return {
        "rows": int(n),
        "ich": int(sums["ich"]),
        "unclear": int(sums["uncertain"]),
        "brain_ct": int(sums["is_brain_ct"]),
    }


@contextlib.contextmanager
def _published(out: str, overwrite: bool) -> Iterator[str]:
    """Where to write ``out``: a local staging folder renamed into place when the block ends without error,
    removed when it fails; a remote URL is written directly."""
    if "://" in out and not out.startswith("file://"):
        yield out
        return
    dst = Path(out.removeprefix("file://"))
    if dst.exists() and not overwrite:
        raise FileExistsError(f"{dst} exists; pass --overwrite (overwrite=True) to replace it")
    stage = dst.with_name(f".{dst.name}.staging-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    try:
        yield str(stage)
        if dst.exists():
            shutil.rmtree(dst) if dst.is_dir() else dst.unlink()
        stage.rename(dst)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)


def label_dataset(
    input: str,
    out: str,
    *,
    spec: LabelSpec | None = None,
    scheduler: str = "local",
    workers: int | None = None,
    client: Any = None,
    fmt: str | None = None,
    storage_options: dict[str, Any] | None = None,
    overwrite: bool = False,
    timeout: float = 10.0,
) -> dict[str, Any]:
    """Label every row of ``input`` on a Dask cluster into the Parquet dataset ``out``.

    Returns counts (rows, ich, unclear, brain_ct), partitions, engine facts and timings — never report text.
    """
    spec = spec or LabelSpec()
    so = storage_options or {}
    t0 = time.perf_counter()
    with (
        connect(scheduler, workers=workers, client=client, timeout=timeout) as c,
        _published(str(out), overwrite) as target,
    ):
        ddf = read_dataset(str(input), fmt=fmt, storage_options=so)
        empty = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in ddf.dtypes.items()})
        meta = _label_partition(empty, spec)
        labeled = ddf.map_partitions(_label_partition, spec, meta=meta, enforce_metadata=False)
        log.info("labeling %d partitions on %d workers", ddf.npartitions, len(c.scheduler_info()["workers"]))
        labeled.to_parquet(target, write_index=False, storage_options=so, name_function=_part_name)
        counts = _counts(target, so)
        facts = {
            "engine": "dask",
            "scheduler": safe_address(str(c.scheduler.address)),
            "workers": len(c.scheduler_info()["workers"]),
            "partitions": int(ddf.npartitions),
        }
    return {**counts, **facts, "spec": asdict(spec), "seconds": round(time.perf_counter() - t0, 3)}


# --------------------------------------------------------------------------- triage on a cluster
#
# The funnel in three steps, each over every partition: (1) the cheap exclusions and the duplicate keys of the
# rows that reach the duplicate check; the driver marks duplicates globally, first occurrence in input order
# kept, exactly as the local engine's tracker does; (2) the reasons with those duplicates, labeling, the
# scored table and the eligible rows, written by the workers; (3) on the driver, the local engine's own
# sampling over the eligible keys, and the outputs. Same input, lexicon, model and seed: the same lists.


@dataclass(frozen=True)
class TriageSpec:
    """What a worker needs for the funnel (names, paths and numbers only)."""

    label: LabelSpec
    seed: int = 0
    stratify: str | None = None
    column_map: tuple[tuple[str, str], ...] = ()


class _RecordingTracker:
    """Step 1: remembers the duplicate keys of the rows that reach the check, marks nothing."""

    def __init__(self) -> None:
        self.frames: list[pd.DataFrame] = []

    def mark(self, study_id: Any, patient_id: Any, description: Any, conclusion: Any) -> Any:
        import numpy as np

        from .cohort import dedup_keys

        rows = next(s for s in (study_id, patient_id, description, conclusion) if s is not None).index
        k = dedup_keys(study_id, patient_id, description, conclusion)
        n = len(rows)
        self.frames.append(
            pd.DataFrame(
                {
                    "_row": np.asarray(rows, dtype="int64"),
                    "study": k.study,
                    "study_valid": k.study_valid if k.study_valid is not None else np.zeros(n, bool),
                    "pt": k.patient_text,
                    "pt_valid": k.patient_text_valid
                    if k.patient_text_valid is not None
                    else np.zeros(n, bool),
                }
            )
        )
        return np.zeros(n, dtype=bool)


class _GlobalDuplicates:
    """Step 2: marks the rows the driver found to duplicate an earlier row anywhere in the input."""

    def __init__(self, dup_rows: Any) -> None:
        import numpy as np

        self.dup_rows = np.concatenate(dup_rows) if isinstance(dup_rows, list | tuple) else dup_rows

    def mark(self, study_id: Any, patient_id: Any, description: Any, conclusion: Any) -> Any:
        import numpy as np

        rows = next(s for s in (study_id, patient_id, description, conclusion) if s is not None).index
        return np.isin(np.asarray(rows, dtype="int64"), self.dup_rows)


def _canonical(df: pd.DataFrame, spec: TriageSpec, offset: int) -> pd.DataFrame:
    """A partition with canonical column names and the global row number as ``_row`` and as its index."""
    import numpy as np

    rename = dict(spec.column_map)
    lowered = {str(c).strip().lower(): c for c in df.columns}
    from .triage import _READ_COLUMNS

    for canon in (*_READ_COLUMNS, "description", "conclusion", "text"):
        if canon not in rename.values() and canon not in df.columns and canon in lowered:
            rename[lowered[canon]] = canon
    chunk = df.rename(columns=rename).reset_index(drop=True)
    rows = np.arange(offset, offset + len(chunk), dtype="int64")
    chunk.insert(0, "_row", rows)
    chunk.index = pd.Index(rows)
    return chunk


def _step1(df: pd.DataFrame, spec: TriageSpec, offset: int) -> pd.DataFrame:
    from . import cohort as _cohort

    recorder = _RecordingTracker()
    _cohort.exclusion_reasons(_canonical(df, spec, offset), _cohort.CohortConfig(), recorder)
    return (
        pd.concat(recorder.frames, ignore_index=True)
        if recorder.frames
        else pd.DataFrame({"_row": pd.Series(dtype="int64")})
    )


def duplicate_rows(keys: pd.DataFrame) -> Any:
    """Rows whose study id, or patient + text, was seen at an earlier row (keys in input order)."""
    import numpy as np

    keys = keys.sort_values("_row", kind="stable")
    dup = np.zeros(len(keys), dtype=bool)
    for h, valid in (("study", "study_valid"), ("pt", "pt_valid")):
        if h not in keys.columns:
            continue
        v = keys[valid].to_numpy(dtype=bool)
        d = np.zeros(len(keys), dtype=bool)
        d[v] = pd.Series(keys[h].to_numpy()[v]).duplicated(keep="first").to_numpy()
        dup |= d
    return np.sort(keys["_row"].to_numpy(dtype="int64")[dup])


def _key_buckets(keys: pd.DataFrame, n_buckets: int) -> list[pd.DataFrame]:
    """One partition's duplicate keys split by key hash, so that every row with the same key lands in the
    same bucket: bucket b holds the valid study keys with ``study % n == b`` and the valid patient + text keys
    with ``pt % n == b`` (the other key of those rows marked invalid)."""
    import numpy as np

    out = []
    cols = [c for c in ("study", "pt") if c in keys.columns]
    for b in range(n_buckets):
        parts = []
        for h in cols:
            valid = keys[f"{h}_valid"].to_numpy(dtype=bool)
            mine = valid & (keys[h].to_numpy(dtype=np.uint64) % np.uint64(n_buckets) == b)
            part = keys.loc[mine, ["_row", *cols, *(f"{c}_valid" for c in cols)]].copy()
            for other in cols:
                if other != h:
                    part[f"{other}_valid"] = False
            parts.append(part)
        out.append(pd.concat(parts, ignore_index=True) if parts else keys.iloc[:0])
    return out


def _bucket_duplicates(*buckets: pd.DataFrame) -> Any:
    """The duplicate rows of one key bucket gathered from every partition (see :func:`duplicate_rows`)."""
    return duplicate_rows(pd.concat(buckets, ignore_index=True))


def _global_duplicates(c: Any, keys: list[Any]) -> list[Any]:
    """Futures of the rows that repeat an earlier row anywhere in the input, found on the workers: each
    partition's keys are split into hash buckets, and each bucket is searched on its own (a shuffle by key),
    so the driver holds futures only, whatever the input's size."""
    import operator

    # a few buckets per worker spread the search; more would only add tasks (n partitions x buckets pieces)
    n_buckets = max(1, min(len(keys), 2 * len(c.scheduler_info()["workers"]), 64))
    split = c.map(_key_buckets, keys, [n_buckets] * len(keys), pure=False)
    return [
        c.submit(_bucket_duplicates, *[c.submit(operator.getitem, f, b) for f in split], pure=False)
        for b in range(n_buckets)
    ]


def _step2(
    df: pd.DataFrame,
    spec: TriageSpec,
    offset: int,
    dup_rows: Any,
    stage: str,
    number: int,
    wants: dict[str, int] | None = None,
) -> dict[str, Any]:
    """Reasons, labels, the scored rows and the eligible rows of one partition (written by the worker)."""
    import pyarrow.parquet as pq

    from . import cohort as _cohort
    from .triage import (
        _POOL_COLUMNS,
        _assemble,
        _default_labeler,
        _label_part,
        _scored_pandas_metadata,
        chunk_context,
        eligible_table,
    )

    ccfg = _cohort.CohortConfig()
    chunk = _canonical(df, spec, offset)
    codes = _cohort.exclusion_codes(chunk, ccfg, _GlobalDuplicates(dup_rows))
    text_mode = "text" in chunk.columns and "description" not in chunk.columns
    strat_cols = ["study_date"] if spec.stratify == "year" else [spec.stratify] if spec.stratify else []
    part, ctx = chunk_context(chunk, codes, text_mode=text_mode, strat_cols=strat_cols)
    _, model = _resources(spec.label)
    labels, _ = _label_part(
        part,
        _default_labeler,
        model,
        spec.label.lexicon,
        "text" if text_mode else None,
        ccfg.evidence_exclude_categories,
    )
    assembled = _assemble(ctx, labels, ccfg, spec.seed, spec.stratify)
    elig = assembled.eligible
    name = f"part.{number:06d}.parquet"
    scored = assembled.scored.replace_schema_metadata(_scored_pandas_metadata())
    pq.write_table(scored, f"{stage}/scored/{name}")
    pool = pd.DataFrame()
    if len(elig):
        pq.write_table(
            eligible_table(elig.drop(columns=["stratum", "key", "patient_key"])), f"{stage}/work/{name}"
        )
        pool = elig[list(_POOL_COLUMNS)]
        if wants is not None:
            pool = _top_candidates(pool, wants)
    return {"counts": _cohort.reason_counts(assembled.codes), "rows": len(assembled.codes), "pool": pool}


def _top_candidates(pool: pd.DataFrame, wants: dict[str, int]) -> pd.DataFrame:
    """The rows of one partition's pool that can still be sampled, so that the driver gathers a few per
    partition instead of every eligible row. Lists are sampled in order, each in (key, row) order with one
    study per patient and no patient twice. A row whose patient comes after the first ``want + earlier``
    distinct patients of its list in this partition can never be chosen: that many patients, minus at most
    ``earlier`` already used by earlier lists, come before it everywhere. Rows without a patient key count as
    patients of their own. (Stratified sampling needs every stratum's size: then the whole pool is kept.)"""
    import numpy as np

    from .triage import LISTS

    pool = pool.sort_values(["key", "_row"], kind="stable")
    kept, earlier = [], 0
    for lst in LISTS:
        cand = pool[pool["list"] == lst]
        pk = cand["patient_key"].to_numpy(dtype=np.uint64)
        patient = pd.factorize(pk)[0]
        own = pk == 0
        patient[own] = patient.max(initial=0) + 1 + np.arange(int(own.sum()))  # each its own patient
        first = ~pd.Series(patient).duplicated(keep="first").to_numpy()
        rank = np.cumsum(first)  # distinct patients so far, in sampling order
        first_rank = np.zeros(patient.max(initial=-1) + 1, dtype=np.int64)
        first_rank[patient[first]] = rank[first]
        kept.append(cand[first_rank[patient] <= wants[lst] + earlier])
        earlier += wants[lst]
    return pd.concat(kept) if kept else pool.head(0)


class _PartsSpill:
    """The eligible rows the workers wrote, read back for the sampled rows only (same role as triage's)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def read(self, rows: Any) -> pd.DataFrame:  # SpillReader
        import pyarrow.parquet as pq

        from .triage import sampled_rows

        files = sorted(self.folder.glob("part.*.parquet"))
        if not files or len(rows) == 0:
            return pd.DataFrame(columns=["_row"])
        return sampled_rows(_batches(files, pq.read_schema(files[0])), rows)


def _batches(files: list[Path], schema: Any) -> Iterator[Any]:
    """The record batches of Parquet files, read in small batches and handing the memory of each file back
    after it (Arrow's allocator keeps freed memory otherwise): the parts hold every eligible row with its
    texts, and the driver's memory must stay flat in input size."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for f in files:
        for batch in pq.ParquetFile(f, pre_buffer=False).iter_batches(batch_size=16_384):
            yield batch.cast(schema)
        pa.default_memory_pool().release_unused()


def triage_dataset(
    input: str,
    out: str,
    *,
    n_per_class: int = 5000,
    n_unclear: int | None = None,
    seed: int = 0,
    spec: LabelSpec | None = None,
    scheduler: str = "local",
    workers: int | None = None,
    client: Any = None,
    fmt: str | None = None,
    storage_options: dict[str, Any] | None = None,
    stratify: str | None = None,
    one_per_patient: bool = True,
    column_map: dict[str, str] | None = None,
    overwrite: bool = False,
    timeout: float = 10.0,
) -> dict[str, Any]:
    """The triage funnel of :func:`icheport.triage.triage` on a Dask cluster, into the local folder ``out``:
    the same candidate lists, case key, funnel and reason codes for the same input, lexicon, model and seed.
    The driver holds futures, the funnel counts and the eligible rows' keys; duplicates are found on the
    workers (see :func:`_global_duplicates`)."""
    from .runs import run_folder

    tspec = TriageSpec(spec or LabelSpec(), seed, stratify, tuple(sorted((column_map or {}).items())))
    n_unclear = n_per_class if n_unclear is None else n_unclear
    t0 = time.perf_counter()
    with (
        connect(scheduler, workers=workers, client=client, timeout=timeout) as c,
        run_folder(out, overwrite=overwrite, inputs=[] if "://" in str(input) else [input]) as stage,
    ):
        ddf = read_dataset(str(input), fmt=fmt, storage_options=storage_options)
        parts = c.compute(ddf.to_delayed())  # the partitions stay on the workers
        n = len(parts)
        offsets = [0, *itertools.accumulate(c.gather(c.map(len, parts)))][:-1]
        keys = c.map(_step1, parts, [tspec] * n, offsets, pure=False)
        dup_rows = _global_duplicates(c, keys)
        del keys
        for sub in ("scored", "work"):
            (stage / sub).mkdir()
        # without strata, each partition sends only the rows that can still be sampled (see _top_candidates)
        wants = None if stratify else {"ich": n_per_class, "no_ich": n_per_class, "unclear": n_unclear}
        done = c.map(
            _step2,
            parts,
            [tspec] * n,
            offsets,
            [dup_rows] * n,
            [str(stage)] * n,
            range(n),
            [wants] * n,
            pure=False,
        )
        results = c.gather(c.map(_without_pool, done, pure=False))
        pool = c.gather(_merged_pools(c, done, wants))
        del parts, done
        facts = {
            "engine": "dask",
            "scheduler": safe_address(str(c.scheduler.address)),
            "workers": len(c.scheduler_info()["workers"]),
            "partitions": n,
            **_provenance(tspec, str(input)),
        }
        summary = _finish_triage(
            stage,
            results,
            pool,
            list(ddf.columns),
            tspec,
            n_per_class,
            n_unclear,
            one_per_patient,
            facts,
            time.perf_counter() - t0,
        )
    return summary


def _without_pool(result: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in result.items() if k != "pool"}


def _merge_candidates(wants: dict[str, int] | None, *pools: pd.DataFrame) -> pd.DataFrame:
    """Two or more partitions' candidates as one pool, cut again to what can still be sampled (the cut holds
    for any set of rows, so it may be applied at every level of a reduction tree)."""
    from .triage import _POOL_COLUMNS

    pools = tuple(p for p in pools if len(p))
    if not pools:
        return pd.DataFrame(columns=_POOL_COLUMNS)
    pool = pd.concat(pools, ignore_index=True)
    return pool if wants is None else _top_candidates(pool, wants).reset_index(drop=True)


def _merged_pools(c: Any, done: list[Any], wants: dict[str, int] | None) -> Any:
    """The partitions' candidate pools merged on the workers, eight at a time, into one future: with a cut
    (no strata) the driver receives a pool of at most a few lists' worth of rows, whatever the input size."""
    import operator

    level = [c.submit(operator.getitem, f, "pool", pure=False) for f in done]
    while len(level) > 1:
        level = [
            c.submit(_merge_candidates, wants, *level[i : i + 8], pure=False) for i in range(0, len(level), 8)
        ]
    return level[0] if level else c.submit(_merge_candidates, wants, pure=False)


def _provenance(tspec: TriageSpec, input: str) -> dict[str, Any]:
    """What run.json records of the run's origin, as the local engine does: versions, lexicon and model
    provenance, and the input as named (a path or URL; the data is not fingerprinted where it lies)."""
    import platform

    from .triage import _lexicon_provenance, _versions

    return {
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "versions": _versions(),
        "platform": {"machine": platform.machine(), "system": platform.system(), "cpus": os.cpu_count()},
        "lexicon": _lexicon_provenance(tspec.label.lexicon, False),
        "model": _model_record(tspec.label),
        "input": {"path": safe_address(input) if "://" in input else input},
    }


def _model_record(spec: LabelSpec) -> dict[str, Any] | None:
    """The model's sidecar (its provenance and SHA-256) as run.json records it, read without loading the
    model into the driver: the workers load and check it."""
    import json

    from .scorer import default_model_path, sidecar_path

    if spec.model == "none" or (spec.model == "default" and spec.lexicon):
        return None
    path = default_model_path() if spec.model == "default" else Path(spec.model)
    side = sidecar_path(path)
    meta = json.loads(side.read_text(encoding="utf-8")) if side.is_file() else {}
    return {"path": str(path), "meta": meta}


def _finish_triage(
    stage: Path,
    results: list[dict[str, Any]],
    pool: pd.DataFrame,
    columns: list[str],
    tspec: TriageSpec,
    n_per_class: int,
    n_unclear: int,
    one_per_patient: bool,
    facts: dict[str, Any],
    seconds: float,
) -> dict[str, Any]:
    """The driver's part: funnel, the local engine's sampling, the lists, funnel.json and run.json."""
    import json

    from . import cohort as _cohort
    from .io import write_text_atomic
    from .triage import _sample, _sampled_stage, _write_outputs, column_notes

    funnel = _cohort.Funnel()
    present = {str(c).strip().lower() for c in columns} | {v for _, v in tspec.column_map}
    for note in column_notes(present):
        funnel.note(note)
    for r in results:
        funnel.add_counts(r["counts"], r["rows"])
    funnel.check()
    warned: list[str] = []
    chosen = _sample(
        pool,
        n_per_class=n_per_class,
        n_unclear=n_unclear,
        one_per_patient=one_per_patient and "patient_id" in present,
        stratified=tspec.stratify is not None,
        warn=warned.append,
    )
    paths = _write_outputs(
        stage, chosen, _PartsSpill(stage / "work"), funnel, n_per_class=n_per_class, n_unclear=n_unclear
    )
    stages = [*funnel.stages(), _sampled_stage(chosen)]
    write_text_atomic(
        stage / "funnel.json",
        json.dumps({**funnel.to_dict(), "stages": stages}, ensure_ascii=False, indent=2),
    )
    import shutil

    shutil.rmtree(stage / "work", ignore_errors=True)  # report text: not an output
    sampled = {lst: int((chosen["list"] == lst).sum()) for lst in ("ich", "no_ich", "unclear")}
    run = {
        "format_version": 1,
        "status": "complete",
        **facts,
        "rows": funnel.rows,
        "counts": dict(funnel.counts),
        "sampled": sampled,
        "notes": funnel.notes,
        "warnings": warned,
        "seed": tspec.seed,
        "options": {
            "n_per_class": n_per_class,
            "n_unclear": n_unclear,
            "stratify": tspec.stratify,
            "one_per_patient": one_per_patient,
            "label": asdict(tspec.label),
        },
        "timings_s": {"total": round(seconds, 3)},
        "outputs": sorted(p.name for p in paths.values()),
    }
    write_text_atomic(stage / "run.json", json.dumps(run, ensure_ascii=False, indent=2, default=str))
    return run
