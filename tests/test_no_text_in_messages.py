"""Report text never appears in a message: a marker planted in every report cell of good and broken inputs
is looked for in everything the command line and the API say (stdout, stderr, exceptions, logs, run.json)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from icheport.label import label_file
from icheport.triage import triage

MARKER = "ЗЕБРАМАРКЕР"
REPORT = f"{MARKER} В левой лобной доле гиперденсный очаг 12 мм, вероятно геморрагический ушиб, {MARKER}"
CONCLUSION = f"{MARKER} Нельзя исключить ушиб головного мозга {MARKER}"
GOOD = f'study_id,study_type,description,conclusion\nS1,КТ головного мозга,"{REPORT}","{CONCLUSION}"\n'

BROKEN = {
    "ragged.csv": GOOD + f'S2,КТ головного мозга,"{REPORT}","{CONCLUSION}","{REPORT}"\n',
    "unterminated.csv": GOOD + f'S2,КТ головного мозга,"{REPORT},{CONCLUSION}\n',
    "headerless.csv": f"S1,КТ головного мозга,{REPORT},{CONCLUSION}\nS2,КТ,{REPORT},{CONCLUSION}\n",
    "broken.jsonl": f'{{"description": "{REPORT}", "conclusion": "{CONCLUSION}"}}\n{{"description": "{REPORT}\n',
    "not_objects.jsonl": f'["{REPORT}", "{CONCLUSION}"]\n',
    "sheet.xlsx": f"PK\x03\x04{REPORT}",
    "good.csv": GOOD,
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for name, content in BROKEN.items():
        (root / name).write_text(content, encoding="utf-8")
    (root / "cp1251.csv").write_bytes(
        GOOD.encode("utf-8") + b"S3,\xff\xfe," + REPORT.encode("utf-8") + b",x\n"
    )
    return root


def _said(run: subprocess.CompletedProcess) -> str:
    return run.stdout + run.stderr


@pytest.mark.parametrize("name", [*BROKEN, "cp1251.csv"])
@pytest.mark.parametrize("command", ["label", "triage"])
def test_the_command_line_never_prints_report_text(corpus, tmp_path, name, command):
    out = tmp_path / ("out.csv" if command == "label" else "run")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "icheport",
            command,
            str(corpus / name),
            "--out",
            str(out),
            "--quiet",
            "--model",
            "none",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert MARKER not in _said(run)
    assert "Traceback" not in run.stderr
    if command == "triage" and (out / "run.json").exists():
        assert MARKER not in (out / "run.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [*BROKEN, "cp1251.csv"])
def test_the_api_never_puts_report_text_in_exceptions_or_logs(corpus, tmp_path, name, caplog):
    with caplog.at_level(logging.DEBUG):
        for call in (
            lambda: label_file(corpus / name, tmp_path / "o.csv", overwrite=True),
            lambda: triage(corpus / name, tmp_path / "run", progress=False, overwrite=True),
        ):
            try:
                call()
            except Exception as exc:
                assert MARKER not in f"{exc!r} {exc}"
    assert MARKER not in caplog.text


def test_a_good_run_keeps_the_text_out_of_run_json_but_in_the_lists(corpus, tmp_path):
    result = triage(corpus / "good.csv", tmp_path / "run", progress=False, n_per_class=5)
    assert MARKER not in (tmp_path / "run" / "run.json").read_text(encoding="utf-8")
    assert MARKER not in str(result)
    lists = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "run").glob("candidates_*.csv"))
    assert MARKER in lists  # the candidate lists are where readers need the text
    assert pd.read_csv(tmp_path / "run" / "case_key.csv").shape[0] == sum(result.sampled.values())
