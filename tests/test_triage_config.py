"""Triage options: defaults <- config file <- explicit values, where an explicit value always wins
(0, False and empty included); and the candidate lists of a small run pinned across refactors."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import warnings

import numpy as np
import pandas as pd
import pytest

from icheport.cli import _triage_kwargs, build_parser
from icheport.triage import TriageWarning, triage
from icheport.triage_config import UNSET, TriageConfig

# --------------------------------------------------------------------------- merging


@pytest.mark.parametrize(
    ("option", "in_file", "given"),
    [
        pytest.param("seed", 5, 0, id="seed-0-beats-file-5"),
        pytest.param("n_per_class", 10, 0, id="n_per_class-0-beats-file-10"),
        pytest.param("n_unclear", 7, 0, id="n_unclear-0-beats-file-7"),
        pytest.param("one_per_patient", True, False, id="one_per_patient-False-beats-file-True"),
        pytest.param("sep", ";", "", id="empty-sep-beats-file"),
        pytest.param("stratify", "year", None, id="explicit-None-stratify-beats-file"),
        pytest.param("jobs", 2, 1, id="jobs-1-beats-file-2"),
    ],
)
def test_an_explicit_value_always_wins_over_the_file(option, in_file, given):
    cfg = TriageConfig.build({option: given}, {"triage": {option: in_file}})
    assert getattr(cfg, option) == given


@pytest.mark.parametrize(
    ("explicit", "file", "expected_seed"),
    [
        pytest.param({}, {}, 0, id="neither-default"),
        pytest.param({"seed": UNSET}, {"triage": {"seed": 5}}, 5, id="not-given-file-applies"),
        pytest.param({}, {"input": {"seed": 4}}, 4, id="input-section-applies"),
        pytest.param({"seed": 3}, {}, 3, id="given-no-file"),
    ],
)
def test_defaults_then_file_then_explicit(explicit, file, expected_seed):
    assert TriageConfig.build(explicit, file).seed == expected_seed


def test_column_maps_merge_and_explicit_entries_win():
    cfg = TriageConfig.build(
        {"column_map": {"conclusion": "Заключение"}},
        {"columns": {"conclusion": "ЗАКЛ", "description": "Протокол"}},
    )
    assert dict(cfg.column_map) == {"conclusion": "Заключение", "description": "Протокол"}


def test_cohort_section_is_kept_apart():
    cfg = TriageConfig.build({}, {"cohort": {"min_age": 21}, "triage": {"seed": 2}})
    assert dict(cfg.cohort) == {"min_age": 21}
    assert "cohort" not in cfg.options()


def test_the_config_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        TriageConfig().seed = 1  # type: ignore[misc]


def test_an_unknown_option_is_refused():
    with pytest.raises(TypeError, match="n_per_klass"):
        TriageConfig.build({"n_per_klass": 3})


def test_config_from_a_toml_file(tmp_path):
    path = tmp_path / "run.toml"
    path.write_text("[triage]\nseed = 5\nn_per_class = 3\n", encoding="utf-8")
    cfg = TriageConfig.build({"seed": 0}, path)
    assert (cfg.seed, cfg.n_per_class) == (0, 3)


# --------------------------------------------------------------------------- the CLI gives only what was typed


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param([], {}, id="nothing-typed-nothing-given"),
        pytest.param(["--seed", "0"], {"seed": 0}, id="seed-0"),
        pytest.param(["--n-per-class", "0"], {"n_per_class": 0}, id="n-per-class-0"),
        pytest.param(["--jobs", "-1"], {"jobs": -1}, id="jobs-all-cores"),
        pytest.param(["--all-studies-per-patient"], {"one_per_patient": False}, id="all-studies"),
        pytest.param(["--chunksize", "500"], {"chunksize": 500}, id="chunksize"),
    ],
)
def test_cli_passes_only_the_flags_typed(argv, expected):
    a = build_parser().parse_args(["triage", "in.csv", "--out", "o", *argv])
    got = {k: v for k, v in _triage_kwargs(a).items() if k in TriageConfig.option_names()}
    assert got == expected


# --------------------------------------------------------------------------- runs


def keyword_labeler(df: pd.DataFrame, *, model=None, lexicon=None, text_col=None) -> pd.DataFrame:
    """label_frame's output contract from one word: 'гематома' present, 'нет' negates, '?' hedges."""
    text = (df["description"] + " " + df["conclusion"]).str.lower()
    mention = text.str.contains("гематом", regex=False)
    rule = np.where(
        ~mention,
        0,
        np.where(
            text.str.contains("?", regex=False), -1, np.where(text.str.contains("нет", regex=False), 0, 1)
        ),
    )
    out = pd.DataFrame(
        {"ich_rule": rule, "ich_score": np.where(rule == 1, 1.0, np.where(rule == -1, 0.5, 0.0))}
    )
    for c in ("edh", "sdh", "sah", "iph", "ivh", "multiple", "fracture", "combined", "uncertain"):
        out[c] = 0
    out["evidence"] = np.where(mention, "гематома", "")
    out["spans"] = np.where(
        mention,
        json.dumps(
            [
                {
                    "field": "conclusion",
                    "start": 0,
                    "stop": 7,
                    "category": "ich",
                    "status": "present",
                    "role": "mention",
                }
            ]
        ),
        "[]",
    )
    return out


def small_export(path, n: int = 120):
    concl = ["Субдуральная гематома справа.", "Гематомы нет.", "Гематома?", "Без патологии."]
    pd.DataFrame(
        {
            "study_id": [f"S{i:04d}" for i in range(n)],
            "patient_id": [f"P{i % 90:04d}" for i in range(n)],
            "age": ["60"] * n,
            "study_type": ["КТ головного мозга"] * n,
            "description": ["Описание."] * n,
            "conclusion": [concl[i % 4] for i in range(n)],
        }
    ).to_csv(path, index=False, encoding="utf-8")
    return path


def _run(tmp_path, name, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", TriageWarning)
        return triage(
            small_export(tmp_path / "export.csv"),
            tmp_path / name,
            labeler=keyword_labeler,
            progress=False,
            chunksize=25,
            **kwargs,
        )


def _lists_digest(out_dir) -> str:
    key = pd.read_csv(out_dir / "case_key.csv", dtype="str", keep_default_na=False)
    rows = key[["case_id", "list", "study_id", "patient_id", "_row"]].to_csv(index=False)
    return hashlib.sha256(rows.encode()).hexdigest()[:16]


def test_seed_0_given_beats_seed_5_in_the_config_file(tmp_path):
    plain = _run(tmp_path, "plain", n_per_class=8, seed=0)
    overridden = _run(tmp_path, "overridden", n_per_class=8, seed=0, config={"triage": {"seed": 5}})
    from_file = _run(tmp_path, "from_file", n_per_class=8, config={"triage": {"seed": 5}})
    assert _lists_digest(overridden.out_dir) == _lists_digest(plain.out_dir)
    assert _lists_digest(from_file.out_dir) != _lists_digest(plain.out_dir)
    assert json.loads((overridden.out_dir / "run.json").read_text())["options"]["seed"] == 0


# Candidate lists (case_id, list, study_id, patient_id, _row) of this run as produced before the options
# were moved into TriageConfig: the refactor must not change which rows are drawn or how they are numbered.
PINNED_LISTS = "1760b64f2a70ea92"


def test_candidate_lists_are_pinned(tmp_path):
    result = _run(tmp_path, "pinned", n_per_class=8, n_unclear=4, seed=3)
    assert result.sampled == {"ich": 8, "no_ich": 8, "unclear": 4}
    assert _lists_digest(result.out_dir) == PINNED_LISTS
