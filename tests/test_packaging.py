"""A built wheel, installed outside the repository, finds its bundled lexicons from any directory."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

PROBE = textwrap.dedent(
    """
    import json, sys
    import icheport
    from icheport.lexicon import available_lexicons

    lx = icheport.load_lexicon()
    assert len(lx.stop_phrases) == 63, len(lx.stop_phrases)
    out = {"module": icheport.__file__, "version": icheport.__version__, "available": available_lexicons(),
           "ru_hash": lx.content_hash, "ru_source": lx.source}
    if sys.argv[1] == "1":
        en = icheport.load_lexicon("en-ich")
        out["en_language"] = en.language
    import importlib.resources
    out["lexicon_dir"] = str(importlib.resources.files("icheport.lexicons").joinpath("ru-ich"))
    r = icheport.label_text("Заключение: острая субдуральная гематома слева.")
    out["labels"] = [r.ich, r.sdh]
    print(json.dumps(out))
    """
)


def _backend_in_venv() -> bool:
    """Whether this environment itself satisfies pyproject's build requirements (setuptools>=69, wheel)."""
    try:
        import setuptools
        import wheel  # noqa: F401
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 69


# pip's messages when the isolated build environment cannot get its requirements (offline, no index)
_UNAVAILABLE = (
    "Could not find a version that satisfies",
    "No matching distribution",
    "Failed to establish",
    "Network is unreachable",
    "Temporary failure in name resolution",
)


def _source_copy(dest: Path) -> Path:
    """The files a wheel is built from, copied so the build writes nothing into the repository."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("icheport", "lexicons"):
        shutil.copytree(REPO / name, dest / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, dest / name)
    return dest


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = _source_copy(tmp / "src")
    isolation = ["--no-build-isolation"] if _backend_in_venv() else []  # else pip fetches the backend
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            *isolation,
            "-w",
            str(tmp / "dist"),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    if build.returncode != 0 and any(s in build.stderr for s in _UNAVAILABLE):
        pytest.skip(
            "cannot build a wheel: the build backend (setuptools>=69, wheel) is neither in this "
            "environment nor downloadable: " + build.stderr.strip().splitlines()[-1][:300]
        )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = (tmp / "dist").glob("icheport-*.whl")
    site = tmp / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    return site


def test_wheel_installed_elsewhere_loads_bundled_lexicons(installed: Path, tmp_path: Path) -> None:
    has_en = (REPO / "lexicons" / "en-ich" / "manifest.toml").is_file()
    env = {**os.environ, "PYTHONPATH": str(installed), "PYTHONSAFEPATH": "1"}
    run = subprocess.run(
        [sys.executable, "-c", PROBE, "1" if has_en else "0"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    # the package and its lexicons come from the installed copy, not from the repository
    assert Path(got["module"]).resolve().is_relative_to(installed.resolve())
    assert Path(got["lexicon_dir"]).resolve().is_relative_to(installed.resolve())
    assert not Path(got["lexicon_dir"]).resolve().is_relative_to(REPO)
    assert "ru-ich" in got["available"]
    assert got["labels"] == [1, 1]
    # the same files give the same content hash
    import icheport

    assert got["ru_hash"] == icheport.load_lexicon("ru-ich").content_hash
    if has_en:
        assert "en-ich" in got["available"]
        assert got["en_language"] == "en"


def test_wheel_contains_lexicon_files(installed: Path) -> None:
    root = installed / "icheport" / "lexicons" / "ru-ich"
    names = sorted(p.name for p in root.iterdir())
    assert names == sorted(
        [
            "manifest.toml",
            "keywords.txt",
            "stop_phrases.txt",
            "triggers.txt",
            "lemmas.txt",
            "abbreviations.txt",
            "rules.toml",
        ]
    )
    assert (installed / "icheport" / "py.typed").is_file()


def test_readme_snippet_runs_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    from test_readme import README, RUN_README

    env = {**os.environ, "PYTHONPATH": str(installed), "PYTHONSAFEPATH": "1"}
    run = subprocess.run(
        [sys.executable, "-c", RUN_README, str(README)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(got["module"]).resolve().is_relative_to(installed.resolve())
    assert got["attempted"] >= 3
    assert got["failed"] == 0, run.stdout[-3000:]
