"""The README's Python snippet runs and prints exactly what the README shows — in this process, from the
checkout folder (where ``import icheport`` finds the source tree, not an installed copy) and, in
tests/test_packaging.py, from a built wheel installed elsewhere."""

import doctest
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
README = REPO / "README.md"

# Runs the README's doctest in a fresh interpreter and prints where icheport was imported from.
RUN_README = """
import doctest, json, sys
import icheport
r = doctest.testfile(sys.argv[1], module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
print(json.dumps({"module": icheport.__file__, "attempted": r.attempted, "failed": r.failed}))
"""


def test_readme_snippet_output_is_real():
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 3
    assert result.failed == 0


def test_readme_snippet_runs_from_the_checkout_folder():
    # `python -c` puts the current folder first on sys.path: the source tree shadows any installed copy
    run = subprocess.run(
        [sys.executable, "-c", RUN_README, str(README)], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert run.returncode == 0, run.stderr[-3000:]
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(got["module"]).resolve().is_relative_to(REPO / "icheport")
    assert got["attempted"] >= 3
    assert got["failed"] == 0, run.stdout[-3000:]
