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

__all__ = ["LabelSpec", "SchedulerUnreachable", "connect", "label_dataset", "read_dataset", "safe_address"]

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
    from .model import default_model, load_model

    matcher = Matcher(spec.lexicon) if spec.lexicon else default_matcher()
    if spec.model == "none" or (spec.model == "default" and spec.lexicon):
        return matcher, None
    if spec.model == "default":
        return matcher, default_model()
    kwargs = {"trust": True} if spec.trust_model else {}
    return matcher, load_model(spec.model, **kwargs)


def _label_partition(df: pd.DataFrame, spec: LabelSpec) -> pd.DataFrame:
    from .label import label_frame

    matcher, model = _resources(spec)
    return label_frame(df.reset_index(drop=True), description_col=spec.description_col,
                       conclusion_col=spec.conclusion_col, text_col=spec.text_col,
                       study_type_col=spec.study_type_col, model=model, matcher=matcher)


def safe_address(address: str) -> str:
    """A scheduler address without credentials, fit for logs and ``run.json``."""
    parts = urlsplit(address)
    if parts.username is None and parts.password is None:
        return address
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@contextlib.contextmanager
def connect(scheduler: str = "local", *, workers: int | None = None, client: Any = None,
            timeout: float = 10.0) -> Iterator[Any]:
    """A ``distributed.Client``: the one given, a LocalCluster of ``workers`` single-threaded processes
    (``scheduler="local"``), or a connection to ``tcp://HOST:PORT`` that fails within ``timeout`` seconds."""
    _require_dask()
    from distributed import Client, LocalCluster

    if client is not None:
        yield client
        return
    if scheduler == "local":
        n = workers or os.cpu_count() or 1
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, scheduler_kwargs={"dashboard": False}) as cluster, \
                Client(cluster) as local_client:
            yield local_client
        return
    try:
        remote = Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {safe_address(scheduler)} within "
                                   f"{timeout:g} s ({type(exc).__name__}); check the address and that "
                                   "`dask scheduler` is running") from None
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
    for suffix, fmt in ((".parquet", "parquet"), (".pq", "parquet"), (".csv", "csv"), (".jsonl", "jsonl"),
                        (".json", "jsonl")):
        if name.endswith(suffix) or name.endswith(suffix + "*"):
            return fmt
    return "parquet"  # a directory of partitions


def _part_name(i: int) -> str:
    """Zero-padded, so any reader that sorts file names reads the partitions in input order."""
    return f"part.{i:06d}.parquet"


def _counts(path: str, storage_options: dict[str, Any]) -> dict[str, int]:
    import dask
    import dask.dataframe as dd

    flags = dd.read_parquet(path, columns=["ich", "uncertain", "is_brain_ct"], storage_options=storage_options)
    sums, n = dask.compute(flags.astype("int64").sum(), flags.shape[0])
    return {"rows": int(n), "ich": int(sums["ich"]), "unclear": int(sums["uncertain"]),
            "brain_ct": int(sums["is_brain_ct"])}


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


def label_dataset(input: str, out: str, *, spec: LabelSpec | None = None, scheduler: str = "local",
                  workers: int | None = None, client: Any = None, fmt: str | None = None,
                  storage_options: dict[str, Any] | None = None, overwrite: bool = False,
                  timeout: float = 10.0) -> dict[str, Any]:
    """Label every row of ``input`` on a Dask cluster into the Parquet dataset ``out``.

    Returns counts (rows, ich, unclear, brain_ct), partitions, engine facts and timings — never report text.
    """
    spec = spec or LabelSpec()
    so = storage_options or {}
    t0 = time.perf_counter()
    with connect(scheduler, workers=workers, client=client, timeout=timeout) as c, _published(str(out), overwrite) as target:
        ddf = read_dataset(str(input), fmt=fmt, storage_options=so)
        empty = pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in ddf.dtypes.items()})
        meta = _label_partition(empty, spec)
        labeled = ddf.map_partitions(_label_partition, spec, meta=meta, enforce_metadata=False)
        log.info("labeling %d partitions on %d workers", ddf.npartitions, len(c.scheduler_info()["workers"]))
        labeled.to_parquet(target, write_index=False, storage_options=so, name_function=_part_name)
        counts = _counts(target, so)
        facts = {"engine": "dask", "scheduler": safe_address(str(c.scheduler.address)),
                 "workers": len(c.scheduler_info()["workers"]), "partitions": int(ddf.npartitions)}
    return {**counts, **facts, "spec": asdict(spec), "seconds": round(time.perf_counter() - t0, 3)}
