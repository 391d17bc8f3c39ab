"""CSV outputs are safe to open in a spreadsheet: a text cell that Excel or LibreOffice would run as a formula
gets a leading apostrophe (OWASP), numbers and plain numeric text stay as they are."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from icheport import synth
from icheport.io import escape_formulas, unescape_formulas, write_csv
from icheport.label import label_file
from icheport.triage import triage

RISKY = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tтаб", "'\tтаб"),
        ("\rCR", "'\rCR"),
        ("- гематома справа", "'- гематома справа"),
        ("-5", "-5"),
        ("+7,5", "+7,5"),
        ("1e-3", "1e-3"),
        ("гематома = 5 мл", "гематома = 5 мл"),
        ("", ""),
    ],
    ids=[
        "hyperlink",
        "plus",
        "minus-formula",
        "at",
        "tab",
        "cr",
        "dash-list",
        "negative-number",
        "decimal-comma",
        "exponent",
        "equals-inside",
        "empty",
    ],
)
def test_escape_formulas(cell, written):
    assert escape_formulas(pd.DataFrame({"t": [cell]}))["t"].tolist() == [written]


def test_numeric_columns_are_untouched_and_missing_stays_missing():
    df = pd.DataFrame({"n": [-1, 2], "f": [-0.5, 1.0], "t": ["=1", None]})
    out = escape_formulas(df)
    assert out["n"].tolist() == [-1, 2] and out["f"].tolist() == [-0.5, 1.0]
    assert out["t"].iloc[0] == "'=1" and pd.isna(out["t"].iloc[1])


def test_unescape_restores_what_escape_changed():
    df = pd.DataFrame({"t": ["=1", "- list", "plain", "-5"]})
    assert unescape_formulas(escape_formulas(df))["t"].tolist() == df["t"].tolist()


def _evaluated_cells(path: Path) -> list[str]:
    with open(path, encoding="utf-8", newline="") as fh:
        return [
            cell
            for row in csv.reader(fh)
            for cell in row
            if cell[:1] in RISKY
            and not pd.Series([cell]).str.fullmatch(r"[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?").iloc[0]
        ]


def test_write_csv_leaves_no_cell_a_spreadsheet_would_evaluate(tmp_path):
    path = write_csv(pd.DataFrame({"a": ["=cmd|' /C calc'!A0", "ok"], "b": [1, -2]}), tmp_path / "x.csv")
    assert _evaluated_cells(path) == []


@pytest.fixture(scope="module")
def hostile_export(tmp_path_factory) -> Path:
    """A synthetic export whose ids and texts start with formula characters."""
    df = pd.concat(synth.generate(3_000, seed=5), ignore_index=True)
    df["study_id"] = "=" + df["study_id"].astype("str")
    df["patient_id"] = "@" + df["patient_id"].astype("str")
    df["conclusion"] = "-" + df["conclusion"].fillna("").astype("str")
    df["description"] = "+" + df["description"].fillna("").astype("str")
    path = tmp_path_factory.mktemp("hostile") / "export.parquet"
    df.to_parquet(path, index=False)
    return path


def test_label_csv_output_is_safe(hostile_export, tmp_path):
    label_file(hostile_export, tmp_path / "labeled.csv")
    assert _evaluated_cells(tmp_path / "labeled.csv") == []


def test_triage_csv_outputs_are_safe(hostile_export, tmp_path):
    result = triage(hostile_export, tmp_path / "run", n_per_class=50, progress=False)
    csvs = sorted((tmp_path / "run").glob("*.csv"))
    assert {p.name for p in csvs} >= {"candidates_ich.csv", "candidates_no_ich.csv", "case_key.csv"}
    for p in csvs:
        assert _evaluated_cells(p) == [], p.name
    assert result.sampled["ich"] > 0
