"""The Dask engine gives the local engine's answer: same label columns, row for row, whoever runs the partitions.

Clusters here live on 127.0.0.1 only: a LocalCluster, a real ``dask scheduler`` / ``dask worker`` pair started
as processes (one of them killed mid-run), and an S3-compatible server (moto) for ``s3://`` input.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from distributed import Client, LocalCluster

from icheport import synth
from icheport.cluster import LabelSpec, SchedulerUnreachable, connect, label_dataset, safe_address
from icheport.label import label_frame
from icheport.model import default_model

TRUTH = ["ich", "edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined", "uncertain"]
N_PARTS = 8


@pytest.fixture(scope="module")
def reports() -> pd.DataFrame:
    df = pd.concat(synth.generate(6_000, seed=11), ignore_index=True)
    return df.drop(columns=[c for c in TRUTH if c in df.columns])


@pytest.fixture(scope="module")
def parts(reports: pd.DataFrame, tmp_path_factory) -> Path:
    """The reports as a partitioned Parquet directory (``N_PARTS`` files, in order)."""
    root = tmp_path_factory.mktemp("parts")
    step = -(-len(reports) // N_PARTS)
    for i in range(N_PARTS):
        reports.iloc[i * step : (i + 1) * step].to_parquet(root / f"part.{i:02d}.parquet", index=False)
    return root


@pytest.fixture(scope="module")
def local_answer(reports: pd.DataFrame) -> pd.DataFrame:
    return label_frame(reports, model=default_model())


@pytest.fixture(scope="module")
def client():
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard": False},
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def _same(out: Path, expected: pd.DataFrame) -> None:
    got = pd.read_parquet(out).reset_index(drop=True)
    assert list(got.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(got, expected.reset_index(drop=True), check_dtype=False)


def test_local_cluster_labels_like_the_local_engine(client, parts, local_answer, tmp_path):
    result = label_dataset(str(parts), str(tmp_path / "out"), client=client)
    _same(tmp_path / "out", local_answer)
    assert result["rows"] == len(local_answer)
    assert result["ich"] == int(local_answer["ich"].sum())
    assert (result["engine"], result["workers"], result["partitions"]) == ("dask", 2, N_PARTS)


def test_csv_glob_input_gives_the_same_labels(client, reports, tmp_path):
    for i, lo in enumerate(range(0, len(reports), 2_000)):
        reports.iloc[lo : lo + 2_000].to_csv(tmp_path / f"export-{i}.csv", index=False)
    label_dataset(
        str(tmp_path / "export-*.csv"), str(tmp_path / "out"), client=client, spec=LabelSpec(model="none")
    )
    expected = label_frame(
        pd.concat(
            [
                pd.read_csv(p, dtype="str", keep_default_na=False)
                for p in sorted(tmp_path.glob("export-*.csv"))
            ],
            ignore_index=True,
        )
    )
    _same(tmp_path / "out", expected)


def test_an_existing_output_is_kept_unless_overwrite(client, parts, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(FileExistsError, match="overwrite"):
        label_dataset(str(parts), str(out), client=client)
    assert (out / "mine.txt").read_text(encoding="utf-8") == "keep"


def test_a_failed_run_leaves_no_output_and_no_staging_folder(client, parts, tmp_path):
    with pytest.raises(Exception, match="no_such_column"):
        label_dataset(
            str(parts), str(tmp_path / "out"), client=client, spec=LabelSpec(text_col="no_such_column")
        )
    assert list(tmp_path.iterdir()) == []


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_fails_fast_with_a_clear_error(parts, tmp_path):
    t0 = time.monotonic()
    with pytest.raises(SchedulerUnreachable, match=r"127\.0\.0\.1"):
        label_dataset(
            str(parts), str(tmp_path / "out"), scheduler=f"tcp://127.0.0.1:{_free_port()}", timeout=2
        )
    assert time.monotonic() - t0 < 30
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("tcp://10.1.2.3:8786", "tcp://10.1.2.3:8786"),
        ("tls://alice:s3cret@sched.example:8786", "tls://sched.example:8786"),
    ],
)
def test_scheduler_addresses_are_shown_without_credentials(address, shown):
    assert safe_address(address) == shown


# ---------------------------------------------------------------- real processes on loopback


def _dask(*args: str, log: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("dask")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "distributed.cli.dask_spec"]
    return subprocess.Popen(
        [*cmd, *args], stdout=log.open("wb"), stderr=subprocess.STDOUT, start_new_session=True
    )


@pytest.fixture
def scheduler_and_workers(tmp_path):
    sched_file = tmp_path / "scheduler.json"
    procs = [
        _dask(
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",
            "--scheduler-file",
            str(sched_file),
            log=tmp_path / "scheduler.log",
        )
    ]
    deadline = time.monotonic() + 60
    while not sched_file.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    address = json.loads(sched_file.read_text(encoding="utf-8"))["address"]
    for i in range(2):
        procs.append(
            _dask(
                "worker",
                address,
                "--nworkers",
                "1",
                "--nthreads",
                "1",
                "--no-dashboard",
                "--host",
                "127.0.0.1",
                log=tmp_path / f"worker{i}.log",
            )
        )
    with Client(address, timeout=30) as c:
        c.wait_for_workers(2, timeout=60)
    yield address, procs
    for p in procs:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=30)


def test_a_worker_killed_mid_run_still_gives_the_same_output(
    scheduler_and_workers, reports, local_answer, tmp_path
):
    address, procs = scheduler_and_workers
    many = tmp_path / "many"
    many.mkdir()
    n_parts = 24  # of 1,000 rows: long enough a run that the kill lands mid-way
    table = pd.concat([reports] * 4, ignore_index=True)
    expected = pd.concat([local_answer] * 4, ignore_index=True)
    step = -(-len(table) // n_parts)
    for i in range(n_parts):
        table.iloc[i * step : (i + 1) * step].to_parquet(many / f"part.{i:02d}.parquet", index=False)
    out = tmp_path / "out"
    outcome: dict = {}
    run = threading.Thread(
        target=lambda: outcome.update(
            result=label_dataset(str(many), str(out), scheduler=address, timeout=30)
        )
    )
    run.start()
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".out.staging-*/part.*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.02)
    written_at_kill = len(list(tmp_path.glob(".out.staging-*/part.*.parquet")))
    os.killpg(procs[1].pid, signal.SIGKILL)
    run.join(timeout=300)
    assert 0 < written_at_kill < n_parts, "the worker was not killed mid-run"
    assert outcome["result"]["rows"] == len(expected)
    _same(out, expected)


# ---------------------------------------------------------------- s3:// through an S3-compatible server


def test_partitioned_parquet_on_s3_gives_the_same_labels(client, parts, local_answer, tmp_path, monkeypatch):
    moto_server = pytest.importorskip("moto.server")
    s3fs = pytest.importorskip("s3fs")
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        options = {
            "key": "testing",
            "secret": "testing",
            "client_kwargs": {"endpoint_url": f"http://{host}:{port}", "region_name": "us-east-1"},
        }
        boto3 = pytest.importorskip("boto3")
        boto3.client(
            "s3",
            endpoint_url=f"http://{host}:{port}",
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        ).create_bucket(Bucket="reports-bucket")
        fs = s3fs.S3FileSystem(**options)
        for p in sorted(parts.glob("*.parquet")):
            fs.put(str(p), f"reports-bucket/export/{p.name}")
        label_dataset(
            "s3://reports-bucket/export/", str(tmp_path / "out"), client=client, storage_options=options
        )
        _same(tmp_path / "out", local_answer)
    finally:
        server.stop()


def test_connect_passes_a_given_client_through(client):
    with connect(client=client) as c:
        assert c is client


def test_the_core_package_imports_no_dask():
    code = (
        "import sys, icheport, icheport.label, icheport.triage, icheport.cli; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[]"


# ---------------------------------------------------------------- triage: the same lists as the local engine

LISTS = ("candidates_ich.csv", "candidates_no_ich.csv", "candidates_unclear.csv", "case_key.csv")


@pytest.fixture(scope="module")
def export_with_copies(reports, tmp_path_factory) -> tuple[Path, Path]:
    """The reports plus copies of the first 40 brain CT rows at the end: duplicates across the first and last
    partitions.
    Returned as one file (local engine) and as 6 partitions (Dask)."""
    from icheport.cohort import brain_ct_mask

    brain = reports[brain_ct_mask(reports["study_type"])]
    df = pd.concat([reports, brain.iloc[:40]], ignore_index=True)
    root = tmp_path_factory.mktemp("triage-input")
    df.to_parquet(root / "all.parquet", index=False)
    parts = root / "parts"
    parts.mkdir()
    step = -(-len(df) // 6)
    for i in range(6):
        df.iloc[i * step : (i + 1) * step].to_parquet(parts / f"part.{i:02d}.parquet", index=False)
    return root / "all.parquet", parts


def _same_run(local: Path, dask: Path) -> None:
    for name in LISTS:
        assert (local / name).read_bytes() == (dask / name).read_bytes(), name
    a = json.loads((local / "funnel.json").read_text(encoding="utf-8"))
    b = json.loads((dask / "funnel.json").read_text(encoding="utf-8"))
    assert a["stages"] == b["stages"] and a["reasons"] == b["reasons"] and a["rows"] == b["rows"]


def test_triage_on_a_local_cluster_gives_the_local_lists(client, export_with_copies, tmp_path):
    from icheport.cluster import triage_dataset
    from icheport.triage import triage

    single, parts = export_with_copies
    local = triage(single, tmp_path / "local", n_per_class=60, seed=4, model=default_model(), progress=False)
    run = triage_dataset(str(parts), str(tmp_path / "dask"), n_per_class=60, seed=4, client=client)
    _same_run(tmp_path / "local", tmp_path / "dask")
    assert local.counts["duplicate_study"] >= 20 and run["counts"] == local.counts
    assert run["status"] == "complete" and run["partitions"] == 6 and run["engine"] == "dask"
    assert not (tmp_path / "dask" / "work").exists()  # eligible texts are not an output


def test_triage_through_a_scheduler_on_loopback(scheduler_and_workers, export_with_copies, tmp_path):
    from icheport.cluster import LabelSpec, triage_dataset
    from icheport.triage import triage

    address, _ = scheduler_and_workers
    single, parts = export_with_copies
    triage(single, tmp_path / "local", n_per_class=40, seed=9, progress=False)
    run = triage_dataset(
        str(parts),
        str(tmp_path / "dask"),
        n_per_class=40,
        seed=9,
        scheduler=address,
        spec=LabelSpec(model="none"),
        timeout=30,
    )
    _same_run(tmp_path / "local", tmp_path / "dask")
    assert run["scheduler"].startswith("tcp://127.0.0.1")
    # provenance as the local engine records it
    assert run["lexicon"]["name"] == "ru-ich" and run["versions"]["icheport"] and run["model"] is None


@pytest.mark.parametrize(
    ("rows", "study", "valid", "expected"),
    [
        ([0, 1, 2], [7, 7, 8], [True, True, True], [1]),
        (
            [5, 2, 9],
            [7, 7, 7],
            [True, True, True],
            [5, 9],
        ),  # the first in input order is kept, whatever the order given
        ([0, 1], [7, 7], [False, False], []),  # empty ids are never duplicates
    ],
    ids=["second-copy", "input-order", "empty-ids"],
)
def test_duplicate_rows(rows, study, valid, expected):
    from icheport.cluster import duplicate_rows

    keys = pd.DataFrame(
        {
            "_row": rows,
            "study": study,
            "study_valid": valid,
            "pt": [0] * len(rows),
            "pt_valid": [False] * len(rows),
        }
    )
    assert duplicate_rows(keys).tolist() == expected


@pytest.mark.parametrize("n_buckets", [1, 3, 8])
def test_duplicates_found_bucket_by_bucket_equal_those_found_at_once(n_buckets):
    """The workers search each hash bucket of the keys on its own; together the buckets give the rows the
    whole table gives, whichever partitions the copies sit in."""
    import numpy as np

    from icheport.cluster import _bucket_duplicates, _key_buckets, duplicate_rows

    rng = np.random.default_rng(3)
    n = 3000
    keys = pd.DataFrame(
        {
            "_row": rng.permutation(n).astype("int64"),
            "study": rng.integers(0, 400, n).astype("uint64") * np.uint64(2654435761),
            "study_valid": rng.random(n) > 0.1,
            "pt": rng.integers(0, 900, n).astype("uint64") * np.uint64(40503),
            "pt_valid": rng.random(n) > 0.2,
        }
    )
    partitions = [keys.iloc[a : a + 600] for a in range(0, n, 600)]
    split = [_key_buckets(p.reset_index(drop=True), n_buckets) for p in partitions]
    found = np.concatenate([_bucket_duplicates(*[s[b] for s in split]) for b in range(n_buckets)])
    expected = duplicate_rows(keys)
    assert len(expected) > 500
    assert np.unique(found).tolist() == expected.tolist()  # a row may repeat both of its keys


@pytest.mark.parametrize("one_per_patient", [True, False])
@pytest.mark.parametrize("want", [3, 40, 1000])  # short lists, full lists, lists that run out (warnings)
def test_each_partition_sends_only_what_can_still_be_sampled(one_per_patient, want):
    """The candidates the partitions keep give the driver the same lists and the same warnings as the whole
    pool: a patient seen in several partitions and lists, rows without a patient key, lists that run out."""
    import numpy as np

    from icheport.cluster import _top_candidates
    from icheport.triage import _sample

    rng = np.random.default_rng(11)
    n = 1500
    pool = pd.DataFrame(
        {
            "_row": np.arange(n, dtype="int64"),
            "list": rng.choice(["ich", "no_ich", "unclear"], n, p=[0.3, 0.6, 0.1]),
            "key": rng.integers(0, 2**62, n).astype("uint64"),
            "patient_key": np.where(rng.random(n) < 0.1, 0, rng.integers(1, 300, n)).astype("uint64"),
            "stratum": "",
            "study_id": [f"S{i}" for i in range(n)],
            "patient_id": "",
        }
    )
    wants = {"ich": want, "no_ich": want, "unclear": max(1, want // 4)}

    def sample(p):
        warnings: list[str] = []
        got = _sample(
            p,
            n_per_class=want,
            n_unclear=wants["unclear"],
            one_per_patient=one_per_patient,
            stratified=False,
            warn=warnings.append,
        )
        return got, warnings

    parts = [pool.iloc[a : a + 200] for a in range(0, n, 200)]
    kept = pd.concat([_top_candidates(p, wants) for p in parts], ignore_index=True)
    (expected, expected_warnings), (got, got_warnings) = sample(pool), sample(kept)
    assert len(kept) < n or want == 1000
    pd.testing.assert_frame_equal(got, expected)
    assert got_warnings == expected_warnings


def test_ctrl_c_stops_a_dask_triage_and_leaves_nothing_that_looks_finished(tmp_path):
    """Ctrl-C during the labeling stage: exit 130, the futures are dropped with the cluster (its worker
    processes are gone), and neither the output folder nor a staging folder remains."""
    import psutil

    big = tmp_path / "big.parquet"
    synth.write(big, 60_000, seed=5)
    cmd = [sys.executable, "-m", "icheport", "triage", str(big), "--out", str(tmp_path / "run"), "--quiet"]
    cmd += [
        "--n-per-class",
        "10",
        "--model",
        "none",
        "--engine",
        "dask",
        "--scheduler",
        "local",
        "--workers",
        "1",
    ]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while not list(tmp_path.glob(".run.staging-*/scored")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before Ctrl-C could reach it"
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert workers, "the local cluster runs its workers as child processes"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert "Traceback" not in err, err
    assert not (tmp_path / "run").exists()
    assert list(tmp_path.glob(".run.*")) == []
    _, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, f"worker processes still running after Ctrl-C: {[p.pid for p in alive]}"
