"""Language rules live in data files, not in code (issue: rules as data).

The matcher, its scope rules and the labeler hold no Cyrillic string literal: scope limits, the
normal-report template and the language's joining words come from the lexicon's ``rules.toml``; the
study-type column names from ``icheport/data/study_type_columns.toml``. Docstrings and comments may quote
reports; code may not.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

import icheport
from icheport.lexicon import LexiconError, Rules

PACKAGE = Path(icheport.__file__).parent
CYRILLIC = re.compile("[а-яА-ЯёЁ]")


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """String constants of a module that are not docstrings, with their line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


@pytest.mark.parametrize("module", ["matcher.py", "scope.py", "label.py"])
def test_no_cyrillic_string_literal_in_code(module):
    found = [(line, s[:40]) for line, s in _code_strings(PACKAGE / module) if CYRILLIC.search(s)]
    assert not found, f"{module}: language words belong in a data file: {found}"


def test_the_checker_sees_a_cyrillic_literal(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""Докстрока можно."""\nWORD = "кровь"\n', encoding="utf-8")
    assert [s for _, s in _code_strings(sample)] == ["кровь"]


@pytest.mark.parametrize("name", ["ru-ich", "en-ich"])
def test_both_lexicons_set_every_knob(name):
    rules = icheport.load_lexicon(name).rules
    assert rules.normal_template and rules.join
    assert (rules.max_scope, rules.site, rules.fracture) == (15, 6, 10)


def _copy(tmp_path: Path, rules_text: str | None) -> Path:
    dst = tmp_path / "lex"
    shutil.copytree(PACKAGE / "lexicons" / "ru-ich", dst)
    if rules_text is None:
        (dst / "rules.toml").unlink()
    else:
        (dst / "rules.toml").write_text(rules_text, encoding="utf-8")
    return dst


def test_rules_file_is_optional_and_defaults_apply(tmp_path):
    lexicon = icheport.load_lexicon(_copy(tmp_path, None))
    assert lexicon.rules == Rules()
    assert lexicon.content_hash != icheport.load_lexicon("ru-ich").content_hash


def test_a_scope_from_the_file_changes_what_the_matcher_reads(tmp_path):
    text = "Кровоизлияний, очаговых изменений плотности вещества мозга и объемных образований не выявлено."
    narrow = icheport.Matcher(icheport.load_lexicon(_copy(tmp_path, "[scope]\nmax_scope = 1\n")))
    wide = icheport.default_matcher()
    assert wide.match(text).ich == 0
    assert narrow.match(text).ich == 1  # the negation no longer reaches back to the first word


def test_explanation_openers_come_from_the_file(tmp_path):
    text = "В левом таламусе гиперденсный очаг 4 мм. Вероятнее всего, кальцинат."
    assert icheport.default_matcher().match(text).ich == 0  # the next sentence explains the dense area
    rules = (PACKAGE / "lexicons" / "ru-ich" / "rules.toml").read_text(encoding="utf-8")
    without = "\n".join(ln for ln in rules.splitlines() if not ln.startswith("explanation_openers"))
    matcher = icheport.Matcher(icheport.load_lexicon(_copy(tmp_path, without)))
    assert matcher.match(text).uncertain == 1  # read alone, the dense area is a question


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[scope]\nmax_scope = 0\n", "from 1 to 100"),
        ("[scope]\nwindow = 3\n", "unknown key"),
        ("[limits]\n", "unknown table"),
        ('[words]\njoin = { "и" = "в" }\n', "map a word to a list"),
        ('[words]\nexplanation_openers = "вероятно"\n', "explanation_openers must be a list of words"),
        ("[scope\n", "rules.toml"),
    ],
)
def test_a_bad_rules_file_is_refused_with_a_reason(tmp_path, text, message):
    with pytest.raises(LexiconError, match=message):
        icheport.load_lexicon(_copy(tmp_path, text))
