"""House rules of the code base, checked on the source itself."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "icheport"

MAX_FUNCTION_LINES = 80

# Functions allowed to stay longer for now, as (path from the repository root, function name).
LONG_FUNCTIONS_ALLOWED: set[tuple[str, str]] = set()


def _function_lengths(path: Path) -> list[tuple[str, int, int]]:
    """(name, first line, length in lines) of every function and method in a file, nested ones included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        (node.name, node.lineno, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def test_no_function_longer_than_a_screen():
    """No function in the package is longer than 80 lines, counted from its ``def`` to its last line
    (a nested function counts within its parent too), so each can be read on one screen."""
    paths = sorted(PACKAGE.rglob("*.py"))
    assert paths, f"no Python files under {PACKAGE}"
    too_long = []
    for path in paths:
        rel = path.relative_to(REPO).as_posix()
        for name, line, length in _function_lengths(path):
            if length > MAX_FUNCTION_LINES and (rel, name) not in LONG_FUNCTIONS_ALLOWED:
                too_long.append(f"{rel}:{line} {name}() is {length} lines")
    assert not too_long, f"functions longer than {MAX_FUNCTION_LINES} lines:\n" + "\n".join(too_long)
