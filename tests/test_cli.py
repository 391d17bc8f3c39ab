"""The ``icheport`` command line, run in-process."""

from __future__ import annotations

import importlib.resources
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import icheport
from icheport.cli import build_parser, main

LABEL_COLUMNS = [
    "is_brain_ct",
    "ich",
    "ich_score",
    "ich_rule",
    "edh",
    "sdh",
    "sah",
    "iph",
    "ivh",
    "multiple",
    "fracture",
    "combined",
    "uncertain",
    "evidence",
    "spans",
]
SUBCOMMANDS = ["label", "synth", "triage", "demo", "train", "evaluate", "worksheet", "adjudicate", "lexicon"]
# A phrase that must never reach the console.
SECRET = "Уникальнаяфраза контрольного протокола"


def _run(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exc:  # argparse --help / usage errors
        return int(exc.code or 0)


# ---------------------------------------------------------------------------------------------
# --help everywhere
# ---------------------------------------------------------------------------------------------


def test_help(capsys) -> None:
    assert _run(["--help"]) == 0
    out = capsys.readouterr().out
    for cmd in SUBCOMMANDS:
        assert cmd in out


def test_no_command_prints_help(capsys) -> None:
    assert _run([]) == 0
    assert "usage: icheport" in capsys.readouterr().out


@pytest.mark.parametrize("command", [pytest.param(c, id=c) for c in SUBCOMMANDS])
def test_subcommand_help(capsys, command: str) -> None:
    assert _run([command, "--help"]) == 0
    assert f"usage: icheport {command}" in capsys.readouterr().out


def test_every_subcommand_is_listed() -> None:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    assert sorted(sub.choices) == sorted(SUBCOMMANDS)


def test_version(capsys) -> None:
    assert _run(["--version"]) == 0
    assert capsys.readouterr().out.strip() == icheport.__version__


# ---------------------------------------------------------------------------------------------
# icheport label
# ---------------------------------------------------------------------------------------------


def _reports() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "study_id": ["S1", "S2", "S3"],
            "study_type": ["КТ головного мозга", "КТ органов грудной клетки", "КТ головного мозга"],
            "description": [f"{SECRET}. Срединные структуры не смещены.", "Норма.", "Норма."],
            "conclusion": [
                "Острая субдуральная гематома слева.",
                "Кровоизлияний не выявлено.",
                "Нельзя исключить САК.",
            ],
            "age": [54, 61, 38],
        }
    )


def _read(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_csv(path, encoding="utf-8", dtype={"study_id": str})


@pytest.mark.parametrize("suffix", [pytest.param(".csv", id="csv"), pytest.param(".parquet", id="parquet")])
def test_label_writes_input_and_label_columns(tmp_path: Path, capsys, suffix: str) -> None:
    src = tmp_path / "reports.csv"
    _reports().to_csv(src, index=False, encoding="utf-8")
    out = tmp_path / f"labeled{suffix}"
    assert _run(["label", str(src), "--out", str(out), "--quiet"]) == 0
    got = _read(out)
    assert list(got.columns) == [*_reports().columns, *LABEL_COLUMNS]
    assert got["study_id"].tolist() == ["S1", "S2", "S3"]
    assert got["age"].astype(str).tolist() == ["54", "61", "38"]  # CSV cells are read as text
    assert got["ich_rule"].tolist() == [1, 0, -1]
    assert got["sdh"].tolist() == [1, 0, 0]
    assert got["is_brain_ct"].tolist() == [1, 0, 1]
    json.loads(got["spans"].iloc[0])
    captured = capsys.readouterr()
    assert "labeled 3 reports" in captured.err  # status lines go to stderr: stdout is for data
    assert captured.out == ""


def test_quiet_hides_the_summary_and_verbose_keeps_it(tmp_path: Path, capsys) -> None:
    src = tmp_path / "reports.csv"
    _reports().to_csv(src, index=False, encoding="utf-8")
    assert _run(["-q", "label", str(src), "--out", str(tmp_path / "a.csv")]) == 0
    assert "labeled" not in capsys.readouterr().err
    assert _run(["-v", "label", str(src), "--out", str(tmp_path / "b.csv")]) == 0
    assert "labeled 3 reports" in capsys.readouterr().err


def test_label_reads_stdin_and_writes_stdout_for_shell_pipes(tmp_path: Path) -> None:
    """``icheport label - --out -``: CSV in, CSV out, the summary on stderr, no temporary file left."""
    csv_in = _reports().to_csv(index=False)
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "icheport.cli", "label", "-", "--out", "-", "--model", "none"],
        input=csv_in.encode("utf-8"),
        capture_output=True,
        env=env,
        check=True,
    )
    got = pd.read_csv(io.BytesIO(done.stdout), dtype={"study_id": str})
    assert got["study_id"].tolist() == ["S1", "S2", "S3"]
    assert got["sdh"].tolist() == [1, 0, 0]
    assert b"labeled 3 reports" in done.stderr and b"stdout" in done.stderr
    assert list(tmp_path.iterdir()) == []  # the private working folder is gone


@pytest.mark.parametrize("suffix", [pytest.param(".csv", id="csv"), pytest.param(".parquet", id="parquet")])
def test_label_keeps_non_canonical_columns(tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "reports.csv"
    _reports().assign(comment=["а", "б", "в"]).to_csv(src, index=False, encoding="utf-8")
    out = tmp_path / f"labeled{suffix}"
    assert _run(["label", str(src), "--out", str(out), "--quiet"]) == 0
    got = _read(out)
    assert list(got.columns) == [*_reports().columns, "comment", *LABEL_COLUMNS]
    assert got["comment"].tolist() == ["а", "б", "в"]


def test_label_text_column_option(tmp_path: Path) -> None:
    src = tmp_path / "reports.csv"
    pd.DataFrame({"id": [1, 2], "report": ["Субдуральная гематома.", "Норма."]}).to_csv(src, index=False)
    out = tmp_path / "labeled.csv"
    assert _run(["label", str(src), "--out", str(out), "--text-col", "report", "--quiet"]) == 0
    assert _read(out)["sdh"].tolist() == [1, 0]


def test_label_missing_column_exit_2_lists_columns(tmp_path: Path, capsys) -> None:
    src = tmp_path / "reports.csv"
    pd.DataFrame({"study_id": ["S1"], "body": [SECRET]}).to_csv(src, index=False, encoding="utf-8")
    out = tmp_path / "labeled.csv"
    assert _run(["label", str(src), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert "columns found" in err
    assert "'study_id'" in err
    assert not out.exists()


def test_label_missing_column_lists_every_column_found(tmp_path: Path, capsys) -> None:
    src = tmp_path / "reports.csv"
    pd.DataFrame({"study_id": ["S1"], "body": [SECRET]}).to_csv(src, index=False, encoding="utf-8")
    assert _run(["label", str(src), "--out", str(tmp_path / "labeled.csv"), "--quiet"]) == 2
    assert "'body'" in capsys.readouterr().err


def test_label_missing_input_exit_2(tmp_path: Path, capsys) -> None:
    assert _run(["label", str(tmp_path / "nope.csv"), "--out", str(tmp_path / "o.csv")]) == 2
    assert "nope.csv" in capsys.readouterr().err


def test_label_never_prints_report_text(tmp_path: Path, capsys) -> None:
    src = tmp_path / "reports.csv"
    _reports().to_csv(src, index=False, encoding="utf-8")
    assert _run(["label", str(src), "--out", str(tmp_path / "o.parquet"), "--quiet"]) == 0
    captured = capsys.readouterr()
    for phrase in (SECRET, "Срединные структуры", "субдуральная гематома"):
        assert phrase not in captured.out
        assert phrase not in captured.err


def test_label_with_lexicon_folder(tmp_path: Path) -> None:
    src = tmp_path / "reports.csv"
    _reports().to_csv(src, index=False, encoding="utf-8")
    folder = Path(str(importlib.resources.files("icheport.lexicons") / "ru-ich"))
    out = tmp_path / "o.csv"
    assert _run(["label", str(src), "--out", str(out), "--lexicon", str(folder), "--quiet"]) == 0
    assert _read(out)["sdh"].tolist() == [1, 0, 0]


# ---------------------------------------------------------------------------------------------
# icheport lexicon
# ---------------------------------------------------------------------------------------------


def test_lexicon_lists_bundled(capsys) -> None:
    assert _run(["lexicon"]) == 0
    out = capsys.readouterr().out
    assert "'ru-ich'" in out
    assert "stop_phrases=63" in out


def test_lexicon_shows_provenance(capsys) -> None:
    assert _run(["lexicon", "ru-ich"]) == 0
    prov = json.loads(capsys.readouterr().out)
    assert prov["name"] == "ru-ich"
    assert prov["content_hash"] == icheport.load_lexicon("ru-ich").content_hash


def test_lexicon_invalid_folder_exit_2(tmp_path: Path, capsys) -> None:
    assert _run(["lexicon", str(tmp_path)]) == 2
    assert "missing manifest.toml" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [pytest.param(".csv", id="csv"), pytest.param(".parquet", id="parquet")])
@pytest.mark.parametrize(
    "source", [pytest.param(".csv", id="from-csv"), pytest.param(".parquet", id="from-parquet")]
)
def test_label_in_chunks_equals_label_at_once(tmp_path: Path, suffix: str, source: str) -> None:
    rows = pd.concat([_reports()] * 5, ignore_index=True).assign(study_id=[f"S{i}" for i in range(15)])
    src = tmp_path / f"reports{source}"
    if source == ".csv":
        rows.to_csv(src, index=False, encoding="utf-8")
    else:
        rows.astype({"age": str}).to_parquet(src, index=False)
    whole, chunked = tmp_path / f"whole{suffix}", tmp_path / f"chunked{suffix}"
    assert _run(["label", str(src), "--out", str(whole), "--quiet"]) == 0
    assert _run(["label", str(src), "--out", str(chunked), "--chunksize", "4", "--quiet"]) == 0
    pd.testing.assert_frame_equal(_read(chunked), _read(whole))
    assert len(_read(whole)) == 15
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary files left


def test_label_keeps_csv_cells_as_written(tmp_path: Path) -> None:
    src = tmp_path / "reports.csv"
    src.write_text("study_id,conclusion,note\nNA,Субдуральная гематома.,\n007,Норма.,n/a\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert _run(["label", str(src), "--out", str(out), "--quiet"]) == 0
    got = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert got["study_id"].tolist() == ["NA", "007"]
    assert got["note"].tolist() == ["", "n/a"]
    assert got["sdh"].tolist() == ["1", "0"]


def test_label_header_only_file_writes_the_header(tmp_path: Path) -> None:
    src = tmp_path / "reports.csv"
    src.write_text("study_id,conclusion\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert _run(["label", str(src), "--out", str(out), "--quiet"]) == 0
    got = pd.read_csv(out)
    assert list(got.columns) == ["study_id", "conclusion", *LABEL_COLUMNS] and got.empty


def test_label_bad_output_suffix_is_a_clear_error(tmp_path: Path, capsys) -> None:
    src = tmp_path / "reports.csv"
    _reports().to_csv(src, index=False, encoding="utf-8")
    assert _run(["label", str(src), "--out", str(tmp_path / "o.xlsx"), "--quiet"]) == 2
    assert ".csv or .parquet" in capsys.readouterr().err


def test_label_truncated_csv_is_a_clear_error_and_no_output(tmp_path: Path, capsys) -> None:
    src = tmp_path / "reports.csv"
    src.write_text('study_id,conclusion\nS1,"Субдуральная гематома.\nS2,Норма.\n', encoding="utf-8")
    out = tmp_path / "o.csv"
    assert _run(["label", str(src), "--out", str(out), "--quiet"]) == 2
    assert "reports.csv: malformed CSV" in capsys.readouterr().err
    assert not out.exists() and [p.name for p in tmp_path.iterdir()] == ["reports.csv"]


def test_label_warns_once_about_replaced_columns(tmp_path: Path) -> None:
    src = tmp_path / "reports.csv"
    pd.concat([_reports()] * 4).assign(ich=1).to_csv(src, index=False, encoding="utf-8")
    with pytest.warns(UserWarning, match="replace input columns") as record:
        assert _run(["label", str(src), "--out", str(tmp_path / "o.csv"), "--chunksize", "2", "--quiet"]) == 0
    assert len([w for w in record if "replace input columns" in str(w.message)]) == 1
