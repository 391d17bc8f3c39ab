"""A run owns its folder: nothing is overwritten unless asked, a case key behind issued worksheets is never
touched, killed runs leave nothing that looks finished, and every ending has a clear message and exit code."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from icheport import synth
from icheport.runs import ISSUED_MARKER, RunFolderError, remove_leftovers
from icheport.triage import triage
from icheport.verify import make_worksheets


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "export.parquet"
    pd.concat(synth.generate(2_000, seed=7), ignore_index=True).to_parquet(path, index=False)
    return path


def _run(export: Path, out: Path, **kw):
    return triage(export, out, n_per_class=20, progress=False, **kw)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "icheport", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_a_rerun_into_a_used_folder_is_refused_and_keeps_the_case_key(export, tmp_path):
    out = tmp_path / "run"
    _run(export, out)
    key = (out / "case_key.csv").read_bytes()
    with pytest.raises(RunFolderError, match="--overwrite"):
        _run(export, out, seed=1)
    assert (out / "case_key.csv").read_bytes() == key


def test_overwrite_replaces_an_earlier_run(export, tmp_path):
    out = tmp_path / "run"
    _run(export, out)
    first = (out / "case_key.csv").read_bytes()
    _run(export, out, seed=1, overwrite=True)
    assert (out / "case_key.csv").read_bytes() != first
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["status"] == "complete"


def test_a_run_whose_worksheets_exist_is_never_replaced(export, tmp_path):
    out = tmp_path / "run"
    _run(export, out)
    make_worksheets([out / "candidates_ich.csv", out / "candidates_no_ich.csv"], tmp_path / "sheets")
    assert (out / ISSUED_MARKER).exists()
    key = (out / "case_key.csv").read_bytes()
    with pytest.raises(RunFolderError, match="new folder"):
        _run(export, out, seed=1, overwrite=True)
    assert (out / "case_key.csv").read_bytes() == key


def test_the_input_cannot_live_inside_the_output(export, tmp_path):
    out = tmp_path / "run"
    out.mkdir()
    inside = out / "export.parquet"
    inside.write_bytes(export.read_bytes())
    with pytest.raises(RunFolderError, match="inside the output"):
        _run(inside, out, overwrite=True)
    assert inside.exists()


def test_a_folder_of_other_files_is_not_taken(export, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(RunFolderError, match="not empty"):
        _run(export, out)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_leftovers_of_a_dead_run_are_removed_by_the_next_run(export, tmp_path):
    out = tmp_path / "run"
    dead = tmp_path / ".run.staging-999999999-deadbeef"  # no such process
    (dead / ".triage-work-x").mkdir(parents=True)
    (dead / ".triage-work-x" / "eligible.parquet").write_bytes(b"report text would be here")
    alive = tmp_path / f".run.staging-{os.getppid()}-cafecafe"  # a live process: not ours to remove
    alive.mkdir()
    _run(export, out)
    assert not dead.exists()
    assert alive.exists()
    assert remove_leftovers(out) == []


def _signal_a_running_triage(tmp_path: Path, sig: int) -> tuple[int, str]:
    """Start a triage of 60,000 rows, send ``sig`` once it is writing its work files; (exit code, stderr)."""
    big = tmp_path / "big.parquet"
    synth.write(big, 60_000, seed=3)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "icheport",
            "triage",
            str(big),
            "--out",
            str(tmp_path / "run"),
            "--quiet",
            "--n-per-class",
            "10",
            "--model",
            "none",
        ],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".run.staging-*/.triage-work-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before the signal could reach it"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    return proc.returncode, err


@pytest.mark.parametrize(
    ("sig", "code", "said"),
    [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")],
    ids=["sigterm", "ctrl-c"],
)
def test_a_stopped_run_leaves_nothing_that_looks_finished(tmp_path, sig, code, said):
    returncode, err = _signal_a_running_triage(tmp_path, sig)
    assert returncode == code
    assert said in err and "Traceback" not in err
    assert not (tmp_path / "run").exists()
    assert list(tmp_path.glob(".run.*")) == []


def test_cli_refuses_a_used_folder_with_a_clear_message(export, tmp_path):
    out = tmp_path / "run"
    _run(export, out)
    run = _cli("triage", str(export), "--out", str(out), "--quiet", cwd=tmp_path)
    assert run.returncode == 2
    assert "--overwrite" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write into read-only folders")
def test_cli_read_only_output_folder(export, tmp_path):
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        run = _cli("triage", str(export), "--out", str(parent / "run"), "--quiet", cwd=tmp_path)
    finally:
        parent.chmod(0o755)
    assert run.returncode == 3
    assert "permission denied" in run.stderr and "Traceback" not in run.stderr


def test_a_full_disk_gives_a_clear_message_and_publishes_nothing(export, tmp_path, monkeypatch, capsys):
    import errno

    import icheport.triage as tri
    from icheport import cli

    def full(df, path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(tri, "write_csv", full)
    code = cli.main(["triage", str(export), "--out", str(tmp_path / "run"), "--quiet", "--model", "none"])
    assert code == 3
    assert "no space left" in capsys.readouterr().err
    assert not (tmp_path / "run").exists()
    assert list(tmp_path.glob(".run.*")) == []


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_output_files_follow_the_umask(export, tmp_path, umask):
    old = os.umask(umask)
    try:
        result = _run(export, tmp_path / "run")
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in result.out_dir.iterdir() if p.is_file()}
    assert set(modes.values()) == {0o666 & ~umask}, modes


@pytest.mark.parametrize(
    ("n_per_class", "study_type"),
    [(0, None), (10, "КТ органов грудной клетки")],
    ids=["n-per-class-0", "empty-cohort"],
)
def test_edge_cases_end_with_a_finished_run(export, tmp_path, n_per_class, study_type):
    src = export
    if study_type:
        src = tmp_path / "chest.parquet"
        pd.read_parquet(export).assign(study_type=study_type).to_parquet(src, index=False)
    result = triage(src, tmp_path / "run", n_per_class=n_per_class, progress=False)
    run = json.loads((tmp_path / "run" / "run.json").read_text(encoding="utf-8"))
    assert run["status"] == "complete"
    assert sum(run["counts"].values()) == run["rows"] == 2_000
    assert sum(result.sampled.values()) == 0
    assert (tmp_path / "run" / "case_key.csv").read_text(encoding="utf-8").startswith("case_id,")


def test_jobs_minus_one_means_every_core(export, tmp_path):
    result = _run(export, tmp_path / "run", jobs=-1)
    run = json.loads((tmp_path / "run" / "run.json").read_text(encoding="utf-8"))
    assert run["options"]["jobs"] == (os.cpu_count() or 1)
    assert result.rows == 2_000


def test_a_terminated_parallel_run_stops_its_workers(export, tmp_path):
    psutil = pytest.importorskip("psutil")
    big = tmp_path / "big.parquet"
    synth.write(big, 60_000, seed=4)
    out = tmp_path / "run"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "icheport",
            "triage",
            str(big),
            "--out",
            str(out),
            "--quiet",
            "--n-per-class",
            "10",
            "--model",
            "none",
            "--jobs",
            "2",
            "--chunksize",
            "5000",
        ],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    while len(parent.children(recursive=True)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = parent.children(recursive=True)
    assert workers and proc.poll() is None, "no worker processes seen before the run ended"
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=120)
    assert proc.returncode == 143
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert alive == [], f"{len(alive)} worker processes outlived the run"
    assert not out.exists() and list(tmp_path.glob(".run.*")) == []


def test_a_read_only_output_gives_a_clear_message_even_as_root(export, tmp_path, monkeypatch, capsys):
    import icheport.triage as tri
    from icheport import cli

    def read_only(df, path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(tri, "write_csv", read_only)
    code = cli.main(["triage", str(export), "--out", str(tmp_path / "run"), "--quiet", "--model", "none"])
    err = capsys.readouterr().err
    assert code == 3 and "permission denied" in err and "Traceback" not in err
    assert not (tmp_path / "run").exists() and list(tmp_path.glob(".run.*")) == []
