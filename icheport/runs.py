"""Run folders: a run owns its output folder, publishes it whole, and leaves nothing half-done behind.

- A run writes into a staging folder beside ``out`` (``.NAME.staging-PID-TOKEN``) and publishes it with a
  rename when it has finished; ``run.json`` says ``"status": "complete"``. A killed or failed run leaves
  only its staging folder, which holds report text (work files) and is removed by the run itself (on an
  exception, Ctrl-C or SIGTERM) or by the next run in the same place (when its process is gone).
- A folder that holds another run's outputs is replaced only with ``overwrite=True`` (``--overwrite``), and
  never when worksheets were made from its lists: its ``case_key.csv`` links the readers' case ids to study
  ids, so losing it would orphan verdicts already with readers.
- Input files may not lie inside the output folder, or be the output itself.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import threading
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType

__all__ = [
    "ISSUED_MARKER",
    "RUN_OUTPUTS",
    "RunFolderError",
    "Terminated",
    "mark_worksheets_issued",
    "run_folder",
]

RUN_OUTPUTS = (
    "run.json",
    "case_key.csv",
    "candidates_ich.csv",
    "candidates_no_ich.csv",
    "candidates_unclear.csv",
    "scored.parquet",
    "funnel.json",
)
ISSUED_MARKER = "worksheets_issued.json"
_LEFTOVER_KINDS = ("staging", "old")


class RunFolderError(FileExistsError):
    """The output folder cannot be used as asked (another run's outputs, issued worksheets, an input inside)."""


class Terminated(SystemExit):
    """SIGTERM arrived during a run: raised so the run's cleanup code runs (exit code 143)."""

    def __init__(self) -> None:
        super().__init__(128 + signal.SIGTERM)


def refuse_inputs_as_outputs(out: Path, inputs: Iterable[str | os.PathLike[str]]) -> None:
    """An input must be neither the output nor inside an output folder that a run may replace."""
    target = Path(out).resolve()
    for item in inputs:
        src = Path(item).resolve()
        if src == target or target in src.parents:
            raise RunFolderError(
                f"the input {Path(item).name} is inside the output {out}: choose another --out "
                "(a run must never overwrite or delete its own input)"
            )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_leftovers(out: Path) -> list[str]:
    """Remove staging / set-aside folders of runs into ``out`` whose process is gone; return their names."""
    removed = []
    for kind in _LEFTOVER_KINDS:
        for p in out.parent.glob(f".{out.name}.{kind}-*"):
            pid = p.name.rsplit(f".{kind}-", 1)[1].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                shutil.rmtree(p, ignore_errors=True)
                removed.append(p.name)
    return removed


def _check_claim(out: Path, overwrite: bool) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise RunFolderError(f"{out} exists and is not a folder: choose another --out")
    if (out / ISSUED_MARKER).exists():
        raise RunFolderError(
            f"{out} is a run whose worksheets were given to readers: its case_key.csv links their case ids to "
            "studies, so it is never replaced (not even with --overwrite). Start the new run in a new folder "
            "(another --out)."
        )
    found = [name for name in RUN_OUTPUTS if (out / name).exists()]
    if found and not overwrite:
        raise RunFolderError(
            f"{out} holds the outputs of an earlier run ({', '.join(found)}): pass --overwrite "
            "(overwrite=True) to replace them, or choose another --out"
        )
    others = [p.name for p in out.iterdir() if p.name not in RUN_OUTPUTS and p.name != "funnel.png"]
    if others and not found:
        raise RunFolderError(
            f"{out} is not empty and is not a run folder ({len(others)} other entries): "
            "choose an empty or new --out"
        )


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """While a run works, SIGTERM raises :class:`Terminated` (only the main thread can install handlers)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _publish(stage: Path, out: Path) -> None:
    if not out.exists():
        stage.rename(out)
        return
    aside = out.with_name(f".{out.name}.old-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    out.rename(aside)
    stage.rename(out)
    shutil.rmtree(aside, ignore_errors=True)


@contextlib.contextmanager
def run_folder(
    out: str | os.PathLike[str], *, overwrite: bool = False, inputs: Iterable[str | os.PathLike[str]] = ()
) -> Iterator[Path]:
    """Yield a fresh staging folder for a run into ``out``; publish it as ``out`` when the block ends
    without error, remove it when the block raises (including Ctrl-C and SIGTERM)."""
    out = Path(out)
    refuse_inputs_as_outputs(out, inputs)
    _check_claim(out, overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out)
    stage = out.with_name(f".{out.name}.staging-{os.getpid()}-{uuid.uuid4().hex[:8]}")
    stage.mkdir()
    try:
        with _sigterm_raises():
            yield stage
            _publish(stage, out)
    finally:
        if stage.exists():
            shutil.rmtree(stage, ignore_errors=True)


def mark_worksheets_issued(run_dir: Path, worksheet_dir: Path, created: str) -> None:
    """Record in a triage run folder that worksheets were made from its lists (so it is never replaced)."""
    marker = run_dir / ISSUED_MARKER
    issued = json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else {"worksheets": []}
    issued["worksheets"].append({"folder": str(worksheet_dir), "created": created})
    marker.write_text(json.dumps(issued, indent=1), encoding="utf-8")
