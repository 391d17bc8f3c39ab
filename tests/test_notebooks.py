"""The tutorial notebooks: each .ipynb is paired with a jupytext percent .py file that reviews read as a diff.

The .ipynb files are what Jupyter users open and what CI executes (``pytest --nbmake notebooks``); the .py
files are their source. Both must say the same thing, and the committed notebooks carry no outputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

jupytext = pytest.importorskip("jupytext")

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
PAIRS = sorted(p.stem for p in NOTEBOOKS.glob("[0-9]*.ipynb"))


def _cells(path: Path) -> list[tuple[str, str]]:
    nb = jupytext.read(path)
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


def test_there_are_notebooks() -> None:
    assert PAIRS, f"no notebooks found in {NOTEBOOKS}"


@pytest.mark.parametrize("stem", PAIRS)
def test_notebook_and_its_py_file_say_the_same(stem: str) -> None:
    py, ipynb = NOTEBOOKS / f"{stem}.py", NOTEBOOKS / f"{stem}.ipynb"
    assert py.exists(), f"{ipynb.name} has no paired {py.name}: run `jupytext --sync {ipynb}`"
    assert _cells(py) == _cells(ipynb), (
        f"{stem}: .py and .ipynb differ; run `jupytext --sync notebooks/{py.name}`"
    )


@pytest.mark.parametrize("stem", PAIRS)
def test_committed_notebook_has_no_outputs(stem: str) -> None:
    nb = jupytext.read(NOTEBOOKS / f"{stem}.ipynb")
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"{stem}.ipynb: cells {dirty} carry outputs; clear them before committing"
